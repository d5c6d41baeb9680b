// Two lists of the same length in one sentence, one of destinations and one of figures: "Germany,
// South Korea and Vietnam took 1,288 t, 854 t and 456 t", "Japan and the US took 305 tonnes and
// 582 tonnes, respectively", "1,288 t, 854 t and 456 t went to Germany, South Korea and Vietnam".
// English pairs them in order, so the n-th figure is the n-th destination's, whatever name stands
// nearest to it.

import { findPartners, type PartnerMention } from "./subjects.js";

/** A figure of the sentence: its span in the sentence and its kind. */
export interface ListedFigure {
  start: number;
  end: number;
  kind: string;
}

/** Between two items of a list: a comma, "and", or both ("Germany, South Korea and Vietnam"). */
const ITEM_GAP = /^(?:,\s?|,?\s(?:and|&)\s)(?:the\s)?$/i;
/** Between the two lists: words without figures or names ("took", "were ... at"). */
const LISTS_GAP = /^[^\d;:.!?]{1,60}$/;
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
  if (figures.length < 2) return out;
  // "and the US" reads as weak on its own (an actor?); in a run of names it is one more name
  const names = runs(findPartners(sentence), (a, b) => ITEM_GAP.test(sentence.slice(a.end, b.start))).filter(
    (n) => n.some((p) => !p.weak),
  );
  const items = figures.map((f, i) => ({ ...f, i }));
  const lists = runs(
    items,
    (a, b) => a.kind === b.kind && ITEM_GAP.test(sentence.slice(a.end, b.start).replace(/\s?the\s$/, " ")),
  );
  for (const n of names) {
    for (const l of lists) {
      if (n.length !== l.length) continue;
      const first = n[0] as PartnerMention;
      const last = n[n.length - 1] as PartnerMention;
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
      n.forEach((p, k) => {
        const f = l[k] as (typeof items)[number];
        out.set(f.i, { partner: p.value, why: sentence.slice(p.start, p.end) });
      });
    }
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
