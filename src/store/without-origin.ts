// The store as if one origin had never published. A source's own statements are checked against
// it, so that its figure (or a repost of it) never counts as support for itself. The figures are
// copied once into a private in-memory store; each origin is then left out inside a transaction
// that is always rolled back, so one copy serves every origin in turn.
import { openStore, type Store } from "./open-store.js";
import { cacheIsCurrent, refreshResolvedCache, refreshTouchedKeys } from "./resolved-cache.js";
import type { Source } from "./types.js";
import { OBSERVATION_COLUMNS, writeBatch, type ObservationInput } from "./write.js";

/** A private copy of a store's figures, in which one origin at a time can be left out. */
export interface FigureCopy {
  /** Run `work` on the copy while it holds no figure of `origin`; the figures come back afterwards. */
  without<T>(origin: string, work: (store: Store) => Promise<T>): Promise<T>;
  close(): void;
}

/** Thrown inside the transaction to undo the removal; never escapes `without`. */
class Undo extends Error {}

/**
 * Copy the sources and figures of `store` (not its events) into a new in-memory store.
 * @example const copy = await copyFigures(store); await copy.without("Reuters", (s) => verifyClaims(s, text)); copy.close();
 */
export async function copyFigures(store: Store): Promise<FigureCopy> {
  const sources = await store.query<Source>(
    "SELECT id, kind, publisher, origin, url, url_status, published, title FROM sources ORDER BY id",
  );
  const observations = await store.query<ObservationInput>(
    `SELECT ${OBSERVATION_COLUMNS.join(", ")} FROM observations ORDER BY id`,
  );
  const copy = await openStore({ path: ":memory:" });
  try {
    await writeBatch(
      copy,
      {
        file: "copy",
        sha256: "0".repeat(64),
        format: "copy",
        rows: observations.length,
        sources,
        observations,
        events: [],
      },
      new Date(0),
    );
    // built once outside any removal, so that what the cache creates for itself is never rolled back
    await refreshResolvedCache(copy);
  } catch (err) {
    copy.close();
    throw err;
  }
  let queue: Promise<unknown> = Promise.resolve();
  let removals = 0;
  return {
    without(origin, work) {
      // one origin at a time: the copy holds one removal at once
      const run = queue.then(() => removed(copy, origin, ++removals, work));
      queue = run.catch(() => undefined);
      return run;
    },
    close: () => copy.close(),
  };
}

async function removed<T>(
  copy: Store,
  origin: string,
  n: number,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  let result: T | undefined;
  try {
    await copy.transaction(async () => {
      // only the keys the origin's figures touch are resolved again, not the whole cache
      const current = await cacheIsCurrent(copy);
      await copy.execute(
        `CREATE OR REPLACE TEMP TABLE removed_figures AS
        SELECT o.* FROM observations o JOIN sources s ON s.id = o.source_id WHERE s.origin = ?`,
        [origin],
      );
      await copy.execute(
        "DELETE FROM observation_rows WHERE source_id IN (SELECT id FROM sources WHERE origin = ?)",
        [origin],
      );
      // recorded as a write of its own, so every removal is a new data version: readers that keep
      // what they read per version (the claims' figure book) never mistake one origin's removal for another's
      await copy.execute(
        "INSERT INTO ingests (id, file, sha256, format, rows, inserted, ingested_at) VALUES (?, ?, ?, 'removal', 0, 0, ?)",
        [`removal-${n}`, `without ${origin}`, "0".repeat(64), new Date(n * 1000).toISOString()],
      );
      await refreshTouchedKeys(copy, "removed_figures", current);
      result = await work(copy);
      throw new Undo();
    });
  } catch (err) {
    if (!(err instanceof Undo)) throw err;
  }
  return result as T;
}
