// Runs of rises or falls ("a fifth straight monthly fall", "three straight months of declines on
// the year"), counted by analytics on the month or on the year.

import type { FigureBook } from "../../../analytics/figure-book.js";
import { runPastAt, streakAt, yoyStreakAt } from "../../../analytics/month-figures.js";
import { addMonths } from "../../../domain/period.js";
import type { SeriesKey } from "../../../domain/series-key.js";
import type { StatedRank } from "../../types.js";
import { unverifiable, type Outcome } from "../check-figures.js";
import { periodLabel, tonnes } from "../format.js";

export function streak(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Extract<StatedRank, { type: "streak" }>,
): Outcome {
  const main = streakOn(book, key, period, s);
  // "rose 5.7% year on year, reversing three straight months of declines": the run is most likely
  // of changes on the year, but the words leave monthly moves open, so both must be wrong to contradict
  if (main.verdict !== "contradicted" || s.basisFromClause !== true) return main;
  const monthly = streakOn(book, key, period, { ...s, basis: undefined });
  return monthly.verdict === "contradicted"
    ? main
    : unverifiable(
        `ambiguous: ${main.explanation}; but the run may be of monthly moves, which the words do not rule out: ${monthly.explanation}`,
        main.figures,
      );
}

function streakOn(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Extract<StatedRank, { type: "streak" }>,
): Outcome {
  const months = book.monthly(key);
  // "ending three months of gains": the run is counted to the month before, which the month broke
  const at = s.before ? addMonths(period, -1) : period;
  const r =
    s.past !== undefined
      ? runPastAt(book.values(key), at, s.past, s.direction, s.n + 1)
      : (s.basis === "yoy" ? yoyStreakAt : streakAt)(book.values(key), at, s.direction, s.n + 1);
  const word = s.direction === "up" ? "rise" : "fall";
  const cur = months.get(period)!;
  const actual = { value: cur.value, streak: s.direction === "up" ? r.length : -r.length };
  const figures = [cur, ...r.used.map((u) => months.get(u.period)!).filter(Boolean)].filter(
    (f, i, all) => all.indexOf(f) === i,
  );
  const run =
    s.past !== undefined
      ? `months ${s.direction === "up" ? "above" : "below"} ${tonnes(s.past)}`
      : `${s.basis === "yoy" ? "year-on-year" : "monthly"} ${word}s`;
  const stated = `stated ${s.atLeast ? "at least " : ""}${s.n} straight ${run}${s.before ? " before it" : ""}`;
  const held = `data gives ${r.length} to ${periodLabel(at)}`;
  if (r.length === s.n || (s.atLeast && r.length > s.n))
    return { verdict: "supported", explanation: `${stated}, ${held}`, actual, figures };
  // "a second straight rise" in what was the third: the month's move and the run it names hold, only
  // the count understates it, as "rank 2" of a year that ranks first is not a false statement
  if (r.length > s.n)
    return unverifiable(
      `${stated}, but the run is longer (at least ${r.length} to ${periodLabel(at)}): the count understates it`,
      figures,
    );
  if (r.gap !== null && r.length < s.n)
    return unverifiable(
      `${stated}; the data shows ${r.length} before ${periodLabel(r.gap)}, which is missing`,
      figures,
    );
  return { verdict: "contradicted", explanation: `${stated}, ${held}`, actual, figures };
}
