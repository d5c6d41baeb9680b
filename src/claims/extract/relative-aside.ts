// "For US carmakers, who had watched May deliveries shrink to 46 tonnes, the 619 tonnes shipped in
// July came as a relief": a relative clause set off by commas is an aside on a noun before it. A
// month it names dates what the aside tells, not the clause around it, nor the clauses after it.

import type { Span } from "./attach.js";

/** ", who had watched ... ,": a relative clause between commas (a thousands comma does not close it). */
const RELATIVE_ASIDE = /,\s(?:who|whom|whose|which)\s(?:[^,;:()]|,(?=\d{3}))*,\s/g;

/** The relative clause set off by commas that holds the span, or null. */
export function asideAround(clause: string, m: Span): Span | null {
  for (const a of clause.matchAll(RELATIVE_ASIDE)) {
    const end = a.index + a[0].length;
    if (m.start >= a.index && m.end <= end) return { start: a.index, end };
  }
  return null;
}

/** True when the span lies inside a relative clause set off by commas. */
export const inRelativeAside = (clause: string, m: Span): boolean => asideAround(clause, m) !== null;

/**
 * A clause's own periods without those of an aside that holds none of its figures: "South Korea,
 * which had been the second-largest buyer in September, slipped to third with 569 t" is not on
 * September. An aside with a figure of its own keeps its month ("who had seen deliveries shrink to
 * 46 t in May").
 */
export function outsideAsides<M extends Span>(clause: string, own: M[], figures: readonly Span[]): M[] {
  return own.filter((m) => {
    const a = asideAround(clause, m);
    return a === null || figures.some((f) => f.start >= a.start && f.end <= a.end);
  });
}
