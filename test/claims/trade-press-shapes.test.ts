// Shapes met in trade-press and analysis pages on the monthly magnet figures: a change graded by
// an adjective outside the usual few ("a notable 6.1% contraction", "a significant 28.7% fall"),
// the basis written "month-over-month" before the noun, a month's possessive whose noun carries a
// scope ("August's seven-month peak of 6,146 t" is August's level), and a rise credited to a place
// ("the growth came from Europe") that "the region" then points back to.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

// magnets, world: August 2025 6,146 t, September 2025 5,774 t (-6.1% on the month);
// to the US: August 2025 590 t, September 2025 420.5 t (-28.7%); Europe, August 2025 2,821.403 t
describe("a change graded by an adjective", () => {
  it("is read and checked", async () => {
    const got = await verdictsOf(
      store,
      "Chinese magnet shipments went through a notable 6.1% contraction in September 2025.",
      "2025-10-22",
    );
    expect(got).toEqual([["a notable 6.1% contraction", "supported"]]);
  });

  it("is contradicted when its size is wrong", async () => {
    const got = await verdictsOf(
      store,
      "Chinese magnet shipments went through a considerable 9.4% contraction in September 2025.",
      "2025-10-22",
    );
    expect(got).toEqual([["a considerable 9.4% contraction", "contradicted"]]);
  });
});

describe("a month-over-month change named before its noun", () => {
  it("is checked on the month before", async () => {
    const r = await verifyClaims(
      store,
      "Magnet exports to the United States recorded a significant 28.7% month-over-month decline in September 2025.",
      { published: "2025-10-22" },
    );
    expect(r.claims.map((c) => [c.text, c.verdict, c.partner, c.period])).toEqual([
      ["a significant 28.7% month-over-month decline", "supported", "USA", "2025-09"],
    ]);
  });
});

describe("a month's possessive whose noun has a scope", () => {
  it("dates the level after it to that month", async () => {
    const r = await verifyClaims(
      store,
      "Magnet exports fell in September 2025, sliding from August's seven-month peak of 6,146 tonnes to 5,774 tonnes.",
      { published: "2025-10-22" },
    );
    const level = r.claims.find((c) => c.text === "6,146 tonnes");
    expect([level?.period, level?.verdict]).toEqual(["2025-08", "supported"]);
  });
});

describe("a rise credited to a place", () => {
  it("is the place 'the region' points back to", async () => {
    const r = await verifyClaims(
      store,
      "Shipments of magnets to Oceania were small in August 2025. Nearly all of the gain came from Europe, and exports to the region climbed to 2,821.403 t that month.",
      { published: "2025-09-28" },
    );
    const level = r.claims.find((c) => c.text === "2,821.403 t");
    expect([level?.partner, level?.verdict]).toEqual(["EUR_region", "supported"]);
  });
});

// magnets to Japan, October 2025: 226 t of 5,473 t, 4.1%
describe("a share set off by dashes after its noun", () => {
  it.each([
    "Japan's share — barely 4.1% in October 2025 — shows how little of the flow it gets.",
    "Japan's share - barely 4.1% in October 2025 - shows how little of the flow it gets.",
  ])("is read as the share: %s", async (text) => {
    const r = await verifyClaims(store, text, { published: "2025-11-25" });
    expect(r.claims.map((c) => [c.kind, c.partner, c.verdict])).toEqual([["share", "JPN", "supported"]]);
  });

  it("is contradicted when it is another destination's", async () => {
    const r = await verifyClaims(
      store,
      "Japan's share of China's magnet exports — barely 12% in October 2025 — shows how little it gets.",
      { published: "2025-11-25" },
    );
    expect(r.claims.map((c) => [c.kind, c.partner, c.verdict])).toEqual([["share", "JPN", "contradicted"]]);
  });
});

// magnets to the US: October 2025 656 t of 5,473 t (12.0%); November 2025 582 t of 6,150 t (9.5%)
describe("a share taken up by a pronoun in the next sentence", () => {
  it.each([
    "America took 12% of China's magnet exports in October 2025. In November it was 9.5%.",
    "America took 12% of China's magnet exports in October 2025. November's is nearer 9.5%, by my count.",
  ])("is the same destination's share for the new month: %s", async (text) => {
    const r = await verifyClaims(store, text, { published: "2025-12-28" });
    expect(r.claims.map((c) => [c.kind, c.partner, c.period, c.verdict])).toEqual([
      ["share", "USA", "2025-10", "supported"],
      ["share", "USA", "2025-11", "supported"],
    ]);
  });

  it("is never contradicted, its destination being carried", async () => {
    const r = await verifyClaims(
      store,
      "America took 12% of China's magnet exports in October 2025. In November it was 15.5%.",
      { published: "2025-12-28" },
    );
    expect(r.claims.map((c) => [c.kind, c.period, c.verdict])).toEqual([
      ["share", "2025-10", "supported"],
      ["share", "2025-11", "unverifiable"],
    ]);
  });
});

// magnets, world: June 2025 3,188 t, July 2025 5,577 t (+74.9% on the month; July 2024 5,278 t, +5.7%)
describe("an event a forecast follows", () => {
  it("is a fact when its own words date it", async () => {
    const got = await verdictsOf(
      store,
      "Analysts expect more gains in August as licences come through, following a 74.9% jump in China's magnet shipments in July 2025.",
      "2025-08-21",
    );
    expect(got).toEqual([["a 74.9% jump", "supported"]]);
  });

  it("is checked, and contradicted when wrong, once dated", async () => {
    const got = await verdictsOf(
      store,
      "Analysts expect more gains in August as licences come through, following a 35% jump in China's magnet shipments in July 2025.",
      "2025-08-21",
    );
    expect(got).toEqual([["a 35% jump", "contradicted"]]);
  });

  it("stays the forecast's when nothing dates it", async () => {
    const got = await verdictsOf(
      store,
      "Analysts expect China's magnet shipments to climb in August 2025, after a 20% rise.",
      "2025-08-02",
    );
    expect(got).toEqual([["a 20% rise", "unverifiable"]]);
  });
});

describe("a move whose subject is named right after its noun", () => {
  it("names China's total, so a wrong size is contradicted", async () => {
    const got = await verdictsOf(
      store,
      "A 35% jump in China's magnet shipments in July 2025 caught traders off guard.",
      "2025-08-21",
    );
    expect(got).toEqual([["A 35% jump", "contradicted"]]);
  });

  // magnets to Japan: June 2025 131 t, July 2025 232 t (+77.1%)
  it("is the destination's when one follows the flow", async () => {
    const r = await verifyClaims(
      store,
      "A 77% jump in China's magnet shipments to Japan in July 2025 caught traders off guard.",
      { published: "2025-08-21" },
    );
    expect(r.claims.map((c) => [c.partner, c.verdict])).toEqual([["JPN", "supported"]]);
  });
});

// magnets, October 2025: Germany 1,118 t, US 656 t, Japan 226 t
describe("a multiple of another destination's shipments", () => {
  it("is read after 'double those to'", async () => {
    const r = await verifyClaims(
      store,
      "Exports to Germany in October 2025 were more than double those to Japan.",
      { published: "2025-11-22" },
    );
    expect(r.claims.map((c) => [c.text, c.partner, c.verdict])).toEqual([
      ["more than double", "DEU", "supported"],
    ]);
  });

  it("is never contradicted, only borne out", async () => {
    const r = await verifyClaims(
      store,
      "Exports to Japan in October 2025 were more than double those to Germany.",
      { published: "2025-11-22" },
    );
    expect(r.claims.map((c) => [c.text, c.verdict])).toEqual([["more than double", "unverifiable"]]);
  });
});

// magnets, world: May 2025 1,238 t, June 2025 3,188 t (+157.5%)
describe("a headline's figure over a lead that names several months", () => {
  it("takes the lead's first month when it is the latest named", async () => {
    const r = await verifyClaims(
      store,
      "Magnet Shipments From China Soar 158% After Truce\n\nChina's magnet shipments climbed in June 2025 to 3,188 tonnes, from 1,238 tonnes in May, as licences were granted.",
      { published: "2025-07-21" },
    );
    const head = r.claims.find((c) => c.text.includes("158%"));
    expect([head?.period, head?.verdict]).toEqual(["2025-06", "supported"]);
  });

  it("takes none when the lead opens on an earlier month", async () => {
    const r = await verifyClaims(
      store,
      "Magnet Shipments From China Soar 158% After Truce\n\nAfter 1,238 tonnes in May 2025, China's magnet shipments climbed to 3,188 tonnes in June.",
      { published: "2025-07-21" },
    );
    const head = r.claims.find((c) => c.text.includes("158%"));
    expect([head?.period, head?.verdict]).toEqual([null, "unverifiable"]);
  });
});
