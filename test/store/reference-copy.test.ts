// The tests' reference store is a copy of a database loaded once per run (test/helpers/stores.ts):
// it must hold what loading the shipped dataset into a fresh in-memory store gives, row for row and
// in the order of the files, with the same tables, views and constraints.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLodestone } from "../../src/ingest/reference-data.js";
import type { Store } from "../../src/store/open-store.js";
import { cacheIsCurrent } from "../../src/store/resolved-cache.js";
import { referenceStore } from "../helpers/stores.js";

let loaded: Store;
let copied: Store;
beforeAll(async () => {
  [loaded, copied] = await Promise.all([openLodestone({ path: ":memory:" }), referenceStore()]);
});
afterAll(() => {
  loaded?.close();
  copied?.close();
});

const catalog = (store: Store) =>
  Promise.all([
    store.query("SELECT table_name, sql FROM duckdb_tables() WHERE NOT temporary ORDER BY table_name"),
    store.query("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal ORDER BY view_name"),
    store.query("SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints() ORDER BY ALL"),
    store.query("SELECT index_name, sql FROM duckdb_indexes() ORDER BY index_name"),
  ]);

describe("the tests' reference store", () => {
  it("has the tables, views and constraints of a freshly loaded store", async () => {
    const [tables] = await catalog(copied);
    expect(tables.map((t) => t.table_name)).toContain("resolved_cache");
    expect(await catalog(copied)).toEqual(await catalog(loaded));
  });

  it("holds the same rows, but for the times of the load", async () => {
    // when the dataset was ingested, and the cache fingerprint that names that time
    const timed = new Set([
      "ingests.ingested_at",
      "schema_version.applied",
      "resolved_cache_state.fingerprint",
    ]);
    const tables = await loaded.query<{ name: string }>(
      "SELECT table_name AS name FROM duckdb_tables() WHERE NOT temporary ORDER BY name",
    );
    expect(tables.length).toBeGreaterThan(5);
    for (const { name } of tables) {
      const columns = await loaded.query<{ name: string }>(
        "SELECT column_name AS name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
        [name],
      );
      const kept = columns.map((c) => c.name).filter((c) => !timed.has(`${name}.${c}`));
      const select = kept.length
        ? `SELECT ${kept.map((c) => `"${c}"`).join(", ")} FROM "${name}" ORDER BY ALL`
        : `SELECT count(*) AS n FROM "${name}"`;
      expect(await copied.query(select), name).toEqual(await loaded.query(select));
    }
  });

  it("holds a resolved cache that is current for its own ingests, as a fresh load's is", async () => {
    expect(await cacheIsCurrent(loaded)).toBe(true);
    expect(await cacheIsCurrent(copied)).toBe(true);
  });

  it("gives the loaded rows in the order of the files to a query that names none", async () => {
    // (the resolved cache is built by a parallel query: its order differs between two loads too)
    for (const select of [
      "SELECT * FROM sources",
      "SELECT * FROM observation_rows",
      "SELECT * FROM events",
      "SELECT id, file FROM ingests",
      "SELECT id, period, value FROM observations",
    ]) {
      const rows = await loaded.query(select);
      expect(rows.length, select).toBeGreaterThan(0);
      expect(await copied.query(select), select).toEqual(rows);
    }
  });

  it("keeps one schema_version row per migration, from its own migrations", async () => {
    const versions = "SELECT version FROM schema_version ORDER BY version";
    expect(await copied.query(versions)).toEqual(await loaded.query(versions));
  });
});
