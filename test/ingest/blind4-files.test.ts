// The fourth round of official files written before the readers were read (fixtures in
// test/fixtures/official/blind4, the figures each should yield in expectations.json), and what the
// third round left open: an empty answer, another country's report, a quarter, a UTF-8 mark before
// GB18030 text, a download without its date of data.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getSeries } from "../../src/analytics/series.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { emptyStore } from "../helpers/stores.js";
import { blindFile, describeBlindFiles, storedRows } from "../helpers/blind-files.js";

const dir = mkdtempSync(join(tmpdir(), "lodestone-blind4-"));

let store: Store;
beforeEach(async () => (store = await emptyStore()));
afterEach(() => store.close());

const stored = async () =>
  (await storedRows(store))
    .map((o) => `${o.reporter ?? "CHN"} ${o.partner} ${o.period} ${o.measure} ${o.value}`)
    .sort();

describeBlindFiles("a fourth round of files nobody here shaped", "blind4", () => store);

/** A file of the given lines in the temporary folder. */
function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

const EN =
  "Date of data,Commodity code,Commodity,Trading partner code,Trading partner,First quantity,First unit of measurement,US dollar";

describe("a Comtrade answer with no records", () => {
  it("stores nothing and says so, naming the file", async () => {
    const path = blindFile("blind3", "15-comtrade-api-850511-202512-empty.json");
    const r = await ingestFiles(store, [path], { published: "2026-01-10" });
    expect(r).toMatchObject({ inserted: 0, rejected: [] });
    expect(r.notes).toEqual([
      `${path}: no records in it (the period asked for may not be reported yet): nothing stored from it`,
    ]);
  });

  it("says nothing of the kind for an answer that held records", async () => {
    const r = await ingestFiles(store, [blindFile("blind", "18-comtrade-api-850511-202510.json")], {
      published: "2025-12-20",
    });
    expect(r.inserted).toBeGreaterThan(0);
    expect(r.notes ?? []).toEqual([]);
  });
});

describe("another country's own report", () => {
  it("is kept under its reporter, said to be so, and never enters China's series", async () => {
    const r = await ingestFiles(
      store,
      [blindFile("blind3", "COMTRADE-FINAL-CM392202510H6[2025-12-20].gz")],
      {},
    );
    expect(r.inserted).toBe(6);
    expect(r.notes).toEqual([
      "figures reported by JPN, not China: each country's own statistics, stored under its reporter code, apart from China's",
    ]);
    // Japan's 262.3 t imported from China mirror China's exports to Japan, but are not China's figure
    const china = await getSeries(store, { series: "permanent-magnets-metal", partner: "JPN" });
    expect(china.points).toEqual([]);
    const japan = await getSeries(store, {
      series: "permanent-magnets-metal",
      reporter: "JPN",
      flow: "import",
      partner: "CHN",
    });
    expect(japan.points.map((p) => [p.period, p.value])).toEqual([["2025-10", 262.3]]);
  });
});

describe("a quarter as the date of data", () => {
  it("is the span of its three months, never one month", async () => {
    const path = file("quarter-export.csv", [
      EN,
      "2025Q3,85051110,Magnets,304,Germany,3745080,Kilogram,161920000",
      "Q3 2025,85051110,Magnets,502,United States,1629350,Kilogram,73540000",
      "2025年第一季度,85051110,Magnets,116,Japan,690400,Kilogram,31870000",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-10-20" });
    expect(r).toMatchObject({ inserted: 6, rejected: [] });
    expect(await stored()).toEqual([
      "CHN DEU 2025-07..2025-09 qty 3745.08",
      "CHN DEU 2025-07..2025-09 value 161920000",
      "CHN JPN 2025-01..2025-03 qty 690.4",
      "CHN JPN 2025-01..2025-03 value 31870000",
      "CHN USA 2025-07..2025-09 qty 1629.35",
      "CHN USA 2025-07..2025-09 value 73540000",
    ]);
  });

  it("is refused when it is no quarter, and a year and a stray digit is no quarter", async () => {
    const path = file("quarter-bad-export.csv", [
      EN,
      "2025Q5,85051110,Magnets,304,Germany,3745080,Kilogram,161920000",
      "20253,85051110,Magnets,502,United States,1629350,Kilogram,73540000",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-10-20" });
    expect(r.rejected.map((p) => [p.line, p.field, p.reason])).toEqual([
      [
        2,
        "Date of data",
        "invalid date of data: 2025Q5 (expected YYYYMM, a span such as 202501-202502, a quarter such as 2025Q3, or a month such as November 2025)",
      ],
      [
        3,
        "Date of data",
        "invalid date of data: 20253 (expected YYYYMM, a span such as 202501-202502, a quarter such as 2025Q3, or a month such as November 2025)",
      ],
    ]);
    expect(await stored()).toEqual([]);
  });
});

describe("a UTF-8 mark before GB18030 text", () => {
  const fixture = blindFile("blind3", "10-gacc-zh-magnets-export-202511-bom-gb18030.csv");

  it("is read as the GB18030 the bytes after it are, and said to be so", async () => {
    expect([...readFileSync(fixture).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const r = await ingestFiles(store, [fixture], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 6, rejected: [] });
    expect(r.files).toEqual([
      { file: fixture, format: "China customs query platform (Chinese, GB18030 after a UTF-8 mark)" },
    ]);
    expect(await stored()).toEqual([
      "CHN DEU 2025-11 qty 1207.43",
      "CHN DEU 2025-11 value 364380000",
      "CHN JPN 2025-11 qty 304",
      "CHN JPN 2025-11 value 100915000",
      "CHN USA 2025-11 qty 581.8",
      "CHN USA 2025-11 value 190054200",
    ]);
  });

  it("still refuses bytes after the mark that are not GB18030, naming their line", async () => {
    const bytes = readFileSync(fixture);
    const path = join(dir, "marked-bad-export.csv");
    writeFileSync(path, Buffer.concat([bytes, Buffer.from([0xff, 0x0a])]));
    const lines = bytes.toString("latin1").split("\n").length;
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toMatchObject([{ file: path, line: lines, field: "(encoding)" }]);
    expect(await stored()).toEqual([]);
  });
});

describe("a download without its date of data", () => {
  it("is refused asking for the column, whether or not the file's name holds a month", async () => {
    const path = file("稀土永磁体-出口.csv", [
      "商品编码,商品名称,贸易伙伴编码,贸易伙伴名称,第一数量,第一计量单位,美元",
      "85051110,稀土永磁体,502,美国,581800,千克,26740000",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 1,
        field: "(数据年月)",
        reason:
          "required column missing: the rows state no month; download the file again with the 数据年月 column",
      },
    ]);
    expect(await stored()).toEqual([]);
  });
});

describe("a title above the header saying the figures run from January", () => {
  const rows = [
    "202511,85051110,Magnets,000,World,51440210,Kilogram,2412630880",
    "202511,85051110,Magnets,502,United States,5379150,Kilogram,248615000",
  ];

  it("makes every figure the span from January to the date of data, never the month", async () => {
    const path = file("title-cumulative-export.csv", [
      "Cumulative January-November 2025,,,,,,,",
      EN,
      ...rows,
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 4, rejected: [] });
    expect(await stored()).toEqual([
      "CHN USA 2025-01..2025-11 qty 5379.15",
      "CHN USA 2025-01..2025-11 value 248615000",
      "CHN WLD 2025-01..2025-11 qty 51440.21",
      "CHN WLD 2025-01..2025-11 value 2412630880",
    ]);
  });

  it("reads a Chinese title's span (1-11月) the same way", async () => {
    const path = file("累计标题-出口.csv", [
      "2025年1-11月稀土永磁体出口",
      "数据年月,商品编码,商品名称,贸易伙伴编码,贸易伙伴名称,第一数量,第一计量单位,美元",
      "202511,85051110,稀土永磁体,502,美国,5379150,千克,248615000",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 2, rejected: [] });
    expect(await stored()).toEqual([
      "CHN USA 2025-01..2025-11 qty 5379.15",
      "CHN USA 2025-01..2025-11 value 248615000",
    ]);
  });

  it("refuses a span that ends in another month than the date of data", async () => {
    const path = file("title-other-month-export.csv", ["Jan.-Oct. 2025 (year to date),,,,,,,", EN, rows[1]!]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toMatchObject([
      {
        line: 3,
        field: "Date of data",
        reason: "the cumulative columns run to month 10, the date of data is 202511",
      },
    ]);
    expect(await stored()).toEqual([]);
  });

  it("leaves a title naming one month as it was: the month's figures", async () => {
    const path = file("title-month-export.csv", ["Exports of magnets, November 2025,,,,,,,", EN, rows[1]!]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 2, rejected: [] });
    expect(await stored()).toEqual(["CHN USA 2025-11 qty 5379.15", "CHN USA 2025-11 value 248615000"]);
  });
});

describe("a Comtrade record whose quantity, net weight and alternative quantity disagree", () => {
  /** An API answer of China's exports of 850511 in November 2025 to the given partners. */
  const answer = (name: string, records: Record<string, unknown>[]) => {
    const data = records.map((r) => ({
      freqCode: "M",
      period: "202511",
      reporterCode: 156,
      flowCode: "X",
      partner2Code: 0,
      cmdCode: "850511",
      customsCode: "C00",
      motCode: 0,
      primaryValue: 1000000,
      ...r,
    }));
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify({ elapsedTime: "0.1 secs", count: data.length, data, error: "" }));
    return path;
  };
  const tonnes = async () =>
    (await storedRows(store))
      .filter((o) => o.measure === "qty")
      .map((o) => `${o.partner} ${o.value}`)
      .sort();

  it("takes a reported weight before an estimated one, whichever field holds it", async () => {
    const path = answer("estimates.json", [
      // the quantity estimated, the net weight reported
      {
        partnerCode: 276,
        qtyUnitCode: 8,
        qty: 1250000,
        isQtyEstimated: true,
        netWgt: 1262500,
        isNetWgtEstimated: false,
      },
      // the quantity reported, the net weight estimated
      {
        partnerCode: 842,
        qtyUnitCode: 8,
        qty: 612400,
        isQtyEstimated: false,
        netWgt: 604000,
        isNetWgtEstimated: true,
      },
      // both estimated: the quantity, as before
      {
        partnerCode: 392,
        qtyUnitCode: 8,
        qty: 318900,
        isQtyEstimated: true,
        netWgt: 320000,
        isNetWgtEstimated: true,
      },
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-28" });
    expect(r).toMatchObject({ inserted: 6, rejected: [] });
    expect(await tonnes()).toEqual(["DEU 1262.5", "JPN 318.9", "USA 612.4"]);
    // the tonnage taken from estimates only says so
    const notes = await store.query<{ partner: string; note: string | null }>(
      "SELECT partner, note FROM observations WHERE measure = 'qty' ORDER BY partner",
    );
    expect(notes).toEqual([
      { partner: "DEU", note: null },
      { partner: "JPN", note: "estimated" },
      { partner: "USA", note: null },
    ]);
  });

  it("reads the alternative quantity in kg where the quantity counts items and no weight is reported", async () => {
    const path = answer("alt-qty.json", [
      { partnerCode: 410, qtyUnitCode: 5, qty: 9000000, altQtyUnitCode: 8, altQty: 702300, netWgt: 0 },
      // an alternative quantity in another unit is no weight: the value alone
      { partnerCode: 704, qtyUnitCode: 5, qty: 4000000, altQtyUnitCode: 5, altQty: 4000000, netWgt: 0 },
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-28" });
    expect(r).toMatchObject({ inserted: 3, rejected: [] });
    expect(await tonnes()).toEqual(["KOR 702.3"]);
  });

  it("refuses an alternative quantity that is not a number, naming it", async () => {
    const path = answer("alt-bad.json", [
      { partnerCode: 410, qtyUnitCode: 5, qty: 9000000, altQtyUnitCode: 8, altQty: "70O300", netWgt: 0 },
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-28" });
    expect(r.rejected).toMatchObject([
      { file: path, line: 1, field: "altQty", reason: "not a number: 70O300" },
    ]);
  });
});

describe("thousands grouped by spaces", () => {
  it("are read in a customs download, whatever the space", async () => {
    const path = file("spaces-export.csv", [
      EN.replaceAll(",", ";"),
      "202511;85051110;Magnets;502;United States;581\u00a0800;Kilogram;26\u202f740\u202f000",
      "202511;85051110;Magnets;304;Germany;1 207 430;Kilogram;51\u2009290\u2009775",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 4, rejected: [] });
    expect(await stored()).toEqual([
      "CHN DEU 2025-11 qty 1207.43",
      "CHN DEU 2025-11 value 51290775",
      "CHN USA 2025-11 qty 581.8",
      "CHN USA 2025-11 value 26740000",
    ]);
  });

  it("are refused where the groups are not of three digits", async () => {
    const path = file("spaces-bad-export.csv", [
      EN,
      "202511,85051110,Magnets,502,United States,58 1800,Kilogram,26740000",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toMatchObject([{ line: 2, field: "First quantity", reason: "not a number: 58 1800" }]);
  });

  it("are read in a Comtrade export saved by a spreadsheet", async () => {
    const path = blindFile("blind4", "15-TradeData-resaved-french-spaces.csv");
    const r = await ingestFiles(store, [path], { published: "2025-12-28" });
    expect(r).toMatchObject({ inserted: 6, rejected: [] });
    expect(await stored()).toContain("CHN WLD 2025-10 qty 6311.245");
  });
});

describe("a date of data written with an English month name", () => {
  it("is the month, for a four-digit year in either order", async () => {
    const path = file("named-month-export.csv", [
      EN,
      "November 2025,85051110,Magnets,502,United States,581800,Kilogram,26740000",
      "Sept. 2025,85051110,Magnets,304,Germany,1288000,Kilogram,54120000",
      "2025 May,85051110,Magnets,116,Japan,228000,Kilogram,10100000",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 6, rejected: [] });
    expect(await stored()).toEqual([
      "CHN DEU 2025-09 qty 1288",
      "CHN DEU 2025-09 value 54120000",
      "CHN JPN 2025-05 qty 228",
      "CHN JPN 2025-05 value 10100000",
      "CHN USA 2025-11 qty 581.8",
      "CHN USA 2025-11 value 26740000",
    ]);
  });

  it("is refused with a two-digit year or a word that is no month", async () => {
    const path = file("named-bad-export.csv", [
      EN,
      "Nov-25,85051110,Magnets,502,United States,581800,Kilogram,26740000",
      "Novelty 2025,85051110,Magnets,304,Germany,1288000,Kilogram,54120000",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected.map((p) => [p.line, p.field])).toEqual([
      [2, "Date of data"],
      [3, "Date of data"],
    ]);
    expect(await stored()).toEqual([]);
  });
});

describe("a flow column's row of exports and imports added together", () => {
  it("is refused saying it is neither flow", async () => {
    const path = blindFile("blind4", "04-gacc-zh-magnets-202511-进出口.csv");
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 4,
        field: "进出口",
        reason:
          "exports and imports added together (进出口): neither flow, so not stored as either; leave the row out, the export and import rows hold its figures",
      },
    ]);
    expect(await stored()).toEqual([]);
  });
});
