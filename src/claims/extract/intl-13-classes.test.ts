// How pages in Korean, Japanese, Chinese, Russian, German and Spanish state figures the reader missed,
// dated or placed wrongly: units set as one square character, transitive Russian verbs of increase, a
// Chinese total owned by its destination, a Chinese starting figure's month, the whole first half in
// German, a hedge before the Spanish article, a Spanish participle that dates a figure, Korean "a year
// ago" before a figure, and a Korean or Japanese destination after the figure it received.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a unit set as one square character", () => {
  it("reads '㎏' as kilograms and '㌧' as tonnes", () => {
    const ko = "지난달 중국의 게르마늄 수출은 412㎏에 그쳤다.";
    expect(find(ko, "2023-11-20", "412")?.stated).toMatchObject({ type: "level", value: 0.412, unit: "t" });
    const ja = "中国の9月のガリウム輸出は3㌧だった。";
    expect(find(ja, "2023-10-20", "3㌧")?.stated).toMatchObject({ type: "level", value: 3, unit: "t" });
  });
});

describe("a Russian verb of increase that takes exports as its object", () => {
  it("reads 'увеличил экспорт ... на 8,2%' as a rise of 8.2%", () => {
    const text = "За январь - октябрь Китай увеличил экспорт галлия на 8,2% в годовом исчислении.";
    const c = find(text, "2025-11-20", "8,2");
    expect(c?.stated).toMatchObject({ type: "change", pct: 8.2, basis: "yoy" });
    expect(c?.period).toBe("2025-01..2025-10");
  });
});

describe("a Chinese total that its destination owns", () => {
  it("reads '对韩国的...出口总量' as Korea's total, not China's", () => {
    const c = find("10月中国对韩国的稀土磁铁出口总量为812吨。", "2025-11-20", "812");
    expect(c?.partner).toBe("KOR");
    expect(c?.period).toBe("2025-10");
  });
});

describe("a Chinese starting figure's month", () => {
  it("dates '从3月的900吨' by March and the figure it rose to by the text's month", () => {
    const text = "对德稀土磁铁出口从3月的900吨回升至1150吨。";
    expect(find(text, "2025-05-20", "900")?.period).toBe("2025-03");
    expect(find(text, "2025-05-20", "1150")?.period).toBe("2025-04");
  });
});

describe("the whole first half in German", () => {
  it("reads 'im gesamten ersten Halbjahr 2024' as January-June 2024", () => {
    const text = "Die Ausfuhren von Gallium stiegen im gesamten ersten Halbjahr 2024 um 12 Prozent.";
    expect(find(text, "2024-07-20", "12 Prozent")?.period).toBe("2024-01..2024-06");
  });
});

describe("Spanish changes with a hedge before the article and verbs of a jump", () => {
  it("reads 'crecieron casi un 40%' as a rise of nearly 40%", () => {
    const text = "Los envíos de galio crecieron casi un 40% frente al mes anterior.";
    expect(find(text, "2025-05-20", "40%")?.stated).toMatchObject({
      type: "change",
      pct: 40,
      hedge: "nearly",
    });
  });
  it("reads 'se dispararon un 30%' as a rise of 30% for its destination", () => {
    const c = find("Las ventas de imanes a Japón se dispararon un 30% en abril.", "2025-05-20", "30%");
    expect(c?.stated).toMatchObject({ type: "change", pct: 30 });
    expect(c?.partner).toBe("JPN");
  });
});

describe("a Spanish participle between a figure and its month", () => {
  it("dates '6.020 toneladas registradas en julio' by July", () => {
    const text =
      "Las ventas de imanes bajaron a 4.800 toneladas en octubre, lejos de las 6.020 toneladas registradas en julio.";
    expect(find(text, "2025-11-20", "6.020")?.period).toBe("2025-07");
    expect(find(text, "2025-11-20", "4.800")?.period).toBe("2025-10");
  });
});

describe("Korean 'a year ago' before a figure", () => {
  it("dates '1년 전 4.1t' a year before the sentence's month", () => {
    const text = "10월 갈륨 수출은 900kg으로, 1년 전 4.1t에 크게 못 미쳤다.";
    expect(find(text, "2023-11-20", "4.1t")?.period).toBe("2022-10");
    expect(find(text, "2023-11-20", "900kg")?.period).toBe("2023-10");
  });
});

describe("a Korean or Japanese destination after the figure it received", () => {
  it.each([
    ["중국은 9월 게르마늄 300kg을 베트남으로 수출했다.", "300kg", "VNM"],
    ["中国は9月、ガリウム420キロを韓国に輸出した。", "420キロ", "KOR"],
  ])("reads %s as exported to its destination", (text, words, partner) => {
    expect(find(text, "2023-10-20", words)?.partner).toBe(partner);
  });
});

describe("a base named between a verb and its size, as Russian orders it", () => {
  it("reads 'rose compared with October by 26.5%' as a rise of 26.5% on October", () => {
    const text = "In November China's gallium exports rose compared with October by 26.5%.";
    const c = find(text, "2025-12-08", "26.5%");
    expect(c?.stated).toMatchObject({ type: "change", pct: 26.5, basis: "mom" });
    expect(c?.period).toBe("2025-11");
  });
  it("reads the Russian 'вырос по сравнению с октябрем прошлого года на 4%' as a year-on-year rise", () => {
    const text = "В октябре экспорт галлия из Китая вырос по сравнению с октябрем прошлого года на 4%.";
    expect(find(text, "2025-11-20", "4%")?.stated).toMatchObject({ type: "change", pct: 4, basis: "yoy" });
  });
});

describe("Russia, Belgium and Thailand named in Japanese, Korean, Chinese and German", () => {
  it.each([
    ["11月、中国はゲルマニウム500キロをロシアに輸出した。", "500キロ", "RUS"],
    ["11월 중국의 러시아 게르마늄 수출량은 500kg이었다.", "500kg", "RUS"],
    ["11月中国对俄罗斯出口锗500公斤。", "500公斤", "RUS"],
    ["Im November exportierte China 500 Kilogramm Germanium nach Russland.", "500 Kilogramm", "RUS"],
    ["中国は11月にガリウム200キロをベルギーに輸出した。", "200キロ", "BEL"],
    ["11月のガリウム輸出のうち、タイ向けは30キロだった。", "30キロ", "THA"],
  ])("reads %s as a figure for its destination", (text, words, partner) => {
    expect(find(text, "2023-12-20", words)?.partner).toBe(partner);
  });
  it("does not read the katakana word for tyres as Thailand", () => {
    expect(find("タイヤ向けの需要は11月に30トンだった。", "2023-12-20", "30トン")?.partner).toBe("WLD");
  });
});
