// Whether a rank is of a destination's share of the total rather than of its tonnage: said with the
// share as its noun ("the smallest US share since May", "the lowest EU share in the available data")
// or with the share as the subject it is said of ("the US share was the smallest since May", "US
// share smallest since May", "Germany's share fell to 18.6%, the lowest since June"). A tonnage or
// another trade noun between the share and the rank gives the rank another subject ("the US share
// fell, while exports to Japan hit the highest this year").

/** The share as a noun: "share", "portion", "proportion". */
const SHARE_NOUN = /\b(?:share|portion|proportion)\b/i;
/** The same, for finding each of them. */
const SHARE_NOUNS = new RegExp(SHARE_NOUN.source, "gi");
/** What the share is of, right after it: "of China's magnet exports", "of the total", "in shipments". */
const OF_WHAT =
  /^\s(?:of|in)\s(?:(?:the|all|total|China['’]s|Chinese|overall)\s)*(?:[\w'’-]+\s){0,3}(?:exports?|shipments?|sales|total|magnets?|deliveries|volumes?|market)\b/i;
/** A word between the share and the rank that gives the rank another subject. */
const OTHER_SUBJECT =
  /\b(?:exports?|shipments?|sales|deliveries|volumes?|tonnages?|imports?|purchases|arrivals|while|whereas|but|and|though|although)\b|\d\s?(?:t|tonnes|tons|kt|mt)\b|[;:!?]|\.(?!\d)/i;

/**
 * Whether the rank at [`start`, `end`) of `clause` ranks a share.
 *
 * @example rankOfShare("The US share of the total was the smallest since May", 35, 52) // true
 */
export function rankOfShare(clause: string, start: number, end: number): boolean {
  if (SHARE_NOUN.test(clause.slice(start, end))) return true;
  const before = clause.slice(Math.max(0, start - 120), start);
  const last = [...before.matchAll(SHARE_NOUNS)].pop();
  if (last === undefined) return false;
  const gap = before.slice(last.index + last[0].length).replace(OF_WHAT, "");
  return gap.length <= 60 && !OTHER_SUBJECT.test(gap);
}
