// `lodestone stats` and `lodestone events --around` as a user meets them: JSON is the Stats object,
// the table fits 100 columns, bad input exits 1 with a message naming the value.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

describe("lodestone stats", () => {
  it("gives the November magnet figures as JSON", async () => {
    const { code, stdout } = await runCli(["stats", "rare-earth-magnets", "2025-11", "--format", "json"]);
    expect(code).toBe(0);
    const s = JSON.parse(stdout);
    expect(s).toMatchObject({
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-11",
      level: 6150,
      rank: 2,
    });
    expect(s.mom_pct).toBeCloseTo(12.37, 2);
    expect(s.record_window).toMatchObject({ to: "2025-11" });
    const usa = s.divergence.find((d: { partner: string }) => d.partner === "USA");
    expect(usa).toMatchObject({ total_direction: "up", partner_direction: "down" });
    expect(usa.counterparts).toContain("JPN");
    for (const key of [
      "level",
      "mom_pct",
      "yoy_pct",
      "ytd",
      "ytd_yoy_pct",
      "rank",
      "rank_low",
      "record_months",
      "record_window",
      "record_gaps",
      "highest_since",
      "lowest_since",
      "streak",
      "shares",
      "movers",
      "hhi",
      "divergence",
      "events",
      "reasons",
      "inputs",
    ]) {
      expect(s).toHaveProperty(key);
    }
  });

  it("gives the US figure with --partner", async () => {
    const { stdout } = await runCli([
      "stats",
      "rare-earth-magnets",
      "2025-11",
      "--partner",
      "usa",
      "--format",
      "json",
    ]);
    const s = JSON.parse(stdout);
    expect(s.level).toBe(582);
    expect(s.mom_pct).toBeCloseTo(-11.3, 1);
  });

  it("prints a table within 100 columns with the reason for a missing change", async () => {
    const { code, stdout } = await runCli(["stats", "rare-earth-magnets", "2025-03", "--format", "table"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^change on month\s+missing 2025-02$/m);
    expect(Math.max(...stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it("uses derived months only with --derived", async () => {
    const plain = JSON.parse(
      (await runCli(["stats", "rare-earth-magnets", "2025-02", "--format", "json"])).stdout,
    );
    expect(plain.level).toBeNull();
    const derived = JSON.parse(
      (await runCli(["stats", "rare-earth-magnets", "2025-02", "--derived", "--format", "json"])).stdout,
    );
    expect(derived).toMatchObject({ level: 3587, derived: true });
  });

  it("exits 1 naming a bad month or a bad --event-months", async () => {
    const bad = await runCli(["stats", "rare-earth-magnets", "Nov-2025"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/invalid month: Nov-2025/);
    const months = await runCli(["stats", "rare-earth-magnets", "2025-11", "--event-months", "0"]);
    expect(months.code).toBe(1);
    expect(months.stderr).toMatch(/invalid --event-months: 0/);
  });
});

describe("lodestone events --around", () => {
  it("gives the pre-event baseline of the April 2025 controls", async () => {
    const { code, stdout } = await runCli([
      "events",
      "--around",
      "rare-earth-magnets",
      "--month",
      "2025-11",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const april = out.events.find((e: { event_id: string }) => e.event_id === "E2025-04-RE7");
    expect(april.before_periods).toEqual(["2025-01", "2025-03"]);
    expect(april.latest_vs_before_pct).toBeCloseTo((6150 / 5840.5) * 100, 6);
  });
});
