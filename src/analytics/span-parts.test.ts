import { describe, expect, it } from "vitest";
import { spanParts } from "./span-parts.js";

describe("a span made from the periods held", () => {
  it("is its months when every one is held, even where a shorter span is held too", () => {
    expect(spanParts("2025-07..2025-09", ["2025-07", "2025-08", "2025-09", "2025-07..2025-08"])).toEqual([
      { period: "2025-07", sign: 1 },
      { period: "2025-08", sign: 1 },
      { period: "2025-09", sign: 1 },
    ]);
  });

  it("adds a year to date and the months after it", () => {
    expect(spanParts("2024-01..2024-11", ["2024-01..2024-10", "2024-11", "2024-09"])).toEqual([
      { period: "2024-01..2024-10", sign: 1 },
      { period: "2024-11", sign: 1 },
    ]);
  });

  it("takes the months after it away from a longer year to date, or those before from a span ending with it", () => {
    expect(spanParts("2024-01..2024-06", ["2024-01..2024-07", "2024-07"])).toEqual([
      { period: "2024-01..2024-07", sign: 1 },
      { period: "2024-07", sign: -1 },
    ]);
    expect(spanParts("2025-02..2025-03", ["2025-01..2025-03", "2025-01"])).toEqual([
      { period: "2025-01..2025-03", sign: 1 },
      { period: "2025-01", sign: -1 },
    ]);
  });

  it("reads a full year held as YYYY-01..YYYY-12", () => {
    expect(spanParts("2024-01..2024-11", ["2024-01..2024-12", "2024-12"])).toEqual([
      { period: "2024-01..2024-12", sign: 1 },
      { period: "2024-12", sign: -1 },
    ]);
  });

  it("is null when a month cannot be made, for a month, and for a span held as asked", () => {
    expect(spanParts("2024-01..2024-06", ["2024-01..2024-07"])).toBeNull();
    expect(spanParts("2024-01..2024-06", ["2024-01", "2024-02", "2024-04", "2024-05", "2024-06"])).toBeNull();
    expect(spanParts("2024-06", ["2024-06"])).toBeNull();
    expect(spanParts("2024-01..2024-06", ["2024-01..2024-06"])).toBeNull();
  });
});
