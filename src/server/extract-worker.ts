// Worker thread body: reads the claims of one text, so that a long text does not hold up the
// server's event loop. Extraction is pure (no store), so the worker needs nothing but the text.
import { parentPort, workerData } from "node:worker_threads";
import { extractClaims } from "../claims/extract/extract-claims.js";

const { text, published } = workerData as { text: string; published?: string };
parentPort!.postMessage(extractClaims(text, { published }));
