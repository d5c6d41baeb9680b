// Who gets the numbers right: every publisher's track record (its stated figures and recorded
// articles checked against the other origins), one publisher in detail, and the dashboard page.
// Checking every statement takes a while, so it runs on the store itself rather than on a
// request's abortable view: an answer abandoned after the time budget still completes, and the
// next request finds it memoised.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { publisherDetail, trackRecord } from "../../claims/track-record/publishers.js";
import { NotFoundError } from "../../errors.js";
import type { Store } from "../../store/open-store.js";
import type { StoreAccess } from "../store-access.js";
import { jsonResponses, SeriesId } from "../schemas.js";
import { PAGE_POLICY, WEB_DIR } from "./web-routes.js";

const Claim = z
  .object({
    text: z.string(),
    context: z.string().nullable(),
    kind: z.string(),
    series: z.string().nullable(),
    partner: z.string(),
    period: z.string().nullable(),
    verdict: z.enum(["supported", "contradicted", "unverifiable"]),
    explanation: z.string(),
    stated: z.record(z.string(), z.unknown()),
    actual: z.record(z.string(), z.unknown()).nullable(),
    evidence: z.array(
      z.object({
        source: z.string(),
        publisher: z.string(),
        origin: z.string(),
        url: z.string().nullable(),
        period: z.string(),
        partner: z.string(),
        value: z.string(),
        unit: z.string(),
      }),
    ),
    source: z.string(),
    url: z.string().nullable(),
    published: z.string().nullable(),
    from: z.enum(["figure", "article"]),
    error: z.number().nullable(),
  })
  .openapi("ClaimOnRecord");

const Record_ = z.object({
  publisher: z.string(),
  origin: z.string(),
  sources: z.number(),
  checked: z.number(),
  supported: z.number(),
  contradicted: z.number(),
  unverifiable: z.number(),
  typical_error: z.number().nullable(),
  contradicted_claims: z.array(Claim),
});

const listRoute = createRoute({
  method: "get",
  path: "/api/publishers",
  tags: ["claims"],
  summary: "Every publisher's track record (same JSON as `lodestone publishers --format json`)",
  request: { query: z.object({ origin: z.string().optional(), series: SeriesId.optional() }) },
  responses: jsonResponses(
    z.array(Record_).openapi("PublisherRecords"),
    "one record per publisher and origin, by contradicted share",
  ),
});

const oneRoute = createRoute({
  method: "get",
  path: "/api/publishers/{name}",
  tags: ["claims"],
  summary: "One publisher's track record with every checked statement",
  request: {
    params: z.object({ name: z.string().min(1) }),
    query: z.object({ series: SeriesId.optional() }),
  },
  responses: jsonResponses(
    Record_.extend({ claims: z.array(Claim) }).openapi("PublisherDetail"),
    "the record and its statements",
  ),
});

/** Add the publishers' API routes and the page at /publishers. */
export function addPublishersRoutes(
  app: OpenAPIHono,
  access: StoreAccess,
  store: Store,
  webDir: string = WEB_DIR,
): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid("query");
    // tracked by the access (the server waits for it on close) but not stopped with the request
    const rows = await access.use(() => trackRecord(store, { origin: q.origin, series: q.series }));
    return c.json(rows as never, 200);
  });
  app.openapi(oneRoute, async (c) => {
    const { name } = c.req.valid("param");
    const q = c.req.valid("query");
    const detail = await access.use(() => publisherDetail(store, name, { series: q.series }));
    if (detail === null) throw new NotFoundError(`no publisher named ${name}`);
    return c.json(detail as never, 200);
  });
  app.get("/publishers", async (c) => {
    const html = await readFile(join(webDir, "publishers.html"));
    return c.body(html, 200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": PAGE_POLICY,
      "cache-control": "no-cache",
    });
  });
}
