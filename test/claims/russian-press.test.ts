// Russian trade news, read through the English words of its trade vocabulary (russian-words.ts):
// months in every case ("в октябре", "к сентябрю", "за январь–сентябрь"), "т" and "тонн", "тыс. т",
// "на 33,4%", "по сравнению с тем же месяцем прошлого года", destinations in every case ("в Южную
// Корею"), and rare earths ("редкоземельных металлов") told from magnets. A wrong figure in a
// Russian sentence stays unverifiable: a sentence not in English is never contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";
import { russianGlosses } from "../../src/claims/extract/russian-words.js";

const store = useReferenceStore();

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
    // a decimal comma before 'тысячи' with three digits after it: rare earths, January-February 2026
    [
      "В январе-феврале 2026 года Китай экспортировал 10,468 тысячи тонн редкоземельных металлов.",
      "2026-03-10",
      "10,468 тысячи тонн",
      ["rare-earths", "WLD", "2026-01..2026-02"],
    ],
    // a rank said in one word, quoted whole: July 5,577 t, the highest since January
    [
      "В июле экспорт редкоземельных магнитов из КНР достиг шестимесячного максимума.",
      "2025-08-21",
      "шестимесячного максимума",
      ["rare-earth-magnets", "WLD", "2025-07"],
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

  it.each([
    // January-June 22,319 t, 18.9% below January-June 2024
    [
      "В первом полугодии экспорт магнитов составил 22 319 т, что на 18,9% меньше, чем годом ранее.",
      "2025-07-21",
      "22 319 т",
      "2025-01..2025-06",
    ],
    [
      "В первом полугодии экспорт магнитов составил 22 319 т, что на 18,9% меньше, чем годом ранее.",
      "2025-07-21",
      "на 18,9% меньше",
      "2025-01..2025-06",
    ],
    // January-November 51,440 t
    [
      "За первые 11 месяцев Китай экспортировал 51 440 тонн редкоземельных магнитов.",
      "2025-12-21",
      "51 440 тонн",
      "2025-01..2025-11",
    ],
    // 2024 58,152 t
    [
      "В 2024 году Китай экспортировал 58 152 т магнитов, а в 2025 году — 57 392 т.",
      "2026-01-21",
      "58 152 т",
      "2024-01..2024-12",
    ],
  ])(
    "dates the figure by a half, the first months or a year: %s (%s)",
    async (text, published, quote, period) => {
      const c = await claimAt(store, text, quote, published);
      expect(c).toMatchObject({ period, verdict: "supported" });
    },
  );

  it("reads 'за десять месяцев', 'чем за тот же период 2024 года' and 'РЗМ' (rare earths)", async () => {
    // rare earths, January-October 2025: 52,699.2 t, +10.5% on January-October 2024 (47,689 t)
    const text =
      "За десять месяцев года экспорт РЗМ из Китая составил 52,7 тыс. тонн — на 10,5% больше, чем за тот же период 2024 года.";
    expect(await readingAt(store, text, "52,7 тыс. тонн", "2025-11-08")).toEqual({
      verdict: "supported",
      series: "rare-earths",
      partner: "WLD",
      period: "2025-01..2025-10",
    });
    const c = await claimAt(store, text, "на 10,5% больше", "2025-11-08");
    expect(c).toMatchObject({ kind: "change", period: "2025-01..2025-10", verdict: "supported" });
    expect(c?.stated).toMatchObject({ basis: "yoy" });
  });

  it("reads a change of 'стоимость поставок' as a change of value, not of tonnes", async () => {
    const text =
      "Стоимость поставок редкоземельных металлов за январь - ноябрь увеличилась на 0,1%, до $448,3 млн.";
    const c = await claimAt(store, text, "увеличилась на 0,1%", "2025-12-08");
    expect(c).toMatchObject({ kind: "change", series: "rare-earths", verdict: "unverifiable" });
    expect(c?.explanation).toMatch(/no rare-earths value/);
  });

  it("reads 'или на 33,4%' after a fall as the size of that fall", async () => {
    // Korea: September 854 t, October 569 t (-33.4%)
    const text = "Поставки магнитов в Южную Корею в октябре сократились до 569 т, или на 33,4% к сентябрю.";
    const c = await claimAt(store, text, "или на 33,4%", "2025-11-21");
    expect(c).toMatchObject({ kind: "change", partner: "KOR", verdict: "supported" });
    expect(c?.stated).toMatchObject({ pct: -33.4, basis: "mom" });
  });

  it("reads a streak said after 'Это' ('второй месяц снижения подряд')", async () => {
    // September 5,774 t and October 5,473 t: two falls after August's 6,146 t
    const text = "В октябре экспорт магнитов снизился до 5473 т. Это второй месяц снижения подряд.";
    const c = await claimAt(store, text, "второй месяц снижения подряд", "2025-11-21");
    expect(c).toMatchObject({ kind: "rank", period: "2025-10", verdict: "supported" });
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
  it("reads a month word standing alone as that month, not as January", () => {
    expect(russianGlosses("Данные за ноябрь").map((g) => g.word)).toContain("November");
    expect(russianGlosses("Ноябрьские поставки магнитов выросли").map((g) => g.word)).toEqual([
      "November",
      "shipments",
      "of magnets",
      "rose",
    ]);
    expect(russianGlosses("Итоги марта и мая").map((g) => g.word)).toEqual(["March", "and", "May"]);
  });

  it("reads a country only with its capital: 'германий' is germanium, not Germany", () => {
    expect(russianGlosses("экспорт германия").map((g) => g.word)).toEqual(["exports"]);
    expect(russianGlosses("экспорт в Германию").map((g) => g.word)).toEqual(["exports", "to Germany"]);
  });

  it("reads a Russian sentence inside English text as it reads it alone, where a word starts before its Cyrillic", () => {
    // a year before 'года', figures before 'тыс.' and '-месячный', ', чем' from its comma, a decimal comma
    const ru =
      "Итоги 2025 года: поставки составили 5,77 тыс. т, 6-месячный максимум, больше, чем годом ранее; доля Японии — 12,5%.";
    const alone = russianGlosses(ru);
    expect(alone.map((g) => [ru.slice(g.index, g.index + g.length), g.word])).toEqual([
      ["2025 года", "2025"],
      ["поставки", "shipments"],
      ["составили", "was"],
      ["5,77", "5.77"],
      ["тыс. т", "thousand tonnes"],
      ["6-месячный максимум", "a six-month high"],
      ["больше", "more"],
      [", чем годом ранее", " than a year earlier"],
      ["доля", "share"],
      ["Японии", "Japan"],
      ["12,5", "12.5"],
    ]);
    const en = "Japan took 1,150 t in March, against 980 t in February. ";
    const inside = russianGlosses(en + ru).map((g) => ({ ...g, index: g.index - en.length }));
    expect(inside).toEqual(alone);
  });
});
