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

describe("a translation's own way of writing figures, shown by its other figures", () => {
  it("reads dotted thousands where the translator restates one figure in brackets the English way", () => {
    const text =
      "Translated from the Italian. Shipments came to 6.146 tonnellate (6,146 tonnes), 10,2% more; " +
      "over eight months 39.817 tonnes.";
    expect(englishDigits(text)).toBe(
      "Translated from the Italian. Shipments came to 6,146 tonnellate (6,146 tonnes), 10.2% more; " +
        "over eight months 39,817 tonnes.",
    );
  });

  it("keeps the English reading when a bracketed figure is another figure, not a restatement", () => {
    const text =
      "Translated from the Italian. Shipments came to 6.146 tonnellate (5,774 tonnes in September).";
    expect(englishDigits(text)).toBe(text);
  });

  it("reads a decimal comma in tonnes where thousands are set apart by spaces", () => {
    const text =
      "Exports reached 6 146 tonnes, 10,2% more; gallium came to 9,007 tonnes and germanium 0,763 tonnes.";
    expect(englishDigits(text)).toBe(
      "Exports reached 6 146 tonnes, 10.2% more; gallium came to 9.007 tonnes and germanium 0.763 tonnes.",
    );
  });

  it("leaves '9,007 tonnes' as written when the text's other figures do not show that convention", () => {
    const without = [
      "Gallium exports came to 9,007 tonnes, 10,2% more.", // no spaced thousands
      "Exports reached 6 146 tonnes; gallium came to 9,007 tonnes.", // no decimal comma
      "Exports reached 6 146 tonnes, 10,2% more, and 12.4 t of gallium; germanium 9,007 tonnes.", // a decimal point
    ];
    for (const text of without) expect(englishDigits(text).includes("9,007")).toBe(true);
  });
});

describe("a page's market strip above a translated article", () => {
  it("does not rule out the article's convention with the strip's own figures", () => {
    const text =
      "FTSE 9,410 +0.3%   Euro/Dollar 1.171   Brent 63.25 -0.8%\n\nExports to Italy fell 4,5 percent to 1.204 tons.";
    expect(englishDigits(text)).toContain("fell 4.5 percent to 1,204 tons.");
  });

  it("keeps a strip that states tonnages as the text's evidence", () => {
    const text =
      "Japan 305 t +35.0%   Korea 569 t -33.0%\n\nExports to Italy fell 4,5 percent to 1.204 tons.";
    expect(englishDigits(text)).toContain("to 1.204 tons.");
  });
});
