// A change measured against a month further back than the previous one: "down 53% on the month and
// 77% from the month before that", "40% below two months earlier", "a decline of 77% in two months",
// "up 396% over three months", "five times the level of three months earlier", "1.4% below the level
// three months earlier". Its base is that many
// months before the claim's month, not the month before. "Up 30.6% from two years earlier" is set
// against the same month, or the same span, 24 months back.

import { latin1Stub } from "./all-matches.js";
import { parseCount } from "./lexicon.js";
import { fromIndex, parseMonth } from "./periods.js";

/** How many months back, in digits or words, as writers count a short run of months. */
const COUNT = "two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]";

/** How many years back: "two years earlier" is the same month (or span) 24 months before. */
const YEARS = "two|three|four|five|[2-5]";

/**
 * Right after a change: a comparison with a month some months back ("from two months earlier"), or
 * with the same month or span some years back ("from two years earlier", "in three years").
 */
const BEFORE_THAT = new RegExp(
  `^\\s?(?:(?:from|than|on|over|versus|vs\\.?|against|below|above|compared (?:with|to)|relative to|of)\\s(?:(?:in|during|that of|the (?:level|figure|total|volume|tonnage)(?:\\sof)?)\\s)?(?:the month (?:before|prior to) that|the month before last|(${COUNT}) months (?:earlier|before|ago|prior)|(?:the same (?:month|period|quarter|time) )?(${YEARS}) years (?:earlier|before|ago|prior))|(?:in|over|within)\\s(?:just\\s|only\\s)?(?:(${COUNT}) months|(${YEARS}) years))\\b(?!['’])`,
  "i",
);

/**
 * The month some months before `period` when the words right after the change at `end` compare with
 * it ("the month before that", "two months earlier", "in three months"), or the month or span some
 * years before it ("from two years earlier"), else null.
 */
export function monthsBack(clause: string, end: number, period: string | null): string | null {
  // "40% below two months earlier": the comparison word closes the change's own words
  const after = /\b(?:below|above|under|over)$/i.test(clause.slice(Math.max(0, end - 6), end))
    ? ` than${clause.slice(end, end + 60)}`
    : clause.slice(end, end + 60);
  // a change that ends its clause has no words after it that compare
  const m = latin1Stub(after) ? null : BEFORE_THAT.exec(after);
  if (m === null) return null;
  const years = m[2] ?? m[4];
  const words = years ?? m[1] ?? m[3];
  const count = words === undefined ? 2 : parseCount(words);
  if (count === null) return null;
  const n = years !== undefined ? count * 12 : count;
  // a span ("2025", "January-November") is set against the same span that many years back
  const ends = (period ?? "").split("..").map(parseMonth);
  if (ends.some((e) => e === null) || (ends.length > 1 && years === undefined)) return null;
  return ends.map((e) => fromIndex((e as number) - n)).join("..");
}
