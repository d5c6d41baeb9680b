// `npm run eval:claims`: extraction precision and recall, and verdict accuracy against the shipped
// reference dataset, over the corpus in test/claims-corpus. Prints misses with --verbose.

import { openLodestone } from "../../ingest/reference-data.js";
import { verifyClaims } from "../verify.js";
import { runEval } from "./run-eval.js";

const verbose = process.argv.includes("--verbose");
const store = await openLodestone({ path: ":memory:" });
try {
  const score = await runEval((text, published) => verifyClaims(store, text, { published }).then((r) => r.claims));
  const p = (x: number | null) => (x === null ? "n/a" : `${(x * 100).toFixed(1)}%`);
  process.stdout.write(
    `claims corpus: ${score.texts} texts, ${score.expected} expected claims, ${score.extracted} extracted, ${score.matched} matched\n` +
      `extraction precision ${p(score.precision)}\nextraction recall    ${p(score.recall)}\nverdict accuracy     ${p(score.verdictAccuracy)}\n`,
  );
  if (verbose) {
    for (const d of score.details) {
      for (const m of d.missed) process.stdout.write(`${d.id} missed   ${JSON.stringify(m)}\n`);
      for (const c of d.spurious) process.stdout.write(`${d.id} spurious ${c.kind} ${c.series} ${c.partner} ${c.period} ${JSON.stringify(c.text)}\n`);
      for (const w of d.wrongVerdicts) process.stdout.write(`${d.id} verdict  expected ${w.expected.verdict}, got ${w.got}: ${w.explanation}\n`);
    }
  }
} finally {
  store.close();
}
