// Routes over analytics, claims and briefs: a month's figures, claim checking, the monthly brief.
import { statedDate } from "../../articles/stated-date.js";
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { explainEmpty } from "../../analytics/check-filters.js";
import { computeStats } from "../../analytics/stats.js";
import { checkClaims } from "../../claims/index.js";
import { buildBrief } from "../../report/build-brief.js";
import { renderBriefHtml } from "../../report/render-html.js";
import { renderBriefMarkdown } from "../../report/render-markdown.js";
import { extractOffThread } from "../extract-off-thread.js";
import { requestSignal } from "../request-budget.js";
import type { StoreAccess } from "../store-access.js";
import { DateText, FullDate, jsonResponses, KeyQuery, Month, SeriesId } from "../schemas.js";

const statsRoute = createRoute({
  method: "get",
  path: "/api/stats/{id}/{month}",
  tags: ["analytics"],
  summary: "The figures analysts quote about one month (same JSON as `lodestone stats`)",
  request: {
    params: z.object({ id: SeriesId, month: Month }),
    query: KeyQuery.extend({
      derived: z.enum(["true", "false"]).optional(),
      event_months: z.coerce.number().int().min(1).max(36).optional(),
    }),
  },
  responses: jsonResponses(
    z.record(z.string(), z.unknown()).openapi("Stats"),
    "the month's figures, each with its inputs",
  ),
});

/** The longest text a claim check accepts, in characters. */
export const MAX_TEXT = 5_000_000;

const verifyRoute = createRoute({
  method: "post",
  path: "/api/verify",
  tags: ["claims"],
  summary: "Check the numeric trade claims in a text (same JSON as `lodestone verify --format json`)",
  request: {
    body: {
      content: {
        "application/json": {
          schema: z
            .object({
              text: z.string().max(MAX_TEXT),
              published: FullDate.optional(),
              /** The date to read the text as of when neither `published` nor the text's head gives one. */
              default_published: FullDate.optional(),
              as_of: DateText.optional(),
            })
            .openapi("VerifyRequest"),
        },
      },
    },
  },
  responses: jsonResponses(
    z.record(z.string(), z.unknown()).openapi("VerifyResult"),
    "claims with verdicts and evidence",
  ),
});

const briefRoute = createRoute({
  method: "get",
  path: "/api/brief/{month}",
  tags: ["briefs"],
  summary: "The monthly brief as JSON, self-contained HTML or markdown",
  request: {
    params: z.object({ month: Month }),
    query: z.object({
      series: SeriesId.optional(),
      format: z.enum(["json", "html", "md"]).optional(),
      as_of: DateText.optional(),
    }),
  },
  responses: {
    ...jsonResponses(z.record(z.string(), z.unknown()).openapi("Brief"), "the brief"),
  },
});

export function addAnalysisRoutes(app: OpenAPIHono, store: StoreAccess, today: () => string): void {
  app.openapi(statsRoute, async (c) => {
    const { id, month } = c.req.valid("param");
    const q = c.req.valid("query");
    const stats = await store.use(async (s) => {
      const stats = await computeStats(s, {
        series: id,
        period: month,
        partner: q.partner ?? "WLD",
        reporter: q.reporter ?? "CHN",
        flow: q.flow ?? "export",
        asOf: q.as_of ?? null,
        allowDerived: q.derived === "true",
        eventMonths: q.event_months,
      });
      if (stats.level === null)
        await explainEmpty(s, { series: id, partner: stats.partner, reporter: stats.reporter });
      return stats;
    });
    return c.json(stats as unknown as Record<string, unknown>, 200);
  });
  app.openapi(verifyRoute, async (c) => {
    const body = c.req.valid("json");
    // a pasted text with no date given may state its own at its head ("Published: 20 Dec 2025")
    const options = {
      published: body.published ?? statedDate(body.text, body.default_published) ?? body.default_published,
      asOf: body.as_of ?? null,
    };
    const claims = await extractOffThread(body.text, options, requestSignal());
    const result = await store.use((s) => checkClaims(s, claims, { ...options, signal: requestSignal() }));
    return c.json(result as unknown as Record<string, unknown>, 200);
  });
  app.openapi(briefRoute, async (c) => {
    const { month } = c.req.valid("param");
    const q = c.req.valid("query");
    const brief = await store.use((s) =>
      buildBrief(s, {
        series: q.series ?? "rare-earth-magnets",
        period: month,
        asOf: q.as_of ?? null,
        today: today(),
      }),
    );
    if (q.format === "html") return c.html(renderBriefHtml(brief)) as never;
    if (q.format === "md")
      return c.text(renderBriefMarkdown(brief), 200, {
        "content-type": "text/markdown; charset=utf-8",
      }) as never;
    return c.json(brief as unknown as Record<string, unknown>, 200);
  });
}
