// The figures of one month of a monthly series, computed from the series itself: the base period of
// a change, the rank of a month over any window (the record, a year, since a month, the last N
// months), the streak of rises or falls that ends in it, and the last month beyond it. Pure
// functions over `period -> value`; missing months are never filled, they are reported.

import { indexOf, monthAt, monthIndex } from "../domain/period.js";

/** Monthly values by `YYYY-MM`. */
export type Monthly = ReadonlyMap<string, number>;

export interface MonthValue {
  period: string;
  value: number;
}

/**
 * The period a change is measured against: the month before (`mom`), a year before (`yoy`, also
 * for spans: the same months a year earlier), a named month, or for a span a named span of as many
 * months ("more than in 2023" of 2025's total). Null when the period has no such base.
 * @example basePeriod("2025-11", "yoy") // "2024-11"
 * @example basePeriod("2025-01..2025-12", "2023-01..2023-12") // "2023-01..2023-12"
 */
export function basePeriod(period: string, basis: string): string | null {
  if (monthIndex(basis) !== null) return basis;
  const own = monthIndex(period);
  if (own !== null) return basis === "mom" ? monthAt(own - 1) : basis === "yoy" ? monthAt(own - 12) : null;
  const r = SPAN.exec(period);
  if (r && basis === "yoy") return `${Number(r[1]) - 1}-${r[2]}..${Number(r[3]) - 1}-${r[4]}`;
  const b = SPAN.exec(basis);
  return r && b && spanMonths(b) === spanMonths(r) ? basis : null;
}

const SPAN = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/;
/** How many months a span's match covers. */
const spanMonths = (m: RegExpExecArray) =>
  (Number(m[3]) - Number(m[1])) * 12 + Number(m[4]) - Number(m[2]) + 1;

/**
 * Where a rank is counted: from the first month held, from a month, over the last N months, over
 * the months of a span that holds the month (it may end after it: "the low point of July-November"),
 * or against every month of a span that ended before it ("more than in any month of 2024").
 */
export type RankWindow =
  | { type: "record" }
  | { type: "from"; month: string }
  | { type: "months"; months: number }
  | { type: "span"; from: string; to: string }
  | { type: "earlier"; from: string; to: string }
  /**
   * The same calendar month of each year ("the strongest June on record", "the weakest November
   * since 2023"): from the first held, or from `fromYear`'s.
   */
  | { type: "calendar"; fromYear?: number };

export interface RankResult {
  /** 1 = highest (or lowest) in the window. */
  rank: number;
  /** Months held in the window. */
  of: number;
  /** First month of the window (never before the first month held). */
  from: string;
  /** Months that beat the month, best first. */
  better: MonthValue[];
  /** Months of the window the series does not hold. */
  gaps: string[];
  /** True when the window starts before the first month held. */
  startsBeforeData: boolean;
}

/**
 * The rank of `at` among the months held in the window, which ends at `at` unless it is a span.
 * Null when the series does not hold `at`, a span window does not hold it, or an earlier span does
 * not end before it. Against an earlier span, `of` counts the span's months held and `at` itself.
 * @example rankIn(months, "2025-11", "high", { type: "record" })?.rank // 2
 */
export function rankIn(
  months: Monthly,
  at: string,
  direction: "high" | "low",
  window: RankWindow,
): RankResult | null {
  const own = monthIndex(at);
  const cur = months.get(at);
  if (own === null || cur === undefined) return null;
  if (window.type === "calendar") return calendarRank(months, at, own, cur, direction, window.fromYear);
  const spans = window.type === "span" || window.type === "earlier";
  const end = spans ? (monthIndex(window.to) ?? own) : own;
  const held = [...months.keys()].map((p) => monthIndex(p)).filter((i): i is number => i !== null);
  const first = Math.min(...held);
  const start =
    window.type === "record"
      ? first
      : window.type === "months"
        ? end - window.months + 1
        : spans
          ? (monthIndex(window.from) ?? own)
          : (monthIndex(window.month) ?? first);
  if (window.type === "span" && (own < start || own > end)) return null;
  if (window.type === "earlier" && own <= end) return null;
  const periods: string[] = [];
  for (let i = Math.max(start, first); i <= end; i++) periods.push(monthAt(i));
  const { better, gaps, of } = countRank(months, periods, cur, direction);
  return {
    rank: better.length + 1,
    of: window.type === "earlier" ? of + 1 : of,
    from: monthAt(Math.max(start, first)),
    better,
    gaps,
    startsBeforeData: start < first,
  };
}

/**
 * The rank of full year `year` among the full years held from `from` to it ("the lowest in three
 * years", "the highest since 2023"): `gaps` are the years of that window not held, and
 * `startsBeforeData` says the window starts before the first year held. Null when `year` is not held.
 * @example yearRankIn(new Map([["2023", 52576], ["2024", 58152], ["2025", 57392]]), "2025", "low", 2023)?.rank // 2
 */
export function yearRankIn(
  years: ReadonlyMap<string, number>,
  year: string,
  direction: "high" | "low",
  from: number,
): RankResult | null {
  const cur = years.get(year);
  if (cur === undefined) return null;
  const held = [...years.keys()].map(Number).filter((y) => Number.isInteger(y));
  const first = Math.min(...held);
  const periods: string[] = [];
  for (let y = Math.max(from, first); y <= Number(year); y++) periods.push(String(y));
  const { better, gaps, of } = countRank(years, periods, cur, direction);
  return {
    rank: better.length + 1,
    of,
    from: String(Math.max(from, first)),
    better,
    gaps,
    startsBeforeData: from < first,
  };
}

/** `rankIn` over the same calendar month of each year, from the first held or from `fromYear`. */
function calendarRank(
  months: Monthly,
  at: string,
  own: number,
  cur: number,
  direction: "high" | "low",
  fromYear: number | undefined,
): RankResult {
  const held = [...months.keys()].map((p) => monthIndex(p)).filter((i): i is number => i !== null);
  const first = Math.min(...held);
  const wanted = fromYear === undefined ? first : (monthIndex(`${fromYear}${at.slice(4)}`) ?? first);
  // the first year's same month at or after where the window starts
  let start = own;
  while (start - 12 >= Math.max(first, wanted)) start -= 12;
  const periods: string[] = [];
  for (let i = start; i <= own; i += 12) periods.push(monthAt(i));
  const { better, gaps, of } = countRank(months, periods, cur, direction);
  return {
    rank: better.length + 1,
    of,
    from: monthAt(start),
    better,
    gaps,
    startsBeforeData: wanted < first,
  };
}

/**
 * Over the periods of a window, in order: those held that beat `cur` (best first, ties in the
 * window's order), those not held, and how many are held.
 */
function countRank(
  values: ReadonlyMap<string, number>,
  periods: readonly string[],
  cur: number,
  direction: "high" | "low",
): { better: MonthValue[]; gaps: string[]; of: number } {
  const better: MonthValue[] = [];
  const gaps: string[] = [];
  let of = 0;
  for (const period of periods) {
    const v = values.get(period);
    if (v === undefined) gaps.push(period);
    else {
      of++;
      if (direction === "high" ? v > cur : v < cur) better.push({ period, value: v });
    }
  }
  better.sort((a, b) => (direction === "high" ? b.value - a.value : a.value - b.value));
  return { better, gaps, of };
}

export interface StreakResult {
  /** Consecutive monthly moves in the direction, ending at `at`. */
  length: number;
  /** The month whose absence stopped the count, or null when a move the other way did. */
  gap: string | null;
  /** The months the count rests on, latest first. */
  used: MonthValue[];
}

/**
 * The run of monthly rises (or falls) that ends at `at`, counted up to `limit` moves.
 * @example streakAt(months, "2025-11", "up", 12).length // 1
 */
export function streakAt(months: Monthly, at: string, direction: "up" | "down", limit = 120): StreakResult {
  return runAt(months, at, direction, limit, { lag: 1 });
}

/**
 * Consecutive months, ending at `at`, above (`up`) or below (`down`) the same month a year before:
 * a run of year-on-year rises or falls ("a third straight month of year-on-year declines"). `gap` is
 * the first month, or year-ago month, whose absence stopped the count.
 */
export function yoyStreakAt(
  months: Monthly,
  at: string,
  direction: "up" | "down",
  limit = 120,
): StreakResult {
  return runAt(months, at, direction, limit, { lag: 12 });
}

/**
 * Consecutive months, ending at `at`, above (`up`) or below (`down`) a mark: "the third month in a
 * row above 5,000 t". `length` counts the months themselves, `at` included; `gap` is the missing
 * month that stopped the count.
 * @example runPastAt(months, "2025-09", 5000, "up").length // 3
 */
export function runPastAt(
  months: Monthly,
  at: string,
  mark: number,
  side: "up" | "down",
  limit = 120,
): StreakResult {
  return runAt(months, at, side, limit, { mark });
}

/**
 * Consecutive months ending at `at` that beat what each is compared with: the month `lag` months
 * before it (which the count then rests on too), or a fixed mark.
 */
function runAt(
  months: Monthly,
  at: string,
  direction: "up" | "down",
  limit: number,
  against: { lag: number } | { mark: number },
): StreakResult {
  const end = monthIndex(at);
  const used: MonthValue[] = [];
  const use = (i: number, value: number) => {
    const period = monthAt(i);
    if (!used.some((u) => u.period === period)) used.push({ period, value });
  };
  if (end === null) return { length: 0, gap: at, used };
  let length = 0;
  for (let i = end; length <= limit; i--) {
    const a = months.get(monthAt(i));
    // the month compared with (none for a mark) and its value
    const [base, b]: [number | null, number | undefined] =
      "lag" in against ? [i - against.lag, months.get(monthAt(i - against.lag))] : [null, against.mark];
    if (a !== undefined) use(i, a);
    if (a === undefined || b === undefined)
      return { length, gap: monthAt(a === undefined || base === null ? i : base), used };
    if (direction === "up" ? !(a > b) : !(a < b)) break;
    if (base !== null) use(base, b);
    length++;
  }
  return { length, gap: null, used };
}

/**
 * The latest month before `at` that beats it (higher for "high", lower for "low"), searching back at
 * most `limit` months; null when no month held beats it.
 */
export function lastBeyond(
  months: Monthly,
  at: string,
  direction: "high" | "low",
  limit = 600,
): MonthValue | null {
  const end = monthIndex(at);
  const cur = months.get(at);
  if (end === null || cur === undefined) return null;
  for (let i = end - 1; i >= end - limit; i--) {
    const v = months.get(monthAt(i));
    if (v !== undefined && (direction === "high" ? v > cur : v < cur))
      return { period: monthAt(i), value: v };
  }
  return null;
}

/** A stated total of a span of months (`YYYY-01..YYYY-MM`, a full year), with its rounding. */
export interface SpanTotal {
  value: number;
  /** Half the rounding step of the printed total. */
  halfStep: number;
}

/** What the totals held say about a month the monthly figures lack: it lies in `[low, high]`. */
export interface GapBound {
  period: string;
  low: number;
  high: number;
  /** The span whose total bounds it, or null when no total covers it (then `high` is Infinity). */
  span: string | null;
}

/**
 * Bounds on months a series lacks, from the totals of the spans that hold them. China's customs
 * publish January and February together and a year to date every month, so a missing month is
 * often the year to date less the months held: exactly that when it is the span's only missing
 * month, otherwise between 0 and what the span leaves. The shortest span from January that has a
 * total is used; a month no total covers is unbounded. Rounding widens both ends.
 * @example gapBounds(months, (s) => (s === "2025-01..2025-05" ? { value: 19132, halfStep: 0.5 } : null), ["2025-02"])
 *   // [{ period: "2025-02", low: 3586.5, high: 3587.5, span: "2025-01..2025-05" }] with Jan, Mar-May held
 */
export function gapBounds(
  months: Monthly,
  total: (span: string) => SpanTotal | null,
  gaps: readonly string[],
  halfStepOf: (month: string) => number = () => 0,
): GapBound[] {
  return gaps.map((period) => {
    const year = Number(period.slice(0, 4));
    const january = monthAt(indexOf(year, 1));
    for (let m = Number(period.slice(5, 7)); m <= 12; m++) {
      const span = `${january}..${monthAt(indexOf(year, m))}`;
      const t = total(span);
      if (!t) continue;
      let held = 0;
      let heldHalf = 0;
      let missing = 0;
      for (let i = 1; i <= m; i++) {
        const month = monthAt(indexOf(year, i));
        const v = months.get(month);
        if (v === undefined) missing++;
        else {
          held += v;
          heldHalf += halfStepOf(month);
        }
      }
      const high = Math.max(0, t.value + t.halfStep - (held - heldHalf));
      const low = missing === 1 ? Math.max(0, t.value - t.halfStep - (held + heldHalf)) : 0;
      return { period, low, high, span };
    }
    return { period, low: 0, high: Infinity, span: null };
  });
}
