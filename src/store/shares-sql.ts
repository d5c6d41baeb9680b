// Destinations of one series in one month and the month before, in one DuckDB query: each
// destination's share of the total, the concentration of destinations (HHI), the largest movers,
// and destinations moving against the total (selective allocation). Destinations are ISO3 partners
// other than WLD; groups such as EU27 or regional aggregates are left out so nothing counts twice.
import { addMonths } from "../domain/period.js";
import { monthIndexSql, monthlyCtes } from "./monthly-sql.js";
import { resolvedSource } from "./resolved-cache.js";
import type { Store } from "./open-store.js";
import type { StatsKey } from "./stats-sql.js";

export interface DestinationRow {
  partner: string;
  value: string | null;
  prev_value: string | null;
  derived: boolean;
  share_pct: number | null;
  prev_share_pct: number | null;
  change_abs: string | null;
  change_pct: number | null;
  /** -1, 0 or 1, month on month; null when either month is unknown. */
  direction: number | null;
}

export interface DestinationsRow {
  destinations: DestinationRow[];
  total: string | null;
  prev_total: string | null;
  total_direction: number | null;
  /** Sum of the known destinations this month and the month before. */
  dest_sum: string | null;
  dest_prev_sum: string | null;
  hhi: number | null;
  hhi_prev: number | null;
  movers_abs: string[];
  movers_rel: string[];
  against_total: string[];
  with_total: string[];
}

export interface DestinationsOptions {
  asOf?: string | null;
  allowDerived?: boolean;
  /** How many movers to list each way. Default 5. */
  movers?: number;
}

// Keys without the partner: a world total and its destinations share them.
const K = "series, reporter, flow, measure";
const sameSeries = (a: string, b: string) => K.split(", ").map((c) => `${a}.${c} = ${b}.${c}`).join(" AND ");
const DEST = `{'partner': partner, 'value': value, 'prev_value': prev_value, 'derived': derived,
  'share_pct': share_pct, 'prev_share_pct': prev_share_pct, 'change_abs': change_abs, 'change_pct': change_pct,
  'direction': direction}`;

// One row per series asked for. Orders come from window functions (one sort per key) and lists are
// sorted after aggregation on a leading place field, instead of one sort per ordered aggregate.
const SQL = (resolved: string, ctes: string) => `
  WITH resolved_all AS MATERIALIZED (${resolved}), ${ctes},
  asked AS (SELECT CAST(? AS VARCHAR) AS p, CAST(? AS INTEGER) AS n_movers),
  target AS (SELECT ${monthIndexSql("p")} AS t, n_movers FROM asked),
  keys AS (
    SELECT unnest(string_split(CAST(? AS VARCHAR), chr(31))) AS series, CAST(? AS VARCHAR) AS reporter,
      CAST(? AS VARCHAR) AS flow, CAST(? AS VARCHAR) AS measure
  ),
  two AS MATERIALIZED (
    SELECT m.*, idx = t AS is_cur FROM monthly m, target WHERE idx IN (t, t - 1)
  ),
  pairs AS MATERIALIZED (
    SELECT ${K}, partner,
      max(value) FILTER (WHERE is_cur) AS value, max(value) FILTER (WHERE NOT is_cur) AS prev_value,
      bool_or(derived) AS derived
    FROM two
    WHERE regexp_full_match(partner, '[A-Z]{3}') AND partner <> 'WLD'
    GROUP BY ${K}, partner
  ),
  totals AS (
    SELECT ${K}, max(value) FILTER (WHERE is_cur) AS total, max(value) FILTER (WHERE NOT is_cur) AS prev_total
    FROM two WHERE partner = 'WLD' GROUP BY ${K}
  ),
  sums AS (SELECT ${K}, sum(value) AS dest_sum, sum(prev_value) AS dest_prev_sum FROM pairs GROUP BY ${K}),
  scored AS (
    SELECT p.*,
      CAST(p.value AS DOUBLE) / nullif(CAST(coalesce(t.total, s.dest_sum) AS DOUBLE), 0) * 100 AS share_pct,
      CAST(p.prev_value AS DOUBLE) / nullif(CAST(coalesce(t.prev_total, s.dest_prev_sum) AS DOUBLE), 0) * 100 AS prev_share_pct,
      CAST(p.value AS DOUBLE) / nullif(CAST(s.dest_sum AS DOUBLE), 0) * 100 AS known_share,
      CAST(p.prev_value AS DOUBLE) / nullif(CAST(s.dest_prev_sum AS DOUBLE), 0) * 100 AS known_prev_share,
      p.value - p.prev_value AS change_abs,
      CAST(p.value - p.prev_value AS DOUBLE) / nullif(CAST(p.prev_value AS DOUBLE), 0) * 100 AS change_pct,
      CAST(sign(p.value - p.prev_value) AS INTEGER) AS direction,
      CAST(sign(t.total - t.prev_total) AS INTEGER) AS total_direction
    FROM pairs p JOIN sums s ON ${sameSeries("s", "p")} LEFT JOIN totals t ON ${sameSeries("t", "p")}
  ),
  ranked AS MATERIALIZED (
    SELECT *,
      row_number() OVER (PARTITION BY ${K} ORDER BY value DESC NULLS LAST, partner) AS place,
      row_number() OVER (PARTITION BY ${K} ORDER BY abs(change_abs) DESC NULLS LAST, partner) AS abs_place,
      row_number() OVER (PARTITION BY ${K} ORDER BY abs(change_pct) DESC NULLS LAST, partner) AS rel_place
    FROM scored
  ),
  per_series AS (
    SELECT ${K},
      list({'place': place, 'd': ${DEST}}) AS destinations,
      sum(known_share * known_share) FILTER (WHERE value IS NOT NULL) AS hhi,
      sum(known_prev_share * known_prev_share) FILTER (WHERE prev_value IS NOT NULL) AS hhi_prev,
      list({'place': abs_place, 'partner': partner}) FILTER (WHERE change_abs IS NOT NULL AND change_abs <> 0 AND abs_place <= n_movers) AS movers_abs,
      list({'place': rel_place, 'partner': partner}) FILTER (WHERE change_pct IS NOT NULL AND change_pct <> 0 AND rel_place <= n_movers) AS movers_rel,
      list({'place': abs_place, 'partner': partner}) FILTER (WHERE total_direction <> 0 AND direction = -total_direction) AS against_total,
      list({'place': abs_place, 'partner': partner}) FILTER (WHERE total_direction <> 0 AND direction = total_direction) AS with_total
    FROM ranked, target GROUP BY ${K}
  )
  SELECT k.series,
    list_transform(list_sort(coalesce(d.destinations, [])), x -> x.d) AS destinations,
    t.total, t.prev_total, CAST(sign(t.total - t.prev_total) AS INTEGER) AS total_direction,
    s.dest_sum, s.dest_prev_sum, d.hhi, d.hhi_prev,
    list_transform(list_sort(coalesce(d.movers_abs, [])), x -> x.partner) AS movers_abs,
    list_transform(list_sort(coalesce(d.movers_rel, [])), x -> x.partner) AS movers_rel,
    list_transform(list_sort(coalesce(d.against_total, [])), x -> x.partner) AS against_total,
    list_transform(list_sort(coalesce(d.with_total, [])), x -> x.partner) AS with_total
  FROM keys k
  LEFT JOIN totals t ON ${sameSeries("t", "k")} LEFT JOIN sums s ON ${sameSeries("s", "k")}
  LEFT JOIN per_series d ON ${sameSeries("d", "k")}`;

export type DestinationsKey = Pick<StatsKey, "reporter" | "flow" | "measure">;

/**
 * Destinations of many series (same reporter, flow and measure) in one month and the month before,
 * in one query; one row per series, in the order asked.
 * @example await queryDestinationsMany(store, ["rare-earth-magnets"], { reporter: "CHN", flow: "export", measure: "qty" }, "2025-11")
 */
export async function queryDestinationsMany(
  store: Store, series: string[], base: DestinationsKey, period: string, options: DestinationsOptions = {},
): Promise<DestinationsRow[]> {
  const prev = addMonths(period, -1);
  const resolved = await resolvedSource(store, {
    series, reporter: base.reporter, flow: base.flow, measure: base.measure, asOf: options.asOf ?? null,
    from: `${prev.slice(0, 4)}-01`, to: options.allowDerived ? `${period.slice(0, 4)}-12` : period,
  });
  const sql = SQL(resolved.sql, monthlyCtes({ allowDerived: options.allowDerived }));
  const rows = await store.query<DestinationsRow & { series: string }>(sql, [
    ...resolved.params, period, options.movers ?? 5, series.join("\u001f"), base.reporter, base.flow, base.measure,
  ]);
  const bySeries = new Map(rows.map((r) => [r.series, r]));
  return series.map((s) => {
    const row = bySeries.get(s);
    if (!row) throw new Error(`destinations query returned no row for ${s}`);
    return row;
  });
}
