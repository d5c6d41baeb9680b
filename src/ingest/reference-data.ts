// The curated reference dataset shipped in data/: loaded automatically into a new database,
// and re-loading it changes nothing (same bytes are skipped; same rows are unchanged). A database
// remembers the fingerprint of the files it loaded, so opening it does not re-read them.
import { existsSync, statSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { StoreError, formatProblem } from "../errors.js";
import { defaultDbPath, openStore, type Store, type StoreOptions } from "../store/open-store.js";
import { storedReferenceFingerprint, storeReferenceFingerprint } from "../store/reference-state.js";
import { cacheIsCurrent, refreshResolvedCache } from "../store/resolved-cache.js";
import type { IngestResult } from "./ingest-files.js";

const DATA_DIR = new URL("../../data/", import.meta.url);

export const REFERENCE_FILES = {
  figures: fileURLToPath(new URL("figures.csv", DATA_DIR)),
  events: fileURLToPath(new URL("events.csv", DATA_DIR)),
};

/**
 * The shipped files' fingerprint: name, size and modification time of each (a changed file, as
 * after an upgrade, changes it; the ingest then decides by content what is new).
 */
export function referenceFingerprint(): string {
  return Object.values(REFERENCE_FILES)
    .map((f) => {
      const s = statSync(f);
      return `${basename(f)}:${s.size}:${Math.trunc(s.mtimeMs)}`;
    })
    .join(";");
}

/** Load the shipped dataset; a problem in it is a bug of the release, reported as such. */
export async function loadReferenceData(
  store: Store,
  fingerprint: string = referenceFingerprint(),
): Promise<IngestResult> {
  // the CSV readers load only when the files are read: opening an up-to-date store does not need them
  const { ingestFiles } = await import("./ingest-files.js");
  const result = await ingestFiles(store, [REFERENCE_FILES.figures, REFERENCE_FILES.events]);
  if (result.rejected.length > 0) {
    throw new StoreError(
      `the shipped reference dataset has problems:\n${result.rejected.slice(0, 10).map(formatProblem).join("\n")}`,
    );
  }
  await storeReferenceFingerprint(store, fingerprint);
  return result;
}

/** Load the reference data unless the store already holds this version of it. */
async function ensureReferenceData(store: Store): Promise<void> {
  const fingerprint = referenceFingerprint();
  if ((await storedReferenceFingerprint(store)) !== fingerprint) await loadReferenceData(store, fingerprint);
}

/**
 * Open a database with the reference dataset loaded: what every command uses. With `readOnly`, an
 * existing, up-to-date file is opened read-only (shared with other readers and a running server);
 * a new or outdated one is brought up to date in a short writing session first.
 * @example const store = await openLodestone({ path: ":memory:" });
 */
export async function openLodestone(options: StoreOptions & { reference?: boolean } = {}): Promise<Store> {
  if (options.reference === false) return openStore(options);
  const path = options.path ?? defaultDbPath(options.env);
  if (!options.readOnly || path === ":memory:") return openWritable({ ...options, path, readOnly: false });
  let reader: Store | null = null;
  if (existsSync(path)) {
    reader = await openStore({ ...options, path }).catch(() => null);
    if (reader && (await isCurrent(reader))) return reader;
    reader?.close();
  }
  try {
    const writer = await openWritable({ ...options, path, readOnly: false });
    await refreshResolvedCache(writer);
    writer.close();
  } catch (err) {
    // held by a server or not writable: read what the file holds, as it is
    if (!reader) throw err;
  }
  return openStore({ ...options, path });
}

async function openWritable(options: StoreOptions): Promise<Store> {
  const store = await openStore(options);
  try {
    await ensureReferenceData(store);
  } catch (err) {
    store.close();
    throw err;
  }
  return store;
}

/** The store holds this version of the reference data and an up-to-date cache of resolved values. */
async function isCurrent(store: Store): Promise<boolean> {
  return (
    (await storedReferenceFingerprint(store)) === referenceFingerprint() && (await cacheIsCurrent(store))
  );
}
