// Opening the one DuckDB file: created on first use, migrated to the current schema, refused with a
// clear message when locked by another process or written by a newer Lodestone.
import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { StoreError } from "../errors.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";
import { execute, queryRows, StatementCache, type Params, type Row } from "./sql.js";

export interface Store {
  readonly path: string;
  readonly conn: DuckDBConnection;
  query<T = Row>(sql: string, params?: Params): Promise<T[]>;
  execute(sql: string, params?: Params): Promise<void>;
  /** Run `work` in one transaction: all of it is stored, or none of it. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): void;
}

export interface StoreOptions {
  /** A file path, or `:memory:`. Default: `$LODESTONE_DB`, else the user's data directory. */
  path?: string;
  env?: Record<string, string | undefined>;
}

/** Where the database lives when no path is given. */
export function defaultDbPath(env: Record<string, string | undefined> = process.env): string {
  if (env.LODESTONE_DB) return env.LODESTONE_DB;
  const dataHome = env.XDG_DATA_HOME || join(env.HOME || homedir(), ".local", "share");
  return join(dataHome, "lodestone", "lodestone.duckdb");
}

/**
 * Open (creating and migrating as needed) a Lodestone database.
 * @example const store = await openStore({ path: ":memory:" });
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const path = options.path ?? defaultDbPath(options.env);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path);
  } catch (err) {
    throw openError(path, err);
  }
  const conn = await instance.connect();
  const readers = await Promise.all(Array.from({ length: READERS }, () => instance.connect()));
  const store = makeStore(path, instance, conn, readers);
  try {
    await migrate(store);
  } catch (err) {
    store.close();
    throw err;
  }
  return store;
}

/** Extra connections for reads, so that independent queries (under Promise.all) run side by side. */
const READERS = 2;

function makeStore(path: string, instance: DuckDBInstance, conn: DuckDBConnection, readers: DuckDBConnection[]): Store {
  let depth = 0;
  const statements = new StatementCache(conn);
  const readCaches = [statements, ...readers.map((r) => new StatementCache(r))];
  let turn = 0;
  // inside a transaction every query must see its uncommitted writes: the main connection only
  const reader = () => (depth > 0 ? statements : readCaches[turn++ % readCaches.length]!);
  return {
    path,
    conn,
    query: (sql, params) => queryRows(reader(), sql, params),
    execute: (sql, params) => execute(conn, sql, params),
    async transaction(work) {
      if (depth > 0) return work();
      depth++;
      await execute(conn, "BEGIN TRANSACTION");
      try {
        const result = await work();
        await execute(conn, "COMMIT");
        return result;
      } catch (err) {
        await execute(conn, "ROLLBACK");
        throw err;
      } finally {
        depth--;
      }
    },
    close() {
      for (const cache of readCaches) cache.clear();
      for (const r of readers) r.closeSync();
      conn.closeSync();
      instance.closeSync();
    },
  };
}

function openError(path: string, err: unknown): StoreError {
  const message = err instanceof Error ? err.message : String(err);
  if (/lock/i.test(message)) {
    return new StoreError(`database is locked by another process: ${path} (close it there, or use --db for another file)`);
  }
  if (/not a valid DuckDB database|Unable to open|serialization|version/i.test(message)) {
    return new StoreError(`cannot open database ${path}: ${firstLine(message)}`);
  }
  return new StoreError(`cannot open database ${path}: ${firstLine(message)}`);
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}

async function migrate(store: Store): Promise<void> {
  await store.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied TIMESTAMP NOT NULL)");
  const [row] = await store.query<{ v: number | null }>("SELECT max(version) AS v FROM schema_version");
  const current = row?.v ?? 0;
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      `database ${store.path} has schema version ${current}, newer than this Lodestone supports (${SCHEMA_VERSION}); upgrade Lodestone or use another --db`,
    );
  }
  for (const m of MIGRATIONS.filter((m) => m.version > current)) {
    await store.transaction(async () => {
      await store.execute(m.sql);
      await store.execute("INSERT INTO schema_version VALUES (?, now())", [m.version]);
    });
  }
}
