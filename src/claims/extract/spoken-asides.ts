// What a transcript sets inside a speaker's words that is not part of what was said: a note of a
// noise in square brackets or parentheses ("[crosstalk]", "(laughs)", "[pause]") and a filler ("uh",
// "um", "er"). Between two parts of one spoken figure ("five hundred [crosstalk] eighty-two tonnes",
// "six thousand, uh, one hundred and fifty tonnes") it is read as a space, so that the figure reads
// whole and not as its last part ("eighty-two tonnes"). A note that words went unheard
// ("[inaudible]") is not read through: the figure it cuts was not heard whole, so its parts on
// either side are read as the note alone ("took five hundred [inaudible] eighty-two tonnes": no figure).

import { allMatches } from "./all-matches.js";
import { NUMBER_WORD } from "./numbers.js";
import type { Gloss } from "./russian-words.js";

/**
 * A noise note or a filler, with the commas and spaces around it; ASIDE finds one after a number
 * word (a figure said in words) and before the figure's next part. Between digits it is left: "4 (crosstalk) 210" may be two figures.
 */
const ASIDE_WORD =
  /\[(?:crosstalk|cross-talk|laughs?|laughter|pause|coughs?|clears throat|sighs?|noise|overlapping)\]|\((?:crosstalk|laughs?|laughter|pause|coughs?)\)|\b(?:uh|um|umm|er|erm)\b/i;
const ASIDE = new RegExp(
  `(?<=\\b(?:${NUMBER_WORD})(?:[ \\t]+and)?)[ \\t]*,?[ \\t]+(?:${ASIDE_WORD.source})(?:[ \\t]*,?[ \\t]+(?:${ASIDE_WORD.source}))*[ \\t]*,?[ \\t]+(?=\\d|(?:${NUMBER_WORD})\\b)`,
  "gi",
);

/** A note that words went unheard. */
const UNHEARD_WORD =
  /\[(?:inaudible|unintelligible|indistinct|unclear|\?+)\]|\((?:inaudible|unintelligible|indistinct)\)/i;
/** Digits or number words, one part of a spoken figure or several. */
const PARTS = `(?:\\d[\\d,.]*|(?:${NUMBER_WORD})\\b)(?:[ \\t-]+(?:and[ \\t]+)?(?:\\d[\\d,.]*|(?:${NUMBER_WORD})\\b))*`;
/** An unheard-words note, with a figure's parts before it or after it (or neither). */
const CUT = new RegExp(
  `(\\b${PARTS}[ \\t]*,?[ \\t]+)?(?:${UNHEARD_WORD.source})([ \\t]*,?[ \\t]+${PARTS})?`,
  "gi",
);

/**
 * The glosses of the noise notes and fillers said between two parts of a figure, each read as a space.
 * @example spokenAsides("five hundred [crosstalk] eighty-two tonnes").map((g) => g.word) // [" "]
 */
export function spokenAsides(text: string): Gloss[] {
  const out: Gloss[] = [];
  if (UNHEARD_WORD.test(text))
    for (const m of allMatches(CUT, text))
      if (m[1] !== undefined || m[2] !== undefined)
        out.push({ index: m.index, length: m[0].length, word: "[inaudible]" });
  if (ASIDE_WORD.test(text))
    for (const m of allMatches(ASIDE, text))
      if (!out.some((g) => g.index < m.index + m[0].length && m.index < g.index + g.length))
        out.push({ index: m.index, length: m[0].length, word: " " });
  return out.sort((a, b) => a.index - b.index);
}
