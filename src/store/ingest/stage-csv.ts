// Staging a delimited file with DuckDB's own reader: every cell as text (codes keep their leading
// zeros), rows in file order with their line number, and rows the reader cannot take (too few or
// too many cells, bytes that are not UTF-8) kept aside as problems with their line, never fatal.
import type { DuckDBConnection } from "@duckdb/node-api";
import { QueryError } from "../../errors.js";
import { execute, queryOnce } from "../sql.js";

export interface CsvStageOptions {
  /** The file to read (UTF-8: transcode other encodings first). */
  path: string;
  /** Table to create (temporary), with `line` and the cells as `c0`, `c1`, ... */
  table: string;
  columns: number;
  /** Lines before the first data row (the header and anything above it). */
  skip: number;
  delimiter: "," | "\t" | ";";
  /** Tab-separated bulk files are not quoted: a stray `"` in a description must stay text. */
  quoted: boolean;
  gzip: boolean;
  /**
   * The cells to keep (by index); the others are read and dropped. Default: all. The file is then
   * read as Latin-1: DuckDB's reader fails fatally (the database must be reopened) on bytes that are
   * not UTF-8 in a kept cell past the number kept, and kept cells must be ASCII codes and numbers anyway.
   */
  keep?: number[];
}

export interface RejectedLine {
  line: number;
  kind: string;
  message: string;
  /** The line as the file has it (as far as the reader kept it), or null. */
  text: string | null;
}

/** Stage one file; returns the lines DuckDB's reader refused (at most `limit`) and their count. */
export async function stageCsv(
  conn: DuckDBConnection,
  o: CsvStageOptions,
  limit = 100,
): Promise<{ rejected: RejectedLine[]; rejectedCount: number }> {
  const raw = `${o.table}_raw`;
  // only the cells the adapter reads are kept: a bulk file has 47 columns, Lodestone reads 18
  const kept = o.keep ? o.keep.map((i) => `c${i}`).join(", ") : "*";
  try {
    await readCsv(conn, o, raw, kept);
  } catch (err) {
    // the reader gives up on the whole file (line ends that change from CRLF to LF, a gzip stream
    // damaged past its start): one problem for the file, with the reader's first line as its reason
    const message = (
      err instanceof QueryError && err.cause instanceof Error ? err.cause.message : String(err)
    )
      .split("\n")[0]!
      .replace(/^Invalid Input Error: /, "");
    await execute(conn, `DROP TABLE IF EXISTS ${o.table}_rejects; DROP TABLE IF EXISTS ${o.table}_scans`);
    return { rejected: [{ line: o.skip + 1, kind: "UNREADABLE", message, text: null }], rejectedCount: 1 };
  }
  // one reject row per refused cell: keep one per line, numbered in order
  await execute(
    conn,
    `CREATE OR REPLACE TEMP TABLE ${o.table}_badlines AS
    SELECT line, kind, message, text, row_number() OVER (ORDER BY line) AS j FROM (
      SELECT CAST(line AS BIGINT) AS line, CAST(any_value(error_type) AS VARCHAR) AS kind, any_value(error_message) AS message,
        any_value(csv_line) AS text
      FROM ${o.table}_rejects GROUP BY line)
    -- the end-of-file mark (Ctrl-Z) old tools write on a line of its own after the last row
    WHERE NOT regexp_full_match(coalesce(text, ''), '\\s*' || chr(26) || '\\s*')`,
  );
  const first = o.skip + 1;
  const [count] = await queryOnce<{ n: string }>(conn, `SELECT count(*) AS n FROM ${o.table}_badlines`);
  const rejectedCount = Number(count?.n ?? 0);
  if (rejectedCount === 0) {
    // the common case: a view, so a million-row file is not copied a second time
    await execute(
      conn,
      `CREATE OR REPLACE TEMP VIEW ${o.table} AS SELECT CAST(rowid + ${first} AS BIGINT) AS line, * FROM ${raw}`,
    );
  } else {
    // A kept row's line: its ordinal among kept rows plus the refused lines before it. With g_j the
    // number of kept rows before refused line j, the refused lines before kept row k are those with g_j < k.
    await execute(
      conn,
      `CREATE OR REPLACE TEMP VIEW ${o.table} AS
      WITH kept AS (SELECT rowid + 1 AS k, * FROM ${raw}),
           gaps AS (SELECT line - ${first} - (j - 1) AS g, j FROM ${o.table}_badlines)
      SELECT CAST(${first} + kept.k - 1 + coalesce(gaps.j, 0) AS BIGINT) AS line, kept.* EXCLUDE (k)
      FROM kept ASOF LEFT JOIN gaps ON kept.k > gaps.g`,
    );
  }
  const rejected = await queryOnce<RejectedLine>(
    conn,
    `SELECT CAST(line AS INTEGER) AS line, kind, message, text FROM ${o.table}_badlines ORDER BY line LIMIT ${limit}`,
  );
  await execute(conn, `DROP TABLE ${o.table}_rejects; DROP TABLE ${o.table}_scans`);
  return { rejected, rejectedCount };
}

/** DuckDB's reader over the file, every cell as text, refused lines kept aside in `<table>_rejects`. */
async function readCsv(conn: DuckDBConnection, o: CsvStageOptions, raw: string, kept: string): Promise<void> {
  await execute(conn, `CREATE OR REPLACE TEMP TABLE ${raw} AS SELECT ${kept} FROM ${readCsvSql(o)}`, [
    o.path,
  ]);
}

/**
 * The `read_csv(?, ...)` call of a staged file (the one parameter is its path): every cell as text
 * named `c0`, `c1`, ..., refused lines kept aside in `<table>_rejects` (and `<table>_scans`).
 */
export function readCsvSql(o: CsvStageOptions): string {
  const columns = Array.from({ length: o.columns }, (_, i) => `'c${i}': 'VARCHAR'`).join(", ");
  return `read_csv(?,
    header = false, skip = ${o.skip}, delim = '${o.delimiter === "\t" ? "\\t" : o.delimiter}',
    quote = '${o.quoted ? '"' : ""}', escape = '${o.quoted ? '"' : ""}', columns = {${columns}},
    auto_detect = false, compression = '${o.gzip ? "gzip" : "none"}', encoding = '${o.keep ? "latin-1" : "utf-8"}', store_rejects = true,
    rejects_table = '${o.table}_rejects', rejects_scan = '${o.table}_scans', rejects_limit = 0)`;
}

/** Drop what `stageCsv` made. */
export async function dropStage(conn: DuckDBConnection, table: string): Promise<void> {
  await execute(
    conn,
    `DROP VIEW IF EXISTS ${table}; DROP TABLE IF EXISTS ${table}_badlines; DROP TABLE IF EXISTS ${table}_raw`,
  );
}

/** The field a refused line's problem names: the row, or the whole file when the reader gave up on it. */
export function rejectField(r: RejectedLine): string {
  return r.kind === "UNREADABLE" ? "(file)" : "(row)";
}

/** A refused line as a problem's reason. */
export function rejectReason(r: RejectedLine, columns: number): string {
  if (r.kind === "INVALID ENCODING")
    return "bytes that are not UTF-8 (is the file GB18030 or another encoding?)";
  if (r.kind === "UNREADABLE")
    return /state machine/.test(r.message)
      ? "the CSV reader cannot follow the file's rows (do its line ends change between CRLF and LF?)"
      : `the CSV reader cannot read the file: ${r.message}`;
  if (r.kind === "MISSING COLUMNS" || r.kind === "TOO MANY COLUMNS") {
    const found = /Found:\s*(\d+)/.exec(r.message)?.[1];
    return found
      ? `a row of ${found} cells where the header has ${columns} (a cell missing, a delimiter inside an unquoted cell, or a line that is not a row of the table?)`
      : `expected ${columns} cells: ${r.message}`;
  }
  return `${r.kind.toLowerCase()}: ${r.message}`;
}
