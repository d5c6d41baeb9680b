// Verdicts on ranks ("second-highest on record", "highest since January", "a six-month high",
// "this year's highest") and streaks ("fifth straight monthly fall") under one reading, with the
// rank and streak functions of analytics. A rank is contradicted only by a month the data holds
// that beats it; a rank better than stated, missing months or a window that starts before the data
// leave it unverifiable or carry a caveat.

import type { Figure, FigureBook } from "../../analytics/figure-book.js";
import {
  gapBounds,
  lastBeyond,
  rankIn,
  streakAt,
  yoyStreakAt,
  type RankResult,
  type RankWindow,
} from "../../analytics/month-figures.js";
import { addMonths, monthIndex, monthsFrom } from "../../domain/period.js";
import type { SeriesKey } from "../../domain/series-key.js";
import type { StatedRank } from "../types.js";
import { unverifiable, type Outcome } from "./check-figures.js";
import { checkCalendarRank, isCalendarRank } from "./check-calendar-rank.js";
import { namedAbove } from "./named-above.js";
import { monthsAbove, noFigure, periodLabel, tonnes } from "./format.js";

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
  const year = /^(\d{4})-01\.\.\1-12$/.exec(period)?.[1];
  if (year && s.type === "rank" && s.scope.type === "record") return yearRank(book, key, year, s);
  if (monthIndex(period) === null)
    return unverifiable(
      `a rank needs a single month or a full year; the claim is about ${periodLabel(period)}`,
    );
  const cur = book.monthly(key).get(period);
  if (!cur) return unverifiable(noFigure(key, periodLabel(period)));
  if (isCalendarRank(s)) return checkCalendarRank(book, key, period, s);
  return s.type === "streak" ? streak(book, key, period, s) : rank(book, key, period, s, published);
}

function windowOf(s: Extract<StatedRank, { type: "rank" }>): RankWindow {
  switch (s.scope.type) {
    case "year":
      return { type: "from", month: `${s.scope.year}-01` };
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

/** The months of history, before the month itself, that a record needs to be told from the data. */
const RECORD_HISTORY = 11;
/** The full years of history a record year needs to be told from the data. */
const RECORD_YEARS = 5;
/** A record counted over the data the writer has: "in the available data", "in the series". */
const OVER_THE_DATA = /\b(?:data|series)\b/i;

function rank(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Extract<StatedRank, { type: "rank" }>,
  published?: string,
): Outcome {
  // "since January" read without its month has no window; "since records began" is the record itself
  if (
    /\bsince\b(?!\s(?:the\s)?(?:customs\s|(?:category|series|product)['’]s\s)?(?:records|data|statistics|series|comparable)\b)/i.test(
      s.raw,
    ) &&
    s.scope.type !== "since"
  ) {
    return unverifiable(
      `stated ${s.raw.trim()}: the month or year it counts from could not be read, so the window is unknown`,
    );
  }
  if (s.scope.type === "months" && s.scope.open) return openWindowRank(book, key, period, s, s.scope.months);
  const months = book.monthly(key);
  const cur = months.get(period)!;
  const found = rankIn(book.values(key), period, s.direction, windowOf(s));
  // "June was the highest of the third quarter": the month is not in the span its rank is counted over
  if (found === null)
    return unverifiable(`stated ${s.raw.trim()}: ${periodLabel(period)} is not a month of that span`);
  const r = found;
  const word = s.direction === "high" ? "higher" : "lower";
  const scope =
    s.scope.type === "record"
      ? `on record (data from ${periodLabel(r.from)})`
      : s.scope.type === "year"
        ? `in ${s.scope.year}`
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
  // a total's "record" from under a year of data: the customs records go back further than the
  // months held, unless the text itself counts over the data ("the highest in the available data",
  // "in the series"). A destination's record counts over its months held, as writers working from
  // the published breakdown count it, but only when it has another month held to beat: a first
  // month held tops nothing. A calendar window it lacks months of is another matter (heldPart).
  if (
    s.scope.type === "record" &&
    (key.partner === "WLD" || r.of < 2) &&
    monthsFrom(r.from, period) < RECORD_HISTORY &&
    !OVER_THE_DATA.test(s.raw)
  )
    return unverifiable(
      `stated ${s.raw.trim()}: the data holds this series only from ${periodLabel(r.from)}, too short a history to tell a record (${tonnes(cur.value)} ranks ${r.rank} of the ${r.of} months held)`,
      figures,
    );
  // "the highest since at least 2022" from data that starts in 2022: the writer counts from where the
  // records start, as the data does
  const window = windowOf(s);
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
  if (understated && namesEdge && levelSeenAtEdge(book, key, period, r.from, s.raw))
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
  const notAbove = namedAbove(s.above, (m) => months.get(m), cur);
  if (notAbove) return notAbove;
  return {
    verdict: "supported",
    explanation: `stated ${s.raw.trim()}: ${tonnes(cur.value)} ranks ${r.rank} of ${r.of} months held ${scope}${caveat}${understated && s.scope.type === "months" ? `; the window understates it: ${understated}` : ""}`,
    actual,
    figures,
  };
}

/**
 * "September was the low point of the five months": the text does not fix which N months it means,
 * so any N months that hold the claim's month may be. Supported on the first of them, from the one
 * ending at the month, where the stated rank holds and no missing month could take it; otherwise
 * unverifiable, never contradicted, since the window is the reader's guess.
 */
function openWindowRank(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  s: Extract<StatedRank, { type: "rank" }>,
  n: number,
): Outcome {
  const cur = book.monthly(key).get(period)!;
  const values = book.values(key);
  for (let shift = 0; shift < n; shift++) {
    const to = addMonths(period, shift);
    const from = addMonths(to, 1 - n);
    const r = rankIn(values, period, s.direction, { type: "span", from, to });
    if (!r || r.startsBeforeData || r.rank !== s.n) continue;
    if (couldBeat(book, key, r.gaps, cur.value, s.direction).length > 0) continue;
    return {
      verdict: "supported",
      explanation: `stated ${s.raw.trim()}: ${tonnes(cur.value)} ranks ${r.rank} of the ${r.of} months held from ${periodLabel(from)} to ${periodLabel(to)}, ${n} months that hold ${periodLabel(period)} (the text does not say which ${n} it means)`,
      actual: { value: cur.value, rank: r.rank },
      figures: [cur],
    };
  }
  return unverifiable(
    `stated ${s.raw.trim()}: the text does not say which ${n} months it means, and no ${n} months holding ${periodLabel(period)} that the data holds bear the rank out`,
    [cur],
  );
}

/**
 * The missing months of a window that could beat the figure: those no total bounds, and those a
 * span's total leaves room for beyond it ("January-February: 10,763 t" leaves either month below
 * 5,238 t). A month the year to date pins down (February as January-May less the months held) is
 * judged on its value.
 */
function couldBeat(
  book: FigureBook,
  key: SeriesKey,
  gaps: readonly string[],
  value: number,
  direction: "high" | "low",
): string[] {
  if (gaps.length === 0) return [];
  const months = book.monthly(key);
  const bounds = gapBounds(
    book.values(key),
    (span) => book.point(key, span),
    gaps,
    (m) => months.get(m)?.halfStep ?? 0,
  );
  return bounds
    .filter((b) => (direction === "high" ? b.high > value : b.low < value))
    .map((b) => periodLabel(b.period));
}

/**
 * What the months held show of a window that starts before the data ("Japan's best month this
 * year" when Japan is held only from June): the rank among them and the months the data lacks. The
 * missing months could hold anything, so this explains an unverifiable verdict; only a held month
 * that beats the figure decides the claim (it is then contradicted above).
 */
function heldPart(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  r: RankResult,
  s: Extract<StatedRank, { type: "rank" }>,
  window: RankWindow,
): string {
  const start =
    window.type === "from"
      ? window.month
      : window.type === "span"
        ? window.from
        : addMonths(period, 1 - (window.type === "months" ? window.months : 1));
  const word = s.direction === "high" ? "highest" : "lowest";
  const place = r.rank === 1 ? word : `number ${r.rank} by the ${word}`;
  const held =
    r.of === 1 ? "the only month held" : `${place} of the ${r.of} months held, ${spanLabel(r.from, period)}`;
  return `${tonnes(book.monthly(key).get(period)!.value)} is ${held}; the data starts in ${periodLabel(r.from)}, so ${spanLabel(start, addMonths(r.from, -1))} of the window the text names ${start === addMonths(r.from, -1) ? "is" : "are"} not in it`;
}

/** "June-November 2025", "June 2025", "December 2024 to March 2025". */
function spanLabel(from: string, to: string): string {
  if (from === to) return periodLabel(from);
  return from.slice(0, 4) === to.slice(0, 4)
    ? periodLabel(`${from}..${to}`)
    : `${periodLabel(from)} to ${periodLabel(to)}`;
}

/**
 * "Highest since March" says March was higher: the press writes it for the last month beyond the
 * figure. When the data holds that month and it was not beyond, the statement is wrong about it.
 */
function understatement(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  from: string,
  direction: "high" | "low",
): string | null {
  const edge = addMonths(from, -1);
  const edgeValue = book.values(key).get(edge);
  const cur = book.values(key).get(period) as number;
  if (edgeValue === undefined || (direction === "high" ? edgeValue > cur : edgeValue < cur)) return null;
  const beyond = lastBeyond(book.values(key), period, direction);
  const last = beyond
    ? `the last month beyond it was ${periodLabel(beyond.period)} (${tonnes(beyond.value)})`
    : "no earlier month in the data is beyond it";
  return `${periodLabel(edge)} (${tonnes(edgeValue)}) was not ${direction === "high" ? "higher" : "lower"}; ${last}`;
}

/** "A level not seen since August": the words that say the month's level was seen, not beaten, then. */
const LEVEL_SEEN =
  /\b(?:not|never)\s(?:been\s)?(?:seen|reached|recorded|hit|matched|posted|touched)\b|\b(?:unseen|unmatched)\b/i;
/** How close the month "since" names may fall short and still be the level "seen" then. */
const LEVEL_SEEN_PCT = 2;

/**
 * True when the words say a level was last seen in the month "since" names and that month falls
 * short of it by no more than `LEVEL_SEEN_PCT`: 6,146 t in August is the level of 6,150 t in November
 * in a reader's eyes, so "a level not seen since August" is not wrong for certain.
 */
function levelSeenAtEdge(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  from: string,
  raw: string,
): boolean {
  if (!LEVEL_SEEN.test(raw)) return false;
  const edge = book.values(key).get(addMonths(from, -1));
  const cur = book.values(key).get(period);
  return (
    edge !== undefined && cur !== undefined && Math.abs(edge - cur) <= (Math.abs(cur) * LEVEL_SEEN_PCT) / 100
  );
}

function streak(
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
  const r = (s.basis === "yoy" ? yoyStreakAt : streakAt)(book.values(key), at, s.direction, s.n + 1);
  const word = s.direction === "up" ? "rise" : "fall";
  const cur = months.get(period)!;
  const actual = { value: cur.value, streak: s.direction === "up" ? r.length : -r.length };
  const figures = [cur, ...r.used.map((u) => months.get(u.period)!).filter(Boolean)].filter(
    (f, i, all) => all.indexOf(f) === i,
  );
  const stated = `stated ${s.atLeast ? "at least " : ""}${s.n} straight ${s.basis === "yoy" ? "year-on-year" : "monthly"} ${word}s${s.before ? " before it" : ""}`;
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

/** A full year's rank among the full years held ("2025 exports were a record"). */
function yearRank(
  book: FigureBook,
  key: SeriesKey,
  year: string,
  s: Extract<StatedRank, { type: "rank" }>,
): Outcome {
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
  // text counts over the data ("the highest annual total in the data")
  if (held.length < RECORD_YEARS && !OVER_THE_DATA.test(s.raw))
    return unverifiable(
      `stated ${s.raw.trim()}: the data holds full years only from ${held[0]}, too short a history to tell a record (${tonnes(cur.value)} ranks ${rank} of the ${held.length} years held)`,
      figures,
    );
  return {
    verdict: "supported",
    explanation: `stated ${s.raw.trim()}: ${tonnes(cur.value)} ranks ${rank} of ${held.length} full years held ${scope}`,
    actual,
    figures,
  };
}

/** A country: blocs (EU27), regions and the world are not ranked among destinations. */
const COUNTRY = /^[A-Z]{3}$/;

/**
 * A destination's rank among the destinations of its period ("Germany remained the No.1
 * destination"), counted over the countries the data holds, as a month's rank is counted over the
 * months held. Contradicted only when held countries beat it beyond rounding; a rank the held
 * countries leave better than stated is unverifiable, since countries the data lacks may stand between.
 */
function destinationRank(
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
      ? `; the data holds ${others.length + 1} destinations for ${label}, ${Math.round((held / total.value) * 100)}% of the total`
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
  if (rank < s.n)
    return unverifiable(
      `stated rank ${s.n} among destinations, but among those the data holds ${key.partner}'s ${tonnes(cur.value)} ranks ${rank}${coverage}`,
      figures,
    );
  const notAbove = namedAbove(s.above, (p) => all.get(p), cur);
  if (notAbove) return notAbove;
  return {
    verdict: "supported",
    explanation: `stated ${s.raw.trim()}: ${key.partner}'s ${tonnes(cur.value)} ranks ${rank} among the destinations held${coverage}`,
    actual,
    figures,
  };
}

/**
 * The later months of a rank's year, out before the text was published (a month's figures come out
 * in the month after it), that beat the month's figure `cur` (ranked `rank` in `year` up to its month) enough
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
  const last = addMonths(published.slice(0, 7), -1);
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
