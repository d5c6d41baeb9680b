// A year the text calls fiscal ("FY2025", "the financial year 2025") may run April to March, as
// India's and Japan's do, so the calendar year's figures cannot refute it. The reader marks such claims
// (`fiscalYear`, extract/fiscal-years.ts) unless their sentence says the year is the calendar one; a
// tonnage in the same sentence for that product and destination that the calendar year bears out
// settles it too. Otherwise a contradicted claim on such a year is left unverifiable.

import type { ExtractedClaim, Verdict } from "../types.js";

/** Why a contradiction of a claim on a fiscal year is not certain, for the explanation. */
export const FISCAL_DOUBT =
  "the sentence names a fiscal or reporting year, which may run from April to March (as in India or Japan) rather than the calendar year the data holds";

/**
 * The contradicted claims on a full year that their sentence calls fiscal (`fiscalYear`), unless the
 * sentence gives a tonnage for the same product and destination that the calendar
 * year bears out (`verdicts[k] === "supported"`).
 * @example fiscalDoubts(claims of "FY2025 magnet exports were 61,000 t.", ["contradicted"]) // [0]
 */
export function fiscalDoubts(claims: readonly ExtractedClaim[], verdicts: readonly Verdict[]): number[] {
  const out: number[] = [];
  claims.forEach((c, i) => {
    if (verdicts[i] !== "contradicted" || c.fiscalYear !== true) return;
    const shown = claims.some(
      (l, k) =>
        c.sentence !== undefined &&
        l.sentence === c.sentence &&
        (l.kind === "level" || l.kind === "ytd") &&
        l.series === c.series &&
        l.partner === c.partner &&
        l.period === c.period &&
        verdicts[k] === "supported",
    );
    if (!shown) out.push(i);
  });
  return out;
}
