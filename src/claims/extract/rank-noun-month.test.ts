// A destination's place said before it, with the month between: "the top buyer in September was
// Germany". A region in that place ("the largest buyer in Asia") narrows the ranking and is not read.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const ranks = (text: string, published: string) =>
  extractClaims(text, { published })
    .filter((c) => c.kind === "rank")
    .map((c) => [c.partner, c.period, c.stated.type === "rank" ? c.stated.n : null]);

describe("the place before its destination, the month between", () => {
  it("reads the destination after 'was'", () => {
    expect(
      ranks(
        "Magnet shipments slowed. The biggest market in December was Germany, at 1,106 tonnes.",
        "2026-01-22",
      ),
    ).toEqual([["DEU", "2025-12", 1]]);
  });

  it("leaves a place within a region alone", () => {
    expect(
      ranks(
        "The largest buyer in Asia in September was South Korea, at 854 tonnes of magnets.",
        "2025-10-22",
      ),
    ).toEqual([]);
  });
});
