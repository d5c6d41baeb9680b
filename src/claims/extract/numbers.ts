// Numbers as trade news writes them: "6,150", "6.15 thousand", "1.2 million kg", "5.2万吨", with the
// hedge in front ("about", "just under"), and the tolerance that the number's own rounding implies.

import type { Hedge, Tolerance } from "../types.js";

/** A decimal number with its precision: `halfUnit` is half of the last stated digit's place value. */
export interface ParsedNumber {
  value: number;
  halfUnit: number;
}

/**
 * Parses "6,150" / "6.15" / "12" into a value and its rounding. Trailing zeros of an integer count
 * as rounding ("6,150" is 6,145-6,155), as DESIGN section 5 reads them.
 * @example parseDecimal("6,150") // { value: 6150, halfUnit: 5 }
 */
export function parseDecimal(text: string): ParsedNumber | null {
  const clean = text.replace(/,/g, "");
  if (!/^\d{1,15}(?:\.\d{1,8})?$/.test(clean)) return null;
  const value = Number(clean);
  const dot = clean.indexOf(".");
  if (dot >= 0) return { value, halfUnit: 0.5 * 10 ** -(clean.length - dot - 1) };
  let zeros = 0;
  for (let i = clean.length - 1; i > 0 && clean[i] === "0"; i--) zeros++;
  return { value, halfUnit: 0.5 * 10 ** zeros };
}

const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, "万": 1e4, "千": 1e3,
};

/** Scale word ("thousand", "million", "万") to its factor; 1 when absent. */
export function multiplierOf(word: string | undefined): number {
  if (!word) return 1;
  return MULTIPLIERS[word.toLowerCase()] ?? 1;
}

/** Tonnes per stated unit. */
export function tonnesPer(unit: string): number {
  const u = unit.toLowerCase();
  if (u === "kg" || u.startsWith("kilo")) return 1e-3;
  return 1;
}

/** Normalises a hedge phrase ("just under", "more than") to its kind, or null. */
export function hedgeOf(phrase: string | undefined): Hedge | null {
  if (!phrase) return null;
  const p = phrase.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^(?:about|around|roughly|approximately|some|an estimated|estimated|circa|close to|approx\.?)$/.test(p)) return "about";
  if (/^(?:nearly|almost|close to|up to)$/.test(p)) return "nearly";
  if (/^(?:just under|just below|slightly less than|a little under|just shy of)$/.test(p)) return "just_under";
  if (/^(?:just over|just above|slightly more than|a little over|just more than)$/.test(p)) return "just_over";
  if (/^(?:more than|over|above|at least|upwards of|in excess of|exceeding|greater than)$/.test(p)) return "more_than";
  if (/^(?:less than|under|below|at most|fewer than|no more than)$/.test(p)) return "less_than";
  return null;
}

/** The hedge words the grammars accept in front of a number (alternation for a regex). */
export const HEDGE_WORDS =
  "about|around|roughly|approximately|approx\\.|some|an estimated|estimated|circa|close to|nearly|almost|up to|just under|just below|slightly less than|a little under|just shy of|just over|just above|slightly more than|a little over|just more than|more than|over|above|at least|upwards of|in excess of|exceeding|greater than|less than|under|below|at most|fewer than|no more than";

/**
 * The interval a stated value covers: its rounding, widened or bounded by the hedge.
 * `loose` is the extra width of inherently vague wordings ("about half").
 * @example toleranceFor(6150, 5, "about") // { low: 6145, high: 6155 }
 */
export function toleranceFor(value: number, halfUnit: number, hedge: Hedge | null, loose = 0): Tolerance {
  const mag = Math.abs(value);
  const sign = value < 0 ? -1 : 1;
  const width = Math.max(halfUnit, loose);
  let low = mag - width;
  let high: number | null = mag + width;
  switch (hedge) {
    case "about":
      low = mag - Math.max(width, loose * 2);
      high = mag + Math.max(width, loose * 2);
      break;
    case "nearly":
      low = Math.min(mag * 0.9, mag - width);
      high = mag + halfUnit;
      break;
    case "just_under":
      low = Math.min(mag * 0.95, mag - width);
      high = mag + halfUnit;
      break;
    case "just_over":
      low = mag - halfUnit;
      high = Math.max(mag * 1.05, mag + width);
      break;
    case "more_than":
      low = mag - halfUnit;
      high = null;
      break;
    case "less_than":
      low = 0;
      high = mag + halfUnit;
      break;
    default:
      break;
  }
  if (sign > 0) return { low: roundTol(low), high: high === null ? null : roundTol(high) };
  return { low: high === null ? null : roundTol(-high), high: roundTol(-low) };
}

/** Removes floating-point noise from computed bounds (6145.000000001 -> 6145). */
export function roundTol(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
