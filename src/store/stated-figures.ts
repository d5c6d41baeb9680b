// The figures sources state about themselves that can be checked as their claims: levels, changes
// with their base, ranks with their scope, streaks (the `stated_*` columns), with each source's
// publisher and origin. What a figure means is read in the claims stage; this is only the query.
import type { Store } from "./open-store.js";
import { trimZeros } from "./resolve.js";
import { Where } from "./sql.js";
import type { Observation, Source } from "./types.js";

/** One stored figure of one source, with what that source said about it. */
export interface StatedFigure
  extends
    Pick<Source, "kind" | "publisher" | "origin" | "url" | "published">,
    Pick<
      Observation,
      | "source_id"
      | "reporter"
      | "flow"
      | "series"
      | "partner"
      | "period"
      | "measure"
      | "value"
      | "unit"
      | "stated_mom_pct"
      | "stated_yoy_pct"
      | "stated_rank"
      | "note"
    > {
  observation_id: string;
  /** The rounding step the printed figure implies (exact decimal). */
  precision_unit: string | null;
  stated_change_pct: string | null;
  stated_change_basis: string | null;
  stated_rank_direction: "high" | "low" | null;
  stated_rank_scope: string | null;
  stated_streak: number | null;
  correction: string | null;
}

export interface StatedFilter {
  origin?: string;
  publisher?: string;
  series?: string;
}

/**
 * Every stored figure of the filtered sources, by origin, publisher and period.
 * @example await statedFigures(store, { origin: "SCMP" })
 */
export async function statedFigures(store: Store, filter: StatedFilter = {}): Promise<StatedFigure[]> {
  const where = new Where()
    .in("s.origin", filter.origin)
    .in("s.publisher", filter.publisher)
    .in("o.series", filter.series);
  const rows = await store.query<StatedFigure>(
    `SELECT o.id AS observation_id, o.source_id, s.kind, s.publisher, s.origin, s.url, s.published,
            o.reporter, o.flow, o.series, o.partner, o.period, o.measure, o.value, o.precision_unit, o.unit,
            o.stated_mom_pct, o.stated_yoy_pct, o.stated_change_pct, o.stated_change_basis,
            o.stated_rank, o.stated_rank_direction, o.stated_rank_scope, o.stated_streak, o.note, o.correction
     FROM observations o JOIN sources s ON s.id = o.source_id
     ${where.sql()}
     ORDER BY s.origin, s.publisher, o.series, o.partner, o.period, o.id`,
    where.params,
  );
  const exact = (v: string | null) => (v === null ? null : trimZeros(v));
  return rows.map((r) => ({
    ...r,
    value: exact(r.value),
    precision_unit: exact(r.precision_unit),
    stated_mom_pct: exact(r.stated_mom_pct),
    stated_yoy_pct: exact(r.stated_yoy_pct),
    stated_change_pct: exact(r.stated_change_pct),
    stated_rank: r.stated_rank === null ? null : Number(r.stated_rank),
    stated_streak: r.stated_streak === null ? null : Number(r.stated_streak),
  }));
}

/** How many sources each (publisher, origin) has, whether or not any of its figures is checkable. */
export async function sourcesPerPublisher(
  store: Store,
  filter: StatedFilter = {},
): Promise<{ publisher: string; origin: string; sources: number }[]> {
  const where = new Where()
    .in("origin", filter.origin)
    .in("publisher", filter.publisher)
    .when("id IN (SELECT source_id FROM observations WHERE series = ?)", filter.series);
  const rows = await store.query<{ publisher: string; origin: string; sources: string }>(
    `SELECT publisher, origin, count(*) AS sources FROM sources ${where.sql()} GROUP BY publisher, origin ORDER BY publisher, origin`,
    where.params,
  );
  return rows.map((r) => ({ ...r, sources: Number(r.sources) }));
}

/** The ids of official sources (a customs authority's own releases). */
export async function officialSourceIds(store: Store): Promise<string[]> {
  const rows = await store.query<{ id: string }>(
    "SELECT id FROM sources WHERE kind = 'official' ORDER BY id",
  );
  return rows.map((r) => r.id);
}

/** A rank a source stated for one of its figures ("the highest on record", "a six-month high"). */
export interface StatedRankRow
  extends
    Pick<Source, "publisher" | "origin" | "published">,
    Pick<Observation, "series" | "partner" | "period"> {
  rank: number;
  direction: "high" | "low";
  /** As stored: `record`, `year:2025`, `since:2025-01`, `months:6`. */
  scope: string;
}

/** Some series of one reporter, flow and measure, as the data was known on `asOf` (all when null). */
type SeriesFilter = Pick<Observation, "reporter" | "flow" | "measure"> & {
  series: string[];
  asOf?: string | null;
};

/** The observations of the filter's series, reporter, flow and measure stored by its `asOf`. */
function seriesWhere(filter: SeriesFilter): Where {
  return new Where()
    .in("o.series", filter.series)
    .in("o.reporter", filter.reporter)
    .in("o.flow", filter.flow)
    .in("o.measure", filter.measure)
    .when("o.vintage IS NOT NULL AND o.vintage <= ?", filter.asOf);
}

/**
 * The ranks sources stated for the figures of the series asked (one reporter, flow and measure),
 * as the data was known on `asOf` (every one when null).
 * @example await statedRanks(store, { series: ["rare-earths"], reporter: "CHN", flow: "export", measure: "qty" })
 */
export async function statedRanks(store: Store, filter: SeriesFilter): Promise<StatedRankRow[]> {
  const where = seriesWhere(filter);
  where.conditions.push(
    "o.stated_rank IS NOT NULL",
    "o.stated_rank_direction IS NOT NULL",
    "o.stated_rank_scope IS NOT NULL",
  );
  const rows = await store.query<StatedRankRow>(
    `SELECT o.series, o.partner, o.period, o.stated_rank AS rank, o.stated_rank_direction AS direction,
            o.stated_rank_scope AS scope, s.publisher, s.origin, s.published
     FROM observations o JOIN sources s ON s.id = o.source_id
     ${where.sql()}
     ORDER BY o.series, o.partner, o.period, s.published, s.publisher`,
    where.params,
  );
  return rows.map((r) => ({ ...r, rank: Number(r.rank) }));
}

/** A change a source stated for one of its figures ("up 12% on the month", "down 88% from January"). */
export interface StatedChangeRow
  extends
    Pick<Source, "publisher" | "origin" | "published">,
    Pick<Observation, "series" | "partner" | "period"> {
  /** `mom`, `yoy`, or the comparison month `YYYY-MM` the source named. */
  basis: string;
  /** The change in percent, exact decimal as the source printed it. */
  pct: string;
}

/**
 * The changes sources stated for the figures of the series asked (one reporter, flow and measure),
 * as the data was known on `asOf` (every one when null): one row per change, so a figure stated with
 * its month-on-month and year-on-year change gives two. A change of an unnamed base is left out.
 * @example await statedChanges(store, { series: ["rare-earth-magnets"], reporter: "CHN", flow: "export", measure: "value" })
 */
export async function statedChanges(store: Store, filter: SeriesFilter): Promise<StatedChangeRow[]> {
  const where = seriesWhere(filter);
  const rows = await store.query<StatedChangeRow>(
    `SELECT * FROM (
       SELECT o.series, o.partner, o.period, c.basis, CAST(c.pct AS VARCHAR) AS pct,
              s.publisher, s.origin, s.published
       FROM observations o JOIN sources s ON s.id = o.source_id,
            (VALUES ('mom', o.stated_mom_pct), ('yoy', o.stated_yoy_pct),
                    (regexp_extract(coalesce(o.stated_change_basis, ''), '^vs (\\d{4}-\\d{2})$', 1), o.stated_change_pct)
            ) AS c(basis, pct)
       ${where.sql()}
     ) WHERE pct IS NOT NULL AND basis <> ''
     ORDER BY series, partner, period, basis, published, publisher`,
    where.params,
  );
  return rows.map((r) => ({ ...r, pct: trimZeros(r.pct) }));
}
