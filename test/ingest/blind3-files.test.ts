// The third round of official files written before the readers were read (fixtures in
// test/fixtures/official/blind3, the figures each should yield in expectations.json): each read
// into an empty store, its figures stored exactly and nothing new the second time, or the file
// refused whole, naming its line and field. Then the shapes those files exposed, one by one.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { emptyStore } from "../helpers/stores.js";
import { blindFile, describeBlindFiles, storedRows } from "../helpers/blind-files.js";

const F = (name: string) => blindFile("blind3", name);
const dir = mkdtempSync(join(tmpdir(), "lodestone-blind3-"));

let store: Store;
beforeEach(async () => (store = await emptyStore()));
afterEach(() => store.close());

const stored = async () =>
  (await storedRows(store)).map((o) => `${o.partner} ${o.period} ${o.measure} ${o.value}`).sort();

describeBlindFiles("a third round of files nobody here shaped", "blind3", () => store);

/** A file of the given lines in the temporary folder. */
function file(name: string, lines: string[], encoding: BufferEncoding = "utf8"): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n") + "\n", encoding);
  return path;
}

const EN = "Date of data,Commodity code,Commodity,Trading partner code,Trading partner";

describe("a table of one province or customs office", () => {
  const table = (name: string, title: string, source: string) =>
    file(name, [
      `${title},,,,`,
      "单位：千美元,,,,",
      "商品名称,计量单位,11月数量,11月金额,1至11月数量,1至11月金额",
      '稀土,吨,312.4,"2,810",3520.6,"31,702"',
      `${source},,,,`,
    ]);

  it("is refused naming the title line when the title names the province", async () => {
    const path = table("p1-出口.csv", "2025年11月内蒙古自治区主要商品出口量值表", "注：初步统计数。");
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 1,
        field: "(title)",
        reason:
          "a table of one region's trade (内蒙古自治区), not China's: Lodestone stores the national tables only",
      },
    ]);
    expect(await stored()).toEqual([]);
  });

  it("is refused when only the source line below the table names the customs office", async () => {
    const path = table("p2-出口.csv", "2025年11月出口主要商品量值表", "资料来源：呼和浩特海关");
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toMatchObject([
      { line: 5, field: "(title)", reason: expect.stringMatching(/呼和浩特海关/) },
    ]);
    expect(await stored()).toEqual([]);
  });

  it("leaves the national table read, whose source is the General Administration", async () => {
    const path = table("p3-出口.csv", "2025年11月出口主要商品量值表", "资料来源：中华人民共和国海关总署");
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 4, rejected: [] });
    expect(await stored()).toEqual([
      "WLD 2025-01..2025-11 qty 3520.6",
      "WLD 2025-01..2025-11 value 31702000",
      "WLD 2025-11 qty 312.4",
      "WLD 2025-11 value 2810000",
    ]);
  });
});

describe("a download with its header in two languages", () => {
  it("takes the English header under the Chinese one (or the other way round) for a header, not a row", async () => {
    const path = file("bilingual-export.csv", [
      `${EN},First quantity,First unit,US dollar`,
      "数据年月,商品编码,商品名称,贸易伙伴编码,贸易伙伴名称,第一数量,第一计量单位,美元",
      "202511,85051110,Magnets,116,Japan,304000,Kilogram,14205310",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 2, rejected: [] });
    expect(await stored()).toEqual(["JPN 2025-11 qty 304", "JPN 2025-11 value 14205310"]);
  });

  it("still numbers a bad row by its line in the file", async () => {
    const path = file("bilingual-bad-export.csv", [
      "数据年月,商品编码,商品名称,贸易伙伴编码,贸易伙伴名称,第一数量,第一计量单位,美元",
      `${EN},First quantity,First unit of measurement,US dollar`,
      "202511,85051110,稀土永磁体,116,日本,304000,千克,14205310",
      "202511,85051110,稀土永磁体,502,美国,5818OO,千克,26740000",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toEqual([{ file: path, line: 4, field: "第一数量", reason: "not a number: 5818OO" }]);
  });
});

describe("columns of the month (当月) and from January (1至11月累计) named before the field", () => {
  const head = "数据年月,商品编码,商品名称,贸易伙伴编码,贸易伙伴名称,第一计量单位,当月第一数量,当月美元";

  it("reads the month's as the month and the span's as the span", async () => {
    const path = file("当月累计-出口.csv", [
      `${head},1至11月累计第一数量,1至11月累计美元`,
      "202511,85051110,稀土永磁体,502,美国,千克,581800,26740000,5379150,248615000",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 4, rejected: [] });
    expect(await stored()).toEqual([
      "USA 2025-01..2025-11 qty 5379.15",
      "USA 2025-01..2025-11 value 248615000",
      "USA 2025-11 qty 581.8",
      "USA 2025-11 value 26740000",
    ]);
  });

  it("refuses a span named to another month than the date of data", async () => {
    const path = file("累计错月-出口.csv", [
      `${head},1至10月累计第一数量,1至10月累计美元`,
      "202511,85051110,稀土永磁体,502,美国,千克,581800,26740000,5379150,248615000",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toMatchObject([
      {
        line: 2,
        field: "数据年月",
        reason: "the cumulative columns run to month 10, the date of data is 202511",
      },
    ]);
    expect(await stored()).toEqual([]);
  });
});

describe("rows that state no figure", () => {
  const head = `${EN},First quantity,First unit of measurement,US dollar`;

  it("passes over a partner whose figures are all dashes or empty, and a row of units under the header", async () => {
    const path = file("no-figures-export.csv", [
      head,
      ",,,,,(kg),,(US$)",
      "202511,85051110,Magnets,502,United States,581800,kg,26740000",
      "202511,85051110,Magnets,309,Netherlands,—,kg,–",
      "202511,85051110,Magnets,429,Mexico,,kg,",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 2, rejected: [] });
    expect(await stored()).toEqual(["USA 2025-11 qty 581.8", "USA 2025-11 value 26740000"]);
  });

  it("still refuses a quantity without its value, and a row without date, code or partner that holds figures", async () => {
    const path = file("half-figures-export.csv", [
      head,
      "202511,85051110,Magnets,502,United States,581800,kg,-",
      ",,,,,304000,kg,14205310",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toEqual(
      expect.arrayContaining([
        { file: path, line: 2, field: "US dollar", reason: "not a number: -" },
        expect.objectContaining({ line: 3, field: "Date of data" }),
      ]),
    );
    expect(await stored()).toEqual([]);
  });
});

describe("an end-of-file mark", () => {
  it("passes over a Ctrl-Z on the line after the last row (CRLF file)", async () => {
    const path = join(dir, "ctrl-z-export.csv");
    const lines = [
      `${EN},First quantity,First unit,US dollar`,
      "202511,85051110,Magnets,116,Japan,304000,kg,14205310",
    ];
    writeFileSync(path, lines.join("\r\n") + "\r\n\x1a");
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 2, rejected: [] });
    expect(await stored()).toEqual(["JPN 2025-11 qty 304", "JPN 2025-11 value 14205310"]);
  });

  it("still refuses any other short last line", async () => {
    const path = join(dir, "short-last-export.csv");
    writeFileSync(
      path,
      [
        `${EN},First quantity,First unit,US dollar`,
        "202511,85051110,Magnets,116,Japan,304000,kg,14205310",
        "x",
      ].join("\n"),
    );
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toMatchObject([{ line: 3, field: "(row)" }]);
    expect(await stored()).toEqual([]);
  });
});

describe("the files of this round given together", () => {
  it("store nothing when one of them fails at its last row", async () => {
    const good = F("09-gacc-en-magnets-export-202511-crlf-ctrl-z.csv");
    const bad = F("26-gacc-en-magnets-export-202511-bad-last-row.csv");
    const r = await ingestFiles(store, [good, bad], { published: "2025-12-20" });
    expect(r.inserted).toBe(0);
    expect(r.rejected[0]).toMatchObject({ file: bad, line: 7, field: "First quantity" });
    expect(r.rejected.every((p) => p.file === bad)).toBe(true);
    expect(await stored()).toEqual([]);
  });
});

describe("a published table's month in Chinese numerals", () => {
  it("reads 十一月 after an Arabic year, and 一至十一月 in a heading, as November and its span", async () => {
    const path = file("出口主要商品量值表-十一月份.csv", [
      "2025年十一月份出口主要商品量值表（美元值）,,,,",
      "单位：千美元,,,,",
      "商品名称,计量单位,十一月数量,十一月金额,一至十一月数量,一至十一月金额",
      '稀土,吨,5493.9,"49,445",58193.1,"448,300"',
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-07" });
    expect(r).toMatchObject({ inserted: 4, rejected: [] });
    expect(await stored()).toEqual([
      "WLD 2025-01..2025-11 qty 58193.1",
      "WLD 2025-01..2025-11 value 448300000",
      "WLD 2025-11 qty 5493.9",
      "WLD 2025-11 value 49445000",
    ]);
  });

  it("refuses a heading whose Chinese month is not the title's", async () => {
    const path = file("出口主要商品量值表-十月.csv", [
      "2025年十一月出口主要商品量值表（美元值）,,,,",
      "单位：千美元,,,,",
      "商品名称,计量单位,十月数量,十月金额,一至十一月数量,一至十一月金额",
      '稀土,吨,4343.5,"39,092",58193.1,"448,300"',
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-07" });
    expect(r.rejected).toMatchObject([
      { line: 3, field: "十月数量", reason: "the heading names month 10, the title 2025-11" },
      { line: 3, field: "十月金额" },
    ]);
    expect(await stored()).toEqual([]);
  });
});

describe("a published table a spreadsheet saved with semicolons and decimal commas", () => {
  const table = (row: string) =>
    file(`major-commodities-${row.length}.csv`, [
      "China's Exports of Major Commodities;;;;",
      "November 2025;;;;",
      "Unit: US$1,000;;;;",
      "Commodity;Unit;November Quantity;November Value;January to November Quantity;January to November Value",
      row,
    ]);

  it("reads a comma that cannot group thousands, and dots grouping thousands before it, as decimal", async () => {
    const r = await ingestFiles(store, [table("Rare earths;tonne;5493,9;49445;58.193,1;448300")], {
      published: "2025-12-07",
    });
    expect(r).toMatchObject({ inserted: 4, rejected: [] });
    expect(await stored()).toEqual([
      "WLD 2025-01..2025-11 qty 58193.1",
      "WLD 2025-01..2025-11 value 448300000",
      "WLD 2025-11 qty 5493.9",
      "WLD 2025-11 value 49445000",
    ]);
  });

  it("refuses a comma that may group thousands (5,494), saying both readings", async () => {
    const path = table("Rare earths;tonne;5,494;49445;58193,1;448300");
    const r = await ingestFiles(store, [path], { published: "2025-12-07" });
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 5,
        field: "November Quantity",
        reason:
          "ambiguous in a file saved with semicolons: 5,494 may be 5.494 with a decimal comma, or 5494 with a thousands comma; write it without the comma",
      },
    ]);
    expect(await stored()).toEqual([]);
  });
});

describe("a download without its date column", () => {
  it("is refused for that column, as a customs download, not as a file of no known format", async () => {
    const path = F("12-gacc-en-magnets-export-202511-no-date-column.csv");
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 1,
        field: "(Date of data)",
        reason:
          "required column missing: the rows state no month (the 202511 in the file's name is not taken for one); download the file again with the Date of data column",
      },
    ]);
    expect(r.files[0]!.format).toBe("China customs query platform (English, UTF-8)");
    expect(await stored()).toEqual([]);
  });
});
