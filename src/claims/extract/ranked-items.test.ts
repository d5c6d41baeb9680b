// A list whose items each give a destination its own place: the other items' destinations are no
// readings of a place, unless the list says "respectively" or names a destination outside its items.
import { describe, expect, it } from "vitest";
import { partnersOfOtherRankedItems } from "./ranked-items.js";

const at = (sentence: string, words: string) => sentence.indexOf(words);

describe("partnersOfOtherRankedItems", () => {
  it("gives the other items' destinations for an item's place", () => {
    const s = "Germany ranked first, South Korea ranked second, Vietnam ranked third among buyers.";
    expect([...partnersOfOtherRankedItems(s, at(s, "ranked third"), "VNM")].sort()).toEqual(["DEU", "KOR"]);
  });

  it("counts items that leave the verb out after one that says it", () => {
    const s = "Germany came first, the US second and India fourth.";
    expect([...partnersOfOtherRankedItems(s, at(s, "fourth"), "IND")].sort()).toEqual(["DEU", "USA"]);
  });

  it.each([
    ["Germany and the US ranked first and second respectively.", "first", "USA"],
    ["Germany first, the US second and India fourth.", "fourth", "IND"],
    ["Germany ranked first, ahead of Japan, and the US ranked second.", "ranked second", "USA"],
    ["Germany ranked first and took more than the US.", "ranked first", "DEU"],
  ])("gives none where the places may be another's: %s", (s, words, partner) => {
    expect(partnersOfOtherRankedItems(s, at(s, words), partner).size).toBe(0);
  });
});
