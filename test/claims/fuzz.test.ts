// The extractor never crashes or hangs: random Unicode, a 5 MB input, and runs crafted against
// backtracking all complete and yield well-formed claims. (Timing belongs to the benchmark.)
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/index.js";

/** A small deterministic generator, so failures reproduce. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const KINDS = new Set(["level", "change", "rank", "ytd", "share", "direction"]);

function wellFormed(input: string) {
  const claims = extractClaims(input, { published: "2025-12-20" });
  const bad = claims.filter(
    (c) =>
      c.start < 0 ||
      c.end > input.length ||
      c.end <= c.start ||
      input.slice(c.start, c.end) !== c.text ||
      !KINDS.has(c.kind) ||
      (c.period !== null && !/^\d{4}-\d{2}(?:\.\.\d{4}-\d{2})?$/.test(c.period)),
  );
  expect(bad).toEqual([]);
  return claims;
}

describe("extractor robustness", () => {
  it("handles random Unicode", () => {
    const r = rng(42);
    for (let i = 0; i < 200; i++) {
      const len = Math.floor(r() * 2000);
      let s = "";
      for (let j = 0; j < len; j++) s += String.fromCodePoint(Math.floor(r() * 0x2ffff) % 0x10ffff);
      wellFormed(s);
    }
  }, 180_000); // 200 texts of up to 2,000 random code points: ends on any machine; its speed is the benchmark's business

  it("handles random trade-like token soup", () => {
    const words = [
      "rose",
      "fell",
      "12%",
      "6,150",
      "tonnes",
      "magnets",
      "to",
      "the",
      "US",
      "in",
      "November",
      "record",
      "highest",
      "since",
      "about",
      ",",
      ".",
      ";",
      "first",
      "11",
      "months",
      "a",
      "fifth",
      "of",
      "total",
      "万吨",
      "5.2",
      "doubled",
      "Japan's",
    ];
    const r = rng(7);
    for (let i = 0; i < 300; i++) {
      const n = Math.floor(r() * 80);
      wellFormed(Array.from({ length: n }, () => words[Math.floor(r() * words.length)]).join(" "));
    }
  });

  it("processes 5 MB in one call", () => {
    const para =
      "China's magnet exports rose 12% in November to about 6,150 tonnes, the second-highest on record. Tariffs stayed at 30%. ";
    const input = para.repeat(Math.ceil((5 * 1024 * 1024) / para.length));
    const claims = wellFormed(input);
    expect(input.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(claims.length).toBe(3 * Math.ceil((5 * 1024 * 1024) / para.length));
  }, 1_200_000); // completes, on any machine (a loaded one too): its speed is the benchmark's business

  it("completes on runs built to trigger backtracking", () => {
    const runs = [
      "1".repeat(200_000),
      "1,".repeat(100_000),
      "1.".repeat(100_000),
      ",".repeat(100_000),
      "%".repeat(100_000),
      "1,000,000,000,000,000 ".repeat(20_000),
      "rose ".repeat(50_000) + "12",
      "about ".repeat(50_000) + "6,150 tonnes",
      "highest ".repeat(50_000),
      "Jan-".repeat(50_000),
      " ".repeat(300_000) + "t",
      "a".repeat(300_000),
      "U.S.".repeat(50_000),
    ];
    for (const run of runs) wellFormed(run);
  });
});
