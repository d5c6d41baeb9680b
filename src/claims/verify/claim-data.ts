// The data a verdict needs, read from the store through its public functions (`resolve`,
// `evidenceFor`) and cached for one verification run: monthly series, single points (months,
// cumulative ranges, full years), evidence rows, and which other series or month a figure fits.
// This is the claims stage's adapter; it computes no figures the analytics stage owns beyond
// simple lookups.

import { evidenceFor } from "../../store/evidence.js";
import type { Store } from "../../store/open-store.js";
import { resolve } from "../../store/resolved-values.js";
import type { EvidenceRow, Flow, ResolvedPoint } from "../../store/types.js";

/** Which series of figures a claim speaks of. */
export interface ClaimKey {
  series: string;
  reporter: string;
  flow: Flow;
  partner: string;
}

/** A resolved figure in tonnes, with the point behind it. */
export interface Figure {
  period: string;
  value: number;
  point: ResolvedPoint;
}

export interface ClaimData {
  /** Every monthly figure of the key, by period. */
  monthly(key: ClaimKey): Promise<Map<string, Figure>>;
  /** The figure of one period (`YYYY-MM`, `YYYY-MM..YYYY-MM`; a full-year range also finds `YYYY`). */
  point(key: ClaimKey, period: string): Promise<Figure | null>;
  /** The rows behind a figure, agreeing rows first. */
  evidence(key: ClaimKey, figure: Figure): Promise<EvidenceRow[]>;
  /** Other series whose figure for the same partner and period equals `value` within [low, high]. */
  otherSeries(key: ClaimKey, period: string, low: number, high: number): Promise<Figure[]>;
}

/** Converts a resolved value to tonnes (the store keeps units as stated). */
export function toTonnes(value: string, unit: string): number | null {
  const n = Number(value);
  if (!Number.isFinite(n)) return null;
  if (unit === "t") return n;
  if (unit === "kg") return n / 1000;
  return null;
}

/** A cached reader over one store, as of an optional date. */
export function claimData(store: Store, asOf: string | null = null): ClaimData {
  const monthlyCache = new Map<string, Promise<Map<string, Figure>>>();
  const filterOf = (key: ClaimKey) => ({
    series: key.series, reporter: key.reporter, flow: key.flow, partner: key.partner, measure: "qty" as const, asOf,
  });
  const figure = (p: ResolvedPoint, period = p.period): Figure | null => {
    const value = toTonnes(p.value, p.unit);
    return value === null ? null : { period, value, point: p };
  };
  return {
    monthly(key) {
      const id = JSON.stringify(key);
      let hit = monthlyCache.get(id);
      if (!hit) {
        hit = resolve(store, { ...filterOf(key), periodKind: "month" }).then((points) => {
          const map = new Map<string, Figure>();
          for (const p of points) {
            const f = figure(p);
            if (f) map.set(p.period, f);
          }
          return map;
        });
        monthlyCache.set(id, hit);
      }
      return hit;
    },
    async point(key, period) {
      if (/^\d{4}-\d{2}$/.test(period)) return (await this.monthly(key)).get(period) ?? null;
      const [p] = await resolve(store, { ...filterOf(key), period });
      if (p) return figure(p, period);
      const full = /^(\d{4})-01\.\.\1-12$/.exec(period);
      if (!full) return null;
      const [y] = await resolve(store, { ...filterOf(key), period: full[1] });
      return y ? figure(y, period) : null;
    },
    async evidence(key, f) {
      return evidenceFor(store, { ...key, period: f.point.period, measure: "qty" }, asOf);
    },
    async otherSeries(key, period, low, high) {
      const points = await resolve(store, { reporter: key.reporter, flow: key.flow, partner: key.partner, period, measure: "qty", asOf });
      return points
        .filter((p) => p.series !== key.series)
        .map((p) => figure(p))
        .filter((f): f is Figure => f !== null && f.value >= low && f.value <= high);
    },
  };
}
