// A level told by the threshold it passed ("topped 6,100 t", "surpassed 6,120 t", "broke through
// 6,050 tonnes") says the figure was above that number, not that it was that number: checked as
// "more than", so a true one is never contradicted and one the data stays under still is.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// November 2025: 6,150 t in all; 305 t to Japan
describe("a level after a verb of passing a threshold", () => {
  it.each([
    "Outbound magnet shipments surpassed 6,120 t in November 2025.",
    "China's magnet exports broke through 6,050 tonnes in November 2025.",
    "Magnet exports from China to Japan exceeded 290 tonnes in November 2025.",
    "In November 2025 Chinese magnet exports crossed 6,110 t.",
    "China's magnet exports topped 5,900 tonnes in November 2025.",
  ])("is supported when the data is above it: %s", async (text) => {
    const got = await verdictsOf(store, text);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([, v]) => v === "supported")).toBe(true);
  });

  it.each([
    "China's magnet exports topped 6,400 tonnes in November 2025.",
    "Magnet exports from China to Japan surpassed 340 tonnes in November 2025.",
  ])("is contradicted when the data stays under it: %s", async (text) => {
    const got = await verdictsOf(store, text);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([, v]) => v === "contradicted")).toBe(true);
  });
});
