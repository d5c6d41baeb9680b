// Figures whose subject is not the product, the destination or the month they may seem to be: another
// good in a story on magnets, magnets with no rare earths, China's imports from a named origin, and a
// month named without a year that is still to come when the story appears.
import { describe, expect, it } from "vitest";
import { findSeries } from "./subjects.js";
import { extractClaims } from "./extract-claims.js";

const read = (t: string, published = "2025-12-20") =>
  extractClaims(t, { published }).map((c) => ({
    text: c.text,
    series: c.series,
    partner: c.partner,
    partnerHow: c.grounds.partner,
    // the readings the words suggest (not last year's month, weighed only where this year's has no data)
    periods: [c.period, ...c.alternatives.filter((a) => a.unheld !== true).map((a) => a.period)],
  }));

describe("another good in a story on one product", () => {
  it.each([
    "Praseodymium-neodymium shipments aside, NdPr exports to Korea came to 569 t in October.",
    "Neodymium shipments to Vietnam reached 444 tonnes in October.",
    "In October, deliveries of samarium to the US amounted to 656 t.",
  ])(
    "gives a magnet metal traded as itself no series, not the magnets a silent text defaults to: %s",
    (t) => {
      const found = read(t, "2025-11-21");
      expect(found.length).toBeGreaterThan(0);
      expect(found.map((c) => c.series)).toEqual(found.map(() => null));
    },
  );

  it.each([
    "Neodymium magnet shipments to Vietnam reached 444 tonnes in October.",
    "Deliveries of samarium-cobalt and NdFeB magnets to the US amounted to 656 t in October.",
  ])("still reads magnets named with their metal: %s", (t) => {
    expect(read(t, "2025-11-21").map((c) => c.series)).toEqual(["rare-earth-magnets"]);
  });

  it.each([
    "Magnet exports rose 12% in November. Nickel exports, meanwhile, rose 7% to 6,150 tonnes in November.",
    "Magnet exports rose 12% in November. Shipments of lithium batteries came to 582 tonnes in November.",
  ])("gives a figure on a good the data has no series for no series: %s", (t) => {
    const second = read(t).filter((c) => c.text !== "rose 12%");
    expect(second.length).toBeGreaterThan(0);
    expect(second.map((c) => c.series)).toEqual(second.map(() => null));
  });

  it("gives a figure on one light rare earth (lanthanum, cerium) no series, yet reads rare earths named with them", () => {
    const t =
      "Magnet exports reached 5,950 t in December. Cerium carbonate shipments came to 4,800 tonnes in December.";
    expect(read(t).find((c) => c.text === "4,800 tonnes")?.series).toBeNull();
    const both = "Rare earth exports, chiefly lanthanum and cerium compounds, climbed 9% in October.";
    expect(read(both).find((c) => c.text === "climbed 9%")?.series).toBe("rare-earths");
  });

  it("still carries the story's product into a sentence that names no good", () => {
    const t = "Magnet exports rose 12% in November. Shipments to Japan came to 305 tonnes.";
    expect(read(t).find((c) => c.text === "305 tonnes")?.series).toBe("rare-earth-magnets");
  });

  it.each([
    ["ferrite magnets", "non-rare-earth-magnets"],
    ["ceramic magnet", "non-rare-earth-magnets"],
    ["NdFeB magnet scrap", "magnet-scrap"],
    ["recycled rare earth magnets", "magnet-scrap"],
  ])("reads %s as no magnet series the data holds", (words, id) => {
    expect(findSeries(`exports of ${words}`).map((m) => m.value)).toEqual([id]);
  });
});

describe("China's imports from an origin", () => {
  it("reads the origin as the partner", () => {
    const [c] = read("China's imports of rare earths from Malaysia fell 20% in November.");
    expect(c).toMatchObject({ partner: "MYS", partnerHow: "clause" });
  });

  it("leaves the world total only a guess when the origin is a place the lexicon does not know", () => {
    const [c] = read("China imported 2,100 tonnes of rare earths from Laos in November.");
    expect(c).toMatchObject({ partner: "WLD", partnerHow: "default" });
  });
});

describe("a month named without its year", () => {
  it("may be the coming month when the story appears before it or in it", () => {
    const [c] = read("Magnet exports were 7,000 tonnes in July.", "2025-06-10");
    expect(c?.periods).toEqual(["2024-07", "2025-07"]);
    const [d] = read("Magnet exports were 7,000 tonnes in June.", "2025-06-10");
    expect(d?.periods).toEqual(["2024-06", "2025-06"]);
  });

  it("is last year's when the month is long past or the year is named", () => {
    expect(read("Magnet exports were 5,952 tonnes in December.", "2026-01-20")[0]?.periods).toEqual([
      "2025-12",
    ]);
    expect(read("Magnet exports were 7,000 tonnes in July 2024.", "2025-06-10")[0]?.periods).toEqual([
      "2024-07",
    ]);
  });
});

describe("a trade balance is not an export figure", () => {
  it.each([
    "Think tanks pointed to an all-time high $88 bn trade deficit with China as magnet deliveries to India grew 60%.",
    "The bilateral surplus reached a record in October, even as magnet exports to Japan slipped 4%.",
    "Seoul's trade gap with Beijing hit its widest in nine months while magnet exports to Korea rose 8%.",
  ])("reads no rank or sum of the balance as China's exports: %s", (t) => {
    expect(read(t).map((c) => c.text)).toEqual([expect.stringMatching(/^(?:grew|slipped|rose)/)]);
  });
});
