// Benchmark of ingesting a UN Comtrade bulk file (gzip, tab-separated, the API's 47 columns) of
// LODESTONE_BENCH_INGEST_ROWS rows (default 200,000; the figure is 1,000,000), against
// DuckDB's own read_csv of the same file into a plain table in the same run and database: the
// ratio is what to compare across machines. Also: a one-row ingest into the loaded store (the
// resolved cache is patched, not rebuilt) followed by one resolved read, and peak memory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestFiles } from "../src/ingest/ingest-files.js";
import { openStore } from "../src/store/open-store.js";
import { resolve } from "../src/store/resolved-values.js";
import { refreshResolvedCache } from "../src/store/resolved-cache.js";
import { comtradeEnvelope, comtradeRecord } from "../test/helpers/comtrade-files.js";
import { writeFileSync } from "node:fs";
import type { BenchResult } from "./run.js";

const ROWS = Number(process.env.LODESTONE_BENCH_INGEST_ROWS ?? 200_000);
/** M49 codes with distinct ISO3 codes in data/codes/m49.csv. */
const CODES = [36, 40, 56, 76, 124, 152, 156, 170, 203, 208, 246, 251, 276, 300, 344, 348, 360, 372, 376, 380, 392, 410,
  458, 484, 528, 554, 579, 608, 616, 620, 643, 682, 699, 702, 704, 710, 724, 752, 757, 764];

/** Write the bulk file with DuckDB itself (generating it in JavaScript would dominate the run). */
export async function writeBulk(store: Awaited<ReturnType<typeof openStore>>, path: string): Promise<void> {
  const n = CODES.length;
  const code = (x: string) => `[${CODES.join(", ")}][(${x}) % ${n} + 1]`;
  await store.execute(`COPY (
    SELECT 'C' AS typeCode, 'M' AS freqCode, 0 AS refPeriodId, 2005 + m // 12 AS refYear, m % 12 + 1 AS refMonth,
      CAST(2005 + m // 12 AS VARCHAR) || lpad(CAST(m % 12 + 1 AS VARCHAR), 2, '0') AS period,
      ${code("r")} AS reporterCode, '' AS reporterISO, 'Reporter' AS reporterDesc, CASE WHEN c % 2 = 0 THEN 'X' ELSE 'M' END AS flowCode,
      'Export' AS flowDesc, CASE WHEN p = 0 THEN 0 ELSE ${code("r + p")} END AS partnerCode, '' AS partnerISO, 'Partner' AS partnerDesc,
      0 AS partner2Code, 'W00' AS partner2ISO, 'World' AS partner2Desc, 'H6' AS classificationCode, 'HS' AS classificationSearchCode,
      true AS isOriginalClassification, CASE WHEN c % 10 = 9 THEN '0805' ELSE '8505' END || lpad(CAST(c // 2 % 100 AS VARCHAR), 2, '0') AS cmdCode,
      'Description of the commodity, with a comma' AS cmdDesc, 6 AS aggrLevel, true AS isLeaf, 'C00' AS customsCode, 'TOTAL CPC' AS customsDesc,
      '0' AS mosCode, 0 AS motCode, 'TOTAL MOT' AS motDesc, 8 AS qtyUnitCode, 'kg' AS qtyUnitAbbr, hash(i, 'q') % 10000000 AS qty,
      false AS isQtyEstimated, 8 AS altQtyUnitCode, 'kg' AS altQtyUnitAbbr, hash(i, 'q') % 10000000 AS altQty, false AS isAltQtyEstimated,
      hash(i, 'q') % 10000000 AS netWgt, false AS isNetWgtEstimated, hash(i, 'q') % 10000000 + 50 AS grossWgt, false AS isGrossWgtEstimated,
      NULL AS cifvalue, hash(i, 'v') % 1000000000 / 100 AS fobvalue, hash(i, 'v') % 1000000000 / 100 AS primaryValue,
      0 AS legacyEstimationFlag, true AS isReported, false AS isAggregate
    FROM (SELECT i, i % 240 AS m, i // 240 % ${n} AS r, i // ${240 * n} % ${n} AS p, i // ${240 * n * n} AS c FROM range(${ROWS}) t(i))
  ) TO '${path}' (FORMAT csv, DELIMITER '\t', HEADER, COMPRESSION gzip)`);
}

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
    await writeBulk(store, file);
    await refreshResolvedCache(store);
    const [baseline] = await time(() => store.execute(`CREATE TABLE plain AS SELECT * FROM read_csv('${file}')`));
    await store.execute("DROP TABLE plain");
    const [ms, result] = await time(() => ingestFiles(store, [file]));
    if (result.rejected.length > 0) throw new Error(`bench file rejected: ${JSON.stringify(result.rejected.slice(0, 3))}`);
    const one = join(dir, "one.json");
    writeFileSync(one, comtradeEnvelope([comtradeRecord("202511", 842, 700_500, 29_876_543)]));
    const [oneMs] = await time(async () => {
      await ingestFiles(store, [one], { published: "2026-01-05" });
      return resolve(store, { series: "permanent-magnets-metal", partner: "USA", period: "2025-11" });
    });
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    const rows = ROWS.toLocaleString("en");
    return [
      { name: "read_csv into a table", ms: baseline, baseline_ms: baseline, note: `baseline: DuckDB alone, ${rows}-row Comtrade bulk file (gzip)` },
      { name: "ingest Comtrade bulk file", ms, baseline_ms: baseline, note: `${result.inserted.toLocaleString("en")} observations, validation, provenance, cache patch` },
      { name: "one-row ingest + resolve", ms: oneMs, baseline_ms: null, note: `into the loaded store (cache patched, not rebuilt); peak RSS ${rss} MB` },
    ];
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
