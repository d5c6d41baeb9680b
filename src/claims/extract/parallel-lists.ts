// Two lists of the same length in one sentence, one of destinations or months and one of figures:
// "Germany, South Korea and Vietnam took 1,288 t, 854 t and 456 t", "Japan and the US took 305 tonnes
// and 582 tonnes, respectively", "1,288 t, 854 t and 456 t went to Germany, South Korea and Vietnam",
// "in July, August and September were 5,577, 6,146 and 5,774 tonnes". English pairs them in order,
// so the n-th figure is the n-th name's, whatever name stands nearest to it.

import { ENGLISH_MONTH_NAME, MONTHS, YEAR } from "./lexicon.js";
import { findPartners, findSeries } from "./subjects.js";
import { allMatches } from "./all-matches.js";

/** A figure of the sentence: its span in the sentence and its kind. */
export interface ListedFigure {
  start: number;
  end: number;
  kind: string;
}

/**
 * Between two items of a list: a comma, "and", or both ("Germany, South Korea and Vietnam"), or a
 * slash, as number boxes and posts set figures side by side ("235 t / 456 t / 444 t", "Aug/Sep").
 */
const ITEM_GAP = /^(?:,\s?|,?\s(?:and|&)\s|\s?\/\s?)(?:the\s)?$/i;
/**
 * Between the two lists: words without figures or names ("took", "were ... at"), or a label's colon,
 * after the bracket that closes its list of months ("Vietnam (Sep/Oct/Dec): 456 t / 444 t / 509 t")
 * or the words that end the label ("the US, Japan and Germany in December: 564 t, 280 t and 1,106 t").
 */
const LISTS_GAP = /^(?:[^\d;:.!?]{1,60}|[^\d;:.!?]{0,60}:\s?)$/;
/** Words that make the lists' neighbourhood something else: a total, a contrast. */
const NOT_PARALLEL = /\b(?:total|overall|worldwide|globally|all destinations|while|whereas|but)\b/i;

/**
 * The destination of each figure that stands in a list parallel to a list of destinations, by the
 * figure's index in `figures`.
 * @example parallelPartners("Japan and the US took 305 t and 582 t.", figures) // Map { 0 => JPN, 1 => USA }
 */
export function parallelPartners(
  sentence: string,
  figures: readonly ListedFigure[],
): Map<number, { partner: string; why: string }> {
  const out = new Map<number, { partner: string; why: string }>();
  // most sentences hold no list of figures: their destinations need not be read
  const lists = figureLists(sentence, figures);
  if (lists.length === 0) return out;
  // "and the US" reads as weak on its own (an actor?); in a run of names it is one more name
  const names = runs(findPartners(sentence), (a, b) => ITEM_GAP.test(sentence.slice(a.end, b.start))).filter(
    (n) => n.some((p) => !p.weak),
  );
  for (const [i, p] of pairLists(sentence, names, lists))
    out.set(i, { partner: p.value, why: sentence.slice(p.start, p.end) });
  return out;
}

/**
 * The product of each figure that stands in a list parallel to a list of products: "gallium and
 * germanium exports rose to 9,007 kg and 763 kg respectively"; with the other products of the list.
 * @example parallelSeries("Gallium and germanium exports were 9,007 kg and 763 kg.", figures) // Map { 0 => gallium, 1 => germanium }
 */
export function parallelSeries(
  sentence: string,
  figures: readonly ListedFigure[],
): Map<number, { series: string; listed: string[] }> {
  const out = new Map<number, { series: string; listed: string[] }>();
  const lists = figureLists(sentence, figures);
  if (lists.length === 0) return out;
  const mentions = findSeries(sentence);
  const names = runs(mentions, (a, b) => ITEM_GAP.test(sentence.slice(a.end, b.start))).filter(
    (n) => new Set(n.map((x) => x.value)).size === n.length,
  );
  if (names.length === 0) return out;
  // the lists' gap names no other product ("magnets and rare earths: magnet shipments were ...")
  const paired = pairLists(sentence, names, lists);
  for (const [i, m] of paired) {
    const run = names.find((n) => n.includes(m)) as Mention[];
    const between = mentions.filter(
      (x) => !run.includes(x) && x.start < figures[i]!.start && x.end > run[0]!.start,
    );
    if (between.length > 0) continue;
    out.set(i, { series: m.value, listed: run.map((x) => x.value).filter((v) => v !== m.value) });
  }
  return out;
}

type Mention = ReturnType<typeof findSeries>[number];

/** A month's number (1-12) and the year written with it, if any, to a `YYYY-MM`; null if it cannot. */
export type MonthResolver = (month: number, year: number | null) => string | null;

const SPAN_BEFORE = /\b(?:between|from)\s$/i;
const MONTH_ITEM = new RegExp(`\\b(${ENGLISH_MONTH_NAME})\\.?(?:,?\\s(${YEAR}))?\\b`, "g");

/**
 * The month of each figure that stands in a list parallel to a list of months: "in July, August and
 * September came to 5,577 t, 6,146 t and 5,774 t", "6,146 t and 5,774 t in August and September". A
 * month listed without its year takes the year of the next one (the year before, if it comes later
 * in the calendar: "November, December and January 2026").
 * @example parallelPeriods("In August and September, 6,146 t and 5,774 t.", figures, resolve) // Map { 0 => 2025-08, 1 => 2025-09 }
 */
export function parallelPeriods(
  sentence: string,
  figures: readonly ListedFigure[],
  resolve: MonthResolver,
): Map<number, { period: string; why: string }> {
  const out = new Map<number, { period: string; why: string }>();
  const figureRuns = figureLists(sentence, figures);
  if (figureRuns.length === 0) return out;
  const months = allMatches(MONTH_ITEM, sentence).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    month: MONTHS[(m[1] as string).toLowerCase()] as number,
    year: m[2] ? Number(m[2]) : null,
  }));
  // "between May and June", "from July and August": a span's two ends, not a list
  const lists = runs(months, (a, b) => ITEM_GAP.test(sentence.slice(a.end, b.start))).filter(
    (l) => !SPAN_BEFORE.test(sentence.slice(Math.max(0, (l[0]?.start ?? 0) - 10), l[0]?.start)),
  );
  for (const list of lists) {
    // years run back from the last month's: each earlier month in the same year, or the one before
    for (let k = list.length - 2; k >= 0; k--) {
      const [a, b] = [list[k] as (typeof list)[number], list[k + 1] as (typeof list)[number]];
      if (a.year === null && b.year !== null) a.year = a.month <= b.month ? b.year : b.year - 1;
    }
  }
  for (const [i, m] of pairLists(sentence, lists, figureRuns)) {
    const period = resolve(m.month, m.year);
    if (period !== null) out.set(i, { period, why: sentence.slice(m.start, m.end) });
  }
  return out;
}

/** A figure of a run, with its index among the sentence's figures. */
type ListItem = ListedFigure & { i: number };

/** The runs of two or more figures of one kind listed one after another ("305 t and 582 t"). */
function figureLists(sentence: string, figures: readonly ListedFigure[]): ListItem[][] {
  if (figures.length < 2) return [];
  return runs(
    figures.map((f, i) => ({ ...f, i })),
    (a, b) => a.kind === b.kind && ITEM_GAP.test(sentence.slice(a.end, b.start).replace(/\s?the\s$/, " ")),
  );
}

/** Pairs each run of names with a run of figures (`figureLists`) of the same length next to it, by figure index. */
function pairLists<N extends { start: number; end: number }>(
  sentence: string,
  names: readonly N[][],
  lists: readonly ListItem[][],
): Map<number, N> {
  const out = new Map<number, N>();
  for (const n of names) {
    for (const l of lists) {
      if (n.length !== l.length) continue;
      const first = n[0] as N;
      const last = n[n.length - 1] as N;
      const lead = l[0] as ListedFigure;
      const tail = l[l.length - 1] as ListedFigure;
      const gap =
        last.end <= lead.start
          ? sentence.slice(last.end, lead.start)
          : tail.end <= first.start
            ? sentence.slice(tail.end, first.start)
            : null;
      if (gap === null || !LISTS_GAP.test(gap) || NOT_PARALLEL.test(gap) || findPartners(gap).length > 0)
        continue;
      n.forEach((p, k) => out.set((l[k] as ListItem).i, p));
    }
  }
  // "564 t, 280 t and 1,106 t, down 3.1%, down 8.2% and up 1.1% respectively": a run of another kind
  // right after a paired run, as long as it, pairs with the same names
  for (const [a, b] of lists.slice(0, -1).map((l, k) => [l, lists[k + 1] as ListItem[]] as const)) {
    const tail = a[a.length - 1] as ListItem;
    if (a.length !== b.length || !out.has(tail.i) || b.some((f) => out.has(f.i))) continue;
    if (!/^,\s?$/.test(sentence.slice(tail.end, (b[0] as ListItem).start))) continue;
    a.forEach((f, k) => out.set((b[k] as ListItem).i, out.get(f.i) as N));
  }
  return out;
}

/** Maximal runs of two or more neighbours that `joined` links. */
function runs<T>(xs: readonly T[], joined: (a: T, b: T) => boolean): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  for (const x of xs) {
    if (cur.length > 0 && joined(cur[cur.length - 1] as T, x)) cur.push(x);
    else {
      if (cur.length >= 2) out.push(cur);
      cur = [x];
    }
  }
  if (cur.length >= 2) out.push(cur);
  return out;
}
