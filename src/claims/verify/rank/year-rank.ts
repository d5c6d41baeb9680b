// A full year's rank among the full years held ("2025 exports were a record") or over a run of
// years ("the lowest in three years", "the highest since 2023").

import type { Figure, FigureBook } from "../../../analytics/figure-book.js";
import { yearRankIn, type RankResult } from "../../../analytics/month-figures.js";
import type { SeriesKey } from "../../../domain/series-key.js";
import type { StatedRank } from "../../types.js";
import { unverifiable, type Outcome } from "../check-figures.js";
import { monthsAbove, tonnes } from "../format.js";
import { RECORD_YEARS, startUnread } from "./record-history.js";
import { sourceRank } from "./source-rank.js";

/** A full year's rank among the full years held ("2025 exports were a record"). */
export function yearRank(
  book: FigureBook,
  key: SeriesKey,
  year: string,
  s: Extract<StatedRank, { type: "rank" }>,
): Outcome {
  const unread = startUnread(s);
  if (unread) return unread;
  // among every full year held up to it
  const ranked = rankOfYear(book, key, year, s.direction, -Infinity);
  if (ranked === null) return unverifiable(`no ${key.series} total for ${year} (${key.partner}) in the data`);
  const { years, cur, r } = ranked;
  const { rank, of: held } = r;
  const actual = { value: cur.value, rank };
  const figures = [cur, ...r.better.slice(0, 3).map((b) => years.get(b.period)!)];
  const scope = `among the full years held (${r.from}-${year})`;
  if (rank > s.n)
    return {
      verdict: "contradicted",
      explanation: `stated rank ${s.n} ${scope}, but ${monthsAbove(r.better, rank)} ${r.better.length > 1 ? "were" : "was"} ${s.direction === "high" ? "higher" : "lower"}: ${tonnes(cur.value)} ranks ${rank}`,
      actual,
      figures,
    };
  if (rank < s.n)
    return unverifiable(
      `stated rank ${s.n} ${scope}, but ${tonnes(cur.value)} ranks ${rank} among the years held`,
      figures,
    );
  // "a record year" from a few full years held: the customs records go back further, unless the
  // text counts over the data ("the highest annual total in the data") or a source that saw them
  // called the year so
  if (held < RECORD_YEARS && s.overTheData !== true) {
    const why = `the data holds full years only from ${r.from}, too short a history to tell a record (${tonnes(cur.value)} ranks ${rank} of the ${held} years held)`;
    return (
      sourceRank(book, key, `${year}-01..${year}-12`, s, why, figures) ??
      unverifiable(`stated ${s.raw.trim()}: ${why}`, figures)
    );
  }
  return {
    verdict: "supported",
    explanation: `stated ${s.raw.trim()}: ${tonnes(cur.value)} ranks ${rank} of ${held} full years held ${scope}`,
    actual,
    figures,
  };
}

/**
 * A full year's rank over a run of years ("the lowest in three years", "the highest since 2023",
 * "the most since at least 2023"), among the full years held; null when the scope is no such run.
 * Contradicted only by a held year of the run that beats it, or by the year "since" names when it
 * was not beyond it; a run that starts before the years held, or lacks one, leaves it open.
 */
export function yearWindowRank(
  book: FigureBook,
  key: SeriesKey,
  year: string,
  s: Extract<StatedRank, { type: "rank" }>,
): Outcome | null {
  const from =
    s.scope.type === "months" && s.scope.open !== true && s.scope.months % 12 === 0
      ? Number(year) - s.scope.months / 12 + 1
      : s.scope.type === "since" && /^\d{4}$/.test(s.scope.period)
        ? Number(s.scope.period) + 1
        : null;
  if (from === null || from > Number(year)) return null;
  const ranked = rankOfYear(book, key, year, s.direction, from);
  if (ranked === null) return unverifiable(`no ${key.series} total for ${year} (${key.partner}) in the data`);
  const { years, cur, r } = ranked;
  const word = s.direction === "high" ? "higher" : "lower";
  const figures = [cur, ...r.better.slice(0, 3).map((b) => years.get(b.period)!)];
  const window = `${from}-${year}`;
  if (r.rank > s.n)
    return {
      verdict: "contradicted",
      explanation: `stated rank ${s.n} of the years ${window}, but ${monthsAbove(r.better, r.rank)} ${r.better.length > 1 ? "were" : "was"} ${word}: ${tonnes(cur.value)} ranks ${r.rank} of ${r.of} full years held`,
      actual: { value: cur.value, rank: r.rank },
      figures,
    };
  const held = `${tonnes(cur.value)} ranks ${r.rank} of the ${r.of} full years held from ${r.from}`;
  if (r.startsBeforeData || r.gaps.length > 0)
    return unverifiable(
      `stated ${s.raw.trim()}: ${held}, but ${r.startsBeforeData ? `the data holds full years ${r.from}-${[...years.keys()].sort().at(-1)}` : `${r.gaps.join(", ")} ${r.gaps.length > 1 ? "are" : "is"} not held`}, so the years ${window} are not all in it`,
      figures,
    );
  if (r.rank < s.n) return unverifiable(`stated rank ${s.n} of the years ${window}, but ${held}`, figures);
  // "the highest since 2023" says 2023 was higher
  const edge = s.scope.type === "since" && s.scope.atLeast !== true ? years.get(String(from - 1)) : undefined;
  if (edge && !(s.direction === "high" ? edge.value > cur.value : edge.value < cur.value))
    return {
      verdict: "contradicted",
      explanation: `stated ${s.raw.trim()}, but ${from - 1} (${tonnes(edge.value)}) was not ${word}`,
      actual: { value: cur.value, rank: r.rank },
      figures: [cur, edge],
    };
  return {
    verdict: "supported",
    explanation: `stated ${s.raw.trim()}: ${held}`,
    actual: { value: cur.value, rank: r.rank },
    figures,
  };
}

/**
 * The key's full-year figures, the figure of `year` and its rank among those held from `from`
 * (`yearRankIn`); null when `year` is not held.
 */
function rankOfYear(
  book: FigureBook,
  key: SeriesKey,
  year: string,
  direction: "high" | "low",
  from: number,
): { years: ReadonlyMap<string, Figure>; cur: Figure; r: RankResult } | null {
  const years = book.yearly(key);
  const r = yearRankIn(new Map([...years].map(([y, f]) => [y, f.value])), year, direction, from);
  // a year ranked is a year held
  return r === null ? null : { years, cur: years.get(year)!, r };
}
