// Tables pasted into text: a web page's table copied from a browser (cells set apart by tabs, an
// empty line after each row) and comma-separated values whose figures are not quoted ("Japan,226,350").
// Each figure takes its own row's destination and its own column's month.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { cellAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const cell = (text: string, quote: string, published: string) => cellAt(store, text, quote, published);

// magnets: Japan 226 t in October 2025 and 305 t in November; US 656 t and 582 t
describe("a web page's table copied from a browser", () => {
  it("reads the rows an empty line apart under the header", async () => {
    const text =
      "Shipments of Chinese magnets (tonnes)\n\nMarket\tOct 2025\tNov 2025\n\nJapan\t226\t350\n\nUnited States\t656\t582\n";
    expect(await cell(text, "350", "2025-12-30")).toEqual([
      "level",
      "rare-earth-magnets",
      "JPN",
      "2025-11",
      350,
      "contradicted",
    ]);
    expect(await cell(text, "656", "2025-12-30")).toEqual([
      "level",
      "rare-earth-magnets",
      "USA",
      "2025-10",
      656,
      "supported",
    ]);
  });
});

describe("comma-separated values pasted into text", () => {
  it("reads rows of bare figures at the commas of the header above them", async () => {
    const text =
      "Shipments of Chinese magnets, tonnes\n\nmarket,2025-10,2025-11\nJapan,226,350\nUnited States,656,582\n";
    expect(await cell(text, "582", "2025-12-30")).toEqual([
      "level",
      "rare-earth-magnets",
      "USA",
      "2025-11",
      582,
      "supported",
    ]);
  });
});
