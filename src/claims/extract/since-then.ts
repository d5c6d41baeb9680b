// "Jan was 6,357 t. Aug is the highest since then": a rank's window that starts at the month the
// text named just before it ("since then", "since that month", "since that point"). A month the
// same sentence names is the sentence's own word; one from an earlier sentence is carried over, so
// the rank can be supported over the window it starts but never contradicted.

import type { Grounding } from "../types.js";
import { carried, type Discourse } from "./discourse.js";
import { parseMonth } from "./periods.js";
import type { ClauseRead } from "./read-clause.js";

const THEN_AFTER = /^\s*(?:then|that month|that point|that time)\b/i;
/** The rank's words end in "since" ("the highest since"): without it, "that month" dates the rank. */
const SINCE_LAST = /\bsince\s*$/i;

/**
 * The month "since then" after a rank's words at `end` points back to, with how it was read, or
 * null when the words are not there or no earlier month is named before the rank's own.
 * @example sinceThen(read("Jan was 6,357 t; Aug is the highest since then"), 1, 24, "2025-08", d) // { period: "2025-01", how: "sentence" }
 */
export function sinceThen(
  clauses: readonly ClauseRead[],
  index: number,
  at: { start: number; end: number },
  own: string | null,
  d: Discourse,
): { period: string; how: Grounding } | null {
  const c = clauses[index];
  const mine = own === null ? null : parseMonth(own);
  // "the fifth-largest destination that month" ranks within the month, not since it
  if (
    c === undefined ||
    mine === null ||
    !SINCE_LAST.test(c.seg.text.slice(at.start, at.end)) ||
    !THEN_AFTER.test(c.seg.text.slice(at.end, at.end + 20))
  )
    return null;
  const earlier = (period: string) => {
    const i = parseMonth(period);
    return i !== null && i < mine;
  };
  for (let k = index; k >= 0; k--) {
    const x = clauses[k] as ClauseRead;
    const before = x.mentions.filter(
      (m) => m.shape === "month" && (k < index || m.end <= at.start) && earlier(m.period),
    );
    const last = before[before.length - 1];
    if (last !== undefined) return { period: last.period, how: "sentence" };
  }
  const from = carried(d, "period").value;
  return from !== null && earlier(from.value) ? { period: from.value, how: "carried" } : null;
}
