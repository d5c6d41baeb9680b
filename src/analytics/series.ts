// A monthly series as the `series` command and the API return it: resolved values with
// how many sources stand behind each and whether they disagree.
import { NotFoundError } from "../errors.js";
import type { Store } from "../store/open-store.js";
import { resolve } from "../store/resolved-values.js";
import { listSeries } from "../store/catalog.js";
import { queryMonthly } from "../store/monthly-sql.js";
import type { Flow, Measure } from "../store/types.js";

export interface SeriesRequest {
  series: string;
  reporter?: string;
  flow?: Flow;
  partner?: string;
  measure?: Measure;
  from?: string;
  to?: string;
  asOf?: string | null;
  /** Add months backed out of a stated cumulative total (marked `derived`, with no sources). */
  derived?: boolean;
}

export interface SeriesPoint {
  period: string;
  value: number;
  derived: boolean;
  conflict: boolean;
  sources: number;
}

export interface SeriesResult {
  series: string;
  reporter: string;
  flow: Flow;
  partner: string;
  unit: string | null;
  points: SeriesPoint[];
}

/**
 * The resolved monthly values of one series.
 * @example await getSeries(store, { series: "rare-earth-magnets", partner: "USA" })
 */
export async function getSeries(store: Store, req: SeriesRequest): Promise<SeriesResult> {
  const key = { reporter: req.reporter ?? "CHN", flow: req.flow ?? "export", partner: req.partner ?? "WLD" };
  const points = await resolve(store, {
    series: req.series,
    ...key,
    measure: req.measure ?? "qty",
    periodKind: "month",
    from: req.from,
    to: req.to,
    asOf: req.asOf ?? null,
  });
  if (points.length === 0) await assertKnownSeries(store, req.series);
  const stated: SeriesPoint[] = points.map((p) => ({
    period: p.period,
    value: Number(p.value),
    derived: p.derived,
    conflict: p.conflict,
    sources: p.sources,
  }));
  const derived = req.derived ? await derivedPoints(store, req, key) : [];
  return {
    series: req.series,
    ...key,
    unit: points[0]?.unit ?? null,
    points: [...stated, ...derived].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)),
  };
}

async function derivedPoints(
  store: Store,
  req: SeriesRequest,
  key: { reporter: string; flow: Flow; partner: string },
): Promise<SeriesPoint[]> {
  const rows = await queryMonthly(
    store,
    { series: req.series, ...key, measure: req.measure ?? "qty", asOf: req.asOf ?? null },
    { allowDerived: true },
  );
  return rows
    .filter((r) => r.derived && (!req.from || r.period >= req.from) && (!req.to || r.period <= req.to))
    .map((r) => ({ period: r.period, value: Number(r.value), derived: true, conflict: false, sources: 0 }));
}

/** Throw a helpful not-found error for a series id the store has never seen. */
export async function assertKnownSeries(store: Store, series: string): Promise<void> {
  const known = await listSeries(store);
  if (!known.some((s) => s.series === series)) {
    throw new NotFoundError(
      `unknown series: ${series} (known: ${known
        .slice(0, 8)
        .map((s) => s.series)
        .join(", ")}, ...)`,
    );
  }
}
