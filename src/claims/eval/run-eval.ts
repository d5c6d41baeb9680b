// Runs a claim checker over the corpus and scores it.

import type { ExtractedClaim, Verdict } from "../types.js";
import { summarise, type EvalScore } from "./evaluate.js";
import { loadCorpus } from "./load-corpus.js";

type Checked = ExtractedClaim & { verdict?: Verdict; explanation?: string };

/** Scores `check` (extraction alone, or extraction and verification) over every corpus text. */
export async function runEval(check: (text: string, published: string) => Promise<Checked[]> | Checked[], dir?: string): Promise<EvalScore> {
  const corpus = loadCorpus(dir);
  const results: Checked[][] = [];
  for (const t of corpus) results.push(await check(t.text, t.published));
  return summarise(corpus, results, results.some((r) => r.some((c) => c.verdict !== undefined)));
}
