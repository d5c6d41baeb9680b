// A rank over N months the text does not fix ("the low point of the five months").

import type { FigureBook } from "../../../analytics/figure-book.js";
import { rankIn } from "../../../analytics/month-figures.js";
import { addMonths } from "../../../domain/period.js";
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
