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
import { blindFile, storedRows } from "../helpers/blind-files.js";

const dir = mkdtempSync(join(tmpdir(), "lodestone-blind4-"));

let store: Store;
beforeEach(async () => (store = await emptyStore()));
afterEach(() => store.close());

const stored = async () =>
  (await storedRows(store))
    .map((o) => `${o.reporter ?? "CHN"} ${o.partner} ${o.period} ${o.measure} ${o.value}`)
    .sort();

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
        "invalid date of data: 2025Q5 (expected YYYYMM, a span such as 202501-202502, or a quarter such as 2025Q3)",
      ],
      [
        3,
        "Date of data",
        "invalid date of data: 20253 (expected YYYYMM, a span such as 202501-202502, or a quarter such as 2025Q3)",
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
