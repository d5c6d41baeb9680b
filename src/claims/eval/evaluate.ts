// Scores the extractor and the verifier against the hand-written corpus: extraction precision and
// recall (a claim counts when kind, series, partner, period and stated figure all match) and
// verdict accuracy over the claims found.

import type { ExtractedClaim, Verdict } from "../types.js";

/** One expected claim: `value` is the tonnage, the signed percent, the rank or streak length, or a direction. */
export interface ExpectedClaim {
  kind: ExtractedClaim["kind"];
  series: string | null;
  partner: string;
  period: string | null;
  value: number | "up" | "down";
  verdict: Verdict;
}

export interface CorpusText {
  id: string;
  published: string;
  covers: string;
  text: string;
  claims: ExpectedClaim[];
}

export interface TextScore {
  id: string;
  missed: ExpectedClaim[];
  spurious: ExtractedClaim[];
  wrongVerdicts: Array<{ expected: ExpectedClaim; got: Verdict; explanation: string }>;
}

export interface EvalScore {
  texts: number;
  expected: number;
  extracted: number;
  matched: number;
  verdictsRight: number;
  precision: number;
  recall: number;
  /** Share of matched claims whose verdict is the expected one (null without verification). */
  verdictAccuracy: number | null;
  details: TextScore[];
}

/** The figure a claim states, in the terms of `ExpectedClaim.value`. */
export function statedValue(c: ExtractedClaim): number | "up" | "down" {
  const s = c.stated;
  switch (s.type) {
    case "level": return s.value;
    case "change": return s.pct;
    case "share": return s.pct;
    case "direction": return s.direction;
    default: return s.n;
  }
}

function sameClaim(e: ExpectedClaim, c: ExtractedClaim): boolean {
  if (e.kind !== c.kind || e.series !== c.series || e.partner !== c.partner || e.period !== c.period) return false;
  const v = statedValue(c);
  if (typeof e.value === "string" || typeof v === "string") return e.value === v;
  return Math.abs(e.value - v) <= 1e-6 * Math.max(1, Math.abs(e.value));
}

/** Pairs each expected claim with at most one found claim, in order. */
export function scoreText(
  text: CorpusText,
  found: Array<ExtractedClaim & { verdict?: Verdict; explanation?: string }>,
): { matched: number; verdictsRight: number; detail: TextScore } {
  const used = new Set<number>();
  const detail: TextScore = { id: text.id, missed: [], spurious: [], wrongVerdicts: [] };
  let matched = 0;
  let verdictsRight = 0;
  for (const e of text.claims) {
    const i = found.findIndex((c, k) => !used.has(k) && sameClaim(e, c));
    if (i < 0) {
      detail.missed.push(e);
      continue;
    }
    used.add(i);
    matched++;
    const got = found[i];
    if (got?.verdict === e.verdict) verdictsRight++;
    else if (got?.verdict) detail.wrongVerdicts.push({ expected: e, got: got.verdict, explanation: got.explanation ?? "" });
  }
  found.forEach((c, k) => {
    if (!used.has(k)) detail.spurious.push(c);
  });
  return { matched, verdictsRight, detail };
}

/** Aggregates per-text results into precision, recall and verdict accuracy. */
export function summarise(
  corpus: CorpusText[],
  results: Array<Array<ExtractedClaim & { verdict?: Verdict; explanation?: string }>>,
  verified: boolean,
): EvalScore {
  let expected = 0;
  let extracted = 0;
  let matched = 0;
  let verdictsRight = 0;
  const details: TextScore[] = [];
  corpus.forEach((text, i) => {
    const found = results[i] ?? [];
    const r = scoreText(text, found);
    expected += text.claims.length;
    extracted += found.length;
    matched += r.matched;
    verdictsRight += r.verdictsRight;
    details.push(r.detail);
  });
  return {
    texts: corpus.length, expected, extracted, matched, verdictsRight,
    precision: extracted === 0 ? 1 : matched / extracted,
    recall: expected === 0 ? 1 : matched / expected,
    verdictAccuracy: verified ? (matched === 0 ? 0 : verdictsRight / matched) : null,
    details,
  };
}
