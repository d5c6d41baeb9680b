// The checker reads nothing of the text: claims read once (`extractClaims`, as the API's worker reads
// them) and checked apart (`checkClaims`) get the verdicts `verifyClaims` gives the text. The reader
// marks what the checker once read from the sentence itself: which claims share a sentence, and a rank
// dated to its own month. Checked on the reference data (2025 magnet exports: January 6,357 t, August
// 6,146 t, November 6,150 t).
import { describe, expect, it } from "vitest";
import { checkClaims, extractClaims, verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const published = "2026-01-20";
const both = async (text: string) => {
  const whole = (await verifyClaims(store, text, { published })).claims;
  const apart = (await checkClaims(store, extractClaims(text, { published }), { published })).claims;
  return { whole, apart };
};

describe("claims checked apart from their text", () => {
  it("rank the month as it stood when the sentence says so", async () => {
    const { whole, apart } = await both(
      "Magnet exports reached 6,146 t in August 2025, the second-highest of the year so far.",
    );
    const verdicts = (cs: typeof whole) => cs.map((c) => [c.kind, c.verdict]);
    expect(verdicts(apart)).toEqual([
      ["level", "supported"],
      ["rank", "supported"],
    ]);
    expect(verdicts(whole)).toEqual(verdicts(apart));
  });

  it("leave a rank over the whole year open when a later month beat it", async () => {
    const { whole, apart } = await both(
      "Magnet exports reached 6,146 t in August 2025, the second-highest of the year.",
    );
    const rank = apart.find((c) => c.kind === "rank");
    expect(rank?.verdict).toBe("unverifiable");
    expect(rank?.explanation).toMatch(/November 2025 .*was higher/);
    expect(whole.map((c) => c.explanation)).toEqual(apart.map((c) => c.explanation));
  });
});
