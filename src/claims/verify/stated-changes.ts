// A change in percent that a published source stated for the same figure, base and rounding as a
// claim: who else reported it. The data's levels may not compute it (no base month held), or may
// compute another figure than the source printed; either way the source's change is that source's
// own statement, never the data's, so it corroborates or casts doubt and never decides a verdict.
import type { FigureBook, StatedChangeRow } from "../../analytics/figure-book.js";
import { basePeriod } from "../../analytics/month-figures.js";
import type { ExtractedClaim } from "../types.js";
import type { PlannedReading } from "./readings.js";

/**
 * The stated changes of the sources that reported the claim's change on the reading checked: the
 * same series, destination, measure, period and base, with a figure the claim's rounding covers
 * ("+60%" covers a source's 59.5%, "+4.2%" a source's 4.2%), in the same direction.
 * @example sourcesStatingChange(book, claim, reading) // [{ publisher: "SCMP", pct: "4.2", basis: "yoy", ... }]
 */
export function sourcesStatingChange(
  book: FigureBook,
  claim: ExtractedClaim,
  reading: Pick<PlannedReading, "key" | "period" | "basis"> | undefined,
): StatedChangeRow[] {
  const s = claim.stated;
  // a forecast, a question or another country's statistics is no report of this figure to corroborate
  if (claim.mode !== "reported") return [];
  if (s.type !== "change" || s.unit !== "%" || s.measure === "share") return [];
  // a gap between two destinations or products of one month is no change over time
  if (s.versus !== undefined || s.versusSeries !== undefined) return [];
  if (reading === undefined || reading.period === null || reading.basis === null) return [];
  const { period, basis } = reading;
  // a base as the period it names: a comparison month a year before a month is its "yoy"
  const baseOf = (b: string) => basePeriod(period, b) ?? b;
  const base = baseOf(basis);
  // the source's figure as printed falls within the claim's rounding: "56%" is Nikkei's 55.9%, but
  // "11.9%" is not a source's rounder "12%", which says nothing as precise
  return book.statedChanges(reading.key, period).filter((r) => {
    if (baseOf(r.basis) !== base) return false;
    const pct = Number(r.pct);
    return (
      Math.sign(pct) === Math.sign(s.pct) &&
      pct >= (s.low ?? -Infinity) - 1e-9 &&
      pct <= (s.high ?? Infinity) + 1e-9
    );
  });
}

/**
 * Who stated the change and how, in a few words: each origin once (a repost counts as the outlet
 * it relies on), earliest first.
 * @example statedBy(rows) // "SCMP (+4.2% on the year), Nikkei (+4.2% on the year)"
 */
export function statedBy(rows: readonly StatedChangeRow[]): string {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const sign = Number(r.pct) > 0 ? "+" : "";
    const base = r.basis === "mom" ? "on the month" : r.basis === "yoy" ? "on the year" : `from ${r.basis}`;
    if (!seen.has(r.origin)) seen.set(r.origin, `${r.origin} (${sign}${r.pct}% ${base})`);
  }
  return [...seen.values()].join(", ");
}
