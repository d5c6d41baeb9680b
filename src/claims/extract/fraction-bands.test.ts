import { describe, expect, it } from "vitest";
import { fractionTolerance } from "./fraction-bands.js";

describe("fractionTolerance", () => {
  it("gives a plain fraction a tenth of itself, at least 2.5 points", () => {
    expect(fractionTolerance(25, null)).toMatchObject({ low: 22.5, high: 27.5 });
    expect(fractionTolerance(10, null)).toMatchObject({ low: 7.5, high: 12.5 });
  });

  it("stops an approximate fraction where another common fraction plainly is the figure", () => {
    // "about a quarter" does not reach down to 20.4%, which is a fifth
    expect(fractionTolerance(25, "about")).toMatchObject({ low: 21.25, high: 30 });
    expect(fractionTolerance(20, "about")).toMatchObject({ low: 15, high: 23.75 });
  });

  it("leaves finer fractions their doubled band: their writer counts in finer steps", () => {
    expect(fractionTolerance(12.5, "about")).toMatchObject({ low: 7.5, high: 17.5 });
  });

  it("leaves an approximate fraction with no common fraction near it its doubled band", () => {
    expect(fractionTolerance(10, "about")).toMatchObject({ low: 5, high: 15 });
    expect(fractionTolerance(50, "about")).toMatchObject({ low: 40, high: 60 });
  });

  it("does the same for a fall by a fraction", () => {
    expect(fractionTolerance(-25, "about")).toMatchObject({ low: -30, high: -21.25 });
  });
});
