// A ratio's base worded as a month's whole: "Germany took 1,118 t in October, about a fifth of
// September's volume" (or "of the 5,774 t shipped in September", "of what China shipped in
// September"). Said of a destination, the month's whole may be the total of every destination, not
// the destination's own figure of that month, so the ratio is read both ways.

import { ENGLISH_MONTH_NAME, MONTHS } from "./lexicon.js";

const MONTH = `(?:${ENGLISH_MONTH_NAME})`;

/**
 * After "of": "September's volume", "the September total", "the 5,774 t shipped in September", "what
 * China shipped in September"; not "the 689 t it sent in May" (the subject's own) nor "September's
 * 5,774 t" (a stated base, weighed as one).
 */
const WHOLE_BASE = new RegExp(
  `^\\s(?:(?:the|all)\\s)?(?:${MONTH}\\.?(?:\\s(?:19|20)\\d{2})?['’]s\\s(?:(?:magnet|rare[- ]earth|total|overall|export)\\s)?(?:volume|total|tally|exports|shipments|sales|deliveries)\\b|\\d[\\d,.]*\\s?(?:t|tonnes|tons|mt)\\s(?:of\\s[\\w-]+\\s)?(?:(?:China|Beijing)\\s)?(?:shipped|exported|sent)(?!\\s(?:to|for)\\b)|what\\s(?:China|Beijing|Chinese\\s[\\w-]+|the\\scountry)\\s(?:shipped|exported|sent|sold))`,
  "i",
);

/**
 * Whether a ratio's words (`words`, ending in "of" or followed by it in `after`) take it of a month's whole.
 * @example baseWordedAsWhole("about a fifth of", " September's volume.") // true
 */
export function baseWordedAsWhole(words: string, after: string): boolean {
  const rest = afterOf(words, after);
  return rest !== null && WHOLE_BASE.test(rest);
}

/** What a ratio is taken "of": the words after it when they end in "of", or after the "of" that follows. */
function afterOf(words: string, after: string): string | null {
  if (/\bof$/i.test(words)) return after;
  return /^\sof\s/i.test(after) ? after.slice(3) : null;
}

/** "October's volume", "the October total": a month's whole named by the month alone, no year. */
const OWN_MONTH_WHOLE = new RegExp(
  `^\\s(?:(?:the|all)\\s)?(${MONTH})\\.?(?:['’]s)?\\s(?:(?:magnet|rare[- ]earth|total|overall|export)\\s)?(?:volume|total|tally|exports|shipments|sales|deliveries)\\b`,
  "i",
);

/**
 * The month (1-12) whose whole a ratio is taken of, when the words name it by the month alone
 * ("a fifth of October's volume", "half of the October total"); null otherwise.
 * @example wholeMonthNamed("about a fifth of", " October's volume.") // 10
 */
export function wholeMonthNamed(words: string, after: string): number | null {
  const rest = afterOf(words, after);
  const month = rest === null ? undefined : OWN_MONTH_WHOLE.exec(rest)?.[1];
  return month === undefined ? null : (MONTHS[month.toLowerCase()] ?? null);
}
