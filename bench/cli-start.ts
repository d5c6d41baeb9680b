// Start-up of the command line on an existing database, as users run it (the compiled CLI, a fresh
// Node process each time), against a plain Node script that opens the same file read-only and
// counts a table: what any DuckDB-backed command must pay. Medians of interleaved runs.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./lib/timing.js";
import type { BenchResult } from "./run.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function timed(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  if (r.status !== 0) throw new Error(`${args.join(" ")}: ${r.stderr.toString()}`);
  return performance.now() - t0;
}

export default async function benchCliStart(): Promise<BenchResult[]> {
  process.stderr.write("  building the CLI (npm run build) ...\n");
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
  const dir = mkdtempSync(join(tmpdir(), "lodestone-bench-cli-"));
  const db = join(dir, "cli.duckdb");
  const cli = (...args: string[]) => ["bin/lodestone.js", ...args, "--db", db, "--format", "json"];
  const plain = [
    "--input-type=module",
    "-e",
    `
    import { DuckDBInstance } from "@duckdb/node-api";
    const db = await DuckDBInstance.create(${JSON.stringify(db)}, { access_mode: "READ_ONLY" });
    const c = await db.connect();
    (await c.runAndReadAll("SELECT count(*) FROM observations")).getRows();`,
  ];
  try {
    timed(cli("series", "rare-earth-magnets")); // creates the file and loads the shipped data
    const cases: [string, string[]][] = [
      ["cli: series (existing database)", cli("series", "rare-earth-magnets")],
      ["cli: stats (existing database)", cli("stats", "rare-earth-magnets", "2025-11")],
      ["cli: --help", ["bin/lodestone.js", "--help"]],
    ];
    const times = new Map<string, number[]>([
      ["plain", []],
      ...cases.map(([n]) => [n, []] as [string, number[]]),
    ]);
    for (let i = 0; i < RUNS; i++) {
      times.get("plain")!.push(timed(plain));
      for (const [name, args] of cases) times.get(name)!.push(timed(args));
    }
    const base = median(times.get("plain")!);
    return cases.map(([name]) => ({
      name,
      ms: median(times.get(name)!),
      baseline_ms: base,
      note: `median of ${RUNS}, interleaved; baseline: node opens the file read-only and counts a table; target ratio <= 1.5`,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
