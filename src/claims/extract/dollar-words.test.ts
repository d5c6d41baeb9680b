// A currency named with "US" in any of its shapes ("US-dollar value", "U.S.-dollar receipts",
// "USD-priced", "US$", "worth 410 million US dollars") is money, never the United States; a place
// written with "US" ("US-bound", "to the US", "US buyers") still is.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, words: string) =>
  extractClaims(text, { published: "2025-12-18" }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a currency written with 'US'", () => {
  it.each([
    [
      "The US-dollar value of magnet exports slid 4% in November, while tonnage climbed to 6,150 t.",
      "slid 4%",
    ],
    ["Measured at their U.S.-dollar value, rare-earth exports dipped 7% in October.", "dipped 7%"],
    ["US-dollar receipts from magnet sales abroad grew 15% in September.", "grew 15%"],
    ["In US-dollar terms magnet shipments gained 9% on the month in November.", "gained 9%"],
    ["Magnet exports rose to 6,150 tonnes in November, or US$301.8 million.", "6,150 tonnes"],
    ["Magnet exports brought in 296 million US dollars in November.", "296 million US dollars"],
    ["November magnet exports: 6,150 t, USD 301.8 mn.", "6,150 t"],
  ])("names no destination: %s", (text, words) => {
    const c = find(text, words);
    expect(c).toBeDefined();
    expect(c?.partner).not.toBe("USA");
  });

  it.each([
    ["US-bound magnet shipments reached 582 t in November.", "582 t"],
    ["Magnet exports to the US, worth US$26.7 million, came to 582 tonnes in November.", "582 tonnes"],
    ["US buyers took 582 tonnes of magnets in November.", "582 tonnes"],
  ])("keeps the United States where it is a place: %s", (text, words) => {
    expect(find(text, words)?.partner).toBe("USA");
  });
});
