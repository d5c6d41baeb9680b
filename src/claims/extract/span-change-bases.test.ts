// A change over a span of months (a year, the year so far) is never measured against a single month
// named earlier in its clause: that month is another move's base.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));
const basis = (c: ReturnType<typeof find>) => (c?.stated.type === "change" ? c.stated.basis : null);

describe("the base of a change over a span", () => {
  it("does not borrow a month named by an earlier move in the clause", () => {
    const text =
      "Rare-earth shipments slipped to 4,392 t in December, 1,101.9 t below November, leaving full-year shipments at 62,585 t, 12.9% more than in 2024.";
    const c = find(text, "2026-01-22", "12.9%");
    expect(c?.period).toBe("2025-01..2025-12");
    expect(basis(c)).toBe("yoy");
  });

  it("still lets a month's second move take the month named before it", () => {
    const text = "Japan took 305 t of magnets in November, 79 t more than in October, a rise of 35%.";
    const c = find(text, "2025-12-22", "35%");
    expect(c?.period).toBe("2025-11");
    expect(basis(c)).toBe("mom");
  });
});
