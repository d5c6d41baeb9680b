// The press calls two different totals "China's rare earth exports": the customs headline category
// (metals and compounds, 5,000-8,000 t a month) and a publisher's aggregate of rare-earth products
// with magnets included, which Bloomberg compiles from the same customs tables. A tonnage read on one
// that is the figure held for the other, for the same destination and month, is not wrong: the
// writer used the other total's name. It can only make the claim ambiguous, never supported, and
// the other total's lack of data says nothing about the figure. Publishers' releases of that total
// differ by a few tonnes (7,336 t and 7,338 t for one month), so the figure fits it within a near
// miss.

import type { ExtractedClaim, Verdict } from "../types.js";
import { nearMiss } from "./check-figures.js";
import type { PlannedReading } from "./readings.js";

/** Series that reporters name alike, each with the one it is taken for. */
const TAKEN_FOR: Record<string, { series: string; why: string }> = {
  "rare-earths": {
    series: "rare-earth-products",
    why: "the figure is the publisher's total of rare-earth products, magnets included, which the press also calls rare earth exports",
  },
  "rare-earth-products": {
    series: "rare-earths",
    why: "the figure is the customs total of rare earths, which the press also calls rare-earth products",
  },
};

/**
 * The reading of a stated tonnage on the total named like the one read, if any.
 * @example siblingReadings(mainReadingOf("rare earth exports reached 7,338 t in August")) // [reading on rare-earth-products]
 */
export function siblingReadings(main: PlannedReading): PlannedReading[] {
  const other = TAKEN_FOR[main.key.series];
  const s = main.stated;
  if (other === undefined || s.type !== "level" || s.unit !== "t" || s.low === null || s.high === null)
    return [];
  const reach = nearMiss.tonnes(s.value);
  return [
    {
      ...main,
      key: { ...main.key, series: other.series },
      stated: { ...s, low: s.low - reach, high: s.high + reach, firm: undefined },
      why: other.why,
      rescueOnly: true,
      supportsOnlyAmbiguity: true,
    },
  ];
}

/**
 * The contradicted ranks whose own sentence gives, for the same product, destination and month, a
 * tonnage that is the other total's figure (`fitsSibling`): "rare earth exports hit a record
 * 7,338 t in August, the highest since records began" ranks the total the tonnage belongs to.
 */
export function siblingRanks(
  claims: readonly ExtractedClaim[],
  verdicts: readonly Verdict[],
  fitsSibling: (level: number) => boolean,
): number[] {
  const out: number[] = [];
  claims.forEach((c, i) => {
    if (c.kind !== "rank" || verdicts[i] !== "contradicted" || c.series === null || !TAKEN_FOR[c.series])
      return;
    if (c.sentence === undefined) return;
    const figured = claims.some(
      (l, k) =>
        l.kind === "level" &&
        l.series === c.series &&
        l.partner === c.partner &&
        l.period === c.period &&
        l.sentence === c.sentence &&
        fitsSibling(k),
    );
    if (figured) out.push(i);
  });
  return out;
}
