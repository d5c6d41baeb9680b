// How the evaluator scores one text: a total over a span counts as read right whether the reader
// calls it a level or a year-to-date figure, and never as a false contradiction when its verdict is right.
import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "../../src/claims/types.js";
import { scoreText, type Checked, type CorpusText } from "./evaluate.js";

const text = "Rare-earth exports came to 58,193 tonnes in 2025.";
const corpusText = (kind: "level" | "ytd", period: string): CorpusText => ({
  id: "t",
  split: "dev",
  file: "dev/t.json",
  published: "2026-01-20",
  covers: "a full-year total",
  text,
  claims: [
    {
      kind,
      series: "rare-earths",
      partner: "WLD",
      period,
      value: 58193,
      verdict: "contradicted",
      quote: "58,193 tonnes",
    },
  ],
});
const found = (kind: ExtractedClaim["kind"], period: string): Checked =>
  ({
    kind,
    series: "rare-earths",
    partner: "WLD",
    period,
    text: "58,193 tonnes",
    start: text.indexOf("58,193"),
    end: text.indexOf("58,193") + 13,
    stated: {
      type: "level",
      value: 58193,
      unit: "t",
      hedge: null,
      raw: "58,193 tonnes",
      low: 58193,
      high: 58193,
    },
    verdict: "contradicted",
  }) as unknown as Checked;

describe("scoreText", () => {
  it("counts a span's total read as a level or as year-to-date alike", () => {
    const r = scoreText(corpusText("ytd", "2025-01..2025-12"), [found("level", "2025-01..2025-12")]);
    expect(r.claims[0]?.outcome).toBe("right");
    expect(r.falseContradictions).toEqual([]);
  });

  it("still tells a single month's level from a year-to-date total", () => {
    const r = scoreText(corpusText("ytd", "2025-11"), [found("level", "2025-11")]);
    expect(r.claims[0]?.outcome).toBe("misread");
    expect(r.falseContradictions).toHaveLength(1);
  });
});
