// Lodestone's own curated formats (data/figures.csv and data/events.csv): small files written by
// hand, parsed and checked in JavaScript with csv-parse, one file per batch.
import { readFile } from "node:fs/promises";
import type { FormatProblem } from "../errors.js";
import { addProblems } from "../store/ingest/problems.js";
import type { Store } from "../store/open-store.js";
import { stageObservations, storedSources, type StagedWrite } from "../store/write.js";
import type { Adapter, InputFile, Prepared } from "./adapter.js";
import { readCsv, type CsvTable } from "./csv-rows.js";
import { EVENTS_REQUIRED, parseEvents } from "./events-csv.js";
import { splitCsvLine, type FileHead } from "./file-head.js";
import { FIGURES_REQUIRED, parseFigures } from "./figures-csv.js";

function cells(head: FileHead): string[] {
  return splitCsvLine(head.firstLine);
}

function curated(
  name: "figures" | "events",
  required: readonly string[],
  detect: (h: string[]) => boolean,
): Adapter {
  return {
    name,
    combine: false,
    detect: (head) => !head.gzip && head.encoding === "utf-8" && detect(cells(head)),
    describe: () => `Lodestone ${name} CSV`,
    async prepare(store, files) {
      const file = files[0]!;
      const prepared: Prepared = {
        write: null,
        fieldName: (_f, field) => field,
        cleanup: async () => {
          await store.execute("DROP TABLE IF EXISTS stage_figures");
        },
      };
      const table = readCsv(file.head.path, await readFile(file.path, "utf8"));
      const missing = required.filter((c) => !table.header.includes(c));
      const problems: FormatProblem[] = table.problems;
      if (table.header.length > 0)
        append(
          problems,
          missing.map((field) => ({
            file: file.head.path,
            line: 1,
            field,
            reason: "required column missing",
          })),
        );
      if (problems.length === 0) prepared.write = await build(store, file, table, name, problems);
      await addProblems(store, file.index, problems);
      if (problems.length > 0) prepared.write = null;
      return prepared;
    },
  };
}

async function build(
  store: Store,
  file: InputFile,
  table: CsvTable,
  name: "figures" | "events",
  problems: FormatProblem[],
): Promise<StagedWrite | null> {
  const base = {
    files: [{ file: file.head.path, sha256: file.sha256, format: name, rows: table.rows.length }],
    details: null,
  };
  if (name === "events") {
    const parsed = parseEvents(file.head.path, table.rows);
    append(problems, parsed.problems);
    return { ...base, sources: [], events: parsed.events, stage: null };
  }
  const parsed = parseFigures(file.head.path, table.rows);
  append(problems, parsed.problems);
  append(problems, await sourceClashes(store, file.head.path, table, parsed.sources));
  if (problems.length > 0) return null;
  const stage = parsed.observations.length > 0 ? await stageObservations(store, parsed.observations) : null;
  return { ...base, sources: parsed.sources, events: [], stage };
}

/** A source id already stored with other attributes would be silently rewritten: refuse it. */
async function sourceClashes(
  store: Store,
  file: string,
  table: CsvTable,
  sources: StagedWrite["sources"],
): Promise<FormatProblem[]> {
  const stored = await storedSources(
    store,
    sources.map((s) => s.id),
  );
  const problems: FormatProblem[] = [];
  for (const s of sources) {
    const old = stored.get(s.id);
    if (!old) continue;
    const field = (["kind", "publisher", "origin", "url", "url_status", "published", "title"] as const).find(
      (k) => (old[k] ?? null) !== (s[k] ?? null),
    );
    if (field) {
      const line = table.rows.find((r) => r.cells.source_id === s.id)?.line ?? 1;
      problems.push({
        file,
        line,
        field: field === "kind" ? "source_kind" : field,
        reason: `source ${s.id} is already stored with ${field} ${JSON.stringify(old[field])}`,
      });
    }
  }
  return problems;
}

/** Append without spreading: a file of 200,000 bad rows has 200,000 problems (too many arguments for push). */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

export const figuresAdapter = curated("figures", FIGURES_REQUIRED, (h) =>
  FIGURES_REQUIRED.every((c) => h.includes(c)),
);
export const eventsAdapter = curated(
  "events",
  EVENTS_REQUIRED,
  (h) => h.includes("id") && h.includes("summary") && h.includes("kind"),
);
