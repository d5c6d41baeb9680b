// Months a sentence names one by one and then goes over together: "5,952 t in December, a little
// under November's 6,150 t, so the two months together came to 12,102 t", "the two months combined,
// November and December, came to 6.2 t". The words sum the months named, so their figure is the
// span's, never either month's.

import { monthIndex } from "../../domain/period.js";
import { parseCount } from "./lexicon.js";
import type { PeriodMention, RawMention } from "./periods.js";

/** "the two months together", "these three months combined", "both months together". */
const MONTHS_TOGETHER =
  /\b(?:(?:[Tt]he|[Tt]hese|[Tt]hose)\s(two|three|2|3)\smonths|[Bb]oth\smonths)(?:\s(?:together|combined|taken\stogether)\b|(?=,\s(?:[A-Z][a-z]+,?\s(?:and\s)?){2,3}(?:together\s|combined\s)?(?:came|amounted|added|totall?ed|reached|were|was)\b))/g;

/**
 * Spans for the months gone over together in `clause`: the last `n` months named before the words
 * (or, failing those, the ones named right after them, which the span then takes in), when they run
 * on without a gap.
 * @example monthsTogether("4.0 t in November and 2.1 t in December, so the two months together came to 6.2 t", found)
 * // [{ period: "2025-11..2025-12", ... }] with November and December among `found`
 */
export function monthsTogether(clause: string, found: readonly PeriodMention[]): RawMention[] {
  if (!/\bmonths\b/.test(clause)) return [];
  const out: RawMention[] = [];
  for (const m of clause.matchAll(MONTHS_TOGETHER)) {
    const at = m.index ?? 0;
    const n = m[1] ? parseCount(m[1]) : 2;
    if (n === null) continue;
    const months = found.filter((f) => f.shape === "month" && !f.part);
    const before = distinct(months.filter((f) => f.end <= at).map((f) => f.period)).slice(-n);
    const after = distinct(
      months
        .filter((f) => f.start >= at + m[0].length && f.start < at + m[0].length + 40)
        .map((f) => f.period),
    ).slice(0, n);
    const picked = before.length === n ? before : after.length === n ? after : null;
    if (picked === null) continue;
    // the months named are months, so each has an index
    const sorted = picked.map((p) => monthIndex(p) as number).sort((a, b) => a - b);
    const first = sorted[0] as number;
    const last = sorted[sorted.length - 1] as number;
    if (last - first !== n - 1) continue;
    const from = picked.find((p) => monthIndex(p) === first) as string;
    const to = picked.find((p) => monthIndex(p) === last) as string;
    // months named in apposition after the words are the span's own, not figures' months of their own
    const end =
      picked === after
        ? Math.max(...months.filter((f) => after.includes(f.period)).map((f) => f.end))
        : at + m[0].length;
    out.push({ start: at, end, period: `${from}..${to}`, shape: "range", role: "main" });
  }
  return out;
}

/** The periods in the order first named, each once. */
function distinct(periods: string[]): string[] {
  return periods.filter((p, i) => periods.lastIndexOf(p) === i);
}
