// The fuzz drill: `verify` and every ingest adapter fed generated inputs (fuzz-inputs.ts, from a
// seed). Every outcome must be a result or one of Lodestone's clear errors, never a TypeError, a
// RangeError or a wrapped DuckDB failure. Adapters take their rows in batches, one file per batch,
// into a `:memory:` store; a batch that crashes is cut in halves until the rows that crash it are
// found. Whole files mutated at the byte level go in one at a time.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verifyClaims } from "../../src/claims/index.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { emptyStore } from "../helpers/stores.js";
import { mutateFile, ROW_FORMATS, seedTexts, verifyInput, type RowFormat } from "./fuzz-inputs.js";
import { ingestOutcome, type Outcome } from "./outcome.js";
import { seeded } from "./seeded.js";

export interface Crash {
  target: string;
  /** The smallest input found that crashes (cut to 300 characters for the report). */
  input: string;
  error: string;
}

export interface FuzzResult {
  target: string;
  inputs: number;
  /** How the inputs ended: a verify result, or an ingest's stored / rejected / refused. */
  outcomes: Record<string, number>;
  crashes: Crash[];
  ms: number;
}

const VERDICTS = new Set(["supported", "contradicted", "unverifiable"]);
const shown = (text: string) => JSON.stringify(text.slice(0, 300));

/** What is wrong with one verify outcome, or null: a throw, or a claim outside its text. */
async function verifyProblem(store: Store, text: string): Promise<string | null> {
  try {
    const result = await verifyClaims(store, text, { published: "2025-12-20" });
    const bad = result.claims.find(
      (c) => !VERDICTS.has(c.verdict) || c.start < 0 || c.end > text.length || c.end < c.start,
    );
    return bad ? `malformed claim: ${JSON.stringify(bad).slice(0, 200)}` : null;
  } catch (err) {
    return err instanceof Error ? `${err.name}: ${err.message.split("\n")[0]}` : String(err);
  }
}

const IN_FLIGHT = 8;
/** Inputs between two calls of a drill's progress callback. */
const PROGRESS_EVERY = 10_000;

/** Verify `inputs` generated texts against `store` (the reference data). */
export async function fuzzVerify(
  store: Store,
  inputs: number,
  seed = 1,
  progress: (done: number) => void = () => {},
): Promise<FuzzResult> {
  const random = seeded(seed);
  const seeds = seedTexts();
  const result: FuzzResult = { target: "verify", inputs: 0, outcomes: {}, crashes: [], ms: 0 };
  const started = performance.now();
  // a few checks in flight at once, as a server would run them: one's queries overlap another's reading
  for (let i = 0; i < inputs; i += IN_FLIGHT) {
    const texts = Array.from({ length: Math.min(IN_FLIGHT, inputs - i) }, () => verifyInput(random, seeds));
    const problems = await Promise.all(texts.map((text) => verifyProblem(store, text)));
    problems.forEach((problem, j) => {
      result.inputs++;
      const kind = problem ? "crash" : "result";
      result.outcomes[kind] = (result.outcomes[kind] ?? 0) + 1;
      if (problem && result.crashes.length < 20)
        result.crashes.push({ target: "verify", input: shown(texts[j]!), error: problem });
    });
    if ((i + IN_FLIGHT) % PROGRESS_EVERY < IN_FLIGHT) progress(result.inputs);
  }
  result.ms = performance.now() - started;
  return result;
}

/** A place for the batch files, and a fresh store now and then so accepted batches do not pile up. */
class Bench {
  private readonly dir = mkdtempSync(join(tmpdir(), "lodestone-fuzz-"));
  private store: Store | null = null;
  private uses = 0;

  async ingest(name: string, data: string | Buffer): Promise<Outcome> {
    if (!this.store || ++this.uses % 50 === 0) {
      this.store?.close();
      this.store = await emptyStore();
    }
    const path = join(this.dir, name);
    writeFileSync(path, data);
    const store = this.store;
    const outcome = await ingestOutcome(() => ingestFiles(store, [path]), path);
    // a crash may leave DuckDB unusable ("database has been invalidated"): the next input gets a new store
    if (outcome.kind === "crash") {
      store.close();
      this.store = null;
    }
    return outcome;
  }

  close(): void {
    this.store?.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The fewest rows of `rows` found to crash the format's ingest (halving while a half still crashes). */
async function smallestCrash(bench: Bench, format: RowFormat, rows: string[]): Promise<string[]> {
  let current = rows;
  while (current.length > 1) {
    const half = Math.ceil(current.length / 2);
    let next: string[] | null = null;
    for (const part of [current.slice(0, half), current.slice(half)]) {
      const o = await bench.ingest(format.fileName(0), format.assemble(part));
      if (o.kind === "crash") {
        next = part;
        break;
      }
    }
    if (!next) break;
    current = next;
  }
  return current;
}

/** Mutation rates per batch: most batches nearly clean (so they reach the later checks and the write), some wholly bad. */
const RATES = [0.001, 0.01, 0.1, 1];

/**
 * Ingest `inputs` generated inputs: rows in batches of `batch` (one file each, the formats in turn),
 * and one whole file mutated at the byte level for every `batch` rows.
 */
export async function fuzzIngest(
  inputs: number,
  seed = 1,
  batch = 500,
  progress: (done: number) => void = () => {},
): Promise<FuzzResult[]> {
  const random = seeded(seed);
  const bench = new Bench();
  const results = new Map<string, FuzzResult>(
    ROW_FORMATS.map((f) => [f.name, { target: f.name, inputs: 0, outcomes: {}, crashes: [], ms: 0 }]),
  );
  const count = (r: FuzzResult, o: Outcome, n: number) => {
    r.inputs += n;
    r.outcomes[o.kind] = (r.outcomes[o.kind] ?? 0) + n;
  };
  try {
    let done = 0;
    for (let i = 0; done < inputs; i++) {
      const format = ROW_FORMATS[i % ROW_FORMATS.length]!;
      const r = results.get(format.name)!;
      const started = performance.now();
      const rows = format.rows(
        random,
        Math.min(batch - 1, inputs - done - 1) + 1,
        RATES[i % RATES.length]!,
        i,
      );
      const o = await bench.ingest(format.fileName(i), format.assemble(rows));
      count(r, o, rows.length);
      done += rows.length;
      if (o.kind === "crash" && r.crashes.length < 5) {
        const smallest = await smallestCrash(bench, format, rows);
        r.crashes.push({
          target: format.name,
          input: shown(smallest.join("\n")),
          error: o.detail.slice(0, 300),
        });
      }
      if (done < inputs) {
        const file = mutateFile(random, format.assemble(format.rows(random, 8, 0.2, i)));
        const f = await bench.ingest(format.fileName(i), file);
        count(r, f, 1);
        done++;
        if (f.kind === "crash" && r.crashes.length < 5)
          r.crashes.push({
            target: `${format.name} (whole file)`,
            input: shown(file.toString("latin1")),
            error: f.detail.slice(0, 300),
          });
      }
      r.ms += performance.now() - started;
      if (Math.floor(done / PROGRESS_EVERY) > Math.floor((done - rows.length - 1) / PROGRESS_EVERY))
        progress(done);
    }
  } finally {
    bench.close();
  }
  return [...results.values()];
}
