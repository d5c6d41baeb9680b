// kill -9 at random points of a large ingest: each time the database file must reopen and hold
// exactly what it held before (a canonical dump of every table, compared byte for byte) or the whole
// file, never a part of it. The ingest runs in a child process that says each step as it starts,
// so each kill is counted as landing before the write (reading and checking) or during it.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { openStore } from "../../src/store/open-store.js";
import { writeComtradeBulkSql } from "../helpers/comtrade-files.js";
import { dumpStore } from "../helpers/stores.js";
import { seeded } from "./seeded.js";

const CHILD = new URL("./ingest-child.ts", import.meta.url).pathname;
const GACC = new URL("../fixtures/official/gacc-en-magnets-export-202511.csv", import.meta.url).pathname;

/** Where a kill landed: before the write began, during it, or after the child had finished. */
export type KillPhase = "before the write" | "during the write" | "after it finished";
export type KillOutcome = "as before" | "whole file" | "PART OF THE FILE" | "DID NOT REOPEN";

export interface Kill {
  afterMs: number;
  phase: KillPhase;
  outcome: KillOutcome;
}

export interface KillResult {
  rows: number;
  /** The uninterrupted ingest, from the database opened to done. */
  fullMs: number;
  kills: Kill[];
  ok: boolean;
}

interface Run {
  phase: KillPhase;
  /** Milliseconds from "opened" to the child's exit. */
  ms: number;
}

/** Run the ingest child on `db`; kill it `afterMs` after it opened the database (never, when null). */
function ingestInChild(db: string, file: string, afterMs: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, db, file], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let opened = 0;
    let timer: NodeJS.Timeout | undefined;
    // the step the child had said when the kill was sent (what it says later, it says too late)
    let killedIn: KillPhase | null = null;
    const phase = (): KillPhase =>
      /\ndone \d+\n/.test(out)
        ? "after it finished"
        : /: storing\n/.test(out)
          ? "during the write"
          : "before the write";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (!opened && out.includes("opened\n")) {
        opened = performance.now();
        if (afterMs !== null)
          timer = setTimeout(() => {
            killedIn = phase();
            child.kill("SIGKILL");
          }, afterMs);
      }
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (signal !== "SIGKILL" && code !== 0) reject(new Error(`ingest child failed (${code}): ${err}`));
      else resolve({ phase: killedIn ?? phase(), ms: performance.now() - opened });
    });
  });
}

/** The dump of a database file after it is reopened, or null when it cannot be opened. */
async function reopenAndDump(db: string): Promise<string | null> {
  try {
    const store = await openStore({ path: db });
    try {
      return await dumpStore(store);
    } finally {
      store.close();
    }
  } catch {
    return null;
  }
}

/**
 * Prepare a store holding a customs file and a bulk file of `rows` Comtrade records, then kill the
 * ingest of that file `kills` times at seeded random points over its uninterrupted duration.
 */
export async function killDuringIngest(rows = 60_000, kills = 20, seed = 1): Promise<KillResult> {
  const dir = mkdtempSync(join(tmpdir(), "lodestone-kill-"));
  try {
    const pristine = join(dir, "before.duckdb");
    const file = join(dir, "COMTRADE-FINAL-kill[2025-12-28].gz");
    const store = await openStore({ path: pristine });
    await ingestFiles(store, [GACC], { published: "2025-12-20" });
    await writeComtradeBulkSql(store, file, rows);
    const before = await dumpStore(store);
    store.close();
    const db = join(dir, "store.duckdb");
    const fresh = () => {
      for (const ext of ["", ".wal"]) {
        rmSync(`${db}${ext}`, { force: true });
        if (existsSync(`${pristine}${ext}`)) copyFileSync(`${pristine}${ext}`, `${db}${ext}`);
      }
    };
    fresh();
    const full = await ingestInChild(db, file, null);
    const after = await reopenAndDump(db);
    if (after === null || after === before) throw new Error("the uninterrupted ingest stored nothing");
    const random = seeded(seed);
    const result: KillResult = { rows, fullMs: full.ms, kills: [], ok: true };
    for (let i = 0; i < kills; i++) {
      fresh();
      const afterMs = Math.round(random() * full.ms);
      const run = await ingestInChild(db, file, afterMs);
      const dump = await reopenAndDump(db);
      const outcome: KillOutcome =
        dump === null
          ? "DID NOT REOPEN"
          : dump === before
            ? "as before"
            : dump === after
              ? "whole file"
              : "PART OF THE FILE";
      result.kills.push({ afterMs, phase: run.phase, outcome });
      if (dump === null || (dump !== before && dump !== after)) result.ok = false;
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Kills counted by phase and outcome: `during the write: 6 as before, 2 whole file`. */
export function killSummary(r: KillResult): string[] {
  const counts = new Map<string, Map<string, number>>();
  for (const k of r.kills) {
    const byOutcome = counts.get(k.phase) ?? new Map<string, number>();
    byOutcome.set(k.outcome, (byOutcome.get(k.outcome) ?? 0) + 1);
    counts.set(k.phase, byOutcome);
  }
  return [...counts].map(
    ([phase, o]) =>
      `${phase}: ${[...o.values()].reduce((a, b) => a + b, 0)} (${[...o].map(([k, n]) => `${n} ${k}`).join(", ")})`,
  );
}
