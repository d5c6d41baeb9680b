// The server under load: `lodestone serve` in its own process on 127.0.0.1, 50 connections for a
// while (5 minutes in `npm run drills`) asking a mix of routes: series, stats, a short claim check,
// the dashboard's pages and files. The server's resident memory is sampled every 10 s (more often
// in a short run): it must stay flat after a warm-up. Every answer must be 2xx, except 503s from
// the time budget, which are counted apart; the server must log no error.
// Memory is judged by its peaks after the warm-up (growthAfterWarmUp).
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { serveInChild } from "../../bench/lib/child-cli.js";

/** Growth of memory after the warm-up beyond which the drill fails. */
export const GROWTH_LIMIT = 0.2;

export interface LoadResult {
  seconds: number;
  connections: number;
  requests: number;
  /** Answers by status code. */
  statuses: Record<string, number>;
  /** Socket errors and timeouts seen by the load generator. */
  errors: number;
  /** Lines the server wrote to its error output while under load. */
  serverErrors: string[];
  /** Resident memory in MB at each sample. */
  rssMb: number[];
  /** The sample the warm-up ends at (growth is measured from it). */
  warmIndex: number;
  growth: number;
  ok: boolean;
}

/** Resident memory of a process, in MB (Linux /proc; elsewhere null). */
function rssOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const verifyBody = JSON.stringify({
  text: "China's rare-earth magnet exports rose 12% in November from October to 6,150 tonnes.",
  published: "2025-12-20",
});

/** The mix each connection cycles through. */
const REQUESTS: autocannon.Request[] = [
  { method: "GET", path: "/api/series/rare-earth-magnets?from=2025-01&to=2025-12" },
  { method: "GET", path: "/api/stats/rare-earth-magnets/2025-11" },
  { method: "POST", path: "/api/verify", headers: { "content-type": "application/json" }, body: verifyBody },
  { method: "GET", path: "/" },
  { method: "GET", path: "/api/series/rare-earth-magnets?partner=USA" },
  { method: "GET", path: "/web/dashboard.css" },
  { method: "GET", path: "/api/stats/rare-earth-magnets/2025-10", headers: { "cache-control": "no-cache" } },
  { method: "GET", path: "/publishers" },
];

/**
 * The first fifth of the samples (at least one) is warm-up: caches fill, the heap finds its size.
 * After it, memory saws up and down with each garbage collection, so growth compares the peaks:
 * the highest sample of the second half of the rest against the highest of the first half.
 */
export function growthAfterWarmUp(rssMb: readonly number[]): { warmIndex: number; growth: number } {
  const warmIndex = Math.max(1, Math.floor(rssMb.length / 5));
  const rest = rssMb.slice(warmIndex);
  const half = Math.ceil(rest.length / 2);
  const early = Math.max(...rest.slice(0, half));
  const late = Math.max(...rest.slice(half));
  return { warmIndex, growth: rest.length < 2 || !(early > 0) ? 0 : (late - early) / early };
}

/** Load the server for `seconds` with `connections` connections. */
export async function serverUnderLoad(seconds = 300, connections = 50): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), "lodestone-load-"));
  const server = await serveInChild(join(dir, "load.duckdb"));
  const serverErrors: string[] = [];
  server.child.stderr!.on("data", (d: Buffer) =>
    serverErrors.push(
      ...d
        .toString()
        .split("\n")
        .filter((l) => l.trim() !== ""),
    ),
  );
  const pid = server.child.pid!;
  const rssMb: number[] = [];
  const sample = () => {
    const rss = rssOf(pid);
    if (rss !== null) rssMb.push(rss);
  };
  const statuses: Record<string, number> = {};
  try {
    sample();
    const every = Math.min(10_000, (seconds * 1000) / 10);
    const timer = setInterval(sample, every);
    const result = await new Promise<autocannon.Result>((done, fail) => {
      const instance = autocannon(
        { url: server.url, connections, duration: seconds, requests: REQUESTS },
        (err, r) => (err ? fail(err) : done(r)),
      );
      instance.on("response", (_client, status: number) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
      });
    });
    clearInterval(timer);
    sample();
    const { warmIndex, growth } = growthAfterWarmUp(rssMb);
    const errors = result.errors + result.timeouts;
    const bad = Object.entries(statuses).filter(([s]) => !s.startsWith("2") && s !== "503");
    return {
      seconds,
      connections,
      requests: result.requests.total,
      statuses,
      errors,
      serverErrors,
      rssMb,
      warmIndex,
      growth,
      ok: errors === 0 && bad.length === 0 && serverErrors.length === 0 && growth <= GROWTH_LIMIT,
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
