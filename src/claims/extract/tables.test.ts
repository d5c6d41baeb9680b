// Tables through the reader: units and periods from the header, the destination from the first
// column, the product from the caption; one claim per cell with a number.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const PUB = { published: "2025-12-20" };
const cells = (t: string) =>
  extractClaims(t, PUB).map((c) => [
    c.text,
    c.kind,
    c.series,
    c.partner,
    c.period,
    c.stated.type === "level"
      ? c.stated.value
      : c.stated.type === "change"
        ? `${c.stated.pct}% ${c.stated.basis}`
        : c.stated.type === "share"
          ? `${c.stated.pct}% share`
          : null,
  ]);

describe("tables", () => {
  it("reads the unit from the last sentence of a paragraph a blank line above that introduces the table", () => {
    const t =
      "Shipments of magnets to Asia held steady. The figures below are in tonnes (t).\n\nMonth | Japan | South Korea\nAug-25 | 240 | 610\nSep-25 | 228 | 854";
    expect(cells(t).map((c) => c.slice(2, 6))).toEqual([
      ["rare-earth-magnets", "JPN", "2025-08", 240],
      ["rare-earth-magnets", "KOR", "2025-08", 610],
      ["rare-earth-magnets", "JPN", "2025-09", 228],
      ["rare-earth-magnets", "KOR", "2025-09", 854],
    ]);
  });

  it.each(["(tonnes; share in %)", "(t, %)", "(% and tonnes)"])(
    "reads levels in tonnes and a share column in percent under a caption listing both units: %s",
    (units) => {
      const t = `Table 2: magnet exports to Korea, August-September 2025 ${units}\nMonth | Korea | Korea's share\nAug-25 | 610 | 9.9\nSep-25 | 854 | 14.8`;
      expect(cells(t).map((c) => [c[1], c[3], c[4], c[5]])).toEqual([
        ["level", "KOR", "2025-08", 610],
        ["share", "KOR", "2025-08", "9.9% share"],
        ["level", "KOR", "2025-09", 854],
        ["share", "KOR", "2025-09", "14.8% share"],
      ]);
    },
  );

  it("takes no unit from a paragraph above that does not introduce the table", () => {
    const t = "Shipments of magnets to Asia held steady.\n\nMonth | Japan | South Korea\nAug-25 | 240 | 610";
    expect(cells(t)).toEqual([]);
  });

  it("reads a pipe table with units in the header and partners in the first column", () => {
    const t =
      "China's rare-earth magnet exports by destination\n| Destination | Nov 2025 (t) | Oct 2025 (t) | m/m |\n|---|---|---|---|\n| United States | 582 | 656 | -11.3% |\n| JPN | 305 | 226 | +35% |\n| Total | 6,150 | 5,473 | +12.4% |";
    expect(cells(t)).toEqual([
      ["582", "level", "rare-earth-magnets", "USA", "2025-11", 582],
      ["656", "level", "rare-earth-magnets", "USA", "2025-10", 656],
      ["-11.3%", "change", "rare-earth-magnets", "USA", "2025-11", "-11.3% mom"],
      ["305", "level", "rare-earth-magnets", "JPN", "2025-11", 305],
      ["226", "level", "rare-earth-magnets", "JPN", "2025-10", 226],
      ["+35%", "change", "rare-earth-magnets", "JPN", "2025-11", "35% mom"],
      ["6,150", "level", "rare-earth-magnets", "WLD", "2025-11", 6150],
      ["5,473", "level", "rare-earth-magnets", "WLD", "2025-10", 5473],
      ["+12.4%", "change", "rare-earth-magnets", "WLD", "2025-11", "12.4% mom"],
    ]);
  });

  it("reads an aligned text table turned the other way, with the unit in the caption", () => {
    const t =
      "Magnet exports to Japan, tonnes\nMonth        Japan    Share\nOctober      226      4.1%\nNovember     305      5.0%";
    expect(cells(t)).toEqual([
      ["226", "level", "rare-earth-magnets", "JPN", "2025-10", 226],
      ["4.1%", "share", "rare-earth-magnets", "JPN", "2025-10", "4.1% share"],
      ["305", "level", "rare-earth-magnets", "JPN", "2025-11", 305],
      ["5.0%", "share", "rare-earth-magnets", "JPN", "2025-11", "5% share"],
    ]);
  });

  it("reads nothing from a table whose unit it cannot tell", () => {
    expect(cells("Destination   Nov\nJapan   305\nIndia   416")).toEqual([]);
  });

  it("reads a CSV export, each row's words naming its product, destination and month", () => {
    const t = "series,partner,period,tonnes\nmagnets,KOR,2025-09,854\nrare earths,WLD,2025-09,5000";
    expect(cells(t)).toEqual([
      ["854", "level", "rare-earth-magnets", "KOR", "2025-09", 854],
      ["5000", "level", "rare-earths", "WLD", "2025-09", 5000],
    ]);
  });

  it("takes a heading a blank line above as the caption, and 'Nov-25' as a month", () => {
    const t = "Magnet exports, tonnes\n\nPartner | Nov-25\nDEU | 1,227\nIND | 416";
    expect(cells(t).map((c) => [c[3], c[4], c[5]])).toEqual([
      ["DEU", "2025-11", 1227],
      ["IND", "2025-11", 416],
    ]);
  });

  it("never reads a year column as a tonnage", () => {
    expect(
      cells("Magnet exports (t)\nyear  partner  volume\n2024  USA  7,600\n2025  USA  5,933").map((c) => c[0]),
    ).toEqual(["7,600", "5,933"]);
  });

  it("reads a header in thousands of tonnes", () => {
    expect(cells("Magnet exports\nPartner | Nov 2025 (kt)\nWorld | 6.15").map((c) => c[5])).toEqual([6150]);
  });

  it("reads a change column in tonnes as a difference and a share column without '%' as a share", () => {
    const t = "Magnet exports, tonnes\nPartner | Nov 2025 | Change (t) | Share\nJPN | 305 | +79 | 5.0";
    expect(cells(t)).toEqual([
      ["305", "level", "rare-earth-magnets", "JPN", "2025-11", 305],
      ["+79", "change", "rare-earth-magnets", "JPN", "2025-11", "79% mom"],
      ["5.0", "share", "rare-earth-magnets", "JPN", "2025-11", "5% share"],
    ]);
    expect(extractClaims(t, PUB)[1]?.stated).toMatchObject({ type: "change", pct: 79, unit: "t" });
  });

  it("never reads a column of money as tonnes", () => {
    const t = "Magnet exports, tonnes\nPartner | Nov 2025 | Value (US$m)\nJPN | 305 | 21.4";
    expect(cells(t).map((c) => c[0])).toEqual(["305"]);
  });

  it("says whether a unit was written by the cell, its header or caption, or only guessed for the column", () => {
    const t =
      "Magnet exports (t)\nPartner | Nov 2025 (t) | Oct 2025 | Change\nJPN | 305 | 226 | +35\nUSA | 582 t | 656 | -11.3";
    expect(extractClaims(t, PUB).map((c) => [c.text, c.grounds.unit])).toEqual([
      ["305", "clause"],
      ["226", "clause"],
      ["+35", "carried"],
      ["582 t", "clause"],
      ["656", "clause"],
      ["-11.3", "carried"],
    ]);
  });

  it("reads an aligned table whose commas group thousands, and a change column as the latest month's", () => {
    const t =
      "Magnet exports, tonnes\n\nDestination      Sep 2025   Oct 2025   Change (%)\nGermany             1,288      1,118        -13.2";
    expect(cells(t)).toEqual([
      ["1,288", "level", "rare-earth-magnets", "DEU", "2025-09", 1288],
      ["1,118", "level", "rare-earth-magnets", "DEU", "2025-10", 1118],
      ["-13.2", "change", "rare-earth-magnets", "DEU", "2025-10", "-13.2% mom"],
    ]);
  });
});

describe("lines under a heading that names the unit", () => {
  it("reads 'March: 5,238' as tonnes whose unit the heading gave", () => {
    const r = extractClaims(
      "China magnet exports, first quarter 2026 (t)\nJanuary-February combined: 10,763\nMarch: 5,238",
      { published: "2026-04-21" },
    );
    expect(r.map((c) => [c.text, c.kind, c.period, c.grounds.unit])).toEqual([
      ["10,763", "ytd", "2026-01..2026-02", "carried"],
      ["5,238", "level", "2026-03", "carried"],
    ]);
  });

  it("reads nothing when no heading names a unit", () => {
    expect(extractClaims("China magnet exports, first quarter 2026\nMarch: 5,238", PUB)).toEqual([]);
  });
});

describe("tables whose columns are years", () => {
  it("dates a row's month by its column's year, and a 'Year' row as that whole year", () => {
    const t =
      "China's magnet exports, tonnes\n\nMonth | 2024 | 2025 | change\nJul | 5,278 | 5,577 | +5.7%\nYear | 58,152 | 57,392 | -1.8%";
    expect(cells(t)).toEqual([
      ["5,278", "level", "rare-earth-magnets", "WLD", "2024-07", 5278],
      ["5,577", "level", "rare-earth-magnets", "WLD", "2025-07", 5577],
      ["+5.7%", "change", "rare-earth-magnets", "WLD", "2025-07", "5.7% yoy"],
      ["58,152", "level", "rare-earth-magnets", "WLD", "2024-01..2024-12", 58152],
      ["57,392", "level", "rare-earth-magnets", "WLD", "2025-01..2025-12", 57392],
      ["-1.8%", "change", "rare-earth-magnets", "WLD", "2025-01..2025-12", "-1.8% yoy"],
    ]);
  });

  it("dates a row's span by its column's year", () => {
    const t =
      "Rare earths, cumulative exports\n\nPeriod     2025 (t)    2024 (t)    y/y (%)\nJan-Oct    52,699.2      47,689      +12.5";
    expect(cells(t).map((c) => [c[0], c[4]])).toEqual([
      ["52,699.2", "2025-01..2025-10"],
      ["47,689", "2024-01..2024-10"],
      ["+12.5", "2025-01..2025-10"],
    ]);
  });
});

describe("a row of labelled figures on one line", () => {
  it("reads 'Jul 6.0 | Aug 5.8' under a heading that names the unit, each figure its label's month", () => {
    const r = extractClaims(
      "Rare earths: monthly exports, H2 2025 (kt)\nJul 6.0 | Aug 5.8 | Sep 4.0\n\nMore text.",
      {
        published: "2026-01-20",
      },
    );
    expect(
      r.map((c) => [c.text, c.series, c.period, c.stated.type === "level" ? c.stated.value : null]),
    ).toEqual([
      ["6.0", "rare-earths", "2025-07", 6000],
      ["5.8", "rare-earths", "2025-08", 5800],
      ["4.0", "rare-earths", "2025-09", 4000],
    ]);
  });

  it("reads nothing from such a row when no heading names a unit", () => {
    expect(extractClaims("Rare earths, H2 2025\nJul 6.0 | Aug 5.8 | Sep 4.0", PUB)).toEqual([]);
  });
});

describe("a column of changes against a named month", () => {
  it("reads 'vs Oct (t)' as differences from October, of the latest month's column", () => {
    const t =
      "Where the magnets went\n\nMarket | Dec 2025 (t) | vs Oct (t)\nGermany | 1,106 | -12\nSouth Korea | 815 | +246";
    expect(
      extractClaims(t, { published: "2026-01-22" }).map((c) => [
        c.text,
        c.kind,
        c.partner,
        c.period,
        c.stated.type === "change" ? `${c.stated.pct} ${c.stated.unit} ${c.stated.basis}` : null,
      ]),
    ).toEqual([
      ["1,106", "level", "DEU", "2025-12", null],
      ["-12", "change", "DEU", "2025-12", "-12 t 2025-10"],
      ["815", "level", "KOR", "2025-12", null],
      ["+246", "change", "KOR", "2025-12", "246 t 2025-10"],
    ]);
  });
});

describe("what a table leaves to the text after it", () => {
  it("is the latest month of its columns", () => {
    const t =
      "Figures for November were not published for most markets.\n\nMarket | Dec 2025 (t) | Oct 2025 (t)\nGermany | 1,106 | 1,118\nJapan | 280 | 226\n\nJapan's share jumped to 4.7%.";
    const share = extractClaims(t, { published: "2026-01-22" }).find((c) => c.kind === "share");
    expect(share?.period).toBe("2025-12");
  });
});

describe("a table's caption that names a year", () => {
  it("dates the months its rows name", () => {
    const t =
      "US share of China's magnet exports, 2025\nMonth   To US (t)   Share\nJan     877         13.8%\nJun     353         11.1%";
    expect(extractClaims(t, { published: "2026-02-02" }).map((c) => c.period)).toEqual([
      "2025-01",
      "2025-01",
      "2025-06",
      "2025-06",
    ]);
  });
});

describe("a row of units under a markdown table's header", () => {
  it("joins the labels above it, so each column keeps its month", () => {
    const t =
      "China rare-earth magnet exports\n\n| Destination | Oct | Nov |\n|---|---|---|\n| | t | t |\n| United States | 656 | 582 |\n| Japan | 226 | 305 |";
    expect(cells(t).map((c) => c.slice(3, 6))).toEqual([
      ["USA", "2025-10", 656],
      ["USA", "2025-11", 582],
      ["JPN", "2025-10", 226],
      ["JPN", "2025-11", 305],
    ]);
  });

  it("gives a share column its percent ('| | t | % |')", () => {
    const t =
      "China rare-earth magnet exports, November 2025\n\n| Destination | Volume | Share |\n|---|---|---|\n| | t | % |\n| Japan | 305 | 5.0 |";
    expect(cells(t).map((c) => [c[1], c[5]])).toEqual([
      ["level", 305],
      ["share", "5% share"],
    ]);
  });
});

describe("a tracker's rows pasted with tabs and runs of spaces alike", () => {
  const t =
    "Magnet exports by destination (t)\nMonth\t World    DEU\tUSA    JPN\nOct-25   5473\t1118   656\t226\nNov-25\t 6150    n/a   582    305\nDec-25   5952 1106  564\t280\nchg Dec/Nov %  -3.2   n/a   -3.1  -8.2";

  it("divides the cells at either, so each figure stays under its own column", () => {
    expect(
      cells(t)
        .filter((c) => c[1] === "level")
        .map((c) => c.slice(3, 6)),
    ).toContainEqual(["USA", "2025-10", 656]);
    expect(
      cells(t)
        .filter((c) => c[1] === "level")
        .map((c) => c.slice(3, 6)),
    ).toContainEqual(["JPN", "2025-11", 305]);
  });

  it("splits two figures run together in one ('5952 1106') when the row then fills the header's columns", () => {
    expect(
      cells(t)
        .filter((c) => c[4] === "2025-12" && c[1] === "level")
        .map((c) => c.slice(3, 6)),
    ).toEqual([
      ["WLD", "2025-12", 5952],
      ["DEU", "2025-12", 1106],
      ["USA", "2025-12", 564],
      ["JPN", "2025-12", 280],
    ]);
  });

  it("reads no cell after a run that may be one figure grouped by a space ('564 280')", () => {
    const short = t.replace("Dec-25   5952 1106  564\t280", "Dec-25   5952\t1106  564 280");
    expect(
      cells(short)
        .filter((c) => c[4] === "2025-12" && c[1] === "level")
        .map((c) => c.slice(3, 6)),
    ).toEqual([
      ["WLD", "2025-12", 5952],
      ["DEU", "2025-12", 1106],
    ]);
  });

  it("reads a row labelled 'chg Dec/Nov %' as December's changes on November", () => {
    const changes = extractClaims(t, { published: "2026-01-20" }).filter((c) => c.kind === "change");
    expect(
      changes.map((c) => [
        c.partner,
        c.period,
        c.stated.type === "change" ? `${c.stated.pct}% ${c.stated.basis}` : null,
      ]),
    ).toEqual([
      ["WLD", "2025-12", "-3.2% mom"],
      ["USA", "2025-12", "-3.1% mom"],
      ["JPN", "2025-12", "-8.2% mom"],
    ]);
  });
});
