// "a record monthly high in May": the rank words run to "high", so the month named after them is the record's.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const ranks = (text: string, published: string) =>
  extractClaims(text, { published })
    .filter((c) => c.kind === "rank")
    .map((c) => [c.text, c.period, c.stated.type === "rank" ? c.stated.direction : null]);

describe("a record monthly high, low or total", () => {
  it("dates the record by the month named after it, not by the clause's month", () => {
    const text =
      "Rare earth exports in August slipped 4% on the year after touching a record monthly high in July.";
    expect(ranks(text, "2024-09-10")).toEqual([["a record monthly high", "2024-07", "high"]]);
  });

  it("reads a record monthly low as a low", () => {
    const text = "Magnet shipments to Japan hit a record monthly low in April.";
    expect(ranks(text, "2025-05-25")).toEqual([["a record monthly low", "2025-04", "low"]]);
  });
});
