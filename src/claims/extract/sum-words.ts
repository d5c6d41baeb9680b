// Words that make a tonnage a sum over several periods, though the sentence names only the month it
// runs to: "the three-month rolling sum reached 17,397 t in November", "cumulative exports since June
// reached 32,262 t in November", "in the second half to November, 29,120 t" (not "from the previous
// month to 5,494 t"), "the US and Japan combined took 887 t", "1,254 t in June in total since
// April". One month's figure cannot contradict such a number.

import type { ExtractedClaim } from "../types.js";
import { numberStart } from "./sentence-mentions.js";

/**
 * Before the number, in its sentence (an initial's full stop, as in "the U.S.", ends none): a running
 * sum, or a span that runs up to the month named.
 */
const SUM_BEFORE =
  /(?:\b(?:cumulative(?:ly)?|accumulated|rolling|running|moving|trailing|combined|to date|year-to-date|ytd)\b|\b(?:(?:the|this|first|second|third|fourth|fiscal|financial)\s(?:half|quarter|year|season|period)|[\w-]+[- ](?:months|weeks))\s(?:to|through|thru|ending|ended|up to|until)\s)(?:[^.;]|\b[A-Z]\.){0,110}$/i;
/** A word `SUM_BEFORE` cannot match without, found first at little cost. */
const SUM_HINT =
  /cumulativ|accumulat|rolling|running|moving|trailing|combined|to date|ytd|half|quarter|year|season|period|months|weeks/i;
/**
 * After the number: "887 t combined", "1,254 t in June in total since April". Not "in all" or "in
 * total" alone, which a month's own total is told with too ("the country shipped 5,774 tonnes in
 * all"), nor "since" or "so far" alone, which end ranks ("the highest since January").
 */
const SUM_AFTER =
  /^\s*(?:(?:t|tonnes?|tons?|mt|kt|metric (?:tonnes|tons))\b\s*)?(?:of\s[\w-]+(?:\s[\w-]+)?\s)?(?:combined|cumulatively|between them)\b|^[^.;]{0,40}?\b(?:in total|in all|altogether|all told|cumulatively) since\b/i;

/**
 * True when a level read as one month's is worded as a sum over several periods or destinations.
 * A level read over a span ("in the three months to November came to 17,397 t") is such a sum
 * already and is checked as one.
 * @example wordedAsSum(claim, "The three-month rolling sum reached 17,397 t in November.") // true
 */
export function wordedAsSum(claim: ExtractedClaim, text: string): boolean {
  if (claim.kind !== "level" || claim.period === null || claim.period.includes("..")) return false;
  const at = numberStart(text, claim);
  const before = text.slice(Math.max(0, at - 120), at);
  return (
    (SUM_HINT.test(before) && SUM_BEFORE.test(before)) ||
    SUM_AFTER.test(text.slice(claim.end, claim.end + 60))
  );
}
