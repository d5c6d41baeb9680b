// Which version of the shipped reference dataset a database holds, as a stored fingerprint: opening
// compares it with the files' fingerprint instead of re-reading and hashing them every time.
import type { Store } from "./open-store.js";
import { tableExists } from "./sql.js";

const TABLE = "reference_state";

/** The fingerprint stored when the reference data was last loaded, or null. */
export async function storedReferenceFingerprint(store: Store): Promise<string | null> {
  if (!(await tableExists(store.conn, TABLE))) return null;
  const [row] = await store.query<{ fingerprint: string }>(`SELECT fingerprint FROM ${TABLE} LIMIT 1`);
  return row?.fingerprint ?? null;
}

/** Record that the reference data with this fingerprint is loaded. */
export async function storeReferenceFingerprint(store: Store, fingerprint: string): Promise<void> {
  await store.transaction(async () => {
    await store.execute(`CREATE TABLE IF NOT EXISTS ${TABLE} (fingerprint VARCHAR NOT NULL)`);
    await store.execute(`DELETE FROM ${TABLE}`);
    await store.execute(`INSERT INTO ${TABLE} VALUES (?)`, [fingerprint]);
  });
}
