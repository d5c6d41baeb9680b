// Resolved values as every reader gets them: from the materialised cache of the resolution (fast,
// refreshed whenever the observations changed), or computed live when the data is read as of a
// date. Both follow the one rule of resolve.ts and return the same rows.
import type { Store } from "./open-store.js";
import { resolveLive, toPoint, type ResolvedRow, type ResolveFilter } from "./resolve.js";
import { cachedValuesSql, cacheReady, indexOf } from "./resolved-cache.js";
import { Where } from "./sql.js";
import type { ResolvedPoint } from "./types.js";

/**
 * Resolved values for every key the filter selects, ordered by series, partner and period.
 * @example await resolve(store, { series: "rare-earth-magnets", partner: "WLD", periodKind: "month" })
 */
export async function resolve(store: Store, filter: ResolveFilter): Promise<ResolvedPoint[]> {
  if (filter.asOf || !(await cacheReady(store))) return resolveLive(store, filter);
  const where = new Where()
    .in("series", filter.series)
    .in("reporter", filter.reporter)
    .in("flow", filter.flow)
    .in("partner", filter.partner)
    .in("period", filter.period)
    .in("measure", filter.measure)
    .in("kind", filter.periodKind)
    .when(`s_idx >= ${indexOf("?")}`, filter.from)
    .when(`s_idx <= ${indexOf("?")}`, filter.to);
  const rows = await store.query<ResolvedRow>(
    `SELECT * FROM (${cachedValuesSql()}) ${where.sql()} ORDER BY series, reporter, flow, partner, measure, period`,
    where.params,
  );
  return rows.map(toPoint);
}
