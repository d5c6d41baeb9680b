// `stats`: every figure analysts quote about one month of one series (DESIGN section 4), computed
// from the series' resolved rows in memory (month figures, destinations, event windows). This module
// checks the request, turns exact decimals into numbers at the end, says why a figure is missing
// (`missing 2025-10`) and lists the months behind each figure.
import { addMonths, isMonth } from "../domain/period.js";
import { InputError } from "../errors.js";
import type { Store } from "../store/open-store.js";
import { listEvents } from "../store/catalog.js";
import type { MadeSpan, MonthRow, MonthStatsRow, StatsKey } from "../store/stats-sql.js";
import type { Flow, Measure } from "../store/types.js";
import { destinationFigures } from "./destination-stats.js";
import { destinationsMany } from "./destinations.js";
import { monthStatsOf, readSeriesRows } from "./month-stats.js";
import { eventsConcerning, eventWindowRows } from "./event-window-rows.js";
import { toEventWindow } from "./event-windows.js";
import { eventCommodities } from "./series-family.js";
import { assertKnownSeries } from "./series.js";
import type { MonthValue, Stats, StatsRequest } from "./types.js";

/**
 * The figures of one month: level, changes, year-to-date, rank, streak, and for partner WLD the
 * destinations; every null figure has a reason, every figure its inputs.
 * @example const s = await computeStats(store, { series: "rare-earth-magnets", period: "2025-11" }); // s.level === 6150
 */
export async function computeStats(store: Store, req: StatsRequest): Promise<Stats> {
  const [stats] = await computeStatsMany(store, { ...req, series: [req.series] });
  return stats!;
}

/** A stats request for many series at once (same month, reporter, flow, partner and measure). */
export interface StatsManyRequest extends Omit<StatsRequest, "series"> {
  series: string[];
}

/**
 * The figures of one month for many series, as `computeStats` gives each, in three queries in all
 * (month figures, destinations, event windows) instead of three per series; in the order asked.
 * @example const all = await computeStatsMany(store, { series: ["rare-earth-magnets", "rare-earths"], period: "2025-11" });
 */
export async function computeStatsMany(store: Store, req: StatsManyRequest): Promise<Stats[]> {
  if (!isMonth(req.period)) throw new InputError(`invalid month: ${req.period} (expected YYYY-MM)`);
  const series = [...new Set(req.series)];
  const { reporter, flow, partner, measure } = statsKey({ ...req, series: "" });
  const base = { reporter, flow, partner, measure };
  const options = { asOf: req.asOf ?? null, allowDerived: req.allowDerived ?? false };
  const months = req.eventMonths ?? 3;
  const commodities = new Map(series.map((s) => [s, eventCommodities(s)]));
  // the three queries are independent: they run side by side (sharing one cache refresh)
  const [seriesRows, destinations, events] = await Promise.all([
    readSeriesRows(store, series, base, options),
    base.partner === "WLD" ? destinationsMany(store, series, base, req.period, options) : null,
    listEvents(store),
  ]);
  const rows = seriesRows.map((r) => monthStatsOf(r.months, r.totals, req.period));
  for (const [i, row] of rows.entries()) {
    if (row.record_months === 0 && row.unit === null) await assertKnownSeries(store, series[i]!);
  }
  const all = rows.map((row, i) =>
    monthFigures({ ...base, series: series[i]! }, req.period, row, options.asOf),
  );
  if (destinations) {
    all.forEach((stats, i) =>
      Object.assign(stats, destinationFigures(destinations[i]!, req.period, stats.reasons, stats.inputs)),
    );
  }
  all.forEach((stats, i) => {
    const concerning = eventsConcerning(events, commodities.get(stats.series)!, req.period, options.asOf);
    stats.events = eventWindowRows(concerning, seriesRows[i]!.months, req.period, months).map((r) =>
      toEventWindow(r, req.period, months),
    );
  });
  const bySeries = new Map(all.map((s) => [s.series, s]));
  return req.series.map((s) => bySeries.get(s)!);
}

/** The request's key with every default filled in (CHN, export, WLD, qty). */
export function statsKey(
  req: Pick<StatsRequest, "series" | "reporter" | "flow" | "partner" | "measure">,
): StatsKey {
  return {
    series: req.series,
    reporter: (req.reporter ?? "CHN").toUpperCase(),
    flow: (req.flow ?? "export") as Flow,
    partner: (req.partner ?? "WLD").toUpperCase(),
    measure: (req.measure ?? "qty") as Measure,
  };
}

/** Turn the raw query row into the Stats contract (without destinations and events). */
export function monthFigures(key: StatsKey, period: string, row: MonthStatsRow, asOf: string | null): Stats {
  const reasons: Record<string, string> = {};
  const inputs: Record<string, MonthValue[]> = {};
  const target = row.target;
  const level = num(target?.value);
  const missing = (p: string) => `missing ${p}`;
  const needs = (key: string, other: MonthRow | null, otherPeriod: string, value: number | null) => {
    if (!target) reasons[key] = missing(period);
    else if (!other) reasons[key] = missing(otherPeriod);
    else if (value === null) reasons[key] = `${other.period} was zero`;
    if (target && other) inputs[key] = [mv(other), mv(target)];
  };
  if (target) inputs.level = [mv(target)];
  else reasons.level = missing(period);
  if (target?.derived) {
    const parts = (target.derived_parts ?? []).map((p) => p.period).join(", ");
    reasons.level = `derived: stated ${target.derived_from} total minus ${parts || "no known months"}`;
    inputs.derivation = (target.derived_parts ?? []).map((p) => mv({ ...p, derived: false }));
  }
  const prevPeriod = addMonths(period, -1);
  const yoyPeriod = addMonths(period, -12);
  const momPct = row.mom_pct;
  const yoyPct = row.yoy_pct;
  needs("mom_pct", row.prev, prevPeriod, momPct);
  needs("yoy_pct", row.yoy, yoyPeriod, yoyPct);
  const ytd = ytdFigure(row.ytd_stated, row.ytd_sum, row.ytd_made, row.ytd_months, period);
  const ytdPrev = ytdFigure(
    row.ytd_prev_stated,
    row.ytd_prev_sum,
    row.ytd_prev_made,
    row.ytd_prev_months,
    yoyPeriod,
  );
  if (ytd.reason) reasons.ytd = ytd.reason;
  if (ytdPrev.reason) reasons.ytd_prev = ytdPrev.reason;
  inputs.ytd = ytd.inputs;
  inputs.ytd_prev = ytdPrev.inputs;
  const ytdYoy = row.ytd_yoy_pct;
  if (ytdYoy === null)
    reasons.ytd_yoy_pct = ytd.reason ?? ytdPrev.reason ?? `${yoyPeriod.slice(0, 4)} year-to-date was zero`;
  else inputs.ytd_yoy_pct = [...ytd.inputs, ...ytdPrev.inputs];
  rankFigures(row, period, reasons, inputs);
  return {
    series: key.series,
    reporter: key.reporter,
    flow: key.flow,
    partner: key.partner,
    measure: key.measure,
    period,
    unit: row.unit,
    as_of: asOf,
    level,
    derived: target?.derived ?? false,
    mom_abs: num(row.mom_abs),
    mom_pct: momPct,
    yoy_abs: num(row.yoy_abs),
    yoy_pct: yoyPct,
    ytd: ytd.value,
    ytd_prev: ytdPrev.value,
    ytd_yoy_pct: ytdYoy,
    ytd_basis: ytd.basis,
    ytd_prev_basis: ytdPrev.basis,
    rank: row.rank,
    rank_low: row.rank_low,
    record_months: row.record_months,
    record_window: row.record_from && row.record_to ? { from: row.record_from, to: row.record_to } : null,
    record_gaps: row.record_gaps,
    highest_since: target ? (row.highest_since?.period ?? null) : null,
    lowest_since: target ? (row.lowest_since?.period ?? null) : null,
    streak: row.streak,
    reasons,
    inputs,
  };
}

function rankFigures(
  row: MonthStatsRow,
  period: string,
  reasons: Record<string, string>,
  inputs: Record<string, MonthValue[]>,
): void {
  const target = row.target;
  if (!target) {
    for (const k of ["rank", "rank_low", "highest_since", "lowest_since", "streak"])
      reasons[k] = `missing ${period}`;
    return;
  }
  if (row.record_gaps.length > 0) {
    const shown = row.record_gaps.slice(0, 12).join(", ") + (row.record_gaps.length > 12 ? ", ..." : "");
    reasons.rank = `record ${row.record_from}..${row.record_to} has ${row.record_gaps.length} missing months: ${shown}`;
    reasons.rank_low = reasons.rank;
  }
  inputs.rank = [...row.above.map(mv), mv(target)];
  inputs.rank_low = [...row.below.map(mv), mv(target)];
  if (row.highest_since) inputs.highest_since = [mv(row.highest_since)];
  else reasons.highest_since = `no earlier month in the record (from ${row.record_from}) was higher`;
  if (row.lowest_since) inputs.lowest_since = [mv(row.lowest_since)];
  else reasons.lowest_since = `no earlier month in the record (from ${row.record_from}) was lower`;
  inputs.streak = row.streak_months.map(mv);
  if (!row.prev) reasons.streak = `missing ${addMonths(period, -1)}`;
  else if (row.streak === 0) reasons.streak = `unchanged from ${row.prev.period}`;
}

interface YtdFigure {
  value: number | null;
  basis: "stated" | "months" | "made" | null;
  inputs: MonthValue[];
  reason: string | null;
}

function ytdFigure(
  stated: MonthRow | null,
  sum: string | null,
  made: MadeSpan | null,
  months: MonthRow[],
  period: string,
): YtdFigure {
  if (stated) return { value: num(stated.value), basis: "stated", inputs: [mv(stated)], reason: null };
  if (sum !== null) return { value: num(sum), basis: "months", inputs: months.map(mv), reason: null };
  if (made) {
    const inputs = [...made.parts.map(mv), ...made.less.map((m): MonthValue => ({ ...mv(m), sign: -1 }))];
    return { value: num(made.value), basis: "made", inputs, reason: null };
  }
  const have = new Set(months.map((m) => m.period));
  const lacking = monthsOfYearTo(period).filter((m) => !have.has(m));
  const span = `${period.slice(0, 4)}-01..${period}`;
  return {
    value: null,
    basis: null,
    inputs: months.map(mv),
    reason: `missing ${lacking.join(", ")} (and no stated ${span} total, nor totals held to make it from)`,
  };
}

function monthsOfYearTo(period: string): string[] {
  const last = Number(period.slice(5, 7));
  return Array.from({ length: last }, (_, i) => `${period.slice(0, 4)}-${String(i + 1).padStart(2, "0")}`);
}

/** An exact decimal from the store as a number (only at the end, for JSON). */
export function num(text: string | number | null | undefined): number | null {
  return text === null || text === undefined ? null : Number(text);
}

export function mv(m: MonthRow): MonthValue {
  return { period: m.period, value: Number(m.value), derived: Boolean(m.derived) };
}
