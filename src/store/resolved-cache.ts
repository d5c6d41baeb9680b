// A materialised copy of every resolved value (the output of `resolvedSql` over the whole store),
// so analytics read a few sorted rows instead of re-resolving millions of observations per query.
// It is a cache, not a source of truth: rebuilt whenever the observations changed since it was made
// (checked by a cheap fingerprint on every use), and bypassed for `--as-of`, which resolves live.
import { resolvedSql } from "./monthly-sql.js";
import type { Store } from "./open-store.js";
import type { ResolveFilter } from "./resolve.js";
import { Where, type Params } from "./sql.js";

const TABLE = "resolved_cache";
const ANALYTICS_COLUMNS = "reporter, flow, series, partner, measure, period, value, unit, kind, s_idx, e_idx";

/** Bumped when the cache's columns change, so an older cache in a database file is rebuilt. */
const CACHE_VERSION = 2;
const STATE = "resolved_cache_state";

/** Stores whose state table is known to exist (created once per opened store, not per query). */
const withState = new WeakSet<Store>();

/**
 * What the cache was built from (a new ingest or any added observation changes it), and what it
 * was last built from, in one query: this check runs before every analytics query.
 */
async function fingerprints(store: Store): Promise<{ current: string; built: string | null }> {
  if (!withState.has(store)) {
    await store.execute(`CREATE TABLE IF NOT EXISTS ${STATE} (fingerprint VARCHAR NOT NULL)`);
    withState.add(store);
  }
  const [row] = await store.query<{ n: string; ingests: string; last: string | null; built: string | null }>(
    `SELECT (SELECT count(*) FROM observations) AS n, (SELECT count(*) FROM ingests) AS ingests,
            (SELECT CAST(max(ingested_at) AS VARCHAR) FROM ingests) AS last,
            (SELECT fingerprint FROM ${STATE} LIMIT 1) AS built`,
  );
  return { current: `v${CACHE_VERSION}:${row?.n}:${row?.ingests}:${row?.last ?? ""}`, built: row?.built ?? null };
}

/**
 * Build the cache if it is missing or stale; returns true when it was (re)built.
 * @example await refreshResolvedCache(store) // after an ingest, or lazily before analytics
 */
export function refreshResolvedCache(store: Store, force = false): Promise<boolean> {
  // single flight: queries started together (under Promise.all) share one check and one rebuild
  const running = inFlight.get(store);
  if (running && !force) return running;
  const work = rebuildIfStale(store, force).finally(() => inFlight.delete(store));
  inFlight.set(store, work);
  return work;
}

/** The refresh under way for each store, if any. */
const inFlight = new WeakMap<Store, Promise<boolean>>();

async function rebuildIfStale(store: Store, force: boolean): Promise<boolean> {
  const { current, built } = await fingerprints(store);
  if (!force && built === current) return false;
  const all = resolvedSql({});
  await store.transaction(async () => {
    await store.execute(`CREATE OR REPLACE TABLE ${TABLE} AS
      SELECT * FROM (${all.sql}) ORDER BY series, reporter, flow, measure, partner, s_idx`, all.params);
    await store.execute(`DELETE FROM ${STATE}`);
    await store.execute(`INSERT INTO ${STATE} VALUES (?)`, [current]);
  });
  return true;
}

/**
 * The resolved values the filter selects, as SQL with the columns of `resolvedSql`: read from the
 * cache (refreshed first when stale), or resolved live when the filter has an `asOf` date.
 * @example const { sql, params } = await resolvedSource(store, { series: "rare-earth-magnets", partner: "WLD" })
 */
export async function resolvedSource(store: Store, filter: ResolveFilter): Promise<{ sql: string; params: Params }> {
  if (filter.asOf) return resolvedSql(filter);
  await refreshResolvedCache(store);
  const where = new Where()
    .in("series", filter.series).in("reporter", filter.reporter).in("flow", filter.flow)
    .in("partner", filter.partner).in("measure", filter.measure)
    .when(`s_idx >= ${indexOf("?")}`, filter.from).when(`s_idx <= ${indexOf("?")}`, filter.to);
  // only the columns analytics use: the provenance columns (origins lists) cost time to carry along
  return { sql: `SELECT ${ANALYTICS_COLUMNS} FROM ${TABLE} ${where.sql()}`, params: where.params };
}

/** The month index of a `YYYY-MM` parameter, in SQL. */
export function indexOf(param: string): string {
  return `(SELECT CAST(left(p, 4) AS INTEGER) * 12 + CAST(substr(p, 6, 2) AS INTEGER) - 1 FROM (SELECT CAST(${param} AS VARCHAR) AS p))`;
}
