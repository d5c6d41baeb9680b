import { describe, expect, it } from "vitest";
import { lastReleased, unreleasedMonth } from "./unreleased.js";

describe("lastReleased", () => {
  it("is the month before from the first release day on, the one before that until then", () => {
    expect(lastReleased("2025-12-05")).toBe("2025-10");
    expect(lastReleased("2025-12-07")).toBe("2025-11");
    expect(lastReleased("2026-01-20")).toBe("2025-12");
  });
});

describe("lastReleased, by what a figure is of", () => {
  const magnets = { series: "rare-earth-magnets", partner: "WLD" };
  it("has the rare-earth total out from the 7th, the detailed tables only from the 18th", () => {
    expect(lastReleased("2025-12-10", { series: "rare-earths", partner: "WLD" })).toBe("2025-11");
    expect(lastReleased("2025-12-10", magnets)).toBe("2025-10");
    expect(lastReleased("2025-12-17", { series: "gallium", partner: "WLD" })).toBe("2025-10");
    // rare earths by destination come with the detailed tables
    expect(lastReleased("2025-12-10", { series: "rare-earths", partner: "JPN" })).toBe("2025-10");
    expect(lastReleased("2025-12-18", magnets)).toBe("2025-11");
  });

  it("names a product's month as not out yet before its tables are", () => {
    expect(unreleasedMonth("2025-11", "2025-12-12", magnets)).toBe("2025-11");
    expect(unreleasedMonth("2025-11", "2025-12-12", { series: "rare-earths", partner: "WLD" })).toBeNull();
    expect(unreleasedMonth("2025-01..2025-11", "2025-12-15", { series: "terbium", partner: "WLD" })).toBe(
      "2025-11",
    );
  });
});

describe("unreleasedMonth", () => {
  it("names the month of a period whose figures were not out yet", () => {
    expect(unreleasedMonth("2025-11", "2025-12-05")).toBe("2025-11");
    expect(unreleasedMonth("2025-12", "2026-01-04")).toBe("2025-12");
    // a span or a year is out only when its last month is
    expect(unreleasedMonth("2025-01..2025-11", "2025-12-03")).toBe("2025-11");
    expect(unreleasedMonth("2025", "2026-01-03")).toBe("2025-12");
    expect(unreleasedMonth("2025", "2026-01-10")).toBeNull();
  });

  it("is null for a month already out, or without a publication date", () => {
    expect(unreleasedMonth("2025-11", "2025-12-20")).toBeNull();
    expect(unreleasedMonth("2025-10", "2025-12-05")).toBeNull();
    expect(unreleasedMonth("2025-11", undefined)).toBeNull();
    expect(unreleasedMonth(null, "2025-12-05")).toBeNull();
  });
});
