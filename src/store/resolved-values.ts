// Resolved values as every reader gets them: from the materialised cache of the resolution (fast,
// refreshed whenever the observations changed), or computed live when the data is read as of a
// date. Both follow the one rule of resolve.ts and return the same rows.
import type { Store } from "./open-store.js";
import { resolveLive, toPoint, type ResolvedRow, type ResolveFilter } from "./resolve.js";
import { indexOf, refreshResolvedCache } from "./resolved-cache.js";
import type { Params } from "./sql.js";
import type { ResolvedPoint } from "./types.js";

const KINDS = { month: "month", year: "year", range: "range" } as const;

/**
 * Resolved values for every key the filter selects, ordered by series, partner and period.
 * @example await resolve(store, { series: "rare-earth-magnets", partner: "WLD", periodKind: "month" })
 */
export async function resolve(store: Store, filter: ResolveFilter): Promise<ResolvedPoint[]> {
  if (filter.asOf) return resolveLive(store, filter);
  await refreshResolvedCache(store);
  const where: string[] = [];
  const params: Params = [];
  const eq = (column: string, value: string | string[] | undefined) => {
    if (value === undefined) return;
    const values = Array.isArray(value) ? value : [value];
    where.push(`${column} IN (${values.map(() => "?").join(", ")})`);
    params.push(...values);
  };
  eq("series", filter.series);
  eq("reporter", filter.reporter);
  eq("flow", filter.flow);
  eq("partner", filter.partner);
  eq("period", filter.period);
  eq("measure", filter.measure);
  if (filter.periodKind) eq("kind", KINDS[filter.periodKind]);
  for (const [op, month] of [[">=", filter.from], ["<=", filter.to]] as const) {
    if (!month) continue;
    where.push(`s_idx ${op} ${indexOf("?")}`);
    params.push(month);
  }
  const rows = await store.query<ResolvedRow>(
    `SELECT * FROM resolved_cache ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY series, reporter, flow, partner, measure, period`,
    params,
  );
  return rows.map(toPoint);
}
