// "Exports reached 6,150 t in November; Japan took 5% of it", "The EU took 2,060 t in October, of
// which Germany took 54%": a share taken "of it", "of that amount" or "of which" is a part of
// the tonnage named just before it, in its sentence or the one before. That tonnage is the share's
// whole, as one written out is ("54% of the 2,060 t"): where it is not the month's total, the share
// is of another destination's or month's figure, which the share of the total cannot refute.

import { toTonnes } from "../../domain/units.js";
import type { ExtractedClaim } from "../types.js";

/**
 * Right after a share: "of it", "of that", "of them", "of that amount", "of this figure", "of those
 * tonnes" (not "of that month's").
 */
const OF_BACK =
  /^\s(?:of\s(?:it|that|them|this)(?![\w'’-]|\s(?:month|year|period|quarter|country|destination|market|region|bloc)\b)|of\s(?:that|this)\s(?:amount|figure|total|volume|tonnage|sum|quantity)\b|of\s(?:those|these)\s(?:(?:metric\s)?(?:tonnes|tons)|shipments|exports|magnets)\b)/i;
/**
 * Opening the share's clause: ", of which Germany took 54%", "Of that, Germany took 54%"; not a
 * tonnage's own "of that" ("Japan took 138 t of that, about 57%": the part, not the whole).
 */
const OF_BACK_BEFORE =
  /(?:^|[,;:.!?]\s|\b(?:and|while|but)\s)(?:of which|of that|of this|of it|of these|of those)\b,?\s(?:[^\d.;!?]{0,40}\s)?$/i;
/** How far back the tonnage pointed at may stand: about two sentences. */
const REACH = 320;
/** A sentence's end between the tonnage and the share: more than one means the tonnage is too far back. */
const SENTENCE_END = /[.!?](?:\s|$)/g;

/** Each share "of it", "of that" or "of which" with the tonnage named just before it as its whole. */
export function pointedWholes(claims: ExtractedClaim[], input: string): ExtractedClaim[] {
  const pointing = (c: ExtractedClaim) =>
    c.stated.type === "share" &&
    (OF_BACK.test(input.slice(c.end, c.end + 40)) ||
      OF_BACK_BEFORE.test(input.slice(Math.max(0, c.start - 60), c.start)));
  if (!claims.some(pointing)) return claims;
  return claims.map((c) => {
    const s = c.stated;
    if (s.type !== "share" || s.whole !== undefined || !pointing(c)) return c;
    const level = claims
      .filter((p) => p.stated.type === "level" && p.end <= c.start && p.start >= c.start - REACH)
      .sort((a, b) => a.end - b.end)
      .pop();
    if (level === undefined || level.stated.type !== "level") return c;
    if ((input.slice(level.end, c.start).match(SENTENCE_END) ?? []).length > 1) return c;
    const value = toTonnes(level.stated.value, level.stated.unit);
    const half = toTonnes(level.stated.halfUnit ?? 0, level.stated.unit);
    if (value === null || half === null) return c;
    return { ...c, stated: { ...s, whole: { value, halfUnit: half } } };
  });
}
