// A share stated with the way it moved ("the US share slipped to 9.5%", "Japan's share climbed to
// 5%") says two things: the share, and that it rose or fell to it. A right share whose words move it
// the wrong way is not borne out ("the US share rose to 9.5%" of a share that fell from 12%); since
// the words may count the move from another month than the one before, it is not called wrong either.

import type { StatedShare } from "../types.js";
import type { SeriesKey } from "../../domain/series-key.js";
import type { FigureBook } from "../../analytics/figure-book.js";
import { checkDirection, type Outcome } from "./check-figures.js";

const RISE =
  "rose|risen|climbed|increased|grew|jumped|rebounded|recovered|expanded|widened|edged up|ticked up|crept up";
const FALL =
  "fell|fallen|slipped|dropped|declined|decreased|eased|shrank|shrunk|slid|narrowed|edged down|ticked down";
/** The share's noun, then the verb that moves it to the figure: "share of magnet exports climbed to 9.5%". */
const MOVED_TO = new RegExp(
  `\\b(?:share|portion|proportion|slice)\\b.*?\\b(?:(${RISE})|(${FALL}))\\s(?:back\\s)?to\\s`,
  "i",
);

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
  if (outcome.verdict !== "supported" || !/^\d{4}-\d{2}$/.test(period)) return null;
  const m = MOVED_TO.exec(s.raw);
  if (!m) return null;
  const direction = m[1] !== undefined ? "up" : "down";
  const move = checkDirection(book, key, period, "mom", {
    type: "direction",
    direction,
    basis: "mom",
    raw: m[1] ?? m[2] ?? "",
    measure: "share",
  });
  if (move.verdict !== "contradicted") return null;
  return {
    ...outcome,
    verdict: "unverifiable",
    explanation: `${outcome.explanation}; but the words say the share ${direction === "up" ? "rose" : "fell"} to it, and ${move.explanation}`,
  };
}
