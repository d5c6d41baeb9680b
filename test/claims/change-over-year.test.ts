// "An increase of 12.9% over 2024": a year after a change and "over" is what the change is set
// against, not the year the figures are of. The level beside it is never checked against that year.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a change set over a year", () => {
  const text =
    "Magnet exports reached 57,392 tonnes in 2025. Rare-earth exports climbed to 62,585 tonnes, a gain of 12.9% over 2024.";

  it("does not date the level beside it to the base year", async () => {
    const level = await readingAt(store, text, "62,585 tonnes", "2026-02-10");
    expect(level.period).not.toBe("2024-01..2024-12");
    expect(level.verdict).not.toBe("contradicted");
  });

  it("reads the year as the change's base when the text names its own year", async () => {
    const t = "In 2025 rare-earth exports climbed to 62,585 tonnes, a gain of 12.9% over 2024.";
    expect(await readingAt(store, t, "gain of 12.9%", "2026-02-10")).toEqual({
      verdict: "supported",
      series: "rare-earths",
      partner: "WLD",
      period: "2025-01..2025-12",
    });
    expect(await readingAt(store, t, "62,585 tonnes", "2026-02-10")).toEqual({
      verdict: "supported",
      series: "rare-earths",
      partner: "WLD",
      period: "2025-01..2025-12",
    });
  });

  it("keeps a year gone over by a tonnage as the tonnage's own", async () => {
    const t = "China shipped 55,431 tonnes of rare earths over 2024.";
    expect((await readingAt(store, t, "55,431 tonnes", "2025-03-01")).period).toBe("2024-01..2024-12");
  });
});
