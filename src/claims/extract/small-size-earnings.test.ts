// "barely" and "scarcely" make a size small without hedging it, as "only" does ("a dip of barely
// 2.1%"); a country's "export earnings" or "export revenue" is the value of its exports, a trade
// figure, while a firm's earnings or revenue are not. A year after a sum of money a figure is set
// against dates that sum, not the figure.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string) =>
  extractClaims(t, { published: "2026-02-16" }).map((c) => [
    c.kind,
    c.period,
    c.stated.raw,
    c.stated.type === "change" ? c.stated.pct : c.stated.type === "level" ? c.stated.value : null,
  ]);

describe("small sizes and export earnings", () => {
  it("reads a change after 'barely' at its own size", () => {
    expect(
      read("Rare-earth exports in 2025 came to 60,000 tonnes, a dip of barely 2.1% from 2024."),
    ).toContainEqual(["change", "2025-01..2025-12", "dip of barely 2.1%", -2.1]);
  });

  it("reads a level after 'scarcely'", () => {
    expect(read("Shipments of magnets to Japan were scarcely 140 tonnes in June 2025.")).toContainEqual([
      "level",
      "2025-06",
      "140 tonnes",
      140,
    ]);
  });

  it("reads a country's magnet export earnings as a value", () => {
    expect(read("Magnet export earnings came to $1.4 billion in the first half of 2025.")).toContainEqual([
      "ytd",
      "2025-01..2025-06",
      "$1.4 billion",
      1400000000,
    ]);
  });

  it("dates the year after a sum of money compared with the figure to that sum only", () => {
    const found = extractClaims(
      "In the first half of the year magnet export earnings were US$0.9 billion, against US$2.1 billion for the whole of 2024.",
      { published: "2025-08-14" },
    ).map((c) => [c.stated.raw, c.period]);
    expect(found).toContainEqual(["US$0.9 billion", "2025-01..2025-06"]);
  });

  it("leaves a firm's earnings unread", () => {
    expect(read("The magnet maker's earnings rose 12% in 2025.")).toEqual([]);
  });
});
