// How far a percentage change computed from rounded figures can be off. The store's levels are
// printed to a step (353 t, 619 t), while a source computes its stated change from unrounded
// customs data: "+75.5%" is right although 353 t -> 619 t gives +75.4%. A stated change is held
// against the whole range of changes the two rounded figures allow, not against the point alone.

import { precisionUnit } from "../../domain/decimal.js";
import type { Store } from "../../store/open-store.js";
import { resolve } from "../../store/resolved-values.js";
import type { ExtractedClaim, Tolerance } from "../types.js";

/**
 * The claim with its tolerance widened by the rounding of the two figures its change is computed
 * from (unchanged when it is not a change, or a figure is missing).
 * @example await withRoundingSlack(others, claim, null) // "+75.5%" over 353 t -> 619 t: 75.45-75.55% becomes 74.9-75.7%
 */
export async function withRoundingSlack(store: Store, claim: ExtractedClaim, asOf: string | null): Promise<ExtractedClaim> {
  const s = claim.stated;
  if (s.type !== "change" || s.unit !== "%" || claim.series === null || claim.period === null) return claim;
  const base = basePeriodKey(claim.period, s.basis);
  if (base === null) return claim;
  const key = { series: claim.series, reporter: claim.reporter, flow: claim.flow, partner: claim.partner, measure: "qty" as const, asOf };
  const [[cur], [prev]] = await Promise.all([resolve(store, { ...key, period: storedKey(claim.period) }), resolve(store, { ...key, period: base })]);
  if (!cur || !prev) return claim;
  const [c, b] = [Number(cur.value), Number(prev.value)];
  const [hc, hb] = [Number(precisionUnit(cur.value)) / 2, Number(precisionUnit(prev.value)) / 2];
  if (!(b - hb > 0)) return claim;
  const point = (c / b - 1) * 100;
  const low = ((c - hc) / (b + hb) - 1) * 100;
  const high = ((c + hc) / (b - hb) - 1) * 100;
  const widened: Tolerance = {
    low: s.low === null ? null : round(s.low - (point - low)),
    high: s.high === null ? null : round(s.high + (high - point)),
  };
  return { ...claim, stated: { ...s, ...widened } };
}

/** The store's key for a claim period: a full-year range is kept as `YYYY`. */
function storedKey(period: string): string {
  const full = /^(\d{4})-01\.\.\1-12$/.exec(period);
  return full ? full[1]! : period;
}

/** The stored key of the comparison period of a change, or null when it has none. */
function basePeriodKey(period: string, basis: string): string | null {
  if (/^\d{4}-\d{2}$/.test(basis)) return basis;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const i = Number(month[1]) * 12 + Number(month[2]) - 1 - (basis === "yoy" ? 12 : 1);
    return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  }
  if (basis !== "yoy") return null;
  const full = /^(\d{4})-01\.\.\1-12$/.exec(period);
  if (full) return String(Number(full[1]) - 1);
  const range = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(period);
  return range ? `${Number(range[1]) - 1}-${range[2]}..${Number(range[3]) - 1}-${range[4]}` : null;
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;
