// The series around each policy event, in one DuckDB query: the mean level in the N months before
// the event's month and in the N months from it (never past the requested month), the months each
// mean used and lacked, and the requested month against the pre-event mean. A mean is taken only
// over months that exist: a missing month shrinks the inputs, and no months means no mean.
import { monthIndexSql, monthlyCtes, monthTextSql } from "./monthly-sql.js";
import { resolvedSource } from "./resolved-cache.js";
import type { Store } from "./open-store.js";
import type { StatsKey } from "./stats-sql.js";

export interface EventWindowRow {
  event_id: string;
  date: string;
  kind: string;
  summary: string;
  /** Null when the event's date is known only to the year. */
  event_month: string | null;
  before_mean: number | null;
  after_mean: number | null;
  before_periods: string[];
  after_periods: string[];
  before_missing: string[];
  after_missing: string[];
  /** After-window months past the requested month, left out. */
  after_cut: string[];
  before_inputs: { period: string; value: string; derived: boolean }[];
  after_inputs: { period: string; value: string; derived: boolean }[];
  latest: string | null;
  latest_vs_before_pct: number | null;
}

export interface EventWindowOptions {
  asOf?: string | null;
  allowDerived?: boolean;
  /** Months before and after each event. Default 3. */
  months?: number;
}

const M = "{'period': j.period, 'value': j.value, 'derived': j.derived}";

const SQL = (resolved: string, ctes: string) => `
  WITH resolved_all AS MATERIALIZED (${resolved}), ${ctes},
  asked AS (SELECT CAST(? AS VARCHAR) AS p, CAST(? AS INTEGER) AS n, string_split(CAST(? AS VARCHAR), chr(31)) AS commodities, CAST(? AS VARCHAR) AS as_of),
  target AS (SELECT p, ${monthIndexSql("p")} AS t, n, commodities, as_of FROM asked),
  ev AS (
    SELECT e.id, e.kind, e.summary, coalesce(e.effective, e.announced) AS date,
      CASE WHEN length(coalesce(e.effective, e.announced)) >= 7
           THEN ${monthIndexSql("coalesce(e.effective, e.announced)")} END AS e_idx
    FROM events e, target
    WHERE len(list_intersect(e.commodities, target.commodities)) > 0
      AND coalesce(e.effective, e.announced) IS NOT NULL
      AND left(coalesce(e.effective, e.announced), 7) <= target.p
      AND (target.as_of IS NULL OR coalesce(e.announced, e.effective) <= target.as_of)
  ),
  windows AS (
    SELECT ev.id, g.idx, CASE WHEN g.idx < ev.e_idx THEN 'before' ELSE 'after' END AS side, g.idx > t AS cut
    FROM ev, target, range(ev.e_idx - n, ev.e_idx + n) g(idx) WHERE ev.e_idx IS NOT NULL
  ),
  joined AS (
    SELECT w.*, m.period, m.value, m.derived
    FROM windows w LEFT JOIN monthly m ON m.idx = w.idx AND NOT w.cut
  ),
  agg AS (
    SELECT j.id,
      avg(j.value) FILTER (WHERE side = 'before') AS before_mean,
      avg(j.value) FILTER (WHERE side = 'after') AS after_mean,
      coalesce(list(j.period ORDER BY j.idx) FILTER (WHERE side = 'before' AND j.value IS NOT NULL), []) AS before_periods,
      coalesce(list(j.period ORDER BY j.idx) FILTER (WHERE side = 'after' AND j.value IS NOT NULL), []) AS after_periods,
      coalesce(list(${monthTextSql("j.idx")} ORDER BY j.idx) FILTER (WHERE side = 'before' AND j.value IS NULL), []) AS before_missing,
      coalesce(list(${monthTextSql("j.idx")} ORDER BY j.idx) FILTER (WHERE side = 'after' AND j.value IS NULL AND NOT cut), []) AS after_missing,
      coalesce(list(${monthTextSql("j.idx")} ORDER BY j.idx) FILTER (WHERE cut), []) AS after_cut,
      coalesce(list(${M} ORDER BY j.idx) FILTER (WHERE side = 'before' AND j.value IS NOT NULL), []) AS before_inputs,
      coalesce(list(${M} ORDER BY j.idx) FILTER (WHERE side = 'after' AND j.value IS NOT NULL), []) AS after_inputs
    FROM joined j GROUP BY j.id
  ),
  latest AS (SELECT m.value FROM monthly m, target WHERE m.idx = t)
  SELECT ev.id AS event_id, ev.date, ev.kind, ev.summary,
    CASE WHEN ev.e_idx IS NOT NULL THEN ${monthTextSql("ev.e_idx")} END AS event_month,
    a.before_mean, a.after_mean,
    coalesce(a.before_periods, []) AS before_periods, coalesce(a.after_periods, []) AS after_periods,
    coalesce(a.before_missing, []) AS before_missing, coalesce(a.after_missing, []) AS after_missing,
    coalesce(a.after_cut, []) AS after_cut,
    coalesce(a.before_inputs, []) AS before_inputs, coalesce(a.after_inputs, []) AS after_inputs,
    (SELECT value FROM latest) AS latest,
    CAST((SELECT value FROM latest) AS DOUBLE) / nullif(a.before_mean, 0) * 100 AS latest_vs_before_pct
  FROM ev LEFT JOIN agg a ON a.id = ev.id
  ORDER BY ev.date, ev.id`;

/**
 * Windows around each policy event concerning any of `commodities`, up to the requested month.
 * @example await queryEventWindows(store, key, "2025-11", ["rare-earth-magnets", "rare-earths"], { months: 3 })
 */
export async function queryEventWindows(
  store: Store, key: StatsKey, period: string, commodities: string[], options: EventWindowOptions = {},
): Promise<EventWindowRow[]> {
  const resolved = await resolvedSource(store, { ...key, asOf: options.asOf ?? null });
  const sql = SQL(resolved.sql, monthlyCtes({ allowDerived: options.allowDerived }));
  // the list travels as one text parameter (unit-separator joined) and is split in SQL
  return store.query<EventWindowRow>(
    sql, [...resolved.params, period, options.months ?? 3, commodities.join("\u001f"), options.asOf ?? null],
  );
}
