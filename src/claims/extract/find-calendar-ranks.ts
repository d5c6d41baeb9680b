// A rank among the same calendar month of each year: "the strongest November on record", "a record
// for any October", "the weakest June since 2024", "the best October in the data", "the highest
// December figure on record", "a new November high". It ranks the month among the Novembers held,
// not among every month: a November below January's record can still be the best November.
import { MONTH_NAMES } from "../../domain/period.js";
import type { RankHit } from "./find-ranks.js";
import { allMatches } from "./all-matches.js";
import { HIGHEST_WORDS as HIGH, LOWEST_WORDS as LOW } from "./lexicon.js";

const MONTHS = MONTH_NAMES;
const MONTH = `(${MONTHS.join("|")})`;
const ORD = "second|third|fourth|fifth|2nd|3rd|4th|5th";
/** What the extreme is of, between the month and its window: "figure", "for magnet exports". */
const OF_WHAT =
  "(?:\\s(?:figure|total|level|tally|volume|reading|showing|result|month))?(?:\\s(?:for|of)\\s(?:[\\w-]+\\s){0,3}?(?:exports|shipments|sales|deliveries|volumes))?";
/** Over what the month is ranked: the record, the data held, or since a year. */
const WINDOW =
  "\\s(?:(on record|ever(?:\\srecorded)?|yet|to date|of all time|in (?:the |our |customs |the available |available )*(?:data|records)|(?:in|on) (?:the|our|this|its) (?:data |customs |official |monthly )?series|since (?:the )?(?:customs )?(?:records|data) (?:began|started))|since ((?:19|20)\\d{2}))\\b";
const RANKED = new RegExp(`\\b(?:(${ORD})[- ])?(${HIGH}|${LOW})\\s${MONTH}${OF_WHAT}${WINDOW}`, "gi");
/** "a record for any October", "a new record for the month of June", "the best result for any December". */
const RECORD_FOR = new RegExp(
  `\\b(?:an?\\s|the\\s)?(?:new\\s|fresh\\s)?(?:record|(?:${HIGH})\\s(?:figure|total|result|level))\\s(?:for|of)\\s(?:any|a|the\\smonth\\sof)\\s${MONTH}\\b`,
  "gi",
);
/** "a new November high", "a fresh June record", "a record June", "an all-time October low" (not "the May low"). */
/** A month's name as a word, to find the last one named before "a record for the month". */
const MONTH_WORD = new RegExp(`\\b${MONTH}\\b`, "g");

const MONTH_RECORD = new RegExp(
  `\\b(?:an?\\s|the\\s)(?:(?:new|fresh)\\s(?:record\\s)?${MONTH}\\s(high|low|record)|(?:record|all-time)\\s${MONTH}(?:\\s(high|low|total|figure|level))?)\\b`,
  "gi",
);
/** "the highest for any November", "the second-lowest of any June", "the biggest total in a single October". */
const EXTREME_FOR_ANY = new RegExp(
  `\\b(?:(${ORD})[- ])?(${HIGH}|${LOW})(?:\\s(?:figure|total|result|level|reading|volume|tally))?\\s(?:for|of|in)\\s(?:any|a)\\s(?:single\\s)?${MONTH}\\b`,
  "gi",
);
/**
 * "a record for the month", "a new record for that month", "the lowest on record for the month":
 * the month is the one the clause names before it ("In November exports hit 5,494 t, a record for the month"), ranked among its own kind.
 */
const RECORD_FOR_THE_MONTH = new RegExp(
  `\\b(?:an?\\s|the\\s)?(?:new\\s|fresh\\s)?(?:(?:${HIGH}|(${LOW}))\\s(?:on\\s)?)?record\\s(?:for|of)\\s(?:the|that)\\s(?:calendar\\s)?month\\b(?!\\s(?:of|so\\sfar|to\\sdate))`,
  "gi",
);
/** Every pattern needs a month's full name. */
const NEEDS = new RegExp(`\\b${MONTH}\\b`, "i");

const monthOf = (name: string) => MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;
const lowWord = new RegExp(`^(?:${LOW}|low)$`, "i");
const ordinal = (w: string | undefined) =>
  w === undefined ? 1 : ["second", "third", "fourth", "fifth"].indexOf(w.toLowerCase()) + 2 || Number(w[0]);

/**
 * Every rank among the same calendar month in a clause.
 * @example findCalendarRanks("the strongest November on record")[0]?.scope // { type: "calendar", month: 11 }
 */
export function findCalendarRanks(clause: string): RankHit[] {
  if (!NEEDS.test(clause)) return [];
  const out: RankHit[] = [];
  const push = (m: RegExpMatchArray, n: number, low: boolean, month: string, since?: string) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((o) => start < o.end && end > o.start)) return;
    const scope = {
      type: "calendar" as const,
      month: monthOf(month),
      ...(since ? { since: Number(since) } : {}),
    };
    out.push({ start, end, type: "rank", n, direction: low ? "low" : "high", scope });
  };
  for (const m of allMatches(RANKED, clause))
    push(m, ordinal(m[1]), lowWord.test(m[2] ?? ""), m[3] as string, m[5]);
  for (const m of allMatches(RECORD_FOR, clause)) push(m, 1, false, m[1] as string);
  for (const m of allMatches(EXTREME_FOR_ANY, clause))
    push(m, ordinal(m[1]), lowWord.test(m[2] ?? ""), m[3] as string);
  for (const m of allMatches(RECORD_FOR_THE_MONTH, clause)) {
    const named = allMatches(MONTH_WORD, clause.slice(0, m.index)).pop();
    if (named) push(m, 1, m[1] !== undefined, named[1] as string);
  }
  for (const m of allMatches(MONTH_RECORD, clause))
    push(m, 1, /^low$/i.test(m[2] ?? m[4] ?? ""), (m[1] ?? m[3]) as string);
  return out;
}
