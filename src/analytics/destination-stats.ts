// The destination figures of a world total (partner WLD): shares this month and the month before,
// the largest movers, concentration (HHI over known destinations) and destinations moving against
// the total. Says when the known destinations cover only part of the total.
import type { DestinationRow, DestinationsRow } from "./destinations.js";
import type { Divergence, Mover, MonthValue, Share, Stats } from "./types.js";
import { addMonths } from "../domain/period.js";
import { percentOf } from "./figure-ranges.js";

/** Below this share of the total, the known destinations are called partial coverage. */
export const FULL_COVERAGE_PCT = 90;

export type DestinationFigures = Pick<Stats, "shares" | "movers" | "hhi" | "divergence">;

/** The destination figures of a world total from the destinations query's row; adds reasons and inputs. */
export function destinationFigures(
  row: DestinationsRow,
  period: string,
  reasons: Record<string, string>,
  inputs?: Record<string, MonthValue[]>,
): DestinationFigures {
  const prev = addMonths(period, -1);
  const byPartner = new Map(row.destinations.map((d) => [d.partner, d]));
  const shares: Share[] = row.destinations
    .filter((d) => d.value !== null)
    .map((d) => ({
      partner: d.partner,
      value: Number(d.value),
      share_pct: d.share_pct ?? 0,
      prev_value: num(d.prev_value),
      prev_share_pct: d.prev_share_pct,
      share_change_pp:
        d.share_pct !== null && d.prev_share_pct !== null ? d.share_pct - d.prev_share_pct : null,
    }));
  if (row.destinations.length === 0) reasons.shares = `no destination figures for ${prev} or ${period}`;
  else if (row.total === null)
    reasons.shares = `missing WLD total for ${period}: shares are of the known destinations`;
  const coverage =
    row.total !== null && row.dest_sum !== null ? percentOf(Number(row.dest_sum), Number(row.total)) : null;
  if (row.hhi === null) reasons.hhi = `no destination figures for ${period}`;
  else if (coverage === null)
    reasons.hhi = `missing WLD total for ${period}: coverage of the known destinations unknown`;
  else if (coverage < FULL_COVERAGE_PCT) {
    reasons.hhi = `partial coverage: ${shares.length} known destinations sum to ${round1(coverage)}% of the total; HHI is over known destinations only`;
  }
  const movers = {
    absolute: row.movers_abs.map((p) => mover(byPartner.get(p)!)),
    relative: row.movers_rel.map((p) => mover(byPartner.get(p)!)),
  };
  if (movers.absolute.length === 0) reasons.movers = `no destination known in both ${prev} and ${period}`;
  const divergence = divergences(
    row.against_total.map((p) => byPartner.get(p)!),
    row.total_direction,
    row.with_total,
  );
  if (row.total_direction === null)
    reasons.divergence = `missing WLD total for ${row.total === null ? period : prev}`;
  else if (row.total_direction === 0) reasons.divergence = `the total did not change from ${prev}`;
  if (inputs) {
    inputs.shares = row.destinations.flatMap((d) => [
      ...(d.prev_value !== null
        ? [{ period: prev, value: Number(d.prev_value), derived: d.derived, partner: d.partner }]
        : []),
      ...(d.value !== null
        ? [{ period, value: Number(d.value), derived: d.derived, partner: d.partner }]
        : []),
    ]);
    inputs.totals = [
      ...(row.prev_total !== null
        ? [{ period: prev, value: Number(row.prev_total), derived: false, partner: "WLD" }]
        : []),
      ...(row.total !== null ? [{ period, value: Number(row.total), derived: false, partner: "WLD" }] : []),
    ];
  }
  return { shares, movers, hhi: { value: row.hhi, prev: row.hhi_prev }, divergence };
}

function mover(d: DestinationRow): Mover {
  return {
    partner: d.partner,
    value: Number(d.value),
    prev_value: Number(d.prev_value),
    change_abs: Number(d.change_abs),
    change_pct: d.change_pct,
  };
}

function divergences(
  against: DestinationRow[],
  totalDirection: number | null,
  withTotal: string[],
): Divergence[] {
  if (!totalDirection) return [];
  const dir = (n: number): "up" | "down" => (n > 0 ? "up" : "down");
  return against.map((d) => ({
    partner: d.partner,
    total_direction: dir(totalDirection),
    partner_direction: dir(d.direction ?? 0),
    change_pct: d.change_pct,
    value: Number(d.value),
    prev_value: Number(d.prev_value),
    counterparts: withTotal,
  }));
}

function num(text: string | null): number | null {
  return text === null ? null : Number(text);
}

function round1(x: number): string {
  return (Math.round(x * 10) / 10).toString();
}
