// China customs' published monthly tables (exports of major commodities), in the shapes a release
// prints them: Chinese or English, UTF-8 or GB18030, commas or tabs, dollars in thousands or yuan in
// ten thousands, a month group and a cumulative group, January and February together. The
// fixtures hold our own numbers in those shapes.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { emptyStore } from "../helpers/stores.js";

const F = (name: string) => new URL(`../fixtures/official/shapes/${name}`, import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "lodestone-tables-"));
const opts = { published: "2025-11-07" };

let store: Store;
beforeEach(async () => (store = await emptyStore()));
afterEach(() => store.close());

interface Row {
  series: string;
  partner: string;
  period: string;
  measure: string;
  value: string;
  unit: string;
  precision_unit: string;
  original_value: string;
  original_unit: string;
  stated_yoy_pct: string | null;
  status: string;
  source_id: string;
}

const stored = () =>
  store.query<Row>(
    `SELECT series, partner, period, measure, CAST(value AS VARCHAR) AS value, unit,
      CAST(precision_unit AS VARCHAR) AS precision_unit, original_value, original_unit,
      CAST(stated_yoy_pct AS VARCHAR) AS stated_yoy_pct, status, source_id
    FROM observations ORDER BY series, period, measure`,
  );

describe("China customs published tables", () => {
  it("reads the month and the cumulative months of each tracked commodity, dollars in thousands", async () => {
    const r = await ingestFiles(store, [F("gacc-zh-monthly-table-202510.csv")], opts);
    expect(r).toMatchObject({ inserted: 8, rejected: [] });
    expect(r.files[0]!.format).toBe("China customs published table (Chinese, UTF-8 with BOM)");
    const rows = await stored();
    expect(rows.filter((o) => o.series === "rare-earths")).toEqual([
      {
        series: "rare-earths",
        partner: "WLD",
        period: "2025-01..2025-10",
        measure: "qty",
        value: "50118.000000",
        unit: "t",
        precision_unit: "1.000000",
        original_value: "50,118",
        original_unit: "吨",
        stated_yoy_pct: "6.2000",
        status: "preliminary",
        source_id: "gacc-table-export-2025-11-07",
      },
      {
        series: "rare-earths",
        partner: "WLD",
        period: "2025-01..2025-10",
        measure: "value",
        value: "402337000.000000",
        unit: "USD",
        precision_unit: "1000.000000",
        original_value: "402,337",
        original_unit: "千美元",
        stated_yoy_pct: "-11.0000",
        status: "preliminary",
        source_id: "gacc-table-export-2025-11-07",
      },
      expect.objectContaining({
        period: "2025-10",
        measure: "qty",
        value: "4912.000000",
        stated_yoy_pct: "-3.1000",
      }),
      expect.objectContaining({ period: "2025-10", measure: "value", value: "37204000.000000" }),
    ]);
    expect(
      rows.filter((o) => o.series === "rare-earth-magnets").map((o) => [o.period, o.measure, o.value]),
    ).toEqual([
      ["2025-01..2025-10", "qty", "51722.000000"],
      ["2025-01..2025-10", "value", "2310448000.000000"],
      ["2025-10", "qty", "5630.000000"],
      ["2025-10", "value", "251004000.000000"],
    ]);
    const [source] = await store.query<{ kind: string; publisher: string }>(
      "SELECT kind, publisher FROM sources WHERE id = 'gacc-table-export-2025-11-07'",
    );
    expect(source).toEqual({ kind: "official", publisher: "General Administration of Customs of China" });
  });

  it("stores nothing new for the English edition of the same table, nor for the same file again", async () => {
    await ingestFiles(store, [F("gacc-zh-monthly-table-202510.csv")], opts);
    const before = await stored();
    const english = await ingestFiles(store, [F("gacc-en-monthly-table-202510.csv")], opts);
    expect(english).toMatchObject({ inserted: 0, unchanged: 4, rejected: [] });
    expect(english.files[0]!.format).toBe("China customs published table (English, UTF-8)");
    const again = await ingestFiles(store, [F("gacc-zh-monthly-table-202510.csv")], opts);
    expect(again).toMatchObject({ inserted: 0, rejected: [] });
    expect(await stored()).toEqual(before);
  });

  it("reads a GB18030 table saved with tabs, in yuan of ten thousand, and names the commodities passed over", async () => {
    const r = await ingestFiles(store, [F("gacc-zh-cny-table-gb18030-202511.txt")], {
      published: "2025-12-07",
    });
    expect(r).toMatchObject({ inserted: 8, rejected: [] });
    expect(r.files[0]!.format).toBe("China customs published table (Chinese, GB18030)");
    expect(r.notes).toEqual([
      expect.stringMatching(/3 commodities Lodestone does not track passed over \(农产品, 钢材, 服装\)$/),
    ]);
    const rows = (await stored()).filter((o) => o.series === "rare-earths");
    expect(
      rows.map((o) => [o.period, o.measure, o.value, o.unit, o.precision_unit, o.stated_yoy_pct]),
    ).toEqual([
      ["2025-01..2025-11", "qty", "57218.400000", "t", "0.100000", "4.2000"],
      ["2025-01..2025-11", "value", "3015550000.000000", "CNY", "10000.000000", "-9.6000"],
      ["2025-11", "qty", "5493.900000", "t", "0.100000", null],
      ["2025-11", "value", "264010000.000000", "CNY", "10000.000000", null],
    ]);
    // the footnote mark after a name does not hide the commodity
    expect((await stored()).filter((o) => o.series === "rare-earth-magnets")).toHaveLength(4);
  });

  it("reads January and February released together as one span, stored once", async () => {
    const r = await ingestFiles(store, [F("gacc-en-janfeb-table-202602.csv")], { published: "2026-03-07" });
    expect(r).toMatchObject({ inserted: 2, rejected: [] });
    expect(
      (await stored()).map((o) => [o.series, o.period, o.measure, o.value, o.stated_yoy_pct, o.status]),
    ).toEqual([
      ["rare-earths", "2026-01..2026-02", "qty", "8720.600000", "-12.5000", "final"],
      ["rare-earths", "2026-01..2026-02", "value", "61230000.000000", "-20.1000", "final"],
    ]);
  });

  it("reads the English edition's bare month numbers (11, 1 to 11) as the month and the months from January", async () => {
    const r = await ingestFiles(store, [F("gacc-en-numbered-table-202511.csv")], { published: "2025-12-07" });
    expect(r).toMatchObject({ inserted: 4, rejected: [] });
    expect((await stored()).map((o) => [o.period, o.measure, o.value, o.stated_yoy_pct])).toEqual([
      ["2025-01..2025-11", "qty", "57218.400000", "4.2000"],
      ["2025-01..2025-11", "value", "433908000.000000", "-9.6000"],
      ["2025-11", "qty", "5493.900000", null],
      ["2025-11", "value", "37600000.000000", null],
    ]);
  });

  describe("refuses what it cannot read without guessing, naming file, line and field, and stores nothing", () => {
    const variant = (name: string, edit: (text: string) => string) => {
      const path = join(dir, name);
      writeFileSync(path, edit(readFileSync(F("gacc-zh-monthly-table-202510.csv"), "utf8")));
      return path;
    };

    it("a tracked commodity's figure that is not a number", async () => {
      const path = variant("bad-figure.csv", (t) => t.replace('"50,118"', '"5O,118"'));
      const r = await ingestFiles(store, [path], opts);
      expect(r.inserted).toBe(0);
      expect(r.rejected).toEqual([
        { file: path, line: 5, field: "1至10月 数量", reason: "not a figure: 5O,118" },
      ]);
      expect(await stored()).toEqual([]);
    });

    it("a title without its month, or a heading whose month is not the title's", async () => {
      const undated = variant("undated.csv", (t) => t.replace("2025年10月", ""));
      const r = await ingestFiles(store, [undated], opts);
      expect(r.rejected).toEqual([
        {
          file: undated,
          line: 1,
          field: "(title)",
          reason: expect.stringMatching(/^no year and month in the title/),
        },
      ]);
      const clash = variant("clash.csv", (t) => t.replace("2025年10月", "2025年9月"));
      const c = await ingestFiles(store, [clash], opts);
      expect(c.rejected[0]).toMatchObject({ file: clash, line: 3, field: "10月 数量" });
      expect(c.rejected[0]!.reason).toMatch(/names month 10, the title 2025-09/);
      expect(await stored()).toEqual([]);
    });

    it("a table that does not state its money unit", async () => {
      const path = variant("no-money-unit.csv", (t) => t.replace(/单位：千美元\r?\n/, ""));
      const r = await ingestFiles(store, [path], opts);
      expect(r.rejected).toEqual([
        {
          file: path,
          line: 2,
          field: "10月 金额",
          reason: expect.stringMatching(/does not state its money unit/),
        },
      ]);
    });

    it("a table without any commodity Lodestone tracks", async () => {
      const path = variant("untracked.csv", (t) =>
        t.replace("稀土永磁体", "钢材").replace(/^稀土,/m, "陶瓷,"),
      );
      const r = await ingestFiles(store, [path], opts);
      expect(r.inserted).toBe(0);
      expect(r.rejected).toEqual([
        {
          file: path,
          line: 3,
          field: "10月 数量",
          reason: expect.stringMatching(
            /^no commodity of this table is one Lodestone tracks .*: 2 passed over$/,
          ),
        },
      ]);
    });

    it("a title that names neither exports nor imports, unless --flow says", async () => {
      const path = variant("no-flow.csv", (t) => t.replace("出口主要商品量值表", "主要商品量值表"));
      const r = await ingestFiles(store, [path], opts);
      expect(r.rejected[0]).toMatchObject({ file: path, line: 1, field: "(title)" });
      const given = await ingestFiles(store, [path], { ...opts, flow: "export" });
      expect(given).toMatchObject({ inserted: 8, rejected: [] });
    });
  });
});
