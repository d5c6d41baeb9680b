// The second round of customs, Comtrade and foreign files written before the readers were read
// (fixtures in test/fixtures/official/blind2, the figures each should yield in expectations.json):
// each read into an empty store, its figures stored exactly, or the file refused whole, naming its
// line and field. Then the shapes those files exposed, one by one.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { emptyStore } from "../helpers/stores.js";
import { blindFile, describeBlindFiles, storedRows } from "../helpers/blind-files.js";

const F = (name: string) => blindFile("blind2", name);
const dir = mkdtempSync(join(tmpdir(), "lodestone-blind2-"));

let store: Store;
beforeEach(async () => (store = await emptyStore()));
afterEach(() => store.close());

const stored = () => storedRows(store);

describeBlindFiles("more files nobody here shaped", "blind2", () => store);

/** A query-platform download in English: the header's cells, then the rows. */
function download(name: string, head: string[], rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [head.join(","), ...rows].join("\n") + "\n");
  return path;
}

const FIRST = ["Date of data", "Commodity code", "Commodity", "Trading partner code", "Trading partner"];

describe("columns of figures from January beside the month's", () => {
  it("stores the cumulative columns as the span from January, whichever comes first", async () => {
    const path = download(
      "cumulative-first-export.csv",
      [
        ...FIRST,
        "First quantity (Jan-Nov)",
        "First unit",
        "US dollar (Jan-Nov)",
        "First quantity",
        "US dollar",
      ],
      ["202511,85051110,Magnets,000,World,51440210,Kilogram,2412630880,6149950,301800000"],
    );
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 4, rejected: [] });
    expect((await stored()).map((o) => `${o.period} ${o.measure} ${o.value}`)).toEqual([
      "2025-01..2025-11 qty 51440.21",
      "2025-01..2025-11 value 2412630880",
      "2025-11 qty 6149.95",
      "2025-11 value 301800000",
    ]);
  });

  it("reads Chinese cumulative names (累计美元) and a cumulative total row against the cumulative rows", async () => {
    const path = join(dir, "累计-出口.csv");
    writeFileSync(
      path,
      [
        "数据年月,商品编码,商品名称,贸易伙伴编码,贸易伙伴名称,第一数量,第一计量单位,累计第一数量,美元,累计美元",
        "2025年11月,85051110,稀土永磁体,502,美国,581800,千克,5369000,26740000,249110300",
        "2025年11月,85051110,稀土永磁体,116,日本,304000,千克,2441000,14205310,110305770",
        "合计,,,,,,,,40945310,359416070",
      ].join("\n") + "\n",
    );
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 8, rejected: [] });
    expect(
      (await stored()).filter((o) => o.partner === "USA").map((o) => `${o.period} ${o.measure} ${o.value}`),
    ).toEqual([
      "2025-01..2025-11 qty 5369",
      "2025-01..2025-11 value 249110300",
      "2025-11 qty 581.8",
      "2025-11 value 26740000",
    ]);
  });

  it("never stores a cumulative column as the month when it is the file's only money column", async () => {
    const path = download(
      "cumulative-money-only-export.csv",
      [...FIRST, "First quantity", "First unit", "US dollar (Jan-Nov)"],
      ["202511,85051110,Magnets,000,World,6149950,Kilogram,2412630880"],
    );
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 1,
        field: "First quantity",
        reason:
          "the month's quantity without the month's US dollar column beside it: download the figures with their value",
      },
    ]);
    expect(await stored()).toEqual([]);
  });

  it("refuses cumulative columns whose span ends in another month than the date of data, naming the cell", async () => {
    const path = download(
      "cumulative-wrong-month-export.csv",
      [
        ...FIRST,
        "First quantity",
        "First unit",
        "US dollar",
        "First quantity (Jan-Nov)",
        "US dollar (Jan-Nov)",
      ],
      ["202510,85051110,Magnets,000,World,5473000,Kilogram,255000000,45290000,2110830000"],
    );
    const r = await ingestFiles(store, [path], { published: "2025-11-20" });
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 2,
        field: "Date of data",
        reason: "the cumulative columns run to month 11, the date of data is 202510",
      },
    ]);
  });

  it("names a cumulative column's own header in a problem with its figure", async () => {
    const path = download(
      "cumulative-bad-figure-export.csv",
      [
        ...FIRST,
        "First quantity",
        "First unit",
        "US dollar",
        "Cumulative first quantity",
        "Cumulative US dollar",
      ],
      ["202511,85051110,Magnets,000,World,6149950,Kilogram,301800000,51440210,n/a"],
    );
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toMatchObject([
      { line: 2, field: "Cumulative US dollar", reason: "not a number: n/a" },
    ]);
  });
});

describe("a month a spreadsheet turned into a date", () => {
  const head = [...FIRST, "First quantity", "First unit", "US dollar"];

  it("reads the first day of the month, year first (2025-11-01, 2025/11/1 0:00, 2025.11.01), as the month", async () => {
    const path = download("first-days-export.csv", head, [
      "2025-11-01,85051110,Magnets,502,United States,581800,Kilogram,26740000",
      "2025/11/1 0:00,85051110,Magnets,116,Japan,304000,Kilogram,14205310",
      "2025.11.01,85051110,Magnets,304,Germany,1207430,Kilogram,51290775",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 6, rejected: [] });
    expect(new Set((await stored()).map((o) => o.period))).toEqual(new Set(["2025-11"]));
  });

  it("refuses another day, or a day written first, naming the cell", async () => {
    const path = download("other-days-export.csv", head, [
      "2025-11-15,85051110,Magnets,502,United States,581800,Kilogram,26740000",
      "01/11/2025,85051110,Magnets,116,Japan,304000,Kilogram,14205310",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    const why = "(a spreadsheet turned the month into a date? write the month as YYYYMM)";
    expect(r.rejected).toEqual([
      { file: path, line: 2, field: "Date of data", reason: `invalid date of data: 2025-11-15 ${why}` },
      { file: path, line: 3, field: "Date of data", reason: `invalid date of data: 01/11/2025 ${why}` },
    ]);
    expect(await stored()).toEqual([]);
  });
});

describe("decimal commas in a download a spreadsheet saved with semicolons", () => {
  it("reads a comma that cannot group thousands, and dots grouping thousands before one, as decimal", async () => {
    const path = join(dir, "decimal-commas-export.csv");
    writeFileSync(
      path,
      [
        [...FIRST, "First quantity", "First unit", "US dollar"].join(";"),
        "202511;85051110;Magnets;502;United States;581800,000;Kilogram;26740000,00",
        "202511;85051110;Magnets;304;Germany;1.207.430,000;Kilogram;51.290.775,00",
        "202511;28053011;Neodymium;116;Japan;3,5;Ton;270900",
      ].join("\n") + "\n",
    );
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 6, rejected: [] });
    expect((await stored()).map((o) => `${o.partner} ${o.measure} ${o.value}`).sort()).toEqual([
      "DEU qty 1207.43",
      "DEU value 51290775",
      "JPN qty 3.5",
      "JPN value 270900",
      "USA qty 581.8",
      "USA value 26740000",
    ]);
  });
});

describe("a published table without a unit column", () => {
  const table = (rows: string[]) => {
    const path = join(dir, `出口主要商品量值表-${rows.length}.csv`);
    writeFileSync(
      path,
      [
        "2025年11月出口主要商品量值表（美元值）,,,,",
        "单位：千美元,,,,",
        "商品名称,11月数量,11月金额,1至11月数量,1至11月金额",
        ...rows,
      ].join("\n") + "\n",
    );
    return path;
  };

  it("reads each commodity's unit from the brackets after its name (稀土(万吨) in ten thousands of tonnes)", async () => {
    const r = await ingestFiles(store, [table(['稀土(万吨),0.55,"49,445",5.82,"448,300"'])], {
      published: "2025-12-07",
    });
    expect(r).toMatchObject({ inserted: 4, rejected: [] });
    expect((await stored()).map((o) => `${o.period} ${o.measure} ${o.value} ${o.unit}`)).toEqual([
      "2025-01..2025-11 qty 58200 t",
      "2025-01..2025-11 value 448300000 USD",
      "2025-11 qty 5500 t",
      "2025-11 value 49445000 USD",
    ]);
  });

  it("refuses a tracked commodity whose name gives no unit, naming the line", async () => {
    const path = table(['稀土,"5,494","49,445","58,193","448,300"']);
    const r = await ingestFiles(store, [path], { published: "2025-12-07" });
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 4,
        field: "unit",
        reason: "a quantity in no unit, not a mass Lodestone reads (吨, 千克, 万吨, Ton, Kilogram)",
      },
    ]);
    expect(await stored()).toEqual([]);
  });
});

describe("an error answer of the Comtrade API saved as the answer", () => {
  it("is refused saying what the API said, not as an unrecognised format", async () => {
    const path = F("17-comtrade-api-error-key.json");
    const r = await ingestFiles(store, [path], { published: "2025-12-28" });
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 1,
        field: "(json)",
        reason:
          "an error answer of the API (HTTP 401), not data: Access denied: the subscription key is missing or not valid for this API.",
      },
    ]);
    expect(r.files[0]!.format).toBe("UN Comtrade API JSON");
  });
});

describe("footnote marks on figures, and the footnotes below the table", () => {
  it("reads a figure without the mark glued to it, and passes over the lines that explain the marks", async () => {
    const path = join(dir, "marks-export.csv");
    writeFileSync(
      path,
      [
        [...FIRST, "First quantity", "First unit", "US dollar"].join(","),
        "202511,85051110,Magnets,502,United States,581800*,Kilogram,26740000(p)",
        "202511,85051110,Magnets,116,Japan,304000,Kilogram,14205310r",
        "",
        "* provisional",
        "r revised",
        "(p) preliminary",
      ].join("\n") + "\n",
    );
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 4, rejected: [] });
    expect((await stored()).map((o) => `${o.partner} ${o.measure} ${o.value}`).sort()).toEqual([
      "JPN qty 304",
      "JPN value 14205310",
      "USA qty 581.8",
      "USA value 26740000",
    ]);
  });

  it("never takes a digit for a mark: '5818001)' is refused, not read as 581800", async () => {
    const path = download(
      "digit-mark-export.csv",
      [...FIRST, "First quantity", "First unit", "US dollar"],
      ["202511,85051110,Magnets,502,United States,5818001),Kilogram,26740000"],
    );
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toMatchObject([
      { line: 2, field: "First quantity", reason: "not a number: 5818001)" },
    ]);
    expect(await stored()).toEqual([]);
  });
});

describe("cumulative columns of a January download", () => {
  const head = [...FIRST, "First quantity", "First unit", "US dollar", "Cumulative US dollar"];

  it("stores the month once, the cumulative columns repeating it, with a total row", async () => {
    const path = download("january-cumulative-export.csv", head, [
      "202501,85051110,Magnets,502,United States,877300,Kilogram,40000000,40000000",
      "Total,,,,,,,40000000,40000000",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-02-20" });
    expect(r).toMatchObject({ inserted: 2, rejected: [] });
    expect((await stored()).map((o) => `${o.period} ${o.measure} ${o.value}`)).toEqual([
      "2025-01 qty 877.3",
      "2025-01 value 40000000",
    ]);
  });

  it("refuses a January cumulative figure that is not the month's, naming its column", async () => {
    const path = download("january-cumulative-differs-export.csv", head, [
      "202501,85051110,Magnets,502,United States,877300,Kilogram,40000000,41000000",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-02-20" });
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 2,
        field: "Cumulative US dollar",
        reason:
          "the cumulative figures of January are the month's, but the file gives - and 41000000 beside 877300 and 40000000",
      },
    ]);
  });
});
