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
    ["出口值1.05億美元", 1.05e8, "USD"],
    ["金额4810萬美元", 4.81e7, "USD"],
    ["出口金额为52130万美元", 5.213e8, "USD"],
    ["輸出額は2億9000万ドル", 2.9e8, "USD"],
    ["수출액은 4120만 달러", 4.12e7, "USD"],
    ["수출액은 2억7000만 달러", 2.7e8, "USD"],
    ["수출액은 1억 2050만 달러", 1.205e8, "USD"],
    ["ein Wert von 287,4 Millionen Dollar", 2.874e8, "USD"],
    ["rund 1,1 Milliarden US-Dollar", 1.1e9, "USD"],
    ["pour 95,2 millions de dollars", 9.52e7, "USD"],
    ["por 1.030 millones de dólares", 1.03e9, "USD"],
    ["por 2,3 mil millones de dólares", 2.3e9, "USD"],
    ["somaram 71,5 milhões de dólares", 7.15e7, "USD"],
    ["per 64,2 milioni di dollari", 6.42e7, "USD"],
    ["für 80 Millionen Euro", 8e7, "EUR"],
    ["pour 41.5 MUSD", 4.15e7, "USD"],
    ["a budget of 12 MEUR", 12e6, "EUR"],
    ["soit 26,74 MUSD", 2.674e7, "USD"],
    ["rund 3,1 Mrd. EUR", 3.1e9, "EUR"],
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
    expect(findMoney("원/달러 환율은 1,470원")).toEqual([]);
    expect(findMoney("Preise von 80 Millionen Dollar je Tonne")).toEqual([]);
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
