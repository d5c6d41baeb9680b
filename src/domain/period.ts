// Periods are explicit values, never local-time dates: `2025-11` (a month), `2025` (a full year)
// or `2025-01..2025-11` (a cumulative range of months).

export type PeriodKind = "month" | "year" | "range";

export interface Period {
  text: string;
  kind: PeriodKind;
  /** First and last month covered, `YYYY-MM`. */
  start: string;
  end: string;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;

/** Periods parsed so far: a text asks about a few periods thousands of times. Bounded, so a long run cannot grow it without end. */
const PARSED = new Map<string, Readonly<Period> | null>();
const PARSED_MAX = 4096;

/** Parse a period, or return null when it is not one (`2025-13`, `Nov 2025`, `2025-11..2025-01`). The result is shared: read it, never change it. */
export function parsePeriod(text: string): Readonly<Period> | null {
  let p = PARSED.get(text);
  if (p !== undefined) return p;
  p = readPeriod(text);
  if (PARSED.size >= PARSED_MAX) PARSED.clear();
  PARSED.set(text, p === null ? null : Object.freeze(p));
  return p;
}

function readPeriod(text: string): Period | null {
  if (YEAR.test(text)) return { text, kind: "year", start: `${text}-01`, end: `${text}-12` };
  if (isMonth(text)) return { text, kind: "month", start: text, end: text };
  const parts = text.split("..");
  if (parts.length === 2 && isMonth(parts[0]!) && isMonth(parts[1]!) && parts[0]! <= parts[1]!) {
    return { text, kind: "range", start: parts[0]!, end: parts[1]! };
  }
  return null;
}

/** True for a valid `YYYY-MM` with a month from 01 to 12. */
export function isMonth(text: string): boolean {
  const m = MONTH.exec(text);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** A month as a count of months since year 0, for arithmetic: `monthIndex("2025-01")` is 24300. Null when not a month. */
export function monthIndex(month: string): number | null {
  if (!isMonth(month)) return null;
  return indexOf(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
}

/** The index of month `m` (1-12) of year `y`. */
export function indexOf(y: number, m: number): number {
  return y * 12 + (m - 1);
}

/** The year of a month index. */
export function yearOf(index: number): number {
  return Math.floor(index / 12);
}

/** The month of the year (1-12) of a month index: `monthOfYear(monthIndex("2025-11"))` is 11. */
export function monthOfYear(index: number): number {
  return (index % 12) + 1;
}

/** The month of an index from `monthIndex`. */
export function monthAt(index: number): string {
  return `${yearOf(index)}-${String(monthOfYear(index)).padStart(2, "0")}`;
}

/** Shift a month by n months: `addMonths("2025-01", -1)` is `"2024-12"`. */
export function addMonths(month: string, n: number): string {
  const index = monthIndex(month);
  if (index === null) throw new RangeError(`not a month: ${month}`);
  return monthAt(index + n);
}

/** Whole months from `a` to `b` (negative when b is earlier). */
export function monthsFrom(a: string, b: string): number {
  return (monthIndex(b) ?? Number.NaN) - (monthIndex(a) ?? Number.NaN);
}

/** The run of as many months right before a range: `spanBefore("2025-07..2025-09")` is `"2025-04..2025-06"`. Null when not a range. */
export function spanBefore(range: string): string | null {
  const p = parsePeriod(range);
  if (p === null || p.kind !== "range") return null;
  const n = monthsFrom(p.start, p.end) + 1;
  return `${addMonths(p.start, -n)}..${addMonths(p.start, -1)}`;
}

/** Months from start to end inclusive. */
export function monthsBetween(start: string, end: string): string[] {
  const out: string[] = [];
  for (let m = start; m <= end; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** A valid calendar date `YYYY-MM-DD`, or a partial one (`YYYY-MM`, `YYYY`) when only that is known. */
export function isPartialDate(text: string): boolean {
  if (YEAR.test(text) || isMonth(text)) return true;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** A valid calendar date `YYYY-MM-DD` (not `2025-02-30`, not `2025-99-99`). */
export function isDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isPartialDate(text);
}

/** English month names, January first: how text and briefs write a month. */
export const MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
