// "Exports to the United States were 305 tons, while Japan received 582 tons": where each clause of
// a sentence names its own destination before its own figure, a figure belongs to its clause's
// destination. The other clause's destination is then no reading of it, so a pair whose figures were
// swapped is not supported by its neighbour. Only plain clauses count: one destination, named before
// the clause's one figure of the kind; lists, "respectively" and sums give figures in other orders.

import { CLAUSE_BREAK } from "../extract/segment.js";
import { findPartners } from "../extract/subjects.js";
import { allMatches } from "../extract/all-matches.js";
import { SUM_WORDS } from "../extract/figure-partner.js";

/** A tonnage and a percentage, the figures a level and a share state. */
const FIGURE_OF = {
  level: /\d[\d,.]*\s?(?:t|tonnes?|tons?|kt|mt|kg)\b/gi,
  share: /\d[\d,.]*\s?(?:%|per ?cent|pc)/gi,
} as const;

/** A clause's one destination, when it names only that one and names it before its only figure of the kind. */
function plainPartner(clause: string, figure: RegExp): { value: string; at: number } | null {
  const figures = allMatches(figure, clause);
  const partners = findPartners(clause);
  const [only] = figures;
  const first = partners[0];
  if (figures.length !== 1 || only === undefined || first === undefined) return null;
  if (partners.some((p) => p.value !== first.value) || first.end > only.index) return null;
  return { value: first.value, at: only.index };
}

/**
 * The destinations other clauses of `sentence` name plainly with a figure of their own, when the
 * figure at `at` (its offset in the sentence) stands in a plain clause of `partner`'s: empty otherwise.
 */
export function partnersOfOtherClauses(
  sentence: string,
  at: number,
  partner: string,
  kind: keyof typeof FIGURE_OF,
): Set<string> {
  const out = new Set<string>();
  if (/\brespectively\b/i.test(sentence) || SUM_WORDS.test(sentence)) return out;
  const cuts = allMatches(CLAUSE_BREAK, sentence).map((m) => m.index);
  if (cuts.length === 0) return out;
  const bounds = [0, ...cuts, sentence.length];
  const clauses = bounds.slice(1).map((end, i) => ({ from: bounds[i] as number, end }));
  const own = clauses.find((c) => at >= c.from && at < c.end);
  const mine = own && plainPartner(sentence.slice(own.from, own.end), FIGURE_OF[kind]);
  if (!own || mine?.value !== partner || own.from + mine.at !== at) return out;
  for (const c of clauses) {
    if (c === own) continue;
    const theirs = plainPartner(sentence.slice(c.from, c.end), FIGURE_OF[kind]);
    if (theirs !== null && theirs.value !== partner) out.add(theirs.value);
  }
  return out;
}
