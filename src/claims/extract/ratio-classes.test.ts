// Shares, multiples and differences in wordings reporters use that the reader once got wrong: a rise
// noun made negative ("negative growth of 6%"), a month that trails or lags another by a tonnage
// (the month after the verb is the base, not the claim's), fractions past a tenth ("a seventh", "a
// ninth"), and the one band every fraction word takes (fraction-bands.ts).
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { fractionTolerance } from "./fraction-bands.js";
import type { StatedChange, StatedShare } from "../types.js";

const claims = (t: string, published: string) => extractClaims(t, { published });
const change = (t: string, published: string) => {
  const c = claims(t, published).find((x) => x.kind === "change");
  return c ? { period: c.period, stated: c.stated as StatedChange } : null;
};
const share = (t: string, published: string) => {
  const c = claims(t, published).find((x) => x.kind === "share");
  return c ? { partner: c.partner, stated: c.stated as StatedShare } : null;
};

describe("a rise noun made negative", () => {
  it.each([
    ["Graphite exports logged negative growth of 6.5% against June.", -6.5],
    ["Shipments of gallium saw negative year-on-year growth of 12 per cent in March.", -12],
    ["Terbium exports posted a negative 3% growth on the month in August.", -3],
    ["Antimony exports showed negative growth: 18% in May from April.", -18],
  ])("is a fall: %s", (text, pct) => {
    expect(change(text, "2025-09-25")?.stated.pct).toBe(pct);
  });

  it("leaves plain growth a rise", () => {
    expect(change("Graphite exports logged growth of 6.5% against June.", "2025-09-25")?.stated.pct).toBe(
      6.5,
    );
  });
});

describe("a month that trails or lags another by a tonnage", () => {
  it.each([
    [
      "Rare-earth exports in February 2026 trailed November 2025 by 410 t.",
      "2026-03-21",
      "2026-02",
      "2025-11",
    ],
    ["Magnet shipments to Korea in September lagged June by 95 tonnes.", "2025-10-21", "2025-09", "2025-06"],
    ["In April, terbium exports trailed January by some 8 t.", "2025-05-21", "2025-04", "2025-01"],
  ])("is a fall from the month after the verb: %s", (text, published, period, base) => {
    const c = change(text, published);
    expect(c?.period).toBe(period);
    expect(c?.stated.basis).toBe(base);
    expect(c?.stated.pct).toBeLessThan(0);
  });
});

describe("fractions past a tenth as shares", () => {
  it.each([
    ["A seventh of China's magnet exports in March went to India.", 100 / 7, "IND"],
    ["About a ninth of the country's rare-earth shipments in June were bound for Japan.", 100 / 9, "JPN"],
    ["Vietnam took roughly a twelfth of China's magnet exports in October.", 100 / 12, "VNM"],
  ])("reads %s", (text, pct, partner) => {
    const s = share(text, "2025-12-01");
    expect(s?.stated.pct).toBeCloseTo(pct, 6);
    expect(s?.partner).toBe(partner);
  });
});

describe("the band of a fraction word", () => {
  it.each([
    [25, null, 22.5, 27.5],
    // doubled, but short of where a fifth plainly is the figure
    [25, "about", 21.25, 30],
    [10, null, 7.5, 12.5],
    [50, null, 45, 55],
    [50, "about", 40, 60],
    [100 / 6, "about", 100 / 6 - 5, 100 / 6 + 5],
  ] as const)("%s%% said with %s reaches %s-%s", (pct, hedge, low, high) => {
    const t = fractionTolerance(pct, hedge);
    expect(t.low).toBeCloseTo(low, 6);
    expect(t.high).toBeCloseTo(high ?? 0, 6);
  });

  it.each([
    ["Japan accounted for one tonne in every two of China's magnet exports in May.", 40, 60],
    [
      "One in three tonnes of China's rare-earth exports in July went to Malaysia.",
      100 / 3 - 20 / 3,
      100 / 3 + 20 / 3,
    ],
    ["Roughly one magnet in eight shipped abroad in June went to Vietnam.", 7.5, 17.5],
  ])("reads 'one in N' as about that fraction, never past 0%% or 100%%: %s", (text, low, high) => {
    const s = share(text, "2025-12-01");
    expect(s?.stated.low).toBeCloseTo(low, 6);
    expect(s?.stated.high).toBeCloseTo(high, 6);
  });
});

describe("ranks said with other extremes and windows", () => {
  const rank = (t: string, published: string) => {
    const c = claims(t, published).find((x) => x.kind === "rank");
    return c?.stated.type === "rank"
      ? { n: c.stated.n, direction: c.stated.direction, scope: c.stated.scope }
      : null;
  };

  it.each([
    ["Graphite exports in June were the third-busiest month of 2025 so far.", 3, "high"],
    ["Antimony shipments in May were the second-quietest month of the year.", 2, "low"],
    ["At 310 t, tungsten exports in August marked the softest month of 2025.", 1, "low"],
    ["Gallium exports in April were the heaviest monthly total this year.", 1, "high"],
  ])("reads %s", (text, n, direction) => {
    expect(rank(text, "2025-09-20")).toEqual({ n, direction, scope: { type: "year", year: 2025 } });
  });

  it("does not read 'the slowest pace' as a level's rank", () => {
    expect(rank("Magnet exports grew at the slowest pace since March.", "2025-09-20")).toBeNull();
  });

  it.each([
    [
      "Terbium exports in August were the highest since the April export controls took effect.",
      "2025-09-20",
      "2025-04",
    ],
    [
      "Dysprosium shipments in February were the lowest since the October licensing rules.",
      "2026-03-20",
      "2025-10",
    ],
    ["Magnet exports to Poland in July were the strongest since April's curbs.", "2025-08-20", "2025-04"],
  ])("counts a window from a policy named by its month, after that month: %s", (text, published, since) => {
    expect(rank(text, published)?.scope).toEqual({ type: "since", period: since, atLeast: true });
  });
});

describe("a month among the top or bottom few of a window", () => {
  const rank = (t: string, published: string) => {
    const c = claims(t, published).find((x) => x.kind === "rank");
    return c?.stated.type === "rank"
      ? { n: c.stated.n, direction: c.stated.direction, scope: c.stated.scope, within: c.stated.within }
      : null;
  };

  it.each([
    ["Graphite exports in July were a top-five month for 2025.", 5, "high", { type: "year", year: 2025 }],
    [
      "Antimony shipments in May were among the three weakest months this year.",
      3,
      "low",
      { type: "year", year: 2025 },
    ],
    [
      "Tungsten exports in June were one of the four busiest months on record.",
      4,
      "high",
      { type: "record" },
    ],
    [
      "At 980 t, gallium exports in August sat in the bottom three months of 2025.",
      3,
      "low",
      { type: "year", year: 2025 },
    ],
  ])("reads %s as a rank of N or better", (text, n, direction, scope) => {
    expect(rank(text, "2025-09-20")).toEqual({ n, direction, scope, within: true });
  });

  it("reads no placing without a window", () => {
    expect(rank("Graphite exports in July were among the three highest months.", "2025-09-20")).toBeNull();
  });
});

describe("a share as a count out of a hundred, and where it went", () => {
  it.each([
    ["Seventeen out of every 100 tonnes of China's graphite exports in June 2025 went to Japan.", 17, "JPN"],
    [
      "About 9 in every hundred tonnes of China's magnet exports in May 2025 were bound for Vietnam.",
      9,
      "VNM",
    ],
  ])("reads %s as that percentage", (text, pct, partner) => {
    const s = share(text, "2025-08-01");
    expect(s?.stated.pct).toBe(pct);
    expect(s?.partner).toBe(partner);
  });

  it("takes the destination after a month written with its year", () => {
    const s = share(
      "Roughly a third of China's antimony exports in April 2025 ended up in Belgium.",
      "2025-06-01",
    );
    expect(s?.partner).toBe("BEL");
  });
});

describe("a multiple or fraction of a month's level written with its year", () => {
  const change = (t: string, published: string) => {
    const c = claims(t, published).find((x) => x.kind === "change");
    return c?.stated.type === "change" ? { pct: c.stated.pct, basis: c.stated.basis } : null;
  };

  it.each([
    [
      "Graphite exports in March 2026 were about 3.5 times the January 2026 level.",
      "2026-04-20",
      250,
      "2026-01",
    ],
    [
      "Tungsten shipments in July 2025 fell to about a third of their February 2025 level.",
      "2025-08-20",
      -66.7,
      "2025-02",
    ],
  ])("reads %s", (text, published, pct, basis) => {
    const c = change(text, published);
    expect(c?.pct).toBeCloseTo(pct, 0);
    expect(c?.basis).toBe(basis);
  });
});

describe("a difference in tonnes between two products of one month", () => {
  const gap = (t: string) => {
    const c = claims(t, "2025-11-24").find((x) => x.kind === "change");
    const s = c?.stated as StatedChange | undefined;
    return c && s ? [c.series, c.period, s.pct, s.versusSeries ?? null] : null;
  };

  it.each([
    [
      "In October, shipments of magnets overtook rare earth shipments by roughly 1,130 t.",
      ["rare-earth-magnets", "2025-10", 1130, "rare-earths"],
    ],
    [
      "October's rare earth exports lagged magnet exports by 1,129.5 tonnes.",
      ["rare-earths", "2025-10", -1129.5, "rare-earth-magnets"],
    ],
    [
      "Magnet shipments in October came to 1,130 t more than rare earth shipments.",
      ["rare-earth-magnets", "2025-10", 1130, "rare-earths"],
    ],
  ])("is set against the other product: %s", (text, want) => {
    expect(gap(text)).toEqual(want);
  });

  it("keeps a difference from another month a change of the one product", () => {
    expect(gap("Magnet exports in October trailed September's by 301 tonnes.")).toEqual([
      "rare-earth-magnets",
      "2025-10",
      -301,
      null,
    ]);
  });
});
