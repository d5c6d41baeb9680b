// Every error class Lodestone throws, in one place. The CLI maps them to exit codes
// (1 for bad input or data problems, 2 for bad usage); the HTTP layer maps them to JSON.

/** Bad input from the user: an argument, an option, a value. Exit code 1. */
export class InputError extends Error {
  override name = "InputError";
}

/** Bad usage of the command line (unknown option, missing argument). Exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Something asked for does not exist (a series, a source, a month). */
export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/** One problem at one place in one input file. */
export interface FormatProblem {
  file: string;
  line: number;
  field: string;
  reason: string;
}

/** A file that cannot be ingested; carries every problem found, each with file, line and field. */
export class SourceFormatError extends Error {
  override name = "SourceFormatError";
  constructor(readonly problems: FormatProblem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}

export function formatProblem(p: FormatProblem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.reason}`;
}

/** The database cannot be opened or used as it is (locked, newer schema, corrupt). */
export class StoreError extends Error {
  override name = "StoreError";
}

/** A failed SQL statement, wrapped once with its SQL and parameters. */
export class QueryError extends Error {
  override name = "QueryError";
  constructor(
    readonly sql: string,
    readonly params: readonly unknown[],
    override readonly cause: unknown,
  ) {
    super(`query failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Work given up before it finished: its time budget ran out, or the client that asked went away. */
export class AbandonedError extends Error {
  override name = "AbandonedError";
  constructor(
    readonly reason: "budget" | "disconnected",
    message: string,
  ) {
    super(message);
  }
}

/** The server cannot listen where it was asked to (port in use, unknown host, no permission). */
export class ListenError extends Error {
  override name = "ListenError";
}
