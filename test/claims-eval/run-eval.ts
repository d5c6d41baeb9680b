// Runs a claim checker over one split of the corpus and scores it.

import { summarise, type Checked, type EvalScore, type Split } from "./evaluate.js";
import { loadCorpus } from "./load-corpus.js";
import type { PageForm } from "./page-forms.js";

/**
 * Scores `check` (extraction alone, or extraction and verification) over the texts of `split`,
 * set in `form` when given (see page-forms.ts).
 */
export async function runEval(
  check: (text: string, published: string) => Promise<Checked[]> | Checked[],
  split: Split,
  dir?: string,
  form?: PageForm,
): Promise<EvalScore> {
  const read = loadCorpus([split], dir);
  const corpus = form === undefined ? read : read.map(form);
  const results: Checked[][] = [];
  for (const t of corpus) results.push(await check(t.text, t.published));
  return summarise(corpus, results);
}
