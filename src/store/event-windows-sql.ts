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

const G = "series, reporter, flow, partner, measure";
const sameKey = (a: string, b: string) => G.split(", ").map((c) => `${a}.${c} = ${b}.${c}`).join(" AND ");
const M = "{'period': j.period, 'value': j.value, 'derived': j.derived}";
/** Month texts of the joined rows, chronological (the text sorts as the month does). */
const MISSING = `list_sort(list(${monthTextSql("j.idx")}))`;

// Per key and event. The (series, commodity) pairs come in as one text parameter, so one query
// serves many series; lists are sorted after aggregation (structs sort by their first field, the
// period) rather than by ordered aggregates, which each set up their own sort.
const SQL = (resolved: string, ctes: string) => `
  WITH resolved_all AS MATERIALIZED (${resolved}), ${ctes},
  asked AS (SELECT CAST(? AS VARCHAR) AS p, CAST(? AS INTEGER) AS n, CAST(? AS VARCHAR) AS as_of),
  target AS (SELECT p, ${monthIndexSql("p")} AS t, n, as_of FROM asked),
  pairs AS (
    SELECT split_part(pair, chr(31), 1) AS series, split_part(pair, chr(31), 2) AS commodity
    FROM (SELECT unnest(string_split(CAST(? AS VARCHAR), chr(30))) AS pair)
  ),
  keys AS (
    SELECT DISTINCT series, CAST(? AS VARCHAR) AS reporter, CAST(? AS VARCHAR) AS flow,
      CAST(? AS VARCHAR) AS partner, CAST(? AS VARCHAR) AS measure
    FROM pairs
  ),
  ev AS MATERIALIZED (
    SELECT DISTINCT k.*, e.id, e.kind, e.summary, coalesce(e.effective, e.announced) AS date,
      CASE WHEN length(coalesce(e.effective, e.announced)) >= 7
           THEN ${monthIndexSql("coalesce(e.effective, e.announced)")} END AS e_idx
    FROM events e, target, pairs, keys k
    WHERE k.series = pairs.series AND list_contains(e.commodities, pairs.commodity)
      AND coalesce(e.effective, e.announced) IS NOT NULL
      AND left(coalesce(e.effective, e.announced), 7) <= target.p
      AND (target.as_of IS NULL OR coalesce(e.announced, e.effective) <= target.as_of)
  ),
  windows AS (
    SELECT ${G}, ev.id, g.idx, CASE WHEN g.idx < ev.e_idx THEN 'before' ELSE 'after' END AS side, g.idx > t AS cut
    FROM ev, target, range(ev.e_idx - n, ev.e_idx + n) g(idx) WHERE ev.e_idx IS NOT NULL
  ),
  joined AS MATERIALIZED (
    SELECT w.*, m.period, m.value, m.derived
    FROM windows w LEFT JOIN monthly m ON ${sameKey("m", "w")} AND m.idx = w.idx AND NOT w.cut
  ),
  agg AS (
    SELECT ${G}, id,
      avg(value) FILTER (WHERE side = 'before') AS before_mean,
      avg(value) FILTER (WHERE side = 'after') AS after_mean
    FROM joined GROUP BY ${G}, id
  ),
  lists AS (
    SELECT ${G}, j.id, side, j.value IS NULL AS lacking, cut,
      list_sort(list(j.period)) AS periods, ${MISSING} AS missing, list_sort(list(${M})) AS inputs
    FROM joined j GROUP BY ALL
  ),
  latest AS (SELECT ${G}, m.value FROM monthly m, target WHERE m.idx = t)
  SELECT ev.series, ev.id AS event_id, ev.date, ev.kind, ev.summary,
    CASE WHEN ev.e_idx IS NOT NULL THEN ${monthTextSql("ev.e_idx")} END AS event_month,
    a.before_mean, a.after_mean,
    coalesce(bp.periods, []) AS before_periods, coalesce(ap.periods, []) AS after_periods,
    coalesce(bm.missing, []) AS before_missing, coalesce(am.missing, []) AS after_missing,
    coalesce(ac.missing, []) AS after_cut,
    coalesce(bp.inputs, []) AS before_inputs, coalesce(ap.inputs, []) AS after_inputs,
    l.value AS latest,
    CAST(l.value AS DOUBLE) / nullif(a.before_mean, 0) * 100 AS latest_vs_before_pct
  FROM ev LEFT JOIN agg a ON ${sameKey("a", "ev")} AND a.id = ev.id
  LEFT JOIN lists bp ON ${sameKey("bp", "ev")} AND bp.id = ev.id AND bp.side = 'before' AND NOT bp.lacking
  LEFT JOIN lists ap ON ${sameKey("ap", "ev")} AND ap.id = ev.id AND ap.side = 'after' AND NOT ap.lacking
  LEFT JOIN lists bm ON ${sameKey("bm", "ev")} AND bm.id = ev.id AND bm.side = 'before' AND bm.lacking
  LEFT JOIN lists am ON ${sameKey("am", "ev")} AND am.id = ev.id AND am.side = 'after' AND am.lacking AND NOT am.cut
  LEFT JOIN lists ac ON ${sameKey("ac", "ev")} AND ac.id = ev.id AND ac.cut
  LEFT JOIN latest l ON ${sameKey("l", "ev")}
  ORDER BY ev.series, ev.date, ev.id`;

/** The key columns of a batched query; only the series varies. */
export type EventKeyBase = Omit<StatsKey, "series">;

/**
 * Windows around each policy event concerning each series (`commodities` by series id), up to the
 * requested month, in one query; per series, oldest event first.
 * @example await queryEventWindowsMany(store, new Map([["rare-earth-magnets", ["rare-earths"]]]), base, "2025-11", { months: 3 })
 */
export async function queryEventWindowsMany(
  store: Store, commodities: Map<string, string[]>, base: EventKeyBase, period: string, options: EventWindowOptions = {},
): Promise<Map<string, EventWindowRow[]>> {
  const series = [...commodities.keys()];
  const resolved = await resolvedSource(store, { series, ...base, asOf: options.asOf ?? null });
  const sql = SQL(resolved.sql, monthlyCtes({ allowDerived: options.allowDerived }));
  // the pairs travel as one text parameter (record- and unit-separator joined) and are split in SQL
  const pairs = [...commodities].flatMap(([s, words]) => words.map((w) => `${s}\u001f${w}`)).join("\u001e");
  const rows = await store.query<EventWindowRow & { series: string }>(sql, [
    ...resolved.params, period, options.months ?? 3, options.asOf ?? null, pairs,
    base.reporter, base.flow, base.partner, base.measure,
  ]);
  const out = new Map<string, EventWindowRow[]>(series.map((s) => [s, []]));
  for (const { series: s, ...row } of rows) out.get(s)?.push(row);
  return out;
}

/**
 * Windows around each policy event concerning any of `commodities`, up to the requested month.
 * @example await queryEventWindows(store, key, "2025-11", ["rare-earth-magnets", "rare-earths"], { months: 3 })
 */
export async function queryEventWindows(
  store: Store, key: StatsKey, period: string, commodities: string[], options: EventWindowOptions = {},
): Promise<EventWindowRow[]> {
  const { series, ...base } = key;
  const rows = await queryEventWindowsMany(store, new Map([[series, commodities]]), base, period, options);
  return rows.get(series) ?? [];
}
