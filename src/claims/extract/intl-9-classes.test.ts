// How outlets writing in Chinese, Japanese, Korean and the languages of Europe state figures the
// reader missed: the metric ton of Taiwanese papers (公噸), tables headed in those scripts, spans and
// years in French, Spanish, Portuguese and Italian, changes signed with arrows, the European Union by
// its names there, magnets counted with their powder and alloy, ranks in a year or a run of months, a
// destination's place, and the total named as the exports as a whole.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("the metric ton written 公噸 or 公吨", () => {
  it.each([
    ["海關統計，10月稀土磁鐵出口5473公噸，較上月減少。", "5473公噸", 5473],
    ["10月对美国出口稀土永磁656公吨。", "656公吨", 656],
  ])("is a tonnage: %s", (text, words, value) => {
    expect(find(text, "2025-11-22", words)).toMatchObject({
      kind: "level",
      period: "2025-10",
      stated: { value },
    });
  });
});

describe("a table set out in Chinese, Japanese or Korean", () => {
  const read = (text: string, published: string) =>
    extractClaims(text, { published }).map((c) => [
      c.text,
      c.kind,
      c.partner,
      c.period,
      c.stated.type === "level" ? c.stated.value : c.stated.type === "change" ? c.stated.basis : null,
    ]);

  it("takes the unit and the month from a header cell, the destination from the first column", () => {
    const text =
      "10月稀土永磁出口去向\n国家 | 10月(吨) | 同比\n德国 | 1118 | +8.0%\n印度 | 416 | -2.1%\n总计 | 5473 | +15.8%";
    expect(read(text, "2025-11-22")).toEqual(
      expect.arrayContaining([
        ["1118", "level", "DEU", "2025-10", 1118],
        ["+8.0%", "change", "DEU", "2025-10", "yoy"],
        ["416", "level", "IND", "2025-10", 416],
        ["5473", "level", "WLD", "2025-10", 5473],
      ]),
    );
  });

  it("reads a caption naming tonnes and percent as tonnes for the levels and percent for the changes", () => {
    const text =
      "중국 희토류 자석 수출 (단위: 톤, %)\n구분 | 9월 | 10월 | 전월비\n전체 | 5,774 | 5,473 | -5.2\n인도 | 350 | 416 | +18.9";
    expect(read(text, "2025-11-25")).toEqual(
      expect.arrayContaining([
        ["5,774", "level", "WLD", "2025-09", 5774],
        ["5,473", "level", "WLD", "2025-10", 5473],
        ["-5.2", "change", "WLD", "2025-10", "mom"],
        ["416", "level", "IND", "2025-10", 416],
      ]),
    );
  });

  it("reads a column of changes on the same span a year before ('累计比去年同期±%')", () => {
    const text =
      "商品名称 | 计量单位 | 9月数量 | 1至9月累计数量 | 累计比去年同期±%\n稀土 | 吨 | 4000.3 | 48355.7 | 6.5";
    expect(read(text, "2025-10-14")).toEqual(
      expect.arrayContaining([
        ["4000.3", "level", "WLD", "2025-09", 4000.3],
        ["6.5", "change", "WLD", "2025-01..2025-09", "yoy"],
      ]),
    );
  });

  it("reads a Japanese header's unit and year-on-year column", () => {
    const text = "国・地域 | 12月(トン) | 前年同月比(%)\n韓国 | 815 | 12.0\n世界計 | 5952 | 3.5";
    expect(read(text, "2026-01-21")).toEqual(
      expect.arrayContaining([
        ["815", "level", "KOR", "2025-12", 815],
        ["12.0", "change", "KOR", "2025-12", "yoy"],
        ["5952", "level", "WLD", "2025-12", 5952],
      ]),
    );
  });
});

describe("spans and years as the French, Spanish, Portuguese and Italian press names them", () => {
  const period = (text: string, published: string, words: string) => find(text, published, words)?.period;

  it.each([
    [
      "Entre enero y noviembre, China exportó 58.193,1 toneladas de tierras raras.",
      "58.193,1",
      "2025-01..2025-11",
    ],
    ["De janvier à novembre, la Chine a expédié 51 440 tonnes d'aimants.", "51 440", "2025-01..2025-11"],
    ["Entre janeiro e agosto, a China exportou 34.041 toneladas de ímãs.", "34.041", "2025-01..2025-08"],
    [
      "Da gennaio a novembre la Cina ha esportato 51.440 tonnellate di magneti.",
      "51.440",
      "2025-01..2025-11",
    ],
    ["Nel 2024 la Cina aveva esportato 55.431 tonnellate di terre rare.", "55.431", "2024-01..2024-12"],
    ["En 2024, China exportó 55.431 toneladas de tierras raras.", "55.431", "2024-01..2024-12"],
    ["Em 2024, a China exportou 55.431 toneladas de terras raras.", "55.431", "2024-01..2024-12"],
    [
      "No primeiro bimestre de 2026, a China exportou 10.763 toneladas de ímãs.",
      "10.763",
      "2026-01..2026-02",
    ],
    ["En el primer semestre, China exportó 38.563 toneladas de tierras raras.", "38.563", "2025-01..2025-06"],
    [
      "Nei primi undici mesi la Cina ha esportato 51.440 tonnellate di magneti.",
      "51.440",
      "2025-01..2025-11",
    ],
    ["En los primeros once meses, China vendió 51.440 toneladas de imanes.", "51.440", "2025-01..2025-11"],
  ])("dates the figure: %s", (text, words, expected) => {
    expect(period(text, "2025-12-20", words)).toBe(expected);
  });

  it("reads the bimester of a year named after it against a later publication", () => {
    expect(
      period(
        "No primeiro bimestre de 2026, foram embarcadas 10.763 toneladas de ímãs.",
        "2026-03-09",
        "10.763",
      ),
    ).toBe("2026-01..2026-02");
  });

  it("leaves a change from one month to another a change, not a span", () => {
    const text = "Las exportaciones subieron un 12,4 % de octubre a noviembre, hasta 6.150 toneladas.";
    expect(period(text, "2025-12-20", "6.150")).toBe("2025-11");
  });
});

describe("a change signed with an arrow, as Korean and Japanese memos and tickers write it", () => {
  const change = (text: string, published: string, words: string) => {
    const c = find(text, published, words);
    return c?.stated.type === "change" ? [c.stated.pct, c.stated.basis, c.period] : c?.kind;
  };

  it.each([
    ["중국의 12월 희토류 수출은 4392t으로 전월比 20.1%↓를 기록했다.", "20.1%↓", [-20.1, "mom", "2025-12"]],
    ["중국의 12월 희토류 수출은 4392t, 전년比 32%↑.", "32%↑", [32, "yoy", "2025-12"]],
    ["▶ 12월 4392t ▼20.1% (전월比)", "▼20.1%", [-20.1, "mom", "2025-12"]],
    ["▶ 1~11월 누계 5만8193.1t ▲11.7% (전년比)", "▲11.7%", [11.7, "yoy", "2025-01..2025-11"]],
  ])("reads the sign and the base: %s", (text, words, expected) => {
    expect(change(text, "2026-01-20", words)).toEqual(expected);
  });

  it("does not read ▲ as a rise in Japanese, whose accounts write it for a minus", () => {
    expect(
      find("12月の輸出は4392トン、前月比▲20.1%となった。", "2026-01-20", "▲20.1%")?.stated,
    ).not.toMatchObject({
      pct: 20.1,
    });
  });
});

describe("the European Union as the French, Italian, Portuguese and German press names it", () => {
  it.each([
    ["Les exportations d'aimants vers l'Union européenne ont atteint 2 568,8 tonnes en novembre.", "2 568,8"],
    [
      "Le esportazioni di magneti verso l'Unione europea sono salite a 2.568,8 tonnellate a novembre.",
      "2.568,8",
    ],
    ["As exportações de ímãs para a União Europeia somaram 2.568,8 toneladas em novembro.", "2.568,8"],
    ["Die Magnetexporte in die Europäische Union stiegen im November auf 2.568,8 Tonnen.", "2.568,8"],
  ])("is the EU: %s", (text, words) => {
    expect(find(text, "2025-12-20", words)).toMatchObject({ partner: "EU27", period: "2025-11" });
  });
});

describe("magnets counted with their powder and alloy, as Chinese and Japanese outlets say it", () => {
  it.each([
    ["10月对日本出口稀土永磁（含磁粉及合金）538吨。", "538吨"],
    ["若计入磁粉及合金等半成品，10月对日出口为538吨。", "538吨"],
    ["磁石用の粉末・合金を含む日本向けは10月に538トンだった。", "538トン"],
    ["10月の日本向け（磁粉・合金を含む）は538トン。", "538トン"],
  ])("is the wider magnet line: %s", (text, words) => {
    expect(find(text, "2025-11-22", words)).toMatchObject({
      series: "rare-earth-magnets-incl-powder-alloy",
      partner: "JPN",
      period: "2025-10",
    });
  });

  it("leaves magnets named without them the magnet line", () => {
    expect(find("10月对日本出口稀土永磁226吨。", "2025-11-22", "226吨")).toMatchObject({
      series: "rare-earth-magnets",
    });
  });
});

describe("a month's rank as Chinese, Japanese and Korean outlets state it", () => {
  const rank = (text: string, published: string, words: string) => {
    const c = extractClaims(text, { published }).find(
      (x) => x.kind === "rank" && text.slice(x.start, x.end).includes(words),
    );
    return c?.stated.type === "rank" ? [c.stated.n, c.stated.direction, c.stated.scope, c.period] : undefined;
  };

  it.each([
    ["6月出口7742.2吨，为全年最高。", "全年最高", [1, "high", { type: "year", year: 2025 }, "2025-06"]],
    ["7月出口5994.3吨，为全年第二高。", "全年第二高", [2, "high", { type: "year", year: 2025 }, "2025-07"]],
    [
      "6月份稀土出口7742.2吨，为全年单月最高。",
      "全年单月最高",
      [1, "high", { type: "year", year: 2025 }, "2025-06"],
    ],
    [
      "9月は4000.3トンで、年内で2番目に少なかった。",
      "2番目に少",
      [2, "low", { type: "year", year: 2025 }, "2025-09"],
    ],
  ])("is ranked in its year: %s", (text, words, expected) => {
    expect(rank(text, "2026-01-16", words)).toEqual(expected);
  });

  it.each([
    [
      "10月对美国出口稀土永磁656吨，创9个月新高。",
      "9个月新高",
      [1, "high", { type: "months", months: 9 }, "2025-10"],
    ],
    ["9月稀土出口4000.3噸，創7個月新低。", "7個月新低", [1, "low", { type: "months", months: 7 }, "2025-09"]],
  ])("is ranked over the months it names: %s", (text, words, expected) => {
    expect(rank(text, "2025-11-22", words)).toEqual(expected);
  });
});

describe("a destination's place as Chinese, Japanese and Korean outlets state it", () => {
  const place = (text: string, words: string) => {
    const c = extractClaims(text, { published: "2026-01-21" }).find(
      (x) => x.kind === "rank" && text.slice(x.start, x.end).includes(words),
    );
    return c?.stated.type === "rank" ? [c.partner, c.stated.n, c.stated.scope.type] : undefined;
  };

  it.each([
    ["한국향 수출은 815t으로 독일에 이어 2위였다.", "2위", ["KOR", 2, "destinations"]],
    ["대미 수출은 564t으로 3위였다.", "3위", ["USA", 3, "destinations"]],
    ["韓国向けは815トンで、ドイツ向けに次ぐ2番目の規模だった。", "2番目", ["KOR", 2, "destinations"]],
    ["12月，德国仍是第一大出口目的地，进口1106吨。", "第一大出口目的地", ["DEU", 1, "destinations"]],
    ["12月は最大の輸出先ドイツが1106トンだった。", "最大の輸出先", ["DEU", 1, "destinations"]],
  ])("ranks the destination: %s", (text, words, expected) => {
    expect(place(text, words)).toEqual(expected);
  });
});

describe("the total as Chinese, Japanese and Korean outlets name it", () => {
  it.each([
    ["11月我国对美国出口稀土永磁582吨，环比下降11.3%；同期出口总量为6150吨。", "6150吨"],
    ["11月の米国向けは582トンで、輸出全体は6150トンだった。", "6150トン"],
    ["11월 대미 수출은 582톤이었고, 전체 수출은 6150톤이었다.", "6150톤"],
  ])("is the world's, not the destination's of the clause before: %s", (text, words) => {
    expect(find(text, "2025-12-21", words)).toMatchObject({ partner: "WLD" });
  });
});
