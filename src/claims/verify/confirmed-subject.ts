// "China magnets: September print softer, Korea surprises ... Sep magnet exports printed 5,774t,
// -6% y/y": a destination carried over from a headline or an earlier sentence is a plausible
// reading of a figure whose clause names none, until the figure's own sentence shows whose figures
// it gives. When a level in that sentence, read of the same destination and product as the claim,
// is what the data gives on that reading, the sentence is about that destination: the one carried
// from earlier text no longer attaches to its figures, and no longer keeps them from being judged.

import type { ExtractedClaim, Reading } from "../types.js";
import type { Outcome } from "./check-figures.js";
import type { PlannedReading } from "./readings.js";

/** A destination carried from earlier text: `"Korea" earlier`. */
const carriedPartner = (a: Reading) =>
  a.carried === true && a.partner !== undefined && a.series === undefined && a.period === undefined;

/**
 * For each claim whose own sentence confirms its destination, the carried destinations (alternative
 * readings of the claim) it no longer has as readings; claims not listed keep all their readings.
 * `outcomes[i]` is claim i's verdict with `reading` set when a reading other than the main one gave it.
 * @example "Korea surprises\n\nSep magnet exports printed 5,774t, -6% y/y": 5,774 t is the world's
 *   September figure, so "-6% y/y" is the world's, not Korea's.
 */
export function confirmedSubjects(
  claims: readonly ExtractedClaim[],
  outcomes: ReadonlyArray<Outcome & { reading?: PlannedReading }>,
): Map<number, Set<Reading>> {
  const out = new Map<number, Set<Reading>>();
  for (const [i, claim] of claims.entries()) {
    const carried = claim.alternatives.filter(carriedPartner);
    if (carried.length === 0 || claim.sentence === undefined || outcomes[i]?.verdict === "supported")
      continue;
    // only the destination is settled so: a change whose base the text does not name stays open
    const moves = claim.stated.type === "change" || claim.stated.type === "direction";
    if (moves && claim.grounds.basis !== "clause" && claim.grounds.basis !== "sentence") continue;
    // the claims come in the order of the text: only those near enough to share the sentence are looked at
    let confirmed = false;
    for (const step of [-1, 1]) {
      for (let j = i + step; !confirmed && j >= 0 && j < claims.length; j += step) {
        const c = claims[j] as ExtractedClaim;
        if (Math.abs(c.start - claim.start) >= 600) break;
        confirmed =
          c.stated.type === "level" &&
          c.mode === "reported" &&
          (c.grounds.partner === "clause" || c.grounds.partner === "sentence") &&
          c.partner === claim.partner &&
          c.series === claim.series &&
          outcomes[j]?.verdict === "supported" &&
          outcomes[j]?.reading === undefined &&
          c.sentence === claim.sentence;
      }
    }
    if (confirmed) out.set(i, new Set(carried));
  }
  return out;
}
