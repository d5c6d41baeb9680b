// Destinations as Taiwanese and Hong Kong outlets and Portuguese pages write them: 南韓 (South
// Korea, as 韓國 is), and "os EUA" (the United States) after a Portuguese article.
import { describe, expect, it } from "vitest";
import { findPartners } from "./subjects.js";

const partnersOf = (t: string) => findPartners(t).map((p) => p.value);

describe("destinations in Taiwanese Chinese and Portuguese", () => {
  it.each([
    ["對南韓出口量為569噸", "KOR"],
    ["对南韩的出口", "KOR"],
    ["os embarques para os EUA cresceram", "USA"],
    ["as vendas aos EUA caíram", "USA"],
  ])("%s", (words, partner) => {
    expect(partnersOf(words)).toEqual([partner]);
  });

  it("does not read EUA outside a Portuguese article", () => {
    expect(partnersOf("EUA prices rose")).toEqual([]);
  });
});
