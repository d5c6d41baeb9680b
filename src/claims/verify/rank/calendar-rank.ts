// Verdicts on a rank among the same calendar month of each year ("the strongest November on
// record", "a record for any October", "the weakest June since 2024"), with analytics' rank over the
// calendar-month window. A month held that beats it contradicts it; too short a history, a year
// missing from the window, or a "since" year that does not bear the window out leave it unverifiable.

import type { FigureBook } from "../../../analytics/figure-book.js";
import { rankIn } from "../../../analytics/month-figures.js";
import { MONTH_NAMES } from "../../../domain/period.js";
import type { SeriesKey } from "../../../domain/series-key.js";
import type { StatedRank } from "../../types.js";
import { unverifiable, type Outcome } from "../check-figures.js";
import { monthsAbove, periodLabel, tonnes } from "../format.js";

type CalendarRank = Extract<StatedRank, { type: "rank" }> & {
  scope: { type: "calendar"; month: number; since?: number };
};

/** Whether a stated rank is counted among the same calendar month of each year. */
export const isCalendarRank = (s: StatedRank): s is CalendarRank =>
  s.type === "rank" && s.scope.type === "calendar";

/** A rank among the same calendar month of each year, for one month held. */
export function checkCalendarRank(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: CalendarRank,
): Outcome {
  const name = MONTH_NAMES[s.scope.month - 1] ?? "";
  const raw = s.raw.trim();
  if (Number(period.slice(5, 7)) !== s.scope.month)
    return unverifiable(
      `stated ${raw}: a rank among the ${name}s, but the figure was read as ${periodLabel(period)}'s`,
    );
  const months = book.monthly(key);
  const cur = months.get(period)!;
  const since = s.scope.since;
  const r = rankIn(book.values(key), period, s.direction, {
    type: "calendar",
    ...(since === undefined ? {} : { fromYear: since + 1 }),
  })!;
  const figures = [cur, ...r.better.slice(0, 3).map((b) => months.get(b.period)!)];
  const actual = { value: cur.value, rank: r.rank };
  const held = `${tonnes(cur.value)} ranks ${r.rank} of the ${r.of} ${name}s held from ${r.from.slice(0, 4)} (ranked among the same month of each year)`;
  if (r.rank > s.n) {
    const word = s.direction === "high" ? "higher" : "lower";
    const top = monthsAbove(r.better, r.rank);
    return {
      verdict: "contradicted",
      explanation: `stated ${raw}, but ${top} ${r.better.length > 1 ? "were" : "was"} ${word}: ${held}`,
      actual,
      figures,
    };
  }
  if (r.rank < s.n && s.within !== true) return unverifiable(`stated ${raw}, but ${held}`, figures);
  if (since === undefined && r.of < 2)
    return unverifiable(`stated ${raw}: the data holds no earlier ${name} to rank it against`, figures);
  // a record is counted over the months held, as a record over every month is; a window from a year
  // the text names is not known to hold the rank while a year of it is missing
  const caveat =
    r.gaps.length > 0
      ? `; ${r.gaps.map(periodLabel).join(", ")} ${r.gaps.length > 1 ? "are" : "is"} missing from the data`
      : "";
  if (since !== undefined && r.gaps.length > 0)
    return unverifiable(
      `stated ${raw}: ${held}, but ${r.gaps.map(periodLabel).join(", ")} ${r.gaps.length > 1 ? "are" : "is"} missing and could rank above it`,
      figures,
    );
  if (since !== undefined) {
    // "the weakest June since 2024" says June 2024 was weaker still
    const edge = months.get(`${since}-${period.slice(5, 7)}`);
    if (!edge)
      return unverifiable(
        `stated ${raw}: the data holds no figure for ${name} ${since}, the year it counts from`,
        figures,
      );
    const beyond = s.direction === "high" ? edge.value > cur.value : edge.value < cur.value;
    if (!beyond)
      return unverifiable(
        `stated ${raw}: ${held}, but ${name} ${since}'s ${tonnes(edge.value)} was not ${s.direction === "high" ? "higher" : "lower"}, so the window the text means is unclear`,
        [...figures, edge],
      );
    figures.push(edge);
  }
  return { verdict: "supported", explanation: `stated ${raw}: ${held}${caveat}`, actual, figures };
}
