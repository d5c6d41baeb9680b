// The HTTP API and the dashboard: small route modules over the same core functions as the CLI,
// one error handler mapping errors to JSON, and the OpenAPI document at /api/openapi.json. Every API
// request runs side by side with the others, under a time budget, with its answer kept per data version.
import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AbandonedError, InputError, NotFoundError, SourceFormatError, UsageError } from "../errors.js";
import { dataVersion } from "../store/data-version.js";
import type { Store } from "../store/open-store.js";
import { answerMemo } from "./answer-memo.js";
import { allowedMethods, securityHeaders } from "./http-rules.js";
import { jsonBody } from "./json-body.js";
import { requestBudget, RETRY_AFTER_SECONDS } from "./request-budget.js";
import { addAnalysisRoutes, MAX_TEXT } from "./routes/analysis-routes.js";
import { addDataRoutes } from "./routes/data-routes.js";
import { addPublishersRoutes } from "./routes/publishers-routes.js";
import { addWebRoutes } from "./routes/web-routes.js";
import { concurrentStore, type StoreAccess } from "./store-access.js";

export interface AppOptions {
  store: Store;
  /** How requests use the store (default: side by side, each stopped when abandoned). */
  access?: StoreAccess;
  /** Where unexpected errors are reported (never to the client). */
  log?: (message: string) => void;
  /** Today's date, `YYYY-MM-DD`, for briefs (passed in so tests are reproducible). */
  today?: () => string;
  /** Milliseconds an API request may take before it is answered 503 and its work stopped (default 10 s). */
  budgetMs?: number;
  /** Keep answers per data version (default true). */
  memo?: boolean;
}

/**
 * Build the app; test it in memory with `app.request("/api/series/rare-earth-magnets")`.
 * @example const app = createApp({ store: await openLodestone({ path: ":memory:" }) });
 */
export function createApp(options: AppOptions): OpenAPIHono {
  const log = options.log ?? ((m) => console.error(m));
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => `${i.path.join(".") || "request"}: ${i.message}`);
        return c.json({ error: `invalid request: ${issues.join("; ")}` }, 400);
      }
    },
  });
  const store = options.access ?? concurrentStore(options.store);
  app.use("*", securityHeaders());
  // middleware is registered for every method (a method-specific one would count as a route for 405)
  const body = jsonBody(`{"text": "...", "published": "YYYY-MM-DD"}`, 2 * MAX_TEXT + 10_000);
  app.use("/api/verify", (c, next) => (c.req.method === "POST" ? body(c, next) : next()));
  if (options.memo !== false) {
    const memo = answerMemo({ version: () => dataVersion(options.store), extraKey: today });
    app.use("/api/*", (c, next) =>
      c.req.method === "GET" || c.req.path === "/api/verify" ? memo(c, next) : next(),
    );
  }
  app.use("/api/*", requestBudget(options.budgetMs ?? 10_000));
  addDataRoutes(app, store);
  addAnalysisRoutes(app, store, today);
  addPublishersRoutes(app, store, options.store);
  addWebRoutes(app);
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Lodestone API",
      version: "1",
      description: "Rare-earth trade figures with provenance, analytics and claim checks.",
    },
  });
  app.notFound((c) => {
    const allowed = allowedMethods(app, c.req.path);
    // a route that accepts this method and found nothing (a file not in web/) is a plain 404
    if (allowed.length === 0 || (c.req.method !== "OPTIONS" && allowed.includes(c.req.method)))
      return c.json({ error: `not found: ${c.req.path}` }, 404);
    if (c.req.method === "OPTIONS") return c.body(null, 204, { allow: allowed.join(", ") });
    return c.json(
      { error: `method not allowed: ${c.req.method} ${c.req.path} (allowed: ${allowed.join(", ")})` },
      405,
      { allow: allowed.join(", ") },
    );
  });
  app.onError((err, c) => {
    if (err instanceof HTTPException) return c.json({ error: err.message || "bad request" }, err.status);
    const status = statusOf(err);
    if (status >= 500 && !(err instanceof AbandonedError))
      log(`lodestone server: ${err.stack ?? err.message}`);
    const body =
      err instanceof SourceFormatError
        ? { error: "bad input file", details: err.problems }
        : { error: status >= 500 && !(err instanceof AbandonedError) ? "internal error" : err.message };
    return c.json(
      body,
      status,
      err instanceof AbandonedError ? { "retry-after": String(RETRY_AFTER_SECONDS) } : undefined,
    );
  });
  return app;
}

function statusOf(err: Error): ContentfulStatusCode {
  if (err instanceof NotFoundError) return 404;
  if (err instanceof InputError || err instanceof UsageError) return 400;
  if (err instanceof SourceFormatError) return 422;
  if (err instanceof AbandonedError) return 503;
  return 500;
}
