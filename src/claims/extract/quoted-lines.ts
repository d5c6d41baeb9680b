// Lines quoted as e-mail, forums and Markdown quote them: each set behind "> " (">> " for a quote
// inside a quote), as a reply quotes the story it answers or a newsletter quotes a release. The mark
// is no word: read with it, every line opened on ">" and sentences broke at each line. The reading
// copy drops the marks, so the quoted lines read as the text they quote.

import { allMatches } from "./all-matches.js";
import type { Gloss } from "./russian-words.js";

/** A line's quote marks: ">" repeated, each followed by a space or nothing, at the line's start. */
export const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/;
/** Every line's quote marks, before the line's words or its end. */
const QUOTE_MARKS_OF_LINES = new RegExp(`${QUOTE_MARKS.source}(?=\\S|$)`, "gm");

/**
 * The quote marks of every quoted line of `text`, each read as nothing; none where fewer than two
 * lines are quoted (a lone "> 5,000 t" may mean "more than").
 * @example quoteGlosses("> Exports rose 12%\n> to 6,150 t").length // 2
 */
export function quoteGlosses(text: string): Gloss[] {
  if (!text.includes(">")) return [];
  const marks = allMatches(QUOTE_MARKS_OF_LINES, text).filter((m) => m[0].includes(">"));
  if (marks.length < 2) return [];
  return marks.map((m) => ({ index: m.index, length: m[0].length, word: "" }));
}
