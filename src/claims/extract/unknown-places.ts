// A destination the lexicon does not know: "exports to Ruritania", "shipped 569 t to Seoul", "sales
// to ASEAN", "exports to Southeast Asia". The figure is that place's, so the total a clause naming no
// known destination falls back to is a guess: it may support the figure, never contradict it. Only
// trade sent "to" a name counts: "a blow to European automakers", "data provided to Reuters" and
// "adding to Washington's worries" send nothing anywhere.

import { ENGLISH_MONTH_NAME } from "./lexicon.js";
import type { PartnerMention } from "./subjects.js";

/** A capitalised name after "to" (or "bound for"), not a month, a quarter, China itself, a product's short name or money ("US$"). */
const NAME = String.raw`(?:the\s)?(?!(?:${ENGLISH_MONTH_NAME}|China|Chinese|Beijing|PRC|NdFeB|REEs?|RE|H[12]|Q[1-4])\b)[A-Z][A-Za-z'’.-]*(?:\s(?:of\s)?[A-Z][A-Za-z'’.-]*){0,3}(?![\w$'’])`;

/**
 * Trade sent to a name: a trade noun right before "to" ("exports to", "shipments of magnets to"),
 * or a verb of sending and the words of what it sent ("shipped 1,346 t of magnets in August to"),
 * not figures or a statement sent to a newsroom.
 */
const SENT_TO = new RegExp(
  String.raw`\b(?:(?:exports?|shipments?|sales|deliveries|outflows?|flows?)(?:\s(?:of|in)\s[^,;:.\d]{1,40}?)?|(?<!\b(?:figures|data|numbers|statistics|statement|letter|report|comments?|details)\s)(?:shipped|sent|exported|sold|delivered|shipping|sending|exporting|selling)(?:\s(?:[^,;:]|,(?=\d)){1,60}?)?)\s(?:to|into|bound\sfor|destined\sfor)\s${NAME}`,
  "g",
);

/**
 * Whether a clause sends its trade to a place it names by a name the lexicon does not know, before
 * or after its figure ("exports to the Middle East were 300 t", "shipped 1,346 t to Stuttgart").
 */
export function unknownDestination(clause: string, partners: PartnerMention[]): boolean {
  for (const m of clause.matchAll(SENT_TO)) {
    const to = m.index + m[0].search(/\s(?:to|into|bound\sfor|destined\sfor)\s(?!.*\s(?:to|into)\s)/);
    const end = m.index + m[0].length;
    if (partners.some((p) => p.start < end && p.end > to)) continue;
    return true;
  }
  return false;
}
