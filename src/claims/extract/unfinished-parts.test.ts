// A half or a quarter named without its year is resolved against the publication date: "Q4" in a
// text of October 2025 is the quarter under way, and "the second half" in July the half just begun,
// not last year's. A figure stated as fact for a part none of whose months is out is not checked, one
// partly out is read as the part so far (never contradicted); a part that is over,
// or one far ahead ("H2" in March: the half just reported), keeps its reading.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a half or quarter not over when the text came out", () => {
  it.each([
    [
      "Fourth-quarter magnet exports climbed 8% to 16,900 tonnes.",
      "2025-11-14",
      "16,900",
      "2025-10..2025-12",
    ],
    ["Shipments of rare earths in Q4 came to 14,100 t.", "2025-10-27", "14,100", "2025-10..2025-12"],
    ["In the second half, magnet exports reached 33,600 t.", "2025-08-05", "33,600", "2025-07..2025-12"],
    ["Magnet exports in Q1 jumped to 15,900 t.", "2026-02-11", "15,900", "2026-01..2026-03"],
    ["Third-quarter shipments of magnets were 17,100 tonnes.", "2025-09-02", "17,100", "2025-07..2025-09"],
  ])("is this year's and not checked: %s", (text, published, words, period) => {
    const c = find(text, published, words);
    // the part itself, or (when some of its months are out) the part so far, a reading that never contradicts
    expect(c?.period?.slice(0, 7)).toBe(period.slice(0, 7));
    expect(c?.mode === "unfinished" || c?.grounds.period === "carried").toBe(true);
  });

  it.each([
    ["Magnet exports in Q3 rose to 17,497 tonnes.", "2025-10-22", "17,497", "2025-07..2025-09"],
    ["Fourth-quarter magnet exports reached 17,575 t.", "2026-01-23", "17,575", "2025-10..2025-12"],
    ["Magnet exports in H2 totalled 34,900 t.", "2025-03-12", "34,900", "2024-07..2024-12"],
  ])("keeps a part that is over: %s", (text, published, words, period) => {
    const c = find(text, published, words);
    expect(c?.period).toBe(period);
    expect(c?.mode).toBe("reported");
  });
});
