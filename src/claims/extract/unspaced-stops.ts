// Prose typed without the space after a comma, a full stop or a closing bracket, as pages keyed
// with an input method that sets its own punctuation come out when copied ("Last month,outbound
// magnet shipments came to 6,150 tonnes,a gain on October.Over the year so far ..."). A reader takes each as
// the stop and the space it stands for, so the reader does too: otherwise a paragraph whose commas
// all lack their space reads as a comma-separated table's row, and two sentences as one.
// Only in a line that reads as prose: one that ends a sentence and runs to a dozen words, which a
// comma-separated row ("South Korea,569,815") never does. A comma inside a figure ("6,150.5") is
// followed by a digit and stays as it is; a stop is read as a sentence's end only between a word
// in lower case (or a figure) and a capitalised word ("May.In", "2024.China"), not inside an
// abbreviation ("U.S.Treasury") or an address ("metal.com").

import { allMatches } from "./all-matches.js";
import type { Gloss } from "./russian-words.js";

/** A cheap test: a comma or stop glued to a letter after it. */
const HINT = /[\p{L}\d%)][,.)]\p{L}/u;
/** A line that ends a sentence (before a closing quote or bracket, if any). */
const PROSE_LINE = /^[^\n]*[.!?]["'”)]?[ \t]*$/gm;
/** The stop that lacks its space: a comma or closing bracket before a letter, a full stop before a capitalised word. */
const UNSPACED =
  /(?<=[\p{L}\d%)]),(?=\p{L})|(?<=[\p{L}\d])\)(?=\p{Ll})|(?<=\p{Ll}{2}|\d{2})\.(?=\p{Lu}\p{Ll})/gu;

/**
 * The stops written without their space, each read as the stop and a space.
 * @example unspacedStops("Last month,outbound shipments of magnets came to 6,150 tonnes,a gain on October.").map((g) => g.index) // [10, 61]
 */
export function unspacedStops(text: string): Gloss[] {
  if (!HINT.test(text)) return [];
  const out: Gloss[] = [];
  for (const line of allMatches(PROSE_LINE, text)) {
    if (!HINT.test(line[0]) || line[0].split(/\s+/).length < 12) continue;
    for (const m of allMatches(UNSPACED, line[0])) {
      out.push({ index: line.index + m.index, length: 1, word: m[0] + " " });
    }
  }
  return out;
}
