// Runs a claim checker over one split of the corpus and scores it.

import { summarise, type Checked, type EvalScore, type Split } from "./evaluate.js";
import { loadCorpus } from "./load-corpus.js";

/** Scores `check` (extraction alone, or extraction and verification) over the texts of `split`. */
export async function runEval(
  check: (text: string, published: string) => Promise<Checked[]> | Checked[],
  split: Split,
  dir?: string,
): Promise<EvalScore> {
  const corpus = loadCorpus([split], dir);
  const results: Checked[][] = [];
  for (const t of corpus) results.push(await check(t.text, t.published));
  return summarise(corpus, results);
}
