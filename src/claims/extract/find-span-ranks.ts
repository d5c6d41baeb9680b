// A month's rank over a half or a quarter of a year: "the highest of any month in the first half of
// 2025", "the second-weakest month of the third quarter", "the biggest in H2", "the lowest monthly
// total of Q4 2024", "2025's first-half high". The span's year is the one named, else the claim's.
import type { RankHit } from "./find-ranks.js";
import { parseCount } from "./lexicon.js";
import { allMatches } from "./all-matches.js";

const ORD = "second|third|fourth|fifth|2nd|3rd|4th|5th";
const HIGH = "highest|largest|biggest|strongest|best|busiest|heaviest|most";
const LOW = "lowest|smallest|weakest|worst|poorest|quietest|softest|lightest|fewest";
/** What the extreme is of: "month", "monthly total", "of any month", "for a single month". */
const NOUN =
  "(?:\\s(?:monthly\\s|single-month\\s)?(?:month|total|figure|reading|tally|level|volume|showing))?(?:\\s(?:of|for)\\s(?:any(?:\\sother|\\sone|\\ssingle)?|a\\ssingle|one)\\s(?:calendar\\s)?month)?";
/** The part of the year: "the first half", "the third quarter", "H2", "Q4", "the January-June period". */
const PART =
  "(?:(?:the\\s)?(?:(first|second|1st|2nd)\\shalf|(first|second|third|fourth|1st|2nd|3rd|4th)\\squarter|(H[12])|(Q[1-4]))|the\\s(quarter|half(?:-year)?)\\b(?!\\s(?:before|earlier|to\\scome|ahead|that|which)\\b))";
const YEAR = "(?:\\s(?:of\\s)?((?:19|20)\\d{2})\\b)?";

/** "the highest of any month in the first half of 2025", "the third-biggest month of Q3". */
const EXTREME_IN_PART = new RegExp(
  `\\b(?:(${ORD})[- ])?(${HIGH}|${LOW})${NOUN}\\s(?:in|of|during|across|for|over)\\s${PART}${YEAR}`,
  "gi",
);
/** A low extreme's word, as the whole of the pattern's second group. */
const LOW_WORD = new RegExp(`^(?:${LOW})$`, "i");

/**
 * Every rank over a half or a quarter in a clause. The scope's months are the span's first and last
 * month of the year (1-12).
 * @example findSpanRanks("the highest of any month in the first half of 2025")[0]?.scope
 *   // { type: "part", from: 1, to: 6, year: 2025 }
 */
export function findSpanRanks(clause: string): RankHit[] {
  if (!/half|quarter|\b[HQ][1-4]\b/i.test(clause)) return [];
  const out: RankHit[] = [];
  for (const m of allMatches(EXTREME_IN_PART, clause)) {
    const start = m.index ?? 0;
    const rank = {
      start,
      end: start + m[0].length,
      type: "rank" as const,
      n: m[1] ? (parseCount(m[1]) ?? 1) : 1,
      direction: LOW_WORD.test(m[2] ?? "") ? ("low" as const) : ("high" as const),
    };
    // "the strongest month of the quarter": the quarter (or half) that holds the claim's month
    if (m[7] !== undefined) {
      if (m[8] === undefined)
        out.push({ ...rank, scope: { type: "ownPart", months: /^q/i.test(m[7]) ? 3 : 6 } });
      continue;
    }
    const part = partMonths(m[3], m[4], m[5], m[6]);
    if (part === null) continue;
    out.push({
      ...rank,
      scope: { type: "part", from: part[0], to: part[1], year: m[8] ? Number(m[8]) : null },
    });
  }
  return out;
}

/** The first and last month of a half or a quarter. */
function partMonths(
  half: string | undefined,
  quarter: string | undefined,
  h: string | undefined,
  q: string | undefined,
): [number, number] | null {
  const n = (w: string) =>
    /^(?:first|1st)$/i.test(w) ? 1 : /^(?:second|2nd)$/i.test(w) ? 2 : /^(?:third|3rd)$/i.test(w) ? 3 : 4;
  if (half) return n(half) === 1 ? [1, 6] : [7, 12];
  if (h) return h.toUpperCase() === "H1" ? [1, 6] : [7, 12];
  const k = quarter ? n(quarter) : q ? Number(q.slice(1)) : null;
  return k === null ? null : [3 * k - 2, 3 * k];
}
