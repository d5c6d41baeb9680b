// The words of each stated figure, read once so that the checker reads none: how the figure is
// written (figure-words.ts) and what a rank's words say of its window (rank-words.ts), in a claim's
// own figure and in each of its other readings; and whether a rank's sentence dates it to its month.

import type { ExtractedClaim, Reading, Stated } from "../types.js";
import { figureWordsOf } from "./figure-words.js";
import { rankAsItStood, rankWordsOf } from "./rank-words.js";

/**
 * A stated figure with its words read: `written` on a level, change or share, the rank marks on a rank.
 * @example statedWordsOf({ type: "share", raw: "a fifth of the total", ... }).written // { fraction: true }
 */
export const statedWordsOf = <T extends Stated>(s: T): T => figureWordsOf(rankWordsOf(s));

const readingRead = (r: Reading): Reading => (r.stated ? { ...r, stated: statedWordsOf(r.stated) } : r);

/**
 * The claims with the words of every stated figure read (`statedWordsOf`), and `asItStood` on each
 * rank whose sentence dates it to its own month.
 * @example statedWordsRead(claims of "May's 900 t was the year's highest so far.", text)[1].stated.asItStood // true
 */
export function statedWordsRead(claims: ExtractedClaim[], text: string): ExtractedClaim[] {
  return claims.map((c) => {
    const stated = statedWordsOf(c.stated);
    return {
      ...c,
      stated: stated.type === "rank" && rankAsItStood(c, text) ? { ...stated, asItStood: true } : stated,
      alternatives: c.alternatives.map(readingRead),
      ...(c.sentenceReadings ? { sentenceReadings: c.sentenceReadings.map(readingRead) } : {}),
    };
  });
}
