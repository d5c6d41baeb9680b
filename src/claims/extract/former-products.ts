// "The former" and "the latter" said of products: "Exports of magnets and rare-earth oxides both grew;
// the former rose 12%" is the magnets' figure, as the same words after two destinations are the first
// destination's (see figure-partner.ts). Destinations come first where both could be meant.
import type { Grounding } from "../types.js";
import type { Discourse } from "./discourse.js";
import type { ClauseRead, Figure } from "./read-clause.js";

/** "the former", "the latter" as a pronoun, not "the former trade minister", "the former Soviet states". */
const FORMER_OR_LATTER =
  /\bthe (former|latter)\b(?!\s+(?:[A-Z]|head|chief|minister|president|official|director|deputy|secretary|envoy|ambassador|executive|owner|partner|member)\b)/gi;

/** Whether "the former" or "the latter" stands as a pronoun in `text` (the words before a figure). */
export function namesFormerOrLatter(text: string): boolean {
  return text.search(FORMER_OR_LATTER) >= 0;
}

/**
 * The product "the former" ("the latter") right before a figure points to: the first (last) of the
 * products the sentence names before it, read from the sentence when it names just two, else carried;
 * or, when the sentence names none, of those the sentence before named, carried. Null when the words
 * are not there (`at`: where they stand), when fewer than two products were named, or when two destinations were named too.
 */
export function formerLatterProduct(
  c: ClauseRead,
  index: number,
  f: Figure,
  clauses: ClauseRead[],
  d: Discourse,
): { value: string; how: Grounding; at: number } | null {
  const upTo = c.seg.text.slice(0, f.start);
  // the subject of the clause: every figure after it is said of it ("the former rose 12% to 6,150 t")
  const m = [...upTo.matchAll(FORMER_OR_LATTER)].pop();
  if (m === undefined) return null;
  const products: string[] = [];
  const places = new Set<string>();
  const pick = (named: string[]) =>
    named.length < 2 ? null : ((/^l/i.test(m[1] as string) ? named[named.length - 1] : named[0]) as string);
  for (let i = Math.max(0, index - 6); i <= index; i++) {
    const x = clauses[i] as ClauseRead;
    for (const s of x.series)
      if ((i < index || s.end <= m.index) && !products.includes(s.value)) products.push(s.value);
    for (const p of x.partners) if (i < index || p.end <= m.index) places.add(p.value);
  }
  if (places.size >= 2) return null;
  if (products.length >= 2) {
    const chosen = pick(products);
    return chosen === null
      ? null
      : { value: chosen, how: products.length === 2 ? "sentence" : "carried", at: m.index };
  }
  if (products.length > 0 || places.size > 0 || d.names.length >= 2) return null;
  const chosen = pick(d.products);
  return chosen === null ? null : { value: chosen, how: "carried", at: m.index };
}
