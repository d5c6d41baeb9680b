// What a claim's sentence names and where its number stands, read from the words around the claim:
// the destinations and products the sentence names (the world total too, "overall shipments"),
// whether it speaks of Europe the continent, the sentence with the claim's own words blanked out,
// and where the claim's number starts. The reader's later passes and the checker's readings use these.

import type { ExtractedClaim } from "../types.js";
import { allMatches } from "./all-matches.js";
import { SENTENCE_REACH, sentenceAround } from "./sentence-around.js";
import { findPartners, findSeries } from "./subjects.js";

// "China's exports", "total exports" name the total, unless a destination follows ("China's exports of
// magnets to Germany", "total shipments of graphite to Japan and the US"; a capital, so not "to their")
const TOTAL =
  /\b(?:total|overall|in all|altogether|all destinations|worldwide|globally|China's (?:exports|shipments))\b/gi;
const TO_DESTINATION = /^(?:\s(?!to\b)[\w-]+){0,5}\s(?:to|bound for|destined for)\s(?:the\s)?[A-Z]/;
const TAKEN_TO = /^(?:total|overall|China's)/i;

/** Europe, the continent, named in English ("to Europe", "European buyers"), not the Union. */
const CONTINENT = /\bEurope(?:an)?\b(?!\sUnion)/;
const EU_NAMED =
  /\b(?:European Union|EU|EU27|EU-27|E\.U\.)(?![\w-])|\bthe (?:27-nation |27-member |European )?bloc\b|\bmember states\b/i;

/** Whether a sentence speaks of Europe the continent and not of the European Union by name. */
export const namesContinent = (sentence: string): boolean =>
  CONTINENT.test(sentence) && !EU_NAMED.test(sentence);

/** Whether the sentence names the world total ("overall shipments", "China's exports" going nowhere named). */
function namesTotal(sentence: string): boolean {
  return allMatches(TOTAL, sentence).some(
    (m) => !(TAKEN_TO.test(m[0]) && TO_DESTINATION.test(sentence.slice(m.index + m[0].length))),
  );
}

/**
 * The sentence around [start, end) with those characters blanked out: what the rest of the sentence
 * says. Only the text within a sentence's reach is copied, so a long text costs no more per claim.
 */
export function sentenceBlanked(text: string, start: number, end: number): string {
  // the boundary test looks a few characters past the reach on either side
  const from = Math.max(0, start - SENTENCE_REACH - 16);
  const to = Math.min(text.length, end + SENTENCE_REACH + 16);
  const window = `${text.slice(from, start)}${" ".repeat(end - start)}${text.slice(end, to)}`;
  return sentenceAround(window, start - from, end - from);
}

/** The claim's sentence up to `start`: what the sentence says before the claim. */
export function sentenceHead(text: string, start: number): string {
  const from = Math.max(0, start - SENTENCE_REACH - 16);
  return sentenceAround(text.slice(from, start), start - from, start - from);
}

/** Where the claim's number starts: after any words its quoted text opens with ("up 12%", "about 6,150 t"). */
export function numberStart(text: string, claim: ExtractedClaim): number {
  return claim.start + (/^\D*/.exec(text.slice(claim.start, claim.end))?.[0].length ?? 0);
}

export interface Mentions {
  partners: Set<string>;
  series: Set<string>;
}

/** Mentions by sentence: the claims of one sentence share them. */
const mentionCache = new Map<string, Mentions>();

export function mentionsIn(sentence: string): Mentions {
  let hit = mentionCache.get(sentence);
  if (!hit) {
    if (mentionCache.size > 1000) mentionCache.clear();
    hit = readMentions(sentence);
    mentionCache.set(sentence, hit);
  }
  return hit;
}

function readMentions(sentence: string): Mentions {
  // every destination the sentence names, weak mentions included: a rescue only needs the name
  const partners = new Set(findPartners(sentence).map((p) => p.value));
  if (namesTotal(sentence)) partners.add("WLD");
  return { partners, series: new Set(findSeries(sentence).map((m) => m.value)) };
}
