// Hooks for a test file that reads the shipped reference dataset: one fresh store for the file's
// tests, set up once and closed after them.
import { afterAll, beforeAll } from "vitest";
import { createApp } from "../../src/server/app.js";
import { buildBrief } from "../../src/report/build-brief.js";
import type { Brief } from "../../src/report/brief-types.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "./stores.js";

/**
 * Open a reference store before the file's tests, hand it to `setUp`, and close it after them.
 * @example let brief: Brief; useReferenceStore(async (store) => { brief = await referenceBrief(store); });
 */
export function useReferenceStore(setUp: (store: Store) => unknown): void {
  let store: Store | undefined;
  beforeAll(async () => {
    store = await referenceStore();
    await setUp(store);
  });
  afterAll(() => store?.close());
}

/** The brief the report tests read: rare-earth magnets, November 2025, written 2025-12-21. */
export function referenceBrief(store: Store): Promise<Brief> {
  return buildBrief(store, { series: "rare-earth-magnets", period: "2025-11", today: "2025-12-21" });
}

/** The app the API tests call in memory: errors not logged, today fixed at 2026-01-05. */
export function quietApp(store: Store) {
  return createApp({ store, log: () => undefined, today: () => "2026-01-05" });
}
