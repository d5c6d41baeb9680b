// A video page's transcript copied as text: each caption line under a bare timestamp of its own
// ("0:09", "1:02:03"), all in lower case, with no punctuation, as speech recognition writes it. The
// timestamps are dropped, so that a figure said across two caption lines ("two thousand six hundred
// and / 0:09 / twenty six tonnes") reads whole, and a month's name is read capitalised ("in april").

import { MONTH_NAMES } from "../../domain/period.js";
import { allMatches } from "./all-matches.js";
import type { Gloss } from "./russian-words.js";

/** A timestamp alone on its line, with the line break after it. */
const STAMP_LINE = /(?:^|\n)[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*\n/g;

/**
 * A month's name in lower case; "may" only where it cannot be the verb: after a word that takes a
 * month ("in may", "since may"), or before one that a month takes ("may was").
 */
const MONTH = new RegExp(
  `\\b(?:${MONTH_NAMES.filter((m) => m !== "May")
    .map((m) => m.toLowerCase())
    .join(
      "|",
    )})\\b|(?<=\\b(?:in|since|from|to|until|through|by|than|of|for|last|this|next|april|june)\\s)may\\b|\\bmay(?=\\s(?:was|is|were|had|has|saw)\\b)`,
  "g",
);

/**
 * The glosses of a transcript's timestamp lines and lower-case months: none unless three or more
 * lines are bare timestamps and the caption lines hold no capital letter.
 * @example transcriptGlosses("0:00\nin april china exported\n0:03\n2626 tonnes").length // 3
 */
export function transcriptGlosses(text: string): Gloss[] {
  if (!/^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*$/m.test(text)) return [];
  const stamps = allMatches(STAMP_LINE, text);
  if (stamps.length < 3) return [];
  const out: Gloss[] = stamps.map((m) => ({
    index: m.index,
    length: m[0].length,
    word: m.index === 0 ? "" : " ",
  }));
  const words = text.replace(STAMP_LINE, "\n");
  if (/[A-Z]/.test(words)) return out;
  for (const m of allMatches(MONTH, text)) {
    const name = m[0];
    out.push({ index: m.index, length: name.length, word: name.charAt(0).toUpperCase() + name.slice(1) });
  }
  return out.sort((a, b) => a.index - b.index);
}
