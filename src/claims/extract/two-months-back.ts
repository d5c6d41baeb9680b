// A change measured against the month before the previous one: "down 53% on the month and 77% from
// the month before that", "40% below two months earlier". Its base is two months before the claim's
// month, not the month before.

import { fromIndex, parseMonth } from "./periods.js";

/** Right after a change: a comparison with the month before last. */
const BEFORE_THAT =
  /^\s?(?:from|than|on|over|versus|vs\.?|against|below|above|compared (?:with|to)|relative to)\s(?:(?:in|during)\s)?(?:the month (?:before|prior to) that|the month before last|two months (?:earlier|before|ago|prior))\b/i;

/** The month two before `period` when the words right after the change at `end` compare with it, else null. */
export function twoMonthsBack(clause: string, end: number, period: string | null): string | null {
  // "40% below two months earlier": the comparison word closes the change's own words
  const after = /\b(?:below|above|under|over)$/i.test(clause.slice(Math.max(0, end - 6), end))
    ? ` than${clause.slice(end, end + 60)}`
    : clause.slice(end, end + 60);
  if (!BEFORE_THAT.test(after)) return null;
  const at = parseMonth(period ?? "");
  return at === null ? null : fromIndex(at - 2);
}
