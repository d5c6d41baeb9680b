// A change measured against a month further back than the previous one: "down 53% on the month and
// 77% from the month before that", "40% below two months earlier", "a decline of 77% in two months",
// "up 396% over three months", "five times the level of three months earlier". Its base is that many
// months before the claim's month, not the month before.

import { parseCount } from "./lexicon.js";
import { fromIndex, parseMonth } from "./periods.js";

/** How many months back, in digits or words, as writers count a short run of months. */
const COUNT = "two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]";

/** Right after a change: a comparison with a month some months back ("from two months earlier"). */
const BEFORE_THAT = new RegExp(
  `^\\s?(?:(?:from|than|on|over|versus|vs\\.?|against|below|above|compared (?:with|to)|relative to|of)\\s(?:(?:in|during|the level of|that of)\\s)?(?:the month (?:before|prior to) that|the month before last|(${COUNT}) months (?:earlier|before|ago|prior))|(?:in|over|within)\\s(?:just\\s|only\\s)?(${COUNT}) months)\\b(?!['’])`,
  "i",
);

/**
 * The month some months before `period` when the words right after the change at `end` compare with
 * it ("the month before that", "two months earlier", "in three months"), else null.
 */
export function monthsBack(clause: string, end: number, period: string | null): string | null {
  // "40% below two months earlier": the comparison word closes the change's own words
  const after = /\b(?:below|above|under|over)$/i.test(clause.slice(Math.max(0, end - 6), end))
    ? ` than${clause.slice(end, end + 60)}`
    : clause.slice(end, end + 60);
  const m = BEFORE_THAT.exec(after);
  if (m === null) return null;
  const words = m[1] ?? m[2];
  const n = words === undefined ? 2 : parseCount(words);
  const at = parseMonth(period ?? "");
  return at === null || n === null ? null : fromIndex(at - n);
}
