// A percentage or fraction of the subject's own figure in another month ("just 5% of their January
// 2025 volume", "about 19% of the April level", "64% of the level in January", "a third of its
// March tally") compares the subject with itself in that month: a change on that month, never a
// share of that month's total. A whole of the part's own month ("9% of its July total") stays a
// share.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

/** The kind, period and verdict of the claim read at `quote`. */
async function read(text: string, quote: string) {
  const c = await claimAt(store, text, quote, "2026-01-20");
  return c ? [c.kind, c.period, c.verdict] : null;
}

describe("a percentage of the subject's own figure in another month", () => {
  // US magnets: January 2025 877 t, April 246 t, May 46 t, December 564 t; world: March 5,324 t,
  // May 1,238 t, August 2024 5,325 t, August 2025 6,146 t
  it.each([
    [
      "China's rare-earth magnet exports to the US fell to 46 tonnes in May 2025, just 5% of their January 2025 volume.",
      "5% of",
      "2025-05",
    ],
    [
      "US-bound magnet shipments in May 2025 came to about 19% of their April 2025 level.",
      "about 19% of",
      "2025-05",
    ],
    [
      "China's rare-earth magnet exports to the US in May 2025 were 19% of the April level.",
      "19% of",
      "2025-05",
    ],
    [
      "China's rare-earth magnet exports to the US in December 2025 were 64% of the level in January.",
      "64% of",
      "2025-12",
    ],
    ["China's rare-earth magnet exports in May 2025 were 23% of the March level.", "23% of", "2025-05"],
    [
      "China's rare-earth magnet exports in August 2025 were 115% of the August 2024 level.",
      "115% of",
      "2025-08",
    ],
    [
      "China's rare-earth magnet exports to the US in May 2025 were about a fifth of their April volume.",
      "about a fifth of their",
      "2025-05",
    ],
  ])("is the change on that month, supported: %s", async (text, quote, period) => {
    expect(await read(text, quote)).toEqual(["change", period, "supported"]);
  });

  it.each([
    // 46 t is 5.2% of January's 877 t, not 15%; 23.3% of March's 5,324 t, not 40%
    [
      "China's rare-earth magnet exports to the US fell to 46 tonnes in May 2025, just 15% of their January 2025 volume.",
      "15% of",
      "2025-05",
    ],
    ["China's rare-earth magnet exports in May 2025 were 40% of the March level.", "40% of", "2025-05"],
  ])("is the change on that month, contradicted when wrong: %s", async (text, quote, period) => {
    expect(await read(text, quote)).toEqual(["change", period, "contradicted"]);
  });

  it("keeps a whole of the part's own month as a share", async () => {
    // India took 418 t of 5,577 t in July 2025: 7.5%
    const text = "China's magnet exports to India in July 2025 were 7.5% of its July total.";
    expect(await read(text, "7.5% of its July total")).toEqual(["share", "2025-07", "supported"]);
  });

  it("does not take 'its' with another month's total or exports as the destination's own figure", async () => {
    // "its" may be China: Japan's 280 t in December 2025 is 4.6% of November's 6,150 t in all (and
    // 4.7% of December's); as Japan's own November (305 t) it would be a fall of 8%, not of 95%
    const text = "China's rare-earth magnet exports to Japan in December 2025 were 5% of its November total.";
    expect(await read(text, "5% of its November total")).toEqual(["share", "2025-12", "supported"]);
  });
});
