// "Exports to the United States were 305 tons, while Japan received 582 tons": where each clause of
// a sentence names its own destination before its own figure, a figure belongs to its clause's
// destination. The other clause's destination is then no reading of it, so a pair whose figures were
// swapped is not supported by its neighbour. Only plain clauses count: one destination, named before
// the clause's one figure of the kind; lists, "respectively" and sums give figures in other orders.

import { allMatches } from "./all-matches.js";
import { SUM_WORDS } from "./figure-partner.js";
import { partnersOfOtherRankedItems } from "./ranked-items.js";
import type { ClauseRead } from "./read-clause.js";
import type { Draft } from "./read-figure.js";

/** A tonnage and a percentage, the figures a level and a share state. */
const FIGURE_OF = {
  level: /\d[\d,.]*\s?(?:t|tonnes?|tons?|kt|mt|kg)\b/gi,
  share: /\d[\d,.]*\s?(?:%|per ?cent|pc)/gi,
} as const;

type Kind = keyof typeof FIGURE_OF;

/**
 * A clause's one destination, when it names only that one and names it before its only figure of
 * the kind, with where that figure's number starts in the text.
 */
function plainPartner(c: ClauseRead, kind: Kind): { value: string; at: number } | null {
  const figures = allMatches(FIGURE_OF[kind], c.seg.text);
  const [only] = figures;
  const first = c.partners[0];
  if (figures.length !== 1 || only === undefined || first === undefined) return null;
  if (c.partners.some((p) => p.value !== first.value) || first.end > only.index) return null;
  return { value: first.value, at: c.seg.start + only.index };
}

/**
 * "The US more than doubled to 619 t, while India's rose to 418 t": a change whose clause names one
 * destination, and names it before the change's words, is that destination's.
 */
function namedBefore(c: ClauseRead, partner: string, at: number): boolean {
  const first = c.partners[0];
  return (
    first !== undefined &&
    first.value === partner &&
    c.partners.every((p) => p.value === first.value) &&
    c.seg.start + first.end <= at
  );
}

/**
 * Gives each level and share whose destination was read from its own clause, a plain clause of that
 * destination, and each change whose own clause names its one destination before it, the
 * destinations the sentence's other clauses name plainly with a figure of their own, a tonnage or a
 * percentage (`otherClausePartners`): none of them is a reading of it. `input` is the text the
 * drafts' offsets are in.
 */
export function markClausePartners(
  out: Draft[],
  clauses: ClauseRead[],
  sentence: string,
  input: string,
): void {
  markRankedItems(out, sentence, clauses[0]?.seg.start ?? 0);
  if (clauses.length < 2 || /\brespectively\b/i.test(sentence) || SUM_WORDS.test(sentence)) return;
  const plain = new Map<string, ReturnType<typeof plainPartner>>();
  const plainOf = (i: number, kind: Kind) => {
    const id = `${i} ${kind}`;
    if (!plain.has(id)) plain.set(id, plainPartner(clauses[i] as ClauseRead, kind));
    return plain.get(id) ?? null;
  };
  /** Whether draft `x`, found in clause `own`, is that clause's figure of its one destination. */
  const ownFigure = (x: Draft, own: number, at: number) => {
    const kind = x.stated.type;
    if (kind === "change") return namedBefore(clauses[own] as ClauseRead, x.partner, x.start);
    const mine = kind === "level" || kind === "share" ? plainOf(own, kind) : null;
    return mine !== null && mine.value === x.partner && mine.at === at;
  };
  out.forEach((x, k) => {
    const kind = x.stated.type;
    if ((kind !== "level" && kind !== "share" && kind !== "change") || x.grounds.partner !== "clause") return;
    // a change's words may hold no digit ("more than doubled"): it is where they start
    const at =
      kind === "change" ? x.start : x.start + (/^\D*/.exec(input.slice(x.start, x.end))?.[0].length ?? 0);
    const own = clauses.findIndex((c) => at >= c.seg.start && at < c.seg.start + c.seg.text.length);
    if (own < 0 || !ownFigure(x, own, at)) return;
    const others = new Set<string>();
    // "the US share shrank to 8.5%, while Vietnam, at 509 tons, ranked fourth": a clause that names
    // its own destination before a figure of its own, of either kind, speaks of that destination only
    const [first, other]: Kind[] = kind === "share" ? ["share", "level"] : ["level", "share"];
    clauses.forEach((_, i) => {
      const theirs = i === own ? null : (plainOf(i, first as Kind) ?? plainOf(i, other as Kind));
      if (theirs !== null && theirs.value !== x.partner) others.add(theirs.value);
    });
    if (others.size > 0) out[k] = { ...x, otherClausePartners: [...others] };
  });
}

/** A clause's one product, named (once or more) before its only figure of the kind, as `plainPartner`. */
function plainSeries(c: ClauseRead, kind: Kind): { value: string; at: number } | null {
  const figures = allMatches(FIGURE_OF[kind], c.seg.text);
  const [only] = figures;
  const first = c.series[0];
  if (figures.length !== 1 || only === undefined || first === undefined) return null;
  if (c.series.some((p) => p.value !== first.value) || first.end > only.index) return null;
  return { value: first.value, at: c.seg.start + only.index };
}

/**
 * "Antimony oxide exports were 3,389 t in August and metal exports 423 t": where each clause names
 * its own product before its own figure, the product another clause names so is the other figure's,
 * no reading of this one (`otherListedSeries`), as `markClausePartners` does for destinations.
 */
export function markClauseSeries(out: Draft[], clauses: ClauseRead[], sentence: string, input: string): void {
  if (clauses.length < 2 || /\brespectively\b/i.test(sentence) || SUM_WORDS.test(sentence)) return;
  out.forEach((x, k) => {
    const kind = x.stated.type;
    if ((kind !== "level" && kind !== "share") || x.grounds.series !== "clause" || x.otherListedSeries)
      return;
    const at = x.start + (/^\D*/.exec(input.slice(x.start, x.end))?.[0].length ?? 0);
    const own = clauses.findIndex((c) => at >= c.seg.start && at < c.seg.start + c.seg.text.length);
    const mine = own < 0 ? null : plainSeries(clauses[own] as ClauseRead, kind);
    if (mine === null || mine.value !== x.series || mine.at !== at) return;
    const others = new Set<string>();
    clauses.forEach((c, i) => {
      const theirs = i === own ? null : plainSeries(c, kind);
      if (theirs !== null && theirs.value !== x.series) others.add(theirs.value);
    });
    if (others.size > 0) out[k] = { ...x, otherListedSeries: [...others] };
  });
}

/**
 * "Germany ranked first, South Korea ranked second, Vietnam ranked third": a place among destinations
 * read from its own item gets the other items' destinations as `otherClausePartners` (see
 * ranked-items.ts). `start` is where the sentence starts in the text the drafts' offsets are in.
 */
function markRankedItems(out: Draft[], sentence: string, start: number): void {
  out.forEach((x, k) => {
    if (x.stated.type !== "rank" || x.stated.scope.type !== "destinations" || x.grounds.partner !== "clause")
      return;
    const others = partnersOfOtherRankedItems(sentence, x.start - start, x.partner);
    if (others.size > 0)
      out[k] = { ...x, otherClausePartners: [...new Set([...(x.otherClausePartners ?? []), ...others])] };
  });
}
