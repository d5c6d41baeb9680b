// One other origin against one is a conflict, not a verdict. A source's level contradicted only by a
// single other non-official origin (57,392 t against 57,794 t, each from one reporter) is shown as
// disputed (unverifiable) for both sides, as `lodestone conflicts` shows it; so is a change the
// same source derived from that disputed level. Contradictions resting on two or more independent
// origins, or on an official figure, stand.

import type { VerifiedClaim } from "../types.js";
import type { CheckedStatement } from "./check-stated.js";

/**
 * The statements with single-origin contradictions of levels (and the changes built on them) made unverifiable.
 * @example markDisputes(checked, new Set(["gacc-2025-11"])) // official source ids
 */
export function markDisputes(checked: CheckedStatement[], official: ReadonlySet<string>): CheckedStatement[] {
  const disputedRows = new Map<string, string>();
  for (const c of checked) {
    const why = levelDispute(c.claim, official);
    if (why !== null) disputedRows.set(c.figure.observation_id, why);
  }
  return checked.map((c) => {
    const why = disputedRows.get(c.figure.observation_id);
    const type = c.claim.stated.type;
    if (why === undefined || c.claim.verdict !== "contradicted" || (type !== "level" && type !== "change"))
      return c;
    const own = c.claim.stated.type === "level" ? why : `${why}, and this change rests on that figure`;
    return {
      ...c,
      claim: {
        ...c.claim,
        verdict: "unverifiable",
        explanation: `disputed (${own}); on the other figure: ${c.claim.explanation}`,
      },
    };
  });
}

/** Why a contradicted level is only disputed, or null when the contradiction stands. */
function levelDispute(claim: VerifiedClaim, official: ReadonlySet<string>): string | null {
  if (claim.verdict !== "contradicted" || claim.stated.type !== "level") return null;
  const origins = new Set(claim.evidence.map((e) => e.origin));
  if (origins.size !== 1 || claim.evidence.some((e) => official.has(e.source))) return null;
  return `only ${[...origins][0]} gives another figure`;
}
