// The values a filter can match, as the store holds them: what an "unknown value" error lists.
import type { Store } from "./open-store.js";

export type FilterField = "series" | "partner" | "reporter" | "origin" | "commodity";

const SQL: Record<FilterField, string> = {
  series: "SELECT DISTINCT series AS v FROM observations",
  partner: "SELECT DISTINCT partner AS v FROM observations WHERE (CAST(? AS VARCHAR) IS NULL OR series = ?)",
  reporter:
    "SELECT DISTINCT reporter AS v FROM observations WHERE (CAST(? AS VARCHAR) IS NULL OR series = ?)",
  origin: "SELECT DISTINCT origin AS v FROM sources",
  // events concern commodities and series alike, so a series the store holds is a known commodity
  commodity:
    "SELECT DISTINCT unnest(commodities) AS v FROM events UNION SELECT DISTINCT series FROM observations",
};

/**
 * The distinct values of one filter field, sorted; partners and reporters within one series if given.
 * @example await knownValues(store, "partner", "rare-earth-magnets") // ["DEU", "JPN", ...]
 */
export async function knownValues(store: Store, field: FilterField, series?: string): Promise<string[]> {
  const scoped = field === "partner" || field === "reporter";
  const rows = await store.query<{ v: string }>(
    `${SQL[field]} ORDER BY v`,
    scoped ? [series ?? null, series ?? null] : [],
  );
  return rows.map((r) => r.v);
}
