// Stores for tests: a real DuckDB in memory, with or without the shipped reference dataset.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { inject } from "vitest";
import { openLodestone } from "../../src/ingest/reference-data.js";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { openStore, type Store } from "../../src/store/open-store.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The reference database file the run's global setup loaded once (see reference-template.ts). */
    referenceTemplate?: string;
  }
}

/**
 * A fresh in-memory store holding the shipped reference dataset. Loading the dataset takes seconds
 * and some 200 test files need it, so the run loads it once into a file (`referenceTemplate`) and
 * each store is a new in-memory database, migrated as any other, with the file's rows copied in.
 */
export async function referenceStore(): Promise<Store> {
  const template = await referenceTemplateFile();
  const store = await openStore({ path: ":memory:" });
  try {
    await copyDatabase(store, template);
  } catch (err) {
    store.close();
    throw err;
  }
  return store;
}

let ownTemplate: Promise<string> | undefined;

/**
 * The run's reference database file, or one this process loads itself outside a test run (the
 * drills) or without one. Copy it; never open it for writing.
 */
export function referenceTemplateFile(): Promise<string> {
  const provided = providedTemplate();
  if (provided) return Promise.resolve(provided);
  ownTemplate ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "lodestone-reference-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    return writeReferenceTemplate(join(dir, "reference.duckdb"));
  })();
  return ownTemplate;
}

function providedTemplate(): string | undefined {
  try {
    return inject("referenceTemplate");
  } catch {
    return undefined; // not under vitest: `npm run drills` imports these helpers too
  }
}

/** Load the shipped dataset into a new database file, as `openLodestone` loads it into any store. */
export async function writeReferenceTemplate(path: string): Promise<string> {
  const store = await openLodestone({ path });
  await store.execute("CHECKPOINT");
  store.close();
  return path;
}

/**
 * Copy every table of the database file at `path` into `store`: tables the store's migrations did
 * not make are created as the file has them, and the file's schema_version rows are not copied (the
 * store's own migrations wrote them).
 */
async function copyDatabase(store: Store, path: string): Promise<void> {
  await store.execute(`ATTACH '${path.replaceAll("'", "''")}' AS reference_template (READ_ONLY)`);
  try {
    const tables = await store.query<{ name: string; sql: string; present: boolean }>(
      `SELECT t.table_name AS name, t.sql, m.table_name IS NOT NULL AS present
       FROM duckdb_tables() t
       LEFT JOIN duckdb_tables() m
         ON m.database_name = 'memory' AND m.schema_name = 'main' AND m.table_name = t.table_name
       WHERE t.database_name = 'reference_template' AND t.schema_name = 'main'
       ORDER BY t.table_name`,
    );
    for (const t of tables) {
      if (t.name === "schema_version") continue;
      if (!t.present) await store.execute(t.sql);
      await store.execute(
        `INSERT INTO memory.main."${t.name}" BY NAME SELECT * FROM reference_template.main."${t.name}"`,
      );
    }
  } finally {
    await store.execute("DETACH reference_template");
  }
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
