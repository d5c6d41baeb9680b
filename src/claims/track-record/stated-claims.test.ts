// A stored figure read as its source's claims: which claims, with which tolerance, and the figure
// as the source printed it where curation corrected the source's own mistake.
import { describe, expect, it } from "vitest";
import type { StatedFigure } from "../../store/stated-figures.js";
import { asPrinted, statedClaims } from "./stated-claims.js";

const row = (over: Partial<StatedFigure>): StatedFigure => ({
  observation_id: "o1",
  source_id: "s1",
  kind: "press",
  publisher: "Paper",
  origin: "Paper",
  url: null,
  published: "2025-12-20",
  reporter: "CHN",
  flow: "export",
  series: "rare-earth-magnets",
  partner: "WLD",
  period: "2025-11",
  measure: "qty",
  value: "6150",
  precision_unit: "10",
  unit: "t",
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
  ...over,
});

describe("statedClaims", () => {
  it("reads a level, its changes with their bases, a rank with its scope and a streak, each read from the row itself", () => {
    const claims = statedClaims(
      row({
        stated_mom_pct: "12.4",
        stated_yoy_pct: "-3",
        stated_rank: 2,
        stated_rank_direction: "high",
        stated_rank_scope: "since:2025-01",
        stated_streak: -2,
      }),
      1,
    ).map((c) => c.claim);
    expect(claims.map((c) => c.text)).toEqual([
      "rare-earth-magnets exports, 2025-11: 6,150 t",
      "rare-earth-magnets exports, 2025-11: +12.4% on the month",
      "rare-earth-magnets exports, 2025-11: -3% on the year",
      "rare-earth-magnets exports, 2025-11: 2nd-highest since 2025-01",
      "rare-earth-magnets exports, 2025-11: 2nd straight monthly fall",
    ]);
    // the level agrees within the coarser step (10 t); a change within half its last digit
    expect(claims[0]!.stated).toMatchObject({ low: 6140, high: 6160 });
    expect(claims[1]!.stated).toMatchObject({ basis: "mom", low: 12.35, high: 12.45 });
    expect(claims[2]!.stated).toMatchObject({ basis: "yoy", direction: "down", low: -3.5, high: -2.5 });
    expect(claims[3]!.stated).toMatchObject({
      type: "rank",
      n: 2,
      scope: { type: "since", period: "2025-01" },
    });
    expect(claims[4]!.stated).toMatchObject({ type: "streak", n: 2, direction: "down" });
    expect(claims.every((c) => c.grounds.series === "clause" && c.mode === "reported")).toBe(true);
  });

  it("keys a full year as a range, and leaves money and unspecified bases unchecked", () => {
    expect(statedClaims(row({ period: "2025" }))[0]!.claim).toMatchObject({
      period: "2025-01..2025-12",
      kind: "ytd",
    });
    expect(statedClaims(row({ measure: "value", unit: "USD", value: "8470000" }))).toEqual([]);
    expect(
      statedClaims(row({ value: null, stated_change_pct: "-30", stated_change_basis: "unspecified" })),
    ).toEqual([]);
  });
});

describe("asPrinted", () => {
  it("undoes a curator's fix of the source's own mistake, and keeps a scope the page itself defines", () => {
    const sold = row({
      series: "rare-earths",
      correction:
        "series rare-earth-magnets -> rare-earths: 4,343.5 t is the October 2025 total rare-earths export figure, not magnets",
    });
    expect(asPrinted(sold).series).toBe("rare-earth-magnets");
    const wider = row({
      series: "rare-earth-magnets-incl-powder-alloy",
      correction:
        "series rare-earth-magnets -> rare-earth-magnets-incl-powder-alloy: note says the page uses a broader definition",
    });
    expect(asPrinted(wider).series).toBe("rare-earth-magnets-incl-powder-alloy");
    const swapped = row({
      stated_mom_pct: "76.14",
      stated_yoy_pct: "20.31",
      correction: "change bases swapped: the page calls +20.31% MoM and +76.14% YoY",
    });
    expect(asPrinted(swapped)).toMatchObject({ stated_mom_pct: "20.31", stated_yoy_pct: "76.14" });
  });
});
