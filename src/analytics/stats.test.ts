// The month figures on the shipped data, against the published magnet figures (China customs via
// the press): levels, changes, rank with the record's holes, destinations and event windows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLodestone } from "../ingest/reference-data.js";
import type { Store } from "../store/open-store.js";
import { getSeries } from "./series.js";
import { computeStats } from "./stats.js";

let store: Store;
beforeAll(async () => {
  store = await openLodestone({ path: ":memory:" });
});
afterAll(() => store.close());

describe("computeStats on the shipped magnet figures", () => {
  it("gives November 2025: 6,150 t, up 12.37% on 5,473 t, second-highest in a record with holes", async () => {
    const s = await computeStats(store, { series: "rare-earth-magnets", period: "2025-11" });
    expect(s.level).toBe(6150);
    expect(s.mom_abs).toBe(677);
    expect(s.mom_pct).toBeCloseTo(((6150 - 5473) / 5473) * 100, 10);
    expect(s.inputs.mom_pct).toEqual([
      { period: "2025-10", value: 5473, derived: false },
      { period: "2025-11", value: 6150, derived: false },
    ]);
    expect(s.rank).toBe(2);
    expect(s.inputs.rank?.[0]).toEqual({ period: "2025-01", value: 6357, derived: false });
    expect(s.record_window?.to).toBe("2025-11");
    expect(s.record_gaps).toContain("2025-02");
    expect(s.reasons.rank).toMatch(/missing months: .*2025-02/);
    expect(s.highest_since).toBe("2025-01");
    expect(s.ytd).toBe(51440);
    expect(s.ytd_basis).toBe("stated");
    expect(s.inputs.ytd).toEqual([{ period: "2025-01..2025-11", value: 51440, derived: false }]);
    expect(s.yoy_pct).toBeNull();
    expect(s.reasons.yoy_pct).toBe("missing 2024-11");
  });

  it("shows the US falling and Japan rising while the total rose", async () => {
    const s = await computeStats(store, { series: "rare-earth-magnets", period: "2025-11" });
    const usa = s.divergence?.find((d) => d.partner === "USA");
    expect(usa).toMatchObject({
      total_direction: "up",
      partner_direction: "down",
      value: 582,
      prev_value: 656,
    });
    expect(usa?.counterparts).toContain("JPN");
    expect(s.divergence?.some((d) => d.partner === "JPN")).toBe(false);
    const jpn = s.shares?.find((x) => x.partner === "JPN");
    expect(jpn).toMatchObject({ value: 305, prev_value: 226 });
    expect(jpn!.share_pct).toBeCloseTo((305 / 6150) * 100, 10);
    expect(s.hhi?.value).toBeGreaterThan(0);
    expect(s.reasons.hhi).toMatch(/partial coverage/);
    expect(s.movers?.absolute.map((m) => m.partner)).toEqual(["JPN", "USA"]);
  });

  it("gives the US alone: 582 t, down about 11.3% on 656 t", async () => {
    const s = await computeStats(store, { series: "rare-earth-magnets", period: "2025-11", partner: "USA" });
    expect(s.level).toBe(582);
    expect(s.mom_pct).toBeCloseTo(-11.28, 2);
    expect(s.shares).toBeUndefined();
  });

  it("gives a reason instead of a change next to the missing February", async () => {
    const s = await computeStats(store, { series: "rare-earth-magnets", period: "2025-03" });
    expect(s.level).toBe(5324);
    expect(s.mom_pct).toBeNull();
    expect(s.reasons.mom_pct).toBe("missing 2025-02");
    expect(s.streak).toBe(0);
    expect(s.reasons.streak).toBe("missing 2025-02");
    // without February, January-March is made from the January-May total less April and May
    expect(s.ytd).toBe(19132 - 2626 - 1238);
    expect(s.ytd_basis).toBe("made");
    expect(s.inputs.ytd?.map((m) => [m.period, m.sign ?? 1])).toEqual([
      ["2025-01..2025-05", 1],
      ["2025-04", -1],
      ["2025-05", -1],
    ]);
    const feb = await computeStats(store, { series: "rare-earth-magnets", period: "2025-02" });
    expect(feb.level).toBeNull();
    expect(feb.reasons.level).toBe("missing 2025-02");
    expect(feb.rank).toBeNull();
  });

  it("makes last year's first half from the January-July total less July, and says why when nothing can make it", async () => {
    const s = await computeStats(store, { series: "rare-earth-magnets", period: "2025-06" });
    expect(s.ytd_basis).toBe("stated");
    expect(s.ytd_prev_basis).toBe("made");
    expect(s.inputs.ytd_prev?.map((m) => m.period)).toEqual(["2024-01..2024-07", "2024-07"]);
    expect(s.ytd_yoy_pct).toBeCloseTo((s.ytd! / s.ytd_prev! - 1) * 100, 10);
    expect(s.ytd_yoy_pct).toBeCloseTo(-18.94, 2);
    const early = await computeStats(store, { series: "rare-earth-magnets", period: "2024-06" });
    expect(early.ytd_prev).toBeNull();
    expect(early.reasons.ytd_prev).toMatch(/^missing 2023-01.*nor totals held to make it from\)$/);
  });

  it("backs February out of the January-May total only when derived months are allowed", async () => {
    const feb = await computeStats(store, {
      series: "rare-earth-magnets",
      period: "2025-02",
      allowDerived: true,
    });
    expect(feb.level).toBe(19132 - 6357 - 5324 - 2626 - 1238);
    expect(feb.derived).toBe(true);
    expect(feb.reasons.level).toMatch(/2025-01\.\.2025-05/);
    expect(feb.inputs.derivation?.map((m) => m.period)).toEqual(["2025-01", "2025-03", "2025-04", "2025-05"]);
    const mar = await computeStats(store, {
      series: "rare-earth-magnets",
      period: "2025-03",
      allowDerived: true,
    });
    expect(mar.inputs.mom_pct?.[0]).toEqual({ period: "2025-02", value: 3587, derived: true });
  });

  it("compares November with the baseline before the April 2025 controls, naming the missing month", async () => {
    const s = await computeStats(store, { series: "rare-earth-magnets", period: "2025-11" });
    const april = s.events?.find((e) => e.event_id === "E2025-04-RE7");
    expect(april?.before_periods).toEqual(["2025-01", "2025-03"]);
    expect(april?.before_mean).toBe((6357 + 5324) / 2);
    expect(april?.latest_vs_before_pct).toBeCloseTo((6150 / ((6357 + 5324) / 2)) * 100, 10);
    expect(april?.reasons.join(" ")).toMatch(/missing 2025-02/);
    const withFeb = await computeStats(store, {
      series: "rare-earth-magnets",
      period: "2025-11",
      allowDerived: true,
    });
    expect(withFeb.events?.find((e) => e.event_id === "E2025-04-RE7")?.before_periods).toEqual([
      "2025-01",
      "2025-02",
      "2025-03",
    ]);
  });

  it("reads the data as known on an earlier date", async () => {
    const s = await computeStats(store, {
      series: "rare-earth-magnets",
      period: "2025-11",
      asOf: "2025-12-01",
    });
    expect(s.level).toBeNull();
    expect(s.as_of).toBe("2025-12-01");
    const oct = await computeStats(store, {
      series: "rare-earth-magnets",
      period: "2025-10",
      asOf: "2025-12-01",
    });
    expect(oct.level).toBe(5473);
  });

  it("rejects a bad month and an unknown series", async () => {
    await expect(computeStats(store, { series: "rare-earth-magnets", period: "2025-13" })).rejects.toThrow(
      /invalid month: 2025-13/,
    );
    await expect(computeStats(store, { series: "unobtainium", period: "2025-11" })).rejects.toThrow(
      /unknown series: unobtainium/,
    );
  });
});

describe("getSeries with derived months", () => {
  it("adds February 2025 backed out of the January-May total only when asked", async () => {
    const plain = await getSeries(store, { series: "rare-earth-magnets", from: "2025-01", to: "2025-03" });
    expect(plain.points.map((p) => p.period)).toEqual(["2025-01", "2025-03"]);
    const withDerived = await getSeries(store, {
      series: "rare-earth-magnets",
      from: "2025-01",
      to: "2025-03",
      derived: true,
    });
    expect(withDerived.points[1]).toEqual({
      period: "2025-02",
      value: 3587,
      derived: true,
      conflict: false,
      sources: 0,
    });
  });
});
