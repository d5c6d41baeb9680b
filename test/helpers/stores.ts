// Stores for tests: a real DuckDB in memory, with or without the shipped reference dataset.
import { createHash } from "node:crypto";
import { openLodestone } from "../../src/ingest/reference-data.js";
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
