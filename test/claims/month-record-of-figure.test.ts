// A month's record named by its possessive with its figure after "of" ("from June's record of 7,742
// tonnes") is that month's rank on record, as "June's record 7,742 t" and "June's all-time high of
// 7,742 t" are; "of" before words ("June's record of shipments") gives no figure and no rank.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths: June 2025 7,742.2 t (the highest month held), July 5,994.3 t; magnets: January 2025
// 6,357 t (the highest held), September 5,774 t
describe("a month's record of a figure", () => {
  it.each([
    [
      "Rare-earth shipments slid to 5,994 tonnes in July, well short of June's record of 7,742 tonnes.",
      "rare-earths",
      "2025-06",
      "supported",
    ],
    [
      "Magnet exports eased to 5,774 tonnes in September, below August's record of 6,146 tonnes.",
      "rare-earth-magnets",
      "2025-08",
      "contradicted",
    ],
  ])("is that month's rank on record: %s", async (text, series, period, verdict) => {
    expect(await readingAt(store, text, "record", "2026-01-25")).toEqual({
      verdict,
      series,
      partner: "WLD",
      period,
    });
  });

  it("reads no rank from a record of words", async () => {
    const got = await verdictsOf(
      store,
      "Magnet exporters kept June's record of shipments on file.",
      "2026-01-25",
    );
    expect(got.filter(([words]) => words === "record")).toEqual([]);
  });
});
