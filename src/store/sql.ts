// The one way SQL runs: bound parameters only, results as JSON-safe rows (DECIMAL and BIGINT
// come back as exact strings), and every failure wrapped once with its SQL and parameters.
import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";
import { QueryError } from "../errors.js";

export type Row = Record<string, unknown>;
export type Params = (string | number | boolean | null)[];

/** Run a query and return its rows as plain objects. */
export async function queryRows<T = Row>(conn: DuckDBConnection, sql: string, params: Params = []): Promise<T[]> {
  try {
    const reader = await conn.runAndReadAll(sql, params as DuckDBValue[]);
    return reader.getRowObjectsJson() as T[];
  } catch (err) {
    throw new QueryError(sql, params, err);
  }
}

/** Run a statement for its effect. */
export async function execute(conn: DuckDBConnection, sql: string, params: Params = []): Promise<void> {
  try {
    await conn.run(sql, params as DuckDBValue[]);
  } catch (err) {
    throw new QueryError(sql, params, err);
  }
}

/** Quote an identifier for SQL (table or column names are never bound parameters). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
