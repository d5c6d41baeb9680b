// A part of a year set against a whole earlier year ("January-September: 39,817 t, a 7.5% decrease
// compared to 2024") is read against the same months of that year. A part may also be measured
// against the year's total, so this reading supports but never contradicts, and says why.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const text = (pct: string) =>
  `China's rare-earth magnet exports in January-September came to 39,817 tonnes, a ${pct} decrease compared to 2024.`;

describe("a part of a year against a whole earlier year", () => {
  it("supports a change against the same months of that year", async () => {
    const c = await claimAt(store, text("7.5%"), "a 7.5% decrease", "2025-10-25");
    expect(c?.verdict).toBe("supported");
    expect(c?.explanation).toContain("January-September 2024");
  });

  it("leaves a wrong change unverifiable, naming the unsure base", async () => {
    const c = await claimAt(store, text("17.5%"), "a 17.5% decrease", "2025-10-25");
    expect(c?.verdict).toBe("unverifiable");
    expect(c?.explanation).toMatch(/^ambiguous \(comparison base not named for certain\)/);
  });
});
