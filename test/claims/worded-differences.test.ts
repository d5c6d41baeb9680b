// A difference in tonnes whose unit follows the word that makes it one ("677 extra tonnes compared
// with October", "some 677 additional tonnes on October", "285 fewer tonnes than in September") is a
// change on that month, checked as such.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

async function read(text: string, quote: string) {
  const c = await claimAt(store, text, quote, "2026-01-20");
  return c ? [c.kind, c.partner, c.period, c.verdict] : null;
}

describe("a difference with its unit after the word of comparison", () => {
  // world magnets: October 2025 5,473 t, November 6,150 t (+677 t); Korea: September 854 t, October 569 t (-285 t)
  it.each([
    [
      "China exported 6,150 tonnes of rare-earth magnets in November 2025, 677 extra tonnes compared with October.",
      "677 extra tonnes",
      ["change", "WLD", "2025-11", "supported"],
    ],
    [
      "China exported 6,150 tonnes of rare-earth magnets in November 2025, some 677 additional tonnes on October.",
      "677 additional tonnes",
      ["change", "WLD", "2025-11", "supported"],
    ],
    [
      "Magnet exports to South Korea in October 2025 were 285 fewer tonnes than in September.",
      "285 fewer tonnes",
      ["change", "KOR", "2025-10", "supported"],
    ],
    [
      "China exported 6,150 tonnes of rare-earth magnets in November 2025, 767 extra tonnes compared with October.",
      "767 extra tonnes",
      ["change", "WLD", "2025-11", "contradicted"],
    ],
  ])("is the change on that month: %s", async (text, quote, want) => {
    expect(await read(text, quote)).toEqual(want);
  });
});
