// The load drill in a short version (`npm run drills -- --only server` loads it for 5 minutes):
// `lodestone serve` in its own process, 50 connections for 20 s over a mix of routes. No socket
// errors, every answer 2xx (a 503 from the time budget aside), nothing on the server's error output.
// Memory is reported by the long drill: 20 s is mostly its warm-up.
import { describe, expect, it } from "vitest";
import { growthAfterWarmUp, serverUnderLoad } from "./server-load.js";

describe("server under load, short", () => {
  it("answers 50 connections for 20 s without an error", async () => {
    const r = await serverUnderLoad(20, 50);
    expect(r.requests).toBeGreaterThan(0);
    expect(r.errors).toBe(0);
    expect(Object.keys(r.statuses).filter((s) => !s.startsWith("2") && s !== "503")).toEqual([]);
    expect(r.serverErrors).toEqual([]);
    expect(r.rssMb.length).toBeGreaterThan(2);
  }, 120_000);

  it("measures growth by the peaks after the warm-up", () => {
    // a saw of garbage collection around a flat level is no growth; rising peaks are
    expect(growthAfterWarmUp([200, 300, 400, 320, 400, 330, 400, 310, 400, 330]).growth).toBe(0);
    expect(growthAfterWarmUp([200, 300, 300, 250, 300, 250, 450, 310, 450, 330]).growth).toBe(0.5);
  });
});
