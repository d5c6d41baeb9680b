// A share stated with the way it moved ("the US share slipped to 9.5%", "Japan's share climbed to
// 5%") says two things: the share, and that it rose or fell to it. A right share whose words move it
// the wrong way is not borne out ("the US share rose to 9.5%" of a share that fell from 12%); since
// the words may count the move from another month than the one before, it is not called wrong either.
// The reader records the move with the share (extract/share-moves.ts).

import type { StatedShare } from "../types.js";
import type { SeriesKey } from "../../domain/series-key.js";
import type { FigureBook } from "../../analytics/figure-book.js";
import { basePeriod } from "../../analytics/month-figures.js";
import { checkDirection, type Outcome } from "./check-figures.js";
import { periodLabel } from "./format.js";

/**
 * The outcome of a share borne out whose words move it the other way than the data does from the
 * month before, left unverifiable; null otherwise.
 *
 * @example
 * // "the US share rose to 9.5% in November", the share having fallen from 12.0% in October: unverifiable
 */
export function movedOtherWay(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: StatedShare,
  outcome: Outcome,
): Outcome | null {
  if (outcome.verdict !== "supported" || s.moved === undefined || !/^\d{4}-\d{2}$/.test(period)) return null;
  const { direction, raw } = s.moved;
  const move = checkDirection(book, key, period, "mom", {
    type: "direction",
    direction,
    basis: "mom",
    raw,
    measure: "share",
  });
  const words = `the words say the share ${direction === "up" ? "rose" : "fell"} to it`;
  if (move.verdict === "contradicted")
    return {
      ...outcome,
      verdict: "unverifiable",
      explanation: `${outcome.explanation}; but ${words}, and ${move.explanation}`,
    };
  const before = move.verdict === "unverifiable" ? statedBefore(book, key, period, direction, outcome) : null;
  if (before === null) return null;
  return {
    ...outcome,
    verdict: "unverifiable",
    explanation: `${outcome.explanation}; but ${words}, and ${before}`,
  };
}

/**
 * "The EU's share fell to 43% in June" where the data holds no EU tonnage for May, only the 32% a
 * source gave: a share the month before that a source stated, from which the share moved the other
 * way than the words say beyond both roundings, tells why the move is not borne out; null otherwise.
 */
function statedBefore(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  direction: "up" | "down",
  outcome: Outcome,
): string | null {
  const month = basePeriod(period, "mom");
  const now = outcome.actual?.pct;
  if (month === null || now === undefined) return null;
  const f = book.point({ ...key, measure: "share" }, month);
  if (f === null || f.unit !== "%" || f.parts !== undefined) return null;
  const gap = now - f.value;
  const slack = f.halfStep + ROUNDING;
  if (direction === "up" ? gap >= -slack : gap <= slack) return null;
  const by = f.point.origins.join(", ") || "a source";
  return `${by} gave ${f.value}% for ${periodLabel(month)}, from which the share ${gap > 0 ? "rose" : "fell"}`;
}

/** Half a point: what a share printed to the whole percent may hide. */
const ROUNDING = 0.5;
