// Scores the claim reader and checker against the hand-written corpus.
//
// An expected claim is *found* when an extracted claim overlaps its quote (the words that state it)
// and states the same figure; it is *read right* when kind, series, partner and period match too.
// Its verdict is *right* when it is found, read right and given the expected verdict; an expected
// "unverifiable" is also right when the checker gives it without the right reading, or says nothing.
// A *false contradiction* is any "contradicted" verdict that is not a right verdict on an expected
// contradicted claim: on a correct statement, on a misread one, on a forecast or on words that state
// no figure at all. A non-claim (a forecast, a target, another country's statistics) that gets
// "supported" or "contradicted" is counted as well.

import type { ExtractedClaim, Verdict } from "../../src/claims/types.js";

export type Split = "dev" | "frozen";

/** One expected claim. `value`: tonnes (or money in `unit`), signed percent, rank or streak length, or a direction. */
export interface ExpectedClaim {
  kind: ExtractedClaim["kind"];
  series: string | null;
  partner: string;
  period: string | null;
  value: number | "up" | "down";
  verdict: Verdict;
  unit?: string;
  basis?: string;
  quote?: string;
  families?: number[];
  note?: string;
}

export interface CorpusText {
  id: string;
  split: Split;
  file: string;
  published: string;
  style?: string;
  covers: string;
  text: string;
  claims: ExpectedClaim[];
  non_claims?: string[];
}

export type Checked = ExtractedClaim & { verdict?: Verdict; explanation?: string };

export type Outcome = "right" | "wrong-verdict" | "misread" | "missed";

export interface ClaimResult {
  text: string;
  expected: ExpectedClaim;
  outcome: Outcome;
  got: Checked | null;
  falseContradiction: boolean;
}

export interface TextResult {
  id: string;
  split: Split;
  claims: ClaimResult[];
  /** Extracted claims that match no expected claim. */
  spurious: Checked[];
  /** Spurious or misread claims called contradicted, and non-claims given a verdict. */
  falseContradictions: Checked[];
  nonClaimVerdicts: Checked[];
}

/** The figure a claim states, in the terms of `ExpectedClaim.value`. */
export function statedValue(c: ExtractedClaim): number | "up" | "down" {
  const s = c.stated;
  switch (s.type) {
    case "level":
      return s.value;
    case "change":
      return s.pct;
    case "share":
      return s.pct;
    case "direction":
      return s.direction;
    default:
      return "n" in s ? s.n : Number.NaN;
  }
}

function sameValue(e: ExpectedClaim, c: ExtractedClaim): boolean {
  const v = statedValue(c);
  if (typeof e.value === "string" || typeof v === "string") return e.value === v;
  // a difference the text states without its direction ("the gap is 410 t") is read as its size
  const expected = c.stated.type === "change" && c.stated.unsigned === true ? Math.abs(e.value) : e.value;
  // words that allow several figures ("a 1.4-fold increase": x1.4 or +140%) state each of them
  const figures = c.stated.type === "change" && c.stated.readings ? c.stated.readings.map((r) => r.pct) : [v];
  const margin = 1e-6 * Math.max(1, Math.abs(e.value));
  return [v, ...figures].some((f) => Math.abs(expected - f) <= margin);
}

/** A total over a span is a level and a year-to-date figure alike: the checker sums the same months. */
const TOTAL = new Set<string>(["level", "ytd"]);
const sameKind = (e: ExpectedClaim, c: ExtractedClaim) =>
  e.kind === c.kind || (TOTAL.has(e.kind) && TOTAL.has(c.kind) && (c.period ?? "").includes(".."));

function sameReading(e: ExpectedClaim, c: ExtractedClaim): boolean {
  return sameKind(e, c) && e.series === c.series && e.partner === c.partner && e.period === c.period;
}

/** Every [start, end) where the quote occurs in the text. */
function quoteSpans(text: string, quote: string | undefined): Array<[number, number]> {
  if (!quote) return [];
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push([i, i + quote.length]);
  return out;
}

const overlaps = (c: { start: number; end: number }, spans: Array<[number, number]>) =>
  spans.some(([s, e]) => c.start < e && c.end > s);

/** Pairs each expected claim with at most one found claim, the best reading first. */
export function scoreText(text: CorpusText, found: Checked[]): TextResult {
  const used = new Set<number>();
  const claims: ClaimResult[] = [];
  for (const e of text.claims) {
    const spans = quoteSpans(text.text, e.quote);
    const candidates = found
      .map((c, i) => ({ c, i }))
      .filter(
        ({ c, i }) =>
          !used.has(i) && sameValue(e, c) && (spans.length === 0 ? sameReading(e, c) : overlaps(c, spans)),
      );
    const pick = candidates.find(({ c }) => sameReading(e, c)) ?? candidates[0];
    if (!pick) {
      claims.push({
        text: text.id,
        expected: e,
        outcome: e.verdict === "unverifiable" ? "right" : "missed",
        got: null,
        falseContradiction: false,
      });
      continue;
    }
    used.add(pick.i);
    const read = sameReading(e, pick.c);
    const verdictRight = pick.c.verdict === e.verdict && (read || e.verdict === "unverifiable");
    const outcome: Outcome = verdictRight ? "right" : read ? "wrong-verdict" : "misread";
    const falseContradiction =
      pick.c.verdict === "contradicted" && !(verdictRight && e.verdict === "contradicted");
    claims.push({ text: text.id, expected: e, outcome, got: pick.c, falseContradiction });
  }
  const spurious = found.filter((_, i) => !used.has(i));
  const nonClaimSpans = (text.non_claims ?? []).flatMap((q) => quoteSpans(text.text, q));
  const nonClaimVerdicts = found.filter(
    (c) => overlaps(c, nonClaimSpans) && c.verdict !== undefined && c.verdict !== "unverifiable",
  );
  const falseContradictions = [
    ...claims.filter((r) => r.falseContradiction).map((r) => r.got as Checked),
    ...spurious.filter((c) => c.verdict === "contradicted"),
  ];
  return { id: text.id, split: text.split, claims, spurious, falseContradictions, nonClaimVerdicts };
}

export interface Tally {
  texts: number;
  expected: number;
  found: number;
  readRight: number;
  right: number;
  extracted: number;
  falseContradictions: number;
  nonClaimVerdicts: number;
}

export interface EvalScore extends Tally {
  /** Share of expected claims with the right verdict. */
  rightRate: number;
  /** Share of expected claims found (same figure at the quoted words). */
  recall: number;
  /** Share of extracted claims that are expected claims. */
  precision: number;
  byFamily: Map<number, Tally>;
  details: TextResult[];
}

const emptyTally = (): Tally => ({
  texts: 0,
  expected: 0,
  found: 0,
  readRight: 0,
  right: 0,
  extracted: 0,
  falseContradictions: 0,
  nonClaimVerdicts: 0,
});

/** Aggregates per-text results. */
export function summarise(corpus: CorpusText[], results: Checked[][]): EvalScore {
  const total = emptyTally();
  const byFamily = new Map<number, Tally>();
  const details: TextResult[] = [];
  corpus.forEach((text, i) => {
    const found = results[i] ?? [];
    const r = scoreText(text, found);
    details.push(r);
    total.texts++;
    total.extracted += found.length;
    total.falseContradictions += r.falseContradictions.length;
    total.nonClaimVerdicts += r.nonClaimVerdicts.length;
    for (const c of r.claims) {
      const families = c.expected.families?.length ? c.expected.families : [0];
      for (const t of [
        total,
        ...families.map((f) => byFamily.get(f) ?? byFamily.set(f, emptyTally()).get(f)!),
      ]) {
        if (t !== total) t.falseContradictions += c.falseContradiction ? 1 : 0;
        t.expected++;
        t.found += c.got ? 1 : 0;
        t.readRight += c.got && sameReading(c.expected, c.got) ? 1 : 0;
        t.right += c.outcome === "right" ? 1 : 0;
      }
    }
  });
  const matched = details.reduce((n, d) => n + d.claims.filter((c) => c.got).length, 0);
  return {
    ...total,
    rightRate: total.expected === 0 ? 1 : total.right / total.expected,
    recall: total.expected === 0 ? 1 : total.found / total.expected,
    precision: total.extracted === 0 ? 1 : matched / total.extracted,
    byFamily,
    details,
  };
}
