// A table's header broken by a line of its own, as PDFs and pasted pages set one: a unit under the
// header, or the header's cells wrapped onto a second line. The header still heads the rows below:
// each figure takes its own column's month, not the first month of a header read as the caption.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { cellAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const cell = (text: string, quote: string, published: string) => cellAt(store, text, quote, published);

// magnets: Japan 226 t in October 2025 and 305 t in November; US 656 t and 582 t; Germany 1,118 t in
// October 2025; total 5,473 t in October 2025
describe("a unit on a line of its own under the header", () => {
  const text =
    "Where China's magnets went\n\nMarket\tOct 2025\tNov 2025\n(tonnes)\nJapan\t226\t305\nUnited States\t656\t528\n";

  it("leaves each figure its own column's month", async () => {
    expect(await cell(text, "305", "2025-12-28")).toEqual([
      "level",
      "rare-earth-magnets",
      "JPN",
      "2025-11",
      305,
      "supported",
    ]);
  });

  it("so a wrong figure in the second column is checked against that column's month", async () => {
    expect(await cell(text, "528", "2025-12-28")).toEqual([
      "level",
      "rare-earth-magnets",
      "USA",
      "2025-11",
      528,
      "contradicted",
    ]);
  });

  it("set with spaces, as pdftotext lays out a page", async () => {
    const spaced =
      "Where China's magnets went\n\nMarket          Oct 2025     Nov 2025\ntonnes\nJapan           226          305\nUnited States   656          582\n";
    expect(await cell(spaced, "582", "2025-12-28")).toEqual([
      "level",
      "rare-earth-magnets",
      "USA",
      "2025-11",
      582,
      "supported",
    ]);
  });
});

describe("a header whose cells wrap onto a second line", () => {
  it("joins a year set under each month to that month", async () => {
    const text =
      "Magnet shipments, t\n\nMarket          October      November\n                2025         2025\nJapan           226          305\nUnited States   656          582\n";
    expect(await cell(text, "226", "2025-12-28")).toEqual([
      "level",
      "rare-earth-magnets",
      "JPN",
      "2025-10",
      226,
      "supported",
    ]);
  });

  it("joins words set with tabs to their own column's head", async () => {
    const text =
      "Magnet shipments in October 2025\nMarket\tQuantity\tShare of\n\t(t)\tthe total (%)\nGermany\t1,118\t20.4\nUnited States\t656\t12\n";
    expect(await cell(text, "1,118", "2025-11-28")).toEqual([
      "level",
      "rare-earth-magnets",
      "DEU",
      "2025-10",
      1118,
      "supported",
    ]);
    expect(await cell(text, "20.4", "2025-11-28")).toEqual([
      "share",
      "rare-earth-magnets",
      "DEU",
      "2025-10",
      20.4,
      "supported",
    ]);
  });

  it("leaves out words whose column cannot be told, and never contradicts on a unit it guessed", async () => {
    const text =
      "Magnet shipments in October 2025\nMarket\tQuantity\tShare of\nthe total (%)\nGermany\t1,118\t20.4\nUnited States\t656\t15\n";
    expect(await cell(text, "20.4", "2025-11-28")).toEqual([
      "share",
      "rare-earth-magnets",
      "DEU",
      "2025-10",
      20.4,
      "supported",
    ]);
    expect(await cell(text, "15", "2025-11-28")).toEqual([
      "share",
      "rare-earth-magnets",
      "USA",
      "2025-10",
      15,
      "unverifiable",
    ]);
  });
});
