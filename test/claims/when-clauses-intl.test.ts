// "Compared with August, when 1,346 tonnes went to Germany": a level told in a clause on what
// happened in a month is that month's. German writes the clause with "als" after a comma ("als" alone
// is also "than"), Spanish with "cuando", French with "quand" or "lorsque".
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/index.js";

const periodOf = (text: string, figure: string) =>
  extractClaims(text, { published: "2026-01-21" }).find((c) => text.slice(c.start, c.end).startsWith(figure))
    ?.period;

describe("a level in a clause on what happened in a month", () => {
  it.each([
    [
      "Im Vergleich zum Juli, als 619 Tonnen in die USA gingen, fiel der Wert deutlich.",
      "619 Tonnen",
      "2025-07",
    ],
    [
      "Frente a octubre, cuando Japón recibió 226 toneladas, el alza fue notable.",
      "226 toneladas",
      "2025-10",
    ],
    [
      "Par rapport à juin, lorsque l'Inde avait reçu 172 tonnes, la hausse est nette.",
      "172 tonnes",
      "2025-06",
    ],
    ["Compared with June, when India took 172 tonnes, the rise is clear.", "172 tonnes", "2025-06"],
  ])("is that month's: %s", (text, figure, period) => {
    expect(periodOf(text, figure)).toBe(period);
  });
});
