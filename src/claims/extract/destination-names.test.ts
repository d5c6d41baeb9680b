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

describe("smaller European buyers in the minor-metal breakdowns", () => {
  it("gives each its own figure instead of the destination named before it", () => {
    expect(partnersOf("Korea took 2.7 t of the dysprosium, Norway 0.4 t and Portugal 0.2 t")).toEqual([
      "KOR",
      "NOR",
      "PRT",
    ]);
    expect(
      partnersOf("with Estonia taking half a tonne and Slovakia, Denmark and Finland smaller lots"),
    ).toEqual(["EST", "SVK", "DNK", "FIN"]);
  });

  it("leaves the adjectives alone, which also name languages and firms", () => {
    expect(partnersOf("a Danish turbine maker and a Portuguese translation")).toEqual([]);
  });
});

describe("a capital standing for its country", () => {
  it.each([
    ["Washington's take slipped to 564 t", "USA"],
    ["while Seoul's purchases rebounded", "KOR"],
    ["Tokyo's imports of the magnets rose", "JPN"],
    ["New Delhi's share fell below 5%", "IND"],
    ["Brussels' share of the total", "EU27"],
  ])("%s", (words, partner) => {
    expect(partnersOf(words)).toEqual(partner === null ? [] : [partner]);
  });

  it("is no destination said of anything but what the country takes", () => {
    expect(partnersOf("Washington's tariffs and Tokyo's officials")).toEqual([]);
    expect(partnersOf("talks in Seoul")).toEqual([]);
  });

  it("is no destination where it is the seat of who speaks", () => {
    expect(partnersOf("a Hong Kong brokerage and a Singapore-based trader said")).toEqual([]);
    expect(partnersOf("Japanese traders bought more")).toEqual(["JPN"]);
  });
});
