// Progress of an ingest, step by step: what is being done, and how far DuckDB has got with the
// statement under way (its own measure: the bytes of a file it reads, the rows of a table it
// scans). The command line draws it as a bar on a terminal; nothing else is told.
import type { Store } from "../store/open-store.js";

export interface IngestProgress {
  step: string;
  /** How far the step's current statement is, 0..1; null when DuckDB cannot say. */
  fraction: number | null;
  /** The bytes the step reads (the batch's files), when it reads files. */
  bytes: number | null;
  /** The step is over (the line it was drawn on can stay). */
  done: boolean;
}

/** How often the running statement's progress is asked for. */
const EVERY_MS = 250;

/**
 * Run `work` as one step, telling `say` how far DuckDB's statement under way has got, a few times
 * a second, and once more when it ends.
 */
export async function step<T>(
  store: Store,
  say: ((p: IngestProgress) => void) | undefined,
  name: string,
  bytes: number | null,
  work: () => Promise<T>,
): Promise<T> {
  if (!say) return work();
  say({ step: name, fraction: null, bytes, done: false });
  const timer = setInterval(() => {
    const p = store.conn.progress;
    if (p.percentage >= 0) say({ step: name, fraction: Math.min(1, p.percentage / 100), bytes, done: false });
  }, EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/** Ask DuckDB to track the progress of statements on the writing connection (it prints nothing). */
export async function trackProgress(store: Store): Promise<void> {
  await store.execute(
    "SET enable_progress_bar = true; SET enable_progress_bar_print = false; SET progress_bar_time = 0",
  );
}

const WIDTH = 24;

/**
 * One line of a progress bar, to redraw in place on a terminal.
 * @example renderProgress({ step: "1 comtrade file: reading", fraction: 0.5, bytes: 27e6, done: false }, 3200)
 * // "[3.2 s] 1 comtrade file: reading [############............]  50% (13.5 of 27.0 MB)"
 */
export function renderProgress(p: IngestProgress, elapsedMs: number): string {
  const time = `[${(elapsedMs / 1000).toFixed(1)} s] ${p.step}`;
  if (p.fraction === null || p.done) return time;
  const filled = Math.round(p.fraction * WIDTH);
  const bar = `[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${String(Math.round(p.fraction * 100)).padStart(3)}%`;
  const bytes = p.bytes === null ? "" : ` (${mb(p.fraction * p.bytes)} of ${mb(p.bytes)} MB)`;
  return `${time} ${bar}${bytes}`;
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}
