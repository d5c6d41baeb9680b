// The part of a sentence that a contrast sets apart: "rare earth shipments recovered, while germanium
// and antimony exports fell to record lows". A figure whose own clause, after such a joiner, names
// its product speaks of that product; the product on the other side of the joiner is another
// subject's, so it is no reading of the figure.

import { findSeries } from "./subjects.js";
import { allMatches } from "./all-matches.js";

/** A joiner that opens a clause about something else: ", while", ", whereas", ", but", "; ". */
const CONTRAST = /(?:,\s(?:while|whilst|whereas|but|though|although|even as|yet)\s|;\s)/gi;

/**
 * The products a claim's sentence names only before a contrast joiner that comes ahead of the
 * claim, when the claim's own clause (from that joiner to the claim) names its product `own`.
 * `head` is the sentence up to the claim's start.
 */
export function seriesAcrossContrast(head: string, own: string | null): Set<string> {
  const joiners = allMatches(CONTRAST, head);
  const last = joiners.pop();
  if (own === null || last === undefined) return new Set();
  const cut = last.index + last[0].length;
  const mine = new Set(findSeries(head.slice(cut)).map((m) => m.value));
  if (!mine.has(own)) return new Set();
  return new Set(
    findSeries(head.slice(0, last.index))
      .map((m) => m.value)
      .filter((s) => !mine.has(s)),
  );
}
