// A month carried over from earlier text that the figure's own sentence names after all, though not
// as the figure's period: the same month a year before named as a base ("down 28% from March last
// year", "compared with March of the previous year" of March's figure), or "that month" right after
// a sentence that names that one month and no other ("Korean buyers stocked up in September. Exports
// to Korea reached 854 t that month."). The month is then the sentence's or the one pointed back to,
// not a guess from what the text has been about, so it can contradict. Where the sentence's words
// point at another month, or none, the month stays carried.

import type { Grounding } from "../types.js";
import { sentenceBeforeInParagraph } from "./sentence-around.js";
import { ENGLISH_MONTH_NAME, MONTHS } from "./lexicon.js";
import { allMatches } from "./all-matches.js";
import { THAT_MONTH, findPeriods, parseMonth } from "./periods.js";
import type { ClauseRead } from "./read-clause.js";
import { monthOfYear } from "../../domain/period.js";

/** A one-shot copy of the reader's "that month" (global, for matchAll) for a test. */
const THAT_MONTH_HERE = new RegExp(THAT_MONTH.source, "i");

/**
 * The same month a year before, named as a comparison base without its year: "compared with
 * November of the previous year", "up from September a year earlier", "than in May the year before".
 */
const YEAR_BEFORE_BASE = new RegExp(
  `\\b(?:[Cc]ompared\\s(?:with|to)|[Ff]rom|than|over|[Aa]gainst|[Vv]ersus|vs\\.?|on|[Rr]elative\\sto)\\s(?:(?:the\\s)?(?:level|figure|total|volume|tally)\\s(?:of|in|for)\\s)?(?:in\\s)?(${ENGLISH_MONTH_NAME})\\.?,?\\s(?:(?:of|in)\\s(?:the\\s)?(?:previous|prior|preceding)\\syear|(?:of\\s)?the\\syear\\s(?:before|earlier)|a\\syear\\s(?:earlier|before|ago))\\b`,
  "g",
);

/**
 * True when `sentence` names the month `month` (a month index, as `parseMonth` gives) of the year
 * before as a base, and no other month that way: a change of that month on the year is then dated
 * by its own words, whatever year the month was carried from.
 * @example yearBeforeBase("Compared with November of the previous year, exports were 24% higher.", parseMonth("2025-11")) // true
 */
export function yearBeforeBase(sentence: string, month: number): boolean {
  const named = new Set(
    allMatches(YEAR_BEFORE_BASE, sentence).map((m) => MONTHS[(m[1] ?? "").toLowerCase()]),
  );
  return named.size === 1 && named.has(monthOfYear(month));
}

/**
 * How the figure's sentence names the month `period` carried over from earlier text: `sentence` when
 * it names the month a year before as a base, `pointed` when the figure's clause says "that month"
 * right after a sentence (in the same paragraph) that names that month and no other period; null
 * when it does neither.
 * @example monthNamedAfterAll(clauses of "US exports were 406 t, down 28% from March last year.", 0, "2026-03", input, anchor) // "sentence"
 */
export function monthNamedAfterAll(
  clauses: readonly ClauseRead[],
  index: number,
  period: string,
  input: string,
  anchor: { latest: number | null; year: number | null },
): Grounding | null {
  const month = parseMonth(period);
  if (month === null) return null;
  const yearAgo = clauses.some((x) =>
    x.mentions.some(
      (m) =>
        m.role === "base" && m.shape === "month" && m.explicitYear && parseMonth(m.period) === month - 12,
    ),
  );
  if (yearAgo || yearBeforeBase(clauses.map((x) => x.seg.text).join(" "), month)) return "sentence";
  const c = clauses[index];
  const first = clauses[0];
  if (c === undefined || first === undefined || !THAT_MONTH_HERE.test(c.seg.text)) return null;
  const before = sentenceBeforeInParagraph(input, first.seg.start);
  if (before === null) return null;
  const named = new Set(findPeriods(before, anchor).map((m) => m.period));
  return named.size === 1 && named.has(period) ? "pointed" : null;
}
