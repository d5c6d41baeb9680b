// Worker thread body: reads the claims of one text, so that a long text does not hold up the
// server's event loop. Extraction is pure (no store), so the worker needs nothing but the text. The
// claims go back in chunks, so that receiving them never holds the event loop long either.
import { parentPort, workerData } from "node:worker_threads";
import { extractClaims } from "../claims/extract/extract-claims.js";

const CHUNK = 2000;
const { text, published } = workerData as { text: string; published?: string };
const claims = extractClaims(text, { published });
for (let i = 0; i < claims.length; i += CHUNK)
  parentPort!.postMessage({ claims: claims.slice(i, i + CHUNK) });
parentPort!.postMessage({ done: true });
