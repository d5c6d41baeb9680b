// A year the text calls fiscal ("FY2025", "FY25", "fiscal 2025", "the financial year 2025") is read
// as the calendar year, as China's own fiscal year runs; but India's and Japan's run April to March.
// The reader marks a full-year claim whose sentence names such a year, unless the sentence says the
// year is the calendar one ("calendar", "January-December"); the checker decides what the mark costs.

import type { ExtractedClaim } from "../types.js";
import { sentenceAround } from "./sentence-around.js";

/**
 * "FY2025", "FY 2025", "FY'25", "fiscal 2025", "fiscal year 2025", "financial year"; and a report's own
 * year ("the reporting year", "the year under review"), which is its fiscal year where it keeps one.
 */
const FISCAL_YEAR =
  /\b(?:FY\s?['’]?\d{2}(?:\d{2})?|fiscal\s(?:year\s)?(?:(?:19|20)\d{2}|['’]\d{2})|financial\syear|the\s(?:reporting|review)\syear|the\syear\sunder\sreview)\b/i;
/** The sentence says the year is the calendar one. */
const CALENDAR_SAID = /\bcalendar\b|\bJan(?:uary)?\.?\s?(?:[-–]|to|through|thru)\s?Dec(?:ember)?\b/i;
const FULL_YEAR = /^(\d{4})-01\.\.\1-12$/;

/**
 * The claims with `fiscalYear` set on each full-year claim whose sentence names a fiscal or reporting
 * year and does not say it is the calendar one.
 * @example fiscalYearsMarked(claims of "FY2025 magnet exports were 61,000 t.", text)[0].fiscalYear // true
 */
export function fiscalYearsMarked(claims: ExtractedClaim[], text: string): ExtractedClaim[] {
  if (!FISCAL_YEAR.test(text)) return claims;
  return claims.map((c) => {
    if (c.period === null || !FULL_YEAR.test(c.period)) return c;
    const sentence = sentenceAround(text, c.start, c.end);
    return FISCAL_YEAR.test(sentence) && !CALENDAR_SAID.test(sentence) ? { ...c, fiscalYear: true } : c;
  });
}
