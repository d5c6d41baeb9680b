// A cheap token that changes whenever the stored data does (an ingest, any added observation):
// answers computed from the data can be kept and reused until it changes.
import type { Store } from "./open-store.js";

/** Read-only stores cannot change while open: their version is read once. */
const fixed = new WeakMap<object, Promise<string>>();

/**
 * The data version of the store, e.g. `"5120:12:2026-01-05 10:00:00"`.
 * @example if ((await dataVersion(store)) !== before) forgetAnswers()
 */
export function dataVersion(store: Store): Promise<string> {
  if (!store.readOnly) return readVersion(store);
  let version = fixed.get(store.conn);
  if (!version) fixed.set(store.conn, (version = readVersion(store)));
  return version;
}

async function readVersion(store: Store): Promise<string> {
  const [row] = await store.query<{ n: string; ingests: string; last: string | null }>(
    `SELECT (SELECT count(*) FROM observations) AS n, (SELECT count(*) FROM ingests) AS ingests,
            (SELECT CAST(max(ingested_at) AS VARCHAR) FROM ingests) AS last`,
  );
  return `${row?.n}:${row?.ingests}:${row?.last ?? ""}`;
}
