// China customs (GACC) online query platform downloads, English or Chinese mode, UTF-8 (with or
// without BOM) or GB18030, comma-separated; or saved again from a spreadsheet: tabs or semicolons,
// UTF-16 ("Unicode text"). Files given together are one release (the platform caps a download at
// 10,000 rows, so one query comes as several files): staged together, checked together, stored
// together or not at all. One official source per flow and release date.
import type { FormatProblem } from "../../errors.js";
import type { Source } from "../../store/types.js";
import { loadCodeTables } from "../../store/ingest/code-tables.js";
import {
  aggregateGaccRows,
  checkGaccRows,
  dropGaccTables,
  gaccFlows,
  parseGaccRows,
  stageGaccObservations,
  type GaccStagedFile,
} from "../../store/ingest/gacc-sql.js";
import { addProblems, problemCount, rowsPerFile } from "../../store/ingest/problems.js";
import { dropStage, rejectField, rejectReason, stageCsv } from "../../store/ingest/stage-csv.js";
import type { Adapter, InputFile, IngestOptions, Prepared } from "../adapter.js";
import { encodingName, splitCsvLine, type FileHead } from "../file-head.js";
import { transcodeToUtf8 } from "../transcode.js";
import { isNoteLine, NOTE_PATTERN } from "./note-lines.js";
import { moneyStated } from "./stated-scale.js";
import {
  cumulativeTitle,
  flowFromName,
  missingGaccColumns,
  readGaccHeader,
  type GaccHeader,
} from "./gacc-columns.js";
import type { Store } from "../../store/open-store.js";

export const GACC_PUBLISHER = "General Administration of Customs of China";

type Delimiter = "," | "\t" | ";";
/** The platform writes commas; a file saved again from a spreadsheet may use tabs or semicolons. */
const DELIMITERS: Delimiter[] = [",", "\t", ";"];

interface FoundHeader {
  h: GaccHeader;
  /** The header's 0-based line. */
  index: number;
  /** Its rows: 2 where a second header follows it (a Chinese header with the English one below). */
  rows: number;
  delimiter: Delimiter;
}

/** Headers found, per file head: detection, description and staging ask for the same one. */
const found = new WeakMap<FileHead, FoundHeader | null>();

/** The header: the first of the file's first lines that is one (a title line may sit above it). */
function findHeader(head: FileHead): FoundHeader | null {
  if (found.has(head)) return found.get(head)!;
  const lines = head.text.split(/\r?\n/, 10);
  let result: FoundHeader | null = null;
  for (let index = head.firstLineIndex; index < lines.length && !result; index++)
    for (const delimiter of DELIMITERS) {
      const h = readGaccHeader(splitCsvLine(lines[index]!, delimiter));
      if (h) {
        // a bilingual re-save repeats the header in the other language: a header too, not a row
        const second = index + 1 < lines.length && readGaccHeader(splitCsvLine(lines[index + 1]!, delimiter));
        result = { h, index, rows: second ? 2 : 1, delimiter };
        break;
      }
    }
  found.set(head, result);
  return result;
}

function header(head: FileHead): GaccHeader | null {
  return findHeader(head)?.h ?? null;
}

/** Cells in a data row: the header's trailing comma may or may not be repeated on the rows. */
function dataColumns(head: FileHead, { h, index, rows, delimiter }: FoundHeader): number {
  const lines = head.text.split(/\r?\n/);
  const first = lines.slice(index + rows).find((l) => l.trim() !== "");
  const headerEndsEmpty = splitCsvLine(lines[index]!, delimiter).at(-1) === "";
  if (first !== undefined && headerEndsEmpty && splitCsvLine(first, delimiter).length === h.columns - 1)
    return h.columns - 1;
  return h.columns;
}

/** The source of one flow of one release. */
export function gaccSource(flow: string, published: string | null): Source {
  return {
    id: `gacc-${flow}-${published ?? "undated"}`,
    kind: "official",
    publisher: GACC_PUBLISHER,
    origin: "GACC",
    url: "http://stats.customs.gov.cn/",
    url_status: "ok",
    published,
    title: `China customs statistics, online query platform, ${flow}s${published ? `, released ${published}` : ""}`,
  };
}

export const gaccAdapter: Adapter = {
  name: "gacc",
  combine: true,
  detect: (head) => !head.gzip && header(head) !== null,
  describe(head) {
    const h = header(head);
    const separated = { ",": "", "\t": ", tab-separated", ";": ", semicolon-separated" }[
      findHeader(head)?.delimiter ?? ","
    ];
    return `China customs query platform (${h?.language ?? "?"}, ${encodingName(head)}${separated})`;
  },
  async prepare(store, files, options) {
    await loadCodeTables(store);
    const disposers: (() => void)[] = [];
    const views: string[] = [];
    const headers = new Map<number, GaccHeader>();
    const prepared: Prepared = {
      write: null,
      fieldName(f, field) {
        const h = headers.get(f);
        return (h && columnName(h, field)) ?? (field.startsWith("(") ? field : `(${field})`);
      },
      async cleanup() {
        await dropGaccTables(store);
        for (const v of views) await dropStage(store.conn, v);
        for (const d of disposers) d();
      },
    };
    const staged = await stageFiles(store, files, options, headers, views, disposers);
    if ((await problemCount(store)) > 0) return prepared;
    await parseGaccRows(store, staged);
    await checkGaccRows(store);
    if ((await problemCount(store)) > 0) return prepared;
    await aggregateGaccRows(store);
    if ((await problemCount(store)) > 0) return prepared;
    const published = options.published ?? null;
    await stageGaccObservations(store, `'gacc-' || flow || '-' || '${published ?? "undated"}'`, published);
    const sources = (await gaccFlows(store)).map((flow) => gaccSource(flow, published));
    const rows = await rowsPerFile(store, "(SELECT DISTINCT f, line FROM gacc_parsed)");
    prepared.write = {
      files: files.map((f) => ({
        file: f.head.path,
        sha256: f.sha256,
        format: "gacc",
        rows: rows.get(f.index) ?? 0,
      })),
      sources,
      events: [],
      stage: "gacc_stage",
      details: "gacc_details",
    };
    return prepared;
  },
};

/**
 * The power of ten the file's money figures are in: 0 for the platform's whole dollars or yuan, 3
 * when a line above the header ("Unit: US$1,000", 单位：千美元) or the money column's name ("US dollar
 * (thousand)") says thousands. Problems when those disagree, or name another currency than the column.
 */
function moneyShift(head: FileHead, { h, index }: FoundHeader): number | Omit<FormatProblem, "file">[] {
  const column = moneyColumn(h);
  const currency = column === "usd" ? "USD" : "CNY";
  const columnName = h.names[column] ?? h.cumulativeNames[column] ?? column;
  // a scale stated in a title line above the header
  const stated = head.text.split(/\r?\n/, index).flatMap((text, i) => {
    const money = i >= head.firstLineIndex ? moneyStated(text) : null;
    return money ? [{ line: i + 1, money }] : [];
  });
  const holds = currency === "USD" ? "US dollars" : "yuan";
  const problems: Omit<FormatProblem, "file">[] = stated
    .filter(({ money }) => money.unit !== currency)
    .map(({ line, money }) => ({
      line,
      field: "(title)",
      reason: `the line states ${money.shown}, but the value column (${columnName}) holds ${holds}`,
    }));
  const named = h.scales[column];
  const shifts = new Set([
    ...stated.map(({ money }) => money.shift),
    ...(named === undefined ? [] : [named]),
  ]);
  // two scales need a title line, since the column names at most one
  if (shifts.size > 1)
    problems.push({
      line: stated[0]?.line ?? index + 1,
      field: "(title)",
      reason: `the file states its money in more than one scale (${[...stated.map(({ money }) => money.shown), ...(named === undefined ? [] : [columnName])].join("; ")}): say one`,
    });
  if (problems.length > 0) return problems;
  return [...shifts][0] ?? 0;
}

/** The money column's field: US dollars where the file has them (the month's or cumulative), else yuan. */
function moneyColumn(h: GaccHeader): "usd" | "cny" {
  return h.fields.usd !== undefined || (h.fields.cny === undefined && h.cumulative.usd !== undefined)
    ? "usd"
    : "cny";
}

/** The header text of a problem's field (`value`, `qty1`, or `qty1:cumulative` for a cumulative column's). */
function columnName(h: GaccHeader, field: string): string | undefined {
  const [base, cumulative] = field.split(":");
  const names: Partial<Record<string, string>> = cumulative ? h.cumulativeNames : h.names;
  return base === "value" ? (names.usd ?? names.cny) : names[base!];
}

/**
 * A span from January that a title line above the header states for a file whose columns name no
 * period of their own (`Cumulative January-November 2025` above `US dollar`): every figure is the
 * span. Null where the columns say month or cumulative themselves, or no title says so.
 */
function titleSpan(head: FileHead, { h, index }: FoundHeader): { to: number | null } | null {
  if (Object.values(h.cumulative).some((i) => i !== undefined)) return null;
  const titles = head.text.split(/\r?\n/, index).slice(head.firstLineIndex);
  for (const line of titles) {
    const span = cumulativeTitle(line);
    if (span) return span;
  }
  return null;
}

/** One reading of a file's rows: the cells it takes each field from, and whether they are cumulative. */
interface Pass {
  cells: GaccHeader["fields"];
  cumulative: boolean;
}

/**
 * The passes over a file's rows: the month's figures, and those from January to the date of data
 * where columns hold them (`US dollar (Jan-Nov)`), each with the cells it reads. A quantity without
 * money of its own period beside it, which the store cannot hold alone, is a problem.
 */
function passes(
  h: GaccHeader,
  headerLine: number,
): { passes: Pass[] } | { problems: Omit<FormatProblem, "file">[] } {
  const column = moneyColumn(h);
  const money = column === "usd" ? "US dollar" : "yuan";
  const kinds = [
    { cells: h.fields, cumulative: false },
    {
      cells: {
        ...h.fields,
        qty1: h.cumulative.qty1,
        qty2: h.cumulative.qty2,
        usd: h.cumulative.usd,
        cny: h.cumulative.cny,
      },
      cumulative: true,
    },
  ];
  const out: Pass[] = [];
  const problems: Omit<FormatProblem, "file">[] = [];
  for (const { cells, cumulative } of kinds) {
    if (cells[column] !== undefined) out.push({ cells, cumulative });
    else if (cells.qty1 !== undefined || cells.qty2 !== undefined)
      problems.push({
        line: headerLine,
        field: `${cells.qty1 !== undefined ? "qty1" : "qty2"}${cumulative ? ":cumulative" : ""}`,
        reason: `${cumulative ? "a cumulative quantity without a cumulative" : "the month's quantity without the month's"} ${money} column beside it: download the figures with their value`,
      });
  }
  return problems.length > 0 ? { problems } : { passes: out };
}

async function stageFiles(
  store: Store,
  files: InputFile[],
  options: IngestOptions,
  headers: Map<number, GaccHeader>,
  views: string[],
  disposers: (() => void)[],
): Promise<GaccStagedFile[]> {
  const staged: GaccStagedFile[] = [];
  for (const file of files) {
    const found = findHeader(file.head);
    const h = found?.h;
    const headerLine = (found?.index ?? file.head.firstLineIndex) + 1;
    if (!h) {
      await addProblems(store, file.index, [
        {
          line: headerLine,
          field: "(header)",
          reason: `not a China customs query-platform header: ${file.head.firstLine.slice(0, 200)}`,
        },
      ]);
      continue;
    }
    headers.set(file.index, h);
    const shift = moneyShift(file.head, found);
    if (typeof shift !== "number") {
      await addProblems(store, file.index, shift);
      continue;
    }
    const missing = missingGaccColumns(h);
    if (missing.length > 0) {
      await addProblems(
        store,
        file.index,
        missing.map((m) => ({
          line: headerLine,
          field: m,
          reason:
            m === "Date of data" || m === "数据年月"
              ? noDateOfData(file.head.path, m)
              : "required column missing",
        })),
      );
      continue;
    }
    let path = file.path;
    if (file.head.encoding !== "utf-8") {
      const t = await transcodeToUtf8(file.path, file.head.path, file.head.encoding);
      disposers.push(t.dispose);
      if (t.problem) {
        await addProblems(store, file.index, [t.problem]);
        continue;
      }
      path = t.path;
    }
    const columns = dataColumns(file.head, found);
    const view = `gacc_f${file.index}`;
    views.push(view);
    const skip = found.index + found.rows;
    const { rejected } = await stageCsv(
      store.conn,
      { path, table: view, columns, skip, delimiter: found.delimiter, quoted: true, gzip: false },
      Number.MAX_SAFE_INTEGER,
    );
    await addProblems(
      store,
      file.index,
      rejected
        .filter((r) => !isNoteLine(r.text, found.delimiter))
        .map((r) => ({ line: r.line, field: rejectField(r), reason: rejectReason(r, columns) })),
    );
    const flow = options.flow ?? flowFromName(file.head.path);
    const reads = passes(h, headerLine);
    const title = titleSpan(file.head, found);
    if (title && "passes" in reads) {
      // the title says every figure runs from January: the one pass is the span, never the month
      reads.passes = reads.passes.map((p) => ({ ...p, cumulative: true }));
      headers.set(file.index, { ...h, cumulativeNames: { ...h.names }, cumulativeTo: title.to });
    }
    if ("problems" in reads) {
      await addProblems(store, file.index, reads.problems);
      continue;
    }
    for (const { cells, cumulative } of reads.passes)
      staged.push({
        f: file.index,
        view,
        cells,
        valueUnit: moneyColumn(h) === "usd" ? "USD" : "CNY",
        valueShift: shift,
        flow,
        resaved: found.delimiter !== ",",
        notePattern: NOTE_PATTERN,
        cumulative,
        cumulativeTo: cumulative ? (title ? title.to : h.cumulativeTo) : null,
      });
  }
  return staged;
}

/**
 * Why a download without its date-of-data column is refused: its month is nowhere in its rows, and a
 * month in the file's name is a name someone gave it, not what the platform stated.
 */
export function noDateOfData(path: string, column: string): string {
  const named = /(?:^|[^0-9])(20[0-9]{2})[-_.]?(0[1-9]|1[0-2])(?:[^0-9]|$)/.exec(
    path.split(/[\\/]/).pop() ?? "",
  );
  return (
    `required column missing: the rows state no month` +
    (named ? ` (the ${named[1]}${named[2]} in the file's name is not taken for one)` : "") +
    `; download the file again with the ${column} column`
  );
}
