// An extreme the figure is set against is no rank of the figure ("well below the highest of 2025");
// one a month or a figure holds is that month's ("below the record set last January"); and "the
// highest of last year" is a rank over the year of the figure's month, not the figure's period.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string, published = "2026-04-25") =>
  extractClaims(t, { published }).map((c) => [c.kind, c.text, c.period]);

describe("an extreme set against the figure", () => {
  it.each([
    "Rare earth exports came to 4,900 t in March 2026, well below the highest of 2025.",
    "Rare earth exports came to 4,900 t in March 2026, still short of the year's peak.",
    "Rare earth exports came to 4,900 t in March 2026, far from the record.",
    "Rare earth exports came to 4,900 t in March 2026, above the lowest of 2025.",
  ])("is no rank of the figure: %s", (t) => {
    expect(read(t)).toEqual([["level", "4,900 t", "2026-03"]]);
  });

  it.each([
    "Im März 2026 exportierte China 4.900 Tonnen Seltene Erden, weiter unter dem Rekordwert vom Juni.",
    "Im März 2026 exportierte China 4.900 Tonnen Seltene Erden und blieb damit unterhalb des Rekordniveaus.",
  ])("is no rank of the figure in German, with or without the holder's month: %s", (t) => {
    expect(read(t).filter(([kind]) => kind === "rank")).toEqual([]);
  });

  it.each(["set", "reached", "hit"])(
    "is the rank of the month it was %s in, not of the figure's month",
    (verb) => {
      const t = `Rare earth exports came to 4,900 t in March 2026, short of the record high ${verb} last June.`;
      expect(read(t).map((c) => [c[0], c[2]])).toEqual([
        ["level", "2026-03"],
        ["rank", "2025-06"],
      ]);
    },
  );

  it("is still the rank of the month that holds it", () => {
    const t = "Rare earth exports came to 4,900 t in March 2026, below the record high recorded last June.";
    expect(read(t).map((c) => [c[0], c[2]])).toEqual([
      ["level", "2026-03"],
      ["rank", "2025-06"],
    ]);
  });
});

describe("the highest of last year", () => {
  it("ranks the month the answer takes from its question, and does not date the figure as the year", () => {
    const t =
      "Q: How much did China ship in rare earths in June 2025?\nA: 7,740 tonnes, the highest of last year.";
    expect(read(t, "2026-02-12")).toEqual([
      ["level", "7,740 tonnes", "2025-06"],
      ["rank", "highest of last year", "2025-06"],
    ]);
  });
});
