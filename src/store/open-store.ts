// Opening the one DuckDB file: created on first use, migrated to the current schema, refused with a
// clear message when locked by another process or written by a newer Lodestone. Readers open it
// read-only: DuckDB lets many read-only processes share a file (a running server and CLI reads),
// but only one process that writes, and never both at once.
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { StoreError } from "../errors.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";
import { execute, queryRows, StatementCache, tableExists, type Params, type Row } from "./sql.js";

export interface Store {
  readonly path: string;
  /** Opened read-only: many processes may read the file at once, none may write it meanwhile. */
  readonly readOnly: boolean;
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
  /** Open an existing file read-only (ignored for `:memory:`). The schema must be current. */
  readOnly?: boolean;
  /** Extra connections for reads, so that independent queries run side by side (default 2). */
  readers?: number;
  /** DuckDB settings, e.g. `{ memory_limit: "1GB" }` to bound a large job. */
  duckdb?: Record<string, string>;
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
  const readOnly = (options.readOnly ?? false) && path !== ":memory:";
  if (path !== ":memory:" && !readOnly) mkdirSync(dirname(path), { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, {
      ...options.duckdb,
      ...(readOnly ? { access_mode: "READ_ONLY" } : {}),
    });
  } catch (err) {
    throw openError(path, err, readOnly);
  }
  const conn = await instance.connect();
  const readers = await Promise.all(
    Array.from({ length: options.readers ?? READERS }, () => instance.connect()),
  );
  const store = makeStore(path, readOnly, instance, conn, readers);
  try {
    if (readOnly) await checkSchema(store);
    else await migrate(store);
  } catch (err) {
    store.close();
    throw err;
  }
  return store;
}

/** Extra connections for reads, so that independent queries (under Promise.all) run side by side. */
const READERS = 2;

function makeStore(
  path: string,
  readOnly: boolean,
  instance: DuckDBInstance,
  conn: DuckDBConnection,
  readers: DuckDBConnection[],
): Store {
  const statements = new StatementCache(conn);
  const readCaches = readers.length > 0 ? readers.map((r) => new StatementCache(r)) : [statements];
  let turn = 0;
  // The work of a transaction (and only it) reads on the main connection, seeing its own uncommitted
  // writes; every other query reads committed data on a reader connection, so a reader during an
  // ingest sees the data before or after it, never between, and never disturbs the writer.
  const inTransaction = new AsyncLocalStorage<true>();
  const reader = () => (inTransaction.getStore() ? statements : readCaches[turn++ % readCaches.length]!);
  let writing: Promise<unknown> = Promise.resolve();
  return {
    path,
    readOnly,
    conn,
    query: (sql, params) => queryRows(reader(), sql, params),
    execute: (sql, params) => execute(conn, sql, params),
    transaction(work) {
      if (inTransaction.getStore()) return work();
      // transactions take turns on the one writing connection
      const run = writing.then(() =>
        inTransaction.run(true, async () => {
          await execute(conn, "BEGIN TRANSACTION");
          try {
            const result = await work();
            await execute(conn, "COMMIT");
            return result;
          } catch (err) {
            await execute(conn, "ROLLBACK");
            throw err;
          }
        }),
      );
      writing = run.catch(() => undefined);
      return run;
    },
    close() {
      for (const cache of new Set([statements, ...readCaches])) cache.clear();
      for (const r of readers) r.closeSync();
      conn.closeSync();
      instance.closeSync();
    },
  };
}

function openError(path: string, err: unknown, readOnly: boolean): StoreError {
  const message = err instanceof Error ? err.message : String(err);
  if (/lock/i.test(message)) {
    return readOnly
      ? new StoreError(
          `database is locked by another process that writes to it: ${path} (wait for it to finish, or use --db for another file)`,
        )
      : new StoreError(
          `database is locked by another process: ${path} (a running \`lodestone serve\` or another command holds it; ` +
            "stop it to write, or use --db for another file; reading commands work alongside a server)",
        );
  }
  if (readOnly && /does not exist/i.test(message)) return new StoreError(`database does not exist: ${path}`);
  return new StoreError(`cannot open database ${path}: ${firstLine(message)}`);
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}

/** The schema version the file holds (0 for a new file). */
export async function schemaVersion(store: Store): Promise<number> {
  if (!(await tableExists(store.conn, "schema_version"))) return 0;
  const [row] = await store.query<{ v: number | null }>("SELECT max(version) AS v FROM schema_version");
  return row?.v ?? 0;
}

function tooNew(store: Store, current: number): StoreError {
  return new StoreError(
    `database ${store.path} has schema version ${current}, newer than this Lodestone supports (${SCHEMA_VERSION}); upgrade Lodestone or use another --db`,
  );
}

/** A read-only file cannot be migrated: it must already hold the current schema. */
async function checkSchema(store: Store): Promise<void> {
  const current = await schemaVersion(store);
  if (current > SCHEMA_VERSION) throw tooNew(store, current);
  if (current < SCHEMA_VERSION) {
    throw new StoreError(
      `database ${store.path} has schema version ${current} and needs an upgrade to ${SCHEMA_VERSION}, which a read-only opening cannot do`,
    );
  }
}

async function migrate(store: Store): Promise<void> {
  await store.execute(
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied TIMESTAMP NOT NULL)",
  );
  const current = await schemaVersion(store);
  if (current > SCHEMA_VERSION) throw tooNew(store, current);
  for (const m of MIGRATIONS.filter((m) => m.version > current)) {
    await store.transaction(async () => {
      await store.execute(m.sql);
      await store.execute("INSERT INTO schema_version VALUES (?, now())", [m.version]);
    });
  }
}
