// "Germany ranked first, South Korea ranked second, Vietnam ranked third", "..., the US second and
// India fourth": a list whose items each name a destination right before its own place. A place so
// said belongs to its item's destination; the other items' destinations are not readings of it, so a
// list whose places were swapped is not supported by a neighbour.

import { ORDINAL_WORD } from "./lexicon.js";
import { findPartners } from "./subjects.js";

/** Right after an item's destination: its place, with or without the verb ("ranked third", "third"). */
const ITEM_PLACE = new RegExp(
  `^\\s(?:(?:ranked|ranks|came|comes|placed|finished|stood|was|is|took|takes|held)\\s(?:in\\s)?)?(?:${ORDINAL_WORD})\\b`,
  "i",
);
/** The verb of a place said in full: at least one item of the list says it so. */
const PLACE_VERB = /^\s(?:ranked|ranks|came|comes|placed|finished|stood|was|is|took|takes|held)\s/i;

/**
 * The destinations other items of a ranked list in `sentence` name, when the place at `at` (its
 * offset in the sentence) is that of an item naming `partner` right before it; empty otherwise.
 */
export function partnersOfOtherRankedItems(sentence: string, at: number, partner: string): Set<string> {
  const out = new Set<string>();
  if (/\brespectively\b/i.test(sentence)) return out;
  const items = findPartners(sentence).filter((p) => !p.weak || ITEM_PLACE.test(sentence.slice(p.end)));
  const ranked = items.filter((p) => ITEM_PLACE.test(sentence.slice(p.end)));
  const mine = ranked.find((p) => p.value === partner && p.end + 1 === at);
  if (mine === undefined || ranked.length < 2) return out;
  if (!ranked.some((p) => PLACE_VERB.test(sentence.slice(p.end)))) return out;
  // every destination the sentence names must be an item of the list: one named otherwise may own a place
  if (items.some((p) => !ranked.includes(p))) return out;
  for (const p of ranked) if (p.value !== partner) out.add(p.value);
  return out;
}
