// Writing parsed records: sources, observations and events go in together in one transaction,
// rows already stored are counted as unchanged, and nothing stored is ever updated in place.
import type { Store } from "./open-store.js";
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

const OBSERVATION_COLUMNS = [
  "id", "source_id", "reporter", "flow", "series", "hs_code", "partner", "period", "period_kind",
  "period_start", "period_end", "measure", "value", "precision_unit", "unit", "original_value",
  "original_unit", "vintage", "status", "stated_mom_pct", "stated_yoy_pct", "stated_change_pct",
  "stated_change_basis", "stated_rank", "stated_rank_direction", "stated_rank_scope", "stated_streak",
  "note", "correction", "ref_rows",
] as const satisfies readonly (keyof ObservationInput)[];

const SOURCE_COLUMNS = ["id", "kind", "publisher", "origin", "url", "url_status", "published", "title"] as const satisfies readonly (keyof Source)[];
const EVENT_COLUMNS = [
  "id", "announced", "effective", "authority", "reference", "kind", "summary", "commodities", "partners", "url",
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
export async function alreadyIngested(store: Store, sha256: string): Promise<{ rows: number } | null> {
  const [row] = await store.query<{ rows: number }>("SELECT rows FROM ingests WHERE sha256 = ? LIMIT 1", [sha256]);
  return row ?? null;
}

/** Store a batch all-or-nothing; returns how many observations and events were new. */
export async function writeBatch(store: Store, batch: Batch, now: Date = new Date()): Promise<WriteResult> {
  return store.transaction(async () => {
    await insertRows(store, "sources", SOURCE_COLUMNS.map(String), batch.sources.map((x) => SOURCE_COLUMNS.map((c) => x[c])));
    const ingestId = `${batch.sha256.slice(0, 16)}`;
    const before = await countRows(store);
    await insertObservations(store, batch.observations, ingestId);
    await insertRows(store, "events", EVENT_COLUMNS.map(String), batch.events.map((e) =>
      EVENT_COLUMNS.map((c) => (Array.isArray(e[c]) ? JSON.stringify(e[c]) : e[c]) as string | null)));
    const after = await countRows(store);
    const inserted = after - before;
    await store.execute(
      `INSERT INTO ingests VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [ingestId, batch.file, batch.sha256, batch.format, batch.rows, inserted, now.toISOString()],
    );
    return { inserted, unchanged: batch.observations.length + batch.events.length - inserted };
  });
}

async function countRows(store: Store): Promise<number> {
  const [row] = await store.query<{ n: string }>(
    "SELECT (SELECT count(*) FROM observations) + (SELECT count(*) FROM events) AS n",
  );
  return Number(row?.n ?? 0);
}

async function insertObservations(store: Store, rows: ObservationInput[], ingestId: string): Promise<void> {
  await insertRows(store, "observations", [...OBSERVATION_COLUMNS, "ingest_id"],
    rows.map((r) => [...OBSERVATION_COLUMNS.map((c) => r[c]), ingestId]));
}

const CASTS: Record<string, string> = {
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

/**
 * Insert rows through a text staging table filled by DuckDB's appender (bound parameters are slow
 * for thousands of values), casting in SQL; rows whose primary key is already stored are skipped.
 */
async function insertRows(store: Store, table: string, columns: string[], rows: (string | number | null)[][]): Promise<void> {
  if (rows.length === 0) return;
  const stage = `stage_${table}`;
  await store.execute(`CREATE OR REPLACE TEMP TABLE ${stage} (${columns.map((c) => `${c} VARCHAR`).join(", ")})`);
  const appender = await store.conn.createAppender(stage);
  for (const row of rows) {
    for (const cell of row) {
      if (cell === null) appender.appendNull();
      else appender.appendVarchar(String(cell));
    }
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
  await store.execute(
    `INSERT INTO ${table} (${columns.join(", ")}) SELECT ${columns.map((c) => CASTS[c] ?? c).join(", ")} FROM ${stage} ON CONFLICT DO NOTHING`,
  );
  await store.execute(`DROP TABLE ${stage}`);
}
