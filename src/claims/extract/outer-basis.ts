// "October exports jumped 15.8% year on year, with shipments up from 4,725 t": a base figure in a
// clause of its own that holds no change is the base of the change its sentence made before it (a
// year earlier here). Read on the month before, the year-earlier level was contradicted as the
// previous month's; that month stays a reading the words allow.

import { changeBasis } from "./bases.js";
import type { ClauseRead } from "./read-clause.js";

/** How far back in its sentence a clause's change may set a later clause's base. */
const NEARBY = 3;

/**
 * The comparison base of the last change in the clauses before `index` (nearest first), when the
 * figure at `at` has no change before it in its own clause; else null.
 * @example outerBasis(read("exports rose 15.8% on the year, with shipments up from 4,725 t"), 1, 24, "2025-10") // "yoy"
 */
export function outerBasis(
  clauses: readonly ClauseRead[],
  index: number,
  at: number,
  period: string | null,
): string | null {
  const own = clauses[index];
  if (own === undefined || own.changes.some((x) => x.start < at)) return null;
  for (let i = index - 1; i >= Math.max(0, index - NEARBY); i--) {
    const c = clauses[i] as ClauseRead;
    const last = c.changes[c.changes.length - 1];
    if (last !== undefined) return changeBasis(c.seg.text, last, c.mentions, period);
  }
  return null;
}
