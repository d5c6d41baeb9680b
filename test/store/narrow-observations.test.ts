// Observations are stored narrower since migration 5 (`observation_rows`; the view `observations`
// derives an official figure's id and a period's kind, start and end). A database made by the
// schema before keeps every figure, reads the same afterwards, and a re-ingest stores nothing.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiles, ingestText } from "../../src/ingest/ingest-files.js";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { openStore, schemaVersion, type Store } from "../../src/store/open-store.js";
import { resolveLive } from "../../src/store/resolve.js";
import { resolve } from "../../src/store/resolved-values.js";
import { sampleRecords, writeComtradeBulk } from "../helpers/comtrade-files.js";
import { databaseAtVersion } from "../helpers/stores.js";

const SAMPLE = new URL("../fixtures/figures-sample.csv", import.meta.url).pathname;
const CUSTOMS = (lang: string) =>
  new URL(`../fixtures/official/gacc-${lang}-magnets-export-202511.csv`, import.meta.url).pathname;
const release = { published: "2025-12-20" };
const dir = mkdtempSync(join(tmpdir(), "lodestone-narrow-"));

/** The sample's first figure restated for a span of months and for a year, as a curated file. */
function spans(): string {
  const [header, first] = readFileSync(SAMPLE, "utf8").split("\n");
  const cells = first!.split(",");
  const period = header!.split(",").indexOf("period");
  const id = header!.split(",").indexOf("source_id");
  const row = (p: string, source: string) =>
    cells.map((c, i) => (i === period ? p : i === id ? source : c)).join(",");
  return [header, row("2025-01..2025-02", "wire-a-000901"), row("2024", "wire-a-000902")].join("\n") + "\n";
}

/** Every figure, detail and resolved value as readers see them. */
async function answers(store: Store) {
  return {
    observations: await store.query("SELECT * FROM observations ORDER BY id"),
    details: await store.query("SELECT * FROM observation_details ORDER BY id"),
    resolved: await resolve(store, {}),
    live: await resolveLive(store, {}),
    asOf: await resolveLive(store, { asOf: "2025-12-21" }),
  };
}

/** A database file at schema 4 (observations stored whole) holding what `store` holds. */
async function oldCopy(store: Store, path: string): Promise<void> {
  await databaseAtVersion(path, 4);
  await store.execute(`ATTACH '${path}' AS old`);
  for (const table of ["sources", "observations", "observation_details", "ingests", "events"])
    await store.execute(`INSERT INTO old.${table} BY NAME SELECT * FROM ${table}`);
  await store.execute("DETACH old");
}

describe("observations stored narrower (migration 5)", () => {
  it("a database of the schema before keeps its figures and answers, and a re-ingest stores nothing", async () => {
    const bulk = join(dir, "bulk[2025-12-28].gz");
    writeComtradeBulk(bulk, sampleRecords());
    const fresh = await openStore({ path: ":memory:" });
    const path = join(dir, "v4.duckdb");
    let before: Awaited<ReturnType<typeof answers>>;
    try {
      await ingestFiles(fresh, [SAMPLE, bulk]);
      await ingestFiles(fresh, [CUSTOMS("en")], release);
      expect((await ingestText(fresh, "spans.csv", spans())).inserted).toBe(2);
      before = await answers(fresh);
      await oldCopy(fresh, path);
    } finally {
      fresh.close();
    }
    const kinds = new Set(before.observations.map((o) => o.period_kind));
    expect(kinds).toEqual(new Set(["month", "year", "range"]));
    expect(before.details.length).toBeGreaterThan(0);

    const store = await openStore({ path });
    try {
      expect(await schemaVersion(store)).toBe(MIGRATIONS.at(-1)!.version);
      expect(await answers(store)).toEqual(before);
      // official figures' ids are derived, not stored; curated figures keep their fingerprints
      const [ids] = await store.query<{ derived: string; kept: string; official: string }>(
        `SELECT count(*) FILTER (WHERE o.id IS NULL) AS derived, count(o.id) AS kept,
           count(*) FILTER (WHERE s.kind = 'official') AS official
         FROM observation_rows o JOIN sources s ON s.id = o.source_id`,
      );
      expect(Number(ids!.derived)).toBe(Number(ids!.official));
      expect(Number(ids!.kept)).toBe(before.observations.length - Number(ids!.official));
      const again = await ingestFiles(store, [SAMPLE, bulk]);
      const customs = await ingestFiles(store, [CUSTOMS("zh")], release);
      expect(again.inserted + customs.inserted).toBe(0);
      expect(await answers(store)).toEqual(before);
    } finally {
      store.close();
    }
  });

  it("readers see the columns of observations as before, in their order", async () => {
    const store = await openStore({ path: ":memory:" });
    try {
      const columns = await store.query<{ column_name: string }>(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = 'observations' ORDER BY column_index",
      );
      const v4 = /CREATE TABLE observations_v4 \(([^;]*)\);/.exec(MIGRATIONS[3]!.sql)![1]!;
      const expected = [...v4.matchAll(/^\s*([a-z_]+) [A-Z]/gm)].map((m) => m[1]);
      expect(columns.map((c) => c.column_name)).toEqual(expected);
    } finally {
      store.close();
    }
  });
});
