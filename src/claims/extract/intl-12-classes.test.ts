// How outlets writing in Indonesian, Dutch and the languages the reader already reads state figures
// it missed or read at the wrong size or date.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a dot between thousands in Indonesian and Dutch sentences", () => {
  it.each([
    [
      "Menurut data bea cukai, ekspor gallium China mencapai 2.410 ton dan naik dari bulan sebelumnya.",
      "2.410 ton",
      2410,
    ],
    ["Volgens de douane steeg de export van gallium naar Japan tot 2.410 ton.", "2.410 ton", 2410],
  ])("reads %s as thousands", (text, words, value) => {
    expect(find(text, "2025-08-20", words)?.stated).toMatchObject({ type: "level", value });
  });
});

describe("an Indonesian month after its figure", () => {
  it("dates each figure by the month 'pada' names after it, Indonesian month names included", () => {
    const text =
      "Ekspor gallium China pada Agustus turun menjadi 12 ton dari 14 ton pada Juli, dan 9 ton pada bulan Mei 2024.";
    expect(find(text, "2025-09-20", "12 ton")?.period).toBe("2025-08");
    expect(find(text, "2025-09-20", "14 ton")?.period).toBe("2025-07");
    expect(find(text, "2025-09-20", "9 ton")?.period).toBe("2024-05");
  });
});

describe("Indonesian 'sejak' before a month", () => {
  it("counts from the month and leaves the figure the text's month", () => {
    const text = "Pada Oktober ekspor gallium naik menjadi 20 ton, tertinggi sejak Januari.";
    expect(find(text, "2025-11-20", "20 ton")?.period).toBe("2025-10");
  });
});

describe("metric tonnes as Indonesian writes them", () => {
  it.each(["metrik ton", "ton metrik"])("reads '%s' as tonnes", (unit) => {
    const text = `Ekspor gallium China mencapai 1.250 ${unit} pada Juli.`;
    expect(find(text, "2025-08-20", unit)).toMatchObject({ period: "2025-07", stated: { value: 1250 } });
  });
});

describe("products named in Indonesian and Dutch", () => {
  it.each([
    ["Ekspor magnet rare earth China pada Juli mencapai 4.100 ton.", "rare-earth-magnets"],
    ["Ekspor magnet tanah jarang China pada Juli mencapai 4.100 ton.", "rare-earth-magnets"],
    ["Ekspor tanah jarang China pada Juli mencapai 4.100 ton.", "rare-earths"],
    ["De export van zeldzame aardmetalen steeg in juli tot 4.100 ton.", "rare-earths"],
    ["De export van zeldzame aardmagneten steeg in juli tot 4.100 ton.", "rare-earth-magnets"],
  ])("%s", (text, series) => {
    expect(find(text, "2025-08-20", "4.100 ton")).toMatchObject({ series, stated: { value: 4100 } });
  });
});

describe("destinations named in Indonesian and Dutch", () => {
  it.each([
    ["Ekspor gallium China ke Amerika Serikat pada Juli mencapai 41 ton.", "USA"],
    ["Ekspor gallium China ke AS pada Juli mencapai 41 ton.", "USA"],
    ["Ekspor gallium China ke Jepang pada Juli mencapai 41 ton.", "JPN"],
    ["Ekspor gallium China ke Jerman pada Juli mencapai 41 ton.", "DEU"],
    ["Ekspor gallium China ke Uni Eropa pada Juli mencapai 41 ton.", "EU27"],
    ["De export van gallium naar de VS steeg in juli tot 41 ton.", "USA"],
    ["De export van gallium naar Duitsland steeg in juli tot 41 ton.", "DEU"],
  ])("%s", (text, partner) => {
    expect(find(text, "2025-08-20", "41 ton")).toMatchObject({ partner, period: "2025-07" });
  });
});

describe("changes worded in Indonesian", () => {
  const find2 = (text: string, words: string) => find(text, "2025-11-20", words);
  it.each([
    ["Pada Oktober ekspor gallium China naik 8% dibandingkan September.", "naik 8%", 8, "mom"],
    ["Pada Oktober ekspor gallium China turun 3,5% secara bulanan.", "turun 3,5%", -3.5, "mom"],
    ["Pada Oktober ekspor gallium China turun 3,5% secara tahunan.", "turun 3,5%", -3.5, "yoy"],
    ["Pada Oktober ekspor gallium ke Jepang meningkat tajam sebesar 22% menjadi 30 ton.", "22%", 22, null],
    ["Pada Oktober ekspor gallium melonjak 40 persen dari bulan sebelumnya.", "40 persen", 40, "mom"],
    [
      "Ekspor gallium pada Oktober 4,2% lebih tinggi dibandingkan bulan yang sama tahun lalu.",
      "4,2% lebih tinggi",
      4.2,
      "yoy",
    ],
  ])("%s", (text, words, pct, basis) => {
    const c = find2(text, words);
    expect(c).toMatchObject({ kind: "change", period: "2025-10", stated: { pct } });
    if (basis !== null) expect(c?.stated).toMatchObject({ basis });
  });
});

describe("Indonesian 'bulan lalu' and a level a year before", () => {
  it("reads 'bulan lalu' as the month before publication, and a level of 'bulan yang sama tahun lalu' as a year before", () => {
    const text =
      "Ekspor gallium China mencapai 31 ton bulan lalu, 4% lebih tinggi dibandingkan dengan 29 ton yang dikirim pada bulan yang sama tahun lalu.";
    expect(find(text, "2025-08-20", "31 ton")?.period).toBe("2025-07");
    expect(find(text, "2025-08-20", "29 ton")?.period).toBe("2024-07");
  });
});

describe("a Chinese destination cut to one character before the product", () => {
  it.each([
    ["8月對美稀土磁鐵出口量為590噸。", "590噸", "USA"],
    ["8月对日稀土出口量为90吨。", "90吨", "JPN"],
  ])("%s", (text, words, partner) => {
    expect(find(text, "2025-09-22", words)).toMatchObject({ partner, period: "2025-08" });
  });
});

describe("shares of the whole in German and Spanish", () => {
  it.each([
    [
      "Im März gingen die meisten Magnete nach Japan, auf das 31 Prozent der Gesamtexporte entfielen.",
      "31 Prozent",
      31,
      "JPN",
    ],
    [
      "Im März lieferte China 400 Tonnen Magnete nach Japan, 7,5 % der gesamten Ausfuhren.",
      "7,5 %",
      7.5,
      "JPN",
    ],
    [
      "En marzo se enviaron 400 toneladas de imanes a Japón, lo que representa el 9 por ciento de las exportaciones.",
      "9 por ciento",
      9,
      "JPN",
    ],
    [
      "En marzo, la proporción de Japón fue del 9,5 por ciento de los envíos de imanes.",
      "9,5 por ciento",
      9.5,
      "JPN",
    ],
  ])("%s", (text, words, pct, partner) => {
    expect(find(text, "2025-04-20", words)).toMatchObject({
      kind: "share",
      partner,
      period: "2025-03",
      stated: { pct },
    });
  });

  it("leaves a change of the exports a change", () => {
    const text = "En marzo las exportaciones de imanes a Japón subieron un 9 por ciento.";
    expect(find(text, "2025-04-20", "9 por ciento")?.kind).toBe("change");
  });
});

describe("the top destinations listed in order, in Chinese", () => {
  it("gives each destination the place of its turn", () => {
    const text = "8月稀土磁铁出口前三大目的地依次为韩国、日本和印度。";
    const ranks = extractClaims(text, { published: "2025-09-20" }).filter((c) => c.kind === "rank");
    expect(ranks.map((c) => [c.partner, c.stated.type === "rank" ? c.stated.n : null])).toEqual([
      ["KOR", 1],
      ["JPN", 2],
      ["IND", 3],
    ]);
  });

  it("does not rank a list without words of order", () => {
    const text = "8月稀土磁铁出口前三大目的地分别是韩国、日本和印度。";
    expect(extractClaims(text, { published: "2025-09-20" }).filter((c) => c.kind === "rank")).toEqual([]);
  });
});
