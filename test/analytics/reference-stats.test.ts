// Cross-check: the SQL month figures against the plain TypeScript reference, on every month of the
// shipped series and on generated series with random gaps, duplicates and stated cumulatives.
import { afterAll, describe, expect, it } from "vitest";
import { addMonths, monthsBetween } from "../../src/domain/period.js";
import { openLodestone } from "../../src/ingest/reference-data.js";
import { openStore, type Store } from "../../src/store/open-store.js";
import { resolve } from "../../src/store/resolved-values.js";
import { generateSyntheticData, syntheticSeriesIds } from "../helpers/synthetic-data.js";
import { referenceStats, type ReferenceInput } from "./reference-stats.js";
import { computeStats } from "../../src/analytics/stats.js";

const stores: Store[] = [];
afterAll(() => stores.forEach((s) => s.close()));

/** The reference's input, from the live resolution (so the cache is checked too). */
async function referenceInput(store: Store, series: string, partner: string): Promise<ReferenceInput> {
  const points = await resolve(store, { series, reporter: "CHN", flow: "export", partner, measure: "qty" });
  const months = points
    .filter((p) => /^\d{4}-\d{2}$/.test(p.period))
    .map((p) => ({ period: p.period, value: Number(p.value) }));
  const cumulatives = Object.fromEntries(
    points.filter((p) => !/^\d{4}-\d{2}$/.test(p.period)).map((p) => [p.period, Number(p.value)]),
  );
  return { months, cumulatives };
}

async function crossCheck(store: Store, series: string, partner: string, periods: string[]): Promise<number> {
  const input = await referenceInput(store, series, partner);
  for (const period of periods) {
    const sql = await computeStats(store, { series, partner, period });
    const ref = referenceStats(input, period);
    const context = `${series} ${partner} ${period}`;
    for (const key of Object.keys(ref) as (keyof typeof ref)[]) {
      const want = ref[key];
      const got = sql[key];
      if (typeof want === "number" && typeof got === "number") {
        expect(got, `${context} ${key}`).toBeCloseTo(want, 6);
      } else {
        expect(got, `${context} ${key}`).toEqual(want);
      }
    }
  }
  return periods.length;
}

describe("SQL figures agree with the reference implementation", () => {
  it("on every month of the shipped magnet series, total and main destinations", async () => {
    const store = await openLodestone({ path: ":memory:" });
    stores.push(store);
    const months = monthsBetween("2024-01", "2026-03");
    let checked = 0;
    for (const partner of ["WLD", "USA", "JPN", "DEU"])
      checked += await crossCheck(store, "rare-earth-magnets", partner, months);
    checked += await crossCheck(store, "rare-earths", "WLD", months);
    expect(checked).toBe(5 * months.length);
  }, 180_000);

  for (const seed of [7, 21, 1234]) {
    it(`on generated series with random gaps (seed ${seed})`, async () => {
      const store = await openStore({ path: ":memory:" });
      stores.push(store);
      const inserted = await generateSyntheticData(store, {
        years: 3,
        partners: 3,
        series: 1,
        flows: 1,
        firstYear: 2023,
        gapPct: 15,
        duplicatePct: 20,
        cumulativePct: 40,
        seed,
      });
      expect(inserted).toBeGreaterThan(100);
      const months = monthsBetween("2023-01", addMonths("2025-12", 1));
      for (const series of syntheticSeriesIds(1)) {
        for (const partner of ["WLD", "PAB"]) await crossCheck(store, series, partner, months);
      }
    }, 180_000);
  }
});
