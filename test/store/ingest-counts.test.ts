// Counts an ingest reports on a database that existed before (issue 10, item 2): a reused prepared
// `count(*)` answered from stale statistics and reported stored rows as unchanged. And the resolved
// cache, patched per write for the keys it touched, equals a cache rebuilt from scratch.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiles, ingestText } from "../../src/ingest/ingest-files.js";
import { openStore } from "../../src/store/open-store.js";
import { cachedValuesSql, cacheIsCurrent, refreshResolvedCache } from "../../src/store/resolved-cache.js";
import { queryOnce } from "../../src/store/sql.js";
import { comtradeEnvelope, comtradeRecord, writeComtradeBulkSql } from "../helpers/comtrade-files.js";
import { referenceStore } from "../helpers/stores.js";

const SAMPLE = new URL("../fixtures/figures-sample.csv", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "lodestone-counts-"));
const HEADER = "source_id,source_kind,publisher,reporter,flow,series,partner,period,measure,value,unit\n";

describe("ingest counts", () => {
  it("reports rows stored into a reopened database as inserted, and records that count", async () => {
    const path = join(dir, "reopened.duckdb");
    const first = await openStore({ path });
    await ingestFiles(first, [SAMPLE]);
    first.close();
    const store = await openStore({ path });
    try {
      const more =
        HEADER +
        "count-1,press,Count,CHN,export,rare-earth-magnets,WLD,2026-05,qty,5100,t\n" +
        "count-1,press,Count,CHN,export,rare-earth-magnets,WLD,2026-06,qty,5200,t\n" +
        "count-1,press,Count,CHN,export,rare-earth-magnets,WLD,2026-07,qty,5300,t\n";
      expect(await ingestText(store, "three.csv", more)).toMatchObject({
        inserted: 3,
        unchanged: 0,
        rejected: [],
      });
      const [row] = await store.query<{ inserted: number }>(
        "SELECT inserted FROM ingests WHERE file = 'three.csv'",
      );
      expect(row?.inserted).toBe(3);
      expect(await ingestText(store, "three-again.csv", `${more}\n`)).toMatchObject({
        inserted: 0,
        unchanged: 3,
      });
    } finally {
      store.close();
    }
  });
});

describe("the resolved cache after a write", () => {
  it("stays current after a write of events only, so the next ingest patches it instead of rebuilding", async () => {
    const store = await referenceStore();
    try {
      await refreshResolvedCache(store);
      const events =
        "id,announced,effective,authority,kind,summary\n" +
        "E2026-01-TEST,2026-01-05,2026-02-01,MOFCOM,export_control,A test rule on licences.\n";
      expect(await ingestText(store, "events.csv", events)).toMatchObject({ inserted: 1, rejected: [] });
      expect(await cacheIsCurrent(store)).toBe(true);
    } finally {
      store.close();
    }
  });

  it("is built from the store as it was before a write that finds it missing, then patched for the write's keys", async () => {
    // the new keys are patched in, not clustered with the rest (which ran a first ingest of
    // millions of rows into a new store out of memory)
    const store = await referenceStore();
    try {
      const path = join(dir, "first-official.json");
      writeFileSync(
        path,
        comtradeEnvelope([
          comtradeRecord("202511", 842, 700_500, 29_876_543),
          comtradeRecord("202604", 0, 9_000_000, 350_000_000),
        ]),
      );
      await store.execute("DROP TABLE resolved_cache");
      expect(await ingestFiles(store, [path], { published: "2026-01-05" })).toMatchObject({ inserted: 4 });
      expect(await cacheIsCurrent(store)).toBe(true);
      const dump = () => store.query(`SELECT * FROM (${cachedValuesSql()}) ORDER BY ALL`);
      const patched = await dump();
      await refreshResolvedCache(store, true);
      expect(await dump()).toEqual(patched);
    } finally {
      store.close();
    }
  });

  it("holds every resolved value after a first large ingest into a new database file", async () => {
    // a cache created in the write's own transaction lost the rows inserted into it past a few row
    // groups: the write found it missing, and analytics then read an empty cache marked current
    const path = join(dir, "first-large.duckdb");
    const file = join(dir, "COMTRADE-first-large[2025-12-28].gz");
    const store = await openStore({ path });
    try {
      await writeComtradeBulkSql(store, file, 150_000);
      const { inserted } = await ingestFiles(store, [file]);
      expect(inserted).toBe(300_000);
      const count = () => store.query<{ n: string }>("SELECT count(*) AS n FROM resolved_cache");
      expect(await cacheIsCurrent(store)).toBe(true);
      expect(await count()).toEqual([{ n: "300000" }]);
      expect(await queryOnce(store.conn, "SELECT count(*) AS n FROM resolved_cache")).toEqual([
        { n: "300000" },
      ]);
    } finally {
      store.close();
    }
  });

  it("equals a full rebuild, for new keys, single and agreeing or disagreeing figures", async () => {
    const store = await referenceStore();
    try {
      await refreshResolvedCache(store);
      await ingestText(
        store,
        "more.csv",
        HEADER +
          "more-1,press,More,CHN,export,rare-earth-magnets,WLD,2026-05,qty,5100,t\n" +
          "more-1,press,More,CHN,export,rare-earth-magnets,USA,2025-11,qty,700,t\n" +
          "more-1,press,More,CHN,export,rare-earth-magnets,WLD,2025-11,qty,6150,t\n" +
          "more-1,press,More,CHN,export,gallium,WLD,2026-05,qty,12,t\n",
      );
      const dump = () => store.query(`SELECT * FROM (${cachedValuesSql()}) ORDER BY ALL`);
      const patched = await dump();
      expect(await refreshResolvedCache(store)).toBe(false);
      await refreshResolvedCache(store, true);
      expect(await dump()).toEqual(patched);
    } finally {
      store.close();
    }
  });

  it("equals a full rebuild when one write states a new key twice, beside keys it states once", async () => {
    // a key given twice in one write must be clustered, though no stored row has it yet
    const store = await referenceStore();
    try {
      await refreshResolvedCache(store);
      await ingestText(
        store,
        "twice.csv",
        HEADER +
          "twice-a,press,Alpha Wire,CHN,export,gallium,KOR,2027-02,qty,41,t\n" +
          "twice-b,press,Beta Daily,CHN,export,gallium,KOR,2027-02,qty,58,t\n" +
          "twice-a,press,Alpha Wire,CHN,export,gallium,KOR,2027-03,qty,44,t\n",
      );
      const dump = () => store.query(`SELECT * FROM (${cachedValuesSql()}) ORDER BY ALL`);
      const patched = await dump();
      const [twice] = await store.query<{ n_clusters: string }>(
        `SELECT n_clusters FROM (${cachedValuesSql()}) WHERE series = 'gallium' AND partner = 'KOR' AND period = '2027-02'`,
      );
      expect(twice?.n_clusters).toBe("2");
      await refreshResolvedCache(store, true);
      expect(await dump()).toEqual(patched);
    } finally {
      store.close();
    }
  });
});
