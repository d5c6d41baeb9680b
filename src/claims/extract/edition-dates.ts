// The date of a newsletter's or report's edition: "December 2025 edition", "our November issue",
// "October 2025 Newsletter", "Weekly brief, 14 March 2026", "Issue 42 | October 2025". It says when
// the edition came out, not the period of the figures under it (usually the month before, or named in
// each item), so it dates no figure: what an item gives no period of stays uncertain.

import { latin1Stub } from "./all-matches.js";

/** Right after the month (and its year): the edition noun it dates, "edition", "issue", "newsletter". */
const EDITION_AFTER =
  /^(?:,?\s(?:19|20)\d{2})?\s(?:(?:weekly|monthly|market|trade|minerals?|metals?|industry|members['’]?|subscribers['’]?|special|print|online|e-?mail)\s){0,3}(?:edition|issue|newsletter|digest|briefing|round-?up|dispatch)s?\b/i;

/** A heading that names an edition: a noun of periodical publishing, or a volume's or issue's number. */
const EDITION_WORD =
  /\b(?:edition|issue|newsletter|digest|brief(?:ing)?|round-?up|bulletin|dispatch|wrap|update|review|monitor|outlook|weekly|monthly|report)s?\b|\bvol(?:\.|ume)\s?\d|#\d/i;
/**
 * A flow of trade, the data itself or a measure of it in the line ("November data wrap", "Figures
 * round-up: October", "The August volume was the highest monthly figure"): then it heads or states
 * figures of that month.
 */
const DATA_HEADING =
  /\b(?:exports?|exported|shipments?|shipped|imports?|imported|sales|outflows?|deliveries|data|figures?|numbers|statistics|stats|volumes?|tonnage|tally|totals?)\b/i;
const PERIOD_WORD_BEFORE = /\b(?:in|for|during|of|over|through|since|from)\s$/i;

/**
 * What a heading may hold besides words: years, a day of the month, an issue's number ("Issue 42",
 * "No. 7", "#118", "Vol. 3"). Any other number makes the line a figure's, not an edition's.
 */
const MONTH_WORD = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
const HEADING_NUMBERS = new RegExp(
  [
    "\\b(?:19|20)\\d{2}\\b",
    "\\b(?:issue|no\\.?|number|vol\\.?|volume|week)\\s?\\d{1,4}\\b",
    "#\\d{1,4}\\b",
    `\\b(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s(?=${MONTH_WORD})`,
    `(?<=\\b${MONTH_WORD}\\s)(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b(?![\\d.,%])`,
  ].join("|"),
  "gi",
);

/** Right after the month: a summary of that month ("December in brief", "October at a glance"). */
const MONTH_SUMMARY_AFTER =
  /^(?:,?\s(?:19|20)\d{2})?\s(?:in\s(?:brief|review|numbers|figures|focus|short)|at\sa\sglance|recap)\b/i;

/** Whether the month named at `start`..`end` of `clause` is the date of an edition. */
export function editionDate(clause: string, start: number, end: number): boolean {
  // a month that ends its clause has no words after it
  const worded = !latin1Stub(clause.slice(end));
  if (worded && EDITION_AFTER.test(clause.slice(end, end + 60))) return true;
  // "DECEMBER IN BRIEF", "October 2025 in review": the month the section sums up, not an edition's date
  if (worded && MONTH_SUMMARY_AFTER.test(clause.slice(end, end + 30))) return false;
  if (clause.length > 120) return false;
  const line = clause.trim();
  if (line.length > 90 || !EDITION_WORD.test(line) || DATA_HEADING.test(line)) return false;
  if (PERIOD_WORD_BEFORE.test(clause.slice(Math.max(0, start - 10), start))) return false;
  return !/\d/.test(line.replace(HEADING_NUMBERS, ""));
}
