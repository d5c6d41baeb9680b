// Reading ahead: the figures a book will need are read while the caller does other work (reads the
// rest of a long text), so the book, loaded later, finds them read and asks the database nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadFigureBook, readAhead } from "../../src/analytics/figure-book.js";
import { seriesKey } from "../../src/domain/series-key.js";
import { openLodestone } from "../../src/ingest/reference-data.js";
import type { Store } from "../../src/store/open-store.js";

let store: Store;
beforeEach(async () => {
  store = await openLodestone({ path: ":memory:" });
});
afterEach(() => store.close());

/** The store, counting the queries asked through it. */
function counted(s: Store): { store: Store; queries: () => number } {
  let n = 0;
  const view: Store = {
    ...s,
    query: (sql, params) => {
      n++;
      return s.query(sql, params);
    },
  };
  return { store: view, queries: () => n };
}

const japan = seriesKey({ series: "rare-earth-magnets", partner: "JPN" });

describe("reading a book's figures ahead", () => {
  it("leaves nothing for the book to read once it is done", async () => {
    await readAhead(store, [japan]);
    const c = counted(store);
    const book = await loadFigureBook(c.store, [japan]);
    // October 2025 magnets to Japan: 226 t
    expect(book.point(japan, "2025-10")?.value).toBe(226);
    expect(c.queries()).toBe(0);
  });

  it("reads for the book what was not asked ahead", async () => {
    await readAhead(store, [japan]);
    const c = counted(store);
    const us = seriesKey({ series: "rare-earth-magnets", partner: "USA" });
    const book = await loadFigureBook(c.store, [japan, us]);
    expect(book.point(us, "2025-10")?.value).toBe(656);
    expect(c.queries()).toBeGreaterThan(0);
  });

  it("never rejects; a read that failed ahead is read again by the book", async () => {
    const failing: Store = {
      ...store,
      query: () => Promise.reject(new Error("the disk went away")),
    };
    await expect(readAhead(failing, [japan])).resolves.toBeUndefined();
    const book = await loadFigureBook(store, [japan]);
    expect(book.point(japan, "2025-10")?.value).toBe(226);
  });
});
