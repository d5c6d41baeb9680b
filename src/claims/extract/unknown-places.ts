// A destination the lexicon does not know: "exports to Ruritania", "shipped 569 t to Seoul", "sales
// to ASEAN", "exports to Southeast Asia". The figure is that place's, so the total a clause naming no
// known destination falls back to is a guess: it may support the figure, never contradict it.

import { ENGLISH_MONTH_NAME } from "./lexicon.js";
import type { PartnerMention } from "./subjects.js";

/**
 * "to", "into", "bound for" before a capitalised name, with the words that may follow it as part of
 * the name ("the Middle East", "the Republic of Ruritania"). Not after words that make "to" something
 * other than a destination ("according to Reuters", "compared to January", "rose to"), and not a
 * month, a quarter ("Q3"), China itself, a product's short name or money ("US$").
 */
const PLACE_AFTER_TO = new RegExp(
  String.raw`(?<!\b(?:according|due|owing|thanks|compared|relative|similar|equal|close|next|prior|contrary|subject|pursuant|attributed|up|rose|fell|climbed|jumped|dropped|surged|slipped|increased|decreased|declined|amounted|amounting|back|returned|referring|reported|told|said|submitted|sent\sa\sletter)\s)` +
    String.raw`\b(?:to|into|bound\sfor|destined\sfor)\s(?:the\s)?` +
    String.raw`(?!(?:${ENGLISH_MONTH_NAME}|China|Chinese|Beijing|PRC|NdFeB|REEs?|RE|H[12]|Q[1-4])\b)` +
    String.raw`[A-Z][A-Za-z'’.-]*(?:\s(?:of\s)?[A-Z][A-Za-z'’.-]*){0,3}(?![\w$])`,
  "g",
);

/**
 * Whether a clause sends its trade to a place it names by a name the lexicon does not know, before
 * or after its figure ("exports to the Middle East were 300 t", "shipped 1,346 t to Stuttgart").
 */
export function unknownDestination(clause: string, partners: PartnerMention[]): boolean {
  for (const m of clause.matchAll(PLACE_AFTER_TO)) {
    const end = m.index + m[0].length;
    if (partners.some((p) => p.start < end && p.end > m.index)) continue;
    return true;
  }
  return false;
}
