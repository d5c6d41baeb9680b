// The text the reader reads, made from the text as written, with a map back to it. Some ways of
// writing say the same thing as a form the reader knows: figures in a translation that keeps its
// source's digit convention ("5.493,9 toneladas", see continental-digits.ts), tonnes written as
// "metric tons" or "metric tonnes", as US wires write them ("5,774 metric tons"), and a month cut
// to three letters without a stop, as live blogs, tweets and tables write it ("Jul", "Nov 2025"),
// and percent shortened as wires and papers write it ("12 pct", "12pc", "2.5 pct points"), and
// figures set in full-width digits ("５５７７トン", see full-width.ts), and Russian, Bulgarian,
// Arabic and Turkish trade words read as their English ones (russian-words.ts, bulgarian-words.ts,
// arabic-words.ts, turkish-words.ts). Two kinds of furniture are dropped: a subtitle cue's
// number and timing line ("2\n00:00:04,200 --> 00:00:08,000"), so that a sentence runs on across
// cues, and a word hyphenated at a line's end in text taken from a PDF ("an in-\ncrease"), so that
// it reads whole. Typeset apostrophes, spaces and hyphens are read as typed ones (typedForms), and
// prose wrapped at a fixed width as the lines it was wrapped from (hard-wraps.ts); Markdown's
// emphasis marks, the quote marks of quoted lines (emphasis-marks.ts, quoted-lines.ts), the
// second space between sentences and characters a page never shows (soft hyphens) are dropped;
// markup a feed carries ("&#8217;", "<p>") is read as the page shows it (markup.ts); figures as OCR
// misreads them ("l,106 t", "5O9 t", "57, 392 t") as the page printed them (ocr-slips.ts); a
// transcript's noise notes and fillers inside a spoken figure ("five hundred [crosstalk] eighty-two
// tonnes") as not said (spoken-asides.ts); a chat app's line of a sender's name and the time over
// each message ("Ana Ruiz  9:14 AM") as the sender's name and a colon, and a post's age beside its
// author ("u/ndfeb_nerd · 2h") as nothing (chat-headers.ts).
// A table whose cells came out one to a line is read as its rows (stacked-cells.ts), and a
// document's running heads and feet ("Q3 2025 Results | Investor Presentation   7") are blanked
// (running-heads.ts): they name the document, not the figures on its pages; so is a page's market
// strip or price board ("Gold 4,311.20 +0.4%   Brent 61.47 -0.8%", market-strips.ts): prices, not trade.
// A page set in two columns is read column by column (text-columns.ts), and a table pdftotext gives
// column by column (its labels, then each column's figures) row by row (label-columns.ts), their
// offsets mapped back.
// Each is rewritten once here, so that every stage reads one form; a claim's offsets and quoted
// words are then mapped back to what the text itself says.

import { allMatches } from "./all-matches.js";
import { MONTH_NAMES } from "../../domain/period.js";
import { englishDigits } from "./continental-digits.js";
import { emphasisGlosses } from "./emphasis-marks.js";
import { literalGlosses } from "./literal-months.js";
import { markupGlosses } from "./markup.js";
import { quoteGlosses } from "./quoted-lines.js";
import { halfWidthFigures } from "./full-width.js";
import { unwrapLines } from "./hard-wraps.js";
import { restackCells } from "./stacked-cells.js";
import { readColumns } from "./text-columns.js";
import { labelColumns } from "./label-columns.js";
import { runningHeads } from "./running-heads.js";
import { blankMarketStrips } from "./market-strips.js";
import { MONTHS } from "./lexicon.js";
import { ocrDigits, spacedCommas } from "./ocr-slips.js";
import { arabicGlosses } from "./arabic-words.js";
import { bulgarianGlosses } from "./bulgarian-words.js";
import { russianGlosses, type Gloss } from "./russian-words.js";
import { turkishGlosses } from "./turkish-words.js";
import { dutchGlosses } from "./dutch-words.js";
import { polishGlosses } from "./polish-words.js";
import { malayGlosses } from "./malay-words.js";
import { scandinavianGlosses } from "./scandinavian-words.js";
import { hindiGlosses } from "./hindi-words.js";
import { thaiGlosses } from "./thai-words.js";
import { ukrainianGlosses } from "./ukrainian-words.js";
import { transcriptGlosses } from "./transcript-stamps.js";
import { spokenAsides } from "./spoken-asides.js";
import { chatHeaders, postAges } from "./chat-headers.js";
import { unspacedStops } from "./unspaced-stops.js";

/** A text as the reader reads it, and where each of its offsets falls in the text as written. */
export interface ReadingCopy {
  read: string;
  /**
   * The offset in the written text of offset `i` of `read`: inside a rewritten word, the start of
   * what it stands for when `i` starts a span, else its end.
   */
  toWritten(i: number, side?: "start" | "end"): number;
}

/** One rewritten stretch: `[at, at + length)` of the read text stands for `[written, written + writtenLength)`. */
interface Edit {
  at: number;
  length: number;
  written: number;
  writtenLength: number;
}

/** A subtitle cue's number (if written) and the start of its timing line: "2\n00:00:04,200 -->". */
const CUE_TIMING = String.raw`(?:\d{1,5}[ \t]*\n[ \t]*)?(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[ \t]+-->`;

/**
 * "metric tons", "Metric tonne": the tonne under the name US wires give it; and "Jul", "Sept.": a
 * month's short name, also as a possessive ("Jul's"), not a person's name before a surname ("Jan
 * Kowalski"). Its stop goes with it ("Nov. 2025", "Nov. exports") unless a capital, a closing quote
 * or bracket or the line's end follows, where it ends the sentence too ("rose in Jul. Exports to
 * Japan ..."), and so stays after the name written out. And "pct" or "pc" after a number, as wires
 * and papers shorten percent: "%", or percentage points when "points" follows ("2.5 pct points").
 * And a word cut by a hyphen at a line's end ("an in-\ncrease"), read whole; not after the first
 * halves that take a hyphen of their own ("rare-\nearth"), except "per-", which a PDF's hyphenation
 * makes of "per-\nmanent magnets" and "per-\ncent" far more often than a writer sets "per-capita".
 */
const REWRITTEN = new RegExp(
  String.raw`\b(?:[Mm]etric|METRIC)[\s-]+([Tt][Oo][Nn](?:[Nn][Ee])?([Ss]?))\b|(?<=\d)[ -]?(?:pct|pc|PCT|Pct)\b([ -]points?\b)?|\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.(?![\t ]*(?:\p{Lu}|\n|$)|["”’')\]])|(?=\.)|(?!\.?\p{L})(?!['’](?!s\b))(?!-\n?[ \t]*\p{Ll}))(?!\s+\p{Lu}\p{Ll})|(?<cue>(?:^|\n)(?:[ \t]*\n)*[ \t]*` +
    CUE_TIMING +
    String.raw`[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[^\n]*(?:\n|$))|(?<soft>-(?<=\p{Ll}{2}-)(?<!\b(?:rare|year|month|quarter|half|all|record|multi|non|semi|self|well|long|short|high|low|one|two|three|four|five|six|seven|eight|nine|ten|cross|mid|first|second|third|heavy|light|sub|pre|post|anti|ex|re|co|on|end)-)(?<!\bper-(?=\n[ \t]*(?:capita|unit|tonne|ton|kilo|kg|head|share)))\n[ \t]*)(?=\p{Ll})`,
  "gu",
);

/**
 * The reading copy of `written`.
 * @example readingCopy("5,774 metric tons").read // "5,774 tonnes"
 */
export function readingCopy(written: string): ReadingCopy {
  // a page set in two columns is read column by column first, and a table set column by column row
  // by row, so that every other reading sees their lines
  const columns = readColumns(written);
  const rows = labelColumns(columns.read);
  if (rows.read === written) return shownCopy(written);
  const inner = shownCopy(rows.read);
  return {
    read: inner.read,
    toWritten: (i, side) => columns.toWritten(rows.toWritten(inner.toWritten(i, side), side), side),
  };
}

/** The reading copy of a text read in its own order. */
function shownCopy(written: string): ReadingCopy {
  // markup and what a page never shows go first, so that no other reading sees a word they split
  const first = [
    ...markupGlosses(written),
    ...invisibles(written),
    ...footnoteMarks(written),
    ...unitSquares(written),
  ].sort((a, b) => a.index - b.index);
  const shown = first.length > 0 ? glossed(written, withoutOverlaps(first)) : null;
  const inner = wordsCopy(shown?.read ?? written);
  if (shown === null) return inner;
  return { read: inner.read, toWritten: (i, side) => shown.toWritten(inner.toWritten(i, side), side) };
}

/** The reading copy of a text that holds no invisible characters. */
function wordsCopy(written: string): ReadingCopy {
  // same length: the figures' offsets stay where they were
  const typed = typedForms(written);
  const digits = englishDigits(
    halfWidthFigures(
      ocrDigits(leadersAsSpaces(unwrapLines(blankMarketStrips(runningHeads(restackCells(typed)))))),
    ),
  );
  const punctuatedCues = PUNCTUATED_CUE.test(digits);
  const glosses: Gloss[] = [];
  for (const m of allMatches(REWRITTEN, digits)) {
    const cue = m.groups?.["cue"] !== undefined;
    // captions without punctuation keep their cues as they are, each its own item
    if (cue && !punctuatedCues) continue;
    glosses.push({ index: m.index, length: m[0].length, word: cue ? cueBreak(digits, m.index) : readAs(m) });
  }
  // a quote's marks are found at the starts of its lines as written, before wrapped lines are joined
  for (const more of [
    transcriptGlosses(digits),
    chatHeaders(digits),
    postAges(digits),
    spokenAsides(digits),
    // Ukrainian and Bulgarian first: where their words are read, Russian reads what the languages share
    ukrainianGlosses(digits),
    bulgarianGlosses(digits),
    arabicGlosses(digits),
    russianGlosses(digits),
    turkishGlosses(digits),
    dutchGlosses(digits),
    polishGlosses(digits),
    malayGlosses(digits),
    scandinavianGlosses(digits),
    hindiGlosses(digits),
    thaiGlosses(digits),
    literalGlosses(digits),
    emphasisGlosses(digits),
    quoteGlosses(typed),
    sentenceSpacing(digits),
    spacedCommas(digits),
    unspacedStops(digits),
    joinedIndents(typed, digits),
  ]) {
    if (more.length === 0) continue;
    glosses.push(
      ...more.filter(
        (r) => !glosses.some((g) => g.index < r.index + r.length && r.index < g.index + g.length),
      ),
    );
    glosses.sort((a, b) => a.index - b.index);
  }
  return glossed(digits, glosses);
}

/** The glosses, in order, less any that overlaps one before it. */
function withoutOverlaps(glosses: readonly Gloss[]): Gloss[] {
  const out: Gloss[] = [];
  for (const g of glosses) {
    const last = out[out.length - 1];
    if (last === undefined || g.index >= last.index + last.length) out.push(g);
  }
  return out;
}

/** `text` with each gloss (in order, none overlapping) read as its word, and the map back. */
function glossed(text: string, glosses: readonly Gloss[]): ReadingCopy {
  const edits: Edit[] = [];
  let read = "";
  let from = 0;
  for (const g of glosses) {
    read += text.slice(from, g.index);
    edits.push({ at: read.length, length: g.word.length, written: g.index, writtenLength: g.length });
    read += g.word;
    from = g.index + g.length;
  }
  if (edits.length === 0) return { read: text, toWritten: (i) => i };
  read += text.slice(from);
  return { read, toWritten: (i, side) => toWritten(edits, i, side) };
}

/**
 * Characters a page holds but never shows: a soft hyphen where the site may break a word
 * ("ex\u00ADports"), zero-width spaces and joiners, a byte-order mark inside the text. Copied with
 * the words, they split them for the reader; each is read as nothing.
 */
function invisibles(text: string): Gloss[] {
  if (!INVISIBLE.test(text)) return [];
  return allMatches(INVISIBLES, text).map((m) => ({ index: m.index, length: m[0].length, word: "" }));
}
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]+/g;

/**
 * A unit set as one square character, as Korean and Japanese pages set kilograms and tonnes ("250㎏",
 * "5㌧", "721㌔"): read as the letters it stands for.
 */
function unitSquares(text: string): Gloss[] {
  if (!UNIT_SQUARE.test(text)) return [];
  return allMatches(UNIT_SQUARES, text).map((m) => ({
    index: m.index,
    length: 1,
    word: SQUARE_LETTERS[m[0]] ?? m[0],
  }));
}
const SQUARE_LETTERS: Record<string, string> = { "\u338f": "kg", "\u3327": "トン", "\u3314": "キロ" };
const UNIT_SQUARE = /[\u338f\u3327\u3314]/;
const UNIT_SQUARES = /[\u338f\u3327\u3314]/g;

/**
 * A note's mark set as a superscript and glued to the word or figure before it, as reports, filings and
 * statistical tables set them: a note number ("6,150 t¹⁴", "rose 12%²"), an estimate's or a
 * provisional figure's letter ("62,585 tᵉ in 2025"). Text taken from the page keeps them; each is
 * read as nothing, so the figure's unit and the words after it read as printed. A mark glued to a
 * figure's own digits is read as nothing too where a page sets notes that way and nothing else would
 * be meant: a superscript number or letter ("6,150¹ t", "4,392ᵖ"), not after a bare 10 ("10³", a
 * power); a letter or number in brackets ("6,150[a] t", "12.4%[2]"); an asterisk, dagger or double
 * dagger ("6,150* t"), not an asterisk that closes emphasis opened before the figure ("*6,150*").
 */
function footnoteMarks(text: string): Gloss[] {
  const out: Gloss[] = [];
  if (SUPERSCRIPT.test(text))
    for (const m of allMatches(GLUED_MARKS, text))
      out.push({ index: m.index, length: m[0].length, word: "" });
  if (FIGURE_MARK.test(text))
    for (const m of allMatches(FIGURE_MARKS, text))
      out.push({ index: m.index, length: m[0].length, word: "" });
  return out.sort((a, b) => a.index - b.index);
}
const SUPERSCRIPT = /[\u00b9\u00b2\u00b3\u2070-\u207e\u1d43-\u1d61\u02b0-\u02b8]/;
const GLUED_MARKS = /(?<=[\p{L}%).,;:"\u201d])[\u00b9\u00b2\u00b3\u2070-\u207e\u1d43-\u1d61\u02b0-\u02b8]+/gu;
/** A figure's last digit or percent sign and a mark glued to it: the cheap test for `FIGURE_MARKS`. */
const FIGURE_MARK = /[\d%](?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u1d43-\u1d61*\u2020\u2021]|\[[a-z\d])/;
const FIGURE_MARKS =
  /(?<=%|\d(?<!(?<![\d.,])10))(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2}|[\u1d43-\u1d61]|\[(?:[a-z]|\d{1,2})\]|(?<!\*[^\s*]*)\*(?!\*)|[\u2020\u2021]{1,2})(?=[\s,.;:)\]"\u201d\u2019']|$)/gu;

/**
 * The indent of a wrapped line that the reader joins to the line before ("... in November, up\n
 * 12.4% m/m", a bullet's second line set under its words): read as nothing, so the joined words are
 * one space apart and not set apart as a table's cells. `joined` is `written` with its wrapped breaks
 * read as spaces, of the same length.
 */
function joinedIndents(written: string, joined: string): Gloss[] {
  if (!/\n[ \t]/.test(written)) return [];
  return allMatches(INDENT_AFTER_BREAK, written)
    .filter((m) => joined[m.index - 1] === " ")
    .map((m) => ({ index: m.index, length: m[0].length, word: "" }));
}
const INDENT_AFTER_BREAK = /(?<=\n)[ \t]+(?=\S)/g;

/**
 * Two spaces between sentences, as typists and some press offices set them ("... in July.  That's up
 * 75%"): the second is read as nothing. Only after a sentence's end and before a capital, so that
 * the spaces that set a table's columns apart stay.
 */
function sentenceSpacing(text: string): Gloss[] {
  if (!text.includes(".  ") && !text.includes("?  ") && !text.includes("!  ")) return [];
  return allMatches(SENTENCE_SPACING, text).map((m) => ({
    index: m.index + 1,
    length: m[0].length - 1,
    word: "",
  }));
}
const SENTENCE_SPACING = /(?<=[\p{L}\d)"”'][.!?]) {2,3}(?=["“']?\p{Lu})/gu;

/**
 * Typeset forms as typed ones, one character for one so that offsets stay where they were and
 * claims are quoted as written. Published pages set "China’s", "the year’s low", "‘record’" with
 * typeset apostrophes (’ ‘ ʼ), glue a unit or "cent" to its number with a no-break space ("6,150 t",
 * "per cent"), group thousands with a thin or no-break space ("6 150 t", "4 343,5 t", as French and
 * SI style do) and break words at no-break hyphens ("year‑on‑year"). The reader's words take the
 * apostrophe, the space and the hyphen in their typed form; a thousands space becomes the comma (or,
 * before a decimal comma, the dot) that the readers of figures know.
 */
function typedForms(text: string): string {
  if (!TYPESET.test(text)) return text;
  return text
    .replace(SPACE_GROUPED, (m) => m.replace(/[\u00a0\u202f\u2009\u2007]/g, /,\d/.test(m) ? "." : ","))
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[\u00a0\u202f\u2009\u2007]/g, " ")
    .replace(/[\u2010\u2011]/g, "-");
}

const TYPESET = /[’‘ʼ\u00a0\u202f\u2009\u2007\u2010\u2011]/;
/** Thousands grouped by a thin or no-break space ("6 150", "58 193,1"), with a decimal comma after them if any. */
const SPACE_GROUPED = /(?<![\d.,])\d{1,3}(?:[\u00a0\u202f\u2009\u2007]\d{3})+(?!\d)(?:,\d{1,3}(?!\d))?/g;

/**
 * The dots that lead a row's label to its figure, as filings, exhibits and fact sheets set a list
 * ("July 2025 .......... 619"): read as the blank that sets a column apart, so the row reads as a
 * table's. Four dots or more, or three set off by a space, then the figure; not an ellipsis in a
 * sentence ("fell... to 582 t").
 */
function leadersAsSpaces(text: string): string {
  if (!/\.{3}|…/.test(text)) return text;
  return text.replace(LEADER, (m) => " ".repeat(m.length));
}

const LEADER = /(?<=\S)(?:[ \t]+(?:\.{3,}|…+)|\.{4,})[ \t]*(?=[-−+(]?\d[\d,.]*[ \t]*(?:\S+[ \t]*)?$)/gm;

/** A subtitle cue's text that ends with punctuation, before the next cue's timing line. */
const PUNCTUATED_CUE = new RegExp(String.raw`[.!?,][ \t]*\n(?:[ \t]*\n)+[ \t]*` + CUE_TIMING);

/**
 * What a cue's number and timing line are read as, in captions that punctuate: nothing at the
 * text's start; a space where the cue before ends mid-sentence, so the sentence runs on; else a
 * paragraph's break.
 */
function cueBreak(text: string, at: number): string {
  if (at === 0) return "";
  return /[.!?]/.test(text.charAt(at - 1)) ? "\n\n" : " ";
}

/** What one match of `REWRITTEN` is read as. */
function readAs(m: RegExpExecArray): string {
  if (m.groups?.["soft"] !== undefined) return "";
  if (m[1] !== undefined) return (/^[A-Z]/.test(m[0]) ? "Tonne" : "tonne") + (m[2] ? "s" : "");
  if (m[4] !== undefined) return MONTH_NAMES[(MONTHS[m[4].toLowerCase()] as number) - 1] as string;
  return m[3] !== undefined ? " percentage points" : "%";
}

function toWritten(edits: readonly Edit[], i: number, side: "start" | "end" = "end"): number {
  let lo = 0;
  let hi = edits.length - 1;
  let last: Edit | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = edits[mid] as Edit;
    if (e.at <= i) {
      last = e;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (last === null) return i;
  // the start of a rewritten word is the start of what it stands for; anywhere else in it, its end,
  // unless a span starts there ("six-month high" inside "a six-month high"); a span that starts
  // where something was dropped (an emphasis mark) starts after it, and one that ends there, before it
  if (i === last.at)
    return last.length === 0 && side === "start" ? last.written + last.writtenLength : last.written;
  if (i < last.at + last.length) return side === "start" ? last.written : last.written + last.writtenLength;
  return i - (last.at + last.length) + last.written + last.writtenLength;
}
