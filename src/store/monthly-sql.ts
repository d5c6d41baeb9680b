// The resolved monthly values of one or more series as a SQL relation that analytics queries build
// on: the resolution rule itself comes from `clustersSql` (never re-implemented here); this module
// adds a month index for arithmetic on months, the stated cumulatives (`YYYY-01..YYYY-MM`, `YYYY`),
// and, when asked, months backed out of a cumulative total minus the known months (marked derived).
import { clustersSql, type ResolveFilter } from "./resolve.js";
import type { Store } from "./open-store.js";
import type { Params } from "./sql.js";

export interface MonthlyOptions {
  /** Add months backed out of a stated cumulative total minus its other, known months. */
  allowDerived?: boolean;
}

/** `YYYY-MM` text -> months since year 0 (`2025-01` -> 24300), in SQL. */
export function monthIndexSql(column: string): string {
  return `(CAST(left(${column}, 4) AS INTEGER) * 12 + CAST(substr(${column}, 6, 2) AS INTEGER) - 1)`;
}

/** Month index -> `YYYY-MM` text, in SQL. */
export function monthTextSql(index: string): string {
  return `(CAST(${index} // 12 AS VARCHAR) || '-' || lpad(CAST(${index} % 12 + 1 AS VARCHAR), 2, '0'))`;
}

const GROUP = "reporter, flow, series, partner, measure";

/**
 * SQL for every resolved value the filter selects (months, years and ranges), one row per key,
 * with `kind` (`month` | `year` | `range`) and the first and last month index it covers.
 * The filter's `periodKind` is ignored: callers need months and cumulatives together.
 * @example resolvedSql({ series: "rare-earth-magnets", partner: "WLD", measure: "qty" })
 */
export function resolvedSql(filter: ResolveFilter): { sql: string; params: Params } {
  const clusters = clustersSql({ ...filter, periodKind: undefined });
  const sql = `
    SELECT ${GROUP}, period, value, unit, ${periodSpanSql("period")},
      n_origins, n_sources, origins, official, n_clusters, runner_up_origins
    FROM (${clusters.sql}) WHERE place = 1`;
  return { sql, params: clusters.params };
}

/** The columns `kind`, `s_idx` and `e_idx` of a period column (month, year or range), in SQL. */
export function periodSpanSql(period: string): string {
  const start = `CASE WHEN contains(${period}, '..') THEN split_part(${period}, '..', 1)
                      WHEN length(${period}) = 4 THEN ${period} || '-01' ELSE ${period} END`;
  const end = `CASE WHEN contains(${period}, '..') THEN split_part(${period}, '..', 2)
                    WHEN length(${period}) = 4 THEN ${period} || '-12' ELSE ${period} END`;
  return `CASE WHEN contains(${period}, '..') THEN 'range' WHEN length(${period}) = 4 THEN 'year' ELSE 'month' END AS kind,
      ${monthIndexSql(start)} AS s_idx, ${monthIndexSql(end)} AS e_idx`;
}

/**
 * CTEs, to follow a CTE named `resolved_all` (see `resolvedSql`), that end in a CTE named `monthly`:
 * columns reporter, flow, series, partner, measure, period, idx, value, unit, derived, derived_from
 * (the cumulative used, or null) and derived_parts (the known months subtracted, as {period, value}).
 * A month is derived only where exactly one month of a stated cumulative is unknown and the result
 * is not negative; of several such cumulatives, the shortest span is used (fewest inputs).
 */
export function monthlyCtes(options: MonthlyOptions = {}): string {
  const stated = `
    SELECT ${GROUP}, period, s_idx AS idx, value, unit, false AS derived,
      CAST(NULL AS VARCHAR) AS derived_from, CAST(NULL AS STRUCT(period VARCHAR, value DECIMAL(38, 6))[]) AS derived_parts
    FROM resolved_all WHERE kind = 'month'`;
  if (!options.allowDerived) return `monthly AS MATERIALIZED (${stated})`;
  return `
    m_stated AS MATERIALIZED (${stated}),
    m_spans AS (
      SELECT ${GROUP}, period AS total_period, value AS total, unit, s_idx, e_idx, unnest(range(s_idx, e_idx + 1)) AS idx
      FROM resolved_all WHERE kind <> 'month'
    ),
    m_per_total AS (
      SELECT t.reporter, t.flow, t.series, t.partner, t.measure, t.total_period, t.total, t.unit, t.s_idx, t.e_idx,
        count(*) FILTER (WHERE m.value IS NULL) AS n_missing,
        max(t.idx) FILTER (WHERE m.value IS NULL) AS missing_idx,
        coalesce(sum(m.value), 0) AS known_sum,
        list({'period': m.period, 'value': m.value} ORDER BY t.idx) FILTER (WHERE m.value IS NOT NULL) AS parts
      FROM m_spans t LEFT JOIN m_stated m USING (${GROUP}, idx)
      GROUP BY ALL
    ),
    m_candidates AS (
      SELECT *, row_number() OVER (PARTITION BY ${GROUP}, missing_idx ORDER BY e_idx - s_idx, total_period) AS pick
      FROM m_per_total WHERE n_missing = 1 AND total - known_sum >= 0
    ),
    monthly AS MATERIALIZED (
      SELECT * FROM m_stated
      UNION ALL
      SELECT ${GROUP}, ${monthTextSql("missing_idx")} AS period, CAST(missing_idx AS INTEGER) AS idx,
        total - known_sum AS value, unit, true AS derived, total_period AS derived_from, coalesce(parts, []) AS derived_parts
      FROM m_candidates WHERE pick = 1
    )`;
}

/**
 * SQL for the monthly values of the filtered series (columns as in `monthlyCtes`).
 * @example monthlySql({ series: "rare-earth-magnets", partner: "WLD" }, { allowDerived: true })
 */
export function monthlySql(
  filter: ResolveFilter,
  options: MonthlyOptions = {},
): { sql: string; params: Params } {
  const all = resolvedSql(filter);
  return {
    sql: `WITH resolved_all AS (${all.sql}), ${monthlyCtes(options)} SELECT * FROM monthly`,
    params: all.params,
  };
}

export interface MonthlyRow {
  reporter: string;
  flow: string;
  series: string;
  partner: string;
  measure: string;
  period: string;
  value: string;
  unit: string;
  derived: boolean;
  derived_from: string | null;
  derived_parts: { period: string; value: string }[] | null;
}

/**
 * The monthly values of the filtered series, stated and (when allowed) derived, in month order.
 * @example await queryMonthly(store, { series: "rare-earth-magnets", partner: "WLD" }, { allowDerived: true })
 */
export async function queryMonthly(
  store: Store,
  filter: ResolveFilter,
  options: MonthlyOptions = {},
): Promise<MonthlyRow[]> {
  const { sql, params } = monthlySql(filter, options);
  return store.query<MonthlyRow>(`${sql} ORDER BY series, reporter, flow, partner, measure, idx`, params);
}
