// A month's place said with the month as its subject: "December (5,952 t) ranked fourth",
// "December's 5,952 t ranked fourth in 2025", "In 2025, December came fourth", "October placed
// second for the year". A month is no destination, so the place is among the months of the year the
// words name, or of the claim's own year; never among the buyers of a month ("Japan ranked fourth").

import type { RankHit } from "./find-ranks.js";
import { MONTH_NAMES } from "../../domain/period.js";
import { ORDINALS, parseCount } from "./lexicon.js";
import { allMatches } from "./all-matches.js";

const FULL_MONTH = MONTH_NAMES.join("|");
/** A place in words, first to twelfth. */
const ORD = Object.keys(ORDINALS).join("|");
/**
 * What may stand between the month and its verb: its year, its figure in brackets, its possessive's,
 * or its figure set off by commas ("December, at 5,952 t, ranked fourth").
 */
const MONTH_SUBJECT = `\\b(?:${FULL_MONTH})(?:\\s(?:19|20)\\d{2})?(?:\\s\\([~≈]?\\d[\\d,.]*\\s?(?:t|tonnes|tons)\\)|['’]s\\s(?:(?:total|figure|tally|level|volume)(?:\\sof)?\\s)?[~≈]?\\d[\\d,.]*\\s?(?:t|tonnes|tons)|['’]s\\s(?:total|figure|tally|level|volume)|,\\s(?:at|with)\\s[~≈]?\\d[\\d,.]*\\s?(?:t|tonnes|tons),)?`;
/**
 * The place, then the year it is of when the words name one. A place among something that is no
 * month ("among destinations"), on the record ("fourth on record"), in a run ("second straight") or
 * said by what beat it ("came second to March", "second behind January") is another kind of rank,
 * read elsewhere or not at all.
 */
const PLACED = new RegExp(
  `(?<=${MONTH_SUBJECT}\\s(?:(?:also|again|only)\\s)?)(?:ranked|ranks|came|comes|placed|finished|stood)\\s(?:in\\s)?(${ORD})(?:\\splace)?(?:\\s(?:(?:in|for|of)\\s(?:((?:19|20)\\d{2})|the\\syear|this\\syear)|(?:among|of)\\s(?:all\\s)?(?:the\\s)?months(?:\\s(?:of|in)\\s((?:19|20)\\d{2}))?))?\\b(?!\\s(?:among|of|in|on|for|ever|straight|consecutive|successive|time|month|largest|biggest|highest|lowest|smallest|to|behind|after|only)\\b|['’-])`,
  "g",
);

/**
 * Every month's place with the month as its subject in a clause, ranked by size, the highest first.
 * @example findMonthPlaces("December (5,952 t) ranked fourth.")[0]?.n // 4
 */
export function findMonthPlaces(clause: string): RankHit[] {
  if (!/\b(?:ranked|ranks|came|comes|placed|finished|stood)\s/.test(clause)) return [];
  const out: RankHit[] = [];
  for (const m of allMatches(PLACED, clause)) {
    const n = parseCount(m[1] ?? "");
    if (n === null || n < 1 || n > 12) continue;
    const year = m[2] ?? m[3];
    const start = m.index ?? 0;
    out.push({
      start,
      end: start + m[0].length,
      type: "rank",
      n,
      direction: "high",
      scope: { type: "year", year: year === undefined ? null : Number(year) },
    });
  }
  return out;
}
