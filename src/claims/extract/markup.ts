// Markup left in a text, as feeds and pasted page sources carry it: character references
// ("China&#8217;s", "6,150&nbsp;tonnes", "R&amp;D") and tags ("<p>", "<br/>", "</li>"). The reading
// copy reads a reference as the character it stands for and a tag as nothing inside a line
// ("<b>6,150</b> t") or as a line's end (a paragraph's, a feed item's), so the words between read as
// the page shows them.

import { allMatches } from "./all-matches.js";
import type { Gloss } from "./russian-words.js";

/** The named references pages use in running text. */
const NAMED: Readonly<Record<string, string>> = {
  nbsp: "\u00a0",
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  shy: "",
  thinsp: "\u2009",
  minus: "−",
  euro: "€",
  pound: "£",
  yen: "¥",
  deg: "°",
  middot: "·",
  bull: "•",
};

/** A character reference, or a tag with a name (not "<5,000 t", which is a bound). */
const MARKUP =
  /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,8}));|<(\/?)([a-zA-Z][a-zA-Z\d]{0,9})(?:\s[^<>]{0,300})?\/?>/g;
/** Tags set inside a line of text; any other tag (a block's, a feed's element) ends its line. */
const INLINE = /^(?:a|abbr|b|cite|code|em|font|i|mark|q|s|small|span|strong|sub|sup|time|u)$/i;

/**
 * The markup of `text`, each reference read as its character and each tag as nothing (a tag that
 * is not set inside a line, as a line's end); an unknown name is left as written.
 * @example markupGlosses("China&#8217;s <b>6,150</b> t").map((g) => g.word) // ["’", "", ""]
 */
export function markupGlosses(text: string): Gloss[] {
  if (!/[&<]/.test(text)) return [];
  const out: Gloss[] = [];
  for (const m of allMatches(MARKUP, text)) {
    const word = readAs(m);
    if (word !== null) out.push({ index: m.index, length: m[0].length, word });
  }
  return out;
}

function readAs(m: RegExpExecArray): string | null {
  if (m[5] !== undefined) return INLINE.test(m[5]) ? "" : "\n";
  const code = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? parseInt(m[2], 16) : null;
  if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  return NAMED[(m[3] as string).toLowerCase()] ?? null;
}
