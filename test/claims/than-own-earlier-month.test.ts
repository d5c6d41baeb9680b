// "The correct figure is 172 tonnes, 15% more than India received in May": a month after "than" and
// a subject's verb dates the figure set against, not the level; and where the destination after
// "than" is the figure's own (or no other is named before it), the percentage is a change on that
// month, not a ratio of two destinations. Reference data: India, magnets, May 2025 150 t, June 172 t.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const read = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-07-22" })).claims.map((c) => [
    c.kind,
    c.partner,
    c.period,
    c.verdict,
  ]);

describe("a month after 'than' and a subject's verb", () => {
  it.each([
    [
      "China's magnet exports to India were 172 tonnes in June, 15% more than India received in May.",
      "supported",
    ],
    [
      "China's magnet exports to India were 172 tonnes in June, 40% more than India received in May.",
      "contradicted",
    ],
  ])("%s", async (text, verdict) => {
    expect(await read(text)).toEqual([
      ["level", "IND", "2025-06", "supported"],
      ["change", "IND", "2025-06", verdict],
    ]);
  });

  it("dates the base, not a level whose month the sentence before gave", async () => {
    const text =
      "Magnet exports to India in June were first put at 271 tonnes. The figure is 172 tonnes, 15% more than India received in May.";
    const found = await read(text);
    expect(found.slice(-2)).toEqual([
      ["level", "IND", "2025-06", "supported"],
      ["change", "IND", "2025-06", "supported"],
    ]);
  });
});
