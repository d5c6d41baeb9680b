// A destination's rank among the destinations of its period ("Germany remained the No.1 destination").

import type { Figure, FigureBook } from "../../../analytics/figure-book.js";
import { percentOf } from "../../../analytics/figure-ranges.js";
import type { SeriesKey } from "../../../domain/series-key.js";
import type { StatedRank } from "../../types.js";
import { unverifiable, type Outcome } from "../check-figures.js";
import { namedAbove } from "../named-above.js";
import { noFigure, periodLabel, tonnes } from "../format.js";

/** A country: blocs (EU27), regions and the world are not ranked among destinations. */
const COUNTRY = /^[A-Z]{3}$/;

/**
 * A destination's rank among the destinations of its period ("Germany remained the No.1
 * destination"), counted over the countries the data holds, as a month's rank is counted over the
 * months held. Contradicted only when held countries beat it beyond rounding; a rank the held
 * countries leave better than stated is unverifiable, since countries the data lacks may stand between.
 */
export function destinationRank(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Extract<StatedRank, { type: "rank" }>,
): Outcome {
  const label = periodLabel(period);
  if (!COUNTRY.test(key.partner) || key.partner === "WLD")
    return unverifiable(
      `a rank among destinations is checked for a country; the claim is about ${key.partner}`,
    );
  const all = book.partners(key, period);
  const cur = all.get(key.partner);
  if (!cur) return unverifiable(noFigure(key, label));
  const others = [...all.entries()].filter(([p]) => p !== key.partner && p !== "WLD" && COUNTRY.test(p));
  const above = (f: Figure) => f.value - f.halfStep > cur.value + cur.halfStep;
  const near = (f: Figure) => !above(f) && f.value + f.halfStep >= cur.value - cur.halfStep;
  const better = others.filter(([, f]) => above(f)).sort((a, b) => b[1].value - a[1].value);
  const close = others.filter(([, f]) => near(f));
  const total = book.point({ ...key, partner: "WLD" }, period);
  const held = others.reduce((sum, [, f]) => sum + f.value, cur.value);
  const coverage =
    total && total.value > 0
      ? `; the data holds ${others.length + 1} destinations for ${label}, ${Math.round(percentOf(held, total.value))}% of the total`
      : `; the data holds ${others.length + 1} destinations for ${label}`;
  const rank = better.length + 1;
  const actual = { value: cur.value, rank };
  const figures = [cur, ...better.slice(0, 3).map(([, f]) => f)];
  const named = better
    .slice(0, 3)
    .map(([p, f]) => `${p}'s ${tonnes(f.value)}`)
    .join(", ");
  if (rank > s.n)
    return {
      verdict: "contradicted",
      explanation: `stated rank ${s.n} among destinations in ${label}, but ${named} ${better.length > 1 ? "were" : "was"} higher than ${key.partner}'s ${tonnes(cur.value)}: it ranks ${rank} of the destinations held`,
      actual,
      figures,
    };
  if (rank + close.length > s.n)
    return unverifiable(
      `stated rank ${s.n} among destinations, but another destination's figure is within rounding of ${key.partner}'s ${tonnes(cur.value)}`,
      figures,
    );
  // "third place behind Germany and South Korea": a destination named above it that is held below it
  const notAbove = namedAbove(s.above, (p) => all.get(p), cur);
  if (notAbove?.verdict === "contradicted") return notAbove;
  if (rank < s.n)
    return unverifiable(
      `stated rank ${s.n} among destinations, but among those the data holds ${key.partner}'s ${tonnes(cur.value)} ranks ${rank}${coverage}`,
      figures,
    );
  if (notAbove) return notAbove;
  return {
    verdict: "supported",
    explanation: `stated ${s.raw.trim()}: ${key.partner}'s ${tonnes(cur.value)} ranks ${rank} among the destinations held${coverage}`,
    actual,
    figures,
  };
}
