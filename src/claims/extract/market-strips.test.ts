import { describe, expect, it } from "vitest";
import { blankMarketStrips } from "./market-strips.js";

const blanked = (line: string) => blankMarketStrips(line).trim() === "";

describe("a page's market strip", () => {
  it("blanks a strip of index levels, prices and moves, one character for one", () => {
    const text = "FTSE 9,410.3 -0.2%   Silver 51.08 +1.6%   GBP/USD 1.3321\nMagnet exports rose.";
    expect(blankMarketStrips(text)).toBe(`${" ".repeat(56)}\nMagnet exports rose.`);
  });

  it("blanks a price board's line priced per unit, and one led by a label with bars between items", () => {
    expect(blanked("Tb oxide 7,150 yuan/kg ▼0.4%")).toBe(true);
    expect(blanked("Oxides at the close: Pr oxide 548,000 (+0.9%) | Nd oxide 555,000 (-0.1%)")).toBe(true);
  });

  it("keeps trade figures set out the same way, and prose", () => {
    for (const line of [
      "Magnet exports (Oct) 5,473 t ▼5.2%",
      "Japan 305 +35%   India 390 -6%",
      "Magnets 5,473 -5.2%   Rare earths 4,344 -8.6%",
      "Tb oxide 7,150 yuan/kg",
      "Shipments fell 5.2% to 5,473 t.   Japan took 226 t.",
    ])
      expect(blanked(line)).toBe(false);
  });
});
