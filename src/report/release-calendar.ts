// When the next customs figures are expected, and whether the data already holds them. China's
// customs publish a preliminary total ("rare earths" by weight) early in the month and the detailed
// breakdown by product and destination around the 20th; January and February are released together
// in March. Dates are expectations computed from that pattern, never announcements; whether a
// release is in is asked of the data, never assumed from the clock.
import { addMonths, parsePeriod } from "../domain/period.js";
import type { Store } from "../store/open-store.js";
import { resolve } from "../store/resolved-values.js";
import type { Flow } from "../store/types.js";

export interface ExpectedRelease {
  /** The month whose figures are expected (`2026-01..2026-02` for the combined release). */
  data_period: string;
  kind: "preliminary" | "detailed";
  what: string;
  /** Expected window, `YYYY-MM-DD` inclusive. */
  expected_from: string;
  expected_to: string;
  /** True when the data already holds the figures this release brings. */
  in_data: boolean;
  /** True when the clock is past the window's end and the data does not hold the figures. */
  overdue: boolean;
}

/** Which of the next releases the data holds. */
export interface ReleasesHeld {
  preliminary: boolean;
  detailed: boolean;
}

/**
 * The releases expected for the month after `period`, relative to `today` (`YYYY-MM-DD`).
 * @example expectedReleases("2025-11", "2025-12-21")[0].data_period // "2025-12"
 */
export function expectedReleases(
  period: string,
  today: string,
  held: ReleasesHeld = { preliminary: false, detailed: false },
): ExpectedRelease[] {
  const dataPeriod = nextDataPeriod(period);
  const next = parsePeriod(dataPeriod)!.end;
  const publishMonth = addMonths(next, 1);
  const releases: Omit<ExpectedRelease, "overdue" | "in_data">[] = [
    {
      data_period: dataPeriod,
      kind: "preliminary",
      what: 'preliminary total for the customs category "rare earths"',
      expected_from: `${publishMonth}-07`,
      expected_to: `${publishMonth}-14`,
    },
    {
      data_period: dataPeriod,
      kind: "detailed",
      what: "detailed figures by product (magnets included) and by destination",
      expected_from: `${publishMonth}-18`,
      expected_to: `${publishMonth}-23`,
    },
  ];
  return releases.map((r) => ({
    ...r,
    in_data: held[r.kind],
    overdue: !held[r.kind] && today > r.expected_to,
  }));
}

/** The period the next release covers: the next month, or January-February together. */
export function nextDataPeriod(period: string): string {
  const next = addMonths(period, 1);
  return next.endsWith("-01") || next.endsWith("-02")
    ? `${next.slice(0, 4)}-01..${next.slice(0, 4)}-02`
    : next;
}

export interface ReleaseQuery {
  series: string;
  period: string;
  reporter: string;
  flow: Flow;
  asOf: string | null;
  /** Today's date; with `asOf` the clock is the date the data is read as of. */
  today: string;
}

/**
 * The next releases after `period`, each marked by whether the data holds its figures: the
 * preliminary by the world total of the customs category "rare earths", the detailed one by any
 * figure of the brief's own series for that period.
 * @example await nextReleases(store, { series: "rare-earth-magnets", period: "2025-11", reporter: "CHN", flow: "export", asOf: null, today: "2026-02-01" })
 */
export async function nextReleases(store: Store, q: ReleaseQuery): Promise<ExpectedRelease[]> {
  const dataPeriod = nextDataPeriod(q.period);
  const { start, end } = parsePeriod(dataPeriod)!;
  const periods = [...new Set([dataPeriod, start, end])];
  const key = { reporter: q.reporter, flow: q.flow, measure: "qty" as const, period: periods, asOf: q.asOf };
  const [headline, own] = await Promise.all([
    resolve(store, { ...key, series: "rare-earths", partner: "WLD" }),
    resolve(store, { ...key, series: q.series }),
  ]);
  const covers = (rows: { period: string }[]) => {
    const have = new Set(rows.map((r) => r.period));
    return have.has(dataPeriod) || (have.has(start) && have.has(end));
  };
  return expectedReleases(q.period, q.asOf ?? q.today, {
    preliminary: covers(headline),
    detailed: covers(own),
  });
}
