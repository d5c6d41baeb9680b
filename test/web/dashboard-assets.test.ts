// The dashboard's files as the app serves them (in memory, no socket): the page, its modules,
// styles and the chart bundles, each with the right content type, and nothing from other hosts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { createApp } from "../../src/server/app.js";
import { WEB_DIR } from "../../src/server/routes/web-routes.js";
import type { Store } from "../../src/store/open-store.js";
import { emptyStore } from "../helpers/stores.js";

let store: Store;
let app: OpenAPIHono;
beforeAll(async () => {
  store = await emptyStore();
  app = createApp({ store, log: () => undefined });
});
afterAll(() => store.close());

const TYPES: Record<string, RegExp> = {
  js: /^text\/javascript/,
  css: /^text\/css/,
  svg: /^image\/svg\+xml/,
  html: /^text\/html/,
};

describe("dashboard files", () => {
  it("serves the page at / as HTML that may load only this server's files", async () => {
    const res = await app.request("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(TYPES.html!);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/web/main.js">');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it("serves every file the page links to with its content type", async () => {
    const html = await (await app.request("/")).text();
    const linked = [...html.matchAll(/(?:src|href)="(\/web\/[^"]+)"/g)].map((m) => m[1]!);
    expect(linked).toEqual(
      expect.arrayContaining([
        "/web/main.js",
        "/web/dashboard.css",
        "/web/vendor/plot.umd.min.js",
        "/web/vendor/d3.min.js",
      ]),
    );
    for (const path of linked) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(TYPES[path.split(".").pop()!]!);
      expect((await res.arrayBuffer()).byteLength, path).toBeGreaterThan(100);
    }
  });

  it("serves every module a module imports, and no module imports from another host or from src/", async () => {
    const modules = readdirSync(WEB_DIR).filter((f) => f.endsWith(".js"));
    for (const file of modules) {
      const source = readFileSync(join(WEB_DIR, file), "utf8");
      const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
      for (const target of imports) {
        expect(target, `${file} imports ${target}`).toMatch(/^\.\/[a-z-]+\.js$/);
        const res = await app.request(`/web/${target.slice(2)}`);
        expect(res.status, `${file} imports ${target}`).toBe(200);
        expect(res.headers.get("content-type")).toMatch(TYPES.js!);
      }
    }
  });

  it("answers 404 for files that are not part of the dashboard", async () => {
    for (const path of [
      "/web/nothing.js",
      "/web/..%2Fpackage.json",
      "/web/vendor/react.js",
      "/web/%2E%2E/src/index.ts",
    ]) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });
});
