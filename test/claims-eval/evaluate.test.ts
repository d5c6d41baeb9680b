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

describe("scoreText on words that allow several figures", () => {
  const foldText = "Magnet exports to India saw a 1.4-fold increase in July.";
  const at = foldText.indexOf("a 1.4-fold");
  const corpus = (value: number): CorpusText => ({
    id: "f",
    split: "dev",
    file: "dev/f.json",
    published: "2025-08-20",
    covers: "a fold",
    text: foldText,
    claims: [
      {
        kind: "change",
        series: "rare-earth-magnets",
        partner: "IND",
        period: "2025-07",
        value,
        verdict: "supported",
        quote: "a 1.4-fold increase",
      },
    ],
  });
  const fold = {
    kind: "change",
    series: "rare-earth-magnets",
    partner: "IND",
    period: "2025-07",
    text: "a 1.4-fold increase",
    start: at,
    end: at + 19,
    stated: {
      type: "change",
      pct: 40,
      unit: "%",
      basis: "mom",
      direction: "up",
      hedge: null,
      raw: "a 1.4-fold increase",
      low: 35,
      high: 145,
      readings: [
        { pct: 40, low: 35, high: 45, why: "x1.4" },
        { pct: 140, low: 135, high: 145, why: "+140%" },
      ],
    },
    verdict: "supported",
  } as unknown as Checked;

  it("finds the claim whichever of its readings the corpus wrote down", () => {
    expect(scoreText(corpus(140), [fold]).claims[0]?.outcome).toBe("right");
    expect(scoreText(corpus(40), [fold]).claims[0]?.outcome).toBe("right");
  });

  it("still misses a figure none of the readings states", () => {
    expect(scoreText(corpus(240), [fold]).claims[0]?.outcome).toBe("missed");
  });
});
