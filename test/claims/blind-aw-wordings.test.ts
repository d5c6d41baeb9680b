// Wordings a blind batch (aw: broker advisories, risk bulletins, press releases, survey reports)
// showed read wrong: a change whose subject is only "that", set against one destination's own earlier
// month ("that was 60.3% more than the EU received in October"), and the months a rank is placed
// behind right after its ordinal ("the third-highest month of 2025, behind only January and August"),
// which are neither a second rank nor two months joined as one period.
import { describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt, verdictsOf } from "../helpers/verdicts.js";

let store: Store;
useReferenceStore((s) => {
  store = s;
});

describe("a change whose only destination is named in its base month", () => {
  it("is that destination's change over time", async () => {
    const text =
      "In November EU states took 2,568.8 t of magnets, four times the 582 t bound for America; that was 24.7% more than the EU received in October.";
    expect(await readingAt(store, text, "24.7% more", "2025-12-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "EU27",
      period: "2025-11",
    });
  });

  it("contradicts a wrong change of that destination, not another's", async () => {
    const text =
      "In November EU states took 2,568.8 t of magnets, four times the 582 t bound for America; that was 60.3% more than the EU received in October.";
    expect(await readingAt(store, text, "60.3% more", "2025-12-21")).toEqual({
      verdict: "contradicted",
      series: "rare-earth-magnets",
      partner: "EU27",
      period: "2025-11",
    });
  });
});

describe("the months a rank is placed behind", () => {
  it("reads one rank, checked with its ordinal, not a second one from the months", async () => {
    const text =
      "December's 5,952 t of magnets was the fourth-largest month of 2025, behind only January, November and August.";
    const verdicts = await verdictsOf(store, text, "2026-01-22");
    expect(verdicts.filter(([words]) => /behind only/.test(words))).toEqual([]);
    expect(await readingAt(store, text, "fourth-largest month of 2025", "2026-01-22")).toMatchObject({
      verdict: "supported",
      period: "2025-12",
    });
  });

  it("contradicts a wrong place said so", async () => {
    const text =
      "December's 5,952 t of magnets was the third-largest month of 2025, behind only January and August.";
    expect(await readingAt(store, text, "third-largest month of 2025", "2026-01-22")).toMatchObject({
      verdict: "contradicted",
      period: "2025-12",
    });
  });
});
