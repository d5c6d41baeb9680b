// A destination named only as the next in a ranking, or as one ranked above: "exports to Germany
// were the highest, up 55.9% to 1,118 t, followed by the US", "the US slipped to third place behind
// Germany and South Korea". The words give those destinations no figure of their own, so none of
// the figures before them is a reading for them.

import { findPartners } from "./subjects.js";

/** Right before a destination that is only the next-ranked one, or only one ranked above. */
const NEXT_IN_RANK =
  /\b(?:followed (?:closely )?by|trailed by|ahead of|then came|then|behind|trailing)\s(?:only\s)?(?:the\s)?$/i;
/** Between destinations listed after such words: "behind Germany, Korea and Vietnam". */
const LIST_JOIN = /^(?:,\s|,?\s(?:and|or)\s)(?:the\s)?$/i;

/**
 * The destinations the sentence names only after a ranking phrase ("followed by the US", "behind
 * Germany and South Korea"), each time after the claim (`at`, the claim's end within the sentence).
 */
export function partnersOnlyRankedNext(sentence: string, at: number): Set<string> {
  const all = findPartners(sentence);
  const ranked = new Set<number>();
  all.forEach((m, i) => {
    if (m.start < at) return;
    const prev = all[i - 1];
    if (
      NEXT_IN_RANK.test(sentence.slice(Math.max(0, m.start - 32), m.start)) ||
      (prev !== undefined && ranked.has(i - 1) && LIST_JOIN.test(sentence.slice(prev.end, m.start)))
    )
      ranked.add(i);
  });
  const values = new Set(all.map((m) => m.value));
  return new Set([...values].filter((v) => all.every((m, i) => m.value !== v || ranked.has(i))));
}
