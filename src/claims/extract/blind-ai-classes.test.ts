// Wordings a blind batch (ai: regional papers, aggregator rewrites, newsletters, investor notes)
// showed read wrong.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [text.slice(c.start, c.end), c.kind, c.period, c.partner]);

describe("a rise or fall that goes on to a level dated by its own period", () => {
  it.each([
    [
      "In 2025, magnet shipments abroad grew 3% to 57,000 tonnes, after falling 2% to 55,300 tonnes in 2024.",
      "2026-02-02",
      [
        ["grew 3%", "change", "2025-01..2025-12"],
        ["falling 2%", "change", "2024-01..2024-12"],
        ["55,300 tonnes", "level", "2024-01..2024-12"],
      ],
    ],
    [
      "In October, rare-earth sales abroad were flat, having climbed 9% to 4,300 t in September.",
      "2025-11-15",
      [["climbed 9%", "change", "2025-09"]],
    ],
  ])("takes that period, not the one the clause opened with: %s", (text, published, want) => {
    const got = read(text, published);
    for (const [words, kind, period] of want)
      expect(got.find(([w, k]) => w === words && k === kind)?.[2], words).toBe(period);
  });

  it("keeps the clause's period for a move to a level with no period of its own", () => {
    const got = read("In March, terbium exports jumped 40% to 7.5 t.", "2025-04-22");
    expect(got.find(([w]) => w === "jumped 40%")?.[2]).toBe("2025-03");
  });
});
