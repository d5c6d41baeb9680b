// The one way SQL runs: bound parameters only, results as JSON-safe rows (DECIMAL and BIGINT
// come back as exact strings), and every failure wrapped once with its SQL and parameters.
// Queries are prepared once per connection and reused: DuckDB's planning of the analytics SQL
// costs more than running it on a month's rows, so a warm query skips it.
import {
  JsonDuckDBValueConverter,
  type DuckDBConnection,
  type DuckDBMaterializedResult,
  type DuckDBPreparedStatement,
  type DuckDBValue,
} from "@duckdb/node-api";
import { QueryError } from "../errors.js";

export type Row = Record<string, unknown>;
export type Params = (string | number | boolean | null)[];

const CACHE_SIZE = 128;

/**
 * Prepared statements of one connection, reused across calls. A statement is lent to one query at
 * a time (queries may overlap, e.g. under Promise.all): an overlapping query prepares its own copy.
 * Idle statements of the least recently used SQL texts are dropped first.
 */
export class StatementCache {
  private readonly idle = new Map<string, DuckDBPreparedStatement[]>();
  private size = 0;

  constructor(private readonly conn: DuckDBConnection) {}

  /** Run `work` with a statement for `sql` that no other query is using meanwhile. */
  async with<T>(sql: string, work: (statement: DuckDBPreparedStatement) => Promise<T>): Promise<T> {
    const spare = this.idle.get(sql);
    let statement = spare?.pop();
    if (statement) this.size--;
    else statement = await this.conn.prepare(sql);
    try {
      return await work(statement);
    } finally {
      this.giveBack(sql, statement);
    }
  }

  private giveBack(sql: string, statement: DuckDBPreparedStatement): void {
    const list = this.idle.get(sql) ?? [];
    this.idle.delete(sql);
    this.idle.set(sql, [...list, statement]);
    this.size++;
    while (this.size > CACHE_SIZE) {
      const [oldest, statements] = this.idle.entries().next().value as [string, DuckDBPreparedStatement[]];
      for (const s of statements) s.destroySync();
      this.size -= statements.length;
      this.idle.delete(oldest);
    }
  }

  clear(): void {
    for (const list of this.idle.values()) for (const s of list) s.destroySync();
    this.idle.clear();
    this.size = 0;
  }
}

/** Run a query (one statement) and return its rows as plain objects. */
export async function queryRows<T = Row>(
  cache: StatementCache,
  sql: string,
  params: Params = [],
): Promise<T[]> {
  try {
    return await cache.with(sql, async (statement) => {
      statement.clearBindings();
      if (params.length > 0) statement.bind(params as DuckDBValue[]);
      return rowsOf<T>(await statement.run());
    });
  } catch (err) {
    throw new QueryError(sql, params, err);
  }
}

/**
 * Run a query unprepared on one connection. Counts that must see a write just made use this: DuckDB
 * plans `count(*)` from table statistics when a statement is prepared, so a prepared statement reused
 * after a write returns the old count. Queries on a connection's temporary tables need it too.
 */
export async function queryOnce<T = Row>(
  conn: DuckDBConnection,
  sql: string,
  params: Params = [],
): Promise<T[]> {
  try {
    return rowsOf<T>(await conn.run(sql, params.length > 0 ? (params as DuckDBValue[]) : undefined));
  } catch (err) {
    throw new QueryError(sql, params, err);
  }
}

/**
 * The rows of a query's result as JSON-safe objects (what a result reader's `getRowObjectsJson`
 * gives), read where they lie: the result is whole once the query has run, and a reader's `readAll`
 * would ask DuckDB's thread for it again, once per chunk and once more for the end. A caller busy
 * meanwhile (a text being read while its data version is asked) found the query done and still
 * waited for those turns.
 */
function rowsOf<T>(result: DuckDBMaterializedResult): T[] {
  const names = result.deduplicatedColumnNames();
  const rows: T[] = [];
  for (let i = 0; i < result.chunkCount; i++) {
    const chunk = result.getChunk(i);
    for (let r = 0; r < chunk.rowCount; r++) {
      const row: Row = {};
      chunk.visitRowValues(r, (value, _row, column, type) => {
        row[names[column] as string] = JsonDuckDBValueConverter(value, type, JsonDuckDBValueConverter);
      });
      rows.push(row as T);
    }
  }
  return rows;
}

/** True when the database has a table of this name (a connection's temporary tables do not count). */
export async function tableExists(conn: DuckDBConnection, name: string): Promise<boolean> {
  const rows = await queryOnce(
    conn,
    "SELECT 1 FROM duckdb_tables() WHERE table_name = ? AND schema_name = 'main' AND NOT temporary",
    [name],
  );
  return rows.length > 0;
}

/** Run statements for their effect (several may be separated by semicolons when there are no parameters). */
export async function execute(conn: DuckDBConnection, sql: string, params: Params = []): Promise<void> {
  try {
    await conn.run(sql, params.length > 0 ? (params as DuckDBValue[]) : undefined);
  } catch (err) {
    throw new QueryError(sql, params, err);
  }
}

/** Conditions and their bound parameters, built up one filter at a time. */
export class Where {
  readonly conditions: string[] = [];
  readonly params: Params = [];

  /** `column IN (?, ...)` for one value or a list; nothing when the value is undefined. */
  in(column: string, value: string | readonly string[] | undefined): this {
    if (value === undefined) return this;
    const values = typeof value === "string" ? [value] : value;
    this.conditions.push(`${column} IN (${values.map(() => "?").join(", ")})`);
    this.params.push(...values);
    return this;
  }

  /** A condition with one `?`, added only when the value is given. */
  when(condition: string, value: string | null | undefined): this {
    if (!value) return this;
    this.conditions.push(condition);
    this.params.push(value);
    return this;
  }

  /** `WHERE ...`, or nothing when there is no condition. */
  sql(): string {
    return this.conditions.length > 0 ? `WHERE ${this.conditions.join(" AND ")}` : "";
  }
}
