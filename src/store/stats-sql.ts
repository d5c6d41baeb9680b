// The month figures of one series in one DuckDB query over its resolved monthly values: level,
// changes on the month and the year, year-to-date (stated cumulative or the sum of every month),
// rank in the record up to the month, the record's holes, "highest since", and the streak. Months
// are compared by index, never by position, so a missing month leaves a gap instead of a wrong lag.
import { monthIndexSql, monthlyCtes, monthTextSql } from "./monthly-sql.js";
import { resolvedSource } from "./resolved-cache.js";
import type { Store } from "./open-store.js";
import type { Flow, Measure } from "./types.js";

export interface StatsKey {
  series: string;
  reporter: string;
  flow: Flow;
  partner: string;
  measure: Measure;
}

export interface MonthRow {
  period: string;
  value: string;
  derived: boolean;
}

/** One month as the query returns it, with how it was derived when it was. */
export interface TargetRow extends MonthRow {
  derived_from: string | null;
  derived_parts: { period: string; value: string }[] | null;
}

/** The raw figures: exact decimals as text, percentages as numbers, month lists for the inputs. */
export interface MonthStatsRow {
  unit: string | null;
  target: TargetRow | null;
  prev: MonthRow | null;
  yoy: MonthRow | null;
  mom_abs: string | null;
  mom_pct: number | null;
  yoy_abs: string | null;
  yoy_pct: number | null;
  ytd_months: MonthRow[];
  ytd_prev_months: MonthRow[];
  ytd_sum: string | null;
  ytd_prev_sum: string | null;
  ytd_stated: MonthRow | null;
  ytd_prev_stated: MonthRow | null;
  ytd_yoy_pct: number | null;
  rank: number | null;
  rank_low: number | null;
  above: MonthRow[];
  below: MonthRow[];
  record_months: number;
  record_from: string | null;
  record_to: string | null;
  record_gaps: string[];
  highest_since: MonthRow | null;
  lowest_since: MonthRow | null;
  streak: number | null;
  streak_months: MonthRow[];
}

export interface MonthStatsOptions {
  asOf?: string | null;
  allowDerived?: boolean;
}

const M = (a: string) => `{'period': ${a}.period, 'value': ${a}.value, 'derived': ${a}.derived}`;

const SQL = (resolved: string, ctes: string) => `
  WITH resolved_all AS MATERIALIZED (${resolved}), ${ctes},
  asked AS (SELECT CAST(? AS VARCHAR) AS p),
  target AS (SELECT ${monthIndexSql("p")} AS t FROM asked),
  base AS MATERIALIZED (SELECT m.* FROM monthly m, target WHERE m.idx <= t),
  stepped AS MATERIALIZED (
    SELECT *,
      rank() OVER (ORDER BY value DESC) AS rank_high, rank() OVER (ORDER BY value) AS rank_low,
      CASE WHEN lag(idx) OVER w = idx - 1 THEN sign(value - lag(value) OVER w) END AS dir
    FROM base WINDOW w AS (ORDER BY idx)
  ),
  cur AS (SELECT s.* FROM stepped s, target WHERE s.idx = t),
  prev AS (SELECT m.* FROM monthly m, target WHERE m.idx = t - 1),
  yoy AS (SELECT m.* FROM monthly m, target WHERE m.idx = t - 12),
  record AS (SELECT count(*) AS n, min(idx) AS first_idx, max(idx) AS last_idx FROM base),
  gaps AS (
    SELECT list(${monthTextSql("g")} ORDER BY g) AS record_gaps
    FROM record, range(first_idx, last_idx + 1) r(g) WHERE g NOT IN (SELECT idx FROM base)
  ),
  around AS (
    SELECT
      list(${M("b")} ORDER BY b.value DESC, b.idx) FILTER (WHERE b.value > c.value) AS above,
      list(${M("b")} ORDER BY b.value, b.idx) FILTER (WHERE b.value < c.value) AS below,
      arg_max(${M("b")}, b.idx) FILTER (WHERE b.value > c.value AND b.idx < c.idx) AS highest_since,
      arg_max(${M("b")}, b.idx) FILTER (WHERE b.value < c.value AND b.idx < c.idx) AS lowest_since
    FROM base b, cur c
  ),
  streak AS (
    SELECT CASE WHEN c.dir IS NULL THEN NULL ELSE CAST((c.idx - max(s.idx)) * c.dir AS INTEGER) END AS streak,
      c.idx - max(s.idx) AS len
    FROM cur c, stepped s WHERE s.idx <= c.idx AND (s.dir IS NULL OR s.dir <> c.dir OR c.dir = 0)
      AND NOT (s.idx = c.idx AND coalesce(c.dir, 0) <> 0)
    GROUP BY c.idx, c.dir
  ),
  streak_months AS (
    SELECT list(${M("b")} ORDER BY b.idx) AS streak_months
    FROM base b, cur c, streak k WHERE b.idx BETWEEN c.idx - coalesce(k.len, 0) AND c.idx
  ),
  ytd AS (
    SELECT
      list(${M("monthly")} ORDER BY idx) FILTER (WHERE idx BETWEEN t - t % 12 AND t) AS ytd_months,
      sum(value) FILTER (WHERE idx BETWEEN t - t % 12 AND t) AS ytd_sum,
      count(*) FILTER (WHERE idx BETWEEN t - t % 12 AND t) AS ytd_n,
      list(${M("monthly")} ORDER BY idx) FILTER (WHERE idx BETWEEN t - 12 - t % 12 AND t - 12) AS ytd_prev_months,
      sum(value) FILTER (WHERE idx BETWEEN t - 12 - t % 12 AND t - 12) AS ytd_prev_sum,
      count(*) FILTER (WHERE idx BETWEEN t - 12 - t % 12 AND t - 12) AS ytd_prev_n
    FROM monthly, target
  ),
  stated AS (
    SELECT
      arg_min({'period': period, 'value': value, 'derived': false}, period)
        FILTER (WHERE kind <> 'month' AND s_idx = t - t % 12 AND e_idx = t) AS ytd_stated,
      arg_min({'period': period, 'value': value, 'derived': false}, period)
        FILTER (WHERE kind <> 'month' AND s_idx = t - 12 - t % 12 AND e_idx = t - 12) AS ytd_prev_stated
    FROM resolved_all, target
  ),
  ytd_pick AS (
    SELECT coalesce(stated.ytd_stated.value, CASE WHEN ytd.ytd_n = t % 12 + 1 THEN ytd.ytd_sum END) AS cur_total,
      coalesce(stated.ytd_prev_stated.value, CASE WHEN ytd.ytd_prev_n = t % 12 + 1 THEN ytd.ytd_prev_sum END) AS prev_total
    FROM target, ytd, stated
  )
  SELECT
    (SELECT any_value(unit) FROM monthly) AS unit,
    CASE WHEN cur.idx IS NOT NULL THEN {'period': cur.period, 'value': cur.value, 'derived': cur.derived,
      'derived_from': cur.derived_from, 'derived_parts': cur.derived_parts} END AS target,
    CASE WHEN prev.idx IS NOT NULL THEN {'period': prev.period, 'value': prev.value, 'derived': prev.derived} END AS prev,
    CASE WHEN yoy.idx IS NOT NULL THEN {'period': yoy.period, 'value': yoy.value, 'derived': yoy.derived} END AS yoy,
    cur.value - prev.value AS mom_abs,
    CAST(cur.value - prev.value AS DOUBLE) / nullif(CAST(prev.value AS DOUBLE), 0) * 100 AS mom_pct,
    cur.value - yoy.value AS yoy_abs,
    CAST(cur.value - yoy.value AS DOUBLE) / nullif(CAST(yoy.value AS DOUBLE), 0) * 100 AS yoy_pct,
    coalesce(ytd.ytd_months, []) AS ytd_months, coalesce(ytd.ytd_prev_months, []) AS ytd_prev_months,
    CASE WHEN ytd.ytd_n = t % 12 + 1 THEN ytd.ytd_sum END AS ytd_sum,
    CASE WHEN ytd.ytd_prev_n = t % 12 + 1 THEN ytd.ytd_prev_sum END AS ytd_prev_sum,
    stated.ytd_stated, stated.ytd_prev_stated,
    CAST(ytd_pick.cur_total - ytd_pick.prev_total AS DOUBLE) / nullif(CAST(ytd_pick.prev_total AS DOUBLE), 0) * 100 AS ytd_yoy_pct,
    cur.rank_high AS rank, cur.rank_low AS rank_low,
    coalesce(around.above, []) AS above, coalesce(around.below, []) AS below,
    record.n AS record_months, ${monthTextSql("record.first_idx")} AS record_from, ${monthTextSql("record.last_idx")} AS record_to,
    coalesce(gaps.record_gaps, []) AS record_gaps,
    around.highest_since, around.lowest_since,
    CASE WHEN cur.idx IS NOT NULL THEN coalesce(streak.streak, 0) END AS streak,
    coalesce(streak_months.streak_months, []) AS streak_months
  FROM target
  LEFT JOIN cur ON true LEFT JOIN prev ON true LEFT JOIN yoy ON true
  LEFT JOIN record ON true LEFT JOIN gaps ON true LEFT JOIN around ON true
  LEFT JOIN streak ON true LEFT JOIN streak_months ON true LEFT JOIN ytd ON true LEFT JOIN stated ON true
  LEFT JOIN ytd_pick ON true`;

/**
 * The raw figures of one month of one series, computed in one query.
 * @example await queryMonthStats(store, { series: "rare-earth-magnets", reporter: "CHN", flow: "export", partner: "WLD", measure: "qty" }, "2025-11")
 */
export async function queryMonthStats(store: Store, key: StatsKey, period: string, options: MonthStatsOptions = {}): Promise<MonthStatsRow> {
  const resolved = await resolvedSource(store, { ...key, asOf: options.asOf ?? null });
  const sql = SQL(resolved.sql, monthlyCtes({ allowDerived: options.allowDerived }));
  const [row] = await store.query<MonthStatsRow & { record_months: string | number }>(sql, [...resolved.params, period]);
  if (!row) throw new Error("stats query returned no row");
  return { ...row, record_months: Number(row.record_months), rank: toInt(row.rank), rank_low: toInt(row.rank_low), streak: toInt(row.streak) };
}

function toInt(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
