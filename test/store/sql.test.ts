// Prepared statements are reused, but never shared by two queries running at the same time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { QueryError } from "../../src/errors.js";
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
