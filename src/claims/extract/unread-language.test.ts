// A sentence in a language the reader does not read keeps its figures, but a contradiction of them
// is doubted: the destination, base or negation may be written in words the reader does not know.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { unreadLanguage } from "./unread-language.js";

const PUB = { published: "2025-12-20" };

describe("unreadLanguage", () => {
  it.each([
    [
      "Pada November 2025, pengiriman magnet dari China ke Jepang tercatat sebanyak 412 ton menurut data bea cukai.",
    ],
    ["Em novembro de 2025, as exportações de ímãs da China para o Japão subiram para 412 toneladas."],
    ["Kasım 2025'te Çin'in Japonya'ya mıknatıs ihracatı 412 ton oldu ve geçen aya göre arttı."],
    // Portuguese shares "de", "agosto" and "toneladas" with Spanish, which the reader reads in part
    ["Em agosto de 2025, as vendas de ímãs para os Estados Unidos foram de 590 toneladas."],
    // "AS" is Amerika Serikat, not "as"; "total" and "data" are Indonesian words too
    [
      "Menurut data resmi, total pengiriman magnet ke AS pada bulan Mei turun sebesar 9% dibandingkan dengan April.",
    ],
  ])("finds %s unread", (t) => {
    expect(unreadLanguage(t)).toBe(true);
  });

  it.each([
    ["In November 2025 China shipped 412 tons of magnets to Japan, customs data showed."],
    ["Exports rose 12% last month, customs data showed Tuesday."],
    ["Im November 2025 exportierte China 412 Tonnen Magnete nach Japan, wie die Zollbehörde mitteilte."],
    ["11月中国对日本出口稀土磁体412吨，同比增长8%。"],
    ["Germany, South Korea, Vietnam, Mexico and India followed."],
    ["Total shipments to the US fell 9% in May, as data from customs showed."],
    ["En julio de 2025, las exportaciones de imanes de China hacia Estados Unidos fueron de 590 toneladas."],
  ])("reads %s", (t) => {
    expect(unreadLanguage(t)).toBe(false);
  });
});

describe("figures in unread sentences", () => {
  const doubted = (text: string) =>
    extractClaims(text, PUB).map((c) => [c.partner, c.cautions?.includes("language") === true]);

  it("doubts the world total of an Indonesian sentence whose destination the reader cannot read", () => {
    expect(
      doubted(
        "Pada November 2025, pengiriman magnet dari China ke Meksiko tercatat sebanyak 412 ton menurut data bea cukai.",
      ),
    ).toEqual([["WLD", true]]);
  });

  it("doubts a change whose Indonesian sentence names the United States as AS", () => {
    expect(
      doubted(
        "Pada bulan Mei, total ekspor magnet ke AS turun sebesar 9% dibandingkan dengan April, menurut data resmi.",
      ),
    ).toEqual([["USA", true]]);
  });

  it("leaves the English sentence undoubted", () => {
    expect(
      doubted("In November 2025 China shipped 412 tons of magnets to Japan, customs data showed."),
    ).toEqual([["JPN", false]]);
  });

  it("leaves an English world total undoubted when an unread sentence stands next to it", () => {
    expect(
      doubted(
        "China exported 6,020 tons of magnets in November 2025. Pengiriman ke Jepang naik tajam menurut data bea cukai pada bulan itu juga.",
      ),
    ).toEqual([["WLD", false]]);
  });
});
