// The resolved value of each (reporter, flow, series, partner, period, measure), by the rule of
// DESIGN section 2: an official source beats everything (its latest vintage); otherwise the value
// that the most independent origins agree on within rounding. Two figures agree when they differ by
// no more than the coarser one's rounding step (6146 and 6145.623 agree; 280 and 411.3 do not).
// Within a group, the figure stated by the most origins stands for it (then the most sources,
// then the most precise). Agreeing figures are grouped by single linkage over sorted values; more than one group is a
// conflict, flagged and never hidden. All of it runs in SQL so it scales with the store.
import type { Store } from "./open-store.js";
import { Where, type Params } from "./sql.js";
import type { Flow, Measure, ResolvedPoint } from "./types.js";

export interface ResolveFilter {
  series?: string | string[];
  reporter?: string;
  flow?: Flow;
  partner?: string | string[];
  /** An exact period (`2025-11`, `2025`, `2025-01..2025-11`), or several. */
  period?: string | string[];
  periodKind?: "month" | "year" | "range";
  measure?: Measure;
  /** Months from / to (inclusive), compared with the period's first month. */
  from?: string;
  to?: string;
  /** Read the data as known on this date: rows with a later or unknown vintage are left out. */
  asOf?: string | null;
  /** Only the keys listed in this table (columns reporter, flow, series, partner, period, measure). */
  keysTable?: string;
}

/** The filtered observations with their source, as SQL text and parameters (shared by resolution and evidence). */
export function observationsSql(f: ResolveFilter): { sql: string; params: Params } {
  const where = new Where();
  where.conditions.push("o.value IS NOT NULL");
  where
    .in("o.series", f.series)
    .in("o.reporter", f.reporter)
    .in("o.flow", f.flow)
    .in("o.partner", f.partner)
    .in("o.period", f.period)
    .in("o.period_kind", f.periodKind)
    .in("o.measure", f.measure)
    .when("o.period_start >= ?", f.from)
    .when("o.period_start <= ?", f.to)
    .when("o.vintage IS NOT NULL AND o.vintage <= ?", f.asOf);
  if (f.keysTable) {
    where.conditions
      .push(`EXISTS (SELECT 1 FROM ${f.keysTable} k WHERE k.reporter = o.reporter AND k.flow = o.flow
      AND k.series = o.series AND k.partner = o.partner AND k.period = o.period AND k.measure = o.measure)`);
  }
  return {
    sql: `SELECT o.*, s.kind, s.origin, s.publisher, s.url, s.published
          FROM observations o JOIN sources s ON s.id = o.source_id
          ${where.sql()}`,
    params: where.params,
  };
}

const KEY = "reporter, flow, series, partner, period, measure";

/**
 * SQL that groups the filtered observations into agreeing clusters, one row per cluster. With
 * `disagreements`, figures an official one outranks stay in (their own clusters, ranked after
 * the official one): what `conflicts` lists, never what resolution reads.
 */
export function clustersSql(
  f: ResolveFilter,
  options: { disagreements?: boolean } = {},
): { sql: string; params: Params } {
  const obs = observationsSql(f);
  const sql = `
    WITH obs AS (${obs.sql}),
    keyed AS (
      SELECT *,
        bool_or(kind = 'official') OVER k AS has_official,
        max(CASE WHEN kind = 'official' THEN coalesce(vintage, '') END) OVER k AS official_vintage
      FROM obs WINDOW k AS (PARTITION BY ${KEY})
    ),
    cand AS (
      SELECT * FROM keyed
      WHERE ${
        options.disagreements
          ? "NOT (kind = 'official' AND coalesce(vintage, '') <> official_vintage)"
          : "NOT has_official OR (kind = 'official' AND coalesce(vintage, '') = official_vintage)"
      }
    ),
    ordered AS (
      SELECT *,
        lag(value) OVER w AS prev_value,
        lag(precision_unit) OVER w AS prev_unit
      FROM cand WINDOW w AS (PARTITION BY ${KEY} ORDER BY value, id)
    ),
    marked AS (
      SELECT *,
        sum(CASE WHEN prev_value IS NULL OR value - prev_value > greatest(precision_unit, prev_unit) THEN 1 ELSE 0 END)
          OVER (PARTITION BY ${KEY} ORDER BY value, id ROWS UNBOUNDED PRECEDING) AS cluster
      FROM ordered
    ),
    per_value AS (
      SELECT ${KEY}, cluster, value, any_value(unit) AS unit,
        count(DISTINCT origin) AS value_origins, count(DISTINCT source_id) AS value_sources,
        min(precision_unit) AS value_unit
      FROM marked GROUP BY ${KEY}, cluster, value
    ),
    representative AS (
      SELECT * EXCLUDE (pick) FROM (
        SELECT ${KEY}, cluster, value, unit,
          row_number() OVER (PARTITION BY ${KEY}, cluster
                             ORDER BY value_origins DESC, value_sources DESC, value_unit, value DESC) AS pick
        FROM per_value
      ) WHERE pick = 1
    ),
    clusters AS (
      SELECT ${KEY}, cluster,
        count(DISTINCT origin) AS n_origins,
        count(DISTINCT source_id) AS n_sources,
        list(DISTINCT origin ORDER BY origin) AS origins,
        list(DISTINCT {'id': source_id, 'publisher': publisher, 'url': url}) AS source_list,
        min(CASE kind WHEN 'official' THEN 0 WHEN 'wire' THEN 1 WHEN 'industry' THEN 2 ELSE 3 END) AS best_kind,
        max(coalesce(vintage, '')) AS latest_vintage,
        bool_or(has_official) AS official
      FROM marked GROUP BY ${KEY}, cluster
    )
    SELECT c.*, r.value, r.unit,
      row_number() OVER k AS place,
      count(*) OVER (PARTITION BY c.reporter, c.flow, c.series, c.partner, c.period, c.measure) AS n_clusters,
      lead(c.n_origins) OVER k AS runner_up_origins
    FROM clusters c JOIN representative r USING (${KEY}, cluster)
    WINDOW k AS (PARTITION BY c.reporter, c.flow, c.series, c.partner, c.period, c.measure
                 ORDER BY c.best_kind = 0 DESC, c.n_origins DESC, c.n_sources DESC, c.best_kind, c.latest_vintage DESC, r.value DESC)`;
  return { sql, params: obs.params };
}

/** A winning cluster as the resolution SQL (or the cache of it) returns it. */
export interface ResolvedRow {
  reporter: string;
  flow: Flow;
  series: string;
  partner: string;
  period: string;
  measure: Measure;
  value: string;
  unit: string;
  n_origins: string;
  n_sources: string;
  origins: string[];
  official: boolean;
  n_clusters: string;
  runner_up_origins: string | null;
}

/**
 * Resolved values computed from the observations now (what `--as-of` needs; everything else reads
 * the cache through `resolve` in resolved-values.ts), ordered by series, partner and period.
 * @example await resolveLive(store, { series: "rare-earth-magnets", partner: "WLD", asOf: "2025-12-31" })
 */
export async function resolveLive(store: Store, filter: ResolveFilter): Promise<ResolvedPoint[]> {
  const { sql, params } = clustersSql(filter);
  const rows = await store.query<ResolvedRow>(
    `SELECT * FROM (${sql}) WHERE place = 1 ORDER BY series, reporter, flow, partner, measure, period`,
    params,
  );
  return rows.map(toPoint);
}

/** The public form of a resolved row. */
export function toPoint(r: ResolvedRow): ResolvedPoint {
  const conflict = Number(r.n_clusters) > 1;
  const tie = conflict && r.runner_up_origins !== null && Number(r.runner_up_origins) === Number(r.n_origins);
  return {
    reporter: r.reporter,
    flow: r.flow,
    series: r.series,
    partner: r.partner,
    period: r.period,
    measure: r.measure,
    value: trimZeros(r.value),
    unit: r.unit,
    derived: false,
    conflict,
    sources: Number(r.n_sources),
    origins: r.origins,
    basis: r.official ? "official" : tie ? "tie" : Number(r.n_sources) === 1 ? "single" : "consensus",
  };
}

/** DuckDB prints DECIMAL(38,6) with six places; show the figure as stated. */
export function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
