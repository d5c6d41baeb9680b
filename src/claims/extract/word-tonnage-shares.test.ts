// A share said right after a tonnage spoken in words, as transcripts write a figure read aloud:
// "eight hundred and fifty-four tonnes, nearly fifteen percent" restates the part as a share.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const shares = (text: string, published: string) =>
  extractClaims(text, { published })
    .filter((c) => c.kind === "share")
    .map((c) => [c.partner, c.period, c.stated.type === "share" ? c.stated.pct : null]);

describe("a share after a tonnage in words", () => {
  it("reads a fraction", () => {
    expect(
      shares(
        "HOST: And Korea? GUEST: Korea took eight hundred and fifty-four tonnes of magnets in September, about a seventh.",
        "2025-10-22",
      ),
    ).toEqual([["KOR", "2025-09", 14.285714286]]);
  });

  it("reads a percentage in words", () => {
    expect(
      shares(
        "Germany got one thousand one hundred and six tonnes of magnets in December, or roughly nineteen percent.",
        "2026-01-22",
      ),
    ).toEqual([["DEU", "2025-12", 19]]);
  });
});
