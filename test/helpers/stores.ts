// Stores for tests: a real DuckDB in memory, with or without the shipped reference dataset.
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
