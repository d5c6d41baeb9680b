// A record said with words between the extreme and its window: a destination after it ("the most for
// Germany in any month on record", "the lowest monthly figure for the US in the data"), a modifier after
// "monthly" ("the highest monthly EU figure on record"), who did the exporting ("the most China has
// ever exported in a single month", "the highest monthly volume it has ever received") and the data
// named with an adjective ("in the Chinese data so far", "in the agency's published records"). The EU's
// and Germany's series start in mid-2025, too short to tell a record over the customs records (the
// record is left unverifiable); counted over the data the text names, it is checked.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a record with a destination, a modifier or a speaker inside its words", () => {
  it.each([
    [
      "Shipments of rare-earth magnets to the EU reached 2,568.8 tonnes in November 2025, the highest monthly EU figure on record.",
      "highest monthly EU figure on record",
      "EU27",
      "2025-11",
      "unverifiable",
    ],
    [
      "Germany took 1,346 tonnes of Chinese magnets in August 2025, the most for Germany in any month on record.",
      "most for Germany in any month on record",
      "DEU",
      "2025-08",
      "unverifiable",
    ],
    [
      "Germany received 1,346 tonnes of Chinese magnets in August 2025, the highest monthly volume it has ever received.",
      "highest monthly volume it has ever received",
      "DEU",
      "2025-08",
      "unverifiable",
    ],
    [
      "Japan bought 305 tonnes of Chinese magnets in November 2025, the strongest month for Japan in the data we hold.",
      "strongest month for Japan in the data we hold",
      "JPN",
      "2025-11",
      "supported",
    ],
    [
      "Magnet shipments to the US fell to 46 tonnes in May 2025, the lowest monthly figure for the US in the data.",
      "lowest monthly figure for the US in the data",
      "USA",
      "2025-05",
      "supported",
    ],
    [
      "Vietnam took 509 tonnes of magnets in December 2025, its largest monthly volume in the Chinese data so far.",
      "largest monthly volume in the Chinese data so far",
      "VNM",
      "2025-12",
      "supported",
    ],
    [
      "China exported 6,150 tonnes of rare-earth magnets in November 2025, the most China has ever exported in a single month.",
      "most China has ever exported in a single month",
      "WLD",
      "2025-11",
      "contradicted",
    ],
  ])("reads %s", async (text, words, partner, period, verdict) => {
    const got = await claimAt(store, text, words, "2026-01-20");
    expect(got).toMatchObject({ kind: "rank", partner, period, verdict });
  });

  it("names the series the record is for: 'the weakest month for magnets since June'", async () => {
    const text =
      "China exported 5,774 tonnes of rare-earth magnets in September 2025, the weakest month for magnets since June.";
    const got = await claimAt(store, text, "weakest month for magnets since", "2025-10-22");
    expect(got).toMatchObject({
      kind: "rank",
      series: "rare-earth-magnets",
      partner: "WLD",
      verdict: "contradicted",
    });
    expect(got?.explanation).toMatch(/July 2025's 5,577 t was lower/);
  });
});
