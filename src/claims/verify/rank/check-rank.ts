// Verdicts on ranks ("second-highest on record", "highest since January", "a six-month high",
// "this year's highest") and streaks ("fifth straight monthly fall") under one reading, with the
// rank and streak functions of analytics. A rank is contradicted only by a month the data holds
// that beats it; a rank better than stated, missing months or a window that starts before the data
// leave it unverifiable or carry a caveat. The kinds of rank each have their module beside this one.

import type { Figure, FigureBook } from "../../../analytics/figure-book.js";
import { rankIn, type RankWindow } from "../../../analytics/month-figures.js";
import { addMonths, monthIndex, monthsFrom } from "../../../domain/period.js";
import type { SeriesKey } from "../../../domain/series-key.js";
import type { StatedRank } from "../../types.js";
import { unverifiable, type Outcome } from "../check-figures.js";
import { namedAbove } from "../named-above.js";
import { monthsAbove, noFigure, periodLabel, tonnes } from "../format.js";
import { checkCalendarRank, isCalendarRank } from "./calendar-rank.js";
import { controlsRank } from "./controls-rank.js";
import { destinationRank } from "./destination-rank.js";
import { openWindowRank } from "./open-window-rank.js";
import { lastReleased } from "../unreleased.js";
import { RECORD_HISTORY, shortHistory, startUnread } from "./record-history.js";
import { shareRank } from "./share-rank.js";
import { sourceRank } from "./source-rank.js";
import { streak } from "./streak.js";
import {
  boundedGaps,
  couldBeat,
  heldPart,
  LEVEL_SEEN_PCT,
  levelSeenAtEdge,
  understatement,
} from "./window-edges.js";
import { yearRank, yearWindowRank } from "./year-rank.js";

/**
 * A rank or streak claim for one month; `published` (YYYY-MM-DD), when known, tells which later
 * months of a year the writer could have seen.
 */
export function checkRank(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: StatedRank,
  published?: string,
): Outcome {
  if (s.type === "rank" && s.scope.type === "destinations") return destinationRank(book, key, period, s);
  if (s.type === "rank" && s.measure === "share") return rankOfShare(book, key, period, s);
  const year = /^(\d{4})-01\.\.\1-12$/.exec(period)?.[1];
  if (year && s.type === "rank" && s.scope.type === "record") return yearRank(book, key, year, s);
  if (year && s.type === "rank") {
    const run = yearWindowRank(book, key, year, s);
    if (run) return run;
  }
  if (year) return unverifiable(yearWindowUnchecked(book, key));
  if (monthIndex(period) === null)
    return unverifiable(
      `a rank needs a single month or a full year; the claim is about ${periodLabel(period)}`,
    );
  const cur = book.monthly(key).get(period);
  if (!cur) return unverifiable(noFigure(key, periodLabel(period)));
  if (isCalendarRank(s)) return checkCalendarRank(book, key, period, s);
  if (s.type === "rank" && s.scope.type === "controls")
    return controlsRank(book, key, period, s, (scope) => rank(book, key, period, { ...s, scope }, published));
  return s.type === "streak" ? streak(book, key, period, s) : rank(book, key, period, s, published);
}

/** A rank of a destination's share, over a month's window that the words date. */
function rankOfShare(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Extract<StatedRank, { type: "rank" }>,
): Outcome {
  const dated = ["record", "year", "since", "months", "span"].includes(s.scope.type);
  if (monthIndex(period) === null || !dated || (s.scope.type === "months" && s.scope.open === true))
    return unverifiable(
      `stated ${s.raw.trim()} of the share: a share is ranked only within a window of months the words date`,
    );
  return shareRank(book, key, period, s, windowOf(s, period));
}

/** The window a rank counts over; a year before the month's own is set against it ("more than in any month of 2024"). */
function windowOf(s: Extract<StatedRank, { type: "rank" }>, period: string): RankWindow {
  switch (s.scope.type) {
    case "year":
      return s.scope.year < Number(period.slice(0, 4))
        ? { type: "earlier", from: `${s.scope.year}-01`, to: `${s.scope.year}-12` }
        : { type: "from", month: `${s.scope.year}-01` };
    case "since":
      return {
        type: "from",
        month: addMonths(/^\d{4}$/.test(s.scope.period) ? `${s.scope.period}-12` : s.scope.period, 1),
      };
    case "months":
      return { type: "months", months: s.scope.months };
    case "span":
      return { type: "span", from: s.scope.from, to: s.scope.to };
    default:
      return { type: "record" };
  }
}

function rank(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Extract<StatedRank, { type: "rank" }>,
  published?: string,
): Outcome {
  const unread = startUnread(s);
  if (unread) return unread;
  if (s.scope.type === "months" && s.scope.open) return openWindowRank(book, key, period, s, s.scope.months);
  const months = book.monthly(key);
  const cur = months.get(period)!;
  const window = windowOf(s, period);
  const found = rankIn(book.values(key), period, s.direction, window);
  // "June was the highest of the third quarter": the month is not in the span its rank is counted over
  if (found === null)
    return unverifiable(`stated ${s.raw.trim()}: ${periodLabel(period)} is not a month of that span`);
  const r = found;
  const word = s.direction === "high" ? "higher" : "lower";
  const scope =
    s.scope.type === "record"
      ? `on record (data from ${periodLabel(r.from)})`
      : s.scope.type === "year"
        ? `${window.type === "earlier" ? "against the months of" : "in"} ${s.scope.year}`
        : s.scope.type === "span"
          ? `from ${periodLabel(s.scope.from)} to ${periodLabel(s.scope.to)}`
          : `from ${periodLabel(r.from)} to ${periodLabel(period)}`;
  const caveat =
    r.gaps.length > 0
      ? `; ${r.gaps.length} month${r.gaps.length > 1 ? "s" : ""} missing in that window (${r.gaps.slice(0, 3).map(periodLabel).join(", ")}${r.gaps.length > 3 ? ", ..." : ""})`
      : "";
  const actual = { value: cur.value, rank: r.rank };
  const figures = [cur, ...r.better.slice(0, 3).map((b) => months.get(b.period)!)];
  if (r.rank > s.n) {
    const top = monthsAbove(r.better, r.rank);
    return {
      verdict: "contradicted",
      explanation: `stated ${s.within ? (s.direction === "high" ? "top" : "bottom") : "rank"} ${s.n} ${scope}, but ${top} ${r.better.length > 1 ? "were" : "was"} ${word}: ${tonnes(cur.value)} ranks ${r.rank} of ${r.of} months held`,
      actual,
      figures,
    };
  }
  // "January was 2025's best month", written in 2026: the year's later months count too, but a
  // review of the year may also say what the month was at the time ("by March, the year's high")
  const year = s.scope.type === "year" ? s.scope.year : null;
  const later = year === null ? null : laterInYear(book, key, cur, r.rank, year, s, published);
  if (later)
    return unverifiable(
      `stated ${s.raw.trim()}: ${tonnes(cur.value)} ranks ${r.rank} of the months of ${year} up to ${periodLabel(period)}, but ${later.join(", ")} of that year, out before the text was published, ${later.length > 1 ? "were" : "was"} ${s.direction === "high" ? "higher" : "lower"}: the rank may be as of the month or of the whole year`,
      figures,
    );
  // "a top-three month" is borne out by any rank up to three
  if (r.rank < s.n && s.within !== true)
    return unverifiable(
      `stated rank ${s.n} ${scope}, but in the data held ${tonnes(cur.value)} ranks ${r.rank}${caveat}`,
      figures,
    );
  // a "record" from under a year of data: the customs records go back further than the months
  // held, for a destination's series as for the total's, unless the text itself counts over the
  // data ("the highest in the available data", "in the series") or a source that saw the records
  // called the month so. A calendar window it lacks months of is another matter (heldPart).
  if (s.scope.type === "record" && monthsFrom(r.from, period) < RECORD_HISTORY && s.overTheData !== true) {
    const why = `${shortHistory(key, period, r.from, r.of)} (${tonnes(cur.value)} ranks ${r.rank} of them)`;
    return (
      sourceRank(book, key, period, s, why, figures) ??
      unverifiable(`stated ${s.raw.trim()}: ${why}`, figures)
    );
  }
  // "the highest since at least 2022" from data that starts in 2022: the writer counts from where the
  // records start, as the data does
  const fromRecords =
    s.scope.type === "since" &&
    s.scope.atLeast === true &&
    window.type === "from" &&
    r.from.slice(0, 4) === window.month.slice(0, 4);
  if (r.startsBeforeData && s.scope.type !== "record" && !fromRecords)
    return unverifiable(
      `stated ${s.raw.trim()}: ${heldPart(book, key, period, r, s, window)}${caveat}`,
      figures,
    );
  // "highest since March" names March as beyond it; "a six-month high" only says no month of the six was
  const namesEdge = s.scope.type === "since" && s.scope.atLeast !== true;
  const understated =
    namesEdge || s.scope.type === "months" ? understatement(book, key, period, r.from, s.direction) : null;
  if (understated && namesEdge && s.levelSeen === true && levelSeenAtEdge(book, key, period, r.from))
    return unverifiable(
      `stated ${s.raw.trim()}: ${understated.replace(/;.*$/, "")}, but within ${LEVEL_SEEN_PCT}% of it, which may be the level the text says was seen then`,
      figures,
    );
  if (understated && namesEdge)
    return {
      verdict: "contradicted",
      explanation: `stated ${s.raw.trim()}, but ${understated}`,
      actual,
      figures,
    };
  // "the lowest since June" with January and February held only as their sum: either could be
  // lower, so the window is not known to hold the rank. A record is counted over the months held,
  // as is a window the text starts where the records start ("since at least 2022").
  const open =
    s.scope.type === "record" || fromRecords ? [] : couldBeat(book, key, r.gaps, cur.value, s.direction);
  if (open.length > 0)
    return unverifiable(
      `stated ${s.raw.trim()}: ${tonnes(cur.value)} ranks ${r.rank} of the ${r.of} months held ${scope}, but ${open.join(", ")} ${open.length > 1 ? "are" : "is"} missing and could be ${word}`,
      figures,
    );
  const notAbove = namedAbove(s.above, (m) => months.get(m), cur, undefined, s.aboveMayBeWhen === true);
  if (notAbove) return notAbove;
  return {
    verdict: "supported",
    explanation: `stated ${s.raw.trim()}: ${tonnes(cur.value)} ranks ${r.rank} of ${r.of} months held ${scope}${caveat}${s.scope.type === "record" || fromRecords ? "" : boundedGaps(book, key, r.gaps, s.direction)}${understated && s.scope.type === "months" ? `; the window understates it: ${understated}` : ""}`,
    actual,
    figures,
  };
}

/**
 * The later months of a rank's year, out before the text was published (a month's first figures come
 * out about the 7th of the month after it, so a text of 2 September has July's at most), that beat the month's figure `cur` (ranked `rank` in `year` up to its month) enough
 * to change its rank: their labels, or null when there are none or the publication date is not known.
 */
function laterInYear(
  book: FigureBook,
  key: SeriesKey,
  cur: Figure,
  rank: number,
  year: number,
  s: Extract<StatedRank, { type: "rank" }>,
  published?: string,
): string[] | null {
  if (published === undefined) return null;
  const last = lastReleased(published, key);
  const end = `${year}-12` < last ? `${year}-12` : last;
  if (end <= cur.period) return null;
  const beat = [...book.monthly(key).values()].filter(
    (f) =>
      f.period > cur.period &&
      f.period <= end &&
      (s.direction === "high" ? f.value > cur.value : f.value < cur.value),
  );
  return rank + beat.length > s.n ? beat.map((f) => periodLabel(f.period)) : null;
}

/** Why a full year's rank over a window ("the most since 2014") or run of years is left open. */
function yearWindowUnchecked(book: FigureBook, key: SeriesKey): string {
  const years = [...book.yearly(key).keys()].sort();
  const held =
    years.length > 0
      ? `the data holds full years ${years[0]}-${years[years.length - 1]}`
      : "the data holds no full year";
  return `a full year is ranked against the record only, not over a window or a run of years; ${held}`;
}
