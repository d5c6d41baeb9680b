// Destinations of a world total in one month and the month before, from the resolved months of every
// partner in memory: each destination's share of the total, the concentration of destinations (HHI),
// the largest movers, and destinations moving against the total (selective allocation). Destinations
// are ISO3 partners other than WLD; groups such as EU27 or regional aggregates are left out so nothing
// counts twice.
import { subtractDecimals, sumDecimals } from "../domain/decimal.js";
import { addMonths } from "../domain/period.js";
import { queryMonthly } from "../store/monthly-sql.js";
import type { Store } from "../store/open-store.js";
import { resolve } from "../store/resolved-values.js";
import type { StatsKey } from "../store/stats-sql.js";
import { percentOf } from "./figure-ranges.js";

export interface DestinationRow {
  partner: string;
  value: string | null;
  prev_value: string | null;
  derived: boolean;
  share_pct: number | null;
  prev_share_pct: number | null;
  change_abs: string | null;
  change_pct: number | null;
  /** -1, 0 or 1, month on month; null when either month is unknown. */
  direction: number | null;
}

export interface DestinationsRow {
  destinations: DestinationRow[];
  total: string | null;
  prev_total: string | null;
  total_direction: number | null;
  /** Sum of the known destinations this month and the month before. */
  dest_sum: string | null;
  dest_prev_sum: string | null;
  hhi: number | null;
  hhi_prev: number | null;
  movers_abs: string[];
  movers_rel: string[];
  against_total: string[];
  with_total: string[];
}

export interface DestinationsOptions {
  asOf?: string | null;
  allowDerived?: boolean;
  /** How many movers to list each way. Default 5. */
  movers?: number;
}

export type DestinationsKey = Pick<StatsKey, "reporter" | "flow" | "measure">;

/** One partner's value in the month and the month before (exact decimals), and whether either was derived. */
interface Pair {
  partner: string;
  value: string | null;
  prev: string | null;
  derived: boolean;
}

/**
 * Destinations of many series (same reporter, flow and measure) in one month and the month before,
 * from one read of every partner's two months; one row per series, in the order asked.
 * @example await destinationsMany(store, ["rare-earth-magnets"], { reporter: "CHN", flow: "export", measure: "qty" }, "2025-11")
 */
export async function destinationsMany(
  store: Store,
  series: string[],
  base: DestinationsKey,
  period: string,
  options: DestinationsOptions = {},
): Promise<DestinationsRow[]> {
  const prev = addMonths(period, -1);
  const filter = {
    series,
    reporter: base.reporter,
    flow: base.flow,
    measure: base.measure,
    asOf: options.asOf ?? null,
  };
  // derived months need the cumulative totals around them: read the two years, keep the two months
  const rows = options.allowDerived
    ? await queryMonthly(
        store,
        { ...filter, from: `${prev.slice(0, 4)}-01`, to: `${period.slice(0, 4)}-12` },
        { allowDerived: true },
      )
    : await resolve(store, { ...filter, from: prev, to: period, periodKind: "month" });
  const pairs = new Map(series.map((s) => [s, new Map<string, Pair>()]));
  for (const r of rows) {
    if (r.period !== period && r.period !== prev) continue;
    const bySeries = pairs.get(r.series)!;
    const pair = bySeries.get(r.partner) ?? { partner: r.partner, value: null, prev: null, derived: false };
    if (r.period === period) pair.value = r.value;
    else pair.prev = r.value;
    pair.derived ||= r.derived;
    bySeries.set(r.partner, pair);
  }
  return series.map((s) => destinationsOf([...pairs.get(s)!.values()], options.movers ?? 5));
}

/** The destination figures from every partner's pair of months (WLD among them as the total). */
export function destinationsOf(all: readonly Pair[], movers: number): DestinationsRow {
  const world = all.find((p) => p.partner === "WLD");
  const pairs = all.filter((p) => /^[A-Z]{3}$/.test(p.partner) && p.partner !== "WLD");
  const total = world?.value ?? null;
  const prevTotal = world?.prev ?? null;
  const destSum = sumOrNull(pairs.map((p) => p.value));
  const destPrevSum = sumOrNull(pairs.map((p) => p.prev));
  const totalDirection =
    total !== null && prevTotal !== null ? Math.sign(Number(subtractDecimals(total, prevTotal))) : null;
  const scored = pairs.map((p) => {
    const changeAbs = p.value !== null && p.prev !== null ? subtractDecimals(p.value, p.prev) : null;
    return {
      pair: p,
      row: {
        partner: p.partner,
        value: p.value,
        prev_value: p.prev,
        derived: p.derived,
        share_pct: ratio(p.value, total ?? destSum),
        prev_share_pct: ratio(p.prev, prevTotal ?? destPrevSum),
        change_abs: changeAbs,
        change_pct: changeAbs === null ? null : ratio(changeAbs, p.prev),
        direction: changeAbs === null ? null : Math.sign(Number(changeAbs)),
      } satisfies DestinationRow,
      known: ratio(p.value, destSum),
      knownPrev: ratio(p.prev, destPrevSum),
    };
  });
  const byValue = placed(scored, (s) => (s.pair.value === null ? null : Number(s.pair.value)));
  const byAbs = placed(scored, (s) =>
    s.row.change_abs === null ? null : Math.abs(Number(s.row.change_abs)),
  );
  const byRel = placed(scored, (s) => (s.row.change_pct === null ? null : Math.abs(s.row.change_pct)));
  const partnersOf = (list: typeof scored) => list.map((s) => s.pair.partner);
  const moving = (sign: number) =>
    byAbs.filter(
      (s) => totalDirection !== null && totalDirection !== 0 && s.row.direction === sign * totalDirection,
    );
  const withValue = scored.filter((s) => s.pair.value !== null);
  const withPrev = scored.filter((s) => s.pair.prev !== null);
  return {
    destinations: byValue.map((s) => s.row),
    total,
    prev_total: prevTotal,
    total_direction: totalDirection,
    dest_sum: destSum,
    dest_prev_sum: destPrevSum,
    // squares summed in a fixed order (largest relative change first), so the last digit of the
    // double never depends on the order rows arrive in
    hhi:
      withValue.length === 0
        ? null
        : sumSquares(byRel.filter((s) => s.pair.value !== null).map((s) => s.known)),
    hhi_prev:
      withPrev.length === 0
        ? null
        : sumSquares(byRel.filter((s) => s.pair.prev !== null).map((s) => s.knownPrev)),
    movers_abs: partnersOf(
      byAbs.filter((s) => s.row.change_abs !== null && Number(s.row.change_abs) !== 0).slice(0, movers),
    ),
    movers_rel: partnersOf(
      byRel.filter((s) => s.row.change_pct !== null && s.row.change_pct !== 0).slice(0, movers),
    ),
    against_total: partnersOf(moving(-1)),
    with_total: partnersOf(moving(1)),
  };
}

/** `a / b * 100` as the database computes it (null when either is unknown or b is zero). */
function ratio(a: string | null, b: string | null): number | null {
  if (a === null || b === null || Number(b) === 0) return null;
  return percentOf(Number(a), Number(b));
}

function sumOrNull(values: (string | null)[]): string | null {
  const known = values.filter((v): v is string => v !== null);
  return known.length === 0 ? null : sumDecimals(known);
}

function sumSquares(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((sum, v) => sum + v * v, 0);
}

/** Largest first, unknown last, ties by partner: the order of places (1 = first). */
function placed<T extends { pair: Pair }>(items: readonly T[], key: (item: T) => number | null): T[] {
  return [...items].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return y - x;
    }
    return a.pair.partner < b.pair.partner ? -1 : a.pair.partner > b.pair.partner ? 1 : 0;
  });
}
