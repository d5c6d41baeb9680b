// A chat copied from an app that sets each message under a line of its sender's name and the time
// ("Ana Ruiz  9:14 AM", "Ana — Today at 9:14 AM", "ana.r  09:14"), the words on the lines below.
// The reader reads such a header and its line break as the sender's name and a colon ("Ana Ruiz:
// magnet exports hit ..."), the form a transcript or a chat log gives a turn, so that each message
// is a turn of its own: a question ends where its sender's line ends, and the next sender answers
// it. Only in a text with two such headers or more, each over a line of words. And a forum's or a
// feed's age of a post beside its author ("u/ndfeb_nerd · 2h", "kettle 3h ago") is read as nothing:
// it says when the post was written, and "2h" is no second half of a year.

import { allMatches } from "./all-matches.js";
import type { Gloss } from "./russian-words.js";

/** A sender's name (one to three words, or a handle) and the time after it, alone on a line, and the line break. */
const HEADER =
  /^([ \t]*(?:[A-Z][\w.'’-]{0,20}(?: [A-Z][\w.'’-]{0,20}){0,2}|@?[a-z][\w.-]{1,24}))((?:[ \t]{2,}|[ \t]+[—–-][ \t]+|[ \t]+)(?:(?:Today|Yesterday) at |\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*\r?\n)(?=[ \t]*\S)/gm;

/**
 * The glosses of a chat's header lines: the time and the line break after each name read as ": ".
 * @example chatHeaders("Ana  9:14 AM\nexports rose\nBen  9:15 AM\nhow much?").map((g) => g.word) // [": ", ": "]
 */
export function chatHeaders(text: string): Gloss[] {
  if (!/\d:\d\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*\r?\n/.test(text)) return [];
  const found = allMatches(HEADER, text);
  if (found.length < 2) return [];
  return found.map((m) => ({
    index: m.index + (m[1] as string).length,
    length: (m[2] as string).length,
    word: ": ",
  }));
}

/** A post's age: after a middle dot and before the line's end or another dot ("· 2h"), or before "ago" ("3h ago"). */
const POST_AGE = /(?<=·[ \t]*)\d{1,2}[hmdw](?=[ \t]*(?:·|\r?\n|$))|(?<=[ \t])\d{1,2}[hmdw](?=[ \t]+ago\b)/g;

/**
 * The glosses of the ages of posts, each read as nothing.
 * @example postAges("u/ndfeb_nerd · 2h\nExports were 5,473 t.").length // 1
 */
export function postAges(text: string): Gloss[] {
  if (!/\d[hmdw](?:[ \t]*(?:·|\r?\n|$)|[ \t]+ago\b)/m.test(text)) return [];
  return allMatches(POST_AGE, text).map((m) => ({ index: m.index, length: m[0].length, word: "" }));
}
