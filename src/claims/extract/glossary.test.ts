// The glossary engine: where its rules are tried, and that a text in another language builds nothing.
import { describe, expect, it } from "vitest";
import { glossary, type Rule } from "./glossary.js";

/** Where a Dutch-like rule may start: a letter or a figure that does not go on from one before it. */
const WORD_START = /(?<![\p{L}\d.,])[\p{L}\d]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

describe("glossary over rules that may start at any word", () => {
  const rules: Rule[] = [
    ["naar", () => "to"],
    ["de", () => "the"],
    ["(\\d+)\\sten", (g) => `${g[0]} tonnes`],
  ];
  const read = glossary(rules, WORD_START, /\S/u);

  it("reads each word a rule names, left to right", () => {
    expect(read("De uitvoer naar Japan was 305 ten")).toEqual([
      { index: 0, length: 2, word: "The" },
      { index: 11, length: 4, word: "to" },
      { index: 26, length: 7, word: "305 tonnes" },
    ]);
  });

  it("keeps no match where no rule may start: after a stop that follows a figure, or inside a figure", () => {
    // "1.de": the rule's own edge lets "de" match after the stop, but no rule starts there;
    // "12 ten" inside "3,12 ten": the figure goes on from the digits before the comma
    expect(read("item 1.de, then 3,12 ten, then de")).toEqual([{ index: 31, length: 2, word: "the" }]);
  });
});

describe("glossary over rules that start at another script's letters", () => {
  const read = glossary([["тонн", () => "tonnes"]], /\p{Script=Cyrillic}/gu, CYRILLIC);

  it("reads the words among English ones", () => {
    expect(read("Exports were 656 тонн in May")).toEqual([{ index: 17, length: 4, word: "tonnes" }]);
  });
});

describe("glossary patterns", () => {
  it("are built only when a text in the language is read: an English text never compiles them", () => {
    // an unclosed group: building the patterns throws, so a text that builds them shows it
    const read = glossary([["(тонн", () => "tonnes"]], /\p{Script=Cyrillic}/gu, CYRILLIC);
    expect(read("Exports were 656 t in May")).toEqual([]);
    expect(() => read("656 тонн")).toThrow(SyntaxError);
  });
});
