// "Exports came to 46 t in May and 353 t in June; the difference between the two months was 307 t":
// a gap "between the two months" runs from the earlier to the later of the two months its sentence
// named before it. Without two such months (they were named in an earlier sentence, say) which
// months are meant is carried over, so the gap can be supported but never contradicted.

import type { Grounding } from "../types.js";
import { parseMonth } from "./periods.js";
import type { ClauseRead } from "./read-clause.js";

const BETWEEN_THE_TWO =
  /\bbetween\s(?:the|these|those|both)\s(?:two\s)?(?:months|periods|readings|releases)\b[^.;:\d]{0,40}$/i;

/**
 * The later and the earlier month a gap "between the two months" at `at` spans, with how they were
 * read: the sentence's own two months (`how: "sentence"`), or none when it names another number of
 * months (`how: "carried"`); null when the words are not there.
 */
export function monthsBetween(
  clauses: readonly ClauseRead[],
  index: number,
  at: { start: number },
): { months: { period: string; base: string } | null; how: Grounding } | null {
  const c = clauses[index];
  if (c === undefined || !BETWEEN_THE_TWO.test(c.seg.text.slice(Math.max(0, at.start - 80), at.start)))
    return null;
  const named = new Map<number, string>();
  for (let k = 0; k <= index; k++)
    for (const m of (clauses[k] as ClauseRead).mentions) {
      const i = m.shape === "month" && (k < index || m.end <= at.start) ? parseMonth(m.period) : null;
      if (i !== null) named.set(i, m.period);
    }
  if (named.size !== 2) return { months: null, how: "carried" };
  const [base, period] = [...named.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
  return { months: { period: period as string, base: base as string }, how: "sentence" };
}
