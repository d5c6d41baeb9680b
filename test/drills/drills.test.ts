// The drills of `npm run drills` as tests, so CI runs them: every malformed input, curated or
// official, is a clear error with the store unchanged, and readers during an ingest see before or
// after, never between. The fuzz and load drills run here in small versions (fuzz.test.ts,
// server-load.test.ts); the kill drill in test/ingest/kill.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { DRILLS, runDrills, type DrillResult } from "./malformed-inputs.js";
import { OFFICIAL_DRILLS } from "./malformed-official.js";
import { readersDuringIngest } from "./readers-during-ingest.js";

let store: Store;
let results: DrillResult[];
beforeAll(async () => {
  store = await referenceStore();
  results = await runDrills(store, [...DRILLS, ...OFFICIAL_DRILLS]);
}, 300_000);
afterAll(() => store?.close());

describe("drills", () => {
  it("has a catalogue of at least 40 malformed curated inputs, and 40 more across the official formats", () => {
    expect(DRILLS.length).toBeGreaterThanOrEqual(40);
    expect(OFFICIAL_DRILLS.length).toBeGreaterThanOrEqual(40);
  });

  for (const drill of [...DRILLS, ...OFFICIAL_DRILLS]) {
    it(`${drill.name}: a clear error, the store unchanged`, () => {
      const r = results.find((x) => x.name === drill.name)!;
      expect(r.error).not.toMatch(/^accepted/);
      expect({ clear: r.clear, unchanged: r.unchanged }).toEqual({ clear: true, unchanged: true });
    });
  }

  it("lets readers during an ingest see the data before or after it, never between", async () => {
    const r = await readersDuringIngest(20_000);
    expect(r.reads).toBeGreaterThan(0);
    expect(r.seen.every((n) => n === r.before || n === r.after)).toBe(true);
    expect(r.after - r.before).toBe(20_000);
  }, 120_000);
});
