// What a rank's window leaves open at its edges: missing months that could beat the figure, the
// part of a window the data holds, the month "since" names, and a level "not seen since" then.

import type { FigureBook } from "../../../analytics/figure-book.js";
import { gapBounds, lastBeyond, type RankResult, type RankWindow } from "../../../analytics/month-figures.js";
import { addMonths } from "../../../domain/period.js";
import type { SeriesKey } from "../../../domain/series-key.js";
import type { StatedRank } from "../../types.js";
import { periodLabel, tonnes } from "../format.js";

/**
 * The missing months of a window that could beat the figure: those no total bounds, and those a
 * span's total leaves room for beyond it ("January-February: 10,763 t" leaves either month below
 * 5,238 t). A month the year to date pins down (February as January-May less the months held) is
 * judged on its value.
 */
export function couldBeat(
  book: FigureBook,
  key: SeriesKey,
  gaps: readonly string[],
  value: number,
  direction: "high" | "low",
): string[] {
  if (gaps.length === 0) return [];
  return boundsOf(book, key, gaps)
    .filter((b) => (direction === "high" ? b.high > value : b.low < value))
    .map((b) => periodLabel(b.period));
}

/** What the totals held say of each missing month (see `gapBounds`), with their rounding. */
function boundsOf(book: FigureBook, key: SeriesKey, gaps: readonly string[]) {
  const months = book.monthly(key);
  return gapBounds(
    book.values(key),
    (span) => book.point(key, span),
    gaps,
    (m) => months.get(m)?.halfStep ?? 0,
  );
}

/**
 * What the totals held say of a window's missing months that cannot beat the figure (see
 * `couldBeat`): "February 2025 at most 3,587.5 t (January-May 2025 less the months held)", each
 * with the span that bounds it, or "" when none is bounded.
 */
export function boundedGaps(
  book: FigureBook,
  key: SeriesKey,
  gaps: readonly string[],
  direction: "high" | "low",
): string {
  const bounded = boundsOf(book, key, gaps).filter((b) => b.span !== null);
  if (bounded.length === 0) return "";
  const bound = (b: (typeof bounded)[number]) =>
    direction === "high" ? `at most ${tonnes(b.high)}` : `at least ${tonnes(b.low)}`;
  return `; the totals held bound ${bounded.length > 1 ? "them" : "it"}: ${bounded
    .slice(0, 3)
    .map((b) => `${periodLabel(b.period)} ${bound(b)} (${periodLabel(b.span!)} less the months held)`)
    .join(", ")}`;
}

/**
 * What the months held show of a window that starts before the data ("Japan's best month this
 * year" when Japan is held only from June): the rank among them and the months the data lacks. The
 * missing months could hold anything, so this explains an unverifiable verdict; only a held month
 * that beats the figure decides the claim (it is then contradicted above).
 */
export function heldPart(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  r: RankResult,
  s: Extract<StatedRank, { type: "rank" }>,
  window: RankWindow,
): string {
  const start =
    window.type === "from"
      ? window.month
      : window.type === "span" || window.type === "earlier"
        ? window.from
        : addMonths(period, 1 - (window.type === "months" ? window.months : 1));
  const word = s.direction === "high" ? "highest" : "lowest";
  const place = r.rank === 1 ? word : `number ${r.rank} by the ${word}`;
  const held =
    r.of === 1 ? "the only month held" : `${place} of the ${r.of} months held, ${spanLabel(r.from, period)}`;
  return `${tonnes(book.monthly(key).get(period)!.value)} is ${held}; the data starts in ${periodLabel(r.from)}, so ${spanLabel(start, addMonths(r.from, -1))} of the window the text names ${start === addMonths(r.from, -1) ? "is" : "are"} not in it`;
}

/** "June-November 2025", "June 2025", "December 2024 to March 2025". */
function spanLabel(from: string, to: string): string {
  if (from === to) return periodLabel(from);
  return from.slice(0, 4) === to.slice(0, 4)
    ? periodLabel(`${from}..${to}`)
    : `${periodLabel(from)} to ${periodLabel(to)}`;
}

/**
 * "Highest since March" says March was higher: the press writes it for the last month beyond the
 * figure. When the data holds that month and it was not beyond, the statement is wrong about it.
 */
export function understatement(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  from: string,
  direction: "high" | "low",
): string | null {
  const edge = addMonths(from, -1);
  const edgeValue = book.values(key).get(edge);
  const cur = book.values(key).get(period) as number;
  if (edgeValue === undefined || (direction === "high" ? edgeValue > cur : edgeValue < cur)) return null;
  const beyond = lastBeyond(book.values(key), period, direction);
  const last = beyond
    ? `the last month beyond it was ${periodLabel(beyond.period)} (${tonnes(beyond.value)})`
    : "no earlier month in the data is beyond it";
  return `${periodLabel(edge)} (${tonnes(edgeValue)}) was not ${direction === "high" ? "higher" : "lower"}; ${last}`;
}

/** How close the month "since" names may fall short and still be the level "seen" then. */
export const LEVEL_SEEN_PCT = 2;

/**
 * True when the month "since" names falls short of the month's level by no more than
 * `LEVEL_SEEN_PCT`: 6,146 t in August is the level of 6,150 t in November in a reader's eyes, so "a
 * level not seen since August" (the reader marks such words: `levelSeen`) is not wrong for certain.
 */
export function levelSeenAtEdge(book: FigureBook, key: SeriesKey, period: string, from: string): boolean {
  const edge = book.values(key).get(addMonths(from, -1));
  const cur = book.values(key).get(period);
  return (
    edge !== undefined && cur !== undefined && Math.abs(edge - cur) <= (Math.abs(cur) * LEVEL_SEEN_PCT) / 100
  );
}
