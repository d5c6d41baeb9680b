// "US-bound shipments recovered in October. The low point was May, at 46 tonnes.": a rank said with
// its month's tonnage ranks whatever that tonnage is the figure of. Where neither names a destination
// or product of its own and the tonnage holds only on a reading carried from earlier text (the US,
// not the world total's 1,238 t), the rank is that reading's too, not the one the reader fell back on.

import type { ExtractedClaim } from "../types.js";
import type { PlannedReading } from "./readings.js";

const named = (g: string) => g === "clause" || g === "sentence";

/**
 * For each rank whose sentence states the ranked month's tonnage, read as the rank is, and borne
 * out only on another destination's or product's reading: that reading (by the rank's index).
 * `readingOf(j)` is the reading that supported claim j, when not its main one.
 * @example "The low point was May, at 46 tonnes." after a sentence on the US: the rank is the US's.
 */
export function rankedLevelReadings(
  claims: readonly ExtractedClaim[],
  readingOf: (j: number) => PlannedReading | undefined,
): Map<number, PlannedReading> {
  const out = new Map<number, PlannedReading>();
  claims.forEach((c, i) => {
    if (c.stated.type !== "rank" || c.stated.scope.type === "destinations") return;
    if (named(c.grounds.partner) && named(c.grounds.series)) return;
    if (c.sentence === undefined) return;
    // the claims come in the order of the text: only those near enough to share the sentence are looked at
    const levels: Array<{ l: ExtractedClaim; j: number }> = [];
    for (const step of [-1, 1])
      for (let j = i + step; j >= 0 && j < claims.length; j += step) {
        const l = claims[j] as ExtractedClaim;
        if (Math.abs(l.start - c.start) >= 300) break;
        if (l.stated.type === "level" && l.period === c.period && l.sentence === c.sentence)
          levels.push({ l, j });
      }
    const [only] = levels;
    if (levels.length !== 1 || only === undefined) return;
    const { l, j } = only;
    if (l.partner !== c.partner || l.series !== c.series || l.mode !== "reported") return;
    const on = readingOf(j);
    if (on === undefined || on.period !== c.period) return;
    if (on.key.partner === c.partner && on.key.series === c.series) return;
    out.set(i, on);
  });
  return out;
}
