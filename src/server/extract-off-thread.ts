// Claim extraction for the server: short texts are read in place (a few milliseconds), long ones in
// a worker thread that is terminated as soon as the request is abandoned (client gone, time budget
// spent), so one large article never blocks the answers to everyone else.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { extractClaims } from "../claims/index.js";
import type { ExtractedClaim } from "../claims/types.js";

/** Texts up to this many characters are read on the event loop (about 30 ms of work at most). */
export const IN_PLACE_LIMIT = 20_000;

/**
 * The claims of `text`, read off the event loop when it is long; rejects with the signal's reason
 * when the signal aborts first.
 * @example await extractOffThread(text, { published: "2025-12-20" }, request.signal)
 */
export async function extractOffThread(
  text: string,
  options: { published?: string },
  signal: AbortSignal,
): Promise<ExtractedClaim[]> {
  signal.throwIfAborted();
  if (text.length <= IN_PLACE_LIMIT) return extractClaims(text, options);
  const worker = startWorker({ text, published: options.published });
  try {
    return await new Promise<ExtractedClaim[]>((done, fail) => {
      const abort = () => fail(signal.reason);
      signal.addEventListener("abort", abort, { once: true });
      const claims: ExtractedClaim[] = [];
      worker.on("message", (m: { claims?: ExtractedClaim[]; done?: boolean }) => {
        if (m.claims) claims.push(...m.claims);
        if (m.done) done(claims);
      });
      worker.once("error", fail);
      worker.once("exit", (code) => fail(new Error(`claim extraction stopped (exit code ${code})`)));
    });
  } finally {
    void worker.terminate();
  }
}

function startWorker(workerData: { text: string; published?: string }): Worker {
  const ownUrl = import.meta.url;
  if (!ownUrl.endsWith(".ts")) return new Worker(new URL("./extract-worker.js", ownUrl), { workerData });
  // running from the TypeScript sources (tests, bench): the worker registers the same loader first
  const loader = createRequire(ownUrl)
    .resolve("tsx/esm/api")
    .replace(/index\.cjs$/, "index.mjs");
  const entry = new URL("./extract-worker.ts", ownUrl).href;
  const boot = `import(${JSON.stringify(pathToFileURL(loader).href)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData });
}
