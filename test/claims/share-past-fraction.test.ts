// A share said to have crossed a fraction ("the US share fell below a tenth", "Germany's share rose
// above a fifth", a headline's "US slice slips under a tenth"): the fraction bounds the share. Read
// as a change of a tenth or a fifth, the words were checked against the month's rise or fall.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2026-01-25";

describe("a share that crossed a fraction", () => {
  it("bounds the share from above (420.5 t of 5,774 t is 7.3%, below a tenth)", async () => {
    const text = "The US share of China's magnet exports fell below a tenth in September.";
    const c = await claimAt(store, text, "share of China's magnet exports fell below a tenth", published);
    expect(c?.kind).toBe("share");
    expect(c?.partner).toBe("USA");
    expect(c?.verdict).toBe("supported");
  });

  it("bounds it from below, and is no rise of a fifth (1,288 t of 5,774 t is 22.3%)", async () => {
    const text = "Germany's share of magnet exports rose above a fifth in September.";
    const all = (await import("../../src/claims/index.js")).verifyClaims;
    const claims = (await all(store, text, { published })).claims;
    expect(claims.map((c) => [c.kind, c.partner, c.verdict])).toEqual([["share", "DEU", "supported"]]);
  });

  it("reads a headline's present tense the same way ('US slice slips below a tenth')", async () => {
    const text =
      "U.S. slice slips below a tenth\n\nChina shipped 5,952 tonnes of rare-earth magnets in December; 564 tonnes went to the United States.";
    expect(await readingAt(store, text, "slice slips below a tenth", published)).toMatchObject({
      partner: "USA",
      period: "2025-12",
      verdict: "supported",
    });
  });

  it("still holds a wrong bound wrong (569 t of 5,473 t is 10.4%, not under a tenth)", async () => {
    const text = "South Korea's share of China's magnet exports dropped below a tenth in October.";
    expect(
      (await claimAt(store, text, "share of China's magnet exports dropped below a tenth", published))
        ?.verdict,
    ).toBe("contradicted");
  });
});
