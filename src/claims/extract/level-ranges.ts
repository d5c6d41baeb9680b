// A figure told as a range: "between 4,000 and 4,500 t", "5,900-6,200 tonnes", "in the 580 to 600 t
// range", "somewhere from 1,200 to 1,300 t", "up 10-12%". The two numbers are one statement whose
// value lies between them, not two levels: it is read as one figure whose interval runs from the
// lower end to the upper, each widened by the rounding both ends share ("6,100 to 6,200": 50 either
// side), so that only a figure clearly outside is a miss; the checker takes a figure inside the
// widening but outside the ends as written as neither right nor wrong (verify/check-figures.ts).
// A change's ends ("rose from 5,473 to 6,150 t", "up 677 t to 6,150 t") and a gap ("the difference
// between 5,473 and 6,150 t") are not ranges.

import { NUM, parseDecimal, roundTol } from "./numbers.js";
import type { Tolerance } from "../types.js";

/** A figure with its interval, as the finders hold it. */
interface Spanned extends Tolerance {
  start: number;
  end: number;
  value: number;
  halfUnit: number;
}

/** The rounding both ends of a range share, at most a twentieth of its upper end. */
function sharedHalf(lowHalf: number, highHalf: number, high: number): number {
  return roundTol(Math.min(lowHalf, highHalf, Math.abs(high) * 0.05));
}

/** The interval a range asserts, from its two ends (each in the same unit, low below high). */
export function rangeTolerance(
  low: number,
  lowHalf: number,
  high: number,
  highHalf: number,
): Tolerance & { value: number; halfUnit: number } {
  const half = sharedHalf(lowHalf, highHalf, high);
  return {
    value: roundTol((low + high) / 2),
    halfUnit: half,
    low: roundTol(low - half),
    high: roundTol(high + half),
  };
}

/** Words that make "A to B" the start and end of a change, not a range: "rose 5,473 t to 6,150 t". */
const CHANGE_WORD =
  /(?:^|\s)(?:by|up|down|from|plus|minus|rose|fell|grew|increased|decreased|climbed|jumped|dropped|declined|slipped|slid|gained|lost|added|shed|cut|raised|lowered|revised|revising|rising|falling|edged|inched|ticked|moved|went|surged|soared|sank|plunged|tumbled|recovered|rebounded|rise|fall|drop|increase|decline|jump|gain|swing|revision|change)s?\s(?:of\s|by\s)?$/i;
const FROM_AHEAD = /\bfrom\s(?:[\w'’-]+\s){0,4}$/i;
/** "the difference between ...", "a gap of between": two figures set against each other. */
const GAP_WORD = /\b(?:difference|gap|spread|distance|swing)s?\s(?:of\s)?$/i;
/** A verb of a spread over many months before the range: "swung between", "has ranged from". */
const SPREAD_VERB =
  /\b(?:swung|swing(?:s|ing)?|fluctuat(?:ed|es|ing)|oscillat(?:ed|es|ing)|(?:have|has|had)\s(?:[\w-]+\s)?(?:ranged|varied|moved))\s(?:(?:from|between)\s)?$/i;
/** What may open a range: "between", "somewhere from", "ranging from", "anywhere between". */
const LEAD =
  "(?:\\b(?:(?:somewhere|anywhere|rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spann?(?:s|ed|ing)?)\\s(?:from|between)|between)\\s)";
const HEDGE = "(?:(?:about|around|roughly|some|approximately)\\s)?";
const LOW_UNIT = "(?:\\s?(?:tonnes|tonne|tons|ton|mt|kt|t)(?![A-Za-z]))?";
/** The lower end and its joint, right before the upper end: "between 4,000 and ", "5,900-", "580 to ". */
const LOW_BEFORE = new RegExp(
  `(${LEAD})?${HEDGE}(?<![\\d.,\\w-])(${NUM})(${LOW_UNIT})(\\s?[-–]\\s?|\\sto\\s|\\sand\\s)$`,
  "i",
);
const YEAR = /^(?:19|20)\d{2}$/;

/**
 * The lower end of a range that ends in the figure at `at`: its start (with the words that open the
 * range), its value (scaled by `factor` unless it has its own unit) and rounding; null when the words
 * before are no range.
 * @example rangeLowBefore("between 4,000 and 4,500 t", 18, 1) // { start: 0, value: 4000, halfUnit: 500 }
 */
export function rangeLowBefore(
  clause: string,
  at: number,
  factor: number,
): { start: number; value: number; halfUnit: number } | null {
  const before = clause.slice(Math.max(0, at - 70), at);
  const m = LOW_BEFORE.exec(before);
  if (m === null) return null;
  const [, lead, num, unit, joint] = m as unknown as [string, string | undefined, string, string, string];
  const start = at - before.length + m.index;
  const ahead = clause.slice(0, start);
  if (/and/.test(joint) && !lead) return null;
  if (!lead && (CHANGE_WORD.test(ahead.slice(-20)) || /[\d$€£¥%]\s?$/.test(ahead))) return null;
  // "from October's 5,473 tonnes to 5,952 tonnes": where a change runs from
  if (!lead && FROM_AHEAD.test(ahead.slice(-50))) return null;
  if (GAP_WORD.test(ahead.slice(-30))) return null;
  // "have swung between 221 and 271 t since the curbs": the spread of many months, no month's level
  if (SPREAD_VERB.test(ahead.slice(-30))) return null;
  if (YEAR.test(num) && !unit) return null;
  const parsed = parseDecimal(num);
  if (parsed === null) return null;
  const scale = unit ? 1 : factor;
  return {
    start,
    value: roundTol(parsed.value * scale),
    halfUnit: roundTol(parsed.halfUnit * scale),
  };
}

/**
 * The figures of a clause with each range read as one: the upper end's figure is widened down to
 * the lower end, and whatever was read of the lower end alone is dropped.
 */
export function joinRanges<T extends Spanned>(clause: string, hits: T[]): Array<T & { range?: true }> {
  let out: Array<T & { range?: true }> = hits;
  for (const hit of hits) {
    const digits = /^\D{0,12}?(\d[\d,]*(?:\.\d+)?)/.exec(clause.slice(hit.start, hit.end));
    const own = digits ? parseDecimal(digits[1] as string) : null;
    if (digits === null || own === null || own.value === 0) continue;
    // the lower end takes the upper's scale ("5.5-6 kt") unless it has its own unit
    const numberAt = hit.start + digits[0].length - (digits[1] as string).length;
    const low = rangeLowBefore(clause, numberAt, hit.value / own.value);
    if (low === null || !(low.value < hit.value && hit.value <= 2 * low.value)) continue;
    const joined = {
      ...hit,
      start: low.start,
      ...rangeTolerance(low.value, low.halfUnit, hit.value, hit.halfUnit),
      range: true as const,
    };
    delete joined.firm;
    out = out
      .filter((h) => h === hit || h.end <= low.start || h.start >= hit.end)
      .map((h) => (h === hit ? joined : h));
  }
  return out;
}

/** A range of percentages in digits, "10-12" or "11 to 13", before its percent sign ("up 10-12%"). */
export const PCT_RANGE = `(?:${NUM})(?:\\s?[-–]\\s?|\\sto\\s)(?:${NUM})`;

/**
 * A range of percentages read whole (see `rangeTolerance`); undefined when `text` is one number,
 * null when its ends are no range (the lower above the upper).
 * @example readPctRange("10-12") // { value: 11, halfUnit: 0.5, low: 9.5, high: 12.5 }
 */
export function readPctRange(
  text: string,
): (Tolerance & { value: number; halfUnit: number }) | null | undefined {
  const m = /^([\d.,]+)(?:\s?[-–]\s?|\sto\s)([\d.,]+)$/.exec(text);
  if (m === null) return undefined;
  const low = parseDecimal(m[1] as string);
  const high = parseDecimal(m[2] as string);
  if (low === null || high === null || !(low.value < high.value)) return null;
  return rangeTolerance(low.value, low.halfUnit, high.value, high.halfUnit);
}

/** Words that make a range rough: "anywhere from", "roughly", "perhaps", "some". */
const ROUGH =
  /\b(?:somewhere|anywhere|roughly|about|around|some|perhaps|maybe|probably|approximately|estimated|an estimated)\s(?:(?:from|between)\s)?$/i;

/**
 * Whether a range read whole is told as rough ("anywhere from 540 to 564 t", "perhaps 5,800 to
 * 6,000 t"): such a range is a guess at the figure, which the data may bear out but never refutes.
 */
export function roughRange(text: string, start: number, raw: string): boolean {
  const lead = /^(?:[A-Za-z]+\s){1,2}/.exec(raw)?.[0] ?? "";
  return ROUGH.test(lead) || ROUGH.test(text.slice(Math.max(0, start - 20), start));
}
