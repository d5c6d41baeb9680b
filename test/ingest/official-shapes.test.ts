// Official files in the shapes a new user brings them (fixtures in test/fixtures/official/shapes,
// our own numbers in the sources' shapes): downloads saved again from a spreadsheet (notes, blank
// rows, grouped thousands, decimal commas, months turned into numbers), files that state their
// money in thousands, and API answers with a weight of zero. Each is read
// right or refused naming its file, line and field, and what to do; never stored wrong.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { comtradeRecord, writeComtradeBulk } from "../helpers/comtrade-files.js";
import { emptyStore } from "../helpers/stores.js";

const F = (name: string) => new URL(`../fixtures/official/shapes/${name}`, import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "lodestone-shapes-"));
const opts = { published: "2025-11-20" };

let store: Store;
beforeEach(async () => (store = await emptyStore()));
afterEach(() => store.close());

const figures = (s: Store = store) =>
  s.query<{ partner: string; period: string; measure: string; value: string; unit: string }>(
    "SELECT partner, period, measure, CAST(value AS VARCHAR) AS value, unit FROM observations ORDER BY ALL",
  );

describe("China customs files as a new user brings them", () => {
  it("passes over a title line, note lines below the table, blank rows and notes padded to the table's width", async () => {
    const r = await ingestFiles(store, [F("gacc-zh-title-notes-export-202510.csv")], opts);
    expect(r).toMatchObject({ inserted: 4, rejected: [] });
    const padded = await ingestFiles(store, [F("gacc-en-trailing-semicolon-export-202510.csv")], opts);
    expect(padded).toMatchObject({ inserted: 4, rejected: [] });
    expect((await figures()).filter((o) => o.measure === "qty")).toEqual([
      { partner: "IND", period: "2025-10", measure: "qty", value: "120.050000", unit: "t" },
      { partner: "JPN", period: "2025-10", measure: "qty", value: "287.900000", unit: "t" },
      { partner: "USA", period: "2025-10", measure: "qty", value: "412.300000", unit: "t" },
      { partner: "VNM", period: "2025-10", measure: "qty", value: "98.400000", unit: "t" },
    ]);
  });

  it("still refuses a row of too few cells that is not a note, saying how many cells it has", async () => {
    const path = join(dir, "short-row-export.csv");
    const lines = readFileSync(F("gacc-zh-title-notes-export-202510.csv"), "utf8").split("\r\n");
    lines.splice(3, 0, '"202510","116","日本"');
    writeFileSync(path, lines.join("\r\n"));
    const r = await ingestFiles(store, [path], opts);
    expect(r.inserted).toBe(0);
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 4,
        field: "(row)",
        reason: expect.stringMatching(/^a row of 3 cells where the header has 11 /),
      },
    ]);
  });

  it("reads a money column whose name carries its unit in brackets, 人民币(元)", async () => {
    const r = await ingestFiles(store, [F("gacc-zh-rmb-yuan-export-202510.csv")], opts);
    expect(r).toMatchObject({ inserted: 2, rejected: [] });
    expect(await figures()).toContainEqual({
      partner: "DEU",
      period: "2025-10",
      measure: "value",
      value: "228410600.000000",
      unit: "CNY",
    });
  });

  it("reads values stated in thousands by a line above the header or a column's name, in whole units", async () => {
    const byLine = await ingestFiles(store, [F("gacc-en-unit-line-export-202510.csv")], opts);
    expect(byLine).toMatchObject({ inserted: 2, rejected: [] });
    const other = await emptyStore();
    try {
      const byName = await ingestFiles(other, [F("gacc-en-thousand-usd-export-202510.csv")], opts);
      expect(byName).toMatchObject({ inserted: 2, rejected: [] });
      // 17,880 thousand dollars either way, held to the thousand the file rounds to
      for (const s of [store, other])
        expect(
          await s.query(
            "SELECT CAST(value AS VARCHAR) AS value, CAST(precision_unit AS VARCHAR) AS step, unit FROM observations WHERE measure = 'value'",
          ),
        ).toEqual([{ value: "17880000.000000", step: "1000.000000", unit: "USD" }]);
    } finally {
      other.close();
    }
  });

  it("reads yuan in ten thousands (万元) stated in the money column's name", async () => {
    const path = join(dir, "wanyuan-export.csv");
    writeFileSync(
      path,
      '"数据年月","贸易伙伴编码","商品编码","第一数量","第一计量单位","人民币(万元)"\n"202510","116","85051110","287,900","千克","2,284.1"\n',
    );
    expect(await ingestFiles(store, [path], opts)).toMatchObject({ inserted: 2, rejected: [] });
    expect((await figures()).find((o) => o.measure === "value")).toEqual({
      partner: "JPN",
      period: "2025-10",
      measure: "value",
      value: "22841000.000000",
      unit: "CNY",
    });
  });

  it("refuses a scale that names another currency than the money column, or two scales, storing nothing", async () => {
    const currency = join(dir, "scaled-other-currency-export.csv");
    writeFileSync(
      currency,
      '单位：千元\n"数据年月","贸易伙伴编码","商品编码","第一数量","第一计量单位","美元"\n"202510","116","85051110","1,000","千克","42"\n',
    );
    expect((await ingestFiles(store, [currency], opts)).rejected).toEqual([
      {
        file: currency,
        line: 1,
        field: "(title)",
        reason: "the line states 千元, but the value column (美元) holds US dollars",
      },
    ]);
    const twice = join(dir, "scaled-twice-export.csv");
    writeFileSync(
      twice,
      'Unit: US$1,000\n"Date of data","Trading partner code","Commodity code","Quantity","Unit","US dollar (million)"\n"202510","116","85051110","1,000","Kilogram","42"\n',
    );
    expect((await ingestFiles(store, [twice], opts)).rejected).toEqual([
      {
        file: twice,
        line: 1,
        field: "(title)",
        reason: "the file states its money in more than one scale (US$1,000; US dollar (million)): say one",
      },
    ]);
    expect(await figures()).toEqual([]);
  });

  it("refuses a month written 2025.1 (January, or October saved as a number) but reads 2025.01 and 2025.9", async () => {
    const path = F("gacc-zh-dot-month-export.csv");
    const r = await ingestFiles(store, [path], opts);
    expect(r.inserted).toBe(0);
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 3,
        field: "数据年月",
        reason:
          "ambiguous date of data: 2025.1 may be January, or October (2025.10) that a spreadsheet saved as a number; write 202501 or 202510",
      },
    ]);
    const fixed = join(dir, "dot-month-fixed-export.csv");
    writeFileSync(fixed, readFileSync(path, "utf8").replace("\r\n2025.1,", "\r\n2025.01,"));
    expect(await ingestFiles(store, [fixed], opts)).toMatchObject({ inserted: 4, rejected: [] });
    expect([...new Set((await figures()).map((o) => o.period))]).toEqual(["2025-01", "2025-09"]);
  });

  it("refuses a tonnage with one comma in a semicolon-separated file as ambiguous, and reads one that can only be decimal (3,5)", async () => {
    const path = F("gacc-en-decimal-comma-export-202510.csv");
    const r = await ingestFiles(store, [path], opts);
    expect(r.inserted).toBe(0);
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 2,
        field: "Quantity",
        reason:
          "ambiguous in a file saved again by a spreadsheet: 14,275 may be 14.275 with a decimal comma, or 14275 with a thousands comma; write it without the comma (14.275 or 14275)",
      },
    ]);
    const fixed = join(dir, "decimal-comma-export.csv");
    writeFileSync(fixed, readFileSync(path, "utf8").replace(";14,275;", ";14275;"));
    expect(await ingestFiles(store, [fixed], opts)).toMatchObject({ inserted: 4, rejected: [] });
    expect(
      (await figures()).filter((o) => o.measure === "qty").map((o) => `${o.partner} ${o.value}`),
    ).toEqual(["JPN 3.500000", "KOR 14275.000000"]);
  });

  it("refuses the same tonnage in a spreadsheet's tab-separated Unicode text, which may have decimal commas too", async () => {
    const path = F("gacc-en-tab-tonnes-export-202510.txt");
    const r = await ingestFiles(store, [path], opts);
    expect(r.files[0]!.format).toMatch(/UTF-16, tab-separated/);
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 2,
        field: "Quantity",
        reason: expect.stringMatching(/^ambiguous .* 14,275 may be 14.275/),
      },
    ]);
    expect(await figures()).toEqual([]);
  });

  it("reads a month a spreadsheet turned into its first day (2025/10/1), and says when merged cells left a row without its partner", async () => {
    const path = F("gacc-en-merged-cells-dates-export.csv");
    const r = await ingestFiles(store, [path], opts);
    expect(r.inserted).toBe(0);
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 3,
        field: "Trading partner",
        reason: expect.stringMatching(/^no trading partner \(a spreadsheet that merged cells/),
      },
    ]);
  });
});

describe("UN Comtrade files as a new user brings them", () => {
  it("stores no tonnage for a weight of zero beside a value (not reported), in an API answer and a bulk file", async () => {
    const r = await ingestFiles(store, [F("comtrade-api-v1-zero-weight.json")], opts);
    expect(r).toMatchObject({ inserted: 1, rejected: [] });
    expect(await figures()).toEqual([
      { partner: "KOR", period: "2025-10", measure: "value", value: "3120450.000000", unit: "USD" },
    ]);
    // a bulk file read by the full parse (an exponent figure sends it there): the same rule, and a
    // zero weight beside a zero value is a zero, stored
    const bulk = join(dir, "zero-weights-2025-11-20.gz");
    writeComtradeBulk(bulk, [
      comtradeRecord("202509", 842, 0, 2_500_000, { qtyUnitCode: 5, qty: 80 }),
      comtradeRecord("202509", 392, 0, 0),
      comtradeRecord("202509", 276, 1_500, 7.5e7, { primaryValue: "7.5e7" }),
    ]);
    const other = await emptyStore();
    try {
      expect(await ingestFiles(other, [bulk])).toMatchObject({ inserted: 5, rejected: [] });
      expect((await figures(other)).filter((o) => o.measure === "qty")).toEqual([
        { partner: "DEU", period: "2025-09", measure: "qty", value: "1.500000", unit: "t" },
        { partner: "JPN", period: "2025-09", measure: "qty", value: "0.000000", unit: "t" },
      ]);
    } finally {
      other.close();
    }
  });

  it("reads the website export re-saved from a spreadsheet, thousands grouped, as the export itself", async () => {
    const plain = await ingestFiles(store, [F("comtrade-plus-export-bom-crlf.csv")], opts);
    expect(plain).toMatchObject({ inserted: 3, rejected: [] });
    const other = await emptyStore();
    try {
      const grouped = await ingestFiles(other, [F("comtrade-plus-export-excel-thousands.csv")], opts);
      expect(grouped).toMatchObject({ inserted: 3, rejected: [] });
      expect(await figures(other)).toEqual(await figures());
      expect(await figures(other)).toContainEqual({
        partner: "USA",
        period: "2025-10",
        measure: "value",
        value: "18004321.550000",
        unit: "USD",
      });
    } finally {
      other.close();
    }
  });

  it("reads the export saved with semicolons by a spreadsheet, a decimal comma included (18004321,55)", async () => {
    const path = F("comtrade-plus-export-semicolon.csv");
    const r = await ingestFiles(store, [path], opts);
    expect(r).toMatchObject({ inserted: 3, rejected: [] });
    expect(r.files[0]!.format).toMatch(/semicolon-separated/);
    expect((await figures()).find((o) => o.partner === "USA" && o.measure === "value")?.value).toBe(
      "18004321.550000",
    );
    const other = await emptyStore();
    try {
      await ingestFiles(other, [F("comtrade-plus-export-bom-crlf.csv")], opts);
      expect(await figures()).toEqual(await figures(other));
    } finally {
      other.close();
    }
  });

  it("reads a legacy CSV whose columns a tool renamed (TradeFlow Code, Netweightkg, TradeValueUS)", async () => {
    const r = await ingestFiles(store, [F("comtrade-legacy-compact-names.csv")], opts);
    expect(r).toMatchObject({ inserted: 2, rejected: [] });
    expect(r.files[0]!.format).toBe("UN Comtrade legacy CSV");
    expect(await figures()).toEqual([
      { partner: "USA", period: "2025-10", measure: "qty", value: "431.200000", unit: "t" },
      { partner: "USA", period: "2025-10", measure: "value", value: "18004321.000000", unit: "USD" },
    ]);
  });
});
