// The monthly brief's core function: the month's stats from analytics, then the brief composed
// around them. The default month is the latest with a figure for the series' world total.
import { getSeries } from "../analytics/series.js";
import { computeStats } from "../analytics/stats.js";
import { NotFoundError } from "../errors.js";
import type { Store } from "../store/open-store.js";
import type { Brief } from "./brief-types.js";
import { composeBrief } from "./compose-brief.js";

export interface BuildBriefRequest {
  series: string;
  /** `YYYY-MM`; default the latest month with data. */
  period?: string;
  asOf?: string | null;
  /** The clock: today's date `YYYY-MM-DD`. */
  today: string;
}

/**
 * Build the brief for one month of one series.
 * @example await buildBrief(store, { series: "rare-earth-magnets", period: "2025-11", today: "2025-12-21" })
 */
export async function buildBrief(store: Store, req: BuildBriefRequest): Promise<Brief> {
  const asOf = req.asOf ?? null;
  const period = req.period ?? (await latestMonth(store, req.series, asOf));
  if (req.period !== undefined) await assertMonthHeld(store, req.series, req.period, asOf);
  const stats = await computeStats(store, { series: req.series, period, asOf });
  return composeBrief(store, { series: req.series, period, asOf, today: req.today }, stats);
}

/** The latest month with a stated (not derived) world total. */
export async function latestMonth(store: Store, series: string, asOf: string | null): Promise<string> {
  const last = (await statedMonths(store, series, asOf)).at(-1);
  if (!last) throw new NotFoundError(`no monthly figures for ${series}`);
  return last;
}

/** A brief about a month with no world total would say nothing: refuse it, naming the months held. */
async function assertMonthHeld(
  store: Store,
  series: string,
  period: string,
  asOf: string | null,
): Promise<void> {
  const months = await statedMonths(store, series, asOf);
  if (months.includes(period)) return;
  const held =
    months.length > 0 ? `the data holds ${months[0]}..${months.at(-1)}` : "the data holds no month";
  throw new NotFoundError(`no figure for ${series} in ${period}${asOf ? ` as of ${asOf}` : ""}: ${held}`);
}

async function statedMonths(store: Store, series: string, asOf: string | null): Promise<string[]> {
  return (await getSeries(store, { series, asOf })).points.filter((p) => !p.derived).map((p) => p.period);
}
