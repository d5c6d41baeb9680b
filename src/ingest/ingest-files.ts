// `lodestone ingest`: read files, recognise their format by header, validate every row, and store
// each file all-or-nothing. A file with any problem stores nothing and reports every problem.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { InputError, type FormatProblem } from "../errors.js";
import type { Store } from "../store/open-store.js";
import { alreadyIngested, storedSources, writeBatch, type Batch } from "../store/write.js";
import { readCsv, type CsvTable } from "./csv-rows.js";
import { EVENTS_REQUIRED, parseEvents } from "./events-csv.js";
import { FIGURES_REQUIRED, parseFigures } from "./figures-csv.js";

export type IngestFormat = "auto" | "figures" | "events";
export const INGEST_FORMATS: readonly IngestFormat[] = ["auto", "figures", "events"];

export interface IngestResult {
  inserted: number;
  unchanged: number;
  rejected: FormatProblem[];
}

/** Ingest files in order; each file is its own all-or-nothing unit. */
export async function ingestFiles(store: Store, paths: string[], format: IngestFormat = "auto"): Promise<IngestResult> {
  const total: IngestResult = { inserted: 0, unchanged: 0, rejected: [] };
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (err) {
      throw new InputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
    const r = await ingestText(store, path, text, format);
    total.inserted += r.inserted;
    total.unchanged += r.unchanged;
    total.rejected.push(...r.rejected);
  }
  return total;
}

/** Ingest one file's text (the unit of all-or-nothing). */
export async function ingestText(store: Store, file: string, text: string, format: IngestFormat = "auto"): Promise<IngestResult> {
  const sha256 = createHash("sha256").update(text).digest("hex");
  const previous = await alreadyIngested(store, sha256);
  if (previous) return { inserted: 0, unchanged: previous.rows, rejected: [] };
  const table = readCsv(file, text);
  const batch = await buildBatch(store, file, sha256, table, format);
  if ("problems" in batch) return { inserted: 0, unchanged: 0, rejected: batch.problems };
  const written = await writeBatch(store, batch);
  return { ...written, rejected: [] };
}

async function buildBatch(
  store: Store, file: string, sha256: string, table: CsvTable, format: IngestFormat,
): Promise<Batch | { problems: FormatProblem[] }> {
  if (table.problems.length > 0 && table.header.length === 0) return { problems: table.problems };
  const kind = format === "auto" ? detectFormat(table.header) : format;
  if (!kind) {
    return { problems: [{ file, line: 1, field: "(header)", reason: `unrecognised columns: ${table.header.join(", ")} (expected the figures or events format)` }] };
  }
  const required: readonly string[] = kind === "figures" ? FIGURES_REQUIRED : EVENTS_REQUIRED;
  const missing = required.filter((c) => !table.header.includes(c));
  if (missing.length > 0) {
    return { problems: missing.map((field) => ({ file, line: 1, field, reason: "required column missing" })) };
  }
  const base = { file: basename(file), sha256, format: kind, rows: table.rows.length };
  if (kind === "events") {
    const { events, problems } = parseEvents(file, table.rows);
    const all = [...table.problems, ...problems];
    return all.length > 0 ? { problems: all } : { ...base, sources: [], observations: [], events };
  }
  const parsed = parseFigures(file, table.rows);
  const problems = [...table.problems, ...parsed.problems, ...(await sourceClashes(store, file, table, parsed.sources))];
  if (problems.length > 0) return { problems: problems.sort((a, b) => a.line - b.line) };
  return { ...base, sources: parsed.sources, observations: parsed.observations, events: [] };
}

function detectFormat(header: string[]): "figures" | "events" | null {
  if (FIGURES_REQUIRED.every((c) => header.includes(c))) return "figures";
  if (header.includes("id") && header.includes("summary") && header.includes("kind")) return "events";
  return null;
}

/** A source id already stored with other attributes would be silently rewritten: refuse it. */
async function sourceClashes(store: Store, file: string, table: CsvTable, sources: Batch["sources"]): Promise<FormatProblem[]> {
  const stored = await storedSources(store, sources.map((s) => s.id));
  const problems: FormatProblem[] = [];
  for (const s of sources) {
    const old = stored.get(s.id);
    if (!old) continue;
    const field = (["kind", "publisher", "origin", "url", "url_status", "published", "title"] as const).find((k) => (old[k] ?? null) !== (s[k] ?? null));
    if (field) {
      const line = table.rows.find((r) => r.cells.source_id === s.id)?.line ?? 1;
      problems.push({ file, line, field: field === "kind" ? "source_kind" : field, reason: `source ${s.id} is already stored with ${field} ${JSON.stringify(old[field])}` });
    }
  }
  return problems;
}
