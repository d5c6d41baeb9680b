// UN Comtrade: API v1 answers saved as JSON (the `{"elapsedTime","count","data","error"}` envelope)
// and bulk files (gzip, tab-separated, the API's record columns; the website's comma-separated
// export, its column names capitalised, and the legacy site's CSV work too). Files given together
// are one batch. The vintage is `--published`, else a date in the file name (bulk files carry their
// release date there), else unknown.
import type { Source } from "../../store/types.js";
import { loadCodeTables } from "../../store/ingest/code-tables.js";
import {
  checkComtradeDuplicates,
  COMTRADE_FIELDS,
  dropParsedComtrade,
  COMTRADE_REQUIRED,
  comtradeSources,
  dropComtradeJson,
  dropComtradeTables,
  parseComtradeRows,
  stageComtradeJson,
  stageComtradeDirect,
  stageComtradeObservations,
  type ComtradeStagedFile,
} from "../../store/ingest/comtrade-sql.js";
import { addProblems, problemCount, rowsPerFile } from "../../store/ingest/problems.js";
import {
  dropStage,
  readCsvSql,
  rejectField,
  rejectReason,
  stageCsv,
  type CsvStageOptions,
} from "../../store/ingest/stage-csv.js";
import { decimalCommaSql, spaceGroupedSql, ungroupedSql } from "../../store/ingest/decimal-sql.js";
import { queryOnce } from "../../store/sql.js";
import type { Store } from "../../store/open-store.js";
import type { Adapter, InputFile, IngestOptions, Prepared } from "../adapter.js";
import { splitCsvLine, type FileHead } from "../file-head.js";

const isJson = (head: FileHead) =>
  head.text.trimStart().startsWith("{") &&
  (/"(data|elapsedTime)"\s*:/.test(head.text) || apiRefusal(head) !== null);

/**
 * What the API said when it refused a request, saved in place of an answer (`{"statusCode": 401,
 * "message": "Access denied ..."}`, the body of a refused key or an exceeded quota), or null.
 */
function apiRefusal(head: FileHead): string | null {
  if (/"data"\s*:/.test(head.text)) return null;
  const status = /"statusCode"\s*:\s*(\d{3})/.exec(head.text)?.[1];
  const message = /"message"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(head.text)?.[1];
  if (status === undefined || message === undefined) return null;
  return `an error answer of the API (HTTP ${status}), not data: ${message}`;
}

/**
 * The API's field names by their lower-case spelling (the website's export capitalises them:
 * `CmdCode`), and by the column names of the legacy site's CSV (before 2023), whose trade flow is a
 * number (1 import, 2 export, 3 re-export, 4 re-import).
 */
const FIELD_BY_LOWER = new Map<string, string>([
  ...COMTRADE_FIELDS.map((f) => [f.toLowerCase(), f] as const),
  ["trade flow code", "flowCode"],
  ["reporter code", "reporterCode"],
  ["reporter iso", "reporterISO"],
  ["partner code", "partnerCode"],
  ["partner iso", "partnerISO"],
  ["2nd partner code", "partner2Code"],
  ["customs proc. code", "customsCode"],
  ["mode of transport code", "motCode"],
  ["commodity code", "cmdCode"],
  ["qty unit code", "qtyUnitCode"],
  ["alt qty unit code", "altQtyUnitCode"],
  ["alt qty", "altQty"],
  ["netweight (kg)", "netWgt"],
  ["trade value (us$)", "primaryValue"],
  // the same columns as some tools rename them, dropping spaces and signs
  ["tradeflow code", "flowCode"],
  ["netweightkg", "netWgt"],
  ["netweight kg", "netWgt"],
  ["tradevalueus", "primaryValue"],
  ["trade value us", "primaryValue"],
]);
const LEGACY_FLOW_COLUMNS = ["trade flow code", "tradeflow code"];
/** Figures a spreadsheet may write with thousands grouped (`1,234,567`). */
const FIGURES: readonly string[] = ["qty", "netWgt", "altQty", "primaryValue"];
const LEGACY_FLOWS = `WHEN '1' THEN 'M' WHEN '2' THEN 'X' WHEN '3' THEN 'RX' WHEN '4' THEN 'RM'`;

interface TableHeader {
  /** The cells spelled as the API spells its fields. */
  cells: string[];
  /** The file's own name of each field it has (what problems name). */
  names: Map<string, string>;
  delimiter: "," | "\t" | ";";
  /** The legacy site's CSV: flows as numbers. */
  legacy: boolean;
}

/** A bulk or exported table's header. */
function tableHeader(head: FileHead): TableHeader | null {
  // a spreadsheet set to a European language saves its CSV with semicolons
  const delimiter = head.firstLine.includes("\t") ? "\t" : head.firstLine.includes(";") ? ";" : ",";
  const raw = splitCsvLine(head.firstLine, delimiter);
  const cells = raw.map((c) => FIELD_BY_LOWER.get(c.trim().toLowerCase()) ?? c);
  const names = new Map(cells.map((c, i) => [c, raw[i]!.trim()]));
  const legacy = raw.some((c) => LEGACY_FLOW_COLUMNS.includes(c.trim().toLowerCase()));
  return ["cmdCode", "reporterCode", "flowCode"].every((c) => cells.includes(c))
    ? { cells, names, delimiter, legacy }
    : null;
}

/** A release date in a file name: `...[2025-02-15].gz`, `..._2025-02-15.json`. */
export function dateInName(path: string): string | null {
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(path.split(/[\\/]/).pop() ?? "");
  return m ? m[0] : null;
}

/** The source of Comtrade files of one vintage. */
export function comtradeSource(vintage: string | null): Source {
  return {
    id: `comtrade-${vintage ?? "undated"}`,
    kind: "official",
    publisher: "UN Comtrade",
    origin: "UN Comtrade",
    url: "https://comtradeplus.un.org/",
    url_status: "ok",
    published: vintage,
    title: `UN Comtrade database${vintage ? `, as released on ${vintage}` : ""}`,
  };
}

export const comtradeAdapter: Adapter = {
  name: "comtrade",
  combine: true,
  detect: (head) => isJson(head) || tableHeader(head) !== null,
  describe: (head) =>
    isJson(head)
      ? "UN Comtrade API JSON"
      : tableHeader(head)?.legacy
        ? "UN Comtrade legacy CSV"
        : `UN Comtrade bulk file (${head.gzip ? "gzip, " : ""}${{ ",": "comma", "\t": "tab", ";": "semicolon" }[tableHeader(head)?.delimiter ?? ","]}-separated)`,
  async prepare(store, files, options) {
    await loadCodeTables(store);
    const headers = new Map<number, TableHeader>();
    for (const f of files) {
      const h = isJson(f.head) ? null : tableHeader(f.head);
      if (h) headers.set(f.index, h);
    }
    const cleanups: (() => Promise<void>)[] = [];
    const prepared: Prepared = {
      write: null,
      fieldName: (f, field) => headers.get(f)?.names.get(field) ?? field,
      async cleanup() {
        await dropComtradeTables(store);
        for (const c of cleanups) await c();
      },
    };
    const sourceSql = options.source
      ? `'${options.source.id.replace(/'/g, "''")}'`
      : `'comtrade-' || coalesce(vintage, 'undated')`;
    // the common case, files without a problem, in one pass; any problem is found again and worded
    // by the full parse, which keeps each record's line
    const direct = await stageDirect(store, files, options, sourceSql, cleanups);
    let rows = direct?.records;
    if (!rows) {
      const staged = await stageFiles(store, files, options, cleanups);
      if ((await problemCount(store)) > 0) return prepared;
      await parseComtradeRows(store, staged);
      if ((await problemCount(store)) > 0) return prepared;
      await checkComtradeDuplicates(store);
      if ((await problemCount(store)) > 0) return prepared;
      await stageComtradeObservations(store, sourceSql);
      rows = await rowsPerFile(store, "ct_parsed");
      // what the write needs is in ct_stage: free the staged files before it runs
      await dropParsedComtrade(store);
    }
    prepared.notes = await comtradeNotes(store, files, rows);
    const sources = options.source
      ? [options.source]
      : (await comtradeSources(store)).map((s) => comtradeSource(s.vintage));
    for (const c of cleanups.splice(0)) await c();
    prepared.write = {
      files: files.map((f) => ({
        file: f.head.path,
        sha256: f.sha256,
        format: "comtrade",
        rows: rows.get(f.index) ?? 0,
      })),
      sources,
      events: [],
      stage: "ct_stage",
      details: null,
      keys: direct ? { rows: direct.observations, once: direct.keysOnce } : undefined,
    };
    return prepared;
  },
};

/**
 * What the user should know of files that were read: one that held no records stores nothing (an
 * answer for a month not yet reported is a valid answer with no rows), and figures another country
 * reported are that country's own statistics, kept under its reporter, apart from China's.
 */
async function comtradeNotes(store: Store, files: InputFile[], rows: Map<number, number>): Promise<string[]> {
  const notes = files
    .filter((f) => (rows.get(f.index) ?? 0) === 0)
    .map(
      (f) =>
        `${f.head.path}: no records in it (the period asked for may not be reported yet): nothing stored from it`,
    );
  const others = await queryOnce<{ reporter: string }>(
    store.conn,
    "SELECT DISTINCT reporter FROM ct_stage WHERE reporter <> 'CHN' ORDER BY reporter",
  );
  if (others.length > 0) {
    const names = others.map((o) => o.reporter).join(", ");
    notes.push(
      `figures reported by ${names}, not China: each country's own statistics, stored under its reporter code, apart from China's`,
    );
  }
  return notes;
}

/**
 * Stage the observations straight from the files (bulk files read where they lie, API answers
 * unpacked), or return null when anything is wrong: a missing column, a line the reader refuses,
 * a record that fails a check, a figure given twice.
 */
async function stageDirect(
  store: Store,
  files: InputFile[],
  options: IngestOptions,
  sourceSql: string,
  cleanups: (() => Promise<void>)[],
): Promise<Awaited<ReturnType<typeof stageComtradeDirect>>> {
  const staged: ComtradeStagedFile[] = [];
  const readers: string[] = [];
  for (const file of files) {
    const vintage = options.published ?? dateInName(file.head.path);
    if (isJson(file.head)) {
      const view = `ct_f${file.index}`;
      cleanups.push(() => dropComtradeJson(store.conn, view));
      const problem = await stageComtradeJson(store.conn, file.path, view, file.head.gzip).catch(() => "");
      if (problem !== null) return null;
      staged.push({ f: file.index, select: `SELECT * FROM ${view}`, vintage });
      continue;
    }
    const csv = csvOptions(file, `ct_d${file.index}`);
    if (!csv) return null;
    readers.push(csv.o.table);
    staged.push({
      f: file.index,
      select: `SELECT ${csv.direct.join(", ")} FROM ${readCsvSql(csv.o)}`,
      params: [file.path],
      vintage,
    });
  }
  try {
    const rows = await stageComtradeDirect(store, staged, sourceSql);
    const refused = await Promise.all(
      readers.map((t) => queryOnce<{ n: string }>(store.conn, `SELECT count(*) AS n FROM ${t}_rejects`)),
    );
    return rows && refused.every(([r]) => Number(r?.n) === 0) ? rows : null;
  } catch {
    // the reader gave up on a file, or a record broke an assumption: the full parse says which
    return null;
  } finally {
    for (const t of readers)
      await store.execute(`DROP TABLE IF EXISTS ${t}_rejects; DROP TABLE IF EXISTS ${t}_scans`);
  }
}

/**
 * Fields that fail their check with a space around them (a pattern, a code, a plain figure), or are
 * unused. The one-pass staging reads every field as it is, and a record where another field has a
 * space (which the full parse would trim) goes to the full parse: a test for a space costs a
 * fraction of trimming a million cells.
 */
const CHECKED_AS_READ: readonly string[] = [
  "freqCode",
  "period",
  "flowCode",
  "cmdCode",
  "qty",
  "netWgt",
  "altQty",
  "primaryValue",
  "reporterISO",
  "partnerISO",
] satisfies (typeof COMTRADE_FIELDS)[number][];

/**
 * How a bulk file is read (as `stageCsv` takes it), and its fields as text (`direct`: as the
 * one-pass staging reads them, with `spaced`); null when a required column is missing.
 */
function csvOptions(
  file: InputFile,
  table: string,
): { o: CsvStageOptions; fields: string[]; direct: string[] } | null {
  const header = tableHeader(file.head);
  if (!header || COMTRADE_REQUIRED.some((c) => !header.cells.includes(c))) return null;
  const o: CsvStageOptions = {
    path: file.path,
    table,
    columns: header.cells.length,
    skip: file.head.firstLineIndex + 1,
    delimiter: header.delimiter,
    quoted: header.delimiter !== "\t",
    gzip: file.head.gzip,
    keep: COMTRADE_FIELDS.map((f) => header.cells.indexOf(f)).filter((i) => i !== -1),
  };
  const cell = (f: string) => header.cells.indexOf(f);
  const present = COMTRADE_FIELDS.filter((f) => cell(f) !== -1);
  const field = (f: string, trimmed: boolean) => {
    if (cell(f) === -1) return `CAST(NULL AS VARCHAR) AS "${f}"`;
    // an empty cell is read as null already
    const read = trimmed ? `nullif(trim(c${cell(f)}), '')` : `c${cell(f)}`;
    // the full parse reads a figure re-saved by a spreadsheet with thousands grouped (by commas, or
    // by spaces), or (in a file it separated with semicolons or tabs) with a decimal comma that can
    // be nothing else
    const resaved = header.delimiter === "," ? ungroupedSql : decimalCommaSql;
    const text = trimmed && FIGURES.includes(f) ? resaved(spaceGroupedSql(read)) : read;
    if (f === "flowCode" && header.legacy) return `CASE ${text} ${LEGACY_FLOWS} ELSE ${text} END AS "${f}"`;
    return `${text} AS "${f}"`;
  };
  const spaced = present.filter((f) => !CHECKED_AS_READ.includes(f)).map((f) => `contains(c${cell(f)}, ' ')`);
  return {
    o,
    fields: COMTRADE_FIELDS.map((f) => field(f, true)),
    direct: [
      ...COMTRADE_FIELDS.map((f) => field(f, false)),
      `coalesce(${spaced.length > 0 ? spaced.join(" OR ") : "false"}, false) AS spaced`,
    ],
  };
}

async function stageFiles(
  store: Store,
  files: InputFile[],
  options: IngestOptions,
  cleanups: (() => Promise<void>)[],
): Promise<ComtradeStagedFile[]> {
  const staged: ComtradeStagedFile[] = [];
  for (const file of files) {
    const view = `ct_f${file.index}`;
    const vintage = options.published ?? dateInName(file.head.path);
    if (isJson(file.head)) {
      const refused = apiRefusal(file.head);
      if (refused) {
        await addProblems(store, file.index, [{ line: 1, field: "(json)", reason: refused }]);
        continue;
      }
      cleanups.push(() => dropComtradeJson(store.conn, view));
      const problem = await stageComtradeJson(store.conn, file.path, view, file.head.gzip).catch(
        (err: Error) => `not a Comtrade API answer: ${err.message.split("\n")[0]}`,
      );
      if (problem) await addProblems(store, file.index, [{ line: 1, field: "(json)", reason: problem }]);
      else staged.push({ f: file.index, select: `SELECT * FROM ${view}`, vintage });
      continue;
    }
    const header = tableHeader(file.head);
    const headerLine = file.head.firstLineIndex + 1;
    const missing = COMTRADE_REQUIRED.filter((c) => !header?.cells.includes(c));
    const csv = csvOptions(file, view);
    if (!csv || missing.length > 0) {
      await addProblems(
        store,
        file.index,
        missing.map((field) => ({ line: headerLine, field, reason: "required column missing" })),
      );
      continue;
    }
    cleanups.push(() => dropStage(store.conn, view));
    const { rejected } = await stageCsv(store.conn, csv.o, Number.MAX_SAFE_INTEGER);
    await addProblems(
      store,
      file.index,
      rejected.map((r) => ({ line: r.line, field: rejectField(r), reason: rejectReason(r, csv.o.columns) })),
    );
    staged.push({ f: file.index, select: `SELECT line, ${csv.fields.join(", ")} FROM ${view}`, vintage });
  }
  return staged;
}
