// Russian trade news, read through the English words of its trade vocabulary (russian-words.ts):
// months in every case ("в октябре", "к сентябрю", "за январь–сентябрь"), "т" and "тонн", "тыс. т",
// "на 33,4%", "по сравнению с тем же месяцем прошлого года", destinations in every case ("в Южную
// Корею"), and rare earths ("редкоземельных металлов") told from magnets. A wrong figure in a
// Russian sentence stays unverifiable: a sentence not in English is never contradicted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";
import { referenceStore } from "../helpers/stores.js";
import { russianGlosses } from "../../src/claims/extract/russian-words.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

describe("Russian figures", () => {
  it.each([
    // magnets to South Korea: September 854 t
    [
      "Поставки редкоземельных магнитов из КНР в Южную Корею в сентябре составили 854 т.",
      "2025-10-21",
      "854 т",
      ["rare-earth-magnets", "KOR", "2025-09"],
    ],
    // rare earths (not magnets): June 7,742.2 t
    [
      "В июне экспорт редкоземельных металлов из Китая достиг 7742,2 тонны.",
      "2025-07-21",
      "7742,2 тонны",
      ["rare-earths", "WLD", "2025-06"],
    ],
    // magnets, January-September 39,817 t
    [
      "За январь–сентябрь Китай экспортировал около 39,8 тыс. т редкоземельных магнитов.",
      "2025-10-21",
      "около 39,8 тыс. т",
      ["rare-earth-magnets", "WLD", "2025-01..2025-09"],
    ],
  ])("reads and supports: %s", async (text, published, quote, [series, partner, period]) => {
    expect(await readingAt(store, text, quote, published)).toEqual({
      verdict: "supported",
      series,
      partner,
      period,
    });
  });

  it("reads a change on the month named in the dative ('к сентябрю') and its level", async () => {
    // Korea: September 854 t, October 569 t (-33.4%)
    const text = "В октябре экспорт магнитов в Южную Корею снизился на 33,4% к сентябрю, до 569 тонн.";
    const change = await claimAt(store, text, "снизился на 33,4%", "2025-11-21");
    expect(change).toMatchObject({ kind: "change", partner: "KOR", period: "2025-10", verdict: "supported" });
    expect(change?.stated).toMatchObject({ basis: "mom" });
    expect(await readingAt(store, text, "569 тонн", "2025-11-21")).toMatchObject({ verdict: "supported" });
  });

  it("reads 'по сравнению с тем же месяцем прошлого года' as year-on-year", async () => {
    // October 5,473 t against 4,725 t in October 2024: +15.8%
    const text =
      "По сравнению с тем же месяцем прошлого года экспорт редкоземельных магнитов в октябре вырос на 15,8%.";
    const c = await claimAt(store, text, "вырос на 15,8%", "2025-11-21");
    expect(c).toMatchObject({ kind: "change", period: "2025-10", verdict: "supported" });
    expect(c?.stated).toMatchObject({ basis: "yoy" });
  });

  it("reads a rank said in one word ('шестимесячного максимума') and quotes it whole", async () => {
    // July 5,577 t: the highest since January
    const text = "В июле экспорт редкоземельных магнитов из КНР достиг шестимесячного максимума.";
    expect(await readingAt(store, text, "шестимесячного максимума", "2025-08-21")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-07",
    });
  });

  it("leaves a wrong figure unverifiable because the sentence is not in English", async () => {
    // Japan: November 305 t
    const text = "В ноябре Китай экспортировал в Японию 350 т редкоземельных магнитов.";
    const c = await claimAt(store, text, "350 т", "2025-12-21");
    expect(c).toMatchObject({
      verdict: "unverifiable",
      series: "rare-earth-magnets",
      partner: "JPN",
      period: "2025-11",
    });
    expect(c?.explanation).toMatch(/not in English/);
  });
});

describe("the Russian glossary", () => {
  it("reads a country only with its capital: 'германий' is germanium, not Germany", () => {
    expect(russianGlosses("экспорт германия").map((g) => g.word)).toEqual(["exports"]);
    expect(russianGlosses("экспорт в Германию").map((g) => g.word)).toEqual(["exports", "to Germany"]);
  });
});
