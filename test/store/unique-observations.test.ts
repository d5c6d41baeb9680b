// Observations and their details have no primary key (an index made large ingests ten times
// slower): each write keeps them unique itself. No way of writing a figure twice may store it
// twice: again, in another file, two ingests at once, after reopening, and on a database made by
// the migrations that still had the key.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { openStore, type Store } from "../../src/store/open-store.js";
import { stageObservations, writeStaged, type ObservationInput } from "../../src/store/write.js";
import { comtradeEnvelope, sampleRecords, writeComtradeBulk } from "../helpers/comtrade-files.js";
import { databaseAtVersion } from "../helpers/stores.js";

const SAMPLE = new URL("../fixtures/figures-sample.csv", import.meta.url).pathname;
const CUSTOMS = (lang: string) =>
  new URL(`../fixtures/official/gacc-${lang}-magnets-export-202511.csv`, import.meta.url).pathname;
const release = { published: "2025-12-20" };
const dir = mkdtempSync(join(tmpdir(), "lodestone-unique-"));

/** The same records as a bulk file and as an API answer, and the sample with other bytes. */
function inputs(): { bulk: string; json: string; sample: string } {
  const bulk = join(dir, "bulk[2025-12-28].gz");
  const json = join(dir, "answer[2025-12-28].json");
  const sample = join(dir, "sample-again.csv");
  writeComtradeBulk(bulk, sampleRecords());
  writeFileSync(json, comtradeEnvelope(sampleRecords()));
  writeFileSync(sample, `${readFileSync(SAMPLE, "utf8").trimEnd()}\n\n`);
  return { bulk, json, sample };
}

async function duplicates(store: Store): Promise<{ observations: string; details: string }> {
  const [row] = await store.query<{ observations: string; details: string }>(
    `SELECT (SELECT count(*) - count(DISTINCT id) FROM observations) AS observations,
            (SELECT count(*) - count(DISTINCT id) FROM observation_details) AS details`,
  );
  return row!;
}

async function observationCount(store: Store): Promise<number> {
  const [row] = await store.query<{ n: string }>("SELECT count(*) AS n FROM observations");
  return Number(row!.n);
}

describe("observations stay unique without a primary key", () => {
  it("when the same figures come again, in other files, and in two ingests at once", async () => {
    const { bulk, json, sample } = inputs();
    const store = await openStore({ path: ":memory:" });
    try {
      const first = await ingestFiles(store, [SAMPLE, bulk]);
      const customs = await ingestFiles(store, [CUSTOMS("en")], release);
      const stored = await observationCount(store);
      expect(first.inserted + customs.inserted).toBe(stored);
      const [details] = await store.query<{ n: string }>("SELECT count(*) AS n FROM observation_details");
      expect(Number(details!.n)).toBeGreaterThan(0);
      const again = await Promise.all([
        ingestFiles(store, [json]),
        ingestFiles(store, [sample]),
        ingestFiles(store, [CUSTOMS("zh")], release),
        ingestFiles(store, [json]),
      ]);
      expect(again.map((r) => r.inserted)).toEqual([0, 0, 0, 0]);
      expect(await observationCount(store)).toBe(stored);
      expect(await duplicates(store)).toEqual({ observations: "0", details: "0" });
    } finally {
      store.close();
    }
  });

  it("when two ingests of new figures that share rows run at once", async () => {
    const { bulk, json } = inputs();
    const store = await openStore({ path: ":memory:" });
    try {
      const both = await Promise.all([ingestFiles(store, [bulk]), ingestFiles(store, [json])]);
      const stored = await observationCount(store);
      expect(stored).toBeGreaterThan(0);
      expect(both.map((r) => r.inserted).sort()).toEqual([0, stored]);
      expect(await duplicates(store)).toEqual({ observations: "0", details: "0" });
    } finally {
      store.close();
    }
  });

  it("when a database is reopened and given the same figures", async () => {
    const { bulk, json } = inputs();
    const path = join(dir, "reopened.duckdb");
    const first = await openStore({ path });
    await ingestFiles(first, [bulk]);
    const stored = await observationCount(first);
    first.close();
    const store = await openStore({ path });
    try {
      expect((await ingestFiles(store, [json])).inserted).toBe(0);
      expect(await observationCount(store)).toBe(stored);
      expect(await duplicates(store)).toEqual({ observations: "0", details: "0" });
    } finally {
      store.close();
    }
  });

  it("on a database made with the primary key: migrated with its rows, and kept unique after", async () => {
    const { bulk, json, sample } = inputs();
    const path = join(dir, "keyed.duckdb");
    await oldDatabase(path);
    const store = await openStore({ path });
    try {
      const [kept] = await store.query<{ id: string; value: string; ingest_id: string }>(
        "SELECT id, CAST(value AS VARCHAR) AS value, ingest_id FROM observations",
      );
      expect(kept).toEqual({ id: "old-1", value: "6150.000000", ingest_id: "old" });
      const keys = await store.query(
        `SELECT table_name, constraint_type FROM duckdb_constraints()
         WHERE table_name IN ('observation_rows', 'observation_details') AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY', 'UNIQUE')`,
      );
      expect(keys).toEqual([]);
      expect(
        await store.query("SELECT index_name FROM duckdb_indexes() WHERE table_name = 'observation_rows'"),
      ).toEqual([]);
      const first = await ingestFiles(store, [SAMPLE, bulk]);
      expect(first.inserted).toBeGreaterThan(0);
      const again = await ingestFiles(store, [sample, json]);
      expect(again.inserted).toBe(0);
      expect(await observationCount(store)).toBe(first.inserted + 1);
      expect(await duplicates(store)).toEqual({ observations: "0", details: "0" });
    } finally {
      store.close();
    }
  });
});

describe("without a foreign key", () => {
  it("refuses observations whose source is not stored, and stores nothing", async () => {
    const store = await openStore({ path: ":memory:" });
    try {
      const row: ObservationInput = {
        id: "orphan-1",
        source_id: "nobody",
        reporter: "CHN",
        flow: "export",
        series: "rare-earth-magnets",
        hs_code: null,
        partner: "WLD",
        period: "2025-11",
        period_kind: "month",
        period_start: "2025-11",
        period_end: "2025-11",
        measure: "qty",
        value: "6150",
        precision_unit: "1",
        unit: "t",
        original_value: null,
        original_unit: null,
        vintage: null,
        status: "final",
        stated_mom_pct: null,
        stated_yoy_pct: null,
        stated_change_pct: null,
        stated_change_basis: null,
        stated_rank: null,
        stated_rank_direction: null,
        stated_rank_scope: null,
        stated_streak: null,
        note: null,
        correction: null,
        ref_rows: null,
      };
      const stage = await stageObservations(store, [row]);
      const write = { sources: [], events: [], stage, details: null };
      const files = [{ file: "orphan.csv", sha256: "0".repeat(64), format: "figures", rows: 1 }];
      await expect(writeStaged(store, { ...write, files })).rejects.toThrow(
        /sources that are not stored: nobody/,
      );
      expect(await observationCount(store)).toBe(0);
    } finally {
      store.close();
    }
  });
});

/** A database file written by the migrations before the key was dropped, holding one figure. */
function oldDatabase(path: string): Promise<void> {
  return databaseAtVersion(
    path,
    3,
    `INSERT INTO sources (id, kind, publisher, origin, url_status) VALUES ('old-wire', 'wire', 'Old Wire', 'Old Wire', 'missing');
    INSERT INTO observations (id, source_id, reporter, flow, series, partner, period, period_kind, period_start, period_end,
      measure, value, unit, status, ingest_id)
    VALUES ('old-1', 'old-wire', 'CHN', 'export', 'rare-earth-magnets', 'WLD', '2025-11', 'month', '2025-11', '2025-11',
      'qty', 6150, 't', 'final', 'old');
    INSERT INTO observation_details (id, observation_id, regime_code, value, unit) VALUES ('old-1|10', 'old-1', '10', 6150, 't')`,
  );
}
