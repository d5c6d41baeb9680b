// "The highest since at least June" counts from June: the month after "since at least" starts the
// rank's window, as the month after "since" does, and is never the period of the figures in its
// sentence ("jumped 35% to 305 tonnes, the highest since at least June" says nothing of June's level).
// "Since at least mid-2025" starts in 2025, never at a month after the figure's.
import { describe, expect, it } from "vitest";
import { findPeriods } from "../../src/claims/extract/periods.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("since at least a month", () => {
  it("reads the month as the window's start, not the figure's month", () => {
    const clause = "shipments to Japan rose to 305 t, the highest since at least June";
    const june = findPeriods(clause, { year: 2025, latest: 2025 * 12 + 10 }).find(
      (p) => p.period === "2025-06",
    );
    expect(june?.role).toBe("since");
  });

  it.each([
    "Shipments of magnets to Japan climbed 35% to 305 tonnes, the highest since at least June.",
    "Japan-Bound Magnet Shipments Climb 35% To 305 Tonnes, Highest Since At Least June",
    "Magnet exports to Japan reached 305 t in November, the most since at least mid-2025.",
  ])("never refutes the figures of its sentence with June's: %s", async (text) => {
    const got = await verdictsOf(store, text, "2025-12-20");
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
  });

  it("still refutes a rank that a month inside the window breaks", async () => {
    const got = await verdictsOf(
      store,
      "Magnet exports to the US were 590 t in August, the highest since at least January.",
      "2025-09-22",
    );
    expect(got.find(([w]) => w.startsWith("highest"))?.[1]).toBe("contradicted");
  });
});
