// A list item that names its destination right before its figure: "Japan (172 t)", "India: 131 t",
// "(Germany 764 t; the US 353 t)", "Korea \u2014 402 t". Such a figure belongs to that item; the
// other destinations of the list are not readings of it, so a list whose figures were swapped
// ("Japan 131 t, India 172 t" where the data says the reverse) is not supported by its neighbours.
// Only a regular list counts: each item one name and one figure. "Japan and Korea (310 t and 402 t)"
// or "India: 764 t, 353 t and 172 t respectively" give the figures in another order than the names.

import { findPartners } from "./subjects.js";

/**
 * Between a destination's name and its figure: a bracket (with the item's tonnage before a share or
 * change: "Japan (305 t; 5.0%)"), colon, dash or space, and a hedge.
 */
const JOIN =
  /(?:\s?\(\s?(?:[~≈]?\d[\d,.]*\s?(?:t|tonnes?|tons?|mt|kt)[;,]\s(?:or\s)?)?|:\s|\s[\u2013\u2014-]\s|\s)(?:(?:about|around|some|nearly|roughly|almost|approximately|over|under)\s)?$/i;
/** Where a list item starts: the text's or a line's start, a bracket, a separator or "and". */
const ITEM_START = /(?:^|[(,;:|\u2022\n]|\s(?:and|to|including|namely))\s*(?:the\s)?$/i;
/** The rest of the item after the figure, up to the next separator, and what follows it. */
const NEXT_ITEM = /^[^,;|\n)]*[,;|)]?\s*(?:and\s)?(\S?)/;

/**
 * The destination whose name ends right before the figure starting at `at` in a regular list,
 * joined to it only by the item's own punctuation; null when anything else stands between them.
 */
export function itemPartner(text: string, at: number, sentence: string): string | null {
  if (/\brespectively\b/i.test(sentence)) return null;
  const head = text.slice(Math.max(0, at - 48), at);
  const join = JOIN.exec(head);
  if (!join) return null;
  const name = head.slice(0, join.index);
  const last = findPartners(name).at(-1);
  if (last === undefined || last.end !== name.length) return null;
  if (!ITEM_START.test(name.slice(0, last.start))) return null;
  // the next item opens with a name, not with another figure (figures in another order than names)
  // (a figure in its own bracket, "Japan (305 t; 5.0%)", ends its item at the bracket's end)
  const rest = text.slice(at, at + 80).replace(/^[^\d]*[\d.,]+/, "");
  const next = join[0].includes("(")
    ? /^[^()]*\)\s*[,;|]?\s*(?:and\s)?(\S?)/.exec(rest)
    : NEXT_ITEM.exec(rest);
  if (next !== null && /\d/.test(next[1] ?? "")) return null;
  return last.value;
}
