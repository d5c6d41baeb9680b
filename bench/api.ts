// HTTP API throughput on loopback: requests per second for a series and a month's stats, against
// the same server answering a static route (the framework's own ceiling on this machine, same run).
// Bounded: each load lasts a few seconds with a fixed number of connections, then stops by itself.
import autocannon from "autocannon";
import { openLodestone } from "../src/ingest/reference-data.js";
import { startServer } from "../src/server/start-server.js";
import type { BenchResult } from "./run.js";

function load(url: string, seconds = 4): Promise<autocannon.Result> {
  return new Promise((done, fail) => {
    autocannon({ url, connections: 8, duration: seconds }, (err, result) => (err ? fail(err) : done(result)));
  });
}

export default async function benchApi(): Promise<BenchResult[]> {
  const store = await openLodestone({ path: ":memory:" });
  const server = await startServer({ store, port: 0, log: () => undefined });
  try {
    const baseline = await load(`${server.url}/api/openapi.json`);
    const out: BenchResult[] = [];
    for (const [name, path] of [
      ["api: GET /api/series (requests/s)", "/api/series/rare-earth-magnets?partner=USA"],
      ["api: GET /api/stats (requests/s)", "/api/stats/rare-earth-magnets/2025-11"],
    ] as const) {
      const r = await load(`${server.url}${path}`);
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`${path}: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
      out.push({
        name,
        // reported as ms per request so that the ratio reads like the other benchmarks (lower is better)
        ms: 1000 / r.requests.average,
        baseline_ms: 1000 / baseline.requests.average,
        note: `${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms; baseline: /api/openapi.json`,
      });
    }
    return out;
  } finally {
    await server.close();
    store.close();
  }
}
