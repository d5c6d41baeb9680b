// The months a comparison names: each figure of "compared with X in <month> and Y in <month year>"
// keeps its own month, and a year written with one of them is not lent to a month named before it.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string, published: string) => extractClaims(t, { published }).map((c) => [c.text, c.period]);

describe("months set against the text's month", () => {
  it("reads a bare month before a dated one as the latest such month, not the dated month's year", () => {
    const t =
      "Rare earth exports were 5,610 t in March. That compared with 5,920 tons in February and 4,410 tons in March 2024.";
    expect(read(t, "2025-04-18")).toEqual([
      ["5,610 t", "2025-03"],
      ["5,920 tons", "2025-02"],
      ["4,410 tons", "2024-03"],
    ]);
  });

  it("still counts a base month named after a dated month back from it", () => {
    const t = "In November 2023 germanium exports were 721 kg, up from 648 kg in October.";
    expect(read(t, "2025-04-18")).toEqual([
      ["721 kg", "2023-11"],
      ["648 kg", "2023-10"],
    ]);
  });

  it("reads the ends of a range of values each as the latest such month, not one counted back from the other", () => {
    const t = "Monthly magnet exports this year ranged from 1,410 t in May to 6,020 t in January.";
    expect(read(t, "2025-12-15")).toEqual([
      ["1,410 t", "2025-05"],
      ["6,020 t", "2025-01"],
    ]);
  });
});
