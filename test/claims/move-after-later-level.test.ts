// "Rare-earth exports were 4,416 t in November 2024 and 5,493.9 t a year later, a rise of about 24%":
// the move told after a level dated relative to the month named is that level's month against the
// month named. It was dated to November 2024 and set against October 2024 (-7.1%), a false
// contradiction found probing; so were "a month later" and "twelve months later".
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2026-01-25";

describe("a move told after a level dated later than the month named", () => {
  it.each([
    [
      "Rare-earth exports were 4,416 t in November 2024 and 5,493.9 t a year later, a rise of about 24%.",
      "rise of about 24%",
      "2025-11",
      "supported",
    ],
    [
      "Rare-earth exports were 4,416 t in November 2024 and 5,493.9 t twelve months later, up about 24%.",
      "up about 24%",
      "2025-11",
      "supported",
    ],
    [
      "Magnet exports were 5,473 t in October and 6,150 t a month later, a rise of about 12%.",
      "rise of about 12%",
      "2025-11",
      "supported",
    ],
    [
      "Rare-earth exports were 4,416 t in November 2024 and 5,493.9 t a year later, a rise of about 34%.",
      "rise of about 34%",
      "2025-11",
      "contradicted",
    ],
  ])("is the later month's against the month named: %s", async (text, quote, period, verdict) => {
    const c = await claimAt(store, text, quote, published);
    expect([c?.period, c?.verdict]).toEqual([period, verdict]);
  });
});
