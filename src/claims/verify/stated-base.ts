// A change that states its base figure ("rose 75% in July from 3,188 t in June", "almost double
// June's 1,364 t") names which figure it is taken of. A reading whose base in the data is another
// figure is not the one the writer meant, however well its percentage fits: it neither bears the
// change out nor proves it wrong. A base near the data's is the same figure, if misprinted: the
// base's own level claim says whether it is right.

import { percentChange } from "../../analytics/figure-ranges.js";
import type { StatedChange } from "../types.js";
import { periodLabel, tonnes } from "./format.js";
import { swappedDigits, type Outcome } from "./check-figures.js";

/**
 * How far a stated base may lie from the data's beyond both roundings and still be the same figure:
 * sources revise and round a month's figure differently, and writers misprint a base ("from 5,743 t"
 * of 5,473 t, "from 4,434.5 t" of 4,343.5 t) whose change they took right. A base further off is
 * another figure: another destination's, product's or month's.
 */
const SLACK = 0.1;

/**
 * The outcome of a reading whose base is not the base figure the change states, left unverifiable;
 * null when the change states no base in tonnes, or states the reading's own.
 *
 * @example
 * // "almost double June's 1,364 t" read on the total, whose June was 3,188 t: unverifiable
 */
export function otherBase(s: StatedChange, outcome: Outcome): Outcome | null {
  const base = outcome.actual?.from;
  const figure = outcome.figures[1];
  if (s.from === undefined || base === undefined || figure === undefined || figure.unit !== "t") return null;
  if (outcome.verdict === "unverifiable") return null;
  const slack = Math.abs(base.value) * SLACK + figure.halfStep;
  const low = s.from.low ?? s.from.value;
  const high = s.from.high ?? s.from.value;
  if (base.value + slack >= low && base.value - slack <= high) return null;
  // "halved to 2,626 t from 2,534 t" of 5,324 t: a base misprinted, of which the change holds as
  // well, or whose two digits are the data's swapped; but a change that holds of the base it states
  // and not of the reading's ("fell by three-quarters since the April controls, to 1,238 t in May
  // from 5,324 t in March", read against April) is right of its own base, so never called wrong
  const holds = holdsFrom(s, s.from.value, outcome.actual?.to?.value);
  if (misprinted(s.from.value, base.value) || (holds && outcome.verdict === "supported")) return null;
  return {
    ...outcome,
    verdict: "unverifiable",
    explanation: `the base the change states (${tonnes(s.from.value)}) is not the data's ${tonnes(base.value)} for ${periodLabel(base.period)}, so the change may be of another figure; on that reading: ${outcome.explanation}`,
  };
}

/**
 * Whether the base figure a change states settles its base: the reading's base in the data is that
 * figure, and the change does not hold from it to the data's figure ("rose 55% to 305 t from 226 t",
 * of 226 t in October: 305 t is 35% above 226 t whatever month the 226 t is). No other base the
 * words leave open can then make the change right, so a base the data lacks leaves nothing unsure.
 *
 * @example
 * // "rose 55% to 305 t in November, from 226 t", October 226 t: true (November 2024 need not be known)
 */
export function baseSettled(s: StatedChange, outcome: Outcome): boolean {
  const base = outcome.actual?.from;
  const figure = outcome.figures[1];
  if (s.from === undefined || base === undefined || figure === undefined || figure.unit !== "t") return false;
  if (s.unit !== "%" || s.readings !== undefined || s.from.value <= 0) return false;
  const low = s.from.low ?? s.from.value;
  const high = s.from.high ?? s.from.value;
  if (base.value + figure.halfStep < low || base.value - figure.halfStep > high) return false;
  return !holdsFrom(s, s.from.value, outcome.actual?.to?.value);
}

/** True when the stated change also holds from the stated base to the data's figure. */
function holdsFrom(s: StatedChange, from: number, to: number | undefined): boolean {
  if (to === undefined || from <= 0) return false;
  const moved = s.unit === "t" ? to - from : percentChange(from, to);
  const size = s.unsigned === true ? Math.abs(moved) : moved;
  return (s.low === null || size >= s.low) && (s.high === null || size <= s.high);
}

/** The stated figure is the data's with two adjacent digits swapped, decimals included. */
function misprinted(stated: number, actual: number): boolean {
  const decimals = Math.min(3, (String(stated).split(".")[1] ?? "").length);
  const scale = 10 ** decimals;
  return swappedDigits(Math.round(stated * scale), Math.round(actual * scale));
}
