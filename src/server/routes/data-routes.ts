// Routes over the provenance store: series, evidence, conflicts, sources and events, with the same
// JSON as the command line.
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { checkedListing, checkFilterValues, explainEmpty } from "../../analytics/check-filters.js";
import { getSeries } from "../../analytics/series.js";
import { listEvents, listSources } from "../../store/catalog.js";
import { listConflicts } from "../../store/conflicts.js";
import { evidenceFor } from "../../store/evidence.js";
import type { StoreAccess } from "../store-access.js";
import {
  ConflictsBody,
  DateText,
  EventsBody,
  EvidenceBody,
  Iso,
  jsonResponses,
  KeyQuery,
  Month,
  Period,
  SeriesBody,
  SeriesId,
  SourcesBody,
} from "../schemas.js";

const seriesRoute = createRoute({
  method: "get",
  path: "/api/series/{id}",
  tags: ["data"],
  summary: "The resolved monthly values of one series",
  request: {
    params: z.object({ id: SeriesId }),
    query: KeyQuery.extend({ from: Month.optional(), to: Month.optional() }),
  },
  responses: jsonResponses(SeriesBody, "the series"),
});

const evidenceRoute = createRoute({
  method: "get",
  path: "/api/evidence/{id}/{period}",
  tags: ["data"],
  summary: "Every source row behind one resolved value",
  request: { params: z.object({ id: SeriesId, period: Period }), query: KeyQuery },
  responses: jsonResponses(EvidenceBody, "the rows, agreeing ones first"),
});

const conflictsRoute = createRoute({
  method: "get",
  path: "/api/conflicts",
  tags: ["data"],
  summary: "Figures whose sources disagree beyond rounding",
  request: {
    query: z.object({ series: SeriesId.optional(), partner: Iso.optional(), as_of: DateText.optional() }),
  },
  responses: jsonResponses(ConflictsBody, "every conflict with all its sides"),
});

const sourcesRoute = createRoute({
  method: "get",
  path: "/api/sources",
  tags: ["data"],
  summary: "The documents figures came from",
  request: {
    query: z.object({
      origin: z.string().optional(),
      kind: z.enum(["official", "wire", "press", "industry"]).optional(),
      series: SeriesId.optional(),
    }),
  },
  responses: jsonResponses(SourcesBody, "sources with their figure counts"),
});

const eventsRoute = createRoute({
  method: "get",
  path: "/api/events",
  tags: ["data"],
  summary: "Policy events: export controls, licences, deals, summits",
  request: {
    query: z.object({ commodity: SeriesId.optional(), from: DateText.optional(), to: DateText.optional() }),
  },
  responses: jsonResponses(EventsBody, "events in date order"),
});

export function addDataRoutes(app: OpenAPIHono, store: StoreAccess): void {
  app.openapi(seriesRoute, async (c) => {
    const { id } = c.req.valid("param");
    const q = c.req.valid("query");
    checkFilterValues({ from: q.from, to: q.to });
    const body = await store.use(async (s) => {
      const series = await getSeries(s, { series: id, ...key(q), from: q.from, to: q.to });
      if (series.points.length === 0)
        await explainEmpty(s, { series: id, partner: series.partner, reporter: series.reporter });
      return series;
    });
    return c.json(body, 200);
  });
  app.openapi(evidenceRoute, async (c) => {
    const { id, period } = c.req.valid("param");
    const q = c.req.valid("query");
    const { asOf, ...k } = key(q);
    return c.json(
      await store.use((s) =>
        checkedListing(s, { series: id, partner: k.partner, reporter: k.reporter }, () =>
          evidenceFor(s, { series: id, period, ...k }, asOf),
        ),
      ),
      200,
    );
  });
  app.openapi(conflictsRoute, async (c) => {
    const q = c.req.valid("query");
    const filter = { series: q.series, partner: q.partner };
    return c.json(
      await store.use((s) =>
        checkedListing(s, filter, () => listConflicts(s, { ...filter, asOf: q.as_of ?? null })),
      ),
      200,
    );
  });
  app.openapi(sourcesRoute, async (c) => {
    const filter = c.req.valid("query");
    return c.json(await store.use((s) => checkedListing(s, filter, () => listSources(s, filter))), 200);
  });
  app.openapi(eventsRoute, async (c) => {
    const filter = c.req.valid("query");
    return c.json(await store.use((s) => checkedListing(s, filter, () => listEvents(s, filter))), 200);
  });
}

function key(q: z.infer<typeof KeyQuery>) {
  return {
    partner: q.partner ?? "WLD",
    reporter: q.reporter ?? "CHN",
    flow: q.flow ?? "export",
    asOf: q.as_of ?? null,
  } as const;
}
