import { describe, expect, it } from "vitest";
import { forecastIntl } from "./forecast-intl.js";

/** Whether the figure `figure` of `clause` is read as a forecast. */
const at = (clause: string, figure: string) => {
  const i = clause.indexOf(figure);
  return forecastIntl(clause, i, i + figure.length);
};

describe("forecast words in other languages", () => {
  it("reads an investor's 大概率 (most likely) before the figure as a forecast", () => {
    expect(at("个人观点：四季度月均出口大概率维持5000吨以上", "5000吨")).toBe(true);
  });

  it("reads Korean '… 것으로 내다봤다' (expected it to …) after the figure as a forecast", () => {
    expect(at("업계에서는 1분기 수출이 월평균 6000t을 웃돌 것으로 내다봤다", "6000t")).toBe(true);
  });

  it("leaves a reported figure alone", () => {
    expect(at("10月稀土永磁出口5473吨，环比下降5.2%", "5473吨")).toBe(false);
    expect(at("미국향 수출은 420.5t으로 전월보다 28.7% 줄었다", "420.5t")).toBe(false);
  });
});
