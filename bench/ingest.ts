// Benchmark of ingesting a UN Comtrade bulk file (gzip, tab-separated, the API's 47 columns) of
// LODESTONE_BENCH_INGEST_ROWS rows (default 100,000; the figure is 1,000,000), against
// DuckDB's own read_csv of the same file into a plain table in the same run and database: the
// ratio is what to compare across machines. Also: a one-row ingest into the loaded store (the
// resolved cache is patched, not rebuilt) followed by `stats`, each opening the file as the command
// line does, against opening it and counting its rows; and peak memory.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeStats } from "../src/analytics/stats.js";
import { ingestFiles } from "../src/ingest/ingest-files.js";
import { openStore } from "../src/store/open-store.js";
import { refreshResolvedCache } from "../src/store/resolved-cache.js";
import { comtradeEnvelope, comtradeRecord, writeComtradeBulkSql } from "../test/helpers/comtrade-files.js";
import type { BenchResult } from "./run.js";

const ROWS = Number(process.env.LODESTONE_BENCH_INGEST_ROWS ?? 100_000);
async function time<T>(work: () => Promise<T>): Promise<[number, T, number]> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const out = await work();
  const cpu = process.cpuUsage(cpu0);
  return [performance.now() - t0, out, (cpu.user + cpu.system) / 1000];
}

export default async function benchIngest(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "lodestone-bench-ingest-"));
  const file = join(dir, "COMTRADE-FINAL-bench[2025-12-28].gz");
  const db = join(dir, "bench.duckdb");
  const store = await openStore({ path: db });
  let closed = false;
  try {
    await writeComtradeBulkSql(store, file, ROWS);
    await refreshResolvedCache(store);
    // processor time (this process's, DuckDB's threads included) beside the elapsed: on a machine
    // shared with other work the elapsed ratio varies with the load, the processor-time one much less
    const [baseline, , baselineCpu] = await time(() =>
      store.execute(`CREATE TABLE plain AS SELECT * FROM read_csv('${file}')`),
    );
    await store.execute("DROP TABLE plain");
    const [ms, result, cpu] = await time(() => ingestFiles(store, [file]));
    if (result.rejected.length > 0)
      throw new Error(`bench file rejected: ${JSON.stringify(result.rejected.slice(0, 3))}`);
    const one = join(dir, "one.json");
    writeFileSync(one, comtradeEnvelope([comtradeRecord("202511", 842, 700_500, 29_876_543)]));
    store.close();
    closed = true;
    // as the command line does it: `ingest` opens the file to write, `stats` and a plain count read-only
    const [countMs] = await time(async () => {
      const reader = await openStore({ path: db, readOnly: true });
      await reader.query("SELECT count(*) AS n FROM observations");
      reader.close();
    });
    const [oneMs] = await time(async () => {
      const writer = await openStore({ path: db });
      await ingestFiles(writer, [one], { published: "2026-01-05" });
      writer.close();
      const reader = await openStore({ path: db, readOnly: true });
      await computeStats(reader, { series: "permanent-magnets-metal", period: "2025-11", partner: "USA" });
      reader.close();
    });
    // a later release of the figure just stored: its key is in the cache, so it is resolved again
    const again = join(dir, "again.json");
    writeFileSync(again, comtradeEnvelope([comtradeRecord("202511", 842, 701_200, 29_901_000)]));
    const [againMs] = await time(async () => {
      const writer = await openStore({ path: db });
      await ingestFiles(writer, [again], { published: "2026-02-05" });
      writer.close();
      const reader = await openStore({ path: db, readOnly: true });
      await computeStats(reader, { series: "permanent-magnets-metal", period: "2025-11", partner: "USA" });
      reader.close();
    });
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    const rows = ROWS.toLocaleString("en");
    return [
      {
        name: "read_csv into a table",
        ms: baseline,
        baseline_ms: baseline,
        note: `baseline: DuckDB alone, ${rows}-row Comtrade bulk file (gzip)`,
      },
      {
        name: "ingest Comtrade bulk file",
        ms,
        baseline_ms: baseline,
        note: `${result.inserted.toLocaleString("en")} observations, validation, provenance, cache patch; processor time ${(cpu / baselineCpu).toFixed(2)}x the baseline's`,
      },
      {
        name: "one-row ingest, then stats",
        ms: oneMs,
        baseline_ms: countMs,
        note: `into the loaded store, each opened as the command line does; baseline: open and count; peak RSS ${rss} MB`,
      },
      {
        name: "one-row new release of a stored key, then stats",
        ms: againMs,
        baseline_ms: countMs,
        note: "the key is resolved again among all its releases; baseline: open and count",
      },
    ];
  } finally {
    if (!closed) store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
