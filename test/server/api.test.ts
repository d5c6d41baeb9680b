// The HTTP API in memory (no socket): same JSON as the CLI, clear errors, an OpenAPI document.
import { describe, expect, it } from "vitest";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { startServer } from "../../src/server/start-server.js";
import { runCli } from "../helpers/run-cli.js";
import { quietApp, useReferenceStore } from "../helpers/reference-hooks.js";

let app: OpenAPIHono;
const store = useReferenceStore((s) => {
  app = quietApp(s);
});

const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
};

describe("HTTP API", () => {
  it("serves a series with the same JSON as the CLI", async () => {
    const api = await get("/api/series/rare-earth-magnets?partner=usa");
    expect(api.status).toBe(200);
    const cli = await runCli(["series", "rare-earth-magnets", "--partner", "USA", "--format", "json"]);
    expect(api.body).toEqual(JSON.parse(cli.stdout));
  });

  it("lists evidence, conflicts, sources and events", async () => {
    const evidence = await get("/api/evidence/rare-earth-magnets/2025-12?partner=JPN");
    expect(evidence.body.map((r: { value: string }) => r.value)).toContain("411.3");
    const conflicts = await get("/api/conflicts?series=rare-earth-magnets");
    expect(
      conflicts.body.some(
        (c: { partner: string; period: string }) => c.partner === "JPN" && c.period === "2025-12",
      ),
    ).toBe(true);
    const sources = await get("/api/sources?origin=SCMP");
    expect(sources.body.length).toBeGreaterThan(3);
    const events = await get("/api/events?from=2025-04-01&to=2025-04-30");
    expect(events.body.map((e: { id: string }) => e.id)).toContain("E2025-04-RE7");
  });

  it("answers bad input with 400 and a message, unknown things with 404", async () => {
    const badMonth = await get("/api/series/rare-earth-magnets?from=2025-13");
    expect(badMonth.status).toBe(400);
    expect(badMonth.body.error).toMatch(/from: expected YYYY-MM/);
    const unknown = await get("/api/series/unobtainium");
    expect(unknown).toMatchObject({
      status: 404,
      body: { error: expect.stringMatching(/unknown series: unobtainium/) },
    });
    expect((await get("/api/nothing-here")).status).toBe(404);
  });

  it("serves a month's stats, claim checks and the brief", async () => {
    const stats = await get("/api/stats/rare-earth-magnets/2025-11?partner=USA");
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ level: 582, partner: "USA" });
    const res = await app.request("/api/verify", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        text: "Magnet exports rose 12% in November to 6,150 tonnes.",
        published: "2025-12-20",
      }),
    });
    expect((await res.json()).summary).toEqual({ supported: 2, contradicted: 0, unverifiable: 0 });
    const html = await app.request("/api/brief/2025-11?format=html");
    expect(html.headers.get("content-type")).toMatch(/text\/html/);
    expect(await html.text()).toContain("<svg");
    const bad = await app.request("/api/verify", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(bad.status).toBe(400);
  });

  it("reads a pasted text as of the date its head states when the request gives none", async () => {
    const res = await app.request("/api/verify", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        text: "Magnets rebound\nDecember 19, 2025\n\nMagnet exports rose 12% in November to 6,150 tonnes.",
      }),
    });
    const body = await res.json();
    expect([body.published, body.summary]).toEqual([
      "2025-12-19",
      { supported: 2, contradicted: 0, unverifiable: 0 },
    ]);
  });

  it("takes the default date only for a text that states none", async () => {
    const post = async (text: string) =>
      (
        await app.request("/api/verify", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ text, default_published: "2025-12-20" }),
        })
      ).json();
    const claim = "Magnet exports rose 12% in November to 6,150 tonnes.";
    expect((await post(claim)).published).toBe("2025-12-20");
    expect((await post(`Magnets rebound\nDecember 2, 2026\n\n${claim}`)).published).toBe("2026-12-02");
    // a dateline without its year is that day in the year nearest the default date
    const wire = "BEIJING, Jan 3 (Agency) - Magnet exports fell in December.";
    expect((await post(wire)).published).toBe("2026-01-03");
  });

  it("describes itself with an OpenAPI document", async () => {
    const { status, body } = await get("/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(["/api/series/{id}", "/api/conflicts", "/api/evidence/{id}/{period}"]),
    );
  });

  it("listens on a loopback port", async () => {
    const server = await startServer({ store, port: 0, log: () => undefined });
    try {
      const res = await fetch(`${server.url}/api/series/rare-earth-magnets?from=2025-11&to=2025-11`);
      expect(await res.json()).toMatchObject({ points: [{ period: "2025-11", value: 6150 }] });
    } finally {
      await server.close();
    }
  });
});
