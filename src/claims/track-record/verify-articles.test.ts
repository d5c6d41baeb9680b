// The sentence kept with a recorded verdict, so the track record reads without the article.
import { describe, expect, it } from "vitest";
import { claimSentence } from "./verify-articles.js";

describe("claimSentence", () => {
  it("finds the sentence of a claim in running text and across paragraphs", () => {
    const text =
      "Exports rose. Sales to Japan fell 11% to 305 tonnes! Prices rose.\n\nA new paragraph with 6,150 tonnes";
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
    expect(claimSentence(text, ...at("305 tonnes"))).toBe("Sales to Japan fell 11% to 305 tonnes!");
    expect(claimSentence(text, ...at("6,150 tonnes"))).toBe("A new paragraph with 6,150 tonnes");
    expect(claimSentence("6,150 t in November.", 0, 7)).toBe("6,150 t in November.");
  });
});
