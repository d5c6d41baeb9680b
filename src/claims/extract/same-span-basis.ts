// "Exports fell 5.2% from September, while shipments to the US eased 3.3% over the same period": a
// change told "over the same period" (no year after it) is set against the base the text used just
// before, whichever that was. The base is read back from earlier words, so it is never certain.

import { lastBasisIn } from "./change-bases.js";

/** "over the same period", "in the same time", not "over the same period last year" (a base a year before). */
const SAME_SPAN_AFTER =
  /^[^.;:]{0,40}?\b(?:over|in|during|across)\sthe\ssame\s(?:period|time|stretch|span|months|timeframe)\b(?!\s(?:a\syear|last\syear|of\b|in\b|the\s(?:previous|prior)))/i;

/**
 * The basis a change told "over the same period" takes from the text before it (`before`, the
 * words up to the change), or undefined when the change is not told so; null when no base was named.
 * @example sameSpanBasis(" over the same period.", "Sales fell 5% from September; US sales eased") // "mom"
 */
export function sameSpanBasis(after: string, before: string): "mom" | "yoy" | null | undefined {
  if (!/\bsame\s/i.test(after.slice(0, 60)) || !SAME_SPAN_AFTER.test(after)) return undefined;
  return lastBasisIn(before.slice(-400));
}
