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
import { median, timeAsync } from "./lib/timing.js";
import type { BenchResult } from "./run.js";

const BIN = fileURLToPath(new URL("../bin/lodestone.js", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
const EVENTS = fileURLToPath(new URL("../data/events.csv", import.meta.url));

const WORDS = (s: string) => s.split(/\s+/).length;
const PUBLISHED = "2025-12-20";

/**
 * Articles as the issue sizes them: about 1,000 words with about 20 claims each. Corpus texts
 * supply the claims (they are dense with figures); prose without figures supplies the background
 * that real articles wrap around them: the policy events' summaries, then the corpus's sentences
 * in which the reader finds no claim at all (dates and names, no figures), taken from the end of
 * the corpus. Nothing is used twice, in one article or
 * across a run of them, so no sentence of a long text repeats another (a reader that keeps what it
 * read would otherwise be timed on copies).
 */
function articles(): (words?: number, claims?: number) => string {
  const texts = loadCorpus(["dev"]).filter((t) => t.claims.length > 0);
  const events = parse(readFileSync(EVENTS, "utf8"), { columns: true }) as Array<{ summary: string }>;
  const prose = [
    ...events.map((e) => e.summary),
    ...texts
      .toReversed()
      .flatMap((t) => t.text.split(/(?<=[.!?])\s+/))
      .filter((s) => WORDS(s) >= 8),
  ];
  const seen = new Set<string>();
  // background says nothing checkable: no figure and no bare rise or fall the reader would check;
  // sentences are tried only as far as the articles asked for reach
  const background = (s: string) =>
    !seen.has(s) && seen.add(s) && extractClaims(s, { published: PUBLISHED }).length === 0;
  let nextText = 0;
  let nextProse = 0;
  return (words = 1000, claims = 20) => {
    const parts: string[] = [];
    let found = 0;
    while (found < claims && nextText < texts.length) {
      const t = texts[nextText++] as (typeof texts)[number];
      if (found + t.claims.length > claims + 3) continue;
      parts.push(t.text);
      found += t.claims.length;
    }
    let count = WORDS(parts.join(" "));
    while (count < words && nextProse < prose.length) {
      const paragraph: string[] = [];
      while (paragraph.length < 4 && nextProse < prose.length) {
        const s = prose[nextProse++] as string;
        if (background(s)) paragraph.push(s);
      }
      if (paragraph.length === 0) break;
      parts.push(paragraph.join(" "));
      count += WORDS(paragraph.join(" "));
    }
    return parts.join("\n\n");
  };
}

/** One issue-sized article. */
function typicalArticle(): string {
  return articles()();
}

/** Press text of about `bytes` bytes: issue-sized articles one after another, none repeating another. */
function pressText(bytes: number): string {
  const next = articles();
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const a = next();
    if (a === "") throw new Error("bench verify: the corpus is too small for the press text");
    parts.push(a);
    size += Buffer.byteLength(a) + 2;
  }
  return parts.join("\n\n").slice(0, bytes);
}

/** Text of about `bytes` bytes made of corpus texts only, each once: several times an article's figures. */
function denseText(bytes: number): string {
  const texts = loadCorpus(["dev"]).map((t) => t.text);
  const parts: string[] = [];
  let size = 0;
  for (const t of texts) {
    if (size >= bytes) break;
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
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
