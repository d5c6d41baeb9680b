// Claim extraction speed: milliseconds per 1,000-word article (warm) and claims per second, against a
// baseline measured in the same run on the same text (one plain regex scan for numbers with units).
// Verification as a whole is timed in verify.ts.
import { extractClaims } from "../src/claims/index.js";
import { loadCorpus } from "../test/claims-eval/load-corpus.js";
import { timeSync as time } from "./lib/timing.js";
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

/** Runs the claims benchmark and returns its rows. */
export default async function benchClaims(): Promise<BenchResult[]> {
  const article = sampleArticle(1000);
  const published = { published: "2025-12-20" };
  const claims = extractClaims(article, published).length;
  const baselineRe = /\d[\d,.]*\s?(?:%|per ?cent|tonnes|tons|t\b|kg)/g;
  const baseline = time(() => article.match(baselineRe)?.length ?? 0, 200);
  const ms = time(() => extractClaims(article, published), 200);
  return [
    {
      name: "claims: extract, 1,000-word article",
      ms,
      baseline_ms: baseline,
      note: `${claims} claims, ${Math.round((claims / ms) * 1000).toLocaleString("en-US")} claims/s; baseline: one regex scan for numbers with units; target < 50 ms`,
    },
  ];
}
