// The publishers' API in memory (no socket), on a small fixture written for the track record:
// the list with the CLI's JSON, one publisher with every statement, 404 for an unknown one, and the page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { createApp } from "../../src/server/app.js";
import type { Store } from "../../src/store/open-store.js";
import { emptyStore } from "../helpers/stores.js";

const FIXTURE = new URL("../fixtures/track-record.csv", import.meta.url).pathname;

let store: Store;
let app: OpenAPIHono;
beforeAll(async () => {
  store = await emptyStore();
  await ingestFiles(store, [FIXTURE]);
  app = createApp({ store, log: () => undefined });
});
afterAll(() => store.close());

describe("/api/publishers", () => {
  it("lists every publisher's record, most contradicted first, with the contradicted claims and their evidence", async () => {
    const res = await app.request("/api/publishers");
    expect(res.status).toBe(200);
    const rows = (await res.json()) as {
      publisher: string;
      checked: number;
      contradicted: number;
      contradicted_claims: { text: string; evidence: { origin: string }[] }[];
    }[];
    expect(rows[0]).toMatchObject({ publisher: "Blog D", checked: 3, contradicted: 2 });
    expect(rows[0]!.contradicted_claims[0]!.evidence.map((e) => e.origin)).not.toContain("Blog D");
    const only = (await (await app.request("/api/publishers?origin=Paper%20C")).json()) as {
      publisher: string;
    }[];
    expect(only.map((r) => r.publisher)).toEqual(["Paper C"]);
  });

  it("gives one publisher with every checked statement, and 404 for an unknown one", async () => {
    const res = await app.request(`/api/publishers/${encodeURIComponent("Daily B (Example Wire)")}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { publisher: string; origin: string; claims: { verdict: string }[] };
    expect(body).toMatchObject({ publisher: "Daily B (Example Wire)", origin: "Example Wire" });
    expect(body.claims.map((c) => c.verdict)).toEqual(["supported"]);
    const missing = await app.request("/api/publishers/Nobody");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "no publisher named Nobody" });
  });

  it("serves the page at /publishers, loading only this server's files, and describes the routes", async () => {
    const res = await app.request("/publishers");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(await res.text()).toContain('<script type="module" src="/web/publishers.js">');
    expect((await app.request("/web/publishers.js")).status).toBe(200);
    const doc = (await (await app.request("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/publishers", "/api/publishers/{name}"]),
    );
  });
});
