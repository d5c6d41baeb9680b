// The programmatic API: one import gives the whole pipeline, from the shipped data to a verdict.
import { describe, expect, it } from "vitest";
import { computeStats, evidenceFor, openLodestone, verifyClaims } from "../src/index.js";

describe("programmatic API", () => {
  it("opens the shipped data, computes a month and checks a claim", async () => {
    const store = await openLodestone({ path: ":memory:" });
    try {
      const stats = await computeStats(store, {
        series: "rare-earth-magnets",
        period: "2025-11",
        partner: "USA",
      });
      expect(stats).toMatchObject({ level: 582, rank: expect.any(Number) });
      expect(
        (await evidenceFor(store, { series: "rare-earth-magnets", period: "2025-11", partner: "USA" }))
          .length,
      ).toBeGreaterThan(1);
      const result = await verifyClaims(store, "US-bound magnet shipments fell 11% in November.", {
        published: "2025-12-20",
      });
      expect(result.summary).toEqual({ supported: 1, contradicted: 0, unverifiable: 0 });
    } finally {
      store.close();
    }
  });
});
