// A full year's rank over a run of years ("the lowest in three years", "the most since 2023", "a
// two-year high"), among the full years held: it was left unverifiable whatever the years held
// showed. Full years held: magnets 2023 52,576 t, 2024 58,152 t, 2025 57,392 t; rare earths 2023
// 52,307 t, 2024 55,431 t, 2025 62,585 t.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a full year's rank over a run of years", () => {
  it.each([
    [
      "China's magnet exports of 57,392 t in 2025 were the lowest in three years.",
      "lowest in three years",
      "contradicted",
    ],
    [
      "China's magnet exports fell to 57,392 t in 2025, the lowest in two years.",
      "lowest in two years",
      "supported",
    ],
    [
      "China's rare-earth exports of 62,585 t in 2025 were the highest in three years.",
      "highest in three years",
      "supported",
    ],
    ["China's rare-earth exports of 62,585 t in 2025 were a two-year high.", "two-year high", "supported"],
    [
      "China's rare-earth exports hit 62,585 t in 2025, the most since at least 2023.",
      "most since",
      "supported",
    ],
    // "since 2023" says 2023 was higher
    ["China's rare-earth exports hit 62,585 t in 2025, the most since 2023.", "most since", "contradicted"],
    // the years before 2023 are not held
    [
      "China's rare-earth exports of 62,585 t in 2025 were the highest in five years.",
      "highest in five years",
      "unverifiable",
    ],
  ])("%s", async (text, quote, verdict) => {
    expect(await readingAt(store, text, quote, "2026-01-20")).toMatchObject({
      period: "2025-01..2025-12",
      verdict,
    });
  });
});
