// "Japan's imports of Chinese magnets fell in October, Tokyo's data show. In November they rose 35%
// to 305 t.": a sentence whose subject only points back ("they", "it", "the figure", "the total") to
// a sentence that gave another country's, a company's or an unnamed buyer's own figures goes on
// giving them. They are not China's customs figures, whatever their numbers equal.

import type { Mode } from "../types.js";

/** Whose figures a sentence gives when they are none of China's customs figures. */
const VOICES: ReadonlySet<Mode> = new Set<Mode>([
  "other-reporter",
  "company",
  "unnamed-importer",
  "other-exporter",
  "local",
]);

/** A sentence whose subject points back, after an optional opening phrase ("In November, they ..."). */
const POINTING_BACK =
  /^\W*(?:(?:in|by|for|during|over|across|then)\s[^,.;:]{1,30}?,?\s)?(?:they|it|the (?:figure|total|number|volume|tally|count|amount)|that (?:figure|number|total))\s/i;

/** China named anew: what follows may be China's own figures again. */
const CHINA_NAMED = /\b(?:China|Chinese|Beijing)\b/;

/**
 * Gives the sentence's figures read as China's the voice of the sentence before when its subject
 * only points back to it; returns the voice this sentence hands on (null when it has no figures or
 * gives China's).
 * @example carryVoice(drafts, "In November they rose 35% to 305 t.", "other-reporter") // "other-reporter"
 */
export function carryVoice<T extends { mode: Mode }>(
  out: T[],
  text: string,
  before: Mode | null,
): Mode | null {
  if (before !== null && POINTING_BACK.test(text) && !CHINA_NAMED.test(text))
    out.forEach((x, i) => {
      if (x.mode === "reported") out[i] = { ...x, mode: before };
    });
  const first = out[0];
  return first !== undefined && out.every((x) => VOICES.has(x.mode)) ? first.mode : null;
}
