import { describe, expect, it } from "vitest";
import type { Figure } from "./figure-book.js";
import {
  changeBetween,
  changeRange,
  differenceRange,
  monthlyAverage,
  percentChange,
  shareBetween,
  shareRange,
  valueRange,
} from "./figure-ranges.js";

// A figure printed to the tonne stands for half a tonne either side; one printed to the ten, five.
const figure = (value: number, halfStep: number): Figure =>
  ({ period: "2025-11", value, unit: "t", halfStep }) as unknown as Figure;

describe("valueRange", () => {
  it("is the value give or take half its rounding step", () => {
    expect(valueRange(figure(6150, 5))).toEqual([6145, 6155]);
    const [low, high] = valueRange(figure(582.4, 0.05));
    expect(low).toBeCloseTo(582.35, 9);
    expect(high).toBeCloseTo(582.45, 9);
  });
});

describe("changes", () => {
  it("gives the change in percent and every change the rounded levels allow", () => {
    expect(percentChange(5473, 6150)).toBeCloseTo(12.37, 2);
    const { pct, range } = changeBetween(figure(5473, 0.5), figure(6150, 5));
    expect(pct).toBeCloseTo(12.37, 2);
    // from 5,473.5 to 6,145 at the least, from 5,472.5 to 6,155 at the most
    expect(range[0]).toBeCloseTo((6145 / 5473.5 - 1) * 100, 9);
    expect(range[1]).toBeCloseTo((6155 / 5472.5 - 1) * 100, 9);
    expect(range[0]).toBeLessThan(pct);
    expect(range[1]).toBeGreaterThan(pct);
  });

  it("leaves an end open where the base may be nothing", () => {
    expect(changeRange([-1, 0], [10, 11])).toEqual([-Infinity, Infinity]);
    // a base of at most half a tonne: at least +1,900% from 0.5 t, without bound above
    expect(changeRange([-0.5, 0.5], [10, 11])).toEqual([1900, Infinity]);
    expect(changeRange([0, 2], [10, 11])[0]).toBeCloseTo(400, 9);
    expect(changeRange([0, 2], [10, 11])[1]).toBe(Infinity);
  });

  it("gives every difference of a value of one interval less one of the other", () => {
    expect(differenceRange([5472.5, 5473.5], [6145, 6155])).toEqual([671.5, 682.5]);
  });
});

describe("shares", () => {
  it("gives a part's share of a total and the interval both roundings allow", () => {
    const { share, range } = shareBetween(figure(582, 0.5), figure(6150, 5));
    expect(share).toBeCloseTo(9.463, 3);
    expect(range[0]).toBeCloseTo((581.5 / 6155) * 100, 9);
    expect(range[1]).toBeCloseTo((582.5 / 6145) * 100, 9);
  });

  it("bounds the top when the whole may be nothing", () => {
    const [low, high] = shareRange([1, 2], [0, 10]);
    expect(low).toBe(10);
    expect(high).toBeCloseTo(2e11, 0);
  });
});

describe("monthlyAverage", () => {
  it("spreads a span's total over its months, with the interval the total's rounding allows", () => {
    const avg = monthlyAverage(figure(17397, 0.5), 3);
    expect(avg.value).toBe(5799);
    expect(avg.range[0]).toBeCloseTo(17396.5 / 3, 9);
    expect(avg.range[1]).toBeCloseTo(17397.5 / 3, 9);
  });
});
