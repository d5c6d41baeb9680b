// A figure after a negated bound says on which side of it the month stayed: "did not fall below
// 5,000 t" is at least 5,000 t, "did not exceed 6,000 t", "failed to reach 6,000 t" and "no higher
// than 5,500 t" are at most that. Read as the bare figure, every one of these true statements was
// contradicted; a figure on the wrong side of the bound still is.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// October 2025: 5,473 t of magnets in all, 656 t to the United States, 226 t to Japan
describe("a level after a negated bound", () => {
  it.each([
    "China's rare-earth magnet exports did not fall below 5,000 tonnes in October 2025.",
    "In October 2025 China's magnet exports didn't drop below 5,400 t.",
    "China's magnet exports never dipped under 5,000 tonnes in October 2025.",
    "China's rare-earth magnet exports in October 2025 did not exceed 6,000 tonnes.",
    "Magnet shipments from China in October 2025 failed to reach 6,000 tonnes.",
    "China's magnet exports in October 2025 were no higher than 5,500 tonnes.",
    "Exports of magnets to Japan in October 2025 did not top 250 tonnes.",
    "Magnet exports to the United States in October 2025 were no lower than 600 tonnes.",
    "China's magnet exports in October 2025 fell short of 5,500 tonnes.",
  ])("is supported when the data is on the stated side: %s", async (text) => {
    const got = await verdictsOf(store, text, "2025-12-20");
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([, v]) => v === "supported")).toBe(true);
  });

  it.each([
    "China's rare-earth magnet exports did not fall below 5,600 tonnes in October 2025.",
    "China's rare-earth magnet exports in October 2025 did not exceed 5,000 tonnes.",
    "Exports of magnets to Japan in October 2025 failed to reach 200 tonnes.",
  ])("is contradicted when the data is on the other side: %s", async (text) => {
    const got = await verdictsOf(store, text, "2025-12-20");
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([, v]) => v === "contradicted")).toBe(true);
  });
});

// July-October 2025: 5,577, 6,146, 5,774 and 5,473 t, 22,970 t in all
describe("a bound said of each month of a span", () => {
  it.each([
    "China's magnet exports never exceeded 6,500 tonnes between July and October 2025.",
    "China's magnet exports did not top 6,500 tonnes in any month from July to October 2025.",
    "Magnet exports never fell below 5,000 tonnes between July and October 2025.",
  ])("is not checked against the span's total: %s", async (text) => {
    const got = await verdictsOf(store, text, "2025-12-20");
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([, v]) => v === "unverifiable")).toBe(true);
  });
});
