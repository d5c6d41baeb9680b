// Verification speed, end to end: reading the claims of an article, fetching their figures and
// judging them. In process: a 1,000-word article, warm (median of many runs), against one read of a
// monthly series in the same run. Through the command line: 100 KB of press text against an empty
// text, on the same database, so the ratio shows what the text itself costs beyond starting up:
// press text at an article's density of figures, and text made only of figure-dense corpus texts.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getSeries } from "../src/analytics/series.js";
import { extractClaims, verifyClaims } from "../src/claims/index.js";
import { openLodestone } from "../src/ingest/reference-data.js";
import { parse } from "csv-parse/sync";
import { loadCorpus } from "../test/claims-eval/load-corpus.js";
import { sampleArticle } from "./claims.js";
import { median, timeAsync } from "./lib/timing.js";
import type { BenchResult } from "./run.js";

const BIN = fileURLToPath(new URL("../bin/lodestone.js", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
const EVENTS = fileURLToPath(new URL("../data/events.csv", import.meta.url));

const WORDS = (s: string) => s.split(/\s+/).length;

/**
 * Articles as the issue sizes them: about 1,000 words with about 20 claims each. Corpus texts
 * supply the claims (they are dense with figures); the policy events' summaries supply the
 * background prose that real articles wrap around them. The n-th article starts at the n-th
 * corpus text, so a long run of articles does not repeat one text.
 */
function typicalArticle(n = 0, words = 1000, claims = 20): string {
  const texts = loadCorpus(["dev"]).filter((t) => t.claims.length > 0);
  const events = parse(readFileSync(EVENTS, "utf8"), { columns: true }) as Array<{ summary: string }>;
  const parts: string[] = [];
  let found = 0;
  for (let i = 0; i < texts.length && found < claims; i++) {
    const t = texts[(n * 7 + i) % texts.length] as (typeof texts)[number];
    if (found + t.claims.length > claims + 3) continue;
    parts.push(t.text);
    found += t.claims.length;
  }
  let count = WORDS(parts.join(" "));
  for (let i = 0; count < words; i++) {
    const e = events[(n * 5 + i) % events.length] as { summary: string };
    parts.push(e.summary);
    count += WORDS(e.summary);
  }
  return parts.join("\n\n");
}

/** Press text of about `bytes` bytes: issue-sized articles one after another. */
function pressText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const a = typicalArticle(n);
    parts.push(a);
    size += Buffer.byteLength(a) + 2;
  }
  return parts.join("\n\n").slice(0, bytes);
}

/** Press text of about `bytes` bytes with nothing but corpus texts: several times an article's figures. */
function denseText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const a = sampleArticle(1000);
    parts.push(a);
    size += Buffer.byteLength(a);
  }
  return parts.join("\n\n").slice(0, bytes);
}

function cliMs(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - t0);
    if (r.status !== 0)
      throw new Error(
        `lodestone ${args.join(" ")} failed (${r.status ?? r.signal ?? r.error?.message}): ${r.stderr}`,
      );
  }
  return median(times);
}

export default async function benchVerify(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const store = await openLodestone({ path: ":memory:" });
  try {
    const article = typicalArticle();
    const words = article.split(/\s+/).length;
    const published = "2025-12-20";
    const claims = (await verifyClaims(store, article, { published })).claims.length;
    const ms = await timeAsync(() => verifyClaims(store, article, { published }), 30);
    const baseline = await timeAsync(() => getSeries(store, { series: "rare-earth-magnets" }), 30);
    out.push({
      name: `verify: ${words.toLocaleString("en-US")}-word article, warm`,
      ms,
      baseline_ms: baseline,
      note: `${claims} claims checked with evidence; baseline: one monthly series read; target < 20 ms`,
    });
  } finally {
    store.close();
  }
  if (!existsSync(DIST)) {
    process.stderr.write(
      "bench verify: dist/ is missing (npm run build); the command-line rows are skipped\n",
    );
    return out;
  }
  const dir = mkdtempSync(join(tmpdir(), "lodestone-bench-"));
  try {
    const db = join(dir, "bench.duckdb");
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    cliMs(["verify", empty, "--published", "2025-12-20", "--db", db, "--format", "json"], 1);
    const base = cliMs(["verify", empty, "--published", "2025-12-20", "--db", db, "--format", "json"], 5);
    const texts = [
      {
        name: "100 KB of press text",
        text: pressText(100 * 1024),
        what: "articles of ~1,000 words, ~20 claims",
      },
      { name: "100 KB of figure-dense text", text: denseText(100 * 1024), what: "corpus texts only" },
    ];
    for (const t of texts) {
      const file = join(dir, "press-100k.txt");
      writeFileSync(file, t.text);
      const claims = extractClaims(t.text, { published: "2025-12-20" }).length;
      const ms = cliMs(["verify", file, "--published", "2025-12-20", "--db", db, "--format", "json"], 5);
      out.push({
        name: `verify: ${t.name}, command line`,
        ms,
        baseline_ms: base,
        note: `${t.what}: ${claims.toLocaleString("en-US")} claims; baseline: the same command on an empty text; target ratio <= 3`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
