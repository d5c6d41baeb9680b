// Figures set side by side with slashes, as number boxes and posts write them ("235 t / 456 t /
// 444 t"), after a list of months or destinations: each figure is its own month's or destination's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a list of figures set with slashes", () => {
  it("gives each figure its own month", async () => {
    const text = "Chinese magnet shipments to Vietnam in September and October came to 456 t / 444 t.";
    expect(await readingAt(store, text, "456 t", "2025-11-25")).toMatchObject({
      period: "2025-09",
      verdict: "supported",
    });
  });

  it("holds a wrong one against its own month, not another's", async () => {
    const text =
      "Chinese magnet shipments to Vietnam in August, September and October came to 235 t / 465 t / 444 t.";
    const r = await readingAt(store, text, "465 t", "2025-11-25");
    expect(r.period).toBe("2025-09");
    expect(r.verdict).toBe("unverifiable");
  });
});

describe("months in brackets as a label's list, then a colon", () => {
  // "Vietnam (Sep/Oct/Dec): 456 t / 444 t / 509 t": the bracket closes the list of months, the colon
  // opens the figures, so each figure is its own month's rather than all the latest month's
  it("gives each figure its own month", async () => {
    const text = "Magnet exports to Vietnam (Sep/Oct/Dec): 456 t / 444 t / 509 t.";
    expect(await readingAt(store, text, "444 t", "2026-01-25")).toMatchObject({
      period: "2025-10",
      verdict: "supported",
    });
  });

  it("holds swapped figures against their own months", async () => {
    const text = "Magnet exports to Vietnam (Sep/Oct/Dec): 456 t / 509 t / 444 t.";
    const r = await readingAt(store, text, "509 t", "2026-01-25");
    expect(r.period).toBe("2025-10");
    expect(r.verdict).toBe("contradicted");
  });
});
