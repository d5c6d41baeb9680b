// The curated reference dataset shipped in data/: loaded automatically into a new database,
// and re-loading it changes nothing (same bytes are skipped; same rows are unchanged).
import { fileURLToPath } from "node:url";
import { StoreError, formatProblem } from "../errors.js";
import { openStore, type Store, type StoreOptions } from "../store/open-store.js";
import { ingestFiles, type IngestResult } from "./ingest-files.js";

const DATA_DIR = new URL("../../data/", import.meta.url);

export const REFERENCE_FILES = {
  figures: fileURLToPath(new URL("figures.csv", DATA_DIR)),
  events: fileURLToPath(new URL("events.csv", DATA_DIR)),
};

/** Load the shipped dataset; a problem in it is a bug of the release, reported as such. */
export async function loadReferenceData(store: Store): Promise<IngestResult> {
  const result = await ingestFiles(store, [REFERENCE_FILES.figures, REFERENCE_FILES.events]);
  if (result.rejected.length > 0) {
    throw new StoreError(`the shipped reference dataset has problems:\n${result.rejected.slice(0, 10).map(formatProblem).join("\n")}`);
  }
  return result;
}

/**
 * Open a database with the reference dataset loaded: what every command uses.
 * @example const store = await openLodestone({ path: ":memory:" });
 */
export async function openLodestone(options: StoreOptions & { reference?: boolean } = {}): Promise<Store> {
  const store = await openStore(options);
  if (options.reference !== false) {
    try {
      await loadReferenceData(store);
    } catch (err) {
      store.close();
      throw err;
    }
  }
  return store;
}
