// Every ingest adapter, in the order detection tries them. A new source format is one adapter
// here and one entry in the conformance suite (test/ingest/conformance.test.ts).
import type { Adapter, AdapterName, IngestFormat } from "./adapter.js";
import { comtradeAdapter } from "./comtrade/comtrade-adapter.js";
import { eventsAdapter, figuresAdapter } from "./curated-adapters.js";
import type { FileHead } from "./file-head.js";
import { gaccAdapter } from "./gacc/gacc-adapter.js";
import { publishedTableAdapter } from "./gacc/published-table-adapter.js";

export const ADAPTERS: readonly Adapter[] = [
  figuresAdapter,
  eventsAdapter,
  gaccAdapter,
  comtradeAdapter,
  // last: its title words ("January to October") are only trusted where no other format matched
  publishedTableAdapter,
];

export { INGEST_FORMATS } from "./adapter.js";

/** The adapter for a file: the forced one, or the first that recognises its start. */
export function adapterFor(head: FileHead, format: IngestFormat = "auto"): Adapter | null {
  if (format !== "auto") return ADAPTERS.find((a) => a.name === format) ?? null;
  return ADAPTERS.find((a) => a.detect(head)) ?? null;
}

export function adapterNamed(name: AdapterName): Adapter {
  return ADAPTERS.find((a) => a.name === name)!;
}
