// HTTP manners, in memory: bad bodies are 400/415 with a message (never 500), impossible dates are
// rejected as the CLI rejects them, wrong methods get 405 and OPTIONS the allowed methods, and every
// answer carries the security headers.
import { describe, expect, it } from "vitest";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { createApp } from "../../src/server/app.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

let app: OpenAPIHono;
const logged: string[] = [];
useReferenceStore((store) => {
  app = createApp({ store, log: (m) => logged.push(m), today: () => "2026-01-05" });
});

const post = (body: BodyInit | null, type?: string) =>
  app.request("/api/verify", { method: "POST", headers: type ? { "content-type": type } : {}, body });

describe("bad request bodies", () => {
  it.each([
    ["invalid JSON", "{text: nope", "application/json", 400, /invalid JSON/],
    ["an empty body", "", "application/json", 400, /empty request body/],
    [
      "random bytes",
      new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x7b, 0x22]),
      "application/json",
      400,
      /invalid JSON/,
    ],
    ["a JSON array", "[1, 2]", "application/json", 400, /not a JSON object/],
    [
      "a form body",
      "text=hello",
      "application/x-www-form-urlencoded",
      415,
      /unsupported content type: application\/x-www-form-urlencoded/,
    ],
    ["plain text", "Magnet exports rose 12%.", "text/plain", 415, /send application\/json/],
    ["no content type", new TextEncoder().encode("{}"), undefined, 415, /unsupported content type: none/],
  ])("answers %s with a clear status and message", async (_name, body, type, status, message) => {
    const res = await post(body as BodyInit, type);
    expect(res.status).toBe(status);
    expect((await res.json()).error).toMatch(message);
  });

  it("never reports these as server errors", () => {
    expect(logged).toEqual([]);
  });
});

describe("dates", () => {
  it("rejects impossible dates as the CLI does", async () => {
    const asOf = await app.request("/api/series/rare-earth-magnets?as_of=2025-99-99");
    expect(asOf.status).toBe(400);
    expect((await asOf.json()).error).toMatch(/as_of: expected a date/);
    const published = await post(
      JSON.stringify({ text: "Exports rose 12%.", published: "2025-02-30" }),
      "application/json",
    );
    expect(published.status).toBe(400);
    expect((await published.json()).error).toMatch(/published: expected a date YYYY-MM-DD/);
    expect((await app.request("/api/series/rare-earth-magnets?as_of=2025-12-31")).status).toBe(200);
  });
});

describe("methods and headers", () => {
  it("answers a wrong method with 405 and the allowed ones", async () => {
    const res = await app.request("/api/series/rare-earth-magnets", { method: "DELETE" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect((await app.request("/api/verify")).status).toBe(405);
  });

  it("answers OPTIONS with the allowed methods, and 404 for unknown paths", async () => {
    const res = await app.request("/api/verify", { method: "OPTIONS" });
    expect(res.status).toBe(204);
    expect(res.headers.get("allow")).toBe("OPTIONS, POST");
    expect((await app.request("/api/nothing", { method: "OPTIONS" })).status).toBe(404);
  });

  it("sends nosniff everywhere and a content security policy with HTML", async () => {
    const json = await app.request("/api/sources");
    expect(json.headers.get("x-content-type-options")).toBe("nosniff");
    const brief = await app.request("/api/brief/2025-11?format=html");
    expect(brief.headers.get("content-type")).toMatch(/text\/html/);
    expect(brief.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    const page = await app.request("/");
    expect(page.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
