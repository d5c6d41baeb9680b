// Benchmark of `stats` on a generated store of realistic shape: 20 years x 200 destinations x 50
// series, both flows (about 5 million observations). Reports one month warm (median of several
// runs), all 50 series for one month (one `computeStatsMany` call), and the one-off build of the
// resolved-values cache, each against a plain scan of the same observations measured in the same run.
import { computeStats, computeStatsMany } from "../src/analytics/stats.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/open-store.js";
import { refreshResolvedCache } from "../src/store/resolved-cache.js";
import { generateSyntheticData, syntheticSeriesIds } from "../test/helpers/synthetic-data.js";
import { timeAsync } from "./lib/timing.js";
import type { BenchResult } from "./run.js";

const SHAPE = { years: 20, partners: 200, series: 50, flows: 2 } as const;
const MONTH = "2025-11";
const MEMORY_LIMIT = "4GB";

async function time(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** Median of `runs` timed calls (the callers warm up themselves). */
const median = (runs: number, work: () => Promise<unknown>) => timeAsync(work, runs, 0);

export default async function benchStats(): Promise<BenchResult[]> {
  // a file with a memory limit rather than :memory:, so DuckDB spills to disk instead of growing
  // the bench past the machine's memory (it once peaked at 13.7 GB)
  const dir = mkdtempSync(join(tmpdir(), "lodestone-bench-stats-"));
  const store = await openStore({
    path: join(dir, "bench.duckdb"),
    duckdb: {
      memory_limit: MEMORY_LIMIT,
      temp_directory: join(dir, "spill"),
      preserve_insertion_order: "false",
      threads: "2",
    },
  });
  try {
    let rows = 0;
    const generate = await time(async () => (rows = await generateSyntheticData(store, SHAPE)));
    const scan = () => store.query("SELECT sum(value) AS total FROM observations");
    await scan();
    const baseline = await median(5, scan);
    const cache = await time(() => refreshResolvedCache(store, true));
    const series = syntheticSeriesIds(SHAPE.series);
    const one = () => computeStats(store, { series: series[0]!, period: MONTH });
    await one();
    const oneMs = await median(7, one);
    const all = () => computeStatsMany(store, { series, period: MONTH });
    const allMs = await median(3, all);
    const shape = `${SHAPE.years}y x ${SHAPE.partners} partners x ${SHAPE.series} series x ${SHAPE.flows} flows`;
    return [
      {
        name: "generate store",
        ms: generate,
        baseline_ms: null,
        note: `${rows.toLocaleString("en")} observations, ${shape}`,
      },
      {
        name: "scan: sum(value)",
        ms: baseline,
        baseline_ms: baseline,
        note: "baseline: one pass over every observation",
      },
      {
        name: "build resolved cache",
        ms: cache,
        baseline_ms: baseline,
        note: "once after each ingest (lazily on first use)",
      },
      {
        name: "stats, one month (warm)",
        ms: oneMs,
        baseline_ms: baseline,
        note: `median of 7; target under 10 ms; DuckDB memory limit ${MEMORY_LIMIT}`,
      },
      {
        name: "stats, 50 series, one month",
        ms: allMs,
        baseline_ms: baseline,
        note: "computeStatsMany, median of 3; target under 1 s",
      },
    ];
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
