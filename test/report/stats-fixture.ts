// Hand-made stats for November 2025 (rare-earth magnets), written from the curated figures, for
// testing the brief's templates independently of the analytics module.
import type { Stats } from "../../src/analytics/types.js";

const m = (period: string, value: number) => ({ period, value, derived: false });

export function novemberStats(): Stats {
  return {
    series: "rare-earth-magnets",
    reporter: "CHN",
    flow: "export",
    partner: "WLD",
    measure: "qty",
    period: "2025-11",
    unit: "t",
    as_of: null,
    level: 6150,
    derived: false,
    mom_abs: 677,
    mom_pct: (677 / 5473) * 100,
    yoy_abs: null,
    yoy_pct: null,
    ytd: 51440,
    ytd_prev: null,
    ytd_yoy_pct: -2,
    rank: 2,
    rank_low: 15,
    record_months: 16,
    record_window: { from: "2024-02", to: "2025-11" },
    record_gaps: ["2024-03", "2024-04", "2024-05", "2024-06", "2024-11", "2024-12", "2025-02"],
    highest_since: "2025-01",
    lowest_since: "2025-08",
    streak: 1,
    shares: [
      {
        partner: "EU27",
        value: 2568.8,
        share_pct: 41.8,
        prev_value: 2060.3,
        prev_share_pct: 37.6,
        share_change_pp: 4.1,
      },
      {
        partner: "USA",
        value: 582,
        share_pct: 9.5,
        prev_value: 656,
        prev_share_pct: 12,
        share_change_pp: -2.5,
      },
      {
        partner: "JPN",
        value: 305,
        share_pct: 5,
        prev_value: 226,
        prev_share_pct: 4.1,
        share_change_pp: 0.8,
      },
    ],
    movers: {
      absolute: [
        { partner: "EU27", value: 2568.8, prev_value: 2060.3, change_abs: 508.5, change_pct: 24.68 },
        { partner: "JPN", value: 305, prev_value: 226, change_abs: 79, change_pct: 34.96 },
        { partner: "USA", value: 582, prev_value: 656, change_abs: -74, change_pct: -11.28 },
      ],
      relative: [],
    },
    hhi: { value: null, prev: null },
    divergence: [
      {
        partner: "USA",
        total_direction: "up",
        partner_direction: "down",
        change_pct: -11.28,
        value: 582,
        prev_value: 656,
      },
    ],
    events: [
      {
        event_id: "E2025-04-RE7",
        date: "2025-04-04",
        kind: "export_control",
        summary: "Seven medium and heavy rare earths need export licences",
        months: 3,
        before_mean: 5840.5,
        after_mean: 2350.67,
        before_periods: ["2025-01", "2025-03"],
        after_periods: ["2025-04", "2025-05", "2025-06"],
        latest_vs_before_pct: (6150 / 5840.5) * 100,
        reasons: ["2025-02 missing"],
      },
    ],
    reasons: { yoy_pct: "no figure for 2024-11" },
    inputs: {
      level: [m("2025-11", 6150)],
      ytd: [{ period: "2025-01..2025-11", value: 51440, derived: false }],
    },
  };
}
