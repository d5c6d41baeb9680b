// Checks every stated figure in the store as a claim of its source, with the same checker as
// `verify`. Each origin's statements are checked against the store without that origin, so a
// source (or a repost of it) never supports itself: a level stands or falls by what the other
// origins and official figures say.

import {
  officialSourceIds,
  roundingStep,
  statedAsOf,
  copyFigures,
  type StatedFigure,
  type StatedFilter,
  type Store,
} from "../../analytics/statements.js";
import type { VerifiedClaim } from "../types.js";
import { checkClaims } from "../verify.js";
import { markDisputes } from "./disputes.js";
import { asPrinted, statedClaims, type StatedClaim } from "./stated-claims.js";

/** One stored figure's claim with its verdict. */
export interface CheckedStatement {
  figure: StatedFigure;
  claim: VerifiedClaim;
}

export interface CheckStatedOptions extends StatedFilter {
  asOf?: string | null;
}

/**
 * Every checkable statement of the filtered sources, with its verdict.
 * @example const checked = await checkStatedFigures(store, { origin: "FortuneFwd" });
 *   checked.filter((c) => c.claim.verdict === "contradicted")
 */
export async function checkStatedFigures(
  store: Store,
  opts: CheckStatedOptions = {},
): Promise<CheckedStatement[]> {
  const asOf = opts.asOf ?? null;
  const figures = await statedAsOf(store, opts, asOf);
  if (figures.length === 0) return [];
  const byOrigin = new Map<string, StatedFigure[]>();
  for (const f of figures) byOrigin.set(f.origin, [...(byOrigin.get(f.origin) ?? []), f]);
  const copy = await copyFigures(store);
  try {
    const out: CheckedStatement[] = [];
    for (const [origin, rows] of byOrigin) {
      out.push(...(await copy.without(origin, (others) => checkRows(others, rows, asOf))));
    }
    return markDisputes(out, new Set(await officialSourceIds(store)));
  } finally {
    copy.close();
  }
}

async function checkRows(
  others: Store,
  rows: StatedFigure[],
  asOf: string | null,
): Promise<CheckedStatement[]> {
  const claims: StatedClaim[] = [];
  for (const row of rows) {
    // the checker allows for the rounding of the levels a change is computed from
    for (const c of statedClaims(row, await othersStep(others, row, asOf))) claims.push(c);
  }
  const result = await checkClaims(
    others,
    claims.map((c) => c.claim),
    { asOf, evidencePerFigure: 3 },
  );
  return result.claims.map((claim, i) => ({ figure: claims[i]!.figure, claim }));
}

/** The rounding step of the value the other origins give for a level's key (0 when they give none). */
async function othersStep(others: Store, row: StatedFigure, asOf: string | null): Promise<number> {
  if (row.value === null || row.measure !== "qty") return 0;
  const { series, reporter, flow, partner, period } = asPrinted(row);
  return roundingStep(others, { series, reporter, flow, partner, period }, asOf);
}
