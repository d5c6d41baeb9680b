// Benchmark of ingesting a UN Comtrade bulk file (gzip, tab-separated, the API's 47 columns) of
// LODESTONE_BENCH_INGEST_ROWS rows (default 100,000; the figure is 1,000,000), against
// DuckDB's own read_csv of the same file into a plain table in the same run and database: the
// ratio is what to compare across machines. Also: a one-row ingest into the loaded store (the
// resolved cache is patched, not rebuilt) followed by one resolved read, and peak memory.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestFiles } from "../src/ingest/ingest-files.js";
import { openStore } from "../src/store/open-store.js";
import { resolve } from "../src/store/resolved-values.js";
import { refreshResolvedCache } from "../src/store/resolved-cache.js";
import { comtradeEnvelope, comtradeRecord, writeComtradeBulkSql } from "../test/helpers/comtrade-files.js";
import type { BenchResult } from "./run.js";

const ROWS = Number(process.env.LODESTONE_BENCH_INGEST_ROWS ?? 100_000);
async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const out = await work();
  return [performance.now() - t0, out];
}

export default async function benchIngest(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "lodestone-bench-ingest-"));
  const file = join(dir, "COMTRADE-FINAL-bench[2025-12-28].gz");
  const store = await openStore({ path: join(dir, "bench.duckdb") });
  try {
    await writeComtradeBulkSql(store, file, ROWS);
    await refreshResolvedCache(store);
    const [baseline] = await time(() =>
      store.execute(`CREATE TABLE plain AS SELECT * FROM read_csv('${file}')`),
    );
    await store.execute("DROP TABLE plain");
    const [ms, result] = await time(() => ingestFiles(store, [file]));
    if (result.rejected.length > 0)
      throw new Error(`bench file rejected: ${JSON.stringify(result.rejected.slice(0, 3))}`);
    const one = join(dir, "one.json");
    writeFileSync(one, comtradeEnvelope([comtradeRecord("202511", 842, 700_500, 29_876_543)]));
    const [oneMs] = await time(async () => {
      await ingestFiles(store, [one], { published: "2026-01-05" });
      return resolve(store, { series: "permanent-magnets-metal", partner: "USA", period: "2025-11" });
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
        note: `${result.inserted.toLocaleString("en")} observations, validation, provenance, cache patch`,
      },
      {
        name: "one-row ingest + resolve",
        ms: oneMs,
        baseline_ms: null,
        note: `into the loaded store (cache patched, not rebuilt); peak RSS ${rss} MB`,
      },
    ];
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
