// Reasons why a contradiction would not be certain however the claim was read: in the words around
// it, as the reader marked them (`ExtractedClaim.cautions`, extract/cautions.ts); and in the data
// behind it, a figure on which the sources disagree, a span no source states, a figure a source the
// data agrees with printed digit for digit.

import type { EvidenceRow, Figure } from "../../analytics/figure-book.js";
import {
  changeRange,
  differenceRange,
  shareRange,
  valueRange,
  type Interval,
} from "../../analytics/figure-ranges.js";
import { precisionUnit } from "../../domain/decimal.js";
import { toTonnes } from "../../domain/units.js";
import { nearMiss, sizeOf, withinReach } from "./check-figures.js";
import type { Caution, ExtractedClaim } from "../types.js";

/** What each caution of the reader makes of a contradiction, in the order the reader weighs them. */
const DOUBTS: Partial<Record<Caution, (claim: ExtractedClaim) => string>> = {
  "split-number": () => "the number may be the end of a longer one written with spaces or words",
  difference: () =>
    "the words around the number make it read as a difference between two figures, not a level",
  "forecast-gap": () => FORECAST_GAP,
  "each-month": () => EACH_MONTH,
  average: () =>
    "the words around the number make it an average or a rate over several periods, not one period's level",
  sum: () => "the words around the number make it a sum over several periods, not one month's level",
  part: () =>
    "the number is a part of a larger figure ('including', 'of which') whose product or destination the reader did not read, not the whole",
  "range-end": () => "the number is one end of a range, not a level of its own",
  "rough-range": () =>
    "the range is told as rough ('anywhere from', 'perhaps'), a guess the data may bear out but does not refute",
  "ratio-to-other-period": () =>
    "the percentage is of another period's figure, which makes it a ratio to that period, not a share of the total",
  "against-average": () =>
    "the figure is set against an average of several months, not against one month's figure",
  "seasonal-rank": () =>
    "the rank may be among the same month of each year, which a rank over every month does not decide",
  "joined-months": () =>
    "the sentence joins two months ('in May and June'), and the figure may be their sum or either's",
  "joined-years": () =>
    "the sentence joins two years ('over 2024 and 2025'), and the figure may be their sum or either's",
  "base-after-step": () =>
    "the base month is named after 'after', which may tell an earlier step of the story rather than what the change is measured against",
  revision: () =>
    "the sentence speaks of a revision, and the data may hold the figure from before or after it",
  "fiscal-words": () =>
    "the sentence dates the figure by a fiscal year, which need not run with the calendar year China's customs count in",
  "shifted-month": () =>
    "the sentence sets a month in another year ('the May before'), which the reader does not date for certain",
  language: () => LANGUAGE,
  "buyer-imports": (c) =>
    `the sentence speaks of ${c.partner}'s own imports, which its own statistics count (on arrival, from every origin), not China's customs`,
  "series-unnamed": (c) =>
    `the sentence does not itself name ${c.series} (the product was read from other words)`,
  "partner-unnamed": (c) =>
    `the sentence does not itself name ${c.partner} (the destination was read from other words)`,
  continent: () => "the sentence names Europe, which is wider than the European Union the data holds",
  region: () => "customs groups the countries of a continent its own way, which the writer may not",
  "period-unnamed": () => "the sentence names no period (the month was read from other words)",
};

const EACH_MONTH = "the bound is said of each month of the span, not of the span's total";
const FORECAST_GAP =
  "the number is the gap to a forecast or a target, which no figure of the data settles, not a level";
const LANGUAGE =
  "the sentence is not in English, and the reader is not yet sure enough of other languages to contradict";

/**
 * Why a claim is not the text's own statement, whatever the data gives: the text credits its figure
 * to someone else and then disputes it (caution `disputed`). Null for the text's own figures.
 * @example disputedByText(claim of "..., some traders said; the customs numbers tell a different story") // "the text itself disputes the figure, which it credits to some traders"
 */
export function disputedByText(claim: ExtractedClaim): string | null {
  if (claim.cautions?.includes("disputed") !== true) return null;
  return `the text itself disputes the figure, which it credits to ${claim.creditedTo ?? "someone else"}`;
}

/** Why a contradiction of this claim would not be certain, from the reader's cautions, or null. */
export function doubtAbout(claim: ExtractedClaim): string | null {
  for (const c of claim.cautions ?? []) {
    const why = DOUBTS[c];
    if (why !== undefined) return why(claim);
  }
  return null;
}

/**
 * Why a level that a month's figure equals is not supported by it: a bound said of each month of a
 * span, a gap to a forecast or a target ("6,000 t behind the level analysts had pencilled in"), or words that make it an average or a rate ("averaged 4,676 t a month", "on average, 538 t
 * per month over the quarter"), which a month's figure equals only by chance. Null when nothing says so.
 */
export function notOneMonthsLevel(claim: ExtractedClaim): string | null {
  const cautions = claim.cautions ?? [];
  if (cautions.includes("each-month")) return EACH_MONTH;
  if (cautions.includes("forecast-gap")) return FORECAST_GAP;
  if (!cautions.includes("rate")) return null;
  return "the words around the number make it an average or a rate over several periods, which one period's figure equals only by chance";
}

/** Why a claim whose sentence, as written, is not in English is not contradicted, or null. */
export const writtenLanguageDoubt = (claim: ExtractedClaim): string | null =>
  claim.cautions?.includes("written-language") === true ? LANGUAGE : null;

/**
 * Why a contradiction resting on a span no source states, made from totals released at different
 * times (a year to date less a month, a year to date and the months after it), would not be
 * certain: revisions between the releases may have moved it. It can bear a figure out; it does not
 * refute one. A span summed from its months alone is as certain as they are. Null otherwise.
 */
export function composedAbout(figures: readonly Figure[]): string | null {
  const f = figures.find((x) => x.less !== undefined || x.parts?.some((p) => p.period.includes("..")));
  if (!f) return null;
  const made = [
    ...(f.parts ?? []).map((p) => p.period),
    ...(f.less ?? []).map((p) => `less ${p.period}`),
  ].join(", ");
  return `no source states the total for ${f.period}; it is made from totals released at different times (${made}), which revisions may have moved`;
}

/**
 * Why a contradiction resting on a figure the sources dispute would not be certain: some source's
 * value makes the statement true. A level is checked against each source's value; a change or a
 * share against each pairing of the sources' values, each with its own rounding ("-2.3%" is wrong
 * of 58,152 t -> 57,392 t and of the other sources' totals alike; "6%" of Japan's December is wrong of
 * 280 t and of 411.3 t alike, though a value between them would fit); a rank against the
 * figures that beat it, on every source's values. Other kinds of figure computed from a disputed
 * one (streaks, changes of shares) are never certain. Null when the figures are undisputed, or no
 * source's value fits the statement.
 */
export function disputeAbout(
  claim: ExtractedClaim,
  figures: readonly Figure[],
  rows: readonly EvidenceRow[][],
): string | null {
  const i = figures.findIndex((f) => f.point.conflict);
  if (i < 0) return null;
  const f = figures[i] as Figure;
  const why = `the sources disagree on the ${f.point.series} figure for ${f.point.partner} in ${f.period} (see conflicts)`;
  const s = claim.stated;
  // a source's value the statement comes near enough to, as the check itself allows (a near miss)
  if (s.type === "level")
    return (rows[i] ?? []).some((r) => {
      const v = rowValue(r);
      return withinReach(s, [v, v], nearMiss.tonnes(v));
    })
      ? why
      : null;
  if (s.type === "rank") return certainlyBeaten(s, figures, rows) ? null : why;
  const ranges = sourcesRanges(claim, figures, rows);
  if (ranges === null || !("low" in s)) return why;
  const margin =
    s.type === "change" && s.unit === "t" ? nearMiss.tonnes(figures[1]?.value ?? 0) : nearMiss.points(s.pct);
  return ranges.some((range) => withinReach(s, range, margin)) ? why : null;
}

/** An evidence row's value as a stated level holds it: tonnes for a quantity, else as printed (money). */
export function rowValue(row: EvidenceRow): number {
  return toTonnes(row.value, row.unit) ?? Number(row.value);
}

/**
 * A level that repeats, digit for digit, a figure a published source gave for the same series,
 * destination and period, where that source's figure agrees with the data within its own rounding
 * or hedge (SCMP's "5,600 t" for March 2025's 5,666.3 t, filed as approximate): the writer quotes a
 * source the data itself counts as agreeing, with its hedge dropped. Wrong it may be, certain it is not.
 */
export function echoesAgreeingSource(
  claim: ExtractedClaim,
  figures: readonly Figure[],
  rows: readonly EvidenceRow[][],
): string | null {
  const s = claim.stated;
  if (s.type !== "level" || figures.length !== 1) return null;
  const echoed = (rows[0] ?? []).find((r) => {
    if (!r.agrees) return false;
    const v = rowValue(r);
    return Number.isFinite(v) && Math.abs(v - s.value) <= 1e-9 * Math.max(1, Math.abs(v));
  });
  return echoed
    ? `${echoed.publisher} printed this figure for the same period, and the data counts that source's figure as agreeing with its own within the source's rounding`
    : null;
}

/** The span of every value one figure may have: from the lowest source value (or the resolved one) to the highest, with their rounding. */
function figureRange(f: Figure, rows: readonly EvidenceRow[]): Interval | null {
  if (f.parts) {
    // a composed span: what each part allows, added or taken away
    let low = 0;
    let high = 0;
    for (const [sign, list] of [
      [1, f.parts],
      [-1, f.less ?? []],
    ] as const)
      for (const p of list) {
        const r = figureRange(
          p,
          rows.filter((x) => x.period === p.period),
        );
        if (r === null) return null;
        low += sign === 1 ? r[0] : -r[1];
        high += sign === 1 ? r[1] : -r[0];
      }
    return [low, high];
  }
  const values = sourceValues(f, rows);
  return values === null
    ? null
    : [Math.min(...values.map((v) => v[0])), Math.max(...values.map((v) => v[1]))];
}

/**
 * The resolved value of a figure held for one period and each source's, each with its own rounding;
 * null when a source's value is not in tonnes.
 */
function sourceValues(f: Figure, rows: readonly EvidenceRow[]): Interval[] | null {
  const out: Interval[] = [valueRange(f)];
  for (const r of rows) {
    const v = toTonnes(r.value, r.unit);
    if (v === null || f.unit !== "t") return null;
    const half = (Number(precisionUnit(r.value)) * (r.unit === "kg" ? 1e-3 : 1)) / 2;
    out.push([v - half, v + half]);
  }
  return out;
}

/**
 * True when a contradicted rank holds on every source's figures: the stated rank's number of the
 * figures beating the claim's (which a rank's check lists after it, at most three) beat it
 * whatever value each source gives.
 */
function certainlyBeaten(
  s: Extract<ExtractedClaim["stated"], { type: "rank" }>,
  figures: readonly Figure[],
  rows: readonly EvidenceRow[][],
): boolean {
  const cur = figureRange(figures[0] as Figure, rows[0] ?? []);
  if (cur === null) return false;
  let beaten = 0;
  for (let j = 1; j < figures.length; j++) {
    const r = figureRange(figures[j] as Figure, rows[j] ?? []);
    if (r !== null && (s.direction === "high" ? r[0] > cur[1] : r[1] < cur[0])) beaten++;
  }
  return beaten >= s.n;
}

/**
 * Every value one figure may have: the resolved one and each source's, each with its own rounding
 * ("280 t" of six sources and "411.3 t" of one are two values, not every value between them). A span
 * made from other totals allows what its parts allow together.
 */
function figureValues(f: Figure, rows: readonly EvidenceRow[]): Interval[] | null {
  if (!f.parts) return sourceValues(f, rows);
  const r = figureRange(f, rows);
  return r === null ? null : [r];
}

/**
 * What a change (percent or tonnes) or a share may be on the sources' figures, one interval for each
 * pairing of a value of the one figure with a value of the other; null for other kinds.
 */
function sourcesRanges(
  claim: ExtractedClaim,
  figures: readonly Figure[],
  rows: readonly EvidenceRow[][],
): Interval[] | null {
  const s = claim.stated;
  if (figures.length !== 2 || (s.type !== "change" && s.type !== "share")) return null;
  const as = figureValues(figures[0] as Figure, rows[0] ?? []);
  const bs = figureValues(figures[1] as Figure, rows[1] ?? []);
  if (as === null || bs === null) return null;
  const out: Interval[] = [];
  for (const a of as)
    for (const b of bs) {
      if (b[0] <= 0) return null;
      if (s.type === "share") out.push(shareRange(a, b));
      // a change's figures are the month's and its base's
      else if (s.unit === "%") out.push(changeRange(b, a));
      else if (s.unit === "t") out.push(s.unsigned ? sizeOf(differenceRange(b, a)) : differenceRange(b, a));
      else return null;
    }
  return out;
}
