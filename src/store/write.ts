// Writing parsed records: sources, observations, details and events go in together in one
// transaction with the resolved cache patched for the keys they touch; rows already stored (same
// id) are counted as unchanged and skipped, and nothing stored is ever updated in place.
import { StoreError } from "../errors.js";
import { DERIVED_COLUMNS, derivedIdSql, ROW_IDENTITY, SAME_ROW } from "./observation-rows.js";
import type { Store } from "./open-store.js";
import {
  cacheIsCurrent,
  currentCacheBeforeWrite,
  FEW_KEYS,
  keepCacheCurrent,
  keysGivenOnce,
  keyValues,
  refreshTouchedKeys,
} from "./resolved-cache.js";
import { queryOnce, Where } from "./sql.js";
import type { PolicyEvent, Source } from "./types.js";

/** An observation as an ingest adapter hands it over: exact decimals as text. */
export interface ObservationInput {
  id: string;
  source_id: string;
  reporter: string;
  flow: string;
  series: string;
  hs_code: string | null;
  partner: string;
  period: string;
  period_kind: string;
  period_start: string;
  period_end: string;
  measure: string;
  value: string | null;
  precision_unit: string | null;
  unit: string;
  original_value: string | null;
  original_unit: string | null;
  vintage: string | null;
  status: string;
  stated_mom_pct: string | null;
  stated_yoy_pct: string | null;
  stated_change_pct: string | null;
  stated_change_basis: string | null;
  stated_rank: number | null;
  stated_rank_direction: string | null;
  stated_rank_scope: string | null;
  stated_streak: number | null;
  note: string | null;
  correction: string | null;
  ref_rows: string | null;
}

export interface Batch {
  file: string;
  sha256: string;
  format: string;
  rows: number;
  sources: Source[];
  observations: ObservationInput[];
  events: PolicyEvent[];
}

export interface WriteResult {
  inserted: number;
  unchanged: number;
}

/** The columns of an observation as written and as copied, in one order. */
export const OBSERVATION_COLUMNS = [
  "id",
  "source_id",
  "reporter",
  "flow",
  "series",
  "hs_code",
  "partner",
  "period",
  "period_kind",
  "period_start",
  "period_end",
  "measure",
  "value",
  "precision_unit",
  "unit",
  "original_value",
  "original_unit",
  "vintage",
  "status",
  "stated_mom_pct",
  "stated_yoy_pct",
  "stated_change_pct",
  "stated_change_basis",
  "stated_rank",
  "stated_rank_direction",
  "stated_rank_scope",
  "stated_streak",
  "note",
  "correction",
  "ref_rows",
] as const satisfies readonly (keyof ObservationInput)[];

/** The columns `observation_rows` stores of a staged observation (the view derives the others). */
const STORED_COLUMNS = OBSERVATION_COLUMNS.filter((c) => !(DERIVED_COLUMNS as readonly string[]).includes(c));

const SOURCE_COLUMNS = [
  "id",
  "kind",
  "publisher",
  "origin",
  "url",
  "url_status",
  "published",
  "title",
  "retrieved",
] as const satisfies readonly (keyof Source)[];
const EVENT_COLUMNS = [
  "id",
  "announced",
  "effective",
  "authority",
  "reference",
  "kind",
  "summary",
  "commodities",
  "partners",
  "url",
] as const satisfies readonly (keyof PolicyEvent)[];

const CHUNK = 200;

/** Sources already stored under the given ids, for consistency checks before writing. */
export async function storedSources(store: Store, ids: string[]): Promise<Map<string, Source>> {
  const out = new Map<string, Source>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = await store.query<Source>(
      `SELECT id, kind, publisher, origin, url, url_status, published, title FROM sources
       WHERE id IN (${chunk.map(() => "?").join(", ")})`,
      chunk,
    );
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** True when a file with these exact bytes was ingested before. */
export async function alreadyIngested(
  store: Store,
  sha256: string,
): Promise<{ rows: number; batch: string } | null> {
  const [row] = await queryOnce<{ rows: number; batch: string | null; id: string }>(
    store.conn,
    "SELECT rows, batch, id FROM ingests WHERE sha256 = ? LIMIT 1",
    [sha256],
  );
  return row ? { rows: row.rows, batch: row.batch ?? row.id } : null;
}

/** One file of a staged write, as the `ingests` table records it. */
export interface StagedFile {
  file: string;
  sha256: string;
  format: string;
  rows: number;
}

/**
 * A write whose observations already sit in temporary tables of the store's main connection:
 * `stage` has the columns of `observation_rows` (without `ingest_id`; others are ignored), its `id`
 * null where it is the derived one (see observation-rows.ts), `details` those of
 * `observation_details`. Sources and events are few and come as records.
 */
export interface StagedWrite {
  files: StagedFile[];
  sources: Source[];
  events: PolicyEvent[];
  stage: string | null;
  details: string | null;
  /**
   * What the adapter found of `stage` when it could tell cheaply: its rows, and whether each has a
   * value and a key of its own (see `keysGivenOnce`, which answers otherwise).
   */
  keys?: { rows: number; once: boolean };
}

/** Store a batch all-or-nothing; returns how many observations and events were new. */
export async function writeBatch(store: Store, batch: Batch, now: Date = new Date()): Promise<WriteResult> {
  const stage = batch.observations.length > 0 ? await stageObservations(store, batch.observations) : null;
  try {
    return await writeStaged(
      store,
      {
        files: [{ file: batch.file, sha256: batch.sha256, format: batch.format, rows: batch.rows }],
        sources: batch.sources,
        events: batch.events,
        stage,
        details: null,
      },
      now,
    );
  } finally {
    if (stage) await store.execute(`DROP TABLE IF EXISTS ${stage}`);
  }
}

/**
 * Store a staged write in one transaction: sources, observations, details, events, the ingest
 * record, and the resolved cache patched for the keys it touched. The tables of observations and
 * details have no primary key (an index makes a large insert ten times slower): a row is new when
 * no stored row has its id (`SAME_ROW`), decided by an anti-join inside the transaction, so a re-ingest stores
 * nothing and writes, which take turns on the store's one writing connection, never race.
 * Counts come from unprepared queries (see `queryOnce`).
 */
export async function writeStaged(
  store: Store,
  w: StagedWrite,
  now: Date = new Date(),
): Promise<WriteResult> {
  const batchId = w.files[0]!.sha256.slice(0, 16);
  // a write of observations makes the cache current first; inside, the write asks whether it still is
  if (w.stage) await currentCacheBeforeWrite(store);
  return store.transaction(async () => {
    const current = await cacheIsCurrent(store);
    await insertRows(
      store,
      "sources",
      SOURCE_COLUMNS.map(String),
      w.sources.map((x) => SOURCE_COLUMNS.map((c) => x[c] ?? null)),
    );
    const before = await countRows(store);
    // rows with keys of their own are distinct rows too (the key is part of a row's identity): one
    // aggregate then answers both, where the identity's nine columns would be hashed again
    const keys = w.stage ? (w.keys ?? (await keysGivenOnce(store, w.stage))) : { rows: 0, once: false };
    const offeredRows = w.stage
      ? keys.once
        ? keys.rows
        : await distinctRows(store, w.stage, ROW_IDENTITY)
      : 0;
    if (w.stage) {
      await checkSources(store, w.stage);
      // a stored row with the same id has the same series, partner and period: for a few rows, those
      // filters let DuckDB skip most of a large store instead of hashing every stored id
      const stored = new Where();
      stored.conditions.push(SAME_ROW);
      if (offeredRows > 0 && offeredRows <= FEW_KEYS) {
        const values = await keyValues(store, w.stage);
        stored.in("o.series", values.series).in("o.partner", values.partner).in("o.period", values.period);
      }
      await store.execute(
        `INSERT INTO observation_rows BY NAME
        SELECT COLUMNS(c -> list_contains([${STORED_COLUMNS.map((c) => `'${c}'`).join(", ")}], c)), ? AS ingest_id
        FROM ${w.stage} s WHERE NOT EXISTS (SELECT 1 FROM observation_rows o ${stored.sql()})`,
        [batchId, ...stored.params],
      );
    }
    if (w.details) {
      await distinctRows(store, w.details, "id");
      await store.execute(
        `INSERT INTO observation_details BY NAME
        SELECT * FROM ${w.details} d WHERE NOT EXISTS (SELECT 1 FROM observation_details x WHERE x.id = d.id)`,
      );
    }
    await insertRows(
      store,
      "events",
      EVENT_COLUMNS.map(String),
      w.events.map((e) =>
        EVENT_COLUMNS.map((c) => (Array.isArray(e[c]) ? JSON.stringify(e[c]) : e[c]) as string | null),
      ),
    );
    const inserted = (await countRows(store)) - before;
    const offered = offeredRows + w.events.length;
    // `rows` and `inserted` are the batch's: what it offered (a re-ingest reports them unchanged) and stored
    for (const f of w.files) {
      await store.execute(
        `INSERT INTO ingests (id, file, sha256, format, rows, inserted, ingested_at, batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        [f.sha256.slice(0, 16), f.file, f.sha256, f.format, offered, inserted, now.toISOString(), batchId],
      );
    }
    // only the keys of the rows this write stored: rows it offered that were stored already change nothing
    // (the stage itself when all of it was stored: no scan of the table for the rows just written)
    if (w.stage) {
      const all = inserted === offered;
      await refreshTouchedKeys(
        store,
        all ? w.stage : `(SELECT * FROM observations WHERE ingest_id = '${batchId.replace(/'/g, "''")}')`,
        current,
        // without events, what this write counted as stored is those rows
        { keysOnce: all && keys.once, count: w.events.length === 0 ? inserted : undefined },
      );
    }
    // events only: the cache did not change, but the ingest recorded changes its fingerprint
    else await keepCacheCurrent(store, current);
    return { inserted, unchanged: offered - inserted };
  });
}

async function countRows(store: Store): Promise<number> {
  const [row] = await queryOnce<{ n: string }>(
    store.conn,
    "SELECT (SELECT count(*) FROM observation_rows) + (SELECT count(*) FROM events) AS n",
  );
  return Number(row?.n ?? 0);
}

/**
 * How many distinct rows a stage table offers, made distinct first when it holds a row twice (the
 * same figure in two files of one batch): one row per `identity` (columns; an observation's are
 * `ROW_IDENTITY`) is stored, and counted, once.
 */
async function distinctRows(store: Store, table: string, identity: string): Promise<number> {
  // as many distinct hashes as rows proves the rows distinct, counted on numbers instead of texts
  const [hashes] = await queryOnce<{ n: string; h: string }>(
    store.conn,
    `SELECT count(*) AS n, count(DISTINCT hash(${identity})) AS h FROM ${table}`,
  );
  if (hashes?.n === hashes?.h) return Number(hashes?.n ?? 0);
  const [row] = await queryOnce<{ n: string; ids: string }>(
    store.conn,
    `SELECT count(*) AS n, (SELECT count(*) FROM (SELECT DISTINCT ${identity} FROM ${table})) AS ids FROM ${table}`,
  );
  if (row?.n !== row?.ids)
    await store.execute(
      `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT DISTINCT ON (${identity}) * FROM ${table}`,
    );
  return Number(row?.ids ?? 0);
}

/** Observations keep their source (the table has no foreign key): a stage naming an unknown one is a bug. */
async function checkSources(store: Store, stage: string): Promise<void> {
  const missing = await queryOnce<{ source_id: string }>(
    store.conn,
    `SELECT DISTINCT source_id FROM ${stage} WHERE source_id NOT IN (SELECT id FROM sources) LIMIT 3`,
  );
  if (missing.length > 0)
    throw new StoreError(
      `observations name sources that are not stored: ${missing.map((m) => m.source_id).join(", ")}`,
    );
}

/** The figures format's validated rows as a typed temporary stage table (see `StagedWrite`). */
export async function stageObservations(store: Store, rows: ObservationInput[]): Promise<string> {
  await fillText(
    store,
    "stage_figures_text",
    [...OBSERVATION_COLUMNS],
    rows.map((r) => OBSERVATION_COLUMNS.map((c) => r[c])),
  );
  await store.execute(`CREATE OR REPLACE TEMP TABLE stage_figures AS
    SELECT ${OBSERVATION_COLUMNS.map((c) => (CASTS[c] ? `${CASTS[c]} AS ${c}` : c)).join(", ")} FROM stage_figures_text`);
  await store.execute("DROP TABLE stage_figures_text");
  // an official figure copied from a store comes with its derived id: stored as null, as its ingest did
  await store.execute(`UPDATE stage_figures SET id = NULL WHERE id = ${derivedIdSql()}`);
  return "stage_figures";
}

const CASTS: Record<string, string> = {
  retrieved: "CAST(retrieved AS TIMESTAMP)",
  value: "CAST(value AS DECIMAL(38, 6))",
  precision_unit: "CAST(precision_unit AS DECIMAL(38, 6))",
  stated_mom_pct: "CAST(stated_mom_pct AS DECIMAL(18, 4))",
  stated_yoy_pct: "CAST(stated_yoy_pct AS DECIMAL(18, 4))",
  stated_change_pct: "CAST(stated_change_pct AS DECIMAL(18, 4))",
  stated_rank: "CAST(stated_rank AS INTEGER)",
  stated_streak: "CAST(stated_streak AS INTEGER)",
  commodities: "from_json(commodities, '[\"VARCHAR\"]')",
  partners: "from_json(partners, '[\"VARCHAR\"]')",
};

/** Fill a text temporary table through DuckDB's appender (bound parameters are slow for thousands of values). */
async function fillText(
  store: Store,
  table: string,
  columns: string[],
  rows: (string | number | null)[][],
): Promise<void> {
  await store.execute(
    `CREATE OR REPLACE TEMP TABLE ${table} (${columns.map((c) => `${c} VARCHAR`).join(", ")})`,
  );
  const appender = await store.conn.createAppender(table);
  for (const row of rows) {
    for (const cell of row) {
      if (cell === null) appender.appendNull();
      else appender.appendVarchar(String(cell));
    }
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
}

/** Insert a few records through a text stage, casting in SQL; rows whose primary key is stored are skipped. */
async function insertRows(
  store: Store,
  table: string,
  columns: string[],
  rows: (string | number | null)[][],
): Promise<void> {
  if (rows.length === 0) return;
  const stage = `stage_${table}`;
  await fillText(store, stage, columns, rows);
  await store.execute(
    `INSERT INTO ${table} (${columns.join(", ")}) SELECT ${columns.map((c) => CASTS[c] ?? c).join(", ")} FROM ${stage} ON CONFLICT DO NOTHING`,
  );
  await store.execute(`DROP TABLE ${stage}`);
}
