// allMatches and eachMatch find what matchAll finds, without disturbing the pattern they are given.
import { describe, expect, it } from "vitest";
import { allMatches, eachMatch } from "./all-matches.js";

const asMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const shape = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, ...m]);

describe("every match of a pattern", () => {
  it.each([
    [/(\d[\d,]*)\s?(t|tonnes)\b/g, "Shipments rose to 1,240 t in May and 980 tonnes in June."],
    [/\b(?:May|June)?/g, "May, then June"],
    [/(?:)/gu, "a😀b"],
    [/x*/g, "ab😀"],
    [/\p{L}+/gu, "naïve 😀 café"],
    [/(q)/g, "no such letter here"],
  ])("finds what matchAll finds: %s", (re, text) => {
    expect(shape(allMatches(re, text))).toEqual(asMatchAll(re, text));
    expect(shape(eachMatch(re, text))).toEqual(asMatchAll(re, text));
  });

  it("starts where the pattern's lastIndex stands, as matchAll does, and leaves it there", () => {
    const re = /\d+/g;
    re.lastIndex = 3;
    const expected = asMatchAll(re, "12 34 56");
    expect(re.lastIndex).toBe(3);
    expect(shape(allMatches(re, "12 34 56"))).toEqual(expected);
    expect(re.lastIndex).toBe(3);
    expect(shape(eachMatch(re, "12 34 56"))).toEqual(expected);
    expect(re.lastIndex).toBe(3);
  });

  it("reads one match at a time, while the same pattern is used in between", () => {
    const re = /\d+/g;
    const seen: string[] = [];
    for (const m of eachMatch(re, "1 22 333")) {
      seen.push(m[0], String(allMatches(re, "9 8").length));
      if (m[0] === "22") break;
    }
    expect(seen).toEqual(["1", "2", "22", "2"]);
    expect(re.lastIndex).toBe(0);
  });

  it("needs a global pattern, as matchAll does", () => {
    expect(() => allMatches(/\d/, "1")).toThrow(TypeError);
    expect(() => eachMatch(/\d/, "1")).toThrow(TypeError);
  });
});
