// A month placed among the top or bottom few of a window rather than at one rank: "a top-three month
// for 2025", "among the three highest months this year", "one of the five weakest months on record",
// "in the top three months of 2025". It says the rank is N or better, so it is borne out by any rank
// up to N and refuted only by a rank below N. Without a window the clause names (a year or the
// record), the words are not read.
import type { RankHit } from "./find-ranks.js";
import { HIGHEST_WORDS as HIGH, LOWEST_WORDS as LOW, parseCount } from "./lexicon.js";
import { allMatches } from "./all-matches.js";

const COUNT = "two|three|four|five|six|seven|eight|nine|ten|[2-9]|10";
const MONTHS = "months|monthly\\s(?:totals|figures|readings|volumes)";
/** The window after the words: a year, or the record. */
const WINDOW =
  "\\s(?:(?:so far|to date|yet)\\s)?(?:(this year|of the year|for the year|in the year)|(?:of|in|for)\\s((?:19|20)\\d{2})|(on record|ever recorded|in the records?))(?:\\s(?:so far|to date))?\\b";

const PATTERNS: RegExp[] = [
  // "a top-three month for 2025 so far", "a bottom-five month on record"
  new RegExp(
    `\\b(?:an?\\s)?(top|bottom)[- ](${COUNT})\\s(?:month|monthly total|showing|result)${WINDOW}`,
    "gi",
  ),
  // "among the three highest months this year", "one of the five weakest monthly totals on record"
  new RegExp(`\\b(?:among|one of)\\sthe\\s(${COUNT})\\s(${HIGH}|${LOW})\\s(?:${MONTHS})${WINDOW}`, "gi"),
  // "in the top three months of 2025", "among the top five months on record"
  new RegExp(`\\b(?:in|among)\\sthe\\s(top|bottom)\\s(${COUNT})\\s(?:${MONTHS})${WINDOW}`, "gi"),
];

/**
 * Every top-N or bottom-N placing in a clause.
 * @example findTopRanks("a top-three month for 2025")[0] // n 3, within, year 2025
 */
export function findTopRanks(clause: string): RankHit[] {
  const out: RankHit[] = [];
  for (const re of PATTERNS)
    for (const m of allMatches(re, clause)) {
      const [a, b] = [m[1] ?? "", m[2] ?? ""];
      const countFirst = /^\d|^[a-z]+$/i.test(a) && !/^(?:top|bottom)$/i.test(a);
      const n = parseCount(countFirst ? a : b);
      const word = (countFirst ? b : a).toLowerCase();
      if (n === null || n < 2) continue;
      const low = word === "bottom" || new RegExp(`^(?:${LOW})$`, "i").test(word);
      const year = m[4];
      const scope: RankHit["scope"] = m[5]
        ? { type: "record" }
        : { type: "year", year: year ? Number(year) : null };
      const start = m.index ?? 0;
      out.push({
        start,
        end: start + m[0].length,
        type: "rank",
        n,
        direction: low ? "low" : "high",
        scope,
        within: true,
      });
    }
  return out;
}
