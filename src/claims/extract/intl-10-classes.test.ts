// How outlets writing in Chinese, Japanese, Korean and the languages of Europe state figures the
// reader missed: digits set in full width, as Japanese newspapers set them, and kilograms written in
// Japanese or Korean.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("figures set in full-width digits", () => {
  const text =
    "中国の９月のレアアース磁石輸出は５，７７４トンで、前月比６．１％減った。前年同月比は１７．５％増。";

  it("reads a level with a full-width thousands comma, quoted as written", () => {
    expect(find(text, "2025-10-21", "５，７７４")).toMatchObject({
      kind: "level",
      series: "rare-earth-magnets",
      period: "2025-09",
      text: "５，７７４トン",
      stated: { value: 5774, raw: "５，７７４トン" },
    });
  });

  it("reads changes with a full-width decimal stop and percent sign, on their bases", () => {
    expect(find(text, "2025-10-21", "６．１")).toMatchObject({
      kind: "change",
      period: "2025-09",
      stated: { pct: -6.1, basis: "mom" },
    });
    expect(find(text, "2025-10-21", "１７．５")).toMatchObject({
      kind: "change",
      period: "2025-09",
      stated: { pct: 17.5, basis: "yoy" },
    });
  });
});

describe("kilograms written in Japanese or Korean", () => {
  it.each([
    ["７月のガリウム輸出量は９００７キログラムだった。", "キログラム", 9.007],
    ["7月のゲルマニウム輸出は763キロだった。", "763キロ", 0.763],
    ["7월 중국의 갈륨 수출은 9007킬로그램이었다.", "킬로그램", 9.007],
  ])("are a tonnage in thousandths: %s", (text, words, value) => {
    expect(find(text, "2025-08-21", words)).toMatchObject({
      kind: "level",
      period: "2025-07",
      stated: { value },
    });
  });

  it("name a base figure's month, not the change's own month", () => {
    const text = "７月のガリウム輸出量は９００７キログラムで、６月の４２６０キログラムから１１１％増えた。";
    expect(find(text, "2025-08-21", "１１１％")).toMatchObject({
      kind: "change",
      series: "gallium",
      period: "2025-07",
      stated: { pct: 111, basis: "mom" },
    });
  });
});

describe("money in Korean with thousands of myriads", () => {
  it.each([
    ["8월 희토류 수출액은 4천180만 달러였다.", "4천180만 달러", 41_800_000],
    ["1~8월 희토류 누적 수출액은 2억6천960만 달러였다.", "2억6천960만 달러", 269_600_000],
    ["지난해 희토류 수출액은 약 4억9천만 달러였다.", "4억9천만 달러", 490_000_000],
  ])("is a value in dollars: %s", (text, words, value) => {
    expect(find(text, "2025-09-20", words)).toMatchObject({ stated: { value, unit: "USD" } });
  });
});

describe("a base month set right before its change in Chinese", () => {
  it("belongs to that change, not to the change before it", () => {
    const text = "10月出口稀土永磁5473吨，较上年同月增长15.8%，较9月下降5.2%。";
    expect(find(text, "2025-11-20", "15.8%")).toMatchObject({ stated: { pct: 15.8, basis: "yoy" } });
    expect(find(text, "2025-11-20", "5.2%")).toMatchObject({ stated: { pct: -5.2, basis: "mom" } });
  });
});

describe("the whole year named without its number", () => {
  it("is the year the story is about: 全年, 通年", () => {
    expect(find("2025年12月稀土永磁出口5952吨。全年累计出口57392吨。", "2026-01-20", "57392")).toMatchObject({
      period: "2025-01..2025-12",
      stated: { value: 57392 },
    });
    expect(find("通年ではレアアース磁石の輸出は5万7392トンだった。", "2026-01-20", "7392")).toMatchObject({
      period: "2025-01..2025-12",
    });
  });

  it("is not a year's rank, whose month is the one ranked", () => {
    const text = "2025年12月稀土出口4392吨。全年出口62585.2吨；其中6月出口7742.2吨，为全年单月最高。";
    expect(find(text, "2026-01-14", "62585.2")).toMatchObject({ period: "2025-01..2025-12" });
    expect(find(text, "2026-01-14", "最高")).toMatchObject({ kind: "rank", period: "2025-06" });
  });
});

describe("a rank of a month within its year", () => {
  it("is of the month its clause names after the year", () => {
    const text = "2025年稀土出口增长12.9%；其中6月出口7742.2吨，为全年单月最高。";
    expect(find(text, "2026-01-14", "最高")).toMatchObject({ kind: "rank", period: "2025-06" });
  });
});

describe("a decimal point written as a middle dot or a small stop", () => {
  it("keeps the whole figure of a change or a multiple", () => {
    const text =
      "中国の６月の米国向けレアアース磁石輸出は前月の約７・６倍の３５３トンだった。７月は前月比７５・５％増。";
    expect(find(text, "2025-08-21", "７・６")).toMatchObject({ kind: "change", stated: { pct: 660 } });
    expect(find(text, "2025-08-21", "７５・５")).toMatchObject({ kind: "change", stated: { pct: 75.5 } });
  });
});

describe("a month after 'Prozent über' or 'Prozent unter' in German", () => {
  it("is the change's base, not the month the sentence is about", () => {
    const text =
      "Im Oktober lieferte China 5.473 Tonnen Seltenerdmagnete. Das waren 5,2 Prozent unter dem September und 15,8 Prozent über dem Vorjahresmonat.";
    expect(find(text, "2025-11-21", "5,2 Prozent")).toMatchObject({
      period: "2025-10",
      stated: { pct: -5.2, basis: "mom" },
    });
    expect(find(text, "2025-11-21", "15,8 Prozent")).toMatchObject({
      period: "2025-10",
      stated: { pct: 15.8, basis: "yoy" },
    });
  });
});

describe("the total named in German or a Romance language", () => {
  it.each([
    [
      "Nach Deutschland gingen im Oktober 1.118 Tonnen, rund ein Fünftel der Gesamtausfuhren von 5.473 Tonnen.",
      "5.473",
    ],
    ["A Alemanha recebeu 1.118 toneladas em outubro, de exportações totais de 5.473 toneladas.", "5.473"],
  ])("is the total, not the destination named before it: %s", (text, words) => {
    expect(find(text, "2025-11-21", words)).toMatchObject({ partner: "WLD", period: "2025-10" });
  });
});

describe("comparison bases as Japanese broadcasters and Spanish agencies say them", () => {
  it.each([
    [
      "中国のレアアース磁石の8月の輸出量は6146トンで、前の年の同じ月と比べて15.4%増えました。",
      "15.4%",
      "yoy",
    ],
    ["中国のレアアース磁石の8月の輸出量は6146トンで、前の月と比べて10.2%増えました。", "10.2%", "mom"],
    [
      "Las exportaciones de imanes subieron en agosto un 15,4 % año tras año, a 6.146 toneladas.",
      "15,4",
      "yoy",
    ],
    ["En agosto, las exportaciones de imanes crecieron un 15,4 % respecto al año anterior.", "15,4", "yoy"],
    ["En agosto, las exportaciones de imanes subieron un 10,2 % mes contra mes.", "10,2", "mom"],
  ])("%s", (text, words, basis) => {
    expect(find(text, "2025-09-21", words)).toMatchObject({ period: "2025-08", stated: { basis } });
  });
});

describe("a base month with its figure in brackets, in Korean", () => {
  it("is the base of the change after it, and of no change before it", () => {
    const text =
      "10월 희토류 수출량은 4343.5t이었다. 전년 동월 대비 8.6% 줄었고, 9월(4000.3t)보다는 8.6% 늘었다.";
    const changes = extractClaims(text, { published: "2025-11-08" }).filter((c) => c.kind === "change");
    expect(changes.map((c) => [c.period, c.stated.type === "change" ? c.stated.basis : null])).toEqual([
      ["2025-10", "yoy"],
      ["2025-10", "mom"],
    ]);
  });
});

describe("'last month' in Japanese", () => {
  it("is the month before publication: 先月", () => {
    expect(find("先月、日本向けのレアアース磁石輸出は305トンだった。", "2025-12-22", "305")).toMatchObject({
      period: "2025-11",
    });
  });
});
