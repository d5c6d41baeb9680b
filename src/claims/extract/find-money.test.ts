// Values in money: a level in its currency, never a tonnage, and never the United States.
import { extractClaims } from "./extract-claims.js";
import { describe, expect, it } from "vitest";
import { findMoney } from "./find-money.js";

describe("findMoney", () => {
  it.each([
    ["worth US$288 million", 288e6, "USD"],
    ["a value of $1.2 billion", 1.2e9, "USD"],
    ["USD 8.47 mn", 8.47e6, "USD"],
    ["288 million US dollars", 288e6, "USD"],
    ["1.2 billion yuan", 1.2e9, "CNY"],
    ["RMB 2.1bn", 2.1e9, "CNY"],
    ["€45m", 45e6, "EUR"],
    ["出口额2.88亿美元", 2.88e8, "USD"],
  ])("reads %s", (text, value, unit) => {
    expect(findMoney(text).map((m) => [m.value, m.unit])).toEqual([[value, unit]]);
  });

  it("keeps the hedge and the rounding", () => {
    expect(findMoney("about $48.4 million")[0]).toMatchObject({ hedge: "about", halfUnit: 50000 });
  });

  it("skips prices per unit and tonnages", () => {
    expect(findMoney("prices of 640,000 yuan per tonne")).toEqual([]);
    expect(findMoney("$60/kg")).toEqual([]);
    expect(findMoney("6,150 tonnes")).toEqual([]);
  });

  it("leaves 'the US' before a spaced dollar sign to the partner", () => {
    expect(findMoney("those to the US $26.74 million")[0]).toMatchObject({ value: 26.74e6, start: 16 });
  });
});

describe("a change of the value in money", () => {
  const measures = (text: string) =>
    extractClaims(text, { published: "2025-09-20" })
      .filter((c) => c.stated.type === "change" || c.stated.type === "direction")
      .map((c) => [c.text, "measure" in c.stated ? (c.stated.measure ?? "qty") : "qty"]);

  it.each([
    ["The value of rare-earth magnet exports dropped 8% in August from July.", "dropped 8%"],
    ["Magnet exports were down 14% year on year in August in renminbi terms.", "down 14%"],
    ["By value, shipments of magnets to Japan slipped 6% in August.", "slipped 6%"],
    ["August magnet exports to Korea: US$41.2 mln, up 22% y/y.", "up 22%"],
    ["In dollar terms, magnet exports to Germany rose 9% in August from July.", "rose 9%"],
  ])("is checked against values, never tonnes: %s", (text, change) => {
    expect(measures(text)).toContainEqual([change, "value"]);
  });

  it.each([
    "Magnet exports rose 12% to 6,146 t in August, worth about $250 million.",
    "Export value was flat, while in volume terms shipments rose 10.2% in August.",
    "Magnet exports climbed 10.2% in August.",
  ])("leaves a change of the tonnage to the tonnage: %s", (text) => {
    expect(measures(text).every(([, m]) => m === "qty")).toBe(true);
    expect(measures(text).length).toBeGreaterThan(0);
  });
});
