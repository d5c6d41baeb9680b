// Table shapes pasted as reporters and analysts paste them: rows of "Mon value" cells set apart by
// bars under a label with its unit, lists of "Place figure (figure)" under a caption that says what
// the bracketed figures are, figures that ran together when a column's padding was lost, footnote
// marks glued to figures, thousands grouped by a no-break or thin space, a "World" column, and a
// translation that keeps its source's thousands dot. Each figure is read and checked on its own.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { cellAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const cell = (text: string, quote: string, published: string) => cellAt(store, text, quote, published);

const NBSP = "\u00a0";
const THIN = "\u2009";

describe("rows of 'Mon value' cells set apart by bars, led by a label with its unit", () => {
  const text =
    "The December figures in brief:\n\nMagnets (t): Dec 5,952 | Nov 6,510 | Oct 5,473\nDysprosium (kg): Dec 4,120 | Nov 995\n\nGermany (t): Jul 1,116 | Aug 1,346\nUnited States (t): Jul 619 | Aug 590 | Sep 402";
  it.each([
    ["5,952", ["level", "rare-earth-magnets", "WLD", "2025-12", 5952, "supported"]],
    ["6,510", ["level", "rare-earth-magnets", "WLD", "2025-11", 6510, "contradicted"]],
    ["4,120", ["level", "dysprosium", "WLD", "2025-12", 4.12, "supported"]],
    ["995", ["level", "dysprosium", "WLD", "2025-11", 0.995, "supported"]],
    ["1,346", ["level", "rare-earth-magnets", "DEU", "2025-08", 1346, "supported"]],
    ["402", ["level", "rare-earth-magnets", "USA", "2025-09", 402, "contradicted"]],
  ])("reads %s under its own month and the row's label", async (quote, expected) => {
    expect(await cell(text, quote, "2026-01-22")).toEqual(expected);
  });
});

describe("a list of 'Place figure (figure)' lines under a caption naming month, unit and the bracket", () => {
  const changes =
    "Magnet shipments recovered in August.\n\nTop destinations for Chinese rare-earth magnets, August 2025, tonnes (change on July)\nGermany 1,346 (+20.6%)\nUnited States 590 (+4.7%)\nAll destinations 6,146 (+10.2%)";
  const shares =
    "FACTBOX-Main buyers of China's rare-earth magnets, December 2025, tonnes (share of total)\n\nGermany 1,106 (18.6%)\nSouth Korea 815 (13.7%)\nVietnam 509 (6.8%)";
  it.each([
    ["1,346", changes, ["level", "rare-earth-magnets", "DEU", "2025-08", 1346, "supported"]],
    ["+20.6%", changes, ["change", "rare-earth-magnets", "DEU", "2025-08", 20.6, "supported"]],
    ["+4.7%", changes, ["change", "rare-earth-magnets", "USA", "2025-08", 4.7, "contradicted"]],
    ["6,146", changes, ["level", "rare-earth-magnets", "WLD", "2025-08", 6146, "supported"]],
    ["18.6%", shares, ["share", "rare-earth-magnets", "DEU", "2025-12", 18.6, "supported"]],
    ["6.8%", shares, ["share", "rare-earth-magnets", "VNM", "2025-12", 6.8, "contradicted"]],
    ["815", shares, ["level", "rare-earth-magnets", "KOR", "2025-12", 815, "supported"]],
  ])("reads %s as its row's and the caption's", async (quote, text, expected) => {
    expect(await cell(text, quote, text === changes ? "2025-09-21" : "2026-01-23")).toEqual(expected);
  });

  it("takes no sentence that ends in figures for a list line", async () => {
    const text = "Exports rose to 1,346 (+20.6%)\nShipments fell to 590 (-4.7%)";
    expect(await cell(text, "1,346", "2025-09-21")).toBeNull();
  });
});

describe("figures run together when a space-aligned row lost its padding", () => {
  const table = (row: string) =>
    `China rare-earth magnet exports by destination (tonnes)\n\nMonth     World    Germany   US\nOct-25    5,743    1,118     656\n${row}`;
  it.each([
    ["5952", ["level", "rare-earth-magnets", "WLD", "2025-12", 5952, "supported"]],
    ["1106", ["level", "rare-earth-magnets", "DEU", "2025-12", 1106, "supported"]],
    ["564", ["level", "rare-earth-magnets", "USA", "2025-12", 564, "supported"]],
  ])("splits '5952 1106' when the header's columns then fit: %s", async (quote, expected) => {
    expect(await cell(table("Dec-25    5952 1106          564"), quote, "2026-01-21")).toEqual(expected);
  });

  it("reads a 'World' column as the total, named by its header", async () => {
    expect(await cell(table("Dec-25    5952 1106          564"), "5,743", "2026-01-21")).toEqual([
      "level",
      "rare-earth-magnets",
      "WLD",
      "2025-10",
      5743,
      "contradicted",
    ]);
  });

  it("leaves a run that may be one figure grouped by a space ('815 509') unread, and the cells after it", async () => {
    const text = table("Dec-25    5,952    815 509");
    expect(await cell(text, "815", "2026-01-21")).toBeNull();
    expect(await cell(text, "5,952", "2026-01-21")).toEqual([
      "level",
      "rare-earth-magnets",
      "WLD",
      "2025-12",
      5952,
      "supported",
    ]);
  });
});

describe("cells as spreadsheets and markdown write them", () => {
  it("reads thousands grouped by a no-break or thin space under a caption that ends in a colon", async () => {
    const text = `Magnet exports from China, monthly, with the change on the same month a year earlier:\n\nMonth\tExports (t)\tYoY %\nSep-25\t5${THIN}774\t+17.5\nOct-25\t5${NBSP}473\t+18.5\n`;
    expect(await cell(text, `5${THIN}774`, "2025-11-22")).toEqual([
      "level",
      "rare-earth-magnets",
      "WLD",
      "2025-09",
      5774,
      "supported",
    ]);
    expect(await cell(text, "+18.5", "2025-11-22")).toEqual([
      "change",
      "rare-earth-magnets",
      "WLD",
      "2025-10",
      18.5,
      "contradicted",
    ]);
  });

  it("reads a figure with a footnote mark glued to it ('1,288¹', '420*')", async () => {
    const text =
      "China's rare-earth magnet exports by destination\n\n| Destination | Aug 2025 | Sep 2025 |\n|:--|--:|--:|\n| | t | t |\n| Germany | 1,346 | 1,288¹ |\n| United States | 590 | 420* |\n\n¹ Revised. * Preliminary.";
    // the mark is read as nothing, so the claim quotes the figure alone
    expect(await cell(text, "1,288", "2025-10-25")).toEqual([
      "level",
      "rare-earth-magnets",
      "DEU",
      "2025-09",
      1288,
      "supported",
    ]);
  });
});

describe("a spreadsheet copied with its top-left cell blank", () => {
  it("reads a header of months with their years as the columns' months, not as figures", async () => {
    const text =
      "Magnet shipments by market (tonnes)\n\n\tOct 2025\tNov 2025\nJapan\t226\t350\nIndia\t416\t390\n";
    expect(await cell(text, "350", "2025-12-30")).toEqual([
      "level",
      "rare-earth-magnets",
      "JPN",
      "2025-11",
      350,
      "contradicted",
    ]);
  });
});

describe("markdown cells in bold and comma-separated rows", () => {
  it("reads a bold cell's figure and a bold totals row ('**6,146**', '**Total**')", async () => {
    const text =
      "China's rare-earth magnet exports by destination (tonnes)\n\n| Destination | Aug 2025 | Sep 2025 | % chg |\n|---|---|---|---|\n| **Germany** | 1,346 | **1,288** | -4.3 |\n| **Total** | **6,146** | **5,774** | **-5.1** |";
    expect(await cell(text, "1,288", "2025-10-26")).toEqual([
      "level",
      "rare-earth-magnets",
      "DEU",
      "2025-09",
      1288,
      "supported",
    ]);
    expect(await cell(text, "-5.1", "2025-10-26")).toEqual([
      "change",
      "rare-earth-magnets",
      "WLD",
      "2025-09",
      -5.1,
      "contradicted",
    ]);
  });

  it.each([
    ["1,106", ["level", "rare-earth-magnets", "DEU", "2025-12", 1106, "supported"]],
    ["815", ["level", "rare-earth-magnets", "KOR", "2025-12", 815, "supported"]],
    ["590", ["level", "rare-earth-magnets", "VNM", "2025-12", 590, "contradicted"]],
    ["5,952", ["level", "rare-earth-magnets", "WLD", "2025-12", 5952, "supported"]],
  ])(
    "reads CSV fields in quotes, and commas that could group thousands as fields when the header is as wide: %s",
    async (quote, expected) => {
      const text =
        'Export data (tonnes), rare-earth permanent magnets:\n\ndestination,2025-10,2025-12\nGermany,"1,118","1,106"\nSouth Korea,569,815\nVietnam,444,590\nWorld,"5,473","5,952"\n';
      expect(await cell(text, quote, "2026-01-21")).toEqual(expected);
    },
  );
});

describe("a translation that keeps its source's thousands dot", () => {
  it("reads '5.774 tonnes' as 5,774 in a text marked as translated from German", async () => {
    const text =
      "[Translated from the German]\n\nChina's exports of rare-earth magnets fell to 5.774 tonnes in September, about 6 percent less than in August.";
    expect(await cell(text, "5.774 tonnes", "2025-10-24")).toEqual([
      "level",
      "rare-earth-magnets",
      "WLD",
      "2025-09",
      5774,
      "supported",
    ]);
  });

  it("keeps a plain '5.774' in an English text as written, never contradicted", async () => {
    const text = "China's exports of rare-earth magnets were 5.774 tonnes in September.";
    const c = await cell(text, "5.774 tonnes", "2025-10-24");
    expect(c?.[4]).toBe(5.774);
    expect(c?.[5]).toBe("unverifiable");
  });
});
