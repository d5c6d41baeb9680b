// Finding a claim's sentence and the one before it from offsets in the text.
import { describe, expect, it } from "vitest";
import { sentenceAround, sentenceBefore, sentenceBeforeInParagraph } from "./sentence-around.js";

const at = (text: string, s: string) => text.indexOf(s);

describe("sentence-around", () => {
  const text =
    "Customs released the data on Sunday. The U.S. took 582 t in November, down 11%! Japan rose.\nNext line 305 t";

  it("finds the sentence around a figure (with the space before it), keeping an initialism's stop inside it", () => {
    const i = at(text, "582 t");
    expect(sentenceAround(text, i, i + 5)).toBe(" The U.S. took 582 t in November, down 11%!");
    const j = at(text, "305 t");
    expect(sentenceAround(text, j, j + 5)).toBe("Next line 305 t");
    expect(sentenceAround("上月出口6150吨。今年累计5.7万吨。", 4, 8)).toBe("上月出口6150吨。");
  });

  it("finds the sentence before, across a line break, and nothing at the start", () => {
    expect(sentenceBefore(text, at(text, "Japan"))).toBe(" The U.S. took 582 t in November, down 11%!");
    expect(sentenceBefore(text, at(text, "The U.S."))).toBe("Customs released the data on Sunday.");
    expect(sentenceBefore(text, 0)).toBe("");
  });

  it("finds the sentence before within the same paragraph only", () => {
    expect(sentenceBeforeInParagraph("Solvay met buyers. Its sales rose.", 19)).toBe("Solvay met buyers.");
    expect(sentenceBeforeInParagraph("Solvay met buyers.\n\nIts sales rose.", 20)).toBeNull();
    expect(sentenceBeforeInParagraph("Its sales rose.", 0)).toBeNull();
  });
});
