// A rank said by naming what beat it ("second only to January", "behind only Germany and Korea"):
// the rank holding is not enough, each month or destination named must be the one above. One the
// data holds below the claim's figure makes it false; one it does not hold, or holds within rounding,
// leaves it open.

import type { Figure } from "../../analytics/figure-book.js";
import { unverifiable, type Outcome } from "./check-figures.js";
import { periodLabel, tonnes } from "./format.js";

/**
 * The outcome when the named ones do not bear the rank out, or null when each is held above `cur`.
 * `figureOf` gives a named month's or destination's figure; `label` names it in the explanation;
 * `mayBeWhen`: the words may say when a window starts instead ("after August"), so one below leaves it open.
 * @example namedAbove(["DEU"], (p) => figures.get(p), cur, (p) => p) // null when Germany is above
 */
export function namedAbove(
  named: readonly string[] | undefined,
  figureOf: (name: string) => Figure | undefined,
  cur: Figure,
  label: (name: string) => string = (n) => (/^\d{4}-\d{2}$/.test(n) ? periodLabel(n) : n),
  mayBeWhen = false,
): Outcome | null {
  for (const n of named ?? []) {
    const f = figureOf(n);
    if (f === undefined)
      return unverifiable(`the text names ${label(n)} as above it, and the data holds no figure for it`, [
        cur,
      ]);
    // "the highest this year after August" may say when the window starts: not false on that alone
    if (f.value + f.halfStep < cur.value - cur.halfStep && mayBeWhen)
      return unverifiable(
        `the text may name ${label(n)} as above it, but ${label(n)}'s ${tonnes(f.value)} was below ${tonnes(cur.value)}; the words may instead say the months after ${label(n)}`,
        [cur, f],
      );
    if (f.value + f.halfStep < cur.value - cur.halfStep)
      return {
        verdict: "contradicted",
        explanation: `the text names ${label(n)} as above it, but ${label(n)}'s ${tonnes(f.value)} was below ${tonnes(cur.value)}`,
        actual: { value: cur.value },
        figures: [cur, f],
      };
    if (f.value - f.halfStep <= cur.value + cur.halfStep)
      return unverifiable(
        `the text names ${label(n)} as above it, but ${label(n)}'s ${tonnes(f.value)} is within rounding of ${tonnes(cur.value)}`,
        [cur, f],
      );
  }
  return null;
}
