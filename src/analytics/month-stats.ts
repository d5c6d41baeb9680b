// The month figures of `stats` computed from the series' own rows in memory: its resolved months
// (stated, and derived when asked) and its stated year-to-date totals. One read of a few hundred
// rows replaces a large query plan whose fixed cost dwarfed the work. Ranks, streaks and "since"
// come from month-figures (their one home); this module picks the months and totals each needs.
import { subtractDecimals, sumDecimals } from "../domain/decimal.js";
import { monthAt, monthIndex, monthOfYear } from "../domain/period.js";
import { queryMonthly } from "../store/monthly-sql.js";
import type { Store } from "../store/open-store.js";
import { resolve } from "../store/resolved-values.js";
import type { KeyBase, MadeSpan, MonthRow, MonthStatsRow, TargetRow } from "../store/stats-sql.js";
import { lastBeyond, rankIn, streakAt, type Monthly } from "./month-figures.js";
import { spanParts } from "./span-parts.js";
import { percentOf } from "./figure-ranges.js";

/** One month of the series as read: exact value, and how it was derived when it was. */
export interface SeriesMonth extends TargetRow {
  unit: string;
}

/** A stated total over a span of months (`2025-01..2025-11`, or `2025` for the full year). */
export interface StatedTotal {
  period: string;
  value: string;
}

export interface SeriesRows {
  months: SeriesMonth[];
  totals: StatedTotal[];
}

/**
 * The rows of each series (same reporter, flow, partner and measure) that its month figures need, in
 * one read: resolved months (with months backed out of cumulative totals when `allowDerived`) and
 * stated totals. Rows come in month order.
 * @example const [rows] = await readSeriesRows(store, ["rare-earth-magnets"], { reporter: "CHN", flow: "export", partner: "WLD", measure: "qty" })
 */
export async function readSeriesRows(
  store: Store,
  series: readonly string[],
  base: KeyBase,
  options: { asOf?: string | null; allowDerived?: boolean } = {},
): Promise<SeriesRows[]> {
  const filter = { series: [...series], ...base, asOf: options.asOf ?? null };
  const [points, derived] = await Promise.all([
    resolve(store, filter),
    options.allowDerived ? queryMonthly(store, filter, { allowDerived: true }) : null,
  ]);
  const out = new Map(series.map((s) => [s, { months: [] as SeriesMonth[], totals: [] as StatedTotal[] }]));
  for (const p of points) {
    const rows = out.get(p.series)!;
    if (p.period.length !== 7) rows.totals.push({ period: p.period, value: p.value });
    else if (!derived)
      rows.months.push({
        period: p.period,
        value: p.value,
        unit: p.unit,
        derived: false,
        derived_from: null,
        derived_parts: null,
      });
  }
  for (const m of derived ?? []) {
    out.get(m.series)!.months.push({
      period: m.period,
      value: m.value,
      unit: m.unit,
      derived: m.derived,
      derived_from: m.derived_from,
      derived_parts: m.derived_parts,
    });
  }
  for (const rows of out.values())
    rows.months.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return series.map((s) => out.get(s)!);
}

/**
 * The raw figures of month `period`, as `queryMonthStatsMany` gave them, from the series' rows.
 * @example monthStatsOf(months, totals, "2025-11").rank // 2
 */
export function monthStatsOf(
  months: readonly SeriesMonth[],
  totals: readonly StatedTotal[],
  period: string,
): MonthStatsRow {
  const t = monthIndex(period)!;
  const held = months.filter((m) => monthIndex(m.period)! <= t);
  const byPeriod = new Map(months.map((m) => [m.period, m]));
  const values: Monthly = new Map(held.map((m) => [m.period, Number(m.value)]));
  const row = (p: string): MonthRow | null => {
    const m = byPeriod.get(p);
    return m ? { period: m.period, value: m.value, derived: m.derived } : null;
  };
  const target = byPeriod.get(period) ?? null;
  const prev = row(monthAt(t - 1));
  const yoy = row(monthAt(t - 12));
  const mom = change(target, prev);
  const yoyChange = change(target, yoy);
  const ytd = yearToDate(byPeriod, totals, t);
  const ytdPrev = yearToDate(byPeriod, totals, t - 12);
  const record = recordOf(held);
  const high = target ? rankIn(values, period, "high", { type: "record" }) : null;
  const low = target ? rankIn(values, period, "low", { type: "record" }) : null;
  const limit = record.first === null ? 0 : t - record.first;
  const streak = target ? streakOf(values, period, prev) : null;
  return {
    unit: months[0]?.unit ?? null,
    target: target && {
      period: target.period,
      value: target.value,
      derived: target.derived,
      derived_from: target.derived_from,
      derived_parts: target.derived_parts,
    },
    prev,
    yoy,
    mom_abs: mom.abs,
    mom_pct: mom.pct,
    yoy_abs: yoyChange.abs,
    yoy_pct: yoyChange.pct,
    ytd_months: ytd.months,
    ytd_prev_months: ytdPrev.months,
    ytd_sum: ytd.sum,
    ytd_prev_sum: ytdPrev.sum,
    ytd_stated: ytd.stated,
    ytd_prev_stated: ytdPrev.stated,
    ytd_made: ytd.made,
    ytd_prev_made: ytdPrev.made,
    ytd_yoy_pct: percent(ytd.total, ytdPrev.total),
    rank: high?.rank ?? null,
    rank_low: low?.rank ?? null,
    above: (high?.better ?? []).map((m) => row(m.period)!),
    below: (low?.better ?? []).map((m) => row(m.period)!),
    record_months: held.length,
    record_from: record.from,
    record_to: record.to,
    record_gaps: record.gaps,
    highest_since: target ? row(lastBeyond(values, period, "high", limit)?.period ?? "") : null,
    lowest_since: target ? row(lastBeyond(values, period, "low", limit)?.period ?? "") : null,
    streak: streak?.streak ?? null,
    streak_months: (streak?.months ?? []).map((p) => row(p)!),
  };
}

function change(cur: MonthRow | null, base: MonthRow | null): { abs: string | null; pct: number | null } {
  if (!cur || !base) return { abs: null, pct: null };
  const abs = subtractDecimals(cur.value, base.value);
  return { abs, pct: Number(base.value) === 0 ? null : percentOf(Number(abs), Number(base.value)) };
}

function percent(cur: string | null, base: string | null): number | null {
  if (cur === null || base === null || Number(base) === 0) return null;
  return percentOf(Number(subtractDecimals(cur, base)), Number(base));
}

/**
 * Year to date up to month index `t`: every month of the year so far, their sum when all are held, a
 * stated total, and else the total made from what is held (a shorter year to date and the months
 * after it, or the year less its last months: `spanParts`, as claims make a span).
 */
function yearToDate(byPeriod: Map<string, SeriesMonth>, totals: readonly StatedTotal[], t: number) {
  const months: MonthRow[] = [];
  for (let i = t - (t % 12); i <= t; i++) {
    const m = byPeriod.get(monthAt(i));
    if (m) months.push({ period: m.period, value: m.value, derived: m.derived });
  }
  const sum = months.length === monthOfYear(t) ? sumDecimals(months.map((m) => m.value)) : null;
  const first = monthAt(t - (t % 12));
  const last = monthAt(t);
  // a stated total of exactly these months: the range, or the full year's figure in December; the
  // first in text order, as the store has always picked it
  const spans = totals.filter(
    (s) => s.period === `${first}..${last}` || (t % 12 === 11 && s.period === first.slice(0, 4)),
  );
  const pick = spans.sort((a, b) => (a.period < b.period ? -1 : 1))[0];
  const stated = pick ? { period: pick.period, value: pick.value, derived: false } : null;
  const made = stated || sum !== null ? null : madeSpan(byPeriod, totals, `${first}..${last}`);
  return { months, sum, stated, made, total: stated?.value ?? sum ?? made?.value ?? null };
}

/** A span made from the months and stated totals held, or null when they cannot make it. */
function madeSpan(
  byPeriod: Map<string, SeriesMonth>,
  totals: readonly StatedTotal[],
  span: string,
): MadeSpan | null {
  const held = new Map<string, MonthRow>();
  for (const m of byPeriod.values())
    held.set(m.period, { period: m.period, value: m.value, derived: m.derived });
  // a full year is held as its span; the first stated total of a span, as the store picks it
  for (const s of totals) {
    const as = /^\d{4}$/.test(s.period) ? `${s.period}-01..${s.period}-12` : s.period;
    if (!held.has(as)) held.set(as, { period: s.period, value: s.value, derived: false });
  }
  const recipe = spanParts(span, held.keys());
  if (!recipe) return null;
  const parts = recipe.filter((r) => r.sign === 1).map((r) => held.get(r.period)!);
  const less = recipe.filter((r) => r.sign === -1).map((r) => held.get(r.period)!);
  const value = subtractDecimals(
    sumDecimals(parts.map((m) => m.value)),
    less.length > 0 ? sumDecimals(less.map((m) => m.value)) : "0",
  );
  return Number(value) > 0 ? { value, parts, less } : null;
}

/** The months held up to the month asked: how many, first and last, and the months missing between. */
function recordOf(held: readonly SeriesMonth[]): {
  first: number | null;
  from: string | null;
  to: string | null;
  gaps: string[];
} {
  if (held.length === 0) return { first: null, from: null, to: null, gaps: [] };
  const idx = held.map((m) => monthIndex(m.period)!);
  const first = Math.min(...idx);
  const last = Math.max(...idx);
  const have = new Set(idx);
  const gaps: string[] = [];
  for (let i = first; i <= last; i++) if (!have.has(i)) gaps.push(monthAt(i));
  return { first, from: monthAt(first), to: monthAt(last), gaps };
}

/** The signed streak at `period` and the months it rests on, oldest first (just the month when flat or unknown). */
function streakOf(
  values: Monthly,
  period: string,
  prev: MonthRow | null,
): { streak: number; months: string[] } {
  const cur = values.get(period)!;
  if (!prev || Number(prev.value) === cur) return { streak: 0, months: [period] };
  const up = cur > Number(prev.value);
  const run = streakAt(values, period, up ? "up" : "down", Number.MAX_SAFE_INTEGER);
  return { streak: up ? run.length : -run.length, months: run.used.map((m) => m.period).reverse() };
}
