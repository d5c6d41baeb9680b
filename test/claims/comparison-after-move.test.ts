// "Fell to 1,118 t in October, which was still more than in June": the month after the comparison
// is that comparison's, not the base of the move before it. Read as the move's base, the true fall
// (from September's 1,288 t) was contradicted by the rise from June.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets to Germany in 2025: 764 t (June), 1,346 t (August), 1,288 t (September), 1,118 t (October);
// magnets in 2025: 6,357 t (January), 5,473 t (October), 6,150 t (November)
describe("a comparison of its own after a move ('more than in June', 'still below January's peak')", () => {
  it.each([
    [
      "Magnet exports to Germany fell to 1,118 t in October 2025, which was still more than in June (764 t).",
      "fell",
      "2025-11-21",
      "September 2025",
    ],
    [
      "Magnet exports to Germany fell to 1,118 t in October 2025, higher than in June.",
      "fell",
      "2025-11-21",
      "September 2025",
    ],
    [
      "Magnet exports rose to 6,150 t in November, still below January's peak.",
      "rose",
      "2025-12-20",
      "October 2025",
    ],
    [
      "Magnet exports rose to 6,150 t in November, still below January's record.",
      "rose",
      "2025-12-20",
      "October 2025",
    ],
    [
      "Magnet exports rose to 6,150 t in November, still short of January's.",
      "rose",
      "2025-12-20",
      "October 2025",
    ],
  ])("keeps its month from the move's base: %s", async (text, move, published, base) => {
    const c = await claimAt(store, text, move, published);
    expect(c?.verdict).toBe("supported");
    expect(c?.explanation).toContain(base);
  });

  it("leaves a base named with 'from' the move's", async () => {
    const text = "Magnet exports to Germany fell in October 2025 to 1,118 t from 1,346 t in August.";
    const fell = await claimAt(store, text, "fell", "2025-11-21");
    expect(fell?.explanation).toContain("August 2025");
  });
});
