// Multiples and fractions whose base is a figure the text gave before: pointed back to ("more than
// double that", "twelve times that low", "under a quarter of the earlier level"), said as a clause
// ("a fifth of what China sent abroad in January"), or left bare at the end of a clause ("That is
// well over double.", "was nearly fivefold."). The base is the month of the figure pointed to; one
// only carried over from an earlier sentence may support the claim, never contradict it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const verdictOf = async (text: string, words: string) =>
  (await verdictsOf(store, text, "2026-01-20")).find(([t]) => t.includes(words))?.[1];

// magnets: January 2025 6,357 t, March 5,324 t, April 2,626 t, May 1,238 t, August 6,146 t, October
// 5,473 t, November 6,150 t; to the US: May 46 t, July 619 t, September 420.5 t, December 564 t; to
// India: June 172 t, July 418 t; antimony: November 2024 808 t, December 2024 1,721 t
describe("a multiple or fraction of a figure given before", () => {
  it.each([
    [
      "Shipments of Chinese magnets shrank to 1,238 t in May 2025, roughly a fifth of what China sent abroad in January.",
      "roughly a fifth of",
    ],
    [
      "Magnet sales to the US stood at 420.5 t in September 2025, about two-thirds of what US buyers received in July.",
      "about two-thirds of",
    ],
    [
      "Chinese magnet exports slid from 5,324 t in March 2025 to 1,238 t in May, under a quarter of the earlier level.",
      "under a quarter of",
    ],
    [
      "China's antimony exports were 808 t in November 2024; in December 2024 they reached 1,721 t, more than double that.",
      "more than double",
    ],
    [
      "US-bound magnet shipments sank to 46 t in May 2025. By December 2025 they had climbed back to 564 t, more than twelve times that low.",
      "more than twelve times",
    ],
    [
      "In November 2025 China's magnet exports rose by about an eighth from October, to 6,150 t.",
      "about an eighth",
    ],
    [
      "China's magnet exports to India rose to 418 t in July 2025 from 172 t in June. That is well over double.",
      "well over double",
    ],
    [
      "Chinese magnet exports fell to 1,238 t in May 2025 before climbing to 6,146 t in August. The rebound from May to August was nearly fivefold.",
      "nearly fivefold",
    ],
  ])("is read and supported: %s", async (text, words) => {
    expect(await verdictOf(text, words)).toBe("supported");
  });

  it.each([
    [
      "China's magnet exports fell from 5,324 t in March 2025 to 2,626 t in April, less than a quarter of the earlier level.",
      "less than a quarter of",
    ],
    [
      "US-bound magnet shipments sank to 46 t in May 2025. By December 2025 they had climbed back to 564 t, more than twenty times that low.",
      "more than twenty times",
    ],
  ])("is read but never contradicted when the base is not certain: %s", async (text, words) => {
    expect(await verdictOf(text, words)).toBe("unverifiable");
  });

  it("leaves a fraction of that month's total a share", async () => {
    const text =
      "Germany took 1,346 t of Chinese magnets in August 2025, about a fifth of that month's total.";
    const c = await claimAt(store, text, "about a fifth of that month's total", "2026-01-20");
    expect(c?.kind).toBe("share");
    expect(c?.verdict).toBe("supported");
  });
});
