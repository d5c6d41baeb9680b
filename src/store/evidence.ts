// The rows behind a resolved value: every source's statement of the figure for one key,
// marked by whether it agrees with the resolved value within rounding.
import type { Store } from "./open-store.js";
import { observationsSql, trimZeros, type ResolveFilter } from "./resolve.js";
import { resolve } from "./resolved-values.js";
import type { EvidenceRow, Flow, Measure } from "./types.js";

export interface PointKey {
  series: string;
  period: string;
  reporter?: string;
  flow?: Flow;
  partner?: string;
  measure?: Measure;
}

/**
 * Evidence for one key, agreeing rows first.
 * @example await evidenceFor(store, { series: "rare-earth-magnets", period: "2025-11" })
 */
export async function evidenceFor(store: Store, key: PointKey, asOf: string | null = null): Promise<EvidenceRow[]> {
  const filter: ResolveFilter = {
    series: key.series, period: key.period, reporter: key.reporter ?? "CHN", flow: key.flow ?? "export",
    partner: key.partner ?? "WLD", measure: key.measure ?? "qty", asOf,
  };
  const [point] = await resolve(store, filter);
  if (!point) return [];
  const obs = observationsSql(filter);
  const rows = await store.query<Omit<EvidenceRow, "agrees"> & { agrees: boolean }>(
    `SELECT o.id AS observation_id, o.source_id, o.kind, o.publisher, o.origin, o.url, o.published, o.vintage,
            o.status, o.period, o.partner, o.value, o.unit,
            abs(o.value - CAST(? AS DECIMAL(38, 6))) <= greatest(o.precision_unit, CAST(? AS DECIMAL(38, 6))) AS agrees
     FROM (${obs.sql}) o
     ORDER BY agrees DESC, o.kind = 'official' DESC, o.origin, o.publisher, o.source_id`,
    [point.value, precisionOf(point.value), ...obs.params],
  );
  return rows.map((r) => ({ ...r, value: trimZeros(r.value) }));
}

function precisionOf(value: string): string {
  const frac = value.split(".")[1];
  return frac ? `0.${"0".repeat(frac.length - 1)}1` : "1";
}
