// Months a sentence names one by one and then goes over together ("so the two months together came
// to 12,102 t", "the two months together, November and December, came to ...", "the September and
// October volumes together"), read as the span, and a month that only names the writer's own earlier
// note ("as we flagged in our November note"), which is no month the text goes on about.
import { describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";

let store: Store;
useReferenceStore((s) => {
  store = s;
});

describe("months named one by one, then gone over together", () => {
  it("checks the sum of the two months the sentence named before", async () => {
    const text =
      "Magnet exports slipped to 5,952 t in December after November's 6,150 t, so the two months together came to 12,102 t.";
    expect(await readingAt(store, text, "12,102 t", "2026-01-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-11..2025-12",
    });
  });

  it("never checks the sum against either month, even when it is wrong", async () => {
    const text =
      "Magnet exports slipped to 5,952 t in December after November's 6,150 t, so the two months combined came to 13,000 t.";
    expect(await readingAt(store, text, "13,000 t", "2026-01-21")).toMatchObject({
      verdict: "contradicted",
      period: "2025-11..2025-12",
    });
  });

  it("takes in the months named in apposition right after the words", async () => {
    const text =
      "Terbium shipments were volatile late in the year. The two months together, November and December, came to 6.168 t of terbium.";
    expect(await readingAt(store, text, "6.168 t", "2026-01-21")).toEqual({
      verdict: "supported",
      series: "terbium",
      partner: "WLD",
      period: "2025-11..2025-12",
    });
  });

  it("reads 'the September and October volumes together' as one span", async () => {
    const text =
      "Vietnam took 444 t of magnets in October. The September and October volumes together came to 900 t.";
    expect(await readingAt(store, text, "900 t", "2025-11-25")).toMatchObject({
      verdict: "supported",
      partner: "VNM",
      period: "2025-09..2025-10",
    });
  });

  it("leaves months that are not next to each other alone", async () => {
    const text =
      "Magnet exports were 6,146 t in August and 5,952 t in December; the two months together came to 12,098 t.";
    const c = await claimAt(store, text, "12,098 t", "2026-01-21");
    expect(c?.period).not.toBe("2025-08..2025-12");
    expect(c?.verdict).not.toBe("contradicted");
  });
});

describe("a month that names the writer's own earlier note", () => {
  it("does not become the month the next sentence speaks of", async () => {
    const text =
      "As we flagged in our November note, magnet exports held up: 5,952 t cleared in December. Germany headed the table with 1,106 t.";
    expect(await readingAt(store, text, "1,106 t", "2026-01-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "DEU",
      period: "2025-12",
    });
  });
});
