// What a rank's own words and its sentence say about the window it is counted over, read once here
// so that the checker reads no words: "the highest of the year at that point" ranks the month as it
// stood then; "the highest in the available data" counts over the data the writer had, not the
// customs records; "a level not seen since August" says August's level was seen, not beaten; "since"
// counts from a start, which where the scope read is not a month ("since Beijing tightened its grip")
// the reader could not date.

import type { ExtractedClaim, Stated, StatedRank } from "../types.js";
import { sentenceAround } from "./sentence-around.js";

type Rank = Extract<StatedRank, { type: "rank" }>;

/** Words that date a rank to its own month rather than the whole period: "at that point", "so far". */
const AS_IT_STOOD =
  /\b(?:at (?:that|the) (?:point|time)|at that stage|so far|thus far|to date|until then|by then|up to then|yet)\b/i;
/** A record counted over the data the writer has: "in the available data", "in the series". */
const OVER_THE_DATA = /\b(?:data|series)\b/i;
/** "since", unless it counts from the records themselves ("since records began", "since the data starts"). */
const SINCE_A_START =
  /\bsince\b(?!\s(?:the\s)?(?:customs\s|(?:category|series|product)['’]s\s)?(?:records|data|statistics|series|comparable)\b)/i;
/** "A level not seen since August": the words that say the month's level was seen, not beaten, then. */
const LEVEL_SEEN =
  /\b(?:not|never)\s(?:been\s)?(?:seen|reached|recorded|hit|matched|posted|touched)\b|\b(?:unseen|unmatched)\b/i;

/** A rank with what its own words say marked (`overTheData`, `sinceStart`, `levelSeen`). */
function worded(s: Rank): Rank {
  const out: Rank = { ...s };
  if (OVER_THE_DATA.test(s.raw)) out.overTheData = true;
  if (SINCE_A_START.test(s.raw)) out.sinceStart = true;
  if (LEVEL_SEEN.test(s.raw)) out.levelSeen = true;
  return out;
}

/**
 * A stated figure with a rank's words read (`overTheData`, `sinceStart`, `levelSeen`); others as given.
 * @example rankWordsOf({ type: "rank", raw: "highest in the available data", ... }).overTheData // true
 */
export const rankWordsOf = <T extends Stated>(s: T): T => (s.type === "rank" ? (worded(s) as T) : s);

/**
 * Whether the sentence of a claim's rank dates it to its own month ("the highest of the year so far").
 * @example rankAsItStood(claim of "May's 900 t was the year's highest so far.", text) // true
 */
export function rankAsItStood(claim: ExtractedClaim, text: string): boolean {
  return claim.stated.type === "rank" && AS_IT_STOOD.test(sentenceAround(text, claim.start, claim.end));
}
