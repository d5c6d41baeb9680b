// Wordings from the Korean, Japanese, Portuguese and Indonesian press read as a reader of each takes
// them: a multiple's bound said after it ("7배 이상", "7倍以上": more than x7), "no mês passado" (last
// month) and a base figure's month after "acima de" (its base), magnets made of rare earths
// ("magnet permanen berbasis tanah jarang"), and German half-years ("im Halbjahr").
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimsRead } from "../helpers/verdicts.js";

const store = useReferenceStore();

const read = (text: string, published: string) => claimsRead(store, text, published);

describe("a multiple with its bound said after it", () => {
  it("reads Korean '이상' as more than", async () => {
    const got = await read(
      "미국행 희토류 자석 수출은 6월 353톤으로, 한 달 전보다 7배 이상 많았다.",
      "2025-07-21",
    );
    expect(got.find((c) => c.words.includes("배"))).toMatchObject({
      period: "2025-06",
      stated: [600, "more_than"],
      verdict: "supported",
    });
  });

  it("reads Japanese '以上' as more than", async () => {
    const got = await read(
      "6月の米国向けレアアース磁石の輸出は353トンで、前月の7倍以上に膨らんだ。",
      "2025-07-21",
    );
    expect(got.find((c) => c.words.includes("倍"))).toMatchObject({
      stated: [600, "more_than"],
      verdict: "supported",
    });
  });
});

describe("Portuguese months", () => {
  it("reads 'no mês passado' as last month, and the month after 'acima das ... t de' as the base's", async () => {
    const got = await read(
      "No mês passado, a China despachou 5.577 t de ímãs de terras raras, quase 75% acima das 3.188 t de junho.",
      "2025-08-19",
    );
    expect(got).toEqual([
      {
        words: "5.577 t",
        series: "rare-earth-magnets",
        period: "2025-07",
        stated: 5577,
        verdict: "supported",
        named: true,
      },
      {
        words: "quase 75% acima",
        series: "rare-earth-magnets",
        period: "2025-07",
        stated: [75, "nearly"],
        verdict: "supported",
        named: true,
      },
      {
        words: "3.188 t",
        series: "rare-earth-magnets",
        period: "2025-06",
        stated: 3188,
        verdict: "supported",
        named: true,
      },
    ]);
  });

  it("reads a dotted figure in a short Portuguese sentence as thousands", async () => {
    const got = await read(
      "Em julho, os embarques chegaram a 5.577 toneladas. O volume ficou 75% acima das 3.188 t de junho.",
      "2025-08-19",
    );
    expect(got.find((c) => c.words === "3.188 t")).toMatchObject({ stated: 3188, period: "2025-06" });
  });
});

describe("Indonesian magnets made of rare earths", () => {
  it("names the magnets, not the rare earths", async () => {
    const got = await read(
      "Ekspor magnet permanen berbahan tanah jarang China pada Juni mencapai 3.188 ton.",
      "2025-07-21",
    );
    expect(got).toEqual([
      {
        words: "3.188 ton",
        series: "rare-earth-magnets",
        period: "2025-06",
        stated: 3188,
        verdict: "supported",
        named: true,
      },
    ]);
  });
});

describe("German half-years", () => {
  it("reads 'im Halbjahr' alone as the half just reported, not the month the text was on", async () => {
    const got = await read(
      "Im Juni verschiffte China 3.188 Tonnen Seltenerdmagnete. Im Halbjahr kamen die Ausfuhren auf 22.319 Tonnen, 18,9 Prozent weniger als ein Jahr zuvor.",
      "2025-07-22",
    );
    expect(got.map((c) => [c.words, c.period, c.verdict])).toEqual([
      ["3.188 Tonnen", "2025-06", "supported"],
      ["22.319 Tonnen", "2025-01..2025-06", "supported"],
      ["18,9 Prozent weniger", "2025-01..2025-06", "supported"],
    ]);
  });

  it("keeps a month's level on its month when the half opens the clause after a comma", async () => {
    const got = await read(
      "Die Magnetausfuhren lagen im Juni bei 3.188 Tonnen, im ersten Halbjahr sanken sie um 18,9 Prozent.",
      "2025-07-22",
    );
    expect(got.map((c) => [c.words, c.period, c.verdict])).toEqual([
      ["3.188 Tonnen", "2025-06", "supported"],
      ["um 18,9 Prozent", "2025-01..2025-06", "supported"],
    ]);
  });
});
