// A month named only to compare with, in German, French, Spanish, Portuguese, Italian and Japanese:
// "nach 5.774 Tonnen im September", "mehr als im September", "face a outubro", "do que em outubro",
// "contre 5 473 tonnes en octobre", "1月の6357トンに次ぐ". It is the base of the figure beside it,
// not the month the text goes on about, so the next sentence keeps the month named before it.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const periodAt = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words))?.period;

describe("a month set against the text's month in another language", () => {
  it.each([
    [
      "Chinas Magnetexporte sind im Oktober gesunken. Es wurden 5.473 Tonnen exportiert, nach 5.774 Tonnen im September. Nach Deutschland gingen 1.118 Tonnen.",
      "1.118 Tonnen",
    ],
    [
      "Im Oktober stiegen die Lieferungen in die USA. Es gingen 656 Tonnen dorthin, 56 Prozent mehr als im September. Nach Südkorea gingen 569 Tonnen.",
      "569 Tonnen",
    ],
    [
      "As exportações de ímanes recuperaram em outubro. Para os Estados Unidos subiram 56% face a setembro. A Coreia recebeu 569 toneladas.",
      "569 toneladas",
    ],
    [
      "Os dados de outubro foram divulgados. A Alemanha recebeu 1.118 toneladas, menos 13% do que em setembro. A Coreia recebeu 569 toneladas.",
      "569 toneladas",
    ],
    [
      "Les exportations d'aimants ont reculé en octobre. La Chine a exporté 5 473 tonnes, contre 5 774 tonnes en septembre. Le Japon a reçu 226 tonnes.",
      "226 tonnes",
    ],
  ])("keeps the text's month for the next sentence: %s", (text, quote) => {
    expect(periodAt(text, "2025-11-21", quote)).toBe("2025-10");
  });

  it("reads the month a Japanese rank is set below as that rank's base", () => {
    const text =
      "11月の磁石輸出が発表された。輸出は6150トンで、過去最多だった1月の6357トンに次ぐ水準。米国向けは582トンだった。";
    expect(periodAt(text, "2025-12-22", "6150トン")).toBe("2025-11");
    expect(periodAt(text, "2025-12-22", "582トン")).toBe("2025-11");
  });

  it("still reads a destination after 'nach' as where the exports went, not a base", () => {
    const text = "Nach Indien gingen im September 416 Tonnen Seltenerdmagnete.";
    expect(periodAt(text, "2025-10-21", "416 Tonnen")).toBe("2025-09");
  });
});

describe("a base month after a figure or a percentage word, in Spanish, Portuguese and Indonesian", () => {
  const read = (text: string, published: string, words: string) => {
    const c = extractClaims(text, { published }).find((x) => text.slice(x.start, x.end).includes(words));
    return c && [c.period, c.stated.type === "change" ? c.stated.basis : null];
  };

  it("keeps the claim's month for a fall set against the year before, after a rise 'sobre la cifra de' a month", () => {
    const text =
      "Japón recibió 305 toneladas en noviembre, un alza del 35 por ciento sobre la cifra de octubre, aunque un 12 por ciento menos respecto al año anterior.";
    expect(read(text, "2025-12-22", "12 por ciento")).toEqual(["2025-11", "yoy"]);
  });

  it("reads 'em comparação com' a month as the base, not the claim's month", () => {
    const text =
      "As vendas de ímanes somaram 6.150 toneladas em novembro. Em comparação com outubro, a alta foi de 12%.";
    expect(read(text, "2025-12-22", "12%")).toEqual(["2025-11", "mom"]);
  });

  it("reads Indonesian 'dari' and 'dibandingkan' before a month's tonnage as bases", () => {
    const text =
      "Pada November, ekspor magnet naik menjadi 6.150 ton dari 5.473 ton pada Oktober, dan naik 9% dibandingkan 5.640 ton pada November 2024.";
    expect(read(text, "2025-12-22", "9%")).toEqual(["2025-11", "yoy"]);
  });
});
