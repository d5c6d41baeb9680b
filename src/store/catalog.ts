// Listings of what the store holds: sources (with how many figures each), events, series.
import type { Store } from "./open-store.js";
import type { PolicyEvent, Source } from "./types.js";

export interface SourceListing extends Source {
  observations: number;
}

/** Sources, optionally only those of one origin or kind, most-cited first. */
export async function listSources(
  store: Store,
  filter: { origin?: string; kind?: string; series?: string } = {},
): Promise<SourceListing[]> {
  const rows = await store.query<
    Omit<SourceListing, "observations"> & { observations: string; retrieved: unknown }
  >(
    `SELECT * FROM (
     SELECT s.*, count(o.id) AS observations
     FROM sources s LEFT JOIN observations o ON o.source_id = s.id
     WHERE (CAST(? AS VARCHAR) IS NULL OR s.origin = ?) AND (CAST(? AS VARCHAR) IS NULL OR s.kind = ?)
       AND (CAST(? AS VARCHAR) IS NULL OR s.id IN (SELECT source_id FROM observations WHERE series = ?))
     GROUP BY ALL) ORDER BY origin, lower(publisher), id`,
    [
      filter.origin ?? null,
      filter.origin ?? null,
      filter.kind ?? null,
      filter.kind ?? null,
      filter.series ?? null,
      filter.series ?? null,
    ],
  );
  return rows.map(({ retrieved: _retrieved, ...r }) => ({ ...r, observations: Number(r.observations) }));
}

/** Policy events in date order, optionally only those touching a series. */
export async function listEvents(
  store: Store,
  filter: { commodity?: string; from?: string; to?: string } = {},
): Promise<PolicyEvent[]> {
  return store.query<PolicyEvent>(
    `SELECT id, announced, effective, authority, reference, kind, summary, commodities, partners, url FROM events
     WHERE (CAST(? AS VARCHAR) IS NULL OR list_contains(commodities, ?))
       AND (CAST(? AS VARCHAR) IS NULL OR coalesce(effective, announced) >= ?)
       AND (CAST(? AS VARCHAR) IS NULL OR coalesce(effective, announced) <= ?)
     ORDER BY coalesce(effective, announced), id`,
    [
      filter.commodity ?? null,
      filter.commodity ?? null,
      filter.from ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.to ?? null,
    ],
  );
}

/** Every series in the store with its reporters, partners and period span. */
export async function listSeries(
  store: Store,
): Promise<{ series: string; observations: number; partners: number; first: string; last: string }[]> {
  const rows = await store.query<{
    series: string;
    observations: string;
    partners: string;
    first: string;
    last: string;
  }>(
    `SELECT series, count(*) AS observations, count(DISTINCT partner) AS partners,
            min(period_start) AS first, max(period_end) AS last
     FROM observations GROUP BY series ORDER BY count(*) DESC, series`,
  );
  return rows.map((r) => ({ ...r, observations: Number(r.observations), partners: Number(r.partners) }));
}
