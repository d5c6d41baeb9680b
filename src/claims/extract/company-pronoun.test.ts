// A sentence that opens on "Its", "Their" or "The firm's" after one whose subject is a company gives
// that company's figures; after China, customs or an official body it may give China's. A buyer the
// words do not name ("the nation's imports of Chinese magnets") counts its own arrivals.
import { describe, expect, it } from "vitest";
import { companyPronoun } from "./company-pronoun.js";
import { extractClaims } from "./extract-claims.js";

const modes = (t: string, published = "2025-12-18") =>
  extractClaims(t, { published }).map((c) => [t.slice(c.start, c.end), c.mode]);

describe("a possessive pronoun after a company", () => {
  it.each([
    "Arnold Magnetic Technologies held an investor day in Rochester. Its deliveries to Vietnam reached 444 t in October.",
    "Lynas posted quarterly results on Wednesday. Their sales to Japan climbed 18% to 226 tonnes.",
    "Shenghe Resources filed its half-year accounts late. The firm's overseas sales came to 1,116 t in July.",
  ])("reads the figures as the company's own: %s", (text) => {
    const got = modes(text);
    expect(got.length).toBeGreaterThan(0);
    for (const [, mode] of got) expect(mode).toBe("company");
  });

  it.each([
    "China's magnet trade slowed in October. Its shipments to Vietnam were 444 t.",
    "The customs administration published the breakdown on Sunday. Its tables put exports to Vietnam at 444 t in October.",
    "Lynas posted quarterly results on Wednesday.\n\nIts rival's home market is another matter: exports to Japan were 226 t in October.",
  ])("leaves China's figures China's: %s", (text) => {
    const got = modes(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got.some(([, mode]) => mode === "reported")).toBe(true);
  });

  it("takes a pronoun after a company's sentence as the company's", () => {
    const isCo = (s: string) => /Solvay/.test(s);
    expect(companyPronoun("Their output rose", "Solvay met buyers.", isCo)).toBe(true);
    expect(companyPronoun("Output rose", "Solvay met buyers.", isCo)).toBe(false);
  });
});

describe("imports of a buyer the words do not name", () => {
  it.each([
    "HANOI, Nov. 20 - The nation's purchases of Chinese rare-earth magnets reached 444 tonnes in October, the nation's customs office said.",
    "The country's imports from China of NdFeB magnets fell 2% to 226 t in October, according to its finance ministry.",
  ])("are never read as China's exports: %s", (text) => {
    const got = modes(text);
    expect(got.length).toBeGreaterThan(0);
    for (const [, mode] of got) expect(mode).not.toBe("reported");
  });
});

describe("a change set against what a company sold", () => {
  it("is the company's", () => {
    const got = modes(
      "Proterial said it shipped 280 t of magnets in December. That was 9% more than the firm shipped a year earlier.",
      "2026-01-20",
    );
    expect(got.find(([w]) => w?.startsWith("9%"))?.[1]).toBe("company");
  });
});
