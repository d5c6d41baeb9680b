// A small, deliberately plain TypeScript version of the month figures, used by tests to cross-check
// the SQL in store/ on shipped and generated data. It takes the resolved months (and any stated
// year-to-date cumulatives) of one series and loops; it is not used to answer users.
import { addMonths, monthsBetween } from "../../src/domain/period.js";
import type { Stats } from "../../src/analytics/types.js";

export interface ReferenceInput {
  months: { period: string; value: number }[];
  /** Stated cumulatives by period text (`2025-01..2025-11`, `2025`). */
  cumulatives: Record<string, number>;
}

/** The month figures the reference computes: the same fields, with the same meaning, as in Stats. */
export type ReferenceFigures = Pick<
  Stats,
  | "level"
  | "mom_abs"
  | "mom_pct"
  | "yoy_abs"
  | "yoy_pct"
  | "ytd"
  | "ytd_prev"
  | "ytd_yoy_pct"
  | "rank"
  | "rank_low"
  | "record_months"
  | "record_window"
  | "record_gaps"
  | "highest_since"
  | "lowest_since"
  | "streak"
>;

/**
 * The figures of one month, computed the slow, obvious way.
 * @example referenceStats({ months: [{ period: "2025-10", value: 5473 }, { period: "2025-11", value: 6150 }], cumulatives: {} }, "2025-11").mom_pct // 12.37...
 */
export function referenceStats(input: ReferenceInput, period: string): ReferenceFigures {
  const value = new Map(input.months.map((m) => [m.period, m.value]));
  const level = value.get(period) ?? null;
  const change = (other: string) => {
    const prev = value.get(other);
    if (level === null || prev === undefined) return { abs: null, pct: null };
    return { abs: level - prev, pct: prev === 0 ? null : ((level - prev) / prev) * 100 };
  };
  const mom = change(addMonths(period, -1));
  const yoy = change(addMonths(period, -12));
  const ytd = yearToDate(input, value, period);
  const ytdPrev = yearToDate(input, value, addMonths(period, -12));
  const record = input.months
    .filter((m) => m.period <= period)
    .sort((a, b) => (a.period < b.period ? -1 : 1));
  const window = record.length ? { from: record[0]!.period, to: record[record.length - 1]!.period } : null;
  const gaps = window ? monthsBetween(window.from, window.to).filter((m) => !value.has(m)) : [];
  const earlier = record.filter((m) => m.period < period);
  const lastWhere = (test: (v: number) => boolean) =>
    [...earlier].reverse().find((m) => test(m.value))?.period ?? null;
  return {
    level,
    mom_abs: mom.abs,
    mom_pct: mom.pct,
    yoy_abs: yoy.abs,
    yoy_pct: yoy.pct,
    ytd,
    ytd_prev: ytdPrev,
    ytd_yoy_pct: ytd !== null && ytdPrev !== null && ytdPrev !== 0 ? ((ytd - ytdPrev) / ytdPrev) * 100 : null,
    rank: level === null ? null : 1 + record.filter((m) => m.value > level).length,
    rank_low: level === null ? null : 1 + record.filter((m) => m.value < level).length,
    record_months: record.length,
    record_window: window,
    record_gaps: gaps,
    highest_since: level === null ? null : lastWhere((v) => v > level),
    lowest_since: level === null ? null : lastWhere((v) => v < level),
    streak: level === null ? null : streakAt(value, period),
  };
}

function yearToDate(input: ReferenceInput, value: Map<string, number>, period: string): number | null {
  const start = `${period.slice(0, 4)}-01`;
  const stated =
    (period.endsWith("-12") ? input.cumulatives[period.slice(0, 4)] : undefined) ??
    input.cumulatives[`${start}..${period}`];
  if (stated !== undefined) return stated;
  const sum = sumOf(value, monthsBetween(start, period));
  if (sum !== null || period === start) return sum;
  // made from the totals held, with the fewest parts: a shorter year to date plus the months after
  // it, else (only when that takes more parts) a longer one or the year less the months beyond
  const cumulative = (end: string) =>
    input.cumulatives[`${start}..${end}`] ??
    (end.endsWith("-12") ? input.cumulatives[end.slice(0, 4)] : undefined);
  let best: { parts: number; value: number } | null = null;
  for (let back = 1; period.slice(0, 4) === addMonths(period, -back).slice(0, 4); back++) {
    const shorter = cumulative(addMonths(period, -back));
    const after = sumOf(value, monthsBetween(addMonths(period, 1 - back), period));
    if (shorter !== undefined && after !== null) {
      best = { parts: 1 + back, value: shorter + after };
      break;
    }
  }
  for (let ahead = 1; period.slice(0, 4) === addMonths(period, ahead).slice(0, 4); ahead++) {
    const longer = cumulative(addMonths(period, ahead));
    const beyond = sumOf(value, monthsBetween(addMonths(period, 1), addMonths(period, ahead)));
    if (longer !== undefined && beyond !== null) {
      if (!best || 1 + ahead < best.parts) best = { parts: 1 + ahead, value: longer - beyond };
      break;
    }
  }
  return best && best.value > 0 ? best.value : null;
}

function sumOf(value: Map<string, number>, months: readonly string[]): number | null {
  let sum = 0;
  for (const m of months) {
    const v = value.get(m);
    if (v === undefined) return null;
    sum += v;
  }
  return sum;
}

function streakAt(value: Map<string, number>, period: string): number {
  const direction = (m: string): number | null => {
    const cur = value.get(m);
    const prev = value.get(addMonths(m, -1));
    return cur === undefined || prev === undefined ? null : Math.sign(cur - prev);
  };
  const first = direction(period);
  if (!first) return 0;
  let n = 0;
  for (let m = period; direction(m) === first; m = addMonths(m, -1)) n++;
  return n * first;
}
