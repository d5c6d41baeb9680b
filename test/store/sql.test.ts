// Prepared statements are reused, but never shared by two queries running at the same time; rows
// are read from the finished result as a result reader would give them.
import { DuckDBResult } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { QueryError } from "../../src/errors.js";
import { queryOnce } from "../../src/store/sql.js";
import { emptyStore } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => (store = await emptyStore()));
afterAll(() => store.close());

describe("store.query", () => {
  it("gives each of many overlapping runs of one statement its own parameters", async () => {
    const sql = "SELECT CAST(? AS INTEGER) * 2 AS doubled, CAST(? AS VARCHAR) AS label FROM range(50)";
    const runs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.query<{ doubled: number; label: string }>(sql, [i, `run ${i}`]),
      ),
    );
    runs.forEach((rows, i) => {
      expect(rows).toHaveLength(50);
      expect(new Set(rows.map((r) => `${r.doubled}/${r.label}`))).toEqual(new Set([`${i * 2}/run ${i}`]));
    });
  });

  it("sees tables replaced after a statement was first prepared", async () => {
    await store.execute("CREATE OR REPLACE TABLE t AS SELECT 1 AS x");
    expect(await store.query("SELECT x FROM t")).toEqual([{ x: 1 }]);
    await store.execute("CREATE OR REPLACE TABLE t AS SELECT 2 AS x UNION ALL SELECT 3");
    expect(await store.query("SELECT x FROM t ORDER BY x")).toEqual([{ x: 2 }, { x: 3 }]);
  });

  it("wraps a failed query once with its SQL and parameters", async () => {
    const err = await store.query("SELECT * FROM no_such_table WHERE x = ?", [1]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryError);
    expect(err).toMatchObject({ sql: "SELECT * FROM no_such_table WHERE x = ?", params: [1] });
  });
});

describe("rows of a result", () => {
  const sql = `SELECT i AS n, CAST(i AS BIGINT) * 1000000000000 AS big, CAST(i / 8 AS DECIMAL(18, 3)) AS dec,
                 'row ' || i AS label, NULL AS nothing, i AS n
               FROM range(5000) t(i) ORDER BY i`;

  it("are the rows a result reader gives, across chunks, with exact BIGINT and DECIMAL strings", async () => {
    const expected = (await store.conn.runAndReadAll(sql)).getRowObjectsJson();
    const rows = await store.query<Record<string, unknown>>(sql);
    expect(expected).toHaveLength(5000);
    expect(rows).toEqual(expected);
    expect(await queryOnce(store.conn, sql)).toEqual(expected);
    expect(rows[4999]).toMatchObject({ big: "4999000000000000", dec: "624.875", label: "row 4999" });
    expect(Object.keys(rows[0] as object)).toEqual(["n", "big", "dec", "label", "nothing", "n:1"]);
  });

  it("are read from the finished result, without asking DuckDB's thread for each chunk", async () => {
    const fetch = vi.spyOn(DuckDBResult.prototype, "fetchChunk");
    try {
      expect(await store.query(sql)).toHaveLength(5000);
      expect(await queryOnce(store.conn, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      expect(fetch).not.toHaveBeenCalled();
    } finally {
      fetch.mockRestore();
    }
  });
});
