// A table pdftotext gives column by column: every row's label, then each column's figures, each
// column's head above its own. Each figure is read with the label at its own place in the list and
// its own column's head; a column with a figure more or fewer than the labels is left unread.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { cellAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const cell = (text: string, quote: string, published: string) => cellAt(store, text, quote, published);

// magnets: Japan 226 t in October 2025 and 305 t in November; India 416 t in October 2025; Vietnam
// 444 t in October 2025
describe("a table's labels, then its figures", () => {
  const text =
    "Table 4. Magnet exports from China, October 2025 (tonnes)\n\nJapan\nIndia\nVietnam\n\n226\n461\n444\n\nSource: customs.";

  it("gives each figure the label at its own place", async () => {
    expect(await cell(text, "444", "2025-11-30")).toEqual([
      "level",
      "rare-earth-magnets",
      "VNM",
      "2025-10",
      444,
      "supported",
    ]);
  });

  it("so a wrong figure is checked against its own row", async () => {
    expect(await cell(text, "461", "2025-11-30")).toEqual([
      "level",
      "rare-earth-magnets",
      "IND",
      "2025-10",
      461,
      "contradicted",
    ]);
  });

  it("reads each column under its own head", async () => {
    const heads =
      "Magnet exports from China (tonnes)\n\nJapan\nIndia\nOct 2025\n226\n416\n\nNov 2025\n305\n390\n";
    expect(await cell(heads, "305", "2025-12-30")).toEqual([
      "level",
      "rare-earth-magnets",
      "JPN",
      "2025-11",
      305,
      "supported",
    ]);
  });

  it("leaves figures unread when a column holds fewer than the labels", async () => {
    const short =
      "Table 4. Magnet exports from China, October 2025 (tonnes)\n\nJapan\nIndia\nVietnam\n\n416\n444\n\nSource: customs.";
    expect(await verdictsOf(store, short, "2025-11-30")).toEqual([]);
  });
});
