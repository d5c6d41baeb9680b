// Fractions in words as reporters write them, read as percentages.
import { describe, expect, it } from "vitest";
import { fractionOf } from "./lexicon.js";

describe("fractionOf", () => {
  it.each([
    ["half", 50],
    ["a third", 100 / 3],
    ["one-fifth", 20],
    ["two-thirds", 200 / 3],
    ["two thirds", 200 / 3],
    ["three-quarters", 75],
    ["nine-tenths", 90],
    ["a sixth", 100 / 6],
    ["one-fifteenth", 100 / 15],
  ])("reads %s", (words, pct) => {
    expect(fractionOf(words)).toBeCloseTo(pct, 9);
  });

  it("reads no fraction of a whole or more, and no other word", () => {
    expect(fractionOf("two-halves")).toBeNull();
    expect(fractionOf("four-thirds")).toBeNull();
    expect(fractionOf("third-largest")).toBeNull();
  });
});
