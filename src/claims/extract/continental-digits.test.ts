import { describe, expect, it } from "vitest";
import { englishDigits } from "./continental-digits.js";

describe("a decimal comma before a percent in an English text", () => {
  it("is rewritten as a decimal point, character for character", () => {
    const text = "Exports were 4,392 t, 20,1 % less than in November; the US share was 9,5 per cent.";
    const out = englishDigits(text);
    expect(out).toBe("Exports were 4,392 t, 20.1 % less than in November; the US share was 9.5 per cent.");
    expect(out).toHaveLength(text.length);
  });

  it("leaves a sentence in German, French, Spanish or Italian to the clause reader", () => {
    const text =
      "Magnet exports rose 12.4% to 6,150 t. Die Exporte nach Japan stiegen um 35,0 % auf 305 Tonnen im November.";
    expect(englishDigits(text)).toBe(text);
  });

  it("leaves a thousands comma and a list's comma alone", () => {
    const text = "Shipments of 1,234 t and 6,150 t, with shares of 12, 9 and 5%.";
    expect(englishDigits(text)).toBe(text);
  });
});

describe("a text marked as translated from a language that writes a thousands dot", () => {
  it("reads its dotted thousands the source's way, character for character", () => {
    const text =
      "[Translated from the German] Exports fell to 5.774 tonnes, about 6 percent less; Germany took 1.288 tonnes.";
    expect(englishDigits(text)).toBe(
      "[Translated from the German] Exports fell to 5,774 tonnes, about 6 percent less; Germany took 1,288 tonnes.",
    );
  });

  it("leaves them as written when a figure only English writes shows the convention ('6.1 percent')", () => {
    const text =
      "[Translated from the German] Exports fell to 5.774 tonnes, 6.1 percent less than in August.";
    expect(englishDigits(text)).toBe(text);
  });

  it("leaves a dotted figure in a text with no such mark as written", () => {
    const text = "Exports fell to 5.774 tonnes, about 6 percent less than in August.";
    expect(englishDigits(text)).toBe(text);
  });
});
