// A figure the text itself retracts. A correction names the wrong figure ("6,146 tonnes (not 6,416
// tonnes)", "an earlier version said 1,436 tonnes"); where the same figure stands elsewhere in the
// text, as a flash's first line or a headline written before the correction, it is that misstated
// figure again, not a statement the text still makes. It is read, never checked.

import type { ExtractedClaim } from "../types.js";

/** The digits a figure is written with: "6,416 tonnes" -> "6416", "19.6%" -> "196". */
const digitsOf = (text: string) => (text.match(/\d/g) ?? []).join("");

/**
 * The key a retracted figure is matched on: the kind of figure, its value and the digits as written.
 * Short figures ("60%", "12%") recur by chance, so only figures of three or more digits are keyed.
 */
function keyOf(c: ExtractedClaim): string | null {
  const digits = digitsOf(c.text);
  if (digits.length < 3) return null;
  const s = c.stated;
  const value = "value" in s ? s.value : "pct" in s ? s.pct : null;
  if (typeof value !== "number") return null;
  return `${s.type}:${value}:${digits}`;
}

/** The destination a figure's own clause names, if any. */
const namedPartner = (c: ExtractedClaim) => (c.grounds.partner === "clause" ? c.partner : null);

/**
 * Marks as a correction every reported figure that a correction in the same text names as wrong. A
 * figure was wrong of the destination it was said of: the same number said of another destination
 * each clause names ("That was South Korea's figure" after "Germany took 854 tonnes") still stands.
 */
export function markRetracted(claims: ExtractedClaim[]): ExtractedClaim[] {
  const wrong = new Map<string, Array<{ partner: string | null; at: number }>>();
  for (const c of claims) {
    if (c.mode !== "correction") continue;
    const key = keyOf(c);
    if (key !== null) wrong.set(key, [...(wrong.get(key) ?? []), { partner: namedPartner(c), at: c.start }]);
  }
  if (wrong.size === 0) return claims;
  return claims.map((c) => {
    if (c.mode !== "reported") return c;
    const key = keyOf(c);
    const partners = key === null ? undefined : wrong.get(key);
    if (partners === undefined) return c;
    const own = namedPartner(c);
    const same = partners.some(
      (p) => c.start < p.at && (p.partner === null || own === null || p.partner === own),
    );
    return same ? { ...c, mode: "correction" } : c;
  });
}
