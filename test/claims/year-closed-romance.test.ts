// "closed 2025 with 57,392 tonnes": a year a story says was closed with a total is that total's
// period, in Spanish ("cerró 2025 con"), Portuguese ("fechou 2025 com"), French ("a clôturé 2025
// avec") and Italian ("ha chiuso il 2025 con") as in English, even after a month in the same clause.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/index.js";

const periodOf = (text: string, figure: string) =>
  extractClaims(text, { published: "2026-01-22" }).find((c) => text.slice(c.start, c.end).startsWith(figure))
    ?.period;

describe("a year closed with its total", () => {
  it.each([
    [
      "Las exportaciones de tierras raras bajaron en diciembre y China cerró 2025 con 62.585 toneladas.",
      "62.585 toneladas",
    ],
    [
      "As exportações de terras raras caíram em dezembro, e a China fechou 2025 com 62.585 toneladas.",
      "62.585 toneladas",
    ],
    [
      "Les exportations ont reculé en décembre et la Chine a clôturé 2025 avec 62 585 tonnes.",
      "62 585 tonnes",
    ],
    [
      "Le esportazioni sono calate a dicembre e la Cina ha chiuso il 2025 con 62.585 tonnellate.",
      "62.585 tonnellate",
    ],
  ])("dates the total by the year: %s", (text, figure) => {
    expect(periodOf(text, figure)).toBe("2025-01..2025-12");
  });
});
