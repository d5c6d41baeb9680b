// How outlets writing in French, Spanish, Portuguese and Italian state figures the reader missed or
// dated wrong: the percent written out in words, a base month named with its preposition, and the
// count of months set before "first".
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a percentage written out as 'pour cent', 'per cento' or 'por cento'", () => {
  it.each([
    ["Les envois de gallium ont progressé de 35 pour cent en juillet.", "35 pour cent", 35],
    ["In luglio le spedizioni di gallio sono salite del 35 per cento.", "35 per cento", 35],
    ["Em julho, as vendas de gálio caíram 12,5 por cento.", "12,5 por cento", -12.5],
  ])("reads %s as a change", (text, words, pct) => {
    expect(find(text, "2025-08-20", words)).toMatchObject({ kind: "change", stated: { pct } });
  });
});

describe("a base month named with French or Italian words of comparison", () => {
  it("keeps the figure's own month when the base is 'par rapport au mois de'", () => {
    const text =
      "Les ventes de germanium ont reculé en mai. Le pays a livré 1 500 kilogrammes, en baisse de 10 pour cent par rapport au mois d’avril.";
    expect(find(text, "2024-06-20", "1 500 kilogrammes")?.period).toBe("2024-05");
    expect(find(text, "2024-06-20", "10 pour cent")).toMatchObject({
      period: "2024-05",
      stated: { pct: -10 },
    });
  });

  it("reads 'qu'au mois de' as the base of a change set against it", () => {
    const text =
      "En novembre, les ventes de gallium ont triplé : 300 pour cent de plus qu’au mois d’octobre.";
    expect(find(text, "2023-12-20", "300 pour cent")?.period).toBe("2023-11");
  });

  it("reads 'rispetto ad aprile' as a base, not the month the figures are of", () => {
    const text =
      "Le vendite di magneti sono calate del 40% rispetto ad aprile. Le spedizioni sono state 1.500 tonnellate.";
    expect(find(text, "2025-07-20", "40%")?.period).toBe("2025-05");
    expect(find(text, "2025-07-20", "1.500 tonnellate")).toBeDefined();
    expect(find(text, "2025-07-20", "1.500 tonnellate")?.period).not.toBe("2025-04");
  });
});

describe("the count of months set before 'first'", () => {
  it.each([
    [
      "Le pays a vendu 30,5 tonnes de germanium au cours des huit premiers mois de 2023.",
      "30,5 tonnes",
      "2023-01..2023-08",
    ],
    [
      "Las ventas de imanes sumaron 9.900 toneladas en los dos primeros meses de 2026.",
      "9.900 toneladas",
      "2026-01..2026-02",
    ],
    [
      "Nos cinco primeiros meses de 2025, as vendas de terras raras somaram 20.000 toneladas.",
      "20.000 toneladas",
      "2025-01..2025-05",
    ],
  ])("dates %s to the span", (text, words, period) => {
    expect(find(text, "2026-03-10", words)?.period).toBe(period);
  });
});

describe("a rank since a month, in Chinese, Japanese and Korean", () => {
  const rankOf = (text: string, published: string, words: string) =>
    extractClaims(text, { published }).find((c) => c.kind === "rank" && c.text.includes(words));

  it.each([
    ["2025年10月，我国对美国出口稀土磁体640吨，为今年3月以来的最高。", "2025-11-20", "以来的最高", "2025-03"],
    ["10月中國對美國出口稀土磁鐵640噸，達到3月以來的最高水平。", "2025-11-20", "以來的最高", "2025-03"],
    [
      "8월 희토류 자석 수출은 6,000t으로 지난 2월(5,000t) 이후 최고치였다.",
      "2025-09-20",
      "이후 최고치",
      "2025-02",
    ],
    [
      "8月のレアアース磁石の輸出は6000トンで、2月の5000トン以来の高水準となった。",
      "2025-09-20",
      "以来の高水準",
      "2025-02",
    ],
  ])("reads %s as a rank since the month named", (text, published, words, since) => {
    expect(rankOf(text, published, words)?.stated).toMatchObject({
      type: "rank",
      n: 1,
      direction: "high",
      scope: { type: "since", period: since },
    });
  });

  it("reads 'N月以來最低' as since that month, not as the last N months", () => {
    const text = "9月稀土出口4000吨，较8月下降30%，创下自2月以来最低水平。";
    expect(rankOf(text, "2025-10-13", "以来最低")?.stated).toMatchObject({
      direction: "low",
      scope: { type: "since", period: "2025-02" },
    });
  });
});

describe("a destination's place as the German and Romance press state it", () => {
  const placeOf = (text: string, published: string) =>
    extractClaims(text, { published })
      .filter((c) => c.kind === "rank")
      .map((c) => [c.partner, c.stated.type === "rank" ? c.stated.n : null]);

  it.each([
    [
      "Im Juni stiegen die Ausfuhren auf 3.000 Tonnen. Größter Abnehmer war Südkorea mit 700 Tonnen.",
      [["KOR", 1]],
    ],
    [
      "Im Juni exportierte China 500 Kilogramm Germanium. Hauptabnehmer war Frankreich mit 300 Kilogramm.",
      [["FRA", 1]],
    ],
    ["En juin, les ventes vers le Japon, le premier destinataire, ont atteint 700 tonnes.", [["JPN", 1]]],
    ["A giugno l'India, al secondo posto, ha ricevuto 400 tonnellate.", [["IND", 2]]],
    ["A giugno gli Stati Uniti – il principale destinatario – hanno ricevuto 700 tonnellate.", [["USA", 1]]],
  ])("reads the place in %s", (text, expected) => {
    expect(placeOf(text, "2025-07-21")).toEqual(expected);
  });
});

describe("a percentage said in words, and a German change whose verb comes last", () => {
  it.each([
    ["Im März lieferte China 900 Kilogramm Gallium, zwölf Prozent mehr als im Februar.", "zwölf Prozent", 12],
    [
      "En mars, la Chine a livré 900 kilogrammes de gallium, soit douze pour cent de plus qu’en février.",
      "douze pour cent",
      12,
    ],
    ["En marzo, las ventas de galio cayeron un quince por ciento.", "quince por ciento", -15],
    ["Im März ist die Galliumausfuhr gegenüber Februar um knapp 30 Prozent gesunken.", "30 Prozent", -30],
    [
      "Die Germaniumausfuhr ging im März deutlich zurück, um 40 Prozent auf 300 Kilogramm.",
      "40 Prozent",
      -40,
    ],
  ])("reads %s", (text, words, pct) => {
    expect(find(text, "2025-04-20", words)).toMatchObject({
      kind: "change",
      period: "2025-03",
      stated: { pct },
    });
  });
});

describe("a span and the world total in Korean, Japanese and Chinese", () => {
  it.each([
    ["올해 1월부터 10월까지 희토류 수출량은 5만2,000톤이었다.", "5만2,000톤", "2025-01..2025-10"],
    ["1月から10月までのレアアース輸出は5万2000トンだった。", "5万2000トン", "2025-01..2025-10"],
  ])("reads a span from one month to another: %s", (text, words, period) => {
    expect(find(text, "2025-11-20", words)?.period).toBe(period);
  });

  it.each([
    ["7月对美国出口磁体600吨；总体来看，7月向全球出口5500吨。", "5500吨"],
    ["7月の米国向けは600トンで、世界全体への輸出量は5500トンだった。", "5500トン"],
  ])("reads exports to the whole world as the total: %s", (text, words) => {
    expect(find(text, "2025-08-20", words)?.partner).toBe("WLD");
  });
});

describe("a product named as what a policy covers, in Chinese, Japanese and Korean", () => {
  it.each([
    [
      "8月のレアアース磁石の輸出は6000トンだった。中国はレアアースの輸出規制を続けている。米国向けは600トンだった。",
      "600トン",
    ],
    ["8月稀土磁体出口6000吨。中方维持稀土出口管制。对美国出口600吨。", "600吨"],
    [
      "8월 희토류 자석 수출은 6,000톤이었다. 중국은 희토류 수출통제를 유지했다. 미국 수출은 600톤이었다.",
      "600톤",
    ],
  ])("keeps the product the text spoke of: %s", (text, words) => {
    const claims = extractClaims(text, { published: "2025-09-20" });
    const claim = claims.filter((c) => text.slice(c.start, c.end).includes(words)).pop();
    expect(claim?.series).toBe("rare-earth-magnets");
  });
});

describe("nothing shipped, said in words in other languages", () => {
  it.each([
    ["Im Juli hat China kein Germanium exportiert.", "kein", "germanium"],
    ["Die Germaniumausfuhren lagen im Juli bei null.", "null", "germanium"],
    ["A luglio le esportazioni di germanio sono crollate a zero.", "zero", "germanium"],
    ["7月のゲルマニウムの輸出はゼロだった。", "ゼロ", "germanium"],
    ["7月はゲルマニウムの輸出がなかった。", "なかった", "germanium"],
  ])("reads %s as a level of zero", (text, words, series) => {
    expect(find(text, "2025-08-20", words)).toMatchObject({
      kind: "level",
      series,
      period: "2025-07",
      stated: { value: 0 },
    });
  });

  it("reads no zero in a rate or a tariff", () => {
    const text = "Die Zölle auf Germanium lagen im Juli bei null Prozent.";
    expect(extractClaims(text, { published: "2025-08-20" })).toEqual([]);
  });
});

describe("'EE. UU.' broken over lines by a page's layout", () => {
  it("reads the United States and the change after it in one sentence", () => {
    const text = "En julio, los envíos de imanes a los EE.\nUU.\ncrecieron un 20% frente a junio.";
    expect(find(text, "2025-08-20", "20%")).toMatchObject({
      kind: "change",
      partner: "USA",
      period: "2025-07",
    });
  });

  it("still ends a sentence after 'EE. UU.' when a capital follows", () => {
    const text =
      "En julio, Japón recibió 200 toneladas de imanes, más que EE. UU. Alemania recibió 1.000 toneladas.";
    expect(find(text, "2025-08-20", "1.000 toneladas")?.partner).toBe("DEU");
  });
});

describe("a base figure's month", () => {
  it("reads a month after 'contre' and a figure in the singular ('1,2 tonne en mai') as that figure's", () => {
    const text =
      "Les ventes de gallium ont atteint 4,1 tonnes contre 1,2 tonne en mai, bien que le volume de juin soit resté faible.";
    expect(find(text, "2024-07-20", "4,1 tonnes")?.period).toBe("2024-06");
    expect(find(text, "2024-07-20", "1,2 tonne")?.period).toBe("2024-05");
  });

  it("reads Korean '전달의' before a figure as the month before the text's", () => {
    const text = "10월 대미 희토류 자석 수출량은 600t으로, 전달의 500t보다 늘었다.";
    expect(find(text, "2025-11-20", "500t")?.period).toBe("2025-09");
  });
});

describe("Japanese '以降' opens a window, and a policy's start is no figure's month", () => {
  it("dates the figure after '8月以降に' to the text's month, not to August", () => {
    const text =
      "中国が10月にガリウムを輸出した。規制が強化された8月以降に輸出が確認されたのは初めて。輸出量は300キロだった。";
    expect(find(text, "2023-11-20", "300キロ")?.period).toBe("2023-10");
  });

  it("reads '1月以降で最高' as a rank since January", () => {
    const text = "7月のレアアース磁石輸出は5500トンで、1月以降で最高となった。";
    const rank = extractClaims(text, { published: "2025-08-20" }).find((c) => c.kind === "rank");
    expect(rank?.stated).toMatchObject({ scope: { type: "since", period: "2025-01" } });
  });
});

describe("a country named as an actor in Chinese, Japanese and Korean", () => {
  it("does not take 'US tariffs' as the destination of the figure beside them", () => {
    const text = "중국 희토류 자석 수출은 미국 관세에 대한 보복으로 4월 2,600t으로 급감했다.";
    expect(find(text, "2025-05-20", "2,600t")?.partner).toBe("WLD");
  });
});

describe("a base figure of a year the Chinese words name, and the change said against it", () => {
  it("dates '2024年同期的' to that year's month and reads '高出' as a rise", () => {
    const text = "12月出口量为4400吨，比2024年同期的3300吨高出33%。";
    expect(find(text, "2026-01-14", "3300吨")?.period).toBe("2024-12");
    expect(find(text, "2026-01-14", "33%")).toMatchObject({
      kind: "change",
      period: "2025-12",
      stated: { pct: 33 },
    });
  });
});

describe("a destination's share and place as Chinese, Japanese and Korean outlets state them", () => {
  it.each([
    ["德國占中國9月稀土磁鐵出口總量的22%。", "22%", "DEU", 22],
    ["9月の磁石の輸出先は、ドイツが22%を占めた。", "22%", "DEU", 22],
    ["독일은 중국의 9월 희토류 자석 수출의 22%를 차지했다.", "22%", "DEU", 22],
  ])("reads the share in %s", (text, words, partner, pct) => {
    expect(find(text, "2025-10-20", words)).toMatchObject({
      kind: "share",
      partner,
      period: "2025-09",
      stated: { pct },
    });
  });

  it("reads '僅次於X的第2大' as second behind X, said of the destination before", () => {
    const text = "9月南韓成為僅次於德國的第2大中國稀土磁鐵買家。";
    const rank = extractClaims(text, { published: "2025-10-20" }).find((c) => c.kind === "rank");
    expect(rank).toMatchObject({ partner: "KOR", stated: { n: 2 } });
  });
});

describe("a Romance run from one figure in a month to another", () => {
  it.each([
    [
      "Le esportazioni verso il Giappone sono scese, passando da 300 tonnellate ad agosto a 250 tonnellate.",
      "300 tonnellate",
      "250 tonnellate",
    ],
    [
      "Las exportaciones a Japón bajaron de 300 toneladas en agosto a 250 toneladas.",
      "300 toneladas",
      "250 toneladas",
    ],
  ])("dates the first figure to the month named and the second to the text's: %s", (text, first, second) => {
    expect(find(text, "2025-10-20", first)?.period).toBe("2025-08");
    expect(find(text, "2025-10-20", second)?.period).toBe("2025-09");
  });
});

describe("year-on-year words in Portuguese, French and Italian", () => {
  it.each([
    ["Em junho, as vendas de ímanes cresceram 20%, em termos homólogos.", "20%"],
    [
      "En juin, les ventes d'aimants ont augmenté de 20 % par rapport au même mois de l'année précédente.",
      "20 %",
    ],
    [
      "A giugno le vendite di magneti sono aumentate del 20% rispetto allo stesso mese dell'anno scorso.",
      "20%",
    ],
  ])("reads %s as a change on the year", (text, words) => {
    expect(find(text, "2025-07-20", words)).toMatchObject({ kind: "change", stated: { basis: "yoy" } });
  });
});

describe("a change said between two months in a Romance language", () => {
  it("is the second month's, against the first", () => {
    const text = "As vendas de ímanes aumentaram 15%, entre abril e maio.";
    expect(find(text, "2025-07-20", "15%")).toMatchObject({ period: "2025-05", stated: { basis: "mom" } });
  });
});

describe("a multiple said in a Romance word", () => {
  it.each([
    ["A maggio le vendite di magneti si sono dimezzate rispetto ad aprile.", "dimezzate", -50],
    ["En mai, les ventes d'aimants ont été divisées par deux.", "divisées par deux", -50],
    ["En mayo, las ventas de imanes se duplicaron.", "se duplicaron", 100],
  ])("reads %s", (text, words, pct) => {
    expect(find(text, "2025-06-20", words)).toMatchObject({
      kind: "change",
      period: "2025-05",
      stated: { pct },
    });
  });
});
