// A rank set as an aside right after a tonnage is said of that tonnage: after the whole a
// destination's part is taken of, it is the total's rank, not the destination's.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const rank = (text: string, published: string) =>
  extractClaims(text, { published })
    .filter((c) => c.kind === "rank")
    .map((c) => [c.partner, c.period]);

describe("a rank apposed to a tonnage", () => {
  it("is the total's after the whole of a part", () => {
    expect(
      rank(
        "In September South Korea took about 15% of all Chinese magnet exports, which came to 5,774 tonnes, the lowest since July.",
        "2025-10-22",
      ),
    ).toEqual([["WLD", "2025-09"]]);
  });

  it("is the destination's after the destination's own tonnage", () => {
    expect(
      rank("In December Japan received 280 tonnes of magnets, the lowest since October.", "2026-01-22"),
    ).toEqual([["JPN", "2025-12"]]);
  });
});
