// Keys whose sources disagree beyond rounding, with every side and the sources behind it.
import type { Store } from "./open-store.js";
import { clustersSql, trimZeros, type ResolveFilter } from "./resolve.js";
import type { Conflict } from "./types.js";

interface ClusterRow {
  reporter: string;
  flow: Conflict["flow"];
  series: string;
  partner: string;
  period: string;
  measure: Conflict["measure"];
  value: string;
  unit: string;
  origins: string[];
  place: string;
  source_list: { id: string; publisher: string; url: string | null }[];
}

/**
 * Every conflict the filter selects, the resolved side first.
 * @example await listConflicts(store, { series: "rare-earth-magnets" })
 */
export async function listConflicts(store: Store, filter: ResolveFilter = {}): Promise<Conflict[]> {
  // press figures an official one outranks are listed too: a disagreement with customs is news
  const { sql, params } = clustersSql(filter, { disagreements: true });
  const rows = await store.query<ClusterRow>(
    `SELECT * FROM (${sql}) WHERE n_clusters > 1 ORDER BY series, reporter, flow, partner, period, measure, place`,
    params,
  );
  const out = new Map<string, Conflict>();
  for (const r of rows) {
    const key = [r.reporter, r.flow, r.series, r.partner, r.period, r.measure].join("|");
    let c = out.get(key);
    if (!c) {
      c = {
        reporter: r.reporter,
        flow: r.flow,
        series: r.series,
        partner: r.partner,
        period: r.period,
        measure: r.measure,
        unit: r.unit,
        resolved: trimZeros(r.value),
        sides: [],
      };
      out.set(key, c);
    }
    c.sides.push({
      value: trimZeros(r.value),
      origins: r.origins,
      sources: [...r.source_list].sort((a, b) => a.id.localeCompare(b.id)),
    });
  }
  return [...out.values()];
}
