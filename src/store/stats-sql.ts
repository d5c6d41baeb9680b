// The shapes of a month's raw figures, shared by the store's destination and event-window queries and
// by analytics, which computes the month figures from the series' rows in memory
// (analytics/month-stats.ts): a fixed-cost query plan of ~150 operators once did it here.
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

/** A span made from the totals held: what is added and what is taken away, and the result. */
export interface MadeSpan {
  value: string;
  parts: MonthRow[];
  less: MonthRow[];
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
  /** A year to date no source states and whose months are not all held, made from held totals. */
  ytd_made: MadeSpan | null;
  ytd_prev_made: MadeSpan | null;
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

/** The key columns every batched query shares; only the series varies. */
export type KeyBase = Omit<StatsKey, "series">;
