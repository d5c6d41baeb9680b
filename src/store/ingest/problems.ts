// The problems of one ingest batch, kept in a temporary table rather than a JavaScript array: a
// file of 200,000 bad rows has 200,000 problems, and only the first 100 (by file and line) are
// worded for the user, with a count of the rest.
import type { FormatProblem } from "../../errors.js";
import type { Store } from "../open-store.js";
import { queryOnce } from "../sql.js";

export const PROBLEMS_TABLE = "ingest_problems";

/** How many problems are reported one by one; the rest are counted. */
export const PROBLEMS_SHOWN = 100;

/** A problem quotes the bad value, which may be a megabyte of one cell: its words are cut to this. */
const REASON_CHARS = 240;
const FIELD_CHARS = 80;

/** Start a batch with an empty problems table (columns f = file index, line, field, reason). */
export async function resetProblems(store: Store): Promise<void> {
  await store.execute(
    `CREATE OR REPLACE TEMP TABLE ${PROBLEMS_TABLE} (f INTEGER, line BIGINT, field VARCHAR, reason VARCHAR)`,
  );
}

/** Add problems found in JavaScript (file index, line, field, reason). */
export async function addProblems(
  store: Store,
  f: number,
  problems: readonly Omit<FormatProblem, "file">[],
): Promise<void> {
  if (problems.length === 0) return;
  const appender = await store.conn.createAppender(PROBLEMS_TABLE);
  for (const p of problems) {
    appender.appendInteger(f);
    appender.appendBigInt(BigInt(p.line));
    appender.appendVarchar(p.field);
    appender.appendVarchar(p.reason);
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
}

/** Add problems selected in SQL: `select` yields columns f, line, field, reason. */
export async function addProblemsSql(
  store: Store,
  select: string,
  params: (string | number | null)[] = [],
): Promise<void> {
  await store.execute(`INSERT INTO ${PROBLEMS_TABLE} ${select}`, params);
}

export async function problemCount(store: Store): Promise<number> {
  const [row] = await queryOnce<{ n: string }>(store.conn, `SELECT count(*) AS n FROM ${PROBLEMS_TABLE}`);
  return Number(row?.n ?? 0);
}

/** The first problems by file and line, with how many more there are. */
export async function firstProblems(
  store: Store,
  files: readonly string[],
  fieldName: (f: number, field: string) => string = (_f, x) => x,
): Promise<{ shown: FormatProblem[]; more: number }> {
  const total = await problemCount(store);
  const rows = await queryOnce<{ f: number; line: string; field: string; reason: string }>(
    store.conn,
    `SELECT DISTINCT f, line, left(field, ${FIELD_CHARS}) AS field,
      CASE WHEN length(reason) > ${REASON_CHARS} THEN left(reason, ${REASON_CHARS - 3}) || '...' ELSE reason END AS reason
    FROM ${PROBLEMS_TABLE} ORDER BY f, line, field, reason LIMIT ${PROBLEMS_SHOWN}`,
  );
  const shown = rows.map((r) => ({
    file: files[r.f] ?? "?",
    line: Number(r.line),
    field: fieldName(r.f, r.field),
    reason: r.reason,
  }));
  return { shown, more: Math.max(0, total - shown.length) };
}

/** Rows per file index of a staged table with a column `f`. */
export async function rowsPerFile(store: Store, table: string): Promise<Map<number, number>> {
  const rows = await queryOnce<{ f: number; n: string }>(
    store.conn,
    `SELECT f, count(*) AS n FROM ${table} GROUP BY f`,
  );
  return new Map(rows.map((r) => [Number(r.f), Number(r.n)]));
}
