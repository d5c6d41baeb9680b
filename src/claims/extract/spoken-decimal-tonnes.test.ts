// A tonnage said in words with its decimals spoken after "point", as a newsreader says it:
// "two thousand five hundred and sixty-eight point eight tonnes" is 2,568.8 t, not 8 t.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const levels = (text: string, published: string) =>
  extractClaims(text, { published })
    .filter((c) => c.stated.type === "level")
    .map((c) => (c.stated.type === "level" ? c.stated.value : null));

describe("a tonnage in words with spoken decimals", () => {
  it("reads the decimals after 'point'", () => {
    expect(
      levels(
        "The EU received two thousand five hundred and sixty-eight point eight tonnes of magnets in November.",
        "2025-12-22",
      ),
    ).toEqual([2568.8]);
  });

  it("reads 'point oh' as a zero digit", () => {
    expect(
      levels("Rare-earth exports came to five thousand point oh five tonnes in March.", "2025-04-20"),
    ).toEqual([5000.05]);
  });
});
