// Scoped ranks and differences in wordings the generated statements of
// test/claims/rank-difference-statements.ts found the reader missing or misreading: an amount said
// as "an extra" or "an additional" tonnage is a rise by that much, never the month's level.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import type { StatedChange, StatedRank } from "../types.js";

const claims = (t: string, published: string) => extractClaims(t, { published });
const change = (t: string, published: string) => {
  const c = claims(t, published).find((x) => x.kind === "change");
  return c ? { period: c.period, partner: c.partner, stated: c.stated as StatedChange } : null;
};

describe("an extra tonnage", () => {
  it.each([
    ["India bought an extra 64 tonnes of Chinese gallium in July compared with April.", 64, "2025-04"],
    ["Exporters shipped an additional 1,020 t of graphite in March than a year earlier.", 1020, "yoy"],
    ["Korea received an extra 45 tonnes of antimony in May versus the previous month.", 45, "mom"],
  ])("is a rise by it, not a level: %s", (text, pct, basis) => {
    const c = change(text, "2025-08-20");
    expect(c?.stated.unit).toBe("t");
    expect(c?.stated.pct).toBe(pct);
    expect(c?.stated.basis).toBe(basis);
    expect(claims(text, "2025-08-20").some((x) => x.kind === "level")).toBe(false);
  });
});

describe("a rank whose flow and destination follow it", () => {
  const rank = (t: string, published: string) => claims(t, published).find((x) => x.kind === "rank");
  it.each([
    ["March was the third-busiest month of 2025 for Chinese gallium exports to Japan, at 14 t.", "JPN"],
    ["June was the weakest month of the year for shipments of graphite bound for India.", "IND"],
    ["October ranked as the second-strongest month of 2025 for antimony sales to South Korea.", "KOR"],
  ])("is that destination's: %s", (text, partner) => {
    expect(rank(text, "2025-12-20")?.partner).toBe(partner);
  });

  it("leaves a rank with no destination after it the total's", () => {
    expect(
      rank("March was the third-busiest month of 2025 for Chinese gallium exports.", "2025-12-20")?.partner,
    ).toBe("WLD");
  });
});

describe("a rank over a half or a quarter of the year", () => {
  const rank = (t: string, published: string) => claims(t, published).find((x) => x.kind === "rank");
  it.each([
    [
      "Graphite exports in May were the lowest of any month in the first half of 2024.",
      "2024-01",
      "2024-06",
      "low",
      1,
    ],
    [
      "At 96 t, September's antimony shipments were the second-biggest monthly total of Q3.",
      "2025-07",
      "2025-09",
      "high",
      2,
    ],
    [
      "November's gallium exports were the poorest month of the fourth quarter of 2025.",
      "2025-10",
      "2025-12",
      "low",
      1,
    ],
    ["Tungsten exports in February were the busiest of H1 2025.", "2025-01", "2025-06", "high", 1],
  ])("is counted over its months: %s", (text, from, to, direction, n) => {
    const s = rank(text, "2026-01-20")?.stated as StatedRank;
    expect(s).toMatchObject({ type: "rank", n, direction, scope: { type: "span", from, to } });
  });

  it("takes the claim's year when the text names none", () => {
    const s = rank("Antimony exports in August were the weakest in the second half.", "2025-12-20")
      ?.stated as StatedRank;
    expect(s).toMatchObject({ scope: { type: "span", from: "2025-07", to: "2025-12" } });
  });
});

describe("a rank whose flow is named after it", () => {
  it("is the named flow's, a reading that can be contradicted", () => {
    const c = claims(
      "April was the strongest month of the second quarter for China's magnet exports.",
      "2025-07-20",
    ).find((x) => x.kind === "rank");
    expect(c?.partner).toBe("WLD");
    expect(c?.grounds.partner).toBe("clause");
  });
});

describe("a difference taken against another destination", () => {
  it.each([
    ["India took 38 t more gallium than Japan in March.", "IND", "JPN", 38],
    [
      "Shipments of graphite to Korea were 410 tonnes higher than those to Vietnam in June.",
      "KOR",
      "VNM",
      410,
    ],
    ["Vietnam received 95 t less antimony than the Netherlands in May.", "VNM", "NLD", -95],
  ])("is that destination's base, not a change over time: %s", (text, partner, versus, pct) => {
    const c = change(text, "2025-08-20");
    expect(c?.partner).toBe(partner);
    expect(c?.stated).toMatchObject({ unit: "t", pct, versus });
  });

  it("leaves a difference from a month without one", () => {
    expect(change("India took 38 t more gallium than in February.", "2025-08-20")?.stated.versus).toBe(
      undefined,
    );
  });
});
