// Wordings a seventeenth blind batch (text in the outlets' own languages and machine translations of
// it) showed misread: 万 rendered word for word as "ten thousand", and a base phrase set before its
// change with the article machine translation drops ("compared to same period last year increase").
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("万 translated word for word", () => {
  it("reads 'ten-thousand tonnes' as a scale of the number before it", () => {
    const text = "Rare earth exports in the first half: 3.26 ten-thousand tonnes, up 11.9% y/y.";
    const c = find(text, "2025-07-14", "ten-thousand");
    expect(text.slice(c?.start, c?.end)).toContain("3.26");
    expect(c?.stated).toMatchObject({ type: "level", value: 32600 });
  });

  it("reads it without the hyphen too", () => {
    const text = "In the first eight months China exported rare earth 4.44 ten thousand tons.";
    expect(find(text, "2025-09-08", "ten thousand")?.stated).toMatchObject({ value: 44400 });
  });
});

describe("a base phrase before its change, its article dropped", () => {
  const text =
    "In August our country export rare earth 5,791.8 ton, compared to previous month decrease 3.4%, " +
    "compared to same period last year increase 22.6%.";

  it("gives the change after it that base", () => {
    expect(find(text, "2025-09-08", "22.6%")?.stated).toMatchObject({ type: "change", basis: "yoy" });
  });

  it("leaves the change before it its own base", () => {
    expect(find(text, "2025-09-08", "3.4%")?.stated).toMatchObject({ type: "change", basis: "mom" });
  });

  it("reads 'compared with same month of previous year' after a change as a year's base", () => {
    const t =
      "Exports of rare earth magnets in October were 5,473 tons, up 15.8% compared with same month of previous year.";
    expect(find(t, "2025-11-21", "15.8%")?.stated).toMatchObject({ basis: "yoy" });
  });
});

describe("a forecast said in the outlet's own language", () => {
  it("is a forecast when a German clause ends with its modal", () => {
    const text =
      "Ein Branchenverband rechnet damit, dass die Magnetlieferungen im Dezember auf über 6.400 Tonnen steigen könnten.";
    expect(find(text, "2025-11-21", "6.400")?.mode).toBe("forecast");
  });

  it("is a forecast when Chinese says 预计 or 有望 before the figure", () => {
    const text = "机构预计，12月稀土永磁出口有望达到6200吨。";
    expect(find(text, "2025-11-21", "6200")?.mode).toBe("forecast");
  });

  it("is a forecast when Japanese or Korean says it after the figure", () => {
    expect(find("12月のレアアース磁石輸出は6200トンに回復する見込みだ。", "2025-11-21", "6200")?.mode).toBe(
      "forecast",
    );
    expect(find("12월 희토류 자석 수출은 6,200톤으로 회복될 전망이다.", "2025-11-21", "6,200")?.mode).toBe(
      "forecast",
    );
  });

  it("leaves a figure set against expectations reported", () => {
    const text = "11月稀土永磁出口6150吨，超出市场预期。";
    expect(find(text, "2025-12-21", "6150")?.mode).toBe("reported");
  });
});

describe("products named in the outlet's own language", () => {
  const seriesOf = (text: string, published: string, words: string) => find(text, published, words)?.series;

  it("reads レアアース alone as rare earths, and with its gloss before 磁石 as magnets", () => {
    expect(seriesOf("2025年のレアアース（希土類）輸出量は6万2585トンだった。", "2026-01-15", "6万2585")).toBe(
      "rare-earths",
    );
    expect(seriesOf("11月のレアアース（希土類）磁石の輸出量は6150トンだった。", "2025-12-22", "6150")).toBe(
      "rare-earth-magnets",
    );
  });

  it("reads the minor metals in Chinese, Japanese, Korean and the Romance languages", () => {
    expect(seriesOf("10月のテルビウム輸出は12.2トンだった。", "2025-11-25", "12.2")).toBe("terbium");
    expect(seriesOf("4월 중국 갈륨 수출량은 4,777kg이었다.", "2025-05-22", "4,777")).toBe("gallium");
    expect(
      seriesOf("Nel 2024 la Cina ha esportato 38.632 tonnellate di antimonio.", "2025-04-02", "38.632"),
    ).toBe("antimony");
    expect(
      seriesOf("El grafito en escamas cayó a 1.427 toneladas en diciembre de 2023.", "2024-03-20", "1.427"),
    ).toBe("graphite-flake");
  });

  it("reads a German compound that begins with the metal", () => {
    expect(seriesOf("Die Galliumausfuhren stiegen im Juli auf 9.007 Kilogramm.", "2025-08-25", "9.007")).toBe(
      "gallium",
    );
  });

  it("leaves the English names as they were", () => {
    expect(seriesOf("Antimony exports fell to 808 tonnes in November.", "2024-12-20", "808")).toBe(
      "antimony",
    );
    expect(seriesOf("Antimony metal exports were 423 tonnes in August.", "2024-09-20", "423")).toBe(
      "antimony-metal",
    );
  });
});

describe("figures and months as Spanish, Portuguese, Italian and German print them", () => {
  it("reads a thousands point before kilograms, and the year a month is joined to by 'de'", () => {
    const text = "En marzo de 2024 China exportó 1.214 kg de galio.";
    expect(find(text, "2025-06-30", "1.214")).toMatchObject({
      period: "2024-03",
      stated: { type: "level", value: 1.214 },
    });
    const short = "Germanio: 3.206 kg en marzo de 2024.";
    expect(find(short, "2025-06-30", "3.206")?.stated).toMatchObject({ value: 3.206 });
  });

  it("reads 'Kilogramm' as kilograms", () => {
    const text = "Chinas Galliumausfuhren sind im Juli auf 9.007 Kilogramm gestiegen.";
    expect(find(text, "2025-08-25", "9.007")?.stated).toMatchObject({ value: 9.007 });
  });

  it("reads a Portuguese clause's thousands point and a month after 'sobre' as the base", () => {
    const text = "Em março, as exportações de ímãs foram de 5.238 t, recuo de 1,6% sobre março de 2025.";
    expect(find(text, "2026-04-20", "5.238")?.stated).toMatchObject({ value: 5238 });
    expect(find(text, "2026-04-20", "1,6%")).toMatchObject({ period: "2026-03", stated: { basis: "yoy" } });
  });

  it("reads Italia as Italy", () => {
    const text = "Verso l'Italia sono andate 95 tonnellate di magneti a novembre.";
    expect(find(text, "2025-12-22", "95")?.partner).toBe("ITA");
  });
});
