// UN Comtrade: API v1 answers saved as JSON (the `{"elapsedTime","count","data","error"}` envelope)
// and bulk files (gzip, tab-separated, the API's record columns; a comma-separated export works
// too). Files given together are one batch. The vintage is `--published`, else a date in the file
// name (bulk files carry their release date there), else unknown.
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
  stageComtradeObservations,
  type ComtradeStagedFile,
} from "../../store/ingest/comtrade-sql.js";
import { addProblems, problemCount, rowsPerFile } from "../../store/ingest/problems.js";
import { dropStage, rejectField, rejectReason, stageCsv } from "../../store/ingest/stage-csv.js";
import type { Store } from "../../store/open-store.js";
import type { Adapter, InputFile, IngestOptions, Prepared } from "../adapter.js";
import { splitCsvLine, type FileHead } from "../file-head.js";

const isJson = (head: FileHead) =>
  head.text.trimStart().startsWith("{") && /"(data|elapsedTime)"\s*:/.test(head.text);

function tableHeader(head: FileHead): { cells: string[]; delimiter: "," | "\t" } | null {
  const delimiter = head.firstLine.includes("\t") ? "\t" : ",";
  const cells = splitCsvLine(head.firstLine, delimiter);
  return ["cmdCode", "reporterCode", "flowCode"].every((c) => cells.includes(c))
    ? { cells, delimiter }
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
      : `UN Comtrade bulk file (${head.gzip ? "gzip, " : ""}${tableHeader(head)?.delimiter === "," ? "comma" : "tab"}-separated)`,
  async prepare(store, files, options) {
    await loadCodeTables(store);
    const cleanups: (() => Promise<void>)[] = [];
    const prepared: Prepared = {
      write: null,
      fieldName: (_f, field) => field,
      async cleanup() {
        await dropComtradeTables(store);
        for (const c of cleanups) await c();
      },
    };
    const staged = await stageFiles(store, files, options, cleanups);
    if ((await problemCount(store)) > 0) return prepared;
    await parseComtradeRows(store, staged);
    if ((await problemCount(store)) > 0) return prepared;
    await checkComtradeDuplicates(store);
    if ((await problemCount(store)) > 0) return prepared;
    const sourceSql = options.source
      ? `'${options.source.id.replace(/'/g, "''")}'`
      : `'comtrade-' || coalesce(vintage, 'undated')`;
    await stageComtradeObservations(store, sourceSql);
    const sources = options.source
      ? [options.source]
      : (await comtradeSources(store)).map((s) => comtradeSource(s.vintage));
    const rows = await rowsPerFile(store, "ct_parsed");
    // what the write needs is in ct_stage: free the staged files before it runs
    await dropParsedComtrade(store);
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
    };
    return prepared;
  },
};

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
    if (!header || missing.length > 0) {
      await addProblems(
        store,
        file.index,
        missing.map((field) => ({ line: headerLine, field, reason: "required column missing" })),
      );
      continue;
    }
    cleanups.push(() => dropStage(store.conn, view));
    const columns = header.cells.length;
    const keep = COMTRADE_FIELDS.map((f) => header.cells.indexOf(f)).filter((i) => i !== -1);
    const { rejected } = await stageCsv(
      store.conn,
      {
        path: file.path,
        table: view,
        columns,
        skip: headerLine,
        delimiter: header.delimiter,
        quoted: header.delimiter === ",",
        gzip: file.head.gzip,
        keep,
      },
      Number.MAX_SAFE_INTEGER,
    );
    await addProblems(
      store,
      file.index,
      rejected.map((r) => ({ line: r.line, field: rejectField(r), reason: rejectReason(r, columns) })),
    );
    const fields = COMTRADE_FIELDS.map((f) => {
      const i = header.cells.indexOf(f);
      return i === -1 ? `CAST(NULL AS VARCHAR) AS "${f}"` : `nullif(trim(c${i}), '') AS "${f}"`;
    });
    staged.push({ f: file.index, select: `SELECT line, ${fields.join(", ")} FROM ${view}`, vintage });
  }
  return staged;
}
