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
