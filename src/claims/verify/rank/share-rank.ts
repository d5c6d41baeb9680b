// Ranks of a destination's share of the total ("the US share was the smallest since May", "the
// lowest EU share in the available data"). A share ranks otherwise than its tonnage (September's
// 420.5 t to the US was the lowest since June, its 7.3% share the lowest since May), so the rank is
// counted over the months whose share the data can compute, the destination's tonnage and the total
// both held. A computed share that beats it beyond rounding refutes the rank. A rank that holds is
// left unverifiable when the window has months whose share cannot be computed, when a share a
// source stated may beat it, when the window starts before the data, or when the month the words
// name as beyond it ("since May") is not known to be.

import type { Figure, FigureBook } from "../../../analytics/figure-book.js";
import { rankIn, type RankWindow } from "../../../analytics/month-figures.js";
import type { SeriesKey } from "../../../domain/series-key.js";
import type { StatedRank } from "../../types.js";
import { shareBetween } from "../../../analytics/figure-ranges.js";
import { unverifiable, type Outcome } from "../check-figures.js";
import { periodLabel } from "../format.js";

type Ranked = Extract<StatedRank, { type: "rank" }>;

/** A month's share of the total in percent, the interval its figures' rounding allows, and the figures. */
interface MonthShare {
  share: number;
  low: number;
  high: number;
  figures: Figure[];
}

/** What a share printed to the whole percent by a source may hide. */
const STATED_ROUNDING = 0.5;

/** Every month of `key` whose share of the total the data can compute. */
function sharesOf(book: FigureBook, key: SeriesKey): Map<string, MonthShare> {
  const totals = book.monthly({ ...key, partner: "WLD" });
  const out = new Map<string, MonthShare>();
  for (const [period, part] of book.monthly(key)) {
    const total = totals.get(period);
    if (total === undefined || total.value <= 0 || total.unit !== part.unit) continue;
    const { share, range } = shareBetween(part, total);
    out.set(period, { share, low: range[0], high: range[1], figures: [part, total] });
  }
  return out;
}

/**
 * The outcome of rank `s` of the share of `key`'s destination in `period`, counted over `window`.
 *
 * @example
 * // "the US share was the smallest since May" of September 2025: 7.3%, below June-August, above May's 3.7%
 * shareRank(book, usMagnets, "2025-09", stated, { type: "from", month: "2025-06" }).verdict // "supported"
 */
export function shareRank(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Ranked,
  window: RankWindow,
): Outcome {
  const stated = `stated ${s.raw.trim()}, a rank of ${key.partner}'s share of the total`;
  if (key.partner === "WLD")
    return unverifiable(`${stated}: a share needs a destination, and the text names none`);
  const shares = sharesOf(book, key);
  const cur = shares.get(period);
  if (cur === undefined)
    return unverifiable(`${stated}: the data cannot compute the share for ${periodLabel(period)}`);
  const r = rankIn(new Map([...shares].map(([p, x]) => [p, x.share])), period, s.direction, window);
  if (r === null) return unverifiable(`${stated}: ${periodLabel(period)} is not a month of that span`);
  const high = s.direction === "high";
  const beats = (x: MonthShare) => (high ? x.low > cur.high : x.high < cur.low);
  const shareIn = (p: string) => `${shares.get(p)!.share.toFixed(1)}% in ${periodLabel(p)}`;
  const own = `the share was ${cur.share.toFixed(1)}% in ${periodLabel(period)}`;
  const certain = r.better.filter((b) => beats(shares.get(b.period)!));
  const figures = [...cur.figures, ...certain.slice(0, 3).flatMap((b) => shares.get(b.period)!.figures)];
  const actual = { pct: cur.share, unit: "%", rank: r.rank };
  if (certain.length >= s.n)
    return {
      verdict: "contradicted",
      explanation: `${stated}, but ${own} and ${certain
        .slice(0, 3)
        .map((b) => shareIn(b.period))
        .join(
          ", ",
        )} ${certain.length > 1 ? "were" : "was"} ${high ? "higher" : "lower"}: it ranks ${r.rank} of the ${r.of} months whose share the data holds`,
      actual,
      figures,
    };
  const open = whyOpen(book, key, period, s, window, shares, cur, r);
  if (r.rank !== s.n && !(s.within === true && r.rank <= s.n))
    return unverifiable(`${stated}: ${own}, which ranks ${r.rank} of ${r.of} months held`, figures);
  if (open !== null)
    return unverifiable(`${stated}: ${own}, ranking ${r.rank} of ${r.of} months held, but ${open}`, figures);
  return {
    verdict: "supported",
    explanation: `${stated}: ${own}, ranking ${r.rank} of the ${r.of} months whose share the data holds from ${periodLabel(r.from)}`,
    actual,
    figures,
  };
}

/** Why a rank that holds over the shares computed is still not certain, or null when it is. */
function whyOpen(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Ranked,
  window: RankWindow,
  shares: ReadonlyMap<string, MonthShare>,
  cur: MonthShare,
  r: NonNullable<ReturnType<typeof rankIn>>,
): string | null {
  const overData = s.scope.type === "record" && s.overTheData === true;
  if (s.scope.type === "record" && !overData) return "a record needs a longer history than the data holds";
  if (r.startsBeforeData && !overData) return "the window starts before the data";
  if (r.gaps.length > 0 && !overData)
    return `the share of ${r.gaps.slice(0, 3).map(periodLabel).join(", ")} cannot be computed`;
  const high = s.direction === "high";
  // a share a source stated of a month whose share cannot be computed may beat it ("32% in May")
  const rival = [...book.monthly({ ...key, measure: "share" }).values()].find(
    (f) =>
      !shares.has(f.period) &&
      (overData || (f.period >= r.from && f.period <= period)) &&
      (high ? f.value + STATED_ROUNDING >= cur.low : f.value - STATED_ROUNDING <= cur.high),
  );
  if (rival !== undefined) return `a source gave ${rival.value}% for ${periodLabel(rival.period)}`;
  const later = [...shares].find(
    ([p, x]) =>
      s.scope.type === "year" &&
      p > period &&
      p.startsWith(String(s.scope.year)) &&
      (high ? x.high >= cur.low : x.low <= cur.high),
  );
  if (later !== undefined) return `the share of ${periodLabel(later[0])}, later that year, ranks above it`;
  // "the smallest since May" names May as beyond it
  if (s.scope.type === "since" && s.scope.atLeast !== true && window.type === "from") {
    const edge = shares.get(s.scope.period);
    if (edge === undefined) return `the share of ${periodLabel(s.scope.period)} cannot be computed`;
    if (!(high ? edge.low > cur.high : edge.high < cur.low))
      return `${periodLabel(s.scope.period)}'s ${edge.share.toFixed(1)}% was not ${high ? "higher" : "lower"}`;
  }
  return null;
}
