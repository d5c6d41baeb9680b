// How far a fraction said in words reaches: the one place that decides it, for shares ("about a
// quarter of the total", "one tonne in every six", "a seventh") and for changes ("fell by half",
// "shrank by a third"). A fraction word is itself a rounding, so its band grows with its size:
//   - said plainly ("a quarter"), it holds within 10% of its value, and never less than 2.5 points
//     either side: a quarter 22.5-27.5%, a tenth 7.5-12.5%, half 45-55%, two-thirds 60-73.3%;
//   - hedged with "about", "roughly", "around" (and "one in N", which is always a rounding), the band
//     doubles: about a quarter 20-30%, about a tenth 5-15%, about half 40-60%, one in five 15-25%;
//   - "nearly", "just under", "more than" and the other bounding hedges keep their own side firm
//     (numbers.ts toleranceFor), with the same width on the open side.
// Ratios of whole numbers ("one in two") take the same band as the fraction they are, so a band never
// runs past 0% or 100% the way a band reaching out to the next ratio (one in one) would.

import { roundTol, toleranceFor } from "./numbers.js";
import type { Hedge, Tolerance } from "../types.js";

/** The half-width, in points, of a fraction said plainly. */
export function fractionHalfWidth(pct: number): number {
  return roundTol(Math.max(2.5, Math.abs(pct) * 0.1));
}

/**
 * The tolerance of a fraction of `pct` percent said with `hedge` (a plain fraction: null).
 * @example fractionTolerance(25, "about") // { low: 20, high: 30 }
 */
export function fractionTolerance(pct: number, hedge: Hedge | null): Tolerance & { halfUnit: number } {
  const half = fractionHalfWidth(pct);
  return { halfUnit: half, ...toleranceFor(pct, half, hedge, half) };
}
