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
 * The fractions writers round to: a tenth, a fifth, a quarter, a third, half, two-thirds,
 * three-quarters. Eighths, sixths and ninths crowd the small shares too closely to tell a writer's
 * choice among them; one who names them counts in finer steps, and keeps the doubled band.
 */
const COMMON_FRACTIONS = [10, 20, 25, 100 / 3, 50, 200 / 3, 75];

/**
 * The tolerance of a fraction of `pct` percent said with `hedge` (a plain fraction: null). An
 * approximate fraction ("about a quarter", "one in five") is the writer's rounding to the nearest
 * common fraction, so its doubled band stops where another common fraction plainly is the figure
 * (within half that fraction's plain band): 20.4% is a fifth, not "about a quarter".
 * @example fractionTolerance(25, "about") // { low: 21.25, high: 30 }
 */
export function fractionTolerance(pct: number, hedge: Hedge | null): Tolerance & { halfUnit: number } {
  const half = fractionHalfWidth(pct);
  // a fraction is no printed figure: "about a quarter" is not 25 rounded to the nearest 5, whose
  // halves an approximate figure ending in five reaches (numbers.ts toleranceFor)
  const band = toleranceFor(pct, hedge === "about" ? 0 : half, hedge, half);
  return { halfUnit: half, ...(hedge === "about" ? shortOfOtherFractions(pct, band) : band) };
}

/** `band` of a fraction of `pct` percent (a fall's negative), kept off the other common fractions. */
function shortOfOtherFractions(pct: number, band: Tolerance): Tolerance {
  const size = Math.abs(pct);
  // a writer who says "about a ninth" or "one in eight" counts in finer fractions than these
  const own = COMMON_FRACTIONS.find((f) => Math.abs(f - size) < 0.5);
  if (own === undefined) return band;
  let [low, high] =
    pct < 0
      ? [band.high === null ? null : -band.high, band.low === null ? null : -band.low]
      : [band.low, band.high];
  for (const other of COMMON_FRACTIONS) {
    if (other === own) continue;
    const reach = fractionHalfWidth(other) / 2;
    if (other < size && low !== null && other + reach > low) low = Math.min(size, roundTol(other + reach));
    if (other > size && high !== null && other - reach < high) high = Math.max(size, roundTol(other - reach));
  }
  return pct < 0 ? { low: high === null ? null : -high, high: low === null ? null : -low } : { low, high };
}
