// Request and response shapes of the HTTP API, described once with zod: they validate input and
// generate the OpenAPI document at /api/openapi.json.
import { z } from "@hono/zod-openapi";
import { isDate, isPartialDate } from "../domain/period.js";

export const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM")
  .openapi({ example: "2025-11" });
export const Period = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(\.\.\d{4}-(0[1-9]|1[0-2]))?)?$/,
    "expected YYYY-MM, YYYY or YYYY-MM..YYYY-MM",
  )
  .openapi({ example: "2025-11" });
export const Iso = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/)
  .transform((s) => s.toUpperCase());
// dates are checked by the same functions as the CLI's options: a real calendar date, never 2025-02-30
export const DateText = z
  .string()
  .refine(isPartialDate, "expected a date YYYY-MM-DD (or YYYY-MM, YYYY)")
  .openapi({ example: "2025-12-31" });
export const FullDate = z
  .string()
  .refine(isDate, "expected a date YYYY-MM-DD")
  .openapi({ example: "2025-12-20" });
export const SeriesId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .openapi({ example: "rare-earth-magnets" });

export const KeyQuery = z.object({
  partner: Iso.optional().openapi({ example: "USA" }),
  reporter: Iso.optional().openapi({ example: "CHN" }),
  flow: z.enum(["export", "import"]).optional(),
  as_of: DateText.optional(),
});

export const ErrorBody = z
  .object({
    error: z.string().openapi({ example: "unknown series: unobtainium" }),
    details: z
      .array(z.object({ file: z.string(), line: z.number(), field: z.string(), reason: z.string() }))
      .optional(),
  })
  .openapi("Error");

export const SeriesBody = z
  .object({
    series: z.string(),
    reporter: z.string(),
    flow: z.enum(["export", "import"]),
    partner: z.string(),
    unit: z.string().nullable(),
    points: z.array(
      z.object({
        period: z.string(),
        value: z.number(),
        derived: z.boolean(),
        conflict: z.boolean(),
        sources: z.number(),
      }),
    ),
  })
  .openapi("Series");

export const EvidenceBody = z
  .array(
    z.object({
      observation_id: z.string(),
      source_id: z.string(),
      kind: z.string(),
      publisher: z.string(),
      origin: z.string(),
      url: z.string().nullable(),
      published: z.string().nullable(),
      vintage: z.string().nullable(),
      status: z.string(),
      period: z.string(),
      partner: z.string(),
      value: z.string(),
      unit: z.string(),
      agrees: z.boolean(),
    }),
  )
  .openapi("Evidence");

export const ConflictsBody = z
  .array(
    z.object({
      reporter: z.string(),
      flow: z.string(),
      series: z.string(),
      partner: z.string(),
      period: z.string(),
      measure: z.string(),
      unit: z.string(),
      resolved: z.string(),
      sides: z.array(
        z.object({
          value: z.string(),
          origins: z.array(z.string()),
          sources: z.array(z.object({ id: z.string(), publisher: z.string(), url: z.string().nullable() })),
        }),
      ),
    }),
  )
  .openapi("Conflicts");

export const SourcesBody = z
  .array(
    z.object({
      id: z.string(),
      kind: z.string(),
      publisher: z.string(),
      origin: z.string(),
      url: z.string().nullable(),
      url_status: z.string(),
      published: z.string().nullable(),
      title: z.string().nullable(),
      observations: z.number(),
    }),
  )
  .openapi("Sources");

export const EventsBody = z
  .array(
    z.object({
      id: z.string(),
      announced: z.string().nullable(),
      effective: z.string().nullable(),
      authority: z.string(),
      reference: z.string().nullable(),
      kind: z.string(),
      summary: z.string(),
      commodities: z.array(z.string()),
      partners: z.array(z.string()),
      url: z.string().nullable(),
    }),
  )
  .openapi("Events");

/** The usual responses of a JSON route: the body, or an error. */
export function jsonResponses<T extends z.ZodType>(body: T, description: string) {
  return {
    200: { content: { "application/json": { schema: body } }, description },
    400: { content: { "application/json": { schema: ErrorBody } }, description: "bad input" },
    404: { content: { "application/json": { schema: ErrorBody } }, description: "not found" },
  };
}
