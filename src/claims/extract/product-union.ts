// A subject made of several products at once: "exports of rare-earth metals, minerals and magnets
// fell 80%", "gallium and germanium shipments rose". The figure is the sum of products the data keeps
// apart, so none of them alone is its reading.

import { includedAfter, type Span } from "./attach.js";
import type { Mention } from "./subjects.js";

/** Product nouns a list may hold besides the ones the data names: "rare-earth metals, minerals and magnets". */
const PRODUCT_NOUN =
  /^(?:minerals?|metals?|oxides?|compounds?|alloys?|materials?|elements?|products?|ores?|concentrates?|powders?|salts?|chemicals?)$/;

/** Between two products of one subject: a joiner (", ", "and", "or", "&", "/") and at most two product nouns. */
function joined(gap: string): boolean {
  if (!/,|\/|&|\b(?:and|or)\b/.test(gap) || !/^[a-z,\s/&]*$/.test(gap)) return false;
  const words = gap
    .replace(/[,/&]/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "" && w !== "and" && w !== "or");
  return words.length <= 2 && words.every((w) => PRODUCT_NOUN.test(w));
}

/**
 * True when the products named before the figure form one list of two or more different products
 * ("rare earths and magnets"), and the clause does not hand out its figures "respectively".
 */
export function productUnion(clause: string, series: Mention<string>[], span: Span): boolean {
  if (/\brespectively\b/i.test(clause)) return false;
  const before = series.filter((s) => s.end <= span.start);
  for (let i = 1; i < before.length; i++) {
    const [a, b] = [before[i - 1] as Mention<string>, before[i] as Mention<string>];
    if (a.value === b.value) continue;
    const gap = clause.slice(a.end, b.start);
    if (!joined(gap)) continue;
    // "rare-earth products, magnets included": the second names a part of the first, not another product
    if (/^\s?[,(]\s?$/.test(gap) && includedAfter(clause.slice(b.start))) continue;
    // the list is the subject only when no other figure stands between it and this one
    if (/\d/.test(clause.slice(b.end, span.start))) continue;
    return true;
  }
  return false;
}

/**
 * The products a text names on their own, not only as one member of such a list: a story that says
 * "rare-earth metals, minerals and magnets" has not named magnets as its subject.
 */
export function productsNamedAlone(series: Mention<string>[], text: string): Set<string> {
  const inList = new Set<Mention<string>>();
  for (let i = 1; i < series.length; i++) {
    const [a, b] = [series[i - 1] as Mention<string>, series[i] as Mention<string>];
    if (a.value !== b.value && joined(text.slice(a.end, b.start))) [a, b].forEach((m) => inList.add(m));
  }
  return new Set(series.filter((m) => !inList.has(m)).map((m) => m.value));
}
