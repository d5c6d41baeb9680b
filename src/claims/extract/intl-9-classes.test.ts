// How outlets writing in Chinese, Japanese, Korean and the languages of Europe state figures the
// reader missed: the metric ton of Taiwanese papers (公噸), ...
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
