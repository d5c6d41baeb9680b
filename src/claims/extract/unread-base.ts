// "24.5% above their former best of May 2024": a month named after a change, behind words of
// comparison the reader did not take as naming a base, may well be the base the writer meant. The
// month before (or the year before) the reader falls back to is then a guess, so it never contradicts.

import type { PeriodMention } from "./periods.js";

/** A word that sets a change against something, then a few words, then the month. */
const COMPARED_THEN_WORDS =
  /\b(?:above|below|over|under|than|from|against|versus|vs\.?|compared\s(?:with|to)|relative\sto|ahead\sof|behind|short\sof)\s(?:[\p{L}'’-]+\s){0,5}(?:(?:of|in|from|set\sin|seen\sin|reached\sin)\s)?$/iu;

/**
 * True when a month other than the claim's own follows the change behind words of comparison, and
 * the reader did not take it as a base: the base may be that month, whatever the words between.
 * @example unreadBaseAfter("24.5% above their former best of May 2024", mentions, { start: 0, end: 11 }, "2025-06") // true
 */
export function unreadBaseAfter(
  clause: string,
  mentions: readonly PeriodMention[],
  span: { start: number; end: number },
  period: string | null,
): boolean {
  const { start, end } = span;
  return mentions.some(
    (m) =>
      m.start >= end &&
      m.start - end <= 60 &&
      m.period !== period &&
      // a month read as a base already is weighed where the base is read
      m.role === "main" &&
      COMPARED_THEN_WORDS.test(clause.slice(start, m.start)),
  );
}
