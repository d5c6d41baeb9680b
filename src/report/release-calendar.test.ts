import { describe, expect, it } from "vitest";
import { expectedReleases } from "./release-calendar.js";

describe("expectedReleases", () => {
  it("expects the next month's figures in the month after it", () => {
    const [prelim, detailed] = expectedReleases("2025-11", "2025-12-21");
    expect(prelim).toMatchObject({
      data_period: "2025-12",
      kind: "preliminary",
      expected_from: "2026-01-07",
      expected_to: "2026-01-14",
      overdue: false,
    });
    expect(detailed).toMatchObject({
      data_period: "2025-12",
      kind: "detailed",
      expected_from: "2026-01-18",
      expected_to: "2026-01-23",
    });
  });

  it("expects January and February together in March", () => {
    const [prelim] = expectedReleases("2025-12", "2026-01-25");
    expect(prelim).toMatchObject({ data_period: "2026-01..2026-02", expected_from: "2026-03-07" });
  });

  it("marks a window the clock has passed as overdue", () => {
    expect(expectedReleases("2025-11", "2026-02-01").map((r) => r.overdue)).toEqual([true, true]);
  });

  it("marks a release the data holds as in the data, never overdue", () => {
    const [prelim, detailed] = expectedReleases("2025-11", "2026-02-01", {
      preliminary: false,
      detailed: true,
    });
    expect(prelim).toMatchObject({ in_data: false, overdue: true });
    expect(detailed).toMatchObject({ in_data: true, overdue: false });
  });
});
