// A rank over N months the text does not fix ("the low point of the five months").

import type { FigureBook } from "../../../analytics/figure-book.js";
import { rankIn } from "../../../analytics/month-figures.js";
import { addMonths, monthIndex } from "../../../domain/period.js";
import type { SeriesKey } from "../../../domain/series-key.js";
import type { StatedRank } from "../../types.js";
import { unverifiable, type Outcome } from "../check-figures.js";
import { periodLabel, tonnes } from "../format.js";
import { couldBeat } from "./window-edges.js";

/**
 * "September was the low point of the five months": the text does not fix which N months it means,
 * so any N months that hold the claim's month may be. Supported on the first of them, from the one
 * ending at the month, where the stated rank holds and no missing month could take it; otherwise
 * unverifiable, never contradicted, since the window is the reader's guess.
 */
export function openWindowRank(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Extract<StatedRank, { type: "rank" }>,
  n: number,
): Outcome {
  if (s.scope.type === "months" && s.scope.unstated) return unstatedWindowRank(book, key, period, s, n);
  return openWindow(book, key, period, s, n);
}

/** The first N months holding the month, from the one ending at it, that bear the rank out. */
function openWindow(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Extract<StatedRank, { type: "rank" }>,
  n: number,
): Outcome {
  const cur = book.monthly(key).get(period)!;
  const values = book.values(key);
  for (let shift = 0; shift < n; shift++) {
    const to = addMonths(period, shift);
    const from = addMonths(to, 1 - n);
    const r = rankIn(values, period, s.direction, { type: "span", from, to });
    if (!r || r.startsBeforeData || r.rank !== s.n) continue;
    if (couldBeat(book, key, r.gaps, cur.value, s.direction).length > 0) continue;
    return {
      verdict: "supported",
      explanation: `stated ${s.raw.trim()}: ${tonnes(cur.value)} ranks ${r.rank} of the ${r.of} months held from ${periodLabel(from)} to ${periodLabel(to)}, ${n} months that hold ${periodLabel(period)} (the text does not say which ${n} it means)`,
      actual: { value: cur.value, rank: r.rank },
      figures: [cur],
    };
  }
  return unverifiable(
    `stated ${s.raw.trim()}: the text does not say which ${n} months it means, and no ${n} months holding ${periodLabel(period)} that the data holds bear the rank out`,
    [cur],
  );
}

/** Fewest months held in the year a rank with no stretch named is read over. */
const YEAR_MONTHS = 3;

/**
 * "June's 3,188 t was the low", "shipments peaked in August": the words name no stretch of months.
 * Supported where the month is the extreme of the months of its year that the data holds, from the
 * first to the last, no missing month between could take it; or where it is a turn, borne out over
 * some N months that hold it (see `openWindow`) with neither month beside it beating it (July
 * 1,116 t, August 1,346 t, September 1,288 t: August was the peak). June's 3,188 t is the low of June
 * to August, but no low with May's 1,238 t before it. Otherwise unverifiable, never contradicted.
 */
function unstatedWindowRank(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Extract<StatedRank, { type: "rank" }>,
  n: number,
): Outcome {
  const months = book.monthly(key);
  const cur = months.get(period)!;
  const year = period.slice(0, 4);
  const held = [...months.keys()].filter((p) => p.startsWith(`${year}-`) && monthIndex(p) !== null);
  const from = held.reduce((a, b) => (b < a ? b : a), period);
  const to = held.reduce((a, b) => (b > a ? b : a), period);
  const r = rankIn(book.values(key), period, s.direction, { type: "span", from, to });
  if (
    r !== null &&
    r.rank === s.n &&
    r.of >= YEAR_MONTHS &&
    couldBeat(book, key, r.gaps, cur.value, s.direction).length === 0
  )
    return {
      verdict: "supported",
      explanation: `stated ${s.raw.trim()}: the words name no stretch of months, read over ${year}: ${tonnes(cur.value)} ranks ${r.rank} of the ${r.of} months held from ${periodLabel(from)} to ${periodLabel(to)}`,
      actual: { value: cur.value, rank: r.rank },
      figures: [cur],
    };
  const beside = [addMonths(period, -1), addMonths(period, 1)].filter((p) => {
    const f = months.get(p);
    return f !== undefined && (s.direction === "high" ? f.value > cur.value : f.value < cur.value);
  });
  if (beside.length === 0) {
    const turn = openWindow(book, key, period, s, n);
    if (turn.verdict === "supported") return turn;
  }
  const why =
    beside.length > 0
      ? `, and ${beside.map(periodLabel).join(" and ")} beside it ${beside.length > 1 ? "were" : "was"} ${s.direction === "high" ? "higher" : "lower"}`
      : "";
  return unverifiable(
    `stated ${s.raw.trim()}: the words name no stretch of months; over the months of ${year} the data holds the rank is not borne out${why}`,
    [cur],
  );
}
