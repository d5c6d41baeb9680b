// A change set against the same month "two years earlier" (or "three years ago", "in two years") has
// its base 24 or 36 months back, not the month before nor a year before: "up 30.6% from two years
// earlier" of November 2025 is against November 2023. A span's change is set against the same span
// that many years back.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a change against the same month some years back", () => {
  it.each([
    ["Rare earth exports climbed to 5,493.9 t in November, 30.6% more than two years earlier.", "30.6% more"],
    [
      "At 4,343.5 t, October rare earth exports were up 1.2% from the same month two years before.",
      "up 1.2%",
    ],
    ["Rare earth shipments in September, 4,000.3 t, were 1.7% higher than two years ago.", "1.7% higher"],
    ["China's rare earth exports rose 1.7% in two years to 4,000.3 t in September.", "rose 1.7%"],
  ])("is checked against that month: %s", async (text, words) => {
    const got = await verdictsOf(store, text, "2025-12-20");
    expect(got).toContainEqual([words, "supported"]);
  });

  it("still finds a wrong change against that month", async () => {
    const got = await readingAt(
      store,
      "Rare earth exports in November were up 45% from two years earlier, at 5,493.9 t.",
      "up 45%",
      "2025-12-20",
    );
    expect(got.verdict).toBe("contradicted");
  });

  it("sets a year's change against the year that many years back", async () => {
    const got = await verdictsOf(
      store,
      "China exported 57,392 t of rare-earth magnets in 2025, up 9.2% from two years earlier.",
      "2026-01-25",
    );
    expect(got).toContainEqual(["up 9.2%", "supported"]);
  });
});
