// Emphasis marked as Markdown marks it, as posts, newsletters, chat and notes written in an editor
// set it: "**6,150 tonnes**", "__up 12%__", "*the second-highest on record*", "**Japan:** 305 t". The
// marks are typography, not words: read with them, a figure's unit or its verb sat behind an asterisk
// and the figure was read without them. The reading copy drops both marks of a pair; a lone asterisk
// (a bullet "* ", a footnote "5,473*", a flash headline "*CHINA ...") is left as written.

import { allMatches } from "./all-matches.js";
import type { Gloss } from "./russian-words.js";

/**
 * A pair of marks around words on one line: "**" or "__" (strong) or "*" (emphasis), each touching
 * the words it encloses and set apart from the words around it.
 */
const EMPHASIS = /(?<![\w*\\])(\*\*|__|\*)(?=[^\s*_])([^\n]*?[^\s*_\\])\1(?![\w*])/g;

/**
 * The marks of every emphasised stretch of `text`, each read as nothing.
 * @example emphasisGlosses("rose to **6,150 t**").map((g) => g.index) // [8, 17]
 */
export function emphasisGlosses(text: string): Gloss[] {
  if (!text.includes("*") && !text.includes("__")) return [];
  const out: Gloss[] = [];
  for (const m of allMatches(EMPHASIS, text)) {
    const mark = m[1] as string;
    out.push({ index: m.index, length: mark.length, word: "" });
    out.push({ index: m.index + m[0].length - mark.length, length: mark.length, word: "" });
  }
  return out;
}
