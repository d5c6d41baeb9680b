// Two figures of one sentence, each read as its own destination's ("The U.S. and Japan took 305 t
// and 582 t", "The U.S. accounted for 5% ..., Japan for 9.5%"), that the data bears out only with
// their destinations swapped: each fits the other's destination, which the sentence names, and not
// its own. A figure whose destination the sentence may have been misread for is rescued by the
// other destinations it names; but when both figures of a pair fit only each other's destination,
// the text most likely gave them the wrong way round, and the pair is not borne out. Neither is
// called wrong either, since the reader may have paired them the wrong way: both are left open.

import type { ExtractedClaim } from "../types.js";
import type { PlannedReading } from "./readings.js";

/** Why a pair of figures that fit only swapped is left open, for the explanation. */
export const SWAPPED_DOUBT =
  "each of two figures the sentence gives its own destination fits only the other destination, so the two may be swapped";

/**
 * The claims (indices) of pairs whose figures are supported only on each other's destination: same
 * sentence, same kind (a level or a share), product and month, each destination read from its own
 * clause; `mains[i]` is claim i's own reading, `supportedOn(i)` the reading that bore it out.
 * @example swappedPairs(claims of "The U.S. and Japan took 305 t and 582 t in November.", ...) // [0, 1]
 */
export function swappedPairs(
  claims: readonly ExtractedClaim[],
  mains: readonly (PlannedReading | undefined)[],
  supportedOn: (i: number) => PlannedReading | undefined,
): number[] {
  const out = new Set<number>();
  // the claim's own reading, and the other destination it was borne out on instead
  const crossed = (i: number): { main: PlannedReading; to: string } | null => {
    const c = claims[i];
    const main = mains[i];
    const on = supportedOn(i);
    if (c === undefined || main === undefined || on === undefined) return null;
    if ((c.kind !== "level" && c.kind !== "share") || c.grounds.partner !== "clause") return null;
    if (on.key.partner === main.key.partner || main.key.partner === "WLD" || on.key.partner === "WLD")
      return null;
    if (on.key.series !== main.key.series || on.period !== main.period) return null;
    return { main, to: on.key.partner };
  };
  // each crossed claim once, grouped by sentence: a pair is sought within its sentence only
  const bySentence = new Map<number, { i: number; kind: string; main: PlannedReading; to: string }[]>();
  claims.forEach((c, i) => {
    if (c.sentence === undefined) return;
    const a = crossed(i);
    if (a === null) return;
    const group = bySentence.get(c.sentence) ?? [];
    for (const b of group)
      if (
        b.kind === c.kind &&
        a.to === b.main.key.partner &&
        b.to === a.main.key.partner &&
        a.main.key.series === b.main.key.series &&
        a.main.period === b.main.period
      ) {
        out.add(b.i);
        out.add(i);
      }
    group.push({ i, kind: c.kind, ...a });
    bySentence.set(c.sentence, group);
  });
  return [...out].sort((x, y) => x - y);
}
