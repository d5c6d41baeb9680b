// A year the text calls fiscal ("FY2025", "FY25", "fiscal 2025", "the financial year 2025") is read
// as the calendar year, as China's own fiscal year runs; but India's and Japan's run April to March,
// so the calendar year's figures cannot refute it. What settles which year is meant is the text: it
// says so ("calendar", "January-December"), or a tonnage in the same sentence for that product and
// destination is the calendar year's figure. Otherwise a contradicted claim on such a year is left
// unverifiable.

import type { ExtractedClaim, Verdict } from "../types.js";
import { sentenceAround } from "../extract/sentence-around.js";

/**
 * "FY2025", "FY 2025", "FY'25", "fiscal 2025", "fiscal year 2025", "financial year"; and a report's own
 * year ("the reporting year", "the year under review"), which is its fiscal year where it keeps one.
 */
const FISCAL_YEAR =
  /\b(?:FY\s?['’]?\d{2}(?:\d{2})?|fiscal\s(?:year\s)?(?:(?:19|20)\d{2}|['’]\d{2})|financial\syear|the\s(?:reporting|review)\syear|the\syear\sunder\sreview)\b/i;
/** The sentence says the year is the calendar one. */
const CALENDAR_SAID = /\bcalendar\b|\bJan(?:uary)?\.?\s?(?:[-–]|to|through|thru)\s?Dec(?:ember)?\b/i;
const FULL_YEAR = /^(\d{4})-01\.\.\1-12$/;

/** Why a contradiction of a claim on a fiscal year is not certain, for the explanation. */
export const FISCAL_DOUBT =
  "the sentence names a fiscal or reporting year, which may run from April to March (as in India or Japan) rather than the calendar year the data holds";

/**
 * The contradicted claims on a full year that their sentence calls fiscal, unless the sentence says
 * it is the calendar year or gives a tonnage for the same product and destination that the calendar
 * year bears out (`verdicts[k] === "supported"`).
 * @example fiscalDoubts(claims of "FY2025 magnet exports were 61,000 t.", ["contradicted"], text) // [0]
 */
export function fiscalDoubts(
  claims: readonly ExtractedClaim[],
  verdicts: readonly Verdict[],
  text: string,
): number[] {
  const out: number[] = [];
  claims.forEach((c, i) => {
    if (verdicts[i] !== "contradicted" || c.period === null || !FULL_YEAR.test(c.period)) return;
    const sentence = sentenceAround(text, c.start, c.end);
    if (!FISCAL_YEAR.test(sentence) || CALENDAR_SAID.test(sentence)) return;
    const shown = claims.some(
      (l, k) =>
        Math.abs(l.start - c.start) <= sentence.length &&
        (l.kind === "level" || l.kind === "ytd") &&
        l.series === c.series &&
        l.partner === c.partner &&
        l.period === c.period &&
        verdicts[k] === "supported" &&
        sentenceAround(text, l.start, l.end) === sentence,
    );
    if (!shown) out.push(i);
  });
  return out;
}
