// Verification speed, end to end: reading the claims of an article, fetching their figures and
// judging them. In process: a 1,000-word article, warm (median of many runs), against one read of a
// monthly series in the same run. Through the command line: 100 KB of press text against an empty
// text, on the same database, so the ratio shows what the text itself costs beyond starting up.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getSeries } from "../src/analytics/series.js";
import { verifyClaims } from "../src/claims/index.js";
import { openLodestone } from "../src/ingest/reference-data.js";
import { parse } from "csv-parse/sync";
import { loadCorpus } from "../test/claims-eval/load-corpus.js";
import { sampleArticle } from "./claims.js";
import { median, timeAsync } from "./lib/timing.js";
import type { BenchResult } from "./run.js";

const BIN = fileURLToPath(new URL("../bin/lodestone.js", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
const EVENTS = fileURLToPath(new URL("../data/events.csv", import.meta.url));

/**
 * An article as the issue sizes it: about 1,000 words with about 20 claims. Corpus texts supply the
 * claims (they are dense with figures); the policy events' summaries supply the background prose
 * that real articles wrap around them.
 */
function typicalArticle(words = 1000, claims = 20): string {
  const texts = loadCorpus(["dev"]).filter((t) => t.claims.length > 0);
  const parts: string[] = [];
  let n = 0;
  for (const t of texts) {
    if (n >= claims) break;
    if (n + t.claims.length > claims + 3) continue;
    parts.push(t.text);
    n += t.claims.length;
  }
  const events = parse(readFileSync(EVENTS, "utf8"), { columns: true }) as Array<{ summary: string }>;
  let count = parts.join(" ").split(/\s+/).length;
  for (const e of events) {
    if (count >= words) break;
    parts.push(e.summary);
    count += e.summary.split(/\s+/).length;
  }
  return parts.join("\n\n");
}

/** Press text of about `bytes` bytes, from the corpus the reader is tuned on. */
function pressText(bytes: number): string {
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
    if (r.status !== 0) throw new Error(`lodestone ${args.join(" ")} failed: ${r.stderr}`);
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
    const large = join(dir, "press-100k.txt");
    writeFileSync(empty, "");
    writeFileSync(large, pressText(100 * 1024));
    cliMs(["verify", empty, "--published", "2025-12-20", "--db", db, "--format", "json"], 1);
    const base = cliMs(["verify", empty, "--published", "2025-12-20", "--db", db, "--format", "json"], 5);
    const ms = cliMs(["verify", large, "--published", "2025-12-20", "--db", db, "--format", "json"], 5);
    out.push({
      name: "verify: 100 KB of press text, command line",
      ms,
      baseline_ms: base,
      note: "baseline: the same command on an empty text; target ratio <= 3",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
