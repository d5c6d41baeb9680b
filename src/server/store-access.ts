// One store shared by all requests. DuckDB runs one statement at a time per connection, so requests
// take turns: each gets the store for the duration of its work, in arrival order.
import type { Store } from "../store/open-store.js";

export interface StoreAccess {
  use<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /** Resolves once every piece of work handed over so far has finished. */
  idle(): Promise<void>;
}

/** Serialise access to one open store. */
export function sharedStore(store: Store): StoreAccess {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    use(work) {
      const run = tail.then(() => work(store));
      tail = run.catch(() => undefined);
      return run;
    },
    idle: () => tail.then(() => undefined),
  };
}
