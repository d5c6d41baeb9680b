// The data version answers are kept under: the store's data fingerprint (it changes with every
// ingest or recorded verdict), read once for a read-only store, which cannot change while open.
import type { Store } from "./open-store.js";
import { dataFingerprint } from "./recorded-claims.js";

const fixed = new WeakMap<object, Promise<string>>();

/**
 * The data version of the store.
 * @example if ((await dataVersion(store)) !== before) forgetAnswers()
 */
export function dataVersion(store: Store): Promise<string> {
  if (!store.readOnly) return dataFingerprint(store);
  let version = fixed.get(store.conn);
  if (!version) fixed.set(store.conn, (version = dataFingerprint(store)));
  return version;
}
