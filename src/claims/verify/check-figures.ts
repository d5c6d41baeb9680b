// Verdicts on levels, changes, shares and bare directions under one reading of a claim: the stated
// figure against the resolved one. Rounding counts on both sides: the claim's own tolerance (from
// its printed precision and hedge) against the interval the data's printed precision allows, and a
// change is checked against every ratio the rounded levels permit. A figure outside those intervals
// is a miss (a bounding hedge holds at its bound: "more than a fifth" is wrong of 18.6%), but a miss by
// a hair is not called wrong: outlets round, truncate and compute from other releases of the same
// totals, so "11.6%" of a rise the data puts at 11.68% is more likely theirs than a mistake. Where the
// sources themselves disagree, a verdict resting on the disputed figure is settled later, against
// every source's value.

import { basePeriod } from "../../analytics/month-figures.js";
import type { Figure, FigureBook } from "../../analytics/figure-book.js";
import {
  changeBetween,
  changeRange,
  differenceRange,
  percentChange,
  percentOf,
  shareBetween,
  shareRange,
  monthlyAverage,
  valueRange,
  type Interval,
} from "../../analytics/figure-ranges.js";
import { monthsFrom } from "../../domain/period.js";
import { keyId, type SeriesKey } from "../../domain/series-key.js";
import type {
  Actual,
  ChangeReading,
  FigureWords,
  Hedge,
  StatedChange,
  StatedDirection,
  StatedLevel,
  StatedShare,
  Tolerance,
  Verdict,
} from "../types.js";
import { interval, money, noFigure, pct, periodLabel, tonnes } from "./format.js";
import { judgeReadings } from "./reading-verdicts.js";

/** A verdict with the words the explanation adds to say why. */
type Judged = { verdict: Verdict; note: string };

/** What a check concludes under one reading, before evidence rows are attached. */
export interface Outcome {
  verdict: Verdict;
  explanation: string;
  actual: Actual | null;
  /** The figures the verdict rests on: their rows become the evidence. */
  figures: Figure[];
}

export const unverifiable = (explanation: string, figures: Figure[] = []): Outcome => ({
  verdict: "unverifiable",
  explanation,
  actual: null,
  figures,
});

/** A stated level this many times above or below the data is misread (unit, scale, a split number), not misreported. */
const MAGNITUDE = 10;

const overlaps = (t: { low: number | null; high: number | null }, data: Interval) =>
  data[1] >= (t.low ?? -Infinity) - 1e-9 && data[0] <= (t.high ?? Infinity) + 1e-9;

/**
 * Whether the data's interval meets what the statement asserts: its rounded interval, or what a
 * bounding hedge firmly says ("more than a fifth": above 20%, whatever "a fifth" rounds).
 */
const agrees = (stated: Tolerance, data: Interval): boolean => overlaps(stated.firm ?? stated, data);

/**
 * The widest miss left unverifiable rather than contradicted, in the stated figure's unit: 0.2% of
 * the tonnage (of the base month's, for a difference), about what a revision moves; for percentages
 * 0.15 points or 2% of the stated figure, whichever is more (a truncated or otherwise computed
 * change). Wrong months, destinations and products, swapped bases and transposed digits miss by more.
 */
export const nearMiss = {
  tonnes: (level: number) => 0.002 * Math.abs(level),
  points: (stated: number) => Math.max(0.15, 0.02 * Math.abs(stated)),
};

/** How far the data's interval lies outside what the statement asserts (0 when they meet). */
export function missBy(stated: Tolerance, data: Interval): number {
  const t = stated.firm ?? stated;
  if (overlaps(t, data)) return 0;
  return data[0] > (t.high ?? Infinity) ? data[0] - (t.high ?? Infinity) : (t.low ?? -Infinity) - data[1];
}

/** Whether the data's interval comes within `margin` of what the statement asserts: a clear miss is not. */
export const withinReach = (stated: Tolerance, data: Interval, margin: number): boolean =>
  missBy(stated, data) <= margin + 1e-9;

/** Supported when the intervals meet, contradicted on a clear miss, unverifiable on a near one. */
function judge(stated: Tolerance, data: Interval, margin: number): Judged {
  if (withinReach(stated, data, 0)) return { verdict: "supported", note: "" };
  if (withinReach(stated, data, margin))
    return {
      verdict: "unverifiable",
      note: "; a near miss, within what other releases or roundings of the same totals give, so not called wrong",
    };
  return { verdict: "contradicted", note: "" };
}

/**
 * How far a figure's trailing zeros reach when the data is to bear it out. By its zeros alone
 * "10,000 t" rounds anything from 5,000 t to 15,000 t and "10%" anything from 5% to 15%, but writers
 * who round that coarsely say so ("nearly", "more than", "roughly 10,000"): a round figure written in
 * digits is borne out only within a tenth of itself, three twentieths when said to be approximate
 * ("about 1,000 t"). Beyond that, but within what the zeros allow, it is neither right nor wrong.
 * Only zeros count: "2%" is as exact as its digit. A round number spelled out ("fell twenty percent",
 * "six thousand tonnes") is the same number and reaches as far; fractions and multiples said in
 * words ("a fifth", "halved", "two and a half times") keep the bands their words give.
 */
const ROUND_REACH = { bare: 0.1, about: 0.15 };

interface Rounded extends Tolerance {
  hedge: Hedge | null;
  halfUnit?: number;
  raw: string;
  written?: FigureWords;
}

/** The narrower interval a round figure is borne out in, when its zeros allow more (see `ROUND_REACH`). */
function roundReach(s: Rounded, value: number): Tolerance | null {
  const half = s.halfUnit ?? 0;
  // "1.2 times the level": the zeros are the change's it was read as (+20%), not the words' own
  const w = s.written ?? {};
  if (w.fraction === true) return null;
  if ((s.hedge !== null && s.hedge !== "about") || half < 5 || !(w.digits === true || w.cardinal === true))
    return null;
  const reach = Math.abs(value) * (s.hedge === "about" ? ROUND_REACH.about : ROUND_REACH.bare);
  if (half <= reach) return null;
  return {
    low: Math.max(s.low ?? -Infinity, value - reach),
    high: Math.min(s.high ?? Infinity, value + reach),
  };
}

/** Digits, or a cardinal number in words ("twenty", "six thousand") that is no fraction or multiple ("a fifth", "twice"). */
const numberWritten = (w: FigureWords = {}): boolean =>
  w.digits === true || (w.cardinal === true && w.fraction !== true);

/**
 * "Nearly 6,000 t" of a month at 6,150 t: the hedge says the figure was not reached, so data beyond
 * it by more than a near miss does not bear it out, though the zeros' rounding reaches that far. A
 * multiple or fraction in words ("nearly doubled") keeps the band its word gives.
 */
function pastNearly(s: Rounded, value: number, data: Interval, margin: number): boolean {
  if (s.hedge !== "nearly" || !numberWritten(s.written)) return false;
  return value >= 0 ? data[0] > value + margin : data[1] < value - margin;
}

/** `judge`, with a round figure borne out only within its reach (see `ROUND_REACH`). */
function judgeRound(s: Rounded, value: number, data: Interval, margin: number): Judged {
  const judged = judge(s, data, margin);
  if (judged.verdict === "supported" && pastNearly(s, value, data, margin))
    return {
      verdict: "unverifiable",
      note: `; "${s.raw.trim()}" puts it short of the figure, and the data lies beyond it, though within the figure's rounding`,
    };
  const reach = judged.verdict === "supported" ? roundReach(s, value) : null;
  if (reach === null || withinReach(reach, data, margin)) return judged;
  return {
    verdict: "unverifiable",
    note: "; a round figure the data lies more than a tenth from: not called right, nor wrong, since rounding to its last zero would allow it",
  };
}

/** How far short of a tonnage or a sum "nearly" lets the data fall, beyond the figure's own rounding. */
const NEARLY_SHORT = 0.05;

/**
 * "Nearly 6,500 t" of a month at 6,150 t: "nearly" says the figure came close, so data short of it
 * by more than a twentieth (and more than the figure's rounding) does not bear it out, though the
 * hedge's band reaches a tenth; it is neither right nor wrong.
 */
function farShortOfNearly(judged: Judged, s: StatedLevel, data: Interval): Judged {
  if (judged.verdict !== "supported" || s.hedge !== "nearly" || s.range) return judged;
  if (!numberWritten(s.written) || s.written?.fraction === true) return judged;
  const floor = Math.min(s.value * (1 - NEARLY_SHORT), s.value - (s.halfUnit ?? 0));
  if (data[1] >= floor) return judged;
  return {
    verdict: "unverifiable",
    note: `; "${s.raw.trim()}" says the figure came close to it, and the data falls short by more than a twentieth`,
  };
}

/**
 * "Nearly 22%" of a share of 20.4%, "rose nearly 14%" of +12.4%: as of a tonnage, "nearly" says the
 * percentage came close, so data short of it by more than a twentieth (and more than the figure's
 * rounding) does not bear it out, though the hedge's band reaches a tenth; it is neither right nor
 * wrong. A fraction or multiple in words ("nearly a fifth", "nearly doubled") keeps its own band.
 */
function shortOfNearly(judged: Judged, s: Rounded & { range?: true }, value: number, data: Interval): Judged {
  if (judged.verdict !== "supported" || s.hedge !== "nearly" || s.range) return judged;
  if (!numberWritten(s.written) || s.written?.fraction === true) return judged;
  const mag = Math.abs(value);
  const floor = Math.min(mag * (1 - NEARLY_SHORT), mag - (s.halfUnit ?? 0));
  // the largest size the data allows, on the figure's side of zero
  const reach = value >= 0 ? data[1] : -data[0];
  if (reach >= floor) return judged;
  return {
    verdict: "unverifiable",
    note: `; "${s.raw.trim()}" says the figure came close to it, and the data falls short by more than a twentieth`,
  };
}

/**
 * "Terbium exports fell 19%" of 7 t to 5.5 t: levels printed to one or two figures allow changes from
 * -27% to -15%, too wide to bear out a change stated to the point. Where the changes the rounded
 * levels allow span more than twice what the stated figure does (its rounding or its near miss),
 * the change of the levels as printed must bear it out; else it is neither right nor wrong. A
 * rounder statement ("about 20%") is still held against the whole interval.
 */
function coarseLevels(judged: Judged, s: StatedChange, change: number, data: Interval): Judged {
  if (judged.verdict !== "supported" || s.readings || s.range) return judged;
  const t = s.firm ?? s;
  if (t.low === null || t.high === null) return judged;
  const own = Math.max(t.high - t.low, 2 * nearMiss.points(s.pct));
  if (data[1] - data[0] <= 2 * own || withinReach(s, [change, change], nearMiss.points(s.pct))) return judged;
  return {
    verdict: "unverifiable",
    note: `; the levels are printed too coarsely to bear out a change stated this closely (as printed they give ${pct(change)}, and their rounding allows ${interval(data[0], data[1], "%")})`,
  };
}

/**
 * "Nearly tripled" of x2.58 (May's 1,238 t to June's 3,188 t): a rise said to fall short of a whole
 * multiple in words, by less than half of one and less than 15% of it, is how writers round toward
 * the whole, not a wrong figure; below the word's own band it is neither right nor wrong.
 */
function shortOfMultiple(judged: Judged, s: StatedChange, data: Interval): Judged {
  if (judged.verdict !== "contradicted" || s.hedge !== "nearly" || s.readings || s.pct < 100) return judged;
  if (s.written?.fraction !== true || s.written.digits === true) return judged;
  const factor = s.pct / 100 + 1;
  const floor = (Math.max(factor - 0.5, factor * 0.85) - 1) * 100;
  if (data[1] < floor || data[0] > s.pct) return judged;
  return {
    verdict: "unverifiable",
    note: `; "${s.raw.trim()}" rounds toward the whole multiple, and the data falls short of it by less than writers round`,
  };
}

/** The sizes a signed interval allows: a difference stated without its direction is checked on them. */
export const sizeOf = ([lo, hi]: Interval): Interval =>
  lo >= 0 ? [lo, hi] : hi <= 0 ? [-hi, -lo] : [0, Math.max(-lo, hi)];

/** The interval a statement asserts, in words ("at least 20%" for "more than a fifth"). */
const statedRange = (s: Tolerance, unit: "t" | "%") => {
  const t = s.firm ?? s;
  return interval(t.low, t.high, unit);
};

/** Amount with its unit: tonnes, or money in its currency ("301.8 million USD"). */
function amount(value: number, unit: string): string {
  return unit === "t" ? tonnes(value) : money(value, unit);
}

/**
 * "between 5,000 and 6,000 t" of 6,150 t, "up 10-12%" of +12.4%: a range is read with its ends
 * widened by their rounding, so that a writer who rounds them is not called wrong; but data outside
 * the ends as written, inside only that widening, does not bear the range out either ("roughly
 * 5,000-6,000 t" neither). Neither right nor wrong.
 */
function outsideWrittenRange(
  judged: Judged,
  s: Tolerance & { range?: true; halfUnit?: number },
  [a, b]: Interval,
  shown: (low: number, high: number) => string,
): Judged {
  if (judged.verdict !== "supported" || !s.range || s.halfUnit === undefined) return judged;
  if (s.low === null || s.high === null) return judged;
  const [low, high] = [s.low + s.halfUnit, s.high - s.halfUnit];
  if (b >= low && a <= high) return judged;
  return {
    verdict: "unverifiable",
    note: `; the data lies outside the range as written (${shown(low, high)}), though within the rounding of its ends`,
  };
}

/** A stated tonnage or amount of money for a month, a span or a full year. */
export function checkLevel(book: FigureBook, key: SeriesKey, period: string, s: StatedLevel): Outcome {
  if (s.perMonth === true && period.includes("..")) return checkMonthlyAverage(book, key, period, s);
  const f = book.point(key, period);
  if (!f) return unverifiable(noFigure(key, periodLabel(period)));
  if (f.unit !== s.unit)
    return unverifiable(
      `the data gives ${key.series} for ${periodLabel(period)} in ${f.unit}, not ${s.unit}`,
      [f],
    );
  const actual: Actual = { value: f.value, unit: f.unit };
  if (f.value > 0 && s.value > 0 && Math.max(s.value / f.value, f.value / s.value) >= MAGNITUDE) {
    const sum = yearSoFar(book, key, period, s);
    if (sum !== null)
      return {
        verdict: "contradicted",
        explanation: `stated ${s.raw.trim()}, but the data gives ${amount(f.value, f.unit)} for ${periodLabel(period)}; ${amount(sum.value, sum.unit)} is the total for ${periodLabel(sum.period)}: the year so far told as the month`,
        actual,
        figures: [f, sum],
      };
    return {
      ...unverifiable(
        `stated ${s.raw.trim()}, but the data gives ${amount(f.value, f.unit)} for ${periodLabel(period)}: a figure of another magnitude, so probably another unit or measure than the one read`,
        [f],
      ),
      actual,
    };
  }
  const judged = outsideWrittenRange(
    farShortOfNearly(judgeRound(s, s.value, valueRange(f), levelMargin(s, f.value)), s, valueRange(f)),
    s,
    valueRange(f),
    (low, high) =>
      s.unit === "t" ? interval(low, high, "t") : `${amount(low, s.unit)} to ${amount(high, s.unit)}`,
  );
  const { verdict, note } = nothingStated(nothingShipped(judged, s, f), s, f);
  const stated = `stated ${boundChecked(s)}`;
  const whole = s.range ? "read as one range: " : "";
  if (verdict === "supported")
    return {
      verdict: "supported",
      explanation: `${stated}${s.range ? " (read as one range)" : ""}, data gives ${amount(f.value, f.unit)} for ${periodLabel(period)}`,
      actual,
      figures: [f],
    };
  const hint = betterMatch(book, key, period, s);
  const t = s.firm ?? s;
  const range =
    s.unit === "t"
      ? statedRange(s, "t")
      : `${t.low === null ? "?" : amount(t.low, s.unit)} to ${t.high === null ? "?" : amount(t.high, s.unit)}`;
  return {
    verdict,
    explanation: `${stated} (${whole}${range}), data gives ${amount(f.value, f.unit)} for ${periodLabel(period)}${hint}${note}`,
    actual,
    figures: [f],
  };
}

/**
 * A rate a month over a span ("averaged 5,799 t a month in the three months to November") against
 * the span's total spread over its months. It is supported where the average bears it out; where it
 * does not, the words may still mean another average (of the months shipped, of a part), so it is
 * left open, never contradicted.
 */
function checkMonthlyAverage(book: FigureBook, key: SeriesKey, period: string, s: StatedLevel): Outcome {
  const [start, end] = period.split("..") as [string, string];
  const months = monthsFrom(start, end) + 1;
  const f = book.point(key, period);
  if (!f) return unverifiable(noFigure(key, periodLabel(period)));
  if (f.unit !== s.unit || !(months > 1))
    return unverifiable(`the data gives no monthly average of ${key.series} for ${periodLabel(period)}`, [f]);
  const average = monthlyAverage(f, months);
  const actual: Actual = { value: average.value, unit: f.unit };
  const given = `data gives an average of ${amount(average.value, f.unit)} a month (${amount(f.value, f.unit)} over the ${months} months of ${periodLabel(period)})`;
  const { verdict } = judgeRound(s, s.value, average.range, levelMargin(s, average.value));
  if (verdict === "supported")
    return { verdict, explanation: `stated ${s.raw.trim()} a month, ${given}`, actual, figures: [f] };
  return {
    ...unverifiable(
      `not certain: the words make it an average, which may be of other months or another part; stated ${s.raw.trim()}, ${given}`,
      [f],
    ),
    actual,
  };
}

/**
 * The level as checked: its words, or, where a denial before them turned their bound round
 * ("Neither Japan nor the US took more than 600 t": each took at most 600 t), the bound checked
 * with the words it was turned from.
 * @example boundChecked({ raw: "more than 600 t", hedge: "less_than", written: { digits: true, turned: true }, ... }) // "at most 600 t (the words 'more than 600 t' denied)"
 */
function boundChecked(s: StatedLevel): string {
  const raw = s.raw.trim();
  if (s.written?.turned !== true) return raw;
  return `${s.hedge === "less_than" ? "at most" : "at least"} ${amount(s.value, s.unit)} (the words '${raw}' denied)`;
}

/**
 * "Rare earth exports in October were 44,662 t" where 44,662 t is January-October's total: a month's
 * figure that is the year so far to that month, to its last digit, is that total told as the month,
 * not a figure in another unit. The total for the span, or null.
 */
function yearSoFar(book: FigureBook, key: SeriesKey, period: string, s: StatedLevel): Figure | null {
  if (!/^\d{4}-(?:0[2-9]|1[0-2])$/.test(period)) return null;
  const sum = book.point(key, `${period.slice(0, 4)}-01..${period}`);
  if (!sum || sum.unit !== s.unit) return null;
  const [lo, hi] = valueRange(sum);
  return s.value >= lo && s.value <= hi ? sum : null;
}

/**
 * "Dysprosium exports were 200 kg in May" of a month the data holds as 0 t: a zero is printed without
 * the digits that would say how small an amount it stands for (nothing at all, or less than half a
 * tonne), so it bears out a stated nothing but not a stated amount, which is neither right nor wrong.
 */
function nothingShipped(judged: Judged, s: StatedLevel, f: Figure): Judged {
  const low = (s.firm ?? s).low;
  if (judged.verdict !== "supported" || f.value !== 0 || low === null || low <= 0) return judged;
  return {
    verdict: "unverifiable",
    note: "; the data's zero may be nothing shipped or an amount too small for its printed digits, so a stated amount is neither borne out nor wrong",
  };
}

/**
 * "Germanium exports were zero in September" of a month the data holds as 1 kg: customs count to the
 * kilogram, so a plain nothing is wrong against any amount the data holds, however small, though the
 * two intervals touch at half a kilogram. "Almost nothing" is judged as before.
 */
function nothingStated(judged: Judged, s: StatedLevel, f: Figure): Judged {
  if (s.value !== 0 || s.hedge !== null || f.value <= 0 || judged.verdict !== "supported") return judged;
  return {
    verdict: "contradicted",
    note: "; customs count to the kilogram, so the data's amount is not nothing",
  };
}

/**
 * The miss a level may have and still not be called wrong: the near miss, and for a round figure
 * said to be approximate ("about fifty-seven hundred tonnes", "some 5,700 t") of a figure above it,
 * up to one unit of its last digit, since such figures are as often cut short as rounded.
 */
function levelMargin(s: StatedLevel, actual: number): number {
  const near = nearMiss.tonnes(actual);
  const half = s.halfUnit ?? 0;
  return s.hedge === "about" && half >= 5 && actual > Math.abs(s.value) ? Math.max(near, half) : near;
}

/** Where a wrong tonnage does fit: another series in the same period, or the same series in another month. */
function betterMatch(book: FigureBook, key: SeriesKey, period: string, s: StatedLevel): string {
  const reach = roundReach(s, s.value) ?? s;
  // a zero bears out no stated amount (see `nothingShipped`), so it is no better match for one
  const fits = (f: Figure) => (f.value !== 0 || s.value === 0) && agrees(reach, valueRange(f));
  const other = book.otherSeries(key, period).find(fits);
  if (other)
    return `; ${amount(s.value, s.unit)} is the ${other.point.series} figure for that period, a different series`;
  if (!/^\d{4}-\d{2}$/.test(period)) return "";
  const month = [...book.monthly(key).values()].find((f) => f.period !== period && fits(f));
  return month ? `; ${amount(s.value, s.unit)} is the figure for ${periodLabel(month.period)}` : "";
}

/**
 * The figures of a period and of its base, or the reason they cannot be had. A base of zero has no
 * percentage change, but a direction all the same (`zeroBase`).
 */
function pair(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  basis: string,
  zeroBase = false,
): [Figure, Figure] | string {
  const base = basePeriod(period, basis);
  if (base === null)
    return `a change over ${periodLabel(period)} needs a comparison period the text does not give`;
  // "three times the 140 t of October" said of October compares with something other than this flow
  if (base === period)
    return `the comparison is with a figure of ${periodLabel(period)} itself, which is not this flow's change`;
  // a total over several months set against one month's figure is no change of either
  if (period.includes("..") !== base.includes(".."))
    return `a change over ${periodLabel(period)} cannot be measured against ${periodLabel(base)}`;
  const cur = book.point(key, period);
  const prev = book.point(key, base);
  if (!cur) return noFigure(key, periodLabel(period));
  if (!prev) return noFigure(key, `the comparison period ${periodLabel(base)}`);
  if (prev.value === 0 && !zeroBase)
    return `the comparison period ${periodLabel(base)} is zero: a percentage change is undefined`;
  return [prev, cur];
}

/**
 * The figures of two destinations (or two products) in one period, for a difference or ratio
 * between them, or why they cannot be had.
 */
function versusPair(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  other: SeriesKey,
  otherPeriod = period,
): [Figure, Figure] | string {
  const cur = book.point(key, period);
  const base = book.point(other, otherPeriod);
  if (!cur) return noFigure(key, periodLabel(period));
  if (!base) return noFigure(other, periodLabel(otherPeriod));
  return [base, cur];
}

/** " in October 2025" after the figure set against another month's: said only when the months differ. */
const againstIn = (prev: Figure, cur: Figure) =>
  prev.period === cur.period ? "" : ` in ${periodLabel(cur.period)}`;

const fromTo = (prev: Figure, cur: Figure) =>
  `${amount(prev.value, prev.unit)} in ${periodLabel(prev.period)} to ${amount(cur.value, cur.unit)} in ${periodLabel(cur.period)}`;

/** A change read one way of several: `"a 1.3-fold increase", read as x1.3 (+30%)`. */
const readAs = (raw: string, r: ChangeReading) =>
  `"${raw.trim()}", read as ${r.why.startsWith("x") ? `${r.why} (${pct(r.pct, 2)})` : r.why}`;

/** A stated change: percent, percentage points of the partner's share, or a difference in tonnes. */
export function checkChange(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  basis: string,
  s: StatedChange,
): Outcome {
  if (s.unit === "pp" || s.measure === "share") return checkShareChange(book, key, period, basis, s);
  const versus = s.versus ?? s.versusSeries;
  const other = s.versus
    ? { ...key, partner: s.versus }
    : s.versusSeries
      ? { ...key, series: s.versusSeries }
      : null;
  // a reading of what is compared with ("more than Japan" read as Japan's) is no ratio of two
  if (other !== null && keyId(other) === keyId(key) && (s.unit === "%" || s.versusSeries !== undefined))
    return unverifiable(
      `the figure is compared with ${versus}'s own: no ratio of two destinations or products`,
    );
  const got = other ? versusPair(book, key, period, other, s.versusPeriod) : pair(book, key, period, basis);
  if (typeof got === "string") return unverifiable(got);
  const [prev, cur] = got;
  const from = { period: prev.period, value: prev.value };
  const to = { period: cur.period, value: cur.value };
  if (s.unit === "t") {
    const diff = cur.value - prev.value;
    const data = differenceRange(valueRange(prev), valueRange(cur));
    const judged = judgeRound(
      s.readings || s.unsigned ? { ...s, halfUnit: undefined } : s,
      s.pct,
      s.unsigned ? sizeOf(data) : data,
      nearMiss.tonnes(prev.value),
    );
    // "189 tonnes less" of a fall of 198 t: a revision would have to move the levels by exactly the
    // figure with two digits swapped, so where the sources agree on both levels it is the writer's slip
    const { verdict, note } =
      judged.verdict === "unverifiable" &&
      swappedDigits(Math.abs(s.pct), Math.abs(Number(diff.toFixed(6)))) &&
      !prev.point.conflict &&
      !cur.point.conflict
        ? {
            verdict: "contradicted" as const,
            note: "; the stated figure is the data's with two digits swapped",
          }
        : judged;
    const between = versus
      ? `${key.partner} ${tonnes(cur.value)} against ${versus} ${tonnes(prev.value)} in ${periodLabel(period)}`
      : fromTo(prev, cur);
    const explanation = `stated a ${s.unsigned ? "difference" : "change"} of ${tonnes(s.pct)}, data gives ${diff >= 0 ? "+" : ""}${tonnes(diff)} (${between})${note}`;
    return {
      verdict,
      explanation,
      actual: { value: diff, unit: "t", from, to },
      figures: [cur, prev],
    };
  }
  const { pct: change, range: data } = changeBetween(prev, cur);
  const read = s.readings ? judgeReadings(s.readings, s, data, nearMiss.points, judge) : null;
  const judged = shortOfMultiple(
    coarseLevels(
      read ??
        outsideWrittenRange(
          shortOfNearly(judgeRound(s, s.pct, data, nearMiss.points(s.pct)), s, s.pct, data),
          s,
          data,
          (low, high) => interval(low, high, "%"),
        ),
      s,
      change,
      data,
    ),
    s,
    data,
  );
  // a ratio of two destinations is read from words that also allow a change over time of the
  // first ("87% more than Vietnam" after a month's figure): it can bear a claim out, never prove it wrong
  const { verdict, note } =
    versus && judged.verdict === "contradicted"
      ? {
          verdict: "unverifiable" as const,
          note: `${judged.note}; a ratio between two destinations or products is checked only to bear the words out`,
        }
      : judged;
  const said = s.range ? s.raw.trim() : read ? readAs(s.raw, read.reading) : pct(s.pct, 2);
  const whole = s.range ? "read as one range" : "";
  const range =
    verdict === "supported"
      ? whole && ` (${whole})`
      : ` (${whole && `${whole}: `}${statedRange(read?.reading ?? s, "%")})`;
  const between = versus
    ? `${s.versus ? key.partner : key.series} ${tonnes(cur.value)}${againstIn(prev, cur)} against ${versus} ${tonnes(prev.value)} in ${periodLabel(prev.period)}`
    : fromTo(prev, cur);
  const explanation = `stated ${said}${range}, data gives ${pct(change)} (${between})${note}`;
  return {
    verdict,
    explanation,
    actual: { pct: change, unit: "%", from, to },
    figures: [cur, prev],
  };
}

/** A partner's share of the total in one period, with the interval rounding allows. */
function shareOf(
  book: FigureBook,
  key: SeriesKey,
  period: string,
): { share: number; range: Interval; part: Figure; total: Figure } | string {
  if (key.partner === "WLD") return "a share needs a destination, and the text names none";
  const part = book.point(key, period);
  const total = book.point({ ...key, partner: "WLD" }, period);
  if (!part) return `no ${key.series} figure for ${key.partner} in ${periodLabel(period)} in the data`;
  if (!total || total.value === 0) return `no ${key.series} total for ${periodLabel(period)} in the data`;
  return { ...shareBetween(part, total), part, total };
}

/** A destination's stated share of the total. */
export function checkShare(book: FigureBook, key: SeriesKey, period: string, s: StatedShare): Outcome {
  if (s.of === "production")
    return unverifiable(
      "a share of what is produced, held or imported, not of exports: the data holds China's exports only",
    );
  const got = shareOf(book, key, period);
  if (typeof got === "string") return statedShare(book, key, period, s) ?? unverifiable(got);
  const judged = shortOfNearly(judgeRound(s, s.pct, got.range, nearMiss.points(s.pct)), s, s.pct, got.range);
  const explanation = `stated ${s.raw.trim()} (${statedRange(s, "%")}), data gives ${got.share.toFixed(1)}% (${amount(got.part.value, got.part.unit)} of ${amount(got.total.value, got.total.unit)} in ${periodLabel(period)})`;
  // "46 t, about 7% of the 689 tonnes shipped a year earlier": a whole the words state that is not
  // the total is another period's, destination's or product's figure, so the share of the total is
  // only one reading of the words: it may bear them out, never refute them
  const whole = s.whole;
  const { verdict, note } =
    whole !== undefined && !wholeIsTotal(whole, got.total) ? ofStatedWhole(s, got.part, whole) : judged;
  return {
    verdict,
    explanation: explanation + note,
    actual: { pct: got.share, unit: "%" },
    figures: [got.part, got.total],
  };
}

/**
 * "The EU's share was 32% in May" where the data holds no EU tonnage for May: a share published
 * sources stated of that destination and period (kept in the store as a share, not computed) bears
 * the claim out when it agrees. A source can be wrong, so a share stated otherwise is no proof the
 * claim is, and the data alone cannot tell: unverifiable, with the sources' figure. Null when no
 * source stated one.
 */
function statedShare(book: FigureBook, key: SeriesKey, period: string, s: StatedShare): Outcome | null {
  const f = book.point({ ...key, measure: "share" }, period);
  // a span's share is no sum of its months' shares: only a share a source stated of the period itself
  if (f === null || f.unit !== "%" || f.parts !== undefined) return null;
  const by = f.point.origins.join(", ") || "a source";
  const agreed = judgeRound(s, s.pct, valueRange(f), nearMiss.points(s.pct)).verdict === "supported";
  const stated = `stated ${s.raw.trim()} (${statedRange(s, "%")})`;
  const said = `${by} gave ${pct(f.value, 2).replace(/^\+/, "")} for ${key.partner} in ${periodLabel(period)}`;
  return {
    verdict: agreed ? "supported" : "unverifiable",
    explanation: agreed
      ? `${stated}; the data holds no tonnages to compute it from, but ${said}`
      : `${stated}; the data holds no tonnages to compute it from; ${said}, and a source's figure bears a share out, never refutes it`,
    actual: { pct: f.value, unit: "%" },
    figures: [f],
  };
}

/** Whether two whole numbers differ only by two neighbouring digits swapped ("189" and "198"). */
export function swappedDigits(stated: number, actual: number): boolean {
  if (!Number.isInteger(stated) || !Number.isInteger(actual) || stated === actual) return false;
  const [a, b] = [String(stated), String(actual)];
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/**
 * A share said of a whole that is not the month's total ("54% of it" after the EU's 2,060 t, "7% of
 * the 689 tonnes shipped a year earlier"): the destination's figure taken of that whole bears it out;
 * otherwise the words may take it of a figure the data does not tie to the destination, so the share
 * is left open, neither refuted nor borne out by the share of the total, which the words do not name.
 */
function ofStatedWhole(s: StatedShare, part: Figure, whole: { value: number; halfUnit: number }): Judged {
  const unknown = {
    verdict: "unverifiable" as const,
    note: `; but the share is said of ${amount(whole.value, "t")}, which is not that total, so the words may take it of another figure`,
  };
  // "the EU took 2,060 t, with Germany accounting for more than half of it", where the share was
  // read as the EU's own: a figure is no share of itself
  if (part.unit !== "t" || Math.abs(part.value - whole.value) <= whole.halfUnit + part.halfStep)
    return unknown;
  const range = shareRange(valueRange(part), [whole.value - whole.halfUnit, whole.value + whole.halfUnit]);
  const own = judgeRound(s, s.pct, range, nearMiss.points(s.pct));
  if (own.verdict === "supported")
    return {
      verdict: "supported",
      note: `; the share is said of ${amount(whole.value, "t")}, and ${amount(part.value, part.unit)} is ${percentOf(part.value, whole.value).toFixed(1)}% of it`,
    };
  return unknown;
}

/** Whether a whole stated in tonnes is the data's total, within its rounding and what a revision moves. */
function wholeIsTotal(whole: { value: number; halfUnit: number }, total: Figure): boolean {
  if (total.unit !== "t") return true;
  const [low, high] = valueRange(total);
  const reach = whole.halfUnit + nearMiss.tonnes(total.value);
  return whole.value + reach >= low && whole.value - reach <= high;
}

type ShareOf = Exclude<ReturnType<typeof shareOf>, string>;

/**
 * A destination's share in `period` and in the period `basis` compares it with, with the words that
 * tell both and the figures behind them; or why they cannot be had, as an outcome.
 */
function sharePair(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  basis: string,
  what: "a change" | "a move",
  checked: string,
): { now: ShareOf; before: ShareOf; shares: string; figures: Figure[] } | Outcome {
  const base = basePeriod(period, basis);
  if (base === null)
    return unverifiable(
      `${what} over ${periodLabel(period)} needs a comparison period the text does not give`,
    );
  const now = shareOf(book, key, period);
  const before = shareOf(book, key, base);
  if (typeof now === "string") return unverifiable(`${checked} is checked on shares: ${now}`);
  if (typeof before === "string") return unverifiable(`${checked} is checked on shares: ${before}`);
  return {
    now,
    before,
    shares: `share ${before.share.toFixed(1)}% in ${periodLabel(base)} to ${now.share.toFixed(1)}% in ${periodLabel(period)}`,
    figures: [now.part, now.total, before.part, before.total],
  };
}

/** A change of a destination's share: in percentage points, or in percent of the share before. */
function checkShareChange(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  basis: string,
  s: StatedChange,
): Outcome {
  const unit = s.unit === "pp" ? "a change in percentage points" : "a change of a share";
  const got = sharePair(book, key, period, basis, "a change", unit);
  if ("verdict" in got) return got;
  const { now, before, shares, figures } = got;
  if (s.unit === "t") return unverifiable(`a share changes in points or percent, not in tonnes (${shares})`);
  if (s.unit === "%") {
    // "the US share rose 65%": the share's own change, taken of the share before
    if (before.range[0] <= 0)
      return unverifiable(`a change in percent of a share that was nothing (${shares})`);
    const change = percentChange(before.share, now.share);
    const data = changeRange(before.range, now.range);
    const { verdict, note } = judgeRound(s, s.pct, data, nearMiss.points(s.pct));
    return {
      verdict,
      explanation: `stated ${pct(s.pct, 2)} of the share, data gives ${pct(change)} (${shares})${note}`,
      actual: { pct: change, unit: "%" },
      figures,
    };
  }
  const diff = now.share - before.share;
  const { verdict, note } = judge(s, differenceRange(before.range, now.range), nearMiss.points(s.pct));
  const explanation = `stated ${s.pct > 0 ? "+" : ""}${s.pct} percentage points, data gives ${diff >= 0 ? "+" : ""}${diff.toFixed(1)} (${shares})${note}`;
  return { verdict, explanation, actual: { pct: diff, unit: "pp" }, figures };
}

/** A rise or fall of a destination's share, without a number: "the US share slipped". */
function checkShareDirection(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  basis: string,
  s: StatedDirection,
): Outcome {
  const got = sharePair(book, key, period, basis, "a move", "a move of a share");
  if ("verdict" in got) return got;
  const { now, before, shares, figures } = got;
  const m = judgeMove(s.direction, before.share, now.share, [
    now.range[0] - before.range[1],
    now.range[1] - before.range[0],
  ]);
  return {
    verdict: m.verdict,
    explanation: `stated ${m.stated} of the share, data gives ${m.found} (${shares})${m.rounding}`,
    actual: { direction: m.dir },
    figures,
  };
}

/**
 * A stated rise or fall judged against a move from `before` to `now` whose size rounding allows to
 * lie in `interval`: wrong only when the interval is all one side of no change.
 */
function judgeMove(stated: StatedDirection["direction"], before: number, now: number, [lo, hi]: Interval) {
  const dir = now > before ? "up" : now < before ? "down" : "flat";
  const certain = lo > 0 || hi < 0;
  const verdict: Verdict = dir === stated ? "supported" : certain ? "contradicted" : "unverifiable";
  const said = (d: string) => (d === "flat" ? "no change" : d === "up" ? "a rise" : "a fall");
  const rounding = certain || verdict === "supported" ? "" : "; within rounding of no change";
  return { dir, verdict, stated: said(stated), found: said(dir), rounding } as const;
}

/** A stated rise or fall without a number. */
export function checkDirection(
  book: FigureBook,
  key: SeriesKey,
  period: string,
  basis: string,
  s: StatedDirection,
): Outcome {
  if (s.measure === "share") return checkShareDirection(book, key, period, basis, s);
  const got = pair(book, key, period, basis, true);
  if (typeof got === "string") return unverifiable(got);
  const [prev, cur] = got;
  const m = judgeMove(s.direction, prev.value, cur.value, changeBetween(prev, cur).range);
  const change = prev.value === 0 ? "from nothing" : `of ${pct(percentChange(prev.value, cur.value))}`;
  return {
    verdict: m.verdict,
    explanation: `stated ${m.stated}, data gives ${m.found} ${change} (${fromTo(prev, cur)})${m.rounding}`,
    actual: {
      direction: m.dir,
      from: { period: prev.period, value: prev.value },
      to: { period: cur.period, value: cur.value },
    },
    figures: [cur, prev],
  };
}
