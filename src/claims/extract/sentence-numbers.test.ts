import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const numbers = (text: string) =>
  extractClaims(text, { published: "2025-12-20" }).map((c) => [c.text, c.sentence]);

describe("claims numbered by the sentence they sit in", () => {
  it("gives the claims of one sentence one number, and the next sentence the next", () => {
    expect(
      numbers("Magnet exports rose 12% to 6,150 t in November. Japan took 305 t, up 35% on October."),
    ).toEqual([
      ["rose 12%", 0],
      ["6,150 t", 0],
      ["305 t", 1],
      ["up 35%", 1],
    ]);
  });

  it("does not end a sentence at an initialism's stop before a lower-case word", () => {
    const got = numbers("Shipments to the U.S. fell 11% to 582 t in November.");
    expect(got.map(([, n]) => n)).toEqual([0, 0]);
  });

  it("ends a sentence at a line break, as a bullet or a headline ends", () => {
    const got = numbers("Magnet exports hit 6,150 t in November\n- Japan: 305 t\n- US: 582 t");
    expect(new Set(got.map(([, n]) => n)).size).toBe(3);
  });
});
