// The rows behind a resolved value: every source's statement of the figure for one key,
// marked by whether it agrees with the resolved value within rounding.
import type { Store } from "./open-store.js";
import { observationsSql, trimZeros, type ResolveFilter } from "./resolve.js";
import { resolve } from "./resolved-values.js";
import type { EvidenceRow, Flow, Measure, ResolvedPoint } from "./types.js";

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
export async function evidenceFor(
  store: Store,
  key: PointKey,
  asOf: string | null = null,
): Promise<EvidenceRow[]> {
  const filter: ResolveFilter = {
    series: key.series,
    period: key.period,
    reporter: key.reporter ?? "CHN",
    flow: key.flow ?? "export",
    partner: key.partner ?? "WLD",
    measure: key.measure ?? "qty",
    asOf,
  };
  const [point] = await resolve(store, filter);
  if (!point) return [];
  const [rows] = await evidenceMany(store, [point], asOf);
  return rows ?? [];
}

function precisionOf(value: string): string {
  const frac = value.split(".")[1];
  return frac ? `0.${"0".repeat(frac.length - 1)}1` : "1";
}

/**
 * Evidence for many resolved points in one query (same reporter, flow and measure each), agreeing
 * rows first, in the order of `points`.
 * @example const [rows] = await evidenceMany(store, [point]);
 */
export async function evidenceMany(
  store: Store,
  points: readonly ResolvedPoint[],
  asOf: string | null = null,
): Promise<EvidenceRow[][]> {
  type Row = Omit<EvidenceRow, "agrees"> & { precision_unit: string | null; series: string };
  const groups = new Map<string, ResolvedPoint[]>();
  for (const p of points) {
    const g = `${p.reporter}|${p.flow}|${p.measure}`;
    const group = groups.get(g);
    if (group) group.push(p);
    else groups.set(g, [p]);
  }
  // rows by their whole key: a quantity and a value of the same series, partner and period asked
  // together are separate figures, each with its own rows
  const byKey = new Map<string, Row[]>();
  const keyOf = (g: string, r: { series: string; partner: string; period: string }) =>
    `${g}|${r.series}|${r.partner}|${r.period}`;
  await Promise.all(
    [...groups.entries()].map(async ([g, group]) => {
      const first = group[0] as ResolvedPoint;
      const uniq = (xs: string[]) => [...new Set(xs)];
      const obs = observationsSql({
        reporter: first.reporter,
        flow: first.flow,
        measure: first.measure,
        asOf,
        series: uniq(group.map((p) => p.series)),
        partner: uniq(group.map((p) => p.partner)),
        period: uniq(group.map((p) => p.period)),
      });
      const rows = await store.query<Row>(
        `SELECT o.id AS observation_id, o.source_id, o.kind, o.publisher, o.origin, o.url, o.published, o.vintage,
              o.status, o.series, o.period, o.partner, o.value::VARCHAR AS value, o.unit, o.precision_unit::VARCHAR AS precision_unit
       FROM (${obs.sql}) o
       ORDER BY o.kind = 'official' DESC, o.origin, o.publisher, o.source_id`,
        obs.params,
      );
      for (const r of rows) {
        const same = byKey.get(keyOf(g, r));
        if (same) same.push(r);
        else byKey.set(keyOf(g, r), [r]);
      }
    }),
  );
  return points.map((p) => {
    const step = Number(precisionOf(p.value));
    const rows = (byKey.get(keyOf(`${p.reporter}|${p.flow}|${p.measure}`, p)) ?? []).map(
      ({ precision_unit, series: _series, ...r }) => ({
        ...r,
        value: trimZeros(r.value),
        agrees:
          Math.abs(Number(r.value) - Number(p.value)) <= Math.max(Number(precision_unit ?? 0), step) + 1e-9,
      }),
    );
    return [...rows.filter((r) => r.agrees), ...rows.filter((r) => !r.agrees)];
  });
}
