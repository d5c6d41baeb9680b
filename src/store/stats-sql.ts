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

const G = "series, reporter, flow, partner, measure";
/** The join condition of two relations on the key columns. */
export const sameKey = (a: string, b: string) =>
  G.split(", ").map((c) => `${a}.${c} = ${b}.${c}`).join(" AND ");
const M = (a: string) => `{'period': ${a}.period, 'value': ${a}.value, 'derived': ${a}.derived}`;
/** A list of month structs in chronological order: a struct sorts by its first field, the period. */
const CHRONO = (a: string) => `list_sort(list(${M(a)}))`;

// Every relation is per key (G); the keys asked for come in as one parameter, so one query serves
// many series. Ordered aggregates are avoided (each sets up its own sort): lists are sorted after
// aggregation, and rank orders come from window functions that share one sort per key.
const SQL = (resolved: string, ctes: string) => `
  WITH resolved_all AS MATERIALIZED (${resolved}), ${ctes},
  asked AS (SELECT CAST(? AS VARCHAR) AS p),
  target AS (SELECT ${monthIndexSql("p")} AS t FROM asked),
  keys AS (
    SELECT unnest(string_split(CAST(? AS VARCHAR), chr(31))) AS series, CAST(? AS VARCHAR) AS reporter,
      CAST(? AS VARCHAR) AS flow, CAST(? AS VARCHAR) AS partner, CAST(? AS VARCHAR) AS measure
  ),
  base AS MATERIALIZED (
    SELECT m.*,
      CASE WHEN lag(idx) OVER w = idx - 1 THEN sign(value - lag(value) OVER w) END AS dir
    FROM monthly m, target WHERE m.idx <= t WINDOW w AS (PARTITION BY ${G} ORDER BY idx)
  ),
  cur AS (SELECT b.* FROM base b, target WHERE b.idx = t),
  prev AS (SELECT m.* FROM monthly m, target WHERE m.idx = t - 1),
  yoy AS (SELECT m.* FROM monthly m, target WHERE m.idx = t - 12),
  units AS (SELECT ${G}, any_value(unit) AS unit FROM monthly GROUP BY ${G}),
  record AS (SELECT ${G}, count(*) AS n, min(idx) AS first_idx, max(idx) AS last_idx FROM base GROUP BY ${G}),
  gaps AS (
    SELECT ${G}, list_sort(list(${monthTextSql("g")})) AS record_gaps
    FROM (SELECT ${G}, unnest(range(first_idx, last_idx + 1)) AS g FROM record) r
    ANTI JOIN base b ON ${sameKey("b", "r")} AND b.idx = r.g
    GROUP BY ${G}
  ),
  compared AS MATERIALIZED (
    SELECT b.*, c.value AS c_value, c.idx AS c_idx, sign(b.value - c.value) AS vs
    FROM base b JOIN cur c USING (${G})
  ),
  around AS (
    SELECT ${G},
      list({'key': -value, 'idx': idx, 'm': ${M("compared")}}) FILTER (WHERE vs > 0) AS above,
      list({'key': value, 'idx': idx, 'm': ${M("compared")}}) FILTER (WHERE vs < 0) AS below,
      arg_max(${M("compared")}, idx) FILTER (WHERE vs > 0 AND idx < c_idx) AS highest_since,
      arg_max(${M("compared")}, idx) FILTER (WHERE vs < 0 AND idx < c_idx) AS lowest_since,
      count(*) FILTER (WHERE vs > 0) AS n_above, count(*) FILTER (WHERE vs < 0) AS n_below
    FROM compared GROUP BY ${G}
  ),
  streak AS (
    SELECT c.series, c.reporter, c.flow, c.partner, c.measure,
      CASE WHEN c.dir IS NULL THEN NULL ELSE CAST((c.idx - max(s.idx)) * c.dir AS INTEGER) END AS streak,
      c.idx - max(s.idx) AS len
    FROM cur c JOIN base s USING (${G})
    WHERE s.idx <= c.idx AND (s.dir IS NULL OR s.dir <> c.dir OR c.dir = 0)
      AND NOT (s.idx = c.idx AND coalesce(c.dir, 0) <> 0)
    GROUP BY c.series, c.reporter, c.flow, c.partner, c.measure, c.idx, c.dir
  ),
  streak_months AS (
    SELECT ${G}, ${CHRONO("b")} AS streak_months
    FROM base b JOIN cur c USING (${G}) JOIN streak k USING (${G})
    WHERE b.idx BETWEEN c.idx - coalesce(k.len, 0) AND c.idx
    GROUP BY ${G}
  ),
  ytd_rows AS (
    SELECT m.*, idx > t - 12 AS this_year
    FROM monthly m, target
    WHERE idx BETWEEN t - t % 12 AND t OR idx BETWEEN t - 12 - t % 12 AND t - 12
  ),
  ytd_parts AS (
    SELECT ${G}, this_year, ${CHRONO("ytd_rows")} AS months, sum(value) AS total, count(*) AS n
    FROM ytd_rows GROUP BY ALL
  ),
  ytd AS (
    SELECT k.series, k.reporter, k.flow, k.partner, k.measure,
      c.months AS ytd_months, c.total AS ytd_sum, c.n AS ytd_n,
      p.months AS ytd_prev_months, p.total AS ytd_prev_sum, p.n AS ytd_prev_n
    FROM keys k
    LEFT JOIN ytd_parts c ON c.this_year AND ${sameKey("c", "k")}
    LEFT JOIN ytd_parts p ON NOT p.this_year AND ${sameKey("p", "k")}
  ),
  stated_rows AS (
    SELECT r.*, e_idx = t AS this_year
    FROM resolved_all r, target
    WHERE kind <> 'month' AND ((s_idx = t - t % 12 AND e_idx = t) OR (s_idx = t - 12 - t % 12 AND e_idx = t - 12))
  ),
  stated_parts AS (
    SELECT ${G}, this_year, arg_min({'period': period, 'value': value, 'derived': false}, period) AS stated
    FROM stated_rows GROUP BY ALL
  ),
  stated AS (
    SELECT k.series, k.reporter, k.flow, k.partner, k.measure, c.stated AS ytd_stated, p.stated AS ytd_prev_stated
    FROM keys k
    LEFT JOIN stated_parts c ON c.this_year AND ${sameKey("c", "k")}
    LEFT JOIN stated_parts p ON NOT p.this_year AND ${sameKey("p", "k")}
  ),
  ytd_pick AS (
    SELECT ${G}, coalesce(stated.ytd_stated.value, CASE WHEN ytd.ytd_n = t % 12 + 1 THEN ytd.ytd_sum END) AS cur_total,
      coalesce(stated.ytd_prev_stated.value, CASE WHEN ytd.ytd_prev_n = t % 12 + 1 THEN ytd.ytd_prev_sum END) AS prev_total
    FROM target, ytd JOIN stated USING (${G})
  )
  SELECT keys.series,
    units.unit,
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
    CASE WHEN cur.idx IS NOT NULL THEN coalesce(around.n_above, 0) + 1 END AS rank,
    CASE WHEN cur.idx IS NOT NULL THEN coalesce(around.n_below, 0) + 1 END AS rank_low,
    list_transform(list_sort(coalesce(around.above, [])), x -> x.m) AS above,
    list_transform(list_sort(coalesce(around.below, [])), x -> x.m) AS below,
    coalesce(record.n, 0) AS record_months, ${monthTextSql("record.first_idx")} AS record_from, ${monthTextSql("record.last_idx")} AS record_to,
    coalesce(gaps.record_gaps, []) AS record_gaps,
    around.highest_since, around.lowest_since,
    CASE WHEN cur.idx IS NOT NULL THEN coalesce(streak.streak, 0) END AS streak,
    coalesce(streak_months.streak_months, []) AS streak_months
  FROM keys CROSS JOIN target
  LEFT JOIN units USING (${G}) LEFT JOIN cur USING (${G}) LEFT JOIN prev USING (${G}) LEFT JOIN yoy USING (${G})
  LEFT JOIN record USING (${G}) LEFT JOIN gaps USING (${G}) LEFT JOIN around USING (${G})
  LEFT JOIN streak USING (${G}) LEFT JOIN streak_months USING (${G}) LEFT JOIN ytd USING (${G})
  LEFT JOIN stated USING (${G}) LEFT JOIN ytd_pick USING (${G})`;

/** The key columns every batched query shares; only the series varies. */
export type KeyBase = Omit<StatsKey, "series">;

/**
 * The raw figures of one month of many series (same reporter, flow, partner and measure), in one
 * query; one row per series, in the order asked.
 * @example await queryMonthStatsMany(store, ["rare-earth-magnets", "rare-earths"], { reporter: "CHN", flow: "export", partner: "WLD", measure: "qty" }, "2025-11")
 */
export async function queryMonthStatsMany(
  store: Store, series: string[], base: KeyBase, period: string, options: MonthStatsOptions = {},
): Promise<MonthStatsRow[]> {
  const resolved = await resolvedSource(store, { series, ...base, asOf: options.asOf ?? null });
  const sql = SQL(resolved.sql, monthlyCtes({ allowDerived: options.allowDerived }));
  const rows = await store.query<MonthStatsRow & { series: string; record_months: string | number }>(sql, [
    ...resolved.params, period, series.join("\u001f"), base.reporter, base.flow, base.partner, base.measure,
  ]);
  const bySeries = new Map(rows.map((r) => [r.series, r]));
  return series.map((s) => {
    const row = bySeries.get(s);
    if (!row) throw new Error(`stats query returned no row for ${s}`);
    return { ...row, record_months: Number(row.record_months), rank: toInt(row.rank), rank_low: toInt(row.rank_low), streak: toInt(row.streak) };
  });
}

function toInt(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
