// What sources stated, as the track record reads it: each source's own figures (as known on a date),
// the store without one origin (so a source never supports itself), the rounding step the other
// origins give a key, who published what, and the verdicts recorded on checked articles. The claims
// stage reaches these only through here, as it reaches figures only through the figure book.

import { precisionUnit } from "../domain/decimal.js";
import type { SeriesKey } from "../domain/series-key.js";
import type { Store } from "../store/open-store.js";
import { resolve } from "../store/resolved-values.js";
import { statedFigures, type StatedFilter } from "../store/stated-figures.js";

// the rest of what the track record reads, as the store answers it
export {
  dataFingerprint,
  recordedClaims,
  type RecordedArticle,
  type RecordedClaimRow,
} from "../store/recorded-claims.js";
export {
  officialSourceIds,
  sourcesPerPublisher,
  type StatedFigure,
  type StatedFilter,
} from "../store/stated-figures.js";
// the store without one origin at a time: a source's figures never support themselves
export { copyFigures, type FigureCopy } from "../store/without-origin.js";
export type { Store };

/**
 * The stored figures of the filtered sources that had been published by `asOf` (all when null):
 * as of a date, only what sources had said by then.
 * @example await statedAsOf(store, { origin: "SCMP" }, "2025-12-31")
 */
export async function statedAsOf(
  store: Store,
  filter: StatedFilter,
  asOf: string | null,
): ReturnType<typeof statedFigures> {
  return (await statedFigures(store, filter)).filter(
    (f) => asOf === null || (f.published !== null && f.published <= asOf),
  );
}

/**
 * The rounding step of the resolved quantity for one key ("6,150" -> 1, "6,149.95" -> 0.01), or 0
 * when the store holds no figure for it.
 * @example await roundingStep(others, { series: "rare-earth-magnets", reporter: "CHN", flow: "export", partner: "WLD", period: "2025-11" }, null)
 */
export async function roundingStep(
  store: Store,
  key: Pick<SeriesKey, "series" | "reporter" | "flow" | "partner"> & { period: string },
  asOf: string | null,
): Promise<number> {
  const { series, reporter, flow, partner, period } = key;
  const [point] = await resolve(store, { series, reporter, flow, partner, period, measure: "qty", asOf });
  return point ? Number(precisionUnit(point.value)) : 0;
}
