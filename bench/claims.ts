// Claim extraction speed: milliseconds per 1,000-word article (warm) and claims per second, against a
// baseline measured in the same run on the same text (one plain regex scan for numbers with units);
// and verification itself (extraction, the data read, the verdicts and evidence) on the example
// article against the shipped data, with extraction alone as its baseline.
import { readFileSync } from "node:fs";
import { extractClaims, verifyClaims } from "../src/claims/index.js";
import { openLodestone } from "../src/ingest/reference-data.js";
import { loadCorpus } from "../test/claims-eval/load-corpus.js";
import type { BenchResult } from "./run.js";

/** A deterministic article of about `words` words, built from the corpus texts. */
export function sampleArticle(words = 1000): string {
  const texts = loadCorpus(["dev"]).map((t) => t.text);
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const t = texts[i % texts.length] as string;
    parts.push(t);
    count += t.split(/\s+/).length;
  }
  return parts.join("\n\n");
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => unknown, runs: number): number {
  for (let i = 0; i < 5; i++) fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Runs the claims benchmark and returns its rows. */
export default async function benchClaims(): Promise<BenchResult[]> {
  const article = sampleArticle(1000);
  const published = { published: "2025-12-20" };
  const claims = extractClaims(article, published).length;
  const baselineRe = /\d[\d,.]*\s?(?:%|per ?cent|tonnes|tons|t\b|kg)/g;
  const baseline = time(() => article.match(baselineRe)?.length ?? 0, 200);
  const ms = time(() => extractClaims(article, published), 200);
  return [...(await benchVerify()),
    {
      name: "claims: extract, 1,000-word article", ms, baseline_ms: baseline,
      note: `${claims} claims, ${Math.round((claims / ms) * 1000).toLocaleString("en-US")} claims/s; baseline: one regex scan for numbers with units; target < 50 ms`,
    },
  ];
}

async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Verification of the example article, in process, warm: what one POST /api/verify computes. */
async function benchVerify(): Promise<BenchResult[]> {
  const text = readFileSync(new URL("../examples/november-2025.txt", import.meta.url), "utf8");
  const store = await openLodestone({ path: ":memory:" });
  try {
    const options = { published: "2025-12-20" };
    const claims = (await verifyClaims(store, text, options)).claims.length;
    const extract = time(() => extractClaims(text, options), 50);
    const ms = await timeAsync(() => verifyClaims(store, text, options), 15);
    return [{
      name: "claims: verify example article", ms, baseline_ms: extract,
      note: `${claims} claims checked against the shipped data, median of 15; baseline: extraction alone`,
    }];
  } finally {
    store.close();
  }
}
