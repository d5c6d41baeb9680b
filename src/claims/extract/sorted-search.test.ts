import { describe, expect, it } from "vitest";
import { lastAtOrBefore } from "./sorted-search.js";

describe("lastAtOrBefore", () => {
  const starts = [0, 5, 9, 9, 20];
  it("gives the last item whose key is at most the value", () => {
    expect([0, 4, 5, 8, 9, 19, 20, 99].map((x) => lastAtOrBefore(starts, (s) => s, x))).toEqual([
      0, 0, 1, 1, 3, 3, 4, 4,
    ]);
  });

  it("gives 0 when no key is that small, or there is no item", () => {
    expect(lastAtOrBefore([3, 7], (s) => s, 1)).toBe(0);
    expect(lastAtOrBefore([], (s: number) => s, 1)).toBe(0);
  });
});
