// The series key: which figures a question is about. One type, and one place that fills its
// defaults (China's exports to the world, in quantity), for every stage that names a series.

export type Flow = "export" | "import";
export type Measure = "qty" | "value" | "unit_value" | "share" | "avg_monthly_qty";

/** A complete key: reporter, flow, series, partner and measure. */
export interface SeriesKey {
  series: string;
  reporter: string;
  flow: Flow;
  partner: string;
  measure: Measure;
}

/** A key as callers write it: the series, and whatever differs from the defaults. */
export type SeriesKeyInput = { series: string } & Partial<Omit<SeriesKey, "series">>;

export const DEFAULT_KEY: Omit<SeriesKey, "series"> = {
  reporter: "CHN",
  flow: "export",
  partner: "WLD",
  measure: "qty",
};

/**
 * Fills a key's defaults.
 * @example seriesKey({ series: "rare-earth-magnets", partner: "USA" }) // { reporter: "CHN", flow: "export", partner: "USA", measure: "qty", ... }
 */
export function seriesKey(input: SeriesKeyInput): SeriesKey {
  return {
    series: input.series,
    reporter: input.reporter ?? DEFAULT_KEY.reporter,
    flow: input.flow ?? DEFAULT_KEY.flow,
    partner: input.partner ?? DEFAULT_KEY.partner,
    measure: input.measure ?? DEFAULT_KEY.measure,
  };
}

/** A stable text id of a key, for maps. */
export function keyId(k: SeriesKey): string {
  return `${k.reporter}|${k.flow}|${k.series}|${k.partner}|${k.measure}`;
}
