// Workbooks (.xlsx) as a user keeps a download: a sheet of notes before the data, codes and figures
// as numbers, a published table with empty merged cells. The fixtures were written by a minimal
// workbook writer (shared strings, numbers as numbers) with our own figures.
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { emptyStore } from "../helpers/stores.js";

const F = (name: string) => new URL(`../fixtures/official/shapes/${name}`, import.meta.url).pathname;
const CSV = new URL("../fixtures/official/gacc-en-magnets-export-202511.csv", import.meta.url).pathname;
const opts = { published: "2025-12-20" };

let store: Store;
beforeEach(async () => (store = await emptyStore()));
afterEach(() => store.close());

const observations = (s: Store) =>
  s.query<Record<string, unknown>>(
    `SELECT series, hs_code, partner, period, measure, CAST(value AS VARCHAR) AS value, unit,
      CAST(precision_unit AS VARCHAR) AS precision_unit
    FROM observations ORDER BY ALL`,
  );

describe("workbooks", () => {
  it("reads the first sheet a format recognises, giving the same figures as the CSV download", async () => {
    const r = await ingestFiles(store, [F("gacc-en-magnets-export-202511.xlsx")], opts);
    expect(r.rejected).toEqual([]);
    expect(r.inserted).toBeGreaterThan(0);
    expect(r.files[0]!.format).toBe('China customs query platform (English), sheet "Results" of a workbook');
    const fromCsv = await emptyStore();
    try {
      const c = await ingestFiles(fromCsv, [CSV], opts);
      expect(r.inserted).toBe(c.inserted);
      expect(await observations(store)).toEqual(await observations(fromCsv));
    } finally {
      fromCsv.close();
    }
    // a code the sheet holds as a number is text again, all eight digits
    expect(new Set((await observations(store)).map((o) => o.hs_code))).toEqual(
      new Set(["85051110", "85051190"]),
    );
  });

  it("stores nothing new when the same workbook comes again", async () => {
    const first = await ingestFiles(store, [F("gacc-en-magnets-export-202511.xlsx")], opts);
    const again = await ingestFiles(store, [F("gacc-en-magnets-export-202511.xlsx")], opts);
    expect(again).toMatchObject({ inserted: 0, unchanged: first.inserted, rejected: [] });
  });

  it("reads a published table kept as a workbook", async () => {
    const r = await ingestFiles(store, [F("gacc-zh-monthly-table-202510.xlsx")], { published: "2025-11-07" });
    expect(r).toMatchObject({ inserted: 8, rejected: [] });
    expect(r.files[0]!.format).toBe('China customs published table (Chinese), sheet "表1" of a workbook');
    const rows = await observations(store);
    expect(rows).toContainEqual(
      expect.objectContaining({
        series: "rare-earths",
        period: "2025-10",
        measure: "value",
        value: "37204000.000000",
      }),
    );
  });

  it("names the workbook and the sheet's row of a bad cell, and stores nothing", async () => {
    const path = F("gacc-en-bad-quantity-export-202511.xlsx");
    const r = await ingestFiles(store, [path], opts);
    expect(r.inserted).toBe(0);
    expect(r.rejected[0]).toMatchObject({ file: path, line: 4, field: "Quantity" });
    expect(await observations(store)).toEqual([]);
  });

  it("refuses a workbook with no sheet in a format it reads, naming the sheets", async () => {
    const path = F("not-trade-data.xlsx");
    const r = await ingestFiles(store, [path], opts);
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 1,
        field: "(header)",
        reason: expect.stringMatching(
          /^a workbook none of whose sheets \("Budget", "Notes"\) is in a format/,
        ),
      },
    ]);
  });

  it("refuses a damaged .xlsx and an Excel 97-2003 workbook with what to do", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lodestone-workbooks-"));
    const damaged = join(dir, "damaged.xlsx");
    writeFileSync(damaged, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(64, 7)]));
    const old = join(dir, "old.xls");
    writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = await ingestFiles(store, [damaged, old], opts);
    expect(r.inserted).toBe(0);
    expect(r.rejected).toEqual([
      expect.objectContaining({
        file: damaged,
        reason: expect.stringMatching(/^an \.xlsx file that does not open/),
      }),
      expect.objectContaining({
        file: old,
        reason: expect.stringMatching(/^an Excel 97-2003 workbook \(\.xls\)/),
      }),
    ]);
  });
});
