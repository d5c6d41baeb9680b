// "It was the highest of the year at that point": a rank the sentence dates to its own month. The
// publication date tells which later months of a year a rank's writer could see; these words say
// the writer ranks the month as it stood then, so later months do not count whenever the text appeared.

import type { ExtractedClaim } from "../types.js";
import { sentenceAround } from "./sentence-around.js";

/** Words that date a rank to its own month rather than the whole period: "at that point", "so far". */
const AS_IT_STOOD =
  /\b(?:at (?:that|the) (?:point|time)|at that stage|so far|thus far|to date|until then|by then|up to then|yet)\b/i;

/**
 * The claims with `asItStood` set on each rank whose sentence dates it to its own month.
 * @example ranksAsTheyStood(claims of "May's 900 t was the year's highest so far.", text)[0].stated.asItStood // true
 */
export function ranksAsTheyStood(claims: ExtractedClaim[], text: string): ExtractedClaim[] {
  return claims.map((c) =>
    c.stated.type === "rank" && AS_IT_STOOD.test(sentenceAround(text, c.start, c.end))
      ? { ...c, stated: { ...c.stated, asItStood: true } }
      : c,
  );
}
