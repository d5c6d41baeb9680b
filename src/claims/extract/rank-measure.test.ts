import { describe, expect, it } from "vitest";
import { rankOfShare } from "./rank-measure.js";

const at = (clause: string, words: string) => {
  const i = clause.indexOf(words);
  return rankOfShare(clause, i, i + words.length);
};

describe("rankOfShare", () => {
  it("reads a share named in the rank's words or as its subject", () => {
    expect(at("the smallest US share since May", "smallest US share since")).toBe(true);
    expect(at("US share smallest since May", "smallest since")).toBe(true);
    expect(at("The US share of China's magnet exports was the smallest since May", "smallest since")).toBe(
      true,
    );
    expect(at("Germany's share fell to 18.6%, the lowest since June", "lowest since")).toBe(true);
  });

  it("leaves a rank whose subject is a tonnage or another trade noun", () => {
    expect(
      at("The US share fell, while exports to Japan hit the highest this year", "highest this year"),
    ).toBe(false);
    expect(at("Its share held at 9%; shipments were the lowest since June", "lowest since")).toBe(false);
    expect(at("Exports to the US were the smallest since May", "smallest since")).toBe(false);
  });
});
