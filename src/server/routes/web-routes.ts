// The dashboard: the static files of web/ at / and /web/..., and the chart library's browser
// bundles from the installed packages at /web/vendor/... (nothing is fetched from other hosts).
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { OpenAPIHono } from "@hono/zod-openapi";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
};

// The page may load only what this server serves; Plot sets inline styles on its charts.
export const PAGE_POLICY =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The folder holding the dashboard: `web/` at the package root (two levels above `src/server` or `dist/server`). */
export const WEB_DIR = fileURLToPath(new URL("../../../web/", import.meta.url));

/** Absolute paths of the browser bundles the page loads, from the installed packages. */
export function vendorFiles(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const plotEntry = require.resolve("@observablehq/plot");
  // d3 is resolved from Plot's own location so the pair always matches.
  const d3Entry = createRequire(plotEntry).resolve("d3");
  return {
    "d3.min.js": join(dirname(d3Entry), "d3.min.js"),
    "plot.umd.min.js": join(dirname(plotEntry), "..", "dist", "plot.umd.min.js"),
  };
}

/** Serve the dashboard: `/` is web/index.html; only files that exist in web/ at startup are served. */
export function addWebRoutes(app: OpenAPIHono, webDir: string = WEB_DIR): void {
  const files = new Set(readdirSync(webDir).filter((f) => extname(f) in CONTENT_TYPES));
  const vendor = vendorFiles();
  app.get("/", async (c) => {
    const html = await readFile(join(webDir, "index.html"));
    return c.body(html, 200, {
      "content-type": CONTENT_TYPES[".html"]!,
      "content-security-policy": PAGE_POLICY,
      "cache-control": "no-cache",
    });
  });
  app.get("/web/vendor/:file", async (c) => {
    const path = vendor[c.req.param("file")];
    if (!path) return c.notFound();
    return c.body(await readFile(path), 200, {
      "content-type": CONTENT_TYPES[".js"]!,
      "cache-control": "public, max-age=86400",
    });
  });
  app.get("/web/:file", async (c) => {
    const file = c.req.param("file");
    if (!files.has(file)) return c.notFound();
    return c.body(await readFile(join(webDir, file)), 200, {
      "content-type": CONTENT_TYPES[extname(file)]!,
      "cache-control": "no-cache",
    });
  });
}
