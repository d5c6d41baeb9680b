// kill -9 during a large ingest: the database reopens holding exactly what it held before, or the
// whole file, never part of it (the write is one transaction; staging lives in temporary tables).
// The drill's machinery (test/drills/kill-ingest.ts) at three seeded points; `npm run drills` makes 20.
import { describe, expect, it } from "vitest";
import { killDuringIngest } from "../drills/kill-ingest.js";

describe("kill -9 during an ingest", () => {
  it("leaves the store as before, or holding the whole file, and it always reopens", async () => {
    const r = await killDuringIngest(60_000, 3, 7);
    expect(r.kills).toHaveLength(3);
    for (const k of r.kills) expect(["as before", "whole file"]).toContain(k.outcome);
    expect(r.ok).toBe(true);
  }, 300_000);
});
