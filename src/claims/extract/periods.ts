// Periods as the press names them ("in November", "last month", "the first 11 months", "Jan-Nov",
// "first half", "year to date", "full-year 2025"), resolved against the publication date, and the
// role each plays in its clause: the claim's own period, a comparison base, or a "since" scope.

import { MONTHS, parseCount } from "./lexicon.js";

export type PeriodRole = "main" | "base" | "since";

/** A period found in a clause; `start`/`end` are offsets in the clause text. */
export interface PeriodMention {
  start: number;
  end: number;
  period: string;
  /** `month`, `range` (a cumulative or quarter), or `year` (a bare year: full-year range). */
  shape: "month" | "range" | "year";
  role: PeriodRole;
  /** The text named the year; otherwise a month was resolved against the anchor. */
  explicitYear: boolean;
}

/** A month as a count since year 0, for arithmetic. */
export type MonthIndex = number;

export const toIndex = (y: number, m: number): MonthIndex => y * 12 + (m - 1);
export const fromIndex = (i: MonthIndex): string =>
  `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;

/** `YYYY-MM` to its index, or null. */
export function parseMonth(period: string): MonthIndex | null {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return null;
  return toIndex(Number(m[1]), Number(m[2]));
}

/** What relative dates resolve against: the publication month (exclusive) and a default year. */
export interface PeriodAnchor {
  /** The latest month an article can report: the month before publication. */
  latest: MonthIndex | null;
  /** A year named elsewhere in the sentence ("in 2025"), used for months named without one. */
  year: number | null;
}

/** The latest month numbered `month` at or before `limit`; with an explicit year, that month. */
export function resolveMonthName(month: number, year: number | null, limit: MonthIndex | null): MonthIndex | null {
  if (year !== null) return toIndex(year, month);
  if (limit === null) return null;
  const y = Math.floor(limit / 12);
  const candidate = toIndex(y, month);
  return candidate <= limit ? candidate : toIndex(y - 1, month);
}

const MONTH_NAME =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const YEAR = "(?:19|20)\\d{2}";
const COUNT_WORD = "\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

const RANGE_FIRST_N = new RegExp(
  `\\b(?:the\\s)?first\\s(${COUNT_WORD})\\smonths(?:\\s(?:of\\s)?(?:(${YEAR})|(this|last|the)\\syear))?`, "gi");
const RANGE_MONTHS = new RegExp(
  `\\b(${MONTH_NAME})\\.?\\s?(?:-|–|to|through|thru|until)\\s?(${MONTH_NAME})\\.?(?:,?\\s(${YEAR}))?\\b`, "g");
const RANGE_PART = new RegExp(
  `\\b(?:(?:the\\s)?(first|second|third|fourth)\\s(half|quarter)|\\b(H[12]|Q[1-4]))(?:\\s(?:of\\s)?(?:(${YEAR})|(this|last|the)\\syear))?`, "gi");
const YEAR_TO_DATE = /\b(?:year[- ]to[- ]date|so far this year|this year so far|so far in (?:the year|(?:19|20)\d{2}))\b/gi;
const FULL_YEAR = new RegExp(
  `\\b(?:(?:full|whole|calendar)[- ]year(?:\\s(${YEAR}))?|(?:in|for|during|throughout|over)\\s(?:the\\s)?(?:year\\s)?(${YEAR})(?![-\\d])|(${YEAR})\\sas a whole|(?:for\\s)?last year(?!'s)|(${YEAR})\\s(?:total|exports|shipments)|annual(?:\\s(${YEAR}))?)`, "gi");
const MONTH = new RegExp(
  `\\b(${MONTH_NAME})\\b\\.?(?:,?\\s(?:of\\s)?(?:(${YEAR})\\b|(last|this)\\syear\\b))?`, "g");
const ISO_MONTH = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])\b/g;
const LAST_MONTH = /\blast month\b/gi;

const BASE_BEFORE =
  /\b(?:from|than|above|below|over|versus|vs\.?|against|compared\s(?:with|to)|on|relative to|after|beat|beating|exceed(?:ed|ing)?|surpass(?:ed|ing)?)\s(?:(?:the|a|in|its|levels?|of|\d[\d,.]{0,20}|tonnes|tons|t|kg|metric|seen|recorded)\s){0,5}$/i;
/** "Over the first 11 months, ..." opens a span, unlike "12% over October", which names a base. */
const SPAN_OVER_BEFORE = /(?:^\s*|[,;(]\s*|\b(?:and|but|while)\s)over\s(?:the\s)?$/i;
const SINCE_BEFORE = /\bsince\s(?:(?:the\s)?(?:early|late|mid|mid-|end of|start of|beginning of)\s?)?$/i;

/** Finds every period mention in a clause, resolved and classified by role. */
export function findPeriods(clause: string, anchor: PeriodAnchor): PeriodMention[] {
  const found: PeriodMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (s: number, e: number, period: string | null, shape: PeriodMention["shape"], explicitYear = true) => {
    if (period === null || !free(s, e)) return;
    taken.push([s, e]);
    found.push({ start: s, end: e, period, shape, role: roleAt(clause, s), explicitYear });
  };
  const pubYear = anchor.latest === null ? null : Math.floor(anchor.latest / 12);
  const yearOf = (explicit?: string, rel?: string): number | null => {
    if (explicit) return Number(explicit);
    if (rel?.toLowerCase() === "last" && pubYear !== null) return pubYear - 1;
    return anchor.year ?? pubYear;
  };
  for (const m of clause.matchAll(RANGE_FIRST_N)) {
    const n = parseCount(m[1] ?? "");
    const y = yearOf(m[2], m[3]);
    if (n === null || n < 1 || n > 12 || y === null) continue;
    add(m.index, m.index + m[0].length, range(y, 1, n, anchor, Boolean(m[2] ?? m[3])), "range");
  }
  for (const m of clause.matchAll(RANGE_MONTHS)) {
    const a = MONTHS[(m[1] ?? "").toLowerCase()];
    const b = MONTHS[(m[2] ?? "").toLowerCase()];
    if (a === undefined || b === undefined || b < a) continue;
    const y = m[3] ? Number(m[3]) : yearFor(b, anchor);
    if (y === null) continue;
    add(m.index, m.index + m[0].length, `${y}-${pad(a)}..${y}-${pad(b)}`, "range");
  }
  for (const m of clause.matchAll(RANGE_PART)) {
    const [from, to] = partMonths(m[1], m[2], m[3]);
    const y = yearOf(m[4], m[5]);
    if (from === 0 || y === null) continue;
    add(m.index, m.index + m[0].length, range(y, from, to, anchor, Boolean(m[4] ?? m[5])), "range");
  }
  for (const m of clause.matchAll(YEAR_TO_DATE)) {
    if (anchor.latest === null) continue;
    const y = Math.floor(anchor.latest / 12);
    add(m.index, m.index + m[0].length, `${y}-01..${fromIndex(anchor.latest)}`, "range");
  }
  for (const m of clause.matchAll(ISO_MONTH)) add(m.index, m.index + m[0].length, `${m[1]}-${m[2]}`, "month");
  for (const m of clause.matchAll(MONTH)) {
    if (m[1] === "May" && !mayIsMonth(clause, m.index, m[2])) continue;
    const month = MONTHS[(m[1] ?? "").toLowerCase()];
    if (month === undefined) continue;
    const explicit = m[2] ? Number(m[2]) : m[3] ? yearOf(undefined, m[3]) : null;
    const idx = resolveMonthName(month, explicit ?? anchor.year, anchor.latest);
    add(m.index, m.index + m[0].length, idx === null ? null : fromIndex(idx), "month", explicit !== null);
  }
  for (const m of clause.matchAll(LAST_MONTH)) {
    if (anchor.latest === null) continue;
    add(m.index, m.index + m[0].length, fromIndex(anchor.latest), "month");
  }
  for (const m of clause.matchAll(FULL_YEAR)) {
    const explicit = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    const isLast = /last year/i.test(m[0]);
    const y = explicit ? Number(explicit) : isLast && pubYear !== null ? pubYear - 1 : anchor.year ?? pubYear;
    if (y === null) continue;
    add(m.index, m.index + m[0].length, `${y}-01..${y}-12`, "year");
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Picks the claim's own period of a clause: a month or range before a bare year. */
export function mainPeriod(mentions: PeriodMention[]): PeriodMention | null {
  const main = mentions.filter((p) => p.role === "main");
  return main.find((p) => p.shape !== "year") ?? main[0] ?? null;
}

/** A bare year named in the clause ("in 2025"), for months named without one. */
export function yearMentioned(clause: string): number | null {
  const m = /\b(?:in|for|during|of)\s((?:19|20)\d{2})\b/.exec(clause);
  return m ? Number(m[1]) : null;
}

function roleAt(clause: string, start: number): PeriodRole {
  const before = clause.slice(Math.max(0, start - 48), start);
  if (SINCE_BEFORE.test(before)) return "since";
  if (SPAN_OVER_BEFORE.test(before)) return "main";
  if (BASE_BEFORE.test(before)) return "base";
  return "main";
}

function mayIsMonth(clause: string, at: number, year: string | undefined): boolean {
  if (year) return true;
  const before = clause.slice(Math.max(0, at - 12), at);
  return /\b(?:in|since|from|than|of|for|to|until|through|and|between|early|late|mid|on|during)\s$/i.test(before) ||
    /^May(?:'s|-)/.test(clause.slice(at, at + 5));
}

function partMonths(ordinal?: string, part?: string, code?: string): [number, number] {
  if (code) {
    const c = code.toUpperCase();
    const n = Number(c.slice(1));
    return c[0] === "H" ? [n * 6 - 5, n * 6] : [n * 3 - 2, n * 3];
  }
  const n = parseCount(ordinal ?? "") ?? 0;
  if (part?.toLowerCase() === "half" && n <= 2) return [n * 6 - 5, n * 6];
  if (part?.toLowerCase() === "quarter" && n <= 4) return [n * 3 - 2, n * 3];
  return [0, 0];
}

/** A range inside year `y`; without an explicit year, the latest such range before publication. */
function range(y: number, from: number, to: number, anchor: PeriodAnchor, explicit: boolean): string {
  let year = y;
  if (!explicit && anchor.latest !== null && anchor.year === null && toIndex(year, to) > anchor.latest) year -= 1;
  return `${year}-${pad(from)}..${year}-${pad(to)}`;
}

function yearFor(month: number, anchor: PeriodAnchor): number | null {
  const idx = resolveMonthName(month, anchor.year, anchor.latest);
  return idx === null ? null : Math.floor(idx / 12);
}

const pad = (n: number) => String(n).padStart(2, "0");
