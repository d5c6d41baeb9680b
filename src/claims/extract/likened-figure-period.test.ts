// A year or month written after a tonnage the figure is likened to ("nearly the same as the 58,000 t
// of 2024") dates that tonnage, not the figure said first; before the change, the first figure took
// the later year and was wrongly contradicted against it.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string, published: string) => extractClaims(t, { published }).map((c) => [c.text, c.period]);

describe("a period after a tonnage the figure is likened to", () => {
  it("gives the year only to the likened tonnage", () => {
    const t =
      "China shipped roughly 57,000 tonnes of rare earth magnets, nearly the same as the some 58,000 tonnes of 2024.";
    expect(read(t, "2026-01-26")).toEqual([
      ["roughly 57,000 tonnes", null],
      ["some 58,000 tonnes", "2024-01..2024-12"],
    ]);
  });

  it("keeps a figure's own month and gives the later month to the tonnage it is in line with", () => {
    const t = "Magnet exports were 5,952 tonnes in December, in line with the 6,150 tonnes of November.";
    expect(read(t, "2026-01-26")).toEqual([
      ["5,952 tonnes", "2025-12"],
      ["6,150 tonnes", "2025-11"],
    ]);
  });

  it("leaves the first figure undated when only the similar tonnage has a month", () => {
    const t = "Magnet exports were 5,952 tonnes, similar to the 6,150 tonnes of November.";
    expect(read(t, "2026-01-26")).toEqual([
      ["5,952 tonnes", null],
      ["6,150 tonnes", "2025-11"],
    ]);
  });

  it("reads 'close to the' and 'on par with the' before a tonnage as likening it, not hedging the first", () => {
    for (const words of ["close to the", "on par with the"]) {
      const t = `China shipped 57,392 tonnes of rare earth magnets, ${words} 58,152 tonnes of 2024.`;
      expect(read(t, "2026-01-26")).toEqual([
        ["57,392 tonnes", null],
        ["58,152 tonnes", "2024-01..2024-12"],
      ]);
    }
  });

  it("still reads 'close to' as the hedge of a figure the month dates", () => {
    expect(read("Exports rose to close to 6,000 tonnes in November.", "2026-01-26")).toContainEqual([
      "close to 6,000 tonnes",
      "2025-11",
    ]);
  });

  it("gives the month only to a tonnage the figure is said to be as much as, comparable with or like", () => {
    for (const words of ["almost as much as the", "comparable with the", "much like the"]) {
      const t = `The U.S. got 582 tonnes of magnets, ${words} 590 tonnes of August.`;
      expect(read(t, "2025-12-22")).toEqual([
        ["582 tonnes", null],
        ["590 tonnes", "2025-08"],
      ]);
    }
  });
});
