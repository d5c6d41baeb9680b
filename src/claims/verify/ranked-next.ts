// A destination named only as the next in a ranking: "exports to Germany were the highest, up 55.9%
// to 1,118 t, followed by the US". The words give the US no figure of its own, so none of the
// figures before it is a reading for the US.

import { findPartners } from "../extract/subjects.js";

/** Right before a destination that is only the next-ranked one. */
const NEXT_IN_RANK = /\b(?:followed (?:closely )?by|trailed by|ahead of|then came|then)\s(?:the\s)?$/i;

/**
 * The destinations the sentence names only after a ranking phrase ("followed by the US"), each time
 * after the claim (`at`, the claim's end within the sentence).
 */
export function partnersOnlyRankedNext(sentence: string, at: number): Set<string> {
  const all = findPartners(sentence);
  const next = (m: { start: number }) =>
    m.start >= at && NEXT_IN_RANK.test(sentence.slice(Math.max(0, m.start - 24), m.start));
  const values = new Set(all.map((m) => m.value));
  return new Set([...values].filter((v) => all.filter((m) => m.value === v).every(next)));
}
