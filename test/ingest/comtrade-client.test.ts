// The Comtrade client against a server on 127.0.0.1 that speaks the API's protocol (written here):
// a 429 with Retry-After is waited out, a bad body is asked again, an answer at the record cap is
// split by periods (or warned about when it cannot be), the key travels in its header, and a
// second run resumes from the saved answers without asking the server again.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchComtrade, type ClientEffects } from "../../src/ingest/comtrade/comtrade-client.js";
import { fetchComtradeInto } from "../../src/ingest/comtrade/fetch-comtrade.js";
import { comtradeEnvelope, comtradeRecord } from "../helpers/comtrade-files.js";
import { emptyStore } from "../helpers/stores.js";

let server: Server;
let base = "";
const hits: string[] = [];
let throttleNext = false;
let garbleNext = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    hits.push(url.search);
    if (req.headers["ocp-apim-subscription-key"] !== "test-key")
      return void res.writeHead(401).end('{"statusCode":401}');
    if (!url.pathname.startsWith("/data/v1/get/C/M/HS")) return void res.writeHead(404).end();
    if (throttleNext) {
      throttleNext = false;
      return void res
        .writeHead(429, { "retry-after": "2" })
        .end('{"statusCode":429,"message":"Rate limit is exceeded"}');
    }
    if (garbleNext) {
      garbleNext = false;
      return void res.writeHead(200, { "content-type": "text/html" }).end("<html>upstream hiccup</html>");
    }
    const periods = (url.searchParams.get("period") ?? "").split(",");
    const partners = (url.searchParams.get("partnerCode") ?? "0,842").split(",").map(Number);
    const records = periods.flatMap((p, i) =>
      partners.map((partner) => comtradeRecord(p, partner, 1_000_000 + i * 1000 + partner, 40_000_000 + i)),
    );
    res.writeHead(200, { "content-type": "application/json" }).end(comtradeEnvelope(records));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/v1/get`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function effects(waits: number[]): ClientEffects {
  return { fetch: (...a) => fetch(...a), sleep: async (ms) => void waits.push(ms), log: () => {} };
}

const query = { reporters: ["156"], cmd: ["850511"], flows: ["X"], partners: [], freq: "M" as const };

describe("the Comtrade client", () => {
  it("waits out a 429, asks again after a bad body, and splits an answer at the record cap", async () => {
    const waits: number[] = [];
    throttleNext = true;
    garbleNext = false;
    const folder = mkdtempSync(join(tmpdir(), "lodestone-client-"));
    hits.length = 0;
    const periods = ["202501", "202502", "202503", "202504"];
    const out = await fetchComtrade(
      { ...query, periods },
      { key: "test-key", baseUrl: base, maxRecords: 5, maxPeriods: 12, folder },
      effects(waits),
    );
    expect(waits[0]).toBe(2000);
    // 4 periods x 2 partners = 8 records >= 5: split into 2 + 2 periods, 4 records each
    expect(out.requests.map((u) => new URL(u).searchParams.get("period"))).toEqual([
      "202501,202502",
      "202503,202504",
    ]);
    expect(out.warnings).toEqual([]);
    expect(out.requests.every((u) => !u.includes("test-key"))).toBe(true);

    garbleNext = true;
    const again = await fetchComtrade(
      { ...query, periods: ["202505"] },
      { key: "test-key", baseUrl: base, folder },
      effects(waits),
    );
    expect(again.files).toHaveLength(1);
  });

  it("warns when a one-period answer is at the cap: the API cut it", async () => {
    const folder = mkdtempSync(join(tmpdir(), "lodestone-client-"));
    const out = await fetchComtrade(
      { ...query, periods: ["202511"] },
      { key: "test-key", baseUrl: base, maxRecords: 2, folder },
      effects([]),
    );
    expect(out.warnings[0]).toMatch(/2 records, the API's cap: the answer is probably truncated/);
  });

  it("keeps requests under 12 periods and the URL length", async () => {
    const folder = mkdtempSync(join(tmpdir(), "lodestone-client-"));
    const periods = Array.from(
      { length: 24 },
      (_, i) => `${2024 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, "0")}`,
    );
    const out = await fetchComtrade(
      { ...query, periods },
      { key: "test-key", baseUrl: base, folder },
      effects([]),
    );
    expect(out.requests.map((u) => new URL(u).searchParams.get("period")!.split(",").length)).toEqual([
      12, 12,
    ]);
  });

  it("refuses a wrong key clearly", async () => {
    const folder = mkdtempSync(join(tmpdir(), "lodestone-client-"));
    await expect(
      fetchComtrade({ ...query, periods: ["202511"] }, { key: "wrong", baseUrl: base, folder }, effects([])),
    ).rejects.toThrow(/refused the key/);
  });

  it("ingests what it fetched under a source that records the request, and resumes without asking again", async () => {
    const store = await emptyStore();
    const folder = mkdtempSync(join(tmpdir(), "lodestone-client-"));
    try {
      const now = new Date("2026-01-05T10:00:00Z");
      const options = {
        reporter: "CHN",
        cmd: ["850511"],
        flow: ["X"],
        from: "2025-10",
        to: "2025-11",
        partner: ["WLD", "USA"],
        freq: "M" as const,
        key: "test-key",
        baseUrl: base,
        folder,
        now,
      };
      const first = await fetchComtradeInto(store, options, effects([]));
      expect(first).toMatchObject({ inserted: 8, rejected: [] });
      const [source] = await store.query<{ id: string; url: string; published: string; retrieved: string }>(
        "SELECT id, url, published, CAST(retrieved AS VARCHAR) AS retrieved FROM sources",
      );
      expect(source).toMatchObject({ published: "2026-01-05", retrieved: "2026-01-05 10:00:00" });
      expect(source!.url).toContain("partnerCode=0,842");
      hits.length = 0;
      expect(await fetchComtradeInto(store, options, effects([]))).toMatchObject({
        inserted: 0,
        unchanged: 8,
      });
      expect(hits).toEqual([]);
    } finally {
      store.close();
    }
  });
});
