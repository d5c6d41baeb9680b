// A multiple of another destination's amount, the destination named between "the" and its noun:
// "three times the Japanese volume", "more than twice the US figure".
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("n times the destination's amount", () => {
  it.each([
    [
      "Korea took 854 t of magnets in September, more than three times the Japanese volume.",
      "KOR",
      "JPN",
      200,
    ],
    ["Germany's 1,288 t in September was three times the US figure.", "DEU", "USA", 200],
  ])("%s", (text, partner, versus, pct) => {
    const c = find(text, "2025-10-22", "times");
    expect(c?.kind).toBe("change");
    expect(c?.partner).toBe(partner);
    expect(c?.period).toBe("2025-09");
    expect(c?.stated.type === "change" && c.stated.versus).toBe(versus);
    expect(c?.stated.type === "change" && c.stated.pct).toBe(pct);
  });

  it("leaves 'n times the level of' a month to the month", () => {
    const text = "Shipments to India hit 418 t in July, more than twice the level of June.";
    const c = find(text, "2025-08-22", "twice");
    expect(c?.stated.type === "change" && c.stated.versus).toBeUndefined();
  });
});
