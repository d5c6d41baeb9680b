// A full year's rank among the full years held ("2025 exports were a record").

import type { FigureBook } from "../../../analytics/figure-book.js";
import type { SeriesKey } from "../../../domain/series-key.js";
import type { StatedRank } from "../../types.js";
import { unverifiable, type Outcome } from "../check-figures.js";
import { tonnes } from "../format.js";
import { OVER_THE_DATA, RECORD_YEARS, startUnread } from "./record-history.js";
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
  const years = book.yearly(key);
  const cur = years.get(year);
  if (!cur) return unverifiable(`no ${key.series} total for ${year} (${key.partner}) in the data`);
  const beats = (f: { value: number }) =>
    s.direction === "high" ? f.value > cur.value : f.value < cur.value;
  const better = [...years.entries()]
    .filter(([y, f]) => y < year && beats(f))
    .sort((a, b) => (s.direction === "high" ? b[1].value - a[1].value : a[1].value - b[1].value));
  const held = [...years.keys()].filter((y) => y <= year).sort();
  const rank = better.length + 1;
  const actual = { value: cur.value, rank };
  const figures = [cur, ...better.slice(0, 3).map(([, f]) => f)];
  const scope = `among the full years held (${held[0]}-${year})`;
  if (rank > s.n) {
    const top = better
      .slice(0, 3)
      .map(([y, f]) => `${y}'s ${tonnes(f.value)}`)
      .join(", ");
    return {
      verdict: "contradicted",
      explanation: `stated rank ${s.n} ${scope}, but ${top} ${better.length > 1 ? "were" : "was"} ${s.direction === "high" ? "higher" : "lower"}: ${tonnes(cur.value)} ranks ${rank}`,
      actual,
      figures,
    };
  }
  if (rank < s.n)
    return unverifiable(
      `stated rank ${s.n} ${scope}, but ${tonnes(cur.value)} ranks ${rank} among the years held`,
      figures,
    );
  // "a record year" from a few full years held: the customs records go back further, unless the
  // text counts over the data ("the highest annual total in the data") or a source that saw them
  // called the year so
  if (held.length < RECORD_YEARS && !OVER_THE_DATA.test(s.raw)) {
    const why = `the data holds full years only from ${held[0]}, too short a history to tell a record (${tonnes(cur.value)} ranks ${rank} of the ${held.length} years held)`;
    return (
      sourceRank(book, key, `${year}-01..${year}-12`, s, why, figures) ??
      unverifiable(`stated ${s.raw.trim()}: ${why}`, figures)
    );
  }
  return {
    verdict: "supported",
    explanation: `stated ${s.raw.trim()}: ${tonnes(cur.value)} ranks ${rank} of ${held.length} full years held ${scope}`,
    actual,
    figures,
  };
}
