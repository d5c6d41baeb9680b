// Hooks for a test file that reads the shipped reference dataset: one fresh store for the file's
// tests, set up once and closed after them.
import { afterAll, beforeAll } from "vitest";
import { createApp } from "../../src/server/app.js";
import { buildBrief } from "../../src/report/build-brief.js";
import type { Brief } from "../../src/report/brief-types.js";
import type { Store } from "../../src/store/open-store.js";
import type { Params } from "../../src/store/sql.js";
import { referenceStore } from "./stores.js";

/**
 * Open a reference store before the file's tests, hand it to `setUp` if given, and close it after
 * them. What it returns stands for that store in the file's tests (and only there: the store is
 * opened once the tests start), so a file needs no store variable and hooks of its own.
 * @example const store = useReferenceStore(); it("…", async () => expect(await verdictsOf(store, text)).toEqual(…));
 */
export function useReferenceStore(setUp?: (store: Store) => unknown): Store {
  let opened: Store | undefined;
  beforeAll(async () => {
    opened = await referenceStore();
    await setUp?.(opened);
  });
  afterAll(() => {
    opened?.close();
    opened = undefined;
  });
  const store = (): Store => {
    if (!opened) throw new Error("the file's reference store is open only while its tests run");
    return opened;
  };
  return {
    get path() {
      return store().path;
    },
    get readOnly() {
      return store().readOnly;
    },
    get conn() {
      return store().conn;
    },
    query: <T>(sql: string, params?: Params) => store().query<T>(sql, params),
    execute: (sql, params) => store().execute(sql, params),
    transaction: (work) => store().transaction(work),
    close: () => store().close(),
  };
}

/** The brief the report tests read: rare-earth magnets, November 2025, written 2025-12-21. */
export function referenceBrief(store: Store): Promise<Brief> {
  return buildBrief(store, { series: "rare-earth-magnets", period: "2025-11", today: "2025-12-21" });
}

/** The app the API tests call in memory: errors not logged, today fixed at 2026-01-05. */
export function quietApp(store: Store) {
  return createApp({ store, log: () => undefined, today: () => "2026-01-05" });
}
