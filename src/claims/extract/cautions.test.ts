// The cautions the reader marks on a claim from the words around its number (cautions.ts): each
// names what those words leave uncertain about the reading chosen, for the checker to weigh.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

/** Each claim of a text as [quoted words, cautions]. */
const marked = (text: string) =>
  extractClaims(text, { published: "2025-12-20" }).map((c) => [c.text, c.cautions ?? []]);

describe("cautions read from the words around a claim", () => {
  it("marks none on a plain statement of one month's figure", () => {
    expect(marked("Magnet exports to Japan came to 1,012 t in November, customs data showed.")).toEqual([
      ["1,012 t", []],
    ]);
  });

  it("marks an average over a quarter as an average, and as a rate a month's figure cannot support", () => {
    expect(marked("Shipments of magnets averaged 4,676 t a month in the third quarter.")).toEqual([
      ["4,676 t", ["average", "rate"]],
    ]);
  });

  it("marks a figure told of two months joined, which may be their sum or either's", () => {
    expect(marked("Magnet exports to Japan in May and June reached 1,200 t.")).toEqual([
      ["1,200 t", ["joined-months"]],
    ]);
  });

  it("marks a rolling total, whose sentence names only the month it runs to, as a sum", () => {
    expect(marked("The three-month rolling total of magnet exports reached 17,397 t in November.")).toEqual([
      ["17,397 t", ["sum"]],
    ]);
  });

  it("marks a part of a total whose product the words after it name in a way not read, but not a named part", () => {
    expect(marked("Antimony exports this year were 29,379 t, including 23,483 t of oxide.")).toEqual([
      ["29,379 t", []],
      ["23,483 t", ["part"]],
    ]);
    expect(marked("Antimony exports this year were 29,379 t, including 23,483 t of antimony oxide.")).toEqual(
      [
        ["29,379 t", []],
        ["23,483 t", []],
      ],
    );
  });

  it("marks a range told as a guess", () => {
    expect(marked("Magnet exports in November were somewhere between 6,000 and 6,300 t.")).toEqual([
      ["somewhere between 6,000 and 6,300 t", ["rough-range"]],
    ]);
  });

  it("marks a figure whose sentence names no period, the month read from the text around it", () => {
    expect(
      marked(
        "Japan was again the largest buyer of Chinese magnets in November. Shipments came to 1,012 t.",
      )[1],
    ).toEqual(["1,012 t", ["period-unnamed"]]);
  });

  it("marks a sentence the reading copy put into English words as written in another language", () => {
    // Russian trade words are read as their English ones; the sentence as written is still Russian
    expect(marked("Экспорт магнитов из Китая в Японию в ноябре вырос до 1012 тонн.")).toEqual([
      ["вырос", ["written-language"]],
      ["1012 тонн", ["written-language"]],
    ]);
  });
});
