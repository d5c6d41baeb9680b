// `lodestone ingest`: recognise each file's format, stage and check it through its adapter, and
// store each batch all-or-nothing (a batch is one file, or every file of one official format given
// together: the parts of one download). A batch with any problem stores nothing; the first 100
// problems are reported with file, line and field, and the rest counted.
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FormatProblem } from "../errors.js";
import { firstProblems, PROBLEMS_SHOWN, resetProblems } from "../store/ingest/problems.js";
import type { Store } from "../store/open-store.js";
import { queryOnce } from "../store/sql.js";
import { alreadyIngested, writeStaged } from "../store/write.js";
import type { Adapter, IngestFormat, IngestOptions, InputFile } from "./adapter.js";
import { readHead, sha256File, type FileHead } from "./file-head.js";
import { step, trackProgress } from "./progress.js";
import { adapterFor, INGEST_FORMATS } from "./registry.js";
import { isXlsx, workbookSheets, type Workbook } from "./workbook.js";

export { INGEST_FORMATS };
export type { IngestFormat, IngestOptions };

export interface IngestResult {
  inserted: number;
  unchanged: number;
  /** The first problems (at most 100), each with file, line and field. */
  rejected: FormatProblem[];
  /** Problems found beyond those listed. */
  rejected_more: number;
  /** Each file and the format it was read as. */
  files: { file: string; format: string }[];
  /** What was passed over on purpose in files that were stored (absent when nothing was). */
  notes?: string[];
}

interface Entry {
  path: string;
  head: FileHead;
  adapter: Adapter | null;
  /** Why a file no adapter reads is refused, when its head alone does not tell. */
  reason?: string;
}

/**
 * Ingest files; each batch is its own all-or-nothing unit.
 * @example await ingestFiles(store, ["exports-2025-11.csv"], { published: "2025-12-20" })
 */
export async function ingestFiles(
  store: Store,
  paths: string[],
  options: IngestOptions | IngestFormat = {},
): Promise<IngestResult> {
  return ingestEntries(
    store,
    paths.map((path) => ({ path, shownAs: path })),
    typeof options === "string" ? { format: options } : options,
  );
}

/** Ingest one file's text under a name (writes it to a temporary file first). */
export async function ingestText(
  store: Store,
  file: string,
  text: string,
  options: IngestOptions | IngestFormat = {},
): Promise<IngestResult> {
  const dir = mkdtempSync(join(tmpdir(), "lodestone-text-"));
  try {
    const path = join(dir, "input");
    writeFileSync(path, text);
    return await ingestEntries(
      store,
      [{ path, shownAs: file }],
      typeof options === "string" ? { format: options } : options,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ingest under way on each store's writing connection, which the next one waits for. */
const running = new WeakMap<object, Promise<unknown>>();

/**
 * Ingests into one store take turns: their staging and problem tables live on the one writing
 * connection under fixed names, and whether a row is new is decided against what is stored.
 */
function ingestEntries(
  store: Store,
  inputs: { path: string; shownAs: string }[],
  options: IngestOptions,
): Promise<IngestResult> {
  const previous = running.get(store.conn) ?? Promise.resolve();
  const work = previous.then(() => ingestAlone(store, inputs, options));
  running.set(
    store.conn,
    work.catch(() => undefined),
  );
  return work;
}

async function ingestAlone(
  store: Store,
  inputs: { path: string; shownAs: string }[],
  options: IngestOptions,
): Promise<IngestResult> {
  const result: IngestResult = { inserted: 0, unchanged: 0, rejected: [], rejected_more: 0, files: [] };
  const entries: Entry[] = [];
  const workbooks: Workbook[] = [];
  try {
    for (const input of inputs) {
      const head = { ...(await readHead(input.path)), path: input.shownAs };
      const { entry, format } = isXlsx(head)
        ? await sheetEntry(input, head, options, workbooks)
        : fileEntry(input.path, head, options);
      entries.push(entry);
      result.files.push({ file: input.shownAs, format });
    }
    if (options.progress) await trackProgress(store);
    const restore = await ingestSettings(store);
    try {
      for (const batch of batches(entries)) await ingestBatch(store, batch, options, result);
    } finally {
      await restore();
    }
    return result;
  } finally {
    for (const w of workbooks) w.dispose();
  }
}

function fileEntry(path: string, head: FileHead, options: IngestOptions): { entry: Entry; format: string } {
  const adapter = adapterFor(head, options.format);
  return { entry: { path, head, adapter }, format: adapter ? adapter.describe(head) : "unrecognised" };
}

/**
 * A workbook's entry: the first sheet a format recognises (a sheet of notes before the data is
 * passed over), read from a CSV copy under the workbook's name; or the reason none is read.
 */
async function sheetEntry(
  input: { path: string; shownAs: string },
  head: FileHead,
  options: IngestOptions,
  workbooks: Workbook[],
): Promise<{ entry: Entry; format: string }> {
  let workbook: Workbook;
  try {
    workbook = await workbookSheets(input.path);
  } catch (err) {
    const reason = `an .xlsx file that does not open as a workbook (${err instanceof Error ? err.message : String(err)})`;
    return { entry: { path: input.path, head, adapter: null, reason }, format: "unrecognised" };
  }
  workbooks.push(workbook);
  const forced = options.format && options.format !== "auto" ? options.format : null;
  const sheets = await Promise.all(
    workbook.sheets.map(async (sheet) => {
      const head = { ...(await readHead(sheet.path)), path: input.shownAs };
      return { sheet, head, detected: adapterFor(head) };
    }),
  );
  // the first sheet in a format it reads (the forced one, if any); a forced format falls back to
  // the first sheet, so its problems are reported
  const found =
    sheets.find((s) => s.detected && (!forced || s.detected.name === forced)) ??
    (forced && sheets[0] ? { ...sheets[0], detected: adapterFor(sheets[0].head, forced) } : undefined);
  if (found?.detected) {
    const adapter = found.detected;
    // the CSV copy's encoding is this program's, not the file's
    const described = adapter.describe(found.head).replace(/, UTF-8\)$/, ")");
    return {
      entry: { path: found.sheet.path, head: found.head, adapter },
      format: `${described}, sheet "${found.sheet.name}" of a workbook`,
    };
  }
  const names = workbook.sheets.map((s) => `"${s.name}"`).join(", ");
  const reason = `a workbook none of whose sheets (${names}) is in a format Lodestone reads (China customs, UN Comtrade, figures or events)`;
  return { entry: { path: input.path, head, adapter: null, reason }, format: "unrecognised" };
}

/**
 * DuckDB's settings for an ingest, restored after it. Its memory is kept under a bound (default
 * 1.25 GB, `LODESTONE_INGEST_MEMORY`), so a file of millions of rows spills its staging to disk
 * instead of growing the process; a database in memory has nowhere to spill and keeps DuckDB's own
 * limit. And text columns are written in dictionary-FSST form only: DuckDB otherwise tries every
 * form of compression on each column it writes, which made writing a million rows' text columns
 * cost half again as much time (the files stay as small).
 */
async function ingestSettings(store: Store): Promise<() => Promise<void>> {
  if (store.readOnly) return async () => {};
  const settings: Record<string, string> = { disabled_compression_methods: "fsst,dictionary,zstd" };
  if (store.path !== ":memory:") {
    settings.memory_limit = process.env.LODESTONE_INGEST_MEMORY ?? "1280MB";
    // what DuckDB holds outside that bound: rows of a large insert buffered before they are written,
    // and memory freed but not yet given back (a 5M-row ingest peaked above 2 GB without these)
    settings.write_buffer_row_group_memory_limit = "128MB";
    settings.allocator_flush_threshold = "32MB";
  }
  const names = Object.keys(settings);
  const [before] = await queryOnce<Record<string, string>>(
    store.conn,
    `SELECT ${names.map((n) => `current_setting('${n}') AS ${n}`).join(", ")}`,
  );
  const set = (name: string, value: string) =>
    store.execute(`SET ${name} = '${value.replace(/[^0-9A-Za-z._, ]/g, "")}'`);
  for (const n of names) await set(n, settings[n]!);
  return async () => {
    for (const n of names) await set(n, before?.[n] ?? "");
  };
}

/** Files of a combining format go together (in order of first appearance); others alone. */
function batches(entries: Entry[]): Entry[][] {
  const out: Entry[][] = [];
  const byAdapter = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.adapter?.combine) {
      const group = byAdapter.get(e.adapter.name);
      if (group) group.push(e);
      else {
        const fresh = [e];
        byAdapter.set(e.adapter.name, fresh);
        out.push(fresh);
      }
    } else out.push([e]);
  }
  return out;
}

async function ingestBatch(
  store: Store,
  batch: Entry[],
  options: IngestOptions,
  result: IngestResult,
): Promise<void> {
  const adapter = batch[0]!.adapter;
  if (!adapter) {
    const e = batch[0]!;
    addRejected(
      result,
      [
        {
          file: e.head.path,
          line: e.head.firstLineIndex + 1,
          field: "(header)",
          reason:
            e.reason ??
            (e.head.gzip && e.head.text === ""
              ? "a gzip file whose start does not decompress (damaged, or not gzip)"
              : isWorkbook(e.head)
                ? "an Excel 97-2003 workbook (.xls), not text: save it as .xlsx or the sheet as CSV (or Unicode text) and ingest that"
                : `unrecognised format (expected China customs, UN Comtrade, figures or events): ${e.head.firstLine.slice(0, 120)}`),
        },
      ],
      0,
    );
    return;
  }
  const files: InputFile[] = [];
  const seen = new Set<string>();
  for (const e of batch) {
    const sha256 = await sha256File(e.path);
    const previous = await alreadyIngested(store, sha256);
    // the files of an earlier batch share its count: report it once
    if (previous && !seen.has(previous.batch)) result.unchanged += previous.rows;
    if (previous) seen.add(previous.batch);
    else files.push({ index: files.length, path: e.path, head: e.head, sha256 });
  }
  if (files.length === 0) return;
  const say = options.progress;
  const what = `${files.length} ${adapter.name} file${files.length > 1 ? "s" : ""}`;
  const bytes = files.reduce((sum, f) => sum + statSync(f.path).size, 0);
  await resetProblems(store);
  const prepared = await step(store, say, `${what}: reading and checking`, bytes, () =>
    adapter.prepare(store, files, options),
  );
  try {
    if (!prepared.write) {
      const { shown, more } = await firstProblems(
        store,
        files.map((f) => f.head.path),
        prepared.fieldName,
      );
      addRejected(result, shown, more);
      return;
    }
    const write = prepared.write;
    const written = await step(store, say, `${what}: storing`, null, () =>
      writeStaged(store, write, options.now),
    );
    say?.({
      step: `${what}: ${written.inserted} new, ${written.unchanged} unchanged`,
      fraction: null,
      bytes: null,
      done: true,
    });
    if (prepared.notes?.length) (result.notes ??= []).push(...prepared.notes);
    result.inserted += written.inserted;
    result.unchanged += written.unchanged;
  } finally {
    await prepared.cleanup();
  }
}

/** Keep the first problems across batches; count the rest (never spread a huge list into push). */
function addRejected(result: IngestResult, shown: FormatProblem[], more: number): void {
  const room = Math.max(0, PROBLEMS_SHOWN - result.rejected.length);
  for (const p of shown.slice(0, room))
    result.rejected.push({ ...p, field: printable(p.field), reason: printable(p.reason) });
  result.rejected_more += more + Math.max(0, shown.length - room);
}

/**
 * A problem quotes the file's own bytes and is printed on a terminal: control characters (a NUL,
 * an escape sequence that would recolour or retitle the terminal) are shown as U+FFFD instead.
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");
}

/** An Excel workbook: a zip archive (.xlsx) or an OLE compound file (.xls), by its name or first bytes. */
function isWorkbook(head: FileHead): boolean {
  return /\.xlsx?$/i.test(head.path) || head.text.startsWith("PK\u0003\u0004");
}
