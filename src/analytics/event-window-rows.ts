// The series around each policy event, computed from the series' months in memory: the mean level in
// the N months before the event's month and in the N months from it (never past the requested month),
// the months each mean used and lacked, and the requested month against the pre-event mean. A mean is
// taken only over months that exist: a missing month shrinks the inputs, and no months means no mean.
import { meanOfDecimals } from "../domain/decimal.js";
import { monthAt, monthIndex } from "../domain/period.js";
import type { MonthRow } from "../store/stats-sql.js";
import type { PolicyEvent } from "../store/types.js";
import type { SeriesMonth } from "./month-stats.js";

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
  before_inputs: MonthRow[];
  after_inputs: MonthRow[];
  latest: string | null;
  latest_vs_before_pct: number | null;
}

/** The events concerning any of `commodities` that are dated by `period` (and announced by `asOf`), oldest first. */
export function eventsConcerning(
  events: readonly PolicyEvent[],
  commodities: readonly string[],
  period: string,
  asOf: string | null,
): PolicyEvent[] {
  return events
    .filter((e) => {
      const date = e.effective ?? e.announced;
      if (date === null || date.slice(0, 7) > period) return false;
      if (asOf !== null && (e.announced ?? e.effective)! > asOf) return false;
      return e.commodities.some((c) => commodities.includes(c));
    })
    .sort((a, b) => compare(a.effective ?? a.announced!, b.effective ?? b.announced!) || compare(a.id, b.id));
}

/**
 * The window of `months` months before and from each event's month, over the series' months.
 * @example eventWindowRows(eventsConcerning(events, ["rare-earths"], "2025-11", null), seriesMonths, "2025-11", 3)
 */
export function eventWindowRows(
  events: readonly PolicyEvent[],
  series: readonly SeriesMonth[],
  period: string,
  months: number,
): EventWindowRow[] {
  const t = monthIndex(period)!;
  const byPeriod = new Map(series.map((m) => [m.period, m]));
  const latest = byPeriod.get(period)?.value ?? null;
  return events.map((e) => {
    const date = (e.effective ?? e.announced)!;
    const start = date.length >= 7 ? monthIndex(date.slice(0, 7)) : null;
    const before = side(byPeriod, start === null ? [] : range(start - months, start), t);
    const after = side(byPeriod, start === null ? [] : range(start, start + months), t);
    return {
      event_id: e.id,
      date,
      kind: e.kind,
      summary: e.summary,
      event_month: start === null ? null : monthAt(start),
      before_mean: before.mean,
      after_mean: after.mean,
      before_periods: before.inputs.map((m) => m.period),
      after_periods: after.inputs.map((m) => m.period),
      before_missing: before.missing,
      after_missing: after.missing,
      after_cut: after.cut,
      before_inputs: before.inputs,
      after_inputs: after.inputs,
      latest,
      latest_vs_before_pct:
        latest === null || before.mean === null || before.mean === 0
          ? null
          : (Number(latest) / before.mean) * 100,
    };
  });
}

function side(byPeriod: Map<string, SeriesMonth>, indices: number[], t: number) {
  const inputs: MonthRow[] = [];
  const missing: string[] = [];
  const cut: string[] = [];
  for (const i of indices) {
    const m = i > t ? undefined : byPeriod.get(monthAt(i));
    if (i > t) cut.push(monthAt(i));
    else if (m) inputs.push({ period: m.period, value: m.value, derived: m.derived });
    else missing.push(monthAt(i));
  }
  const mean = inputs.length === 0 ? null : meanOfDecimals(inputs.map((m) => m.value));
  return { inputs, missing, cut, mean };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
