// A month's rank over a half or a quarter of a year: "the highest of any month in the first half of
// 2025", "the second-weakest month of the third quarter", "the biggest in H2", "the lowest monthly
// total of Q4 2024", "2025's first-half high". The span's year is the one named, else the claim's.
import type { RankHit } from "./find-ranks.js";
import { HIGHEST_WORDS as HIGH, LOWEST_WORDS as LOW, parseCount } from "./lexicon.js";
import { allMatches } from "./all-matches.js";

const ORD = "second|third|fourth|fifth|2nd|3rd|4th|5th";
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
/**
 * The extreme as a noun or a verb over the part: "the high point of the second half", "the trough
 * of Q3", "peaked for the second half at 6,150 t", "bottomed out over the first quarter".
 */
const PEAK_OF_PART = new RegExp(
  `\\b(?:(?:the|its|their)\\s(?:(peak|high(?:\\spoint)?|top)|(low(?:\\spoint)?|trough|bottom))\\s(?:of|for|in|during)|(?:(peaked|topped\\sout)|(bottomed(?:\\sout)?))\\s(?:for|over))\\s${PART}${YEAR}`,
  "gi",
);
/** The part said as an adjective: "its second-half low", "a third-quarter peak", "the H2 high". */
const PART_PEAK = new RegExp(
  `\\b(?:a|an|the|its|their)\\s(?:((?:19|20)\\d{2})\\s)?(?:(first|second)-half|(first|second|third|fourth)-quarter|(H[12])|(Q[1-4]))\\s(?:(high|peak|top)|(low|trough|bottom))\\b`,
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
    const scope = partScope(m, 3);
    if (scope === null) continue;
    const start = m.index ?? 0;
    out.push({
      start,
      end: start + m[0].length,
      type: "rank",
      n: m[1] ? (parseCount(m[1]) ?? 1) : 1,
      direction: LOW_WORD.test(m[2] ?? "") ? "low" : "high",
      scope,
    });
  }
  for (const m of allMatches(PEAK_OF_PART, clause)) {
    const scope = partScope(m, 5);
    if (scope === null) continue;
    const start = m.index ?? 0;
    const low = m[2] !== undefined || m[4] !== undefined;
    out.push({ start, end: start + m[0].length, type: "rank", n: 1, direction: low ? "low" : "high", scope });
  }
  for (const m of allMatches(PART_PEAK, clause)) {
    const part = partMonths(m[2], m[3], m[4], m[5]);
    if (part === null) continue;
    const start = m.index ?? 0;
    out.push({
      start,
      end: start + m[0].length,
      type: "rank",
      n: 1,
      direction: m[7] !== undefined ? "low" : "high",
      scope: { type: "part", from: part[0], to: part[1], year: m[1] ? Number(m[1]) : null },
    });
  }
  return out;
}

/**
 * The scope of the part of the year a match names, its groups from `first` on being PART's then
 * YEAR's: "the strongest month of the quarter" is the quarter (or half) that holds the claim's month
 * (a year named with it is not read); null when it names none.
 */
function partScope(m: RegExpExecArray, first: number): RankHit["scope"] | null {
  const [own, year] = [m[first + 4], m[first + 5]];
  if (own !== undefined)
    return year === undefined ? { type: "ownPart", months: /^q/i.test(own) ? 3 : 6 } : null;
  const part = partMonths(m[first], m[first + 1], m[first + 2], m[first + 3]);
  if (part === null) return null;
  return { type: "part", from: part[0], to: part[1], year: year ? Number(year) : null };
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
