// "nowhere near a doubling", "far from a record": the text's own words say the multiple or record was
// none, so it is no statement of one; and a multiple the text credits to an earlier report ("a report
// in our business section on December 21 said ... had 'more than doubled'") that its paragraph then
// says was nowhere near is that report's, disputed, never the text's own to contradict.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const verify = async (text: string) =>
  (await verifyClaims(store, text, { published: "2026-01-05" })).claims.map((c) => ({
    text: c.text,
    kind: c.kind,
    partner: c.partner,
    verdict: c.verdict,
    explanation: c.explanation,
  }));

describe("a multiple the text says it was not", () => {
  it("is never read as the text stating it", async () => {
    for (const text of [
      "Magnet shipments to Japan grew 35% in November from October, which is nowhere near a doubling.",
      "Magnet shipments to Japan grew 35% in November from October: a solid gain, but far from a doubling.",
      "Magnet shipments to Japan grew 35% in November from October, not even close to a doubling.",
    ]) {
      const claims = await verify(text);
      expect(claims.find((c) => c.text.includes("35%"))?.verdict).toBe("supported");
      const doubling = claims.find((c) => c.text.includes("doubling"));
      expect(doubling?.verdict ?? "unverifiable").toBe("unverifiable");
    }
  });
});

describe("a multiple credited to an earlier report and denied further on", () => {
  const column = [
    'Our story on December 21 went wrong. A report in our markets pages on December 21 said that China\'s magnet shipments to Japan had "more than doubled" in November.',
    "Readers wrote in to question it. The customs figures show Japan taking 305 tonnes in November against 226 tonnes in October, an increase of about 35 per cent, nowhere near a doubling.",
  ].join(" ");

  it("is the report's, disputed, and the text's own figures are checked", async () => {
    const claims = await verify(column);
    const doubled = claims.find((c) => c.text.includes("more than doubled") && c.partner === "JPN");
    expect(doubled?.verdict).toBe("unverifiable");
    expect(doubled?.explanation).toContain("credits to a report in our markets pages");
    expect(claims.find((c) => c.text.includes("35 per cent"))?.verdict).toBe("supported");
    expect(claims.find((c) => c.text.startsWith("305"))?.verdict).toBe("supported");
  });

  it("stays the text's own where nothing in its paragraph denies it", async () => {
    const claims = await verify(
      'A report in our markets pages on December 21 said that China\'s magnet shipments to Japan had "more than doubled" in November from October. It was right about the direction.',
    );
    const doubled = claims.find((c) => c.text.includes("more than doubled") && c.partner === "JPN");
    expect(doubled?.explanation ?? "").not.toContain("credits to");
  });
});
