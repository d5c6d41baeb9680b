// "rose nearly 13%", "fell roughly 11%", "fell nearly 80 t": a hedge ending in "-ly" right after the
// verb is the size's hedge, not a manner adverb ("rose sharply 13%"). Read as an adverb, it was
// dropped, and the size was held to its rounding alone.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract/extract-claims.js";

const hedge = (t: string) => {
  const c = extractClaims(t, { published: "2025-12-20" }).find((x) => x.kind === "change");
  return c?.stated.type === "change" ? c.stated.hedge : undefined;
};

describe("a hedge between a move's verb and its size", () => {
  it.each([
    ["Magnet exports rose nearly 13% in November.", "nearly"],
    ["Magnet exports fell nearly 13% in November.", "nearly"],
    ["Magnet exports rose roughly 12% in November.", "about"],
    ["Magnet exports to the U.S. fell nearly 80 t in November.", "nearly"],
    ["Magnet exports fell sharply 13% in November.", null],
  ])("%s", (text, want) => {
    expect(hedge(text)).toBe(want);
  });
});
