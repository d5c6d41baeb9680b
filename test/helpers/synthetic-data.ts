// Synthetic trade figures of a realistic shape, generated inside DuckDB with INSERT ... SELECT over
// range() (never row by row): for benchmarks at millions of rows and for property tests of the
// analytics on random series. Deterministic for a seed: random months missing, a second source
// restating some figures within rounding, and year-to-date cumulatives for the world totals.
import type { Store } from "../../src/store/open-store.js";

export interface SyntheticShape {
  years: number;
  /** Destinations besides the world total (WLD). */
  partners: number;
  series: number;
  flows: 1 | 2;
  /** First year of the record. Default 2006. */
  firstYear?: number;
  /** Percent of months missing. Default 3. */
  gapPct?: number;
  /** Percent of figures restated by a second, independent source within rounding. Default 5. */
  duplicatePct?: number;
  /** Percent of world-total months that also get a stated year-to-date cumulative. Default 20. */
  cumulativePct?: number;
  seed?: number;
}

/** The series ids the generator uses: `syn-00`, `syn-01`, ... */
export function syntheticSeriesIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `syn-${String(i).padStart(2, "0")}`);
}

/** The partner code of generated destination n (0 is WLD): three capital letters, never WLD. */
const PARTNER = `CASE WHEN p = 0 THEN 'WLD' ELSE 'P' || chr(65 + CAST(p // 26 AS INTEGER)) || chr(65 + CAST(p % 26 AS INTEGER)) END`;
const PERIOD = (m: string, y0: string) => `printf('%04d-%02d', ${y0} + ${m} // 12, ${m} % 12 + 1)`;

/**
 * Fill the store with synthetic observations; returns how many were inserted.
 * @example await generateSyntheticData(store, { years: 20, partners: 200, series: 50, flows: 2 })
 */
export async function generateSyntheticData(store: Store, shape: SyntheticShape): Promise<number> {
  const seed = shape.seed ?? 1;
  const y0 = shape.firstYear ?? 2006;
  const params = [seed, shape.gapPct ?? 3, shape.duplicatePct ?? 5, shape.cumulativePct ?? 20, y0];
  await store.execute(`
    INSERT INTO sources (id, kind, publisher, origin, url, url_status, published, retrieved, title) VALUES
      ('syn-wire', 'wire', 'Synthetic Wire', 'Synthetic Wire', NULL, 'missing', NULL, NULL, NULL),
      ('syn-desk', 'industry', 'Synthetic Desk', 'Synthetic Desk', NULL, 'missing', NULL, NULL, NULL)
    ON CONFLICT DO NOTHING`);
  const before = await count(store);
  await store.execute(
    `
    CREATE OR REPLACE TEMP TABLE syn_grid AS
    WITH knobs AS (SELECT CAST(? AS BIGINT) AS seed, CAST(? AS INTEGER) AS gap_pct, CAST(? AS INTEGER) AS dup_pct,
                          CAST(? AS INTEGER) AS cum_pct, CAST(? AS INTEGER) AS y0)
    SELECT s, f, p, m, y0, dup_pct, cum_pct,
      CAST(CASE WHEN p = 0 THEN 3000 + hash(seed, s, f, m, 'v') % 4000 ELSE 1 + hash(seed, s, f, p, m, 'v') % 600 END AS DECIMAL(38, 6)) AS v,
      hash(seed, s, f, p, m, 'gap') % 100 < gap_pct AS gap,
      hash(seed, s, f, p, m, 'dup') % 100 AS dup_draw,
      hash(seed, s, f, m, 'cum') % 100 AS cum_draw
    FROM knobs, range(${shape.series}) a(s), range(${shape.flows}) b(f), range(${shape.partners + 1}) c(p), range(${shape.years * 12}) d(m)`,
    params,
  );
  const select = (source: string, value: string, precision: string, where: string, tag: string) => `
    INSERT INTO observation_rows (id, source_id, reporter, flow, series, partner, period,
                                  measure, value, precision_unit, unit, vintage, status, ingest_id)
    SELECT 'syn-${tag}-' || s || '-' || f || '-' || p || '-' || m, '${source}', 'CHN', CASE f WHEN 0 THEN 'export' ELSE 'import' END,
      'syn-' || lpad(CAST(s AS VARCHAR), 2, '0'), ${PARTNER}, ${PERIOD("m", "y0")},
      'qty', ${value}, ${precision}, 't', ${PERIOD("(m + 1)", "y0")} || '-20', 'final', 'synthetic'
    FROM syn_grid WHERE ${where}`;
  await store.execute(select("syn-wire", "v", "1", "NOT gap", "a"));
  await store.execute(select("syn-desk", "v + 0.25", "0.01", "NOT gap AND dup_draw < dup_pct", "b"));
  await store.execute(`
    INSERT INTO observation_rows (id, source_id, reporter, flow, series, partner, period,
                                  measure, value, precision_unit, unit, vintage, status, ingest_id)
    SELECT 'syn-c-' || s || '-' || f || '-' || m, 'syn-wire', 'CHN', CASE f WHEN 0 THEN 'export' ELSE 'import' END,
      'syn-' || lpad(CAST(s AS VARCHAR), 2, '0'), 'WLD',
      ${PERIOD("(m - m % 12)", "y0")} || '..' || ${PERIOD("m", "y0")},
      'qty', ytd, 1, 't', ${PERIOD("(m + 1)", "y0")} || '-20', 'final', 'synthetic'
    FROM (SELECT *, sum(v) OVER (PARTITION BY s, f, m // 12 ORDER BY m) AS ytd FROM syn_grid WHERE p = 0)
    WHERE cum_draw < cum_pct AND m % 12 > 0`);
  await store.execute("DROP TABLE syn_grid");
  return (await count(store)) - before;
}

async function count(store: Store): Promise<number> {
  const [row] = await store.query<{ n: string }>("SELECT count(*) AS n FROM observations");
  return Number(row?.n ?? 0);
}
