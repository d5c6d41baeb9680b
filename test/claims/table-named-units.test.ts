// A table names its unit, product and destinations where a reader of a row looks for them: in the
// row's cells and label, in the column headers and in the caption. A wrong figure there is
// contradicted like a wrong figure in a sentence; a unit the reader only guesses, a destination it
// only carries over and a table whose blank cells may have moved figures stay open.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

/** The kind, destination, period and verdict of the claim at `quote`. */
async function cell(text: string, quote: string, published: string) {
  const c = await claimAt(store, text, quote, published);
  return [c?.kind, c?.partner, c?.period, c?.verdict];
}

describe("units, products and destinations a table names", () => {
  const byDestination =
    "NdFeB magnets shipped from China, by market (tonnes)\n\nMarket | Sep 2025 | Oct 2025 | Change (%)\nGermany | 1,288 | 1,181 | -8.3\nJapan | 228 | 226 | -4.0\nVietnam | 456 | 444 | -2.6";

  it("contradicts a level whose unit only the caption gives, under a column header naming the month", async () => {
    // Germany took 1,118 t in October 2025
    expect(await cell(byDestination, "1,181", "2025-11-25")).toEqual([
      "level",
      "DEU",
      "2025-10",
      "contradicted",
    ]);
  });

  it("contradicts a change in a column whose header writes the percent sign", async () => {
    // Japan went from 228 t to 226 t: -0.9%, not -4.0%
    expect(await cell(byDestination, "-4.0", "2025-11-25")).toEqual([
      "change",
      "JPN",
      "2025-10",
      "contradicted",
    ]);
  });

  it("still supports the right cells of the same table", async () => {
    expect(await cell(byDestination, "-2.6", "2025-11-25")).toEqual([
      "change",
      "VNM",
      "2025-10",
      "supported",
    ]);
    expect(await cell(byDestination, "1,288", "2025-11-25")).toEqual([
      "level",
      "DEU",
      "2025-09",
      "supported",
    ]);
  });

  it("reads a table of one product by month that names no destination as total exports", async () => {
    const t =
      "Exports of rare-earth magnets from China, thousand tonnes\n\nMonth | Exports\nJul 2025 | 5.58\nAug 2025 | 6.41\nSep 2025 | 5.77";
    // August 2025 was 6,146 t
    expect(await cell(t, "6.41", "2025-10-25")).toEqual(["level", "WLD", "2025-08", "contradicted"]);
    expect(await cell(t, "5.77", "2025-10-25")).toEqual(["level", "WLD", "2025-09", "supported"]);
  });

  it("leaves that table open when a destination was spoken of just before it", async () => {
    const t =
      "Shipments to Vietnam have been steady all year.\n\nThe table below shows rare-earth magnet exports in thousand tonnes.\n\nMonth | Exports\nJul 2025 | 5.58\nAug 2025 | 6.41";
    expect((await cell(t, "6.41", "2025-10-25"))[3]).toBe("unverifiable");
  });

  it("leaves open a row whose label is not a period alone", async () => {
    const t =
      "Exports of rare-earth magnets from China (t)\n\nMonth | Exports\nAug 2025, Baltic ports | 6,410\nSep 2025 | 5,774";
    expect((await cell(t, "6,410", "2025-10-25"))[3]).toBe("unverifiable");
  });

  it("leaves open a change column that writes no unit under a caption in tonnes", async () => {
    // the column could hold tonnes or percent: -2 could be a fall of 2 t
    const t =
      "NdFeB magnets shipped from China, by market (tonnes)\n\nMarket | Sep 2025 | Oct 2025 | Change\nJapan | 228 | 226 | -5";
    expect((await cell(t, "-5", "2025-11-25"))[3]).toBe("unverifiable");
  });

  it("leaves open a row of a table whose lines do not all have as many cells", async () => {
    const t =
      "NdFeB magnets shipped from China, by market (tonnes)\n\nMarket    Sep 2025    Oct 2025\nGermany    1,288    1,181\nIndia    416";
    expect((await cell(t, "1,181", "2025-11-25"))[3]).toBe("unverifiable");
  });

  it("reads a customs release's table of products by month and year to date, with the units line above it", async () => {
    const t = [
      "Main export goods, November 2025",
      "Quantity in tonnes; change: % on the same period of the previous year",
      "",
      "Code        Goods                     November   change   January-November   change",
      "2805/2846   Rare earths                5,493.9     ..         58,193.1         11.7",
      "85051110    Rare-earth magnets         6,150.0     ..         54,140.0         ..",
    ].join("\n");
    const r = await verifyClaims(store, t, { published: "2025-12-20" });
    expect(r.claims.map((c) => [c.text, c.kind, c.series, c.partner, c.period, c.verdict])).toEqual([
      ["5,493.9", "level", "rare-earths", "WLD", "2025-11", "supported"],
      ["58,193.1", "ytd", "rare-earths", "WLD", "2025-01..2025-11", "supported"],
      ["11.7", "change", "rare-earths", "WLD", "2025-01..2025-11", "supported"],
      ["6,150.0", "level", "rare-earth-magnets", "WLD", "2025-11", "supported"],
      // the year to date was 51,440 t: two digits swapped (51,404 would be too near to call wrong)
      ["54,140.0", "ytd", "rare-earth-magnets", "WLD", "2025-01..2025-11", "contradicted"],
    ]);
  });
});
