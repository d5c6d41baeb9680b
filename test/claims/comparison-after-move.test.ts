// "Fell to 1,118 t in October, which was still more than in June": the month after the comparison
// is that comparison's, not the base of the move before it. Read as the move's base, the true fall
// (from September's 1,288 t) was contradicted by the rise from June.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { claimAt } from "../helpers/verdicts.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

// magnets to Germany in 2025: 764 t (June), 1,346 t (August), 1,288 t (September), 1,118 t (October)
describe("a comparison of its own after a move", () => {
  it.each([
    "Magnet exports to Germany fell to 1,118 t in October 2025, which was still more than in June (764 t).",
    "Magnet exports to Germany fell to 1,118 t in October 2025, higher than in June.",
  ])("keeps its month from the move's base: %s", async (text) => {
    const fell = await claimAt(store, text, "fell", "2025-11-21");
    expect(fell?.verdict).toBe("supported");
    expect(fell?.explanation).toContain("September 2025");
  });

  it("leaves a base named with 'from' the move's", async () => {
    const text = "Magnet exports to Germany fell in October 2025 to 1,118 t from 1,346 t in August.";
    const fell = await claimAt(store, text, "fell", "2025-11-21");
    expect(fell?.explanation).toContain("August 2025");
  });
});

// magnets in 2025: 6,357 t (January), 5,473 t (October), 6,150 t (November)
describe("a month set against the figure with 'below' or 'above' after a move", () => {
  it.each([
    "Magnet exports rose to 6,150 t in November, still below January's peak.",
    "Magnet exports rose to 6,150 t in November, still below January's record.",
    "Magnet exports rose to 6,150 t in November, still short of January's.",
  ])("keeps its month from the move's base: %s", async (text) => {
    const rose = await claimAt(store, text, "rose", "2025-12-20");
    expect(rose?.verdict).toBe("supported");
    expect(rose?.explanation).toContain("October 2025");
  });
});
