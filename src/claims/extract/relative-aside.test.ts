import { describe, expect, it } from "vitest";
import { inRelativeAside } from "./relative-aside.js";

const at = (clause: string, words: string) => {
  const start = clause.indexOf(words);
  return { start, end: start + words.length };
};

describe("inRelativeAside", () => {
  const clause =
    "For buyers, who had watched May deliveries shrink to 1,238 t, the 619 t shipped in July came as a relief";

  it("holds a month inside a relative clause set off by commas, past a thousands comma", () => {
    expect(inRelativeAside(clause, at(clause, "May"))).toBe(true);
    expect(inRelativeAside(clause, at(clause, "1,238 t"))).toBe(true);
  });

  it("leaves the main clause's month and a relative clause not closed by a comma alone", () => {
    expect(inRelativeAside(clause, at(clause, "July"))).toBe(false);
    const open = "Exports to Japan, which rose in November";
    expect(inRelativeAside(open, at(open, "November"))).toBe(false);
  });
});
