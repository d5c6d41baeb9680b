// A rank the data alone cannot tell (too few years or months held, a window that starts before the
// data), borne out by what published sources stated of the same figure: a source that called the
// same figure by the same rank over the same window supports the claim, by that source's word. A
// source can be wrong, so its word never contradicts, and where sources disagree on the rank it
// supports nothing.

import type { Figure, FigureBook } from "../../../analytics/figure-book.js";
import type { SeriesKey } from "../../../domain/series-key.js";
import type { StatedRank } from "../../types.js";
import type { Outcome } from "../check-figures.js";
import { rankScope, rankWords, sameScope } from "./stated-scope.js";

/**
 * The claim supported by the sources that stated its rank of the same key and period, or null when
 * none did or they disagree. `why` says why the data alone cannot rank it.
 * @example sourceRank(book, key, "2025-01..2025-12", stated, "the data holds full years only from 2023", [figure])
 */
export function sourceRank(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Extract<StatedRank, { type: "rank" }>,
  why: string,
  figures: Figure[],
): Outcome | null {
  const sameWindow = book.statedRanks(key, period).filter((r) => {
    const scope = rankScope(r.scope);
    return r.direction === s.direction && scope !== null && sameScope(scope, s.scope);
  });
  const agree = sameWindow.filter((r) => r.rank === s.n);
  if (agree.length === 0 || agree.length < sameWindow.length) return null;
  const first = agree[0]!;
  const others = new Set(agree.map((r) => r.publisher)).size - 1;
  const who = `${first.publisher}${first.published ? ` (published ${first.published})` : ""}${others > 0 ? ` and ${others} other source${others > 1 ? "s" : ""}` : ""}`;
  return {
    verdict: "supported",
    explanation: `stated ${s.raw.trim()}: supported by ${who}, which called this figure the ${rankWords(s.n, s.direction, s.scope)}; the data alone cannot rank it: ${why}`,
    actual: figures[0] ? { value: figures[0].value } : null,
    figures,
  };
}
