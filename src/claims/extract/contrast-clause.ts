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
export function seriesAcrossContrast(head: string, own: string | null, tail = ""): Set<string> {
  const joiners = allMatches(CONTRAST, head);
  const last = joiners.pop();
  if (own !== null && last === undefined) return seriesAfterContrast(head, own, tail);
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

/**
 * The same across a joiner after the claim ("magnet exports rose 12% in November, while rare-earth
 * exports jumped 26%": rare earths for the 12%), when the claim's clause, from the sentence's start
 * to the joiner, names its product `own` and the other clause gives the other product a figure.
 * `tail` is the sentence from the claim's end.
 */
function seriesAfterContrast(head: string, own: string, tail: string): Set<string> {
  const next = allMatches(CONTRAST, tail)[0];
  if (next === undefined) return new Set();
  const mine = new Set(findSeries(head + tail.slice(0, next.index)).map((m) => m.value));
  if (!mine.has(own)) return new Set();
  // ... a product with a figure of its own there ("..., while rare-earth exports jumped 26%"), not
  // one the words after the joiner say the claim's figure is ("; that is the rare-earths number")
  const rest = tail.slice(next.index + next[0].length);
  return new Set(
    findSeries(rest)
      .filter((m) => /\d/.test(rest.slice(m.end)))
      .map((m) => m.value)
      .filter((x) => !mine.has(x)),
  );
}
