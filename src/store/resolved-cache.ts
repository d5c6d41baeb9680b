// A materialised copy of every resolved value (the output of `resolvedSql` over the whole store),
// so analytics read a few sorted rows instead of re-resolving millions of observations per query.
// Each write refreshes it in its own transaction, re-resolving only the keys the write touched
// (`refreshTouchedKeys`); a cheap fingerprint checked before analytics catches anything written
// another way (an older Lodestone, a test generator) and rebuilds it whole. `--as-of` resolves live.
// A key with one observation is stored as that observation's value and source only: the rest of
// its resolution (one origin, one source, no conflict) follows from the source when it is read, and
// writing it out cost a million-row ingest more than a second. A period's kind and month span are
// derived from the period when read.
import { periodSpanSql, resolvedSql } from "./monthly-sql.js";
import type { Store } from "./open-store.js";
import type { ResolveFilter } from "./resolve.js";
import { queryOnce, tableExists, Where, type Params } from "./sql.js";

const TABLE = "resolved_cache";
const ANALYTICS_COLUMNS = "reporter, flow, series, partner, measure, period, value, unit, kind, s_idx, e_idx";

/** Bumped when the cache's columns change, so an older cache in a database file is rebuilt. */
const CACHE_VERSION = 3;
const STATE = "resolved_cache_state";

/**
 * The cache as readers see it: the columns of `resolvedSql`, in its order. A key stored as its one
 * observation (`source_id` set, the counts null) is read as one origin, one source and one cluster,
 * with its source's origin and kind. `withSources` false leaves out the columns that need the
 * source (counts, origins, official), for readers of values only.
 * @example `SELECT * FROM (${cachedValuesSql()}) WHERE series = ?`
 */
export function cachedValuesSql(withSources = true): string {
  const values = `c.reporter, c.flow, c.series, c.partner, c.measure, c.period, c.value, c.unit, ${periodSpanSql("c.period")}`;
  if (!withSources) return `SELECT ${values} FROM ${TABLE} c`;
  return `SELECT ${values},
      coalesce(c.n_origins, 1) AS n_origins, coalesce(c.n_sources, 1) AS n_sources,
      coalesce(c.origins, [s.origin]) AS origins, coalesce(c.official, s.kind = 'official') AS official,
      coalesce(c.n_clusters, 1) AS n_clusters, c.runner_up_origins
    FROM ${TABLE} c LEFT JOIN sources s ON s.id = c.source_id`;
}

/** A resolution (`resolvedSql`) as the cache stores it: without the columns derived from the period. */
const stored = (resolution: string) =>
  `SELECT * EXCLUDE (kind, s_idx, e_idx), CAST(NULL AS VARCHAR) AS source_id FROM (${resolution})`;

/**
 * Stores whose state table is known to exist (created once per opened store, not per query). Keyed by
 * the store's connection, which views of one store (e.g. one per server request) share.
 */
const withState = new WeakSet<object>();

/**
 * What the cache was built from (a new ingest or any added observation changes it), and what it
 * was last built from, in one query. Unprepared on purpose: a reused prepared statement answers
 * `count(*)` from the statistics of when it was prepared, and would miss the write just made.
 */
async function fingerprints(store: Store): Promise<{ current: string; built: string | null }> {
  if (!withState.has(store.conn)) {
    if (store.readOnly) {
      // a read-only file cannot change while it is open: no state table means no cache, for good
      if (!(await tableExists(store.conn, STATE))) return { current: "", built: null };
    } else {
      await store.execute(`CREATE TABLE IF NOT EXISTS ${STATE} (fingerprint VARCHAR NOT NULL)`);
    }
    withState.add(store.conn);
  }
  const [row] = await queryOnce<{ n: string; ingests: string; last: string | null; built: string | null }>(
    store.conn,
    `SELECT (SELECT count(*) FROM observation_rows) AS n, (SELECT count(*) FROM ingests) AS ingests,
            (SELECT CAST(max(ingested_at) AS VARCHAR) FROM ingests) AS last,
            (SELECT fingerprint FROM ${STATE} LIMIT 1) AS built`,
  );
  return {
    current: `v${CACHE_VERSION}:${row?.n}:${row?.ingests}:${row?.last ?? ""}`,
    built: row?.built ?? null,
  };
}

/** Whether a read-only store's cache matches its data, decided once per store (the file cannot change). */
const readOnlyFresh = new WeakMap<object, Promise<boolean>>();

/**
 * True when analytics may read the cache: refreshed first when stale, unless the store is read-only,
 * where a stale cache cannot be rebuilt and readers resolve live instead.
 */
export async function cacheReady(store: Store): Promise<boolean> {
  if (!store.readOnly) {
    await refreshResolvedCache(store);
    return true;
  }
  let fresh = readOnlyFresh.get(store.conn);
  if (!fresh) readOnlyFresh.set(store.conn, (fresh = cacheIsCurrent(store)));
  return fresh;
}

/**
 * Build the cache if it is missing or stale; returns true when it was (re)built.
 * @example await refreshResolvedCache(store) // lazily before analytics
 */
export function refreshResolvedCache(store: Store, force = false): Promise<boolean> {
  // single flight: queries started together (under Promise.all) share one check and one rebuild
  const running = inFlight.get(store.conn);
  if (running && !force) return running;
  const work = rebuildIfStale(store, force).finally(() => inFlight.delete(store.conn));
  inFlight.set(store.conn, work);
  return work;
}

/** The refresh under way for each store, if any. */
const inFlight = new WeakMap<object, Promise<boolean>>();

async function rebuildIfStale(store: Store, force: boolean): Promise<boolean> {
  const { current, built } = await fingerprints(store);
  if (!force && built === current) return false;
  await store.transaction(() => rebuild(store));
  return true;
}

async function rebuild(store: Store): Promise<void> {
  const all = resolvedSql({});
  await store.execute(
    `CREATE OR REPLACE TABLE ${TABLE} AS
    ${stored(all.sql)} ORDER BY series, reporter, flow, measure, partner, period`,
    all.params,
  );
  await markBuilt(store);
}

/**
 * After a write that stored no observations (events only), inside its transaction: a cache that
 * was current still is, though the write changed the fingerprint (a new ingest is recorded).
 */
export async function keepCacheCurrent(store: Store, wasCurrent: boolean): Promise<void> {
  if (wasCurrent && (await tableExists(store.conn, TABLE))) await markBuilt(store);
}

async function markBuilt(store: Store): Promise<void> {
  const { current } = await fingerprints(store);
  await store.execute(`DELETE FROM ${STATE}`);
  await store.execute(`INSERT INTO ${STATE} VALUES (?)`, [current]);
}

/**
 * Before a write of observations, and before its transaction: a cache that is stale or missing is
 * rebuilt from the store as it is, in a transaction of its own, so that the write then only patches
 * it for its own keys (a first ingest of millions of rows into a new store would otherwise cluster
 * every one of them). Not in the write's transaction: DuckDB's writing connection then read a
 * cache created in that transaction as empty once the write had inserted more than a few row
 * groups into it, though other connections read every row.
 */
export async function currentCacheBeforeWrite(store: Store): Promise<void> {
  if (!(await cacheIsCurrent(store)) || !(await tableExists(store.conn, TABLE)))
    await store.transaction(() => rebuild(store));
}

/** True when the cache matches the store now: call before a write, to know whether it can be patched. */
export async function cacheIsCurrent(store: Store): Promise<boolean> {
  const { current, built } = await fingerprints(store);
  return built === current;
}

const KEY = ["reporter", "flow", "series", "partner", "period", "measure"] as const;
const KEY_LIST = KEY.join(", ");
const onKey = (a: string, b: string) => KEY.map((k) => `${a}.${k} = ${b}.${k}`).join(" AND ");

/**
 * After a write, inside its transaction: re-resolve only the keys of the rows in `rows` (a table,
 * or a parenthesised query, with the columns of `observations`: the rows the write stored, or
 * removed). A key new to the cache with one such row needs no clustering: it resolves to that
 * value, read from the rows as they are. Keys already cached, or given more than once, are
 * resolved again. A cache that was stale before the write (`wasCurrent` false) is rebuilt whole.
 * What the caller knows already of `rows` saves a scan of them: `keysOnce`, no key is given twice
 * (see `keysGivenOnce`); `count`, how many rows there are.
 */
export async function refreshTouchedKeys(
  store: Store,
  rows: string,
  wasCurrent: boolean,
  known: { keysOnce?: boolean; count?: number } = {},
): Promise<void> {
  const keysOnce = known.keysOnce ?? false;
  if (!wasCurrent || !(await tableExists(store.conn, TABLE))) {
    await rebuild(store);
    return;
  }
  // the keys that need resolving: those the cache holds already, and those given twice.
  // The cached ones by a semi-join: written as a correlated EXISTS, DuckDB spent a second on a
  // million rows even against an empty cache. Keys given twice are found by a hash of the key, a
  // narrow aggregate where six text columns cost seconds on a million rows; a rare collision only
  // resolves a key that did not need it.
  const twice = `UNION ALL
      SELECT ${KEY_LIST} FROM ${rows} WHERE value IS NOT NULL AND hash(${KEY_LIST}) IN (
        SELECT hash(${KEY_LIST}) AS h FROM ${rows} WHERE value IS NOT NULL GROUP BY h HAVING count(*) > 1)`;
  // the cache is the semi-join's side that DuckDB builds into a hash table: for a few rows, only
  // the cached keys of their series, partners and periods (a one-row write otherwise hashed them all)
  const given =
    known.count ??
    Number((await queryOnce<{ n: string }>(store.conn, `SELECT count(*) AS n FROM ${rows}`))[0]?.n);
  if (given === 0) {
    // a write that stored nothing new (a re-ingest) touched no key
    await markBuilt(store);
    return;
  }
  const cached = new Where();
  if (given <= FEW_KEYS) {
    const values = await keyValues(store, rows);
    cached.in("series", values.series).in("partner", values.partner).in("period", values.period);
  }
  await store.execute(
    `CREATE OR REPLACE TEMP TABLE touched_many AS
    SELECT DISTINCT ${KEY_LIST} FROM (
      SELECT ${KEY_LIST} FROM ${rows} k SEMI JOIN (SELECT ${KEY_LIST} FROM ${TABLE} ${cached.sql()}) c ON ${onKey("c", "k")}
      WHERE k.value IS NOT NULL
      ${keysOnce ? "" : twice})`,
    cached.params,
  );
  const [many] = await queryOnce<{ n: string }>(store.conn, "SELECT count(*) AS n FROM touched_many");
  const some = Number(many?.n) > 0;
  if (some) {
    await store.execute(`DELETE FROM ${TABLE} c USING touched_many t WHERE ${onKey("c", "t")}`);
    // a few keys also filter the scan by value, so DuckDB skips most of a large store before the join
    const few = Number(many?.n) <= FEW_KEYS ? await keyValues(store, "touched_many") : {};
    const sql = resolvedSql({ keysTable: "touched_many", ...few });
    await store.execute(`INSERT INTO ${TABLE} BY NAME ${stored(sql.sql)}`, sql.params);
  }
  // every other key is new and single: its one row is its resolved value, stored with its source
  // (see `cachedValuesSql`; no join when there are none)
  await store.execute(`INSERT INTO ${TABLE} BY NAME
    SELECT o.reporter, o.flow, o.series, o.partner, o.measure, o.period, o.value, o.unit, o.source_id
    FROM ${rows} o
    ${some ? `ANTI JOIN touched_many t ON ${onKey("t", "o")}` : ""}
    WHERE o.value IS NOT NULL`);
  await store.execute("DROP TABLE touched_many");
  await markBuilt(store);
}

/**
 * How many rows a table of observations holds, and whether each has a value and a key of its own
 * (no two rows share reporter, flow, series, partner, period and measure): then its rows are
 * distinct, and none of its keys needs clustering for being given twice. Decided on distinct
 * hashes of the key (as many as rows proves the keys distinct; a collision only answers false).
 */
export async function keysGivenOnce(store: Store, table: string): Promise<{ rows: number; once: boolean }> {
  const [row] = await queryOnce<{ n: string; valued: string; keys: string }>(
    store.conn,
    `SELECT count(*) AS n, count(value) AS valued, count(DISTINCT hash(${KEY_LIST})) FILTER (WHERE value IS NOT NULL) AS keys
    FROM ${table}`,
  );
  const rows = Number(row?.n ?? 0);
  return { rows, once: rows === Number(row?.valued) && rows === Number(row?.keys) };
}

/** Up to this many touched keys (or rows written), their series, partners and periods are also given as plain filters. */
export const FEW_KEYS = 200;

/**
 * The distinct series, partners and periods of a table's rows: as plain filters beside a join on
 * the rows, they let DuckDB skip most of a large store by its columns' ranges before the join.
 */
export async function keyValues(
  store: Store,
  table: string,
): Promise<{ series: string[]; partner: string[]; period: string[] }> {
  const rows = await queryOnce<{ series: string[]; partner: string[]; period: string[] }>(
    store.conn,
    `SELECT list(DISTINCT series) AS series, list(DISTINCT partner) AS partner, list(DISTINCT period) AS period FROM ${table}`,
  );
  const r = rows[0]!;
  return { series: [...r.series], partner: [...r.partner], period: [...r.period] };
}

/**
 * The resolved values the filter selects, as SQL with the columns of `resolvedSql`: read from the
 * cache (refreshed first when stale), or resolved live when the filter has an `asOf` date.
 * @example const { sql, params } = await resolvedSource(store, { series: "rare-earth-magnets", partner: "WLD" })
 */
export async function resolvedSource(
  store: Store,
  filter: ResolveFilter,
): Promise<{ sql: string; params: Params }> {
  if (filter.asOf || !(await cacheReady(store))) return resolvedSql(filter);
  const where = new Where()
    .in("series", filter.series)
    .in("reporter", filter.reporter)
    .in("flow", filter.flow)
    .in("partner", filter.partner)
    .in("measure", filter.measure)
    .when(`s_idx >= ${indexOf("?")}`, filter.from)
    .when(`s_idx <= ${indexOf("?")}`, filter.to);
  // only the columns analytics use: the provenance columns (origins lists) cost time to carry along
  return {
    sql: `SELECT ${ANALYTICS_COLUMNS} FROM (${cachedValuesSql(false)}) ${where.sql()}`,
    params: where.params,
  };
}

/** The month index of a `YYYY-MM` parameter, in SQL. */
export function indexOf(param: string): string {
  return `(SELECT CAST(left(p, 4) AS INTEGER) * 12 + CAST(substr(p, 6, 2) AS INTEGER) - 1 FROM (SELECT CAST(${param} AS VARCHAR) AS p))`;
}
