// A chart as text gives it: the caption ("Fig. 3: Magnet exports to Japan, t"), then its data labels
// on one line, each naming its month before its figure. The caption names every label's product,
// destination and unit; each label names its own month.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { cellAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const cell = (text: string, quote: string, published: string) => cellAt(store, text, quote, published);

// magnets: Japan 228 t in September 2025, 226 t in October, 305 t in November
describe("a chart's caption over its data labels", () => {
  const text =
    "Exhibit 6: Rare-earth magnet exports to Japan, tonnes\nSep 2025: 228   Oct 2025: 262   Nov 2025: 305\n";

  it("reads each label with the caption's product and destination and its own month", async () => {
    expect(await cell(text, "305", "2025-12-30")).toEqual([
      "level",
      "rare-earth-magnets",
      "JPN",
      "2025-11",
      305,
      "supported",
    ]);
  });

  it("so a wrong label is checked against its own month", async () => {
    expect(await cell(text, "262", "2025-12-30")).toEqual([
      "level",
      "rare-earth-magnets",
      "JPN",
      "2025-10",
      262,
      "contradicted",
    ]);
  });
});

describe("a caption that names two destinations or two products", () => {
  it("never contradicts a figure on the one it read first", async () => {
    for (const caption of [
      "Exhibit 6: Magnet exports to Japan and India, tonnes",
      "Exhibit 6: Magnet and rare-earth exports to Japan, tonnes",
    ]) {
      const labels = `${caption}\nSep 2025: 228   Oct 2025: 262\n`;
      expect((await cell(labels, "262", "2025-12-30"))?.[5]).toBe("unverifiable");
      const table = `${caption}\n\nMonth\tTonnes\nSep 2025\t228\nOct 2025\t262\n`;
      expect((await cell(table, "262", "2025-12-30"))?.[5]).toBe("unverifiable");
    }
  });
});
