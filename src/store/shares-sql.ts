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

const SQL = (resolved: string, ctes: string) => `
  WITH resolved_all AS MATERIALIZED (${resolved}), ${ctes},
  asked AS (SELECT CAST(? AS VARCHAR) AS p, CAST(? AS INTEGER) AS n_movers),
  target AS (SELECT ${monthIndexSql("p")} AS t, n_movers FROM asked),
  pairs AS MATERIALIZED (
    SELECT partner,
      max(value) FILTER (WHERE idx = t) AS value, max(value) FILTER (WHERE idx = t - 1) AS prev_value,
      bool_or(derived) AS derived
    FROM monthly, target
    WHERE idx IN (t, t - 1) AND regexp_full_match(partner, '[A-Z]{3}') AND partner <> 'WLD'
    GROUP BY partner
  ),
  totals AS (
    SELECT max(value) FILTER (WHERE idx = t) AS total, max(value) FILTER (WHERE idx = t - 1) AS prev_total
    FROM monthly, target WHERE partner = 'WLD' AND idx IN (t, t - 1)
  ),
  sums AS (SELECT sum(value) AS dest_sum, sum(prev_value) AS dest_prev_sum FROM pairs),
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
    FROM pairs p, totals t, sums s
  ),
  ranked AS MATERIALIZED (
    SELECT *,
      row_number() OVER (ORDER BY abs(change_abs) DESC NULLS LAST, partner) AS abs_place,
      row_number() OVER (ORDER BY abs(change_pct) DESC NULLS LAST, partner) AS rel_place
    FROM scored
  )
  SELECT
    coalesce((SELECT list({'partner': partner, 'value': value, 'prev_value': prev_value, 'derived': derived,
      'share_pct': share_pct, 'prev_share_pct': prev_share_pct, 'change_abs': change_abs, 'change_pct': change_pct,
      'direction': direction} ORDER BY value DESC NULLS LAST, partner) FROM ranked), []) AS destinations,
    t.total, t.prev_total, CAST(sign(t.total - t.prev_total) AS INTEGER) AS total_direction,
    s.dest_sum, s.dest_prev_sum,
    (SELECT sum(known_share * known_share) FROM ranked WHERE value IS NOT NULL) AS hhi,
    (SELECT sum(known_prev_share * known_prev_share) FROM ranked WHERE prev_value IS NOT NULL) AS hhi_prev,
    coalesce((SELECT list(partner ORDER BY abs_place) FROM ranked, target
              WHERE change_abs IS NOT NULL AND change_abs <> 0 AND abs_place <= n_movers), []) AS movers_abs,
    coalesce((SELECT list(partner ORDER BY rel_place) FROM ranked, target
              WHERE change_pct IS NOT NULL AND change_pct <> 0 AND rel_place <= n_movers), []) AS movers_rel,
    coalesce((SELECT list(partner ORDER BY abs(change_abs) DESC, partner) FROM ranked
              WHERE total_direction <> 0 AND direction = -total_direction), []) AS against_total,
    coalesce((SELECT list(partner ORDER BY abs(change_abs) DESC, partner) FROM ranked
              WHERE total_direction <> 0 AND direction = total_direction), []) AS with_total
  FROM totals t, sums s`;

/**
 * Destinations of a series (key.partner is ignored) in one month and the month before.
 * @example await queryDestinations(store, { series: "rare-earth-magnets", reporter: "CHN", flow: "export", partner: "WLD", measure: "qty" }, "2025-11")
 */
export async function queryDestinations(
  store: Store, key: StatsKey, period: string, options: DestinationsOptions = {},
): Promise<DestinationsRow> {
  const prev = addMonths(period, -1);
  const resolved = await resolvedSource(store, {
    series: key.series, reporter: key.reporter, flow: key.flow, measure: key.measure, asOf: options.asOf ?? null,
    from: `${prev.slice(0, 4)}-01`, to: options.allowDerived ? `${period.slice(0, 4)}-12` : period,
  });
  const sql = SQL(resolved.sql, monthlyCtes({ allowDerived: options.allowDerived }));
  const [row] = await store.query<DestinationsRow>(sql, [...resolved.params, period, options.movers ?? 5]);
  if (!row) throw new Error("destinations query returned no row");
  return row;
}
