// The shipped reference dataset: its integrity, the resolution rule on its real disagreements,
// and that loading it again changes nothing.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData, REFERENCE_FILES } from "../../src/ingest/reference-data.js";
import { ingestText } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { resolve } from "../../src/store/resolved-values.js";
import { resolveLive } from "../../src/store/resolve.js";
import { listConflicts } from "../../src/store/conflicts.js";
import { evidenceFor } from "../../src/store/evidence.js";
import { referenceStore, snapshotOf } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => (store = await referenceStore()));
afterAll(() => store.close());

const magnets = (period: string, partner = "WLD") =>
  resolve(store, { series: "rare-earth-magnets", partner, period, measure: "qty" }).then((p) => p[0]);

describe("curated dataset integrity", () => {
  it("gives every observation a source, and every source a kind and an origin", async () => {
    const [orphans] = await store.query<{ n: string }>(
      "SELECT count(*) AS n FROM observations o LEFT JOIN sources s ON s.id = o.source_id WHERE s.id IS NULL",
    );
    expect(orphans!.n).toBe("0");
    const [bad] = await store.query<{ n: string }>(
      "SELECT count(*) AS n FROM sources WHERE kind IS NULL OR origin IS NULL OR origin = '' OR publisher = ''",
    );
    expect(bad!.n).toBe("0");
    const [count] = await store.query<{ n: string }>("SELECT count(*) AS n FROM observations");
    expect(Number(count!.n)).toBeGreaterThan(800);
  });

  it("keeps rows without a page address, marked as missing", async () => {
    const rows = await store.query<{ url: string | null }>(
      "SELECT url FROM sources WHERE url_status = 'missing'",
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.url === null)).toBe(true);
  });

  it("counts reposts of one wire story as one origin", async () => {
    const [reuters] = await store.query<{ sources: string }>(
      "SELECT count(*) AS sources FROM sources WHERE origin = 'Reuters'",
    );
    expect(Number(reuters!.sources)).toBeGreaterThan(10);
    const p = await magnets("2025-11");
    expect(p!.sources).toBeGreaterThan(p!.origins.length);
  });

  it("records every curation change, and a series confusion is corrected with its reason", async () => {
    const rows = await store.query<{ series: string; value: string; correction: string }>(
      "SELECT series, value::VARCHAR AS value, correction FROM observations WHERE correction LIKE '%rare-earth-magnets -> rare-earths%'",
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.series === "rare-earths")).toBe(true);
  });

  it("traces every input line named in CURATION.md to a curated row", () => {
    // the curation note states the input's line range; the test reads only the repository
    const note = readFileSync(new URL("../../data/CURATION.md", import.meta.url), "utf8");
    const range = /every input line (\d+)-(\d+) is referenced/.exec(note);
    expect(range, "CURATION.md states the input line range").not.toBeNull();
    const [first, last] = [Number(range![1]), Number(range![2])];
    const curated = parse(readFileSync(REFERENCE_FILES.figures, "utf8"), { columns: true }) as {
      ref_rows: string;
    }[];
    const covered = new Set(curated.flatMap((r) => r.ref_rows.split(";").map(Number)));
    const missing = Array.from({ length: last - first + 1 }, (_, i) => i + first).filter(
      (n) => !covered.has(n),
    );
    expect(missing).toEqual([]);
    expect(Math.max(...covered)).toBe(last);
  });
});

describe("resolution on the real disagreements", () => {
  it("gives the figures the press reported for November 2025", async () => {
    expect(await magnets("2025-11")).toMatchObject({ value: "6150", conflict: false });
    expect(await magnets("2025-11", "USA")).toMatchObject({ value: "582", conflict: false });
    expect(await magnets("2025-11", "JPN")).toMatchObject({ value: "305" });
    expect(await magnets("2025-01")).toMatchObject({ value: "6357", conflict: false });
  });

  it("treats rounding-level differences as agreement, not conflict", async () => {
    // 6356 vs 6357, 6146 vs 6145.623, 6150 vs 6149.95, 2626 vs 2627, 5773 vs 5774
    for (const period of ["2025-01", "2025-08", "2025-11", "2025-04", "2025-09"]) {
      const p = await magnets(period);
      expect(p, period).toMatchObject({ conflict: false });
      const evidence = await evidenceFor(store, { series: "rare-earth-magnets", period });
      expect(new Set(evidence.map((e) => e.value)).size, period).toBeGreaterThan(1);
      expect(
        evidence.every((e) => e.agrees),
        period,
      ).toBe(true);
    }
    expect((await magnets("2025-08"))!.value).toBe("6146");
  });

  it("flags genuine disagreements as conflicts, with every side and its sources", async () => {
    const conflicts = await listConflicts(store, { series: "rare-earth-magnets" });
    const japan = conflicts.find((c) => c.partner === "JPN" && c.period === "2025-12");
    expect(japan?.sides.map((s) => s.value)).toEqual(["280", "411.3"]);
    expect(japan!.sides[1]!.sources.length).toBeGreaterThan(0);
    const fullYear = conflicts.find((c) => c.partner === "WLD" && c.period === "2025");
    expect(fullYear?.sides.map((s) => s.value).sort()).toEqual(["57392", "57794"]);
    expect((await magnets("2025-12", "JPN"))!.conflict).toBe(true);
  });

  it("keeps exact decimals end to end", async () => {
    const evidence = await evidenceFor(store, { series: "rare-earth-magnets", period: "2025-11" });
    expect(evidence.map((e) => e.value)).toContain("6149.95");
    expect(evidence.map((e) => e.value)).not.toContain("6149.950000");
  });
});

describe("the cache of resolved values", () => {
  it("returns exactly what live resolution returns, for every key and every filter shape", async () => {
    expect(await resolve(store, {})).toEqual(await resolveLive(store, {}));
    for (const filter of [
      { series: "rare-earth-magnets", partner: "USA", periodKind: "month" as const },
      { series: ["rare-earths", "gallium"], from: "2025-03", to: "2025-09" },
      { series: "rare-earth-magnets", period: "2025-01..2025-11" },
      { series: "rare-earth-magnets", period: "2025", measure: "qty" as const },
    ]) {
      expect(await resolve(store, filter), JSON.stringify(filter)).toEqual(await resolveLive(store, filter));
    }
  });
});

describe("loading the reference data again", () => {
  it("changes nothing, whether the bytes are the same or the rows come again", async () => {
    const before = await snapshotOf(store);
    expect(await loadReferenceData(store)).toMatchObject({ inserted: 0, rejected: [] });
    const copy = readFileSync(REFERENCE_FILES.figures, "utf8") + "\n";
    const again = await ingestText(store, "copy-of-figures.csv", copy);
    expect(again.inserted).toBe(0);
    expect(again.rejected).toEqual([]);
    const after = JSON.parse(await snapshotOf(store)) as unknown[][];
    const prior = JSON.parse(before) as unknown[][];
    expect(after.slice(0, 3)).toEqual(prior.slice(0, 3));
  });
});

describe("refreshing the cache", () => {
  it("checks once for queries that start together, and is current after an ingest", async () => {
    const { refreshResolvedCache } = await import("../../src/store/resolved-cache.js");
    const s = await referenceStore();
    try {
      await refreshResolvedCache(s);
      const together = await Promise.all([
        refreshResolvedCache(s),
        refreshResolvedCache(s),
        refreshResolvedCache(s),
      ]);
      expect(together).toEqual([false, false, false]);
      await ingestText(
        s,
        "extra.csv",
        "source_id,source_kind,publisher,reporter,flow,series,partner,period,measure,value,unit\n" +
          "extra-1,press,Extra,CHN,export,rare-earth-magnets,WLD,2026-04,qty,5000,t\n",
      );
      // the ingest patched the cache for the keys it touched: nothing left to rebuild
      expect(await Promise.all([refreshResolvedCache(s), refreshResolvedCache(s)])).toEqual([false, false]);
      expect((await resolve(s, { series: "rare-earth-magnets", period: "2026-04" }))[0]?.value).toBe("5000");
    } finally {
      s.close();
    }
  });
});
