// Which claims share a sentence is read once, here: each claim is numbered with the sentence (or
// line) it sits in, as `sentenceAround` bounds it. The checker groups claims by that number (a rank
// with the tonnage said beside it, a fiscal year's own tonnage, a level that shows whose figures a
// sentence gives) without reading the text again.

import type { ExtractedClaim } from "../types.js";
import { sentenceSpan } from "./sentence-around.js";

/**
 * The claims with `sentence` set: claims in the same sentence get the same number, counted from 0 in
 * the order their sentences first hold a claim.
 * @example sentencesNumbered(claims of "Exports rose 5% to 6,150 t. Japan took 900 t.", text)
 *   .map((c) => c.sentence) // [0, 0, 1]
 */
export function sentencesNumbered(claims: ExtractedClaim[], text: string): ExtractedClaim[] {
  const numbers = new Map<string, number>();
  return claims.map((c) => {
    const s = sentenceSpan(text, c.start, c.end);
    const at = `${s.start}:${s.end}`;
    const sentence = numbers.get(at) ?? numbers.size;
    numbers.set(at, sentence);
    return { ...c, sentence };
  });
}
