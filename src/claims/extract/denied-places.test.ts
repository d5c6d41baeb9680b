// "It's not like Japan is the top buyer" denies the place it names: no rank is read from it.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const ranks = (t: string) =>
  extractClaims(t, { published: "2025-11-24" })
    .filter((c) => c.kind === "rank")
    .map((c) => [c.partner, c.stated.type === "rank" ? c.stated.n : null]);

describe("a destination's place denied", () => {
  it.each([
    "In October it's not like Japan is the top buyer of Chinese magnets.",
    "In October it isn’t as if Japan was the main customer for magnets.",
    "Not that India was the largest destination for magnets in October.",
  ])("%s", (t) => {
    expect(ranks(t)).toEqual([]);
  });

  it("still reads a place stated outright", () => {
    expect(ranks("In October Germany was the largest destination for magnets.")).toEqual([["DEU", 1]]);
  });
});
