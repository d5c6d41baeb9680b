// How requests use the one open store: side by side (the store spreads queries over its reader
// connections, which DuckDB runs in parallel), each through a view that refuses further queries once
// its request is abandoned, so work for a client that went away or ran out of time stops early.
import type { Store } from "../store/open-store.js";
import { requestSignal } from "./request-budget.js";

export interface StoreAccess {
  /** Run `work` for the current request; its queries stop (with the reason) once the request is abandoned. */
  use<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /** Resolves once every piece of work handed over so far has finished. */
  idle(): Promise<void>;
}

/** Share one open store between concurrent requests. */
export function concurrentStore(store: Store): StoreAccess {
  const running = new Set<Promise<unknown>>();
  return {
    use(work) {
      const signal = requestSignal();
      const run = Promise.resolve().then(() => work(abortable(store, signal)));
      const tracked = run.catch(() => undefined).finally(() => running.delete(tracked));
      running.add(tracked);
      return run;
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}

/** A view of `store` whose queries fail with the signal's reason once it aborts; closing stays with the owner. */
export function abortable(store: Store, signal: AbortSignal): Store {
  return {
    path: store.path,
    readOnly: store.readOnly,
    conn: store.conn,
    query: (sql, params) => (signal.throwIfAborted(), store.query(sql, params)),
    execute: (sql, params) => (signal.throwIfAborted(), store.execute(sql, params)),
    transaction: (work) => (signal.throwIfAborted(), store.transaction(work)),
    close: () => undefined,
  };
}
