// A share "of the total" joined by "and" to the next figure said of the subject: the total is the
// share's whole, not the next figure's subject.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const changes = (text: string, published: string) =>
  extractClaims(text, { published })
    .filter((c) => c.kind === "change")
    .map((c) => [c.partner, c.period, c.stated.type === "change" ? c.stated.pct : null]);

describe("a share of the total, then 'and' another figure", () => {
  it.each([
    [
      "In December Korea took 815 t of magnets, nearly 14% of the total and 43% more than in October.",
      "KOR",
      43,
    ],
    ["In November Japan got 305 t of magnets, about 5% of the total and up 35% on the month.", "JPN", 35],
  ])("%s", (text, partner, pct) => {
    const published = text.includes("December") ? "2026-01-22" : "2025-12-22";
    expect(changes(text, published)[0]?.[0]).toBe(partner);
    expect(changes(text, published)[0]?.[2]).toBe(pct);
  });
});
