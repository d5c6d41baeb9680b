// A destination's place written as a league table in prose writes it: a bare ordinal before the
// figure ("Japan fourth at 226 t"), a place won from another destination ("edged out India for
// fifth place"), or a bare ordinal closing a list item after the figure and an aside in brackets.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const ranks = (t: string) =>
  extractClaims(t, { published: "2025-11-24" })
    .filter((c) => c.stated.type === "rank")
    .map((c) => [c.partner, c.stated.type === "rank" ? c.stated.n : null, c.period]);

describe("a destination's place as a league table writes it", () => {
  it.each([
    ["In October magnets went mostly to Germany; Japan fourth at 226 t.", [["JPN", 4, "2025-10"]]],
    ["October's magnet buyers: the Netherlands sixth with 180 t.", [["NLD", 6, "2025-10"]]],
    [
      "In October, Vietnam (444 t) narrowly edged out India (416 t) for fifth place among magnet buyers.",
      [["VNM", 5, "2025-10"]],
    ],
    ["China magnet exports, October:\n- Japan 226t (-8% MoM), 6th.", [["JPN", 6, "2025-10"]]],
  ])("%s", (text, want) => {
    expect(ranks(text)).toEqual(want);
  });

  it("reads no place from an ordinal that is not one ('the US second-half total')", () => {
    expect(ranks("In October the US second-half intake reached 1,240 t of magnets.")).toEqual([]);
  });
});
