// What counts as a clear outcome in the drills: an ingest's problems each name the file, a line, a
// field and a short reason; a thrown error is one of Lodestone's own (src/errors.ts), on one short
// line. A TypeError, a RangeError, a wrapped DuckDB failure (QueryError) or a stack is a crash.
import type { FormatProblem } from "../../src/errors.js";
import type { IngestResult } from "../../src/ingest/ingest-files.js";

/** Lodestone's errors that are answers to bad input, not failures of its own. */
const CLEAR_ERRORS = new Set([
  "InputError",
  "UsageError",
  "NotFoundError",
  "SourceFormatError",
  "StoreError",
  "AbandonedError",
]);

export type OutcomeKind = "stored" | "rejected" | "refused" | "crash";

export interface Outcome {
  kind: OutcomeKind;
  /** The first problem, the error's message, or what was stored. */
  detail: string;
  /** The first problem, when the ingest reported problems. */
  problem?: FormatProblem;
}

/** True when every problem names the file, a line, a field and a short one-line reason. */
export function problemsAreClear(problems: readonly FormatProblem[], file: string): boolean {
  return problems.every(
    (p) =>
      p.file === file &&
      Number.isInteger(p.line) &&
      p.line >= 1 &&
      p.field !== "" &&
      p.reason !== "" &&
      p.reason.length <= 300 &&
      !/undefined|\[object|\n/.test(p.reason),
  );
}

/** True when a thrown value is one of Lodestone's errors for bad input, on one short line. */
export function thrownIsClear(err: unknown): boolean {
  return (
    err instanceof Error &&
    CLEAR_ERRORS.has(err.name) &&
    !err.message.includes("\n") &&
    err.message.length > 0 &&
    err.message.length <= 300
  );
}

/** The outcome of an ingest of `files` (problems expected to name `shownAs`, the first file's name). */
export async function ingestOutcome(run: () => Promise<IngestResult>, shownAs: string): Promise<Outcome> {
  try {
    const result = await run();
    const first = result.rejected[0];
    if (!first)
      return { kind: "stored", detail: `${result.inserted} inserted, ${result.unchanged} unchanged` };
    const clear = problemsAreClear(result.rejected, shownAs);
    const detail = `${first.file}:${first.line}: ${first.field}: ${first.reason}`.replace(/\s+/g, " ");
    return { kind: clear ? "rejected" : "crash", detail, problem: first };
  } catch (err) {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { kind: thrownIsClear(err) ? "refused" : "crash", detail: message.replace(/\s+/g, " ") };
  }
}
