// `npm run eval:claims`: right-verdict rate, false contradictions, recall and precision of claim
// checking against the shipped reference dataset, for the dev and the frozen test split, overall
// and by family of the claims issue. `--split dev|frozen` picks one split; `--verbose` lists every
// claim that is not right (never use it to tune on the frozen split); `--form typeset|wrapped|bold|quoted|spaced|hyphenated|markup`
// scores the texts set as pages set them (page-forms.ts).

import { openLodestone } from "../../src/ingest/reference-data.js";
import { verifyClaims } from "../../src/claims/verify.js";
import type { EvalScore, Split, Tally } from "./evaluate.js";
import { runEval } from "./run-eval.js";
import { SPLITS } from "./load-corpus.js";
import { PAGE_FORMS } from "./page-forms.js";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.includes("--split") ? (args[args.indexOf("--split") + 1] as Split) : null;
const formName = args.includes("--form") ? args[args.indexOf("--form") + 1] : undefined;
const form = formName === undefined ? undefined : PAGE_FORMS[formName];
if (formName !== undefined && form === undefined) {
  process.stderr.write(`unknown --form ${formName}; one of: ${Object.keys(PAGE_FORMS).join(", ")}\n`);
  process.exit(2);
}
const p = (x: number) => `${(x * 100).toFixed(1)}%`;
const rate = (t: Tally) => (t.expected === 0 ? "n/a" : p(t.right / t.expected));

function report(split: string, s: EvalScore): string {
  const lines = [
    `${split}: ${s.texts} texts, ${s.expected} expected claims, ${s.extracted} extracted`,
    `  right verdicts       ${p(s.rightRate)} (${s.right}/${s.expected})`,
    `  false contradictions ${s.falseContradictions}`,
    `  non-claims given a verdict ${s.nonClaimVerdicts}`,
    `  found (recall)       ${p(s.recall)}   read right ${s.readRight}   precision ${p(s.precision)}`,
    "  by family            expected  right   false contradictions",
  ];
  for (const [f, t] of [...s.byFamily.entries()].sort((a, b) => a[0] - b[0])) {
    lines.push(
      `    ${String(f === 0 ? "none" : f).padStart(4)}              ${String(t.expected).padStart(8)}  ${rate(t).padStart(6)}  ${t.falseContradictions}`,
    );
  }
  lines.push("  not right, by outcome (totals)");
  for (const [what, n] of misses(s)) lines.push(`    ${String(n).padStart(5)}  ${what}`);
  return `${lines.join("\n")}\n`;
}

/**
 * How the claims that are not right went wrong, counted: missed, misread, or read right with
 * another verdict than expected (and how many of those the reader left open because a part of the
 * reading was carried over or not named: the rule keeps those from being contradicted).
 */
function misses(s: EvalScore): Array<[string, number]> {
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const c of s.details.flatMap((d) => d.claims)) {
    if (c.outcome === "right") continue;
    if (c.outcome !== "wrong-verdict") {
      add(c.outcome);
      continue;
    }
    const got = c.got?.verdict ?? "no verdict";
    const open = got === "unverifiable" && /^ambiguous \(/.test(c.got?.explanation ?? "");
    add(`expected ${c.expected.verdict}, got ${got}${open ? " (a part carried or not named)" : ""}`);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

function details(s: EvalScore): string {
  const out: string[] = [];
  for (const d of s.details) {
    for (const c of d.claims.filter((x) => x.outcome !== "right")) {
      const g = c.got;
      const got = g
        ? `${g.kind} ${g.series} ${g.partner} ${g.period} ${g.verdict}: ${g.explanation ?? ""}`
        : "nothing";
      out.push(`${d.id} ${c.outcome.padEnd(13)} expected ${JSON.stringify(c.expected)}\n      got ${got}`);
    }
    for (const c of d.spurious)
      out.push(
        `${d.id} spurious      ${c.kind} ${c.series} ${c.partner} ${c.period} ${c.verdict} ${JSON.stringify(c.text)}: ${c.explanation ?? ""}`,
      );
    for (const c of d.nonClaimVerdicts)
      out.push(`${d.id} non-claim     ${c.verdict} ${JSON.stringify(c.text)}`);
  }
  return out.length ? `${out.join("\n")}\n` : "";
}

const store = await openLodestone({ path: ":memory:" });
try {
  for (const split of only ? [only] : SPLITS) {
    const score = await runEval(
      (text, published) => verifyClaims(store, text, { published }).then((r) => r.claims),
      split,
      undefined,
      form,
    );
    process.stdout.write(report(formName === undefined ? split : `${split} (${formName})`, score));
    if (verbose) process.stdout.write(details(score));
  }
} finally {
  store.close();
}
