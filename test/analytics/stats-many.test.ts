// `computeStatsMany` answers many series in three queries; it must give, field for field, what
// `computeStats` gives for each series alone, on the shipped data and on generated data.
import { afterAll, describe, expect, it } from "vitest";
import { monthsBetween } from "../../src/domain/period.js";
import { openLodestone } from "../../src/ingest/reference-data.js";
import { openStore, type Store } from "../../src/store/open-store.js";
import { generateSyntheticData, syntheticSeriesIds } from "../helpers/synthetic-data.js";
import { computeStats, computeStatsMany, type StatsManyRequest } from "../../src/analytics/stats.js";

const stores: Store[] = [];
afterAll(() => stores.forEach((s) => s.close()));

async function expectSameAsOneByOne(store: Store, req: StatsManyRequest): Promise<void> {
  const many = await computeStatsMany(store, req);
  expect(many.map((s) => s.series)).toEqual(req.series);
  for (const [i, series] of req.series.entries()) {
    expect(many[i], `${series} ${JSON.stringify(req)}`).toEqual(
      await computeStats(store, { ...req, series }),
    );
  }
}

describe("computeStatsMany equals computeStats per series", () => {
  it("on the shipped data, for totals and a destination, with and without derived months", async () => {
    const store = await openLodestone({ path: ":memory:" });
    stores.push(store);
    const rows = await store.query<{ series: string }>(
      "SELECT DISTINCT series FROM observations ORDER BY series",
    );
    const series = rows.map((r) => r.series);
    expect(series).toContain("rare-earth-magnets");
    for (const period of ["2025-02", "2025-11"]) {
      for (const partner of ["WLD", "USA"]) {
        for (const allowDerived of [false, true])
          await expectSameAsOneByOne(store, { series, period, partner, allowDerived });
      }
    }
    await expectSameAsOneByOne(store, { series, period: "2025-11", asOf: "2025-12-01", eventMonths: 6 });
  }, 180_000);

  it("on generated data with gaps, duplicates and stated cumulatives, both flows", async () => {
    const store = await openStore({ path: ":memory:" });
    stores.push(store);
    await generateSyntheticData(store, {
      years: 3,
      partners: 4,
      series: 4,
      flows: 2,
      firstYear: 2023,
      gapPct: 15,
      duplicatePct: 20,
      cumulativePct: 40,
      seed: 11,
    });
    const series = syntheticSeriesIds(4);
    for (const period of monthsBetween("2023-01", "2026-01").filter((_, i) => i % 9 === 2)) {
      for (const flow of ["export", "import"] as const) {
        await expectSameAsOneByOne(store, { series, period, flow, allowDerived: period >= "2024" });
        await expectSameAsOneByOne(store, { series: series.slice(1), period, flow, partner: "PAB" });
      }
    }
  }, 180_000);

  it("keeps the order asked and still rejects an unknown series", async () => {
    const store = await openLodestone({ path: ":memory:" });
    stores.push(store);
    const many = await computeStatsMany(store, {
      series: ["rare-earths", "rare-earth-magnets"],
      period: "2025-11",
    });
    expect(many.map((s) => s.series)).toEqual(["rare-earths", "rare-earth-magnets"]);
    expect(many[1]?.level).toBe(6150);
    await expect(
      computeStatsMany(store, { series: ["rare-earth-magnets", "unobtainium"], period: "2025-11" }),
    ).rejects.toThrow(/unknown series: unobtainium/);
  });
});
