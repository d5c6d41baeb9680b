// HTTP API under load, as outsiders see it: the server runs `lodestone serve` in its own process and
// this process generates the load (20 connections). Every figure is a ratio to a static file served
// by the same server in the same run. "memoised" rows ask the same thing again and again (answers are
// kept per data version); "fresh" rows send Cache-Control: no-cache so every request is computed.
// Last, a 5 MB claim check runs while a static file and a series are asked for: their slowest answer.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import type { BenchResult } from "./run.js";
import { serveInChild } from "./lib/child-cli.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 20;
const article = readFileSync(new URL("../examples/november-2025.txt", import.meta.url), "utf8");

interface Load {
  path: string;
  method?: "GET" | "POST";
  body?: string;
  fresh?: boolean;
}

function load(url: string, l: Load): Promise<autocannon.Result> {
  const headers: Record<string, string> = {};
  if (l.body) headers["content-type"] = "application/json";
  if (l.fresh) headers["cache-control"] = "no-cache";
  return new Promise((done, fail) => {
    autocannon(
      {
        url: `${url}${l.path}`,
        method: l.method ?? "GET",
        body: l.body,
        headers,
        connections: CONNECTIONS,
        duration: SECONDS,
      },
      (err, result) => (err ? fail(err) : done(result)),
    );
  });
}

const verifyBody = JSON.stringify({ text: article, published: "2025-12-20" });
const LOADS: [name: string, load: Load, target: number | null][] = [
  ["GET /api/series, memoised", { path: "/api/series/rare-earth-magnets?partner=USA" }, null],
  ["GET /api/series, fresh", { path: "/api/series/rare-earth-magnets?partner=USA", fresh: true }, null],
  ["GET /api/stats, memoised", { path: "/api/stats/rare-earth-magnets/2025-11" }, 50],
  ["GET /api/stats, fresh", { path: "/api/stats/rare-earth-magnets/2025-11", fresh: true }, null],
  ["POST /api/verify example, memoised", { path: "/api/verify", method: "POST", body: verifyBody }, 200],
  [
    "POST /api/verify example, fresh",
    { path: "/api/verify", method: "POST", body: verifyBody, fresh: true },
    null,
  ],
];

export default async function benchApi(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "lodestone-bench-"));
  const server = await serveInChild(join(dir, "bench.duckdb"));
  try {
    const baseline = await load(server.url, { path: "/web/dashboard.css" });
    const baseMs = 1000 / baseline.requests.average;
    const out: BenchResult[] = [
      {
        name: "api: static file (baseline)",
        ms: baseMs,
        baseline_ms: baseMs,
        note: `${baseline.requests.average.toFixed(0)} req/s, p99 ${baseline.latency.p99} ms, ${CONNECTIONS} connections, server in its own process`,
      },
    ];
    for (const [name, l, target] of LOADS) {
      const r = await load(server.url, l);
      const errors = r.non2xx + r.errors + r.timeouts;
      out.push({
        name: `api: ${name}`,
        // ms per request, so that the ratio reads like the other benchmarks (lower is better)
        ms: 1000 / r.requests.average,
        baseline_ms: baseMs,
        note: `${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms, ${errors} errors${target ? `; target ratio <= ${target}` : ""}`,
      });
    }
    out.push(...(await underLongVerify(server.url)));
    return out;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The slowest answer of a static file and of a series while a 5 MB claim check runs. */
async function underLongVerify(url: string): Promise<BenchResult[]> {
  const big = article.repeat(Math.ceil(5_000_000 / article.length)).slice(0, 4_990_000);
  const client = new AbortController();
  const long = fetch(`${url}/api/verify`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    signal: client.signal,
    body: JSON.stringify({ text: big, published: "2025-12-20" }),
  }).then(
    (r) => r.status,
    () => 0,
  );
  const worst = { static: 0, series: 0 };
  const timed = async (path: string) => {
    const t0 = performance.now();
    const res = await fetch(`${url}${path}`, { headers: { "cache-control": "no-cache" } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status} during the long verify`);
    return performance.now() - t0;
  };
  await new Promise((r) => setTimeout(r, 300));
  for (let i = 0; i < 30; i++) {
    worst.static = Math.max(worst.static, await timed("/web/dashboard.css"));
    worst.series = Math.max(
      worst.series,
      await timed(`/api/series/rare-earth-magnets?partner=JPN&from=2025-0${1 + (i % 9)}`),
    );
    await new Promise((r) => setTimeout(r, 50));
  }
  client.abort();
  const status = await long;
  const note = (what: string) =>
    `slowest of 30 ${what} during a 5 MB POST /api/verify (it answered ${status || "nothing yet"}); target < 100 ms`;
  return [
    {
      name: "api: static file during 5 MB verify",
      ms: worst.static,
      baseline_ms: null,
      note: note("static-file requests"),
    },
    {
      name: "api: /api/series during 5 MB verify",
      ms: worst.series,
      baseline_ms: null,
      note: note("fresh series requests"),
    },
  ];
}
