// The HTTP API and the dashboard: small route modules over the same core functions as the CLI,
// one error handler mapping errors to JSON, and the OpenAPI document at /api/openapi.json.
import { OpenAPIHono } from "@hono/zod-openapi";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { InputError, NotFoundError, SourceFormatError, UsageError } from "../errors.js";
import type { Store } from "../store/open-store.js";
import { addAnalysisRoutes } from "./routes/analysis-routes.js";
import { addDataRoutes } from "./routes/data-routes.js";
import { addWebRoutes } from "./routes/web-routes.js";
import { sharedStore, type StoreAccess } from "./store-access.js";

export interface AppOptions {
  store: Store;
  /** How requests take turns on the store (default: one at a time, in arrival order). */
  access?: StoreAccess;
  /** Where unexpected errors are reported (never to the client). */
  log?: (message: string) => void;
  /** Today's date, `YYYY-MM-DD`, for briefs (passed in so tests are reproducible). */
  today?: () => string;
}

/**
 * Build the app; test it in memory with `app.request("/api/series/rare-earth-magnets")`.
 * @example const app = createApp({ store: await openLodestone({ path: ":memory:" }) });
 */
export function createApp(options: AppOptions): OpenAPIHono {
  const log = options.log ?? ((m) => console.error(m));
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => `${i.path.join(".") || "request"}: ${i.message}`);
        return c.json({ error: `invalid request: ${issues.join("; ")}` }, 400);
      }
    },
  });
  const store = options.access ?? sharedStore(options.store);
  addDataRoutes(app, store);
  addAnalysisRoutes(app, store, options.today ?? (() => new Date().toISOString().slice(0, 10)));
  addWebRoutes(app);
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Lodestone API", version: "1", description: "Rare-earth trade figures with provenance, analytics and claim checks." },
  });
  app.notFound((c) => c.json({ error: `not found: ${c.req.path}` }, 404));
  app.onError((err, c) => {
    const status = statusOf(err);
    if (status >= 500) log(`lodestone server: ${err.stack ?? err.message}`);
    const body = err instanceof SourceFormatError ? { error: "bad input file", details: err.problems } : { error: status >= 500 ? "internal error" : err.message };
    return c.json(body, status);
  });
  return app;
}

function statusOf(err: Error): ContentfulStatusCode {
  if (err instanceof NotFoundError) return 404;
  if (err instanceof InputError || err instanceof UsageError) return 400;
  if (err instanceof SourceFormatError) return 422;
  return 500;
}
