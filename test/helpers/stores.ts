// Stores for tests: a real DuckDB in memory, with or without the shipped reference dataset.
import { createHash } from "node:crypto";
import { DuckDBInstance } from "@duckdb/node-api";
import { openLodestone } from "../../src/ingest/reference-data.js";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { openStore, type Store } from "../../src/store/open-store.js";

/** A fresh in-memory store holding the shipped reference dataset. */
export function referenceStore(): Promise<Store> {
  return openLodestone({ path: ":memory:" });
}

/** A fresh, empty in-memory store. */
export function emptyStore(): Promise<Store> {
  return openStore({ path: ":memory:" });
}

/** Everything the store holds, as one comparable text: to prove that a failed ingest changed nothing. */
export async function snapshotOf(store: Store): Promise<string> {
  const parts: unknown[] = [];
  for (const table of ["sources", "observations", "events", "ingests"]) {
    parts.push(await store.query(`SELECT * FROM ${table} ORDER BY ALL`));
  }
  return JSON.stringify(parts);
}

/**
 * Every table the database file keeps (not the temporary ones), each as its name, row count and a
 * hash of its rows in order: the canonical dump the kill drill compares byte for byte.
 */
export async function dumpStore(store: Store): Promise<string> {
  const tables = await store.query<{ name: string }>(
    "SELECT table_name AS name FROM duckdb_tables() WHERE NOT temporary AND schema_name = 'main' ORDER BY name",
  );
  const lines: string[] = [];
  for (const { name } of tables) {
    const rows = await store.query(`SELECT * FROM "${name}" ORDER BY ALL`);
    const text = JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    lines.push(`${name} ${rows.length} ${createHash("sha256").update(text).digest("hex")}`);
  }
  return lines.join("\n");
}

/**
 * A database file made by the migrations up to `version` (the schema of an older Lodestone), with
 * `sql` run on it after them, then closed: for tests of a later migration.
 */
export async function databaseAtVersion(path: string, version: number, sql = ""): Promise<void> {
  const instance = await DuckDBInstance.create(path);
  const conn = await instance.connect();
  await conn.run("CREATE TABLE schema_version (version INTEGER NOT NULL, applied TIMESTAMP NOT NULL)");
  for (const m of MIGRATIONS.filter((x) => x.version <= version)) {
    await conn.run(m.sql);
    await conn.run(`INSERT INTO schema_version VALUES (${m.version}, now())`);
  }
  if (sql) await conn.run(sql);
  conn.closeSync();
  instance.closeSync();
}
