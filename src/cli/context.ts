// What every command shares: where output goes, the global options, and how to open the store.
import type { Store } from "../store/open-store.js";
import { InputError } from "../errors.js";
import { isPartialDate } from "../domain/period.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  /** Whether stderr is a terminal: progress is drawn there, and only then. */
  stderrIsTty: boolean;
  env: Record<string, string | undefined>;
  readStdin: () => Promise<string>;
}

export interface GlobalOptions {
  db?: string;
  asOf?: string;
  format?: string;
  debug?: boolean;
}

export function defaultIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    env: process.env,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}

/**
 * Open the store the global options name, run `work`, and always close it. Reading commands open it
 * read-only, so they work beside a running server and on files they may not write.
 */
export async function withStore<T>(
  io: CliIo,
  opts: GlobalOptions,
  work: (store: Store) => Promise<T>,
  mode: "read" | "write" = "read",
): Promise<T> {
  // DuckDB loads with the first command that opens the store, not for --help or a usage error
  const { openLodestone } = await import("../ingest/reference-data.js");
  const store = await openLodestone({ path: opts.db, env: io.env, readOnly: mode === "read" });
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

/** The `--as-of` date, validated. */
export function asOfOption(opts: GlobalOptions): string | null {
  if (opts.asOf === undefined) return null;
  if (!isPartialDate(opts.asOf))
    throw new InputError(`invalid --as-of date: ${opts.asOf} (expected YYYY-MM-DD)`);
  return opts.asOf;
}
