// Splits a text into what a reader sees: headlines and headings, bullets (each its own sentence),
// text tables, question and answer turns, and paragraphs, then sentences and clauses, in one linear
// pass with offsets into the input. A line break inside a sentence is a space to a reader; a line
// that stands alone (a headline, "Japan:") ends there. Abbreviations ("U.S.", "Nov.") and decimals
// ("6.15") do not end a sentence; long runs without punctuation are cut into bounded pieces so that
// every later pattern works on short strings.

import { MONTH_NAMES } from "../../domain/period.js";
import { NUM } from "./numbers.js";
import { allMatches } from "./all-matches.js";
import { opensWithDateline } from "./datelines.js";
import { CJK_LETTERS, ENGLISH_MONTH_NAME } from "./lexicon.js";

export type BlockKind = "prose" | "heading" | "bullet" | "table" | "question" | "answer";

/** A run of lines read as one unit: `[start, end)` in the input. */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** True when a blank line (or the start of the text) comes before the block. */
  paragraphStart: boolean;
}

/** A piece of the input: `text` is `input.slice(start, start + text.length)` with line breaks as spaces. */
export interface Segment {
  start: number;
  text: string;
  /** True for the first clause of a sentence. */
  sentenceStart: boolean;
  /** True for the first clause after a blank line (a new paragraph or article). */
  paragraphStart: boolean;
  /** The kind of block the clause sits in; `blockStart` marks its first clause. */
  block: BlockKind;
  blockStart: boolean;
  /** Sentence number in the text, counting from 0. */
  sentence: number;
  /** The clause's sentence ends with a question mark. */
  question: boolean;
}

/** No clause is longer than this; longer runs are cut at a space. */
export const MAX_CLAUSE = 600;

const ABBREVIATIONS = new Set([
  "u.s",
  "u.k",
  // Spanish "EE. UU." (the United States), often broken over two lines by a page's layout
  "ee",
  "uu",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mr",
  "ms",
  "mrs",
  "dr",
  "vs",
  "no",
  "co",
  "inc",
  "ltd",
  "corp",
  "st",
  "e.g",
  "i.e",
  "approx",
  "prev",
  "incl",
  "excl",
  "esp",
  "cf",
  "est",
  "u.s.a",
  "u.a.e",
]);

/** An initial before a country's name ("S. Korea", "N. Korea"): no sentence ends there. */
const INITIAL_OF_PLACE = /^[SN]\.\s(?:Korea|KOREA)\b/;

/**
 * A short "label: value" line ("Japan: 5%", "Shipments in November: 305 t", and on a slide "vs. Oct:
 * 656 t") is a list item without a mark.
 */
const KEY_VALUE = /^[ \t]*(?:vs\.[ \t])?[^:\s.!?][^:.!?]{0,49}:[ \t]+[^:]{0,40}\d[^:]{0,20}$/;
/** A label joined to its figure by dotted leaders, as plain-text newsletters set them ("Terbium ........ 5,500 kg"). */
const LEADER = /^[ \t]*[^\d\s.:][^\d.:]{0,40}?[ \t]?\.{3,}[ \t]*[+\-−~]?\d/;
const MONTH_ABBREVIATION = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
/**
 * A list item: a bullet mark (an em dash too, as a newsletter's "By the numbers" sets its lines), a
 * number, a thread's post count ("3/7 Japan took ...", "(3/7)", "[3/7]"), or (in social posts) a line
 * led by a flag or an emoji.
 */
const BULLET =
  /^[ \t]*(?:(?:[-*•·▪◦‣–—■□◆◇●○►▸]|\d{1,2}[.)/]|[([]?\d{1,2}\/\d{1,2}[)\]]?(?![ \t]+of\b))[ \t]+\S|[\p{Extended_Pictographic}\p{Regional_Indicator}])/u;
/**
 * A wire service's flash headline: an asterisk glued to a line in capitals ("*CHINA NOV. MAGNET
 * EXPORTS 6,150 TONS"), each line a story of its own (an asterisk that opens emphasis closes it).
 */
const FLASH = /^[ \t]*\*(?=[A-Z\d])(?=(?:[^a-z*\n]*[a-z]){0,3}[^a-z*\n]*$)[^*\n]*$/;
/**
 * A line led by a clock time that ends without a full stop, as in show notes, a running log or a
 * chat export ("03:10 The May low: 1,238 t", "[21/09, 08:41] Sam: de?", "21/09/2025, 08:41 - Sam:
 * us?"): an item of its own, not the start of a sentence the next line goes on (a question ends its
 * own line only).
 */
const TIMED_ITEM =
  /^[ \t]*\[?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,?[ \t])?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?(?:[ \t][-–])?[ \t]+\S(?:.*[^.!:;,\s])?[ \t]*$/;
/** A figure, then a dash and the words that say what it is ("569 - tonnes added between July and August"). */
const GLOSSED = /^[ \t]*[+\-−]?\d[\d,.]*\s?(?:%|x|t|kt|mt)?[ \t]+[-–—][ \t]+\S/;
/** A named speaker: "Host:", "Anna Lee:", or a chat or forum handle ("@voltnerd:", "u/ndfeb_nerd:"). */
const SPEAKER =
  /^[ \t]*(?:[A-Z][\w.'-]{0,20}(?: [A-Z][\w.'-]{0,20}){0,2}|@[\w.-]{1,30}|[ur]\/[\w-]{1,30}):[ \t]+\S/;
/**
 * A chat log's line: a time in square brackets, then a handle in lower case and a colon ("[08:14]
 * sara.k: oct mags 5,473t"). Each is a speaker's turn, as a named speaker's line is.
 */
const CHAT_TURN = /^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]+[a-z][\w.-]{0,24}:[ \t]+\S/;
/**
 * A line led by a production cue in square brackets, as scripts and screen captures mark each item:
 * "[ON SCREEN] ...", "[LOWER THIRD] ...", "[VO] ...". Each such line is an item of its own.
 */
const CUE_ITEM = /^[ \t]*\[[A-Z][A-Z0-9 ./&-]{0,24}\][ \t]*\S/;
/** A chat turn that asks without a question mark, as chats drop it: "Ben: what about the US". */
const UNMARKED_ASK = /:[ \t]+(?:(?:so|and|ok|okay)[ \t,]+)?(?:what|how)[ \t]about\b[^.!:]{0,40}$/i;
const TAG_QUESTION =
  /(?:\bright|\bcorrect|\bisn't it|\baren't they|\bdidn't (?:it|they)|\bwasn't it)\s?\?\s*$/i;
const QA = /^[ \t]*(?:(Q|Question)|(A|Answer))\d{0,2}[ \t]?[:.)–-][ \t]*\S/;
/**
 * A quarter's row, not a quiz's question: "Q2: April 2,626; May 1,238; quarter 7,052", "Q3: 17,497 t".
 * The label leads months or figures and the line asks nothing.
 */
const QUARTER_ROW = new RegExp(
  String.raw`^[ \t]*Q[1-4][ \t]?:[ \t]*(?:(?:${ENGLISH_MONTH_NAME})\b|[~≈$€£]?\d)(?![^\n]*\?[ \t]*$)`,
);
/**
 * A line that opens by ruling on what was put to it ("False. Its share was 9.5%.", "Yes: 6,150 t"):
 * after a numbered quiz prompt that ends without a question mark ("Q5. True or false: ..."), the
 * reply to it, not more of the prompt.
 */
const RULING_REPLY = /^[ \t]*(?:True|False|Yes|No|Correct|Incorrect|Wrong|Fact|Fiction|Myth)[.!,:;–—]/;
/** The answer's mark after a question on the same line: what precedes it ends the question. */
const INLINE_ANSWER = /\?[ \t]+(?=(?:A|Answer)\d{0,2}[ \t]?[:.)–-][ \t]*\S)/;
/**
 * Whether a line opens an item of its own by its form: a bullet or list mark, a Q&A mark, a named
 * speaker or a chat turn, a timed line, a cue, a flash headline, a glossed figure, a "label: value"
 * or a label with leaders. Such a line never continues the line before it.
 */
export function opensItem(line: string): boolean {
  return [BULLET, QA, SPEAKER, CHAT_TURN, TIMED_ITEM, CUE_ITEM, FLASH, GLOSSED, KEY_VALUE, LEADER].some(
    (re) => re.test(line),
  );
}
/** Words that never end a line of their own: the sentence goes on in the next line. */
const CONTINUES =
  /(?:[,(\-–—/&]|\b(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|but|than|as|its|their|United|South|North|New|Hong|Saudi|Czech|per|US\$|about|around|some|nearly|over|under|while|whereas|which|that|were|was|had|have|has|rose|fell|said|says))$/;

interface Line {
  start: number;
  end: number;
  blank: boolean;
}

/** Splits `input` into blocks of lines: headings, bullets, table runs, Q&A turns, paragraphs. */
export function splitBlocks(input: string): Block[] {
  const lines = splitLines(input);
  const table = tableLines(input, lines);
  const out: Block[] = [];
  let open: Block | null = null;
  let afterBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    // a line of spaces a PDF pastes between a table's header and its body leaves the table open
    if (line.blank && table[i] && open?.kind === "table") continue;
    if (line.blank) {
      open = null;
      afterBlank = true;
      continue;
    }
    const text = input.slice(line.start, line.end);
    // "6,150 t" over "Nov 2025": a date alone under a figure alone dates it, whatever the figure's line is
    const last = out[out.length - 1];
    if (
      last !== undefined &&
      last.kind !== "table" &&
      last.end === (lines[i - 1] as Line).end &&
      datesFigure(input, lines, i)
    ) {
      last.end = line.end;
      afterBlank = false;
      continue;
    }
    const kind: LineKind = table[i]
      ? "table"
      : lineKind(text, input, lines, i, open, out.length > 0 ? (out[out.length - 1] as Block).kind : null);
    if (open !== null && (kind === "continuation" || (kind === "table" && open.kind === "table"))) {
      open.end = line.end;
    } else {
      open = {
        start: line.start,
        end: line.end,
        kind: kind === "continuation" ? "prose" : kind,
        paragraphStart: afterBlank,
      };
      out.push(open);
      // "Q: Did exports rise? A: Yes, to 305 t.": the answer on the question's line is a turn of its own
      const answer = kind === "question" ? INLINE_ANSWER.exec(text) : null;
      if (answer) {
        open.end = line.start + answer.index + answer[0].length;
        open = { start: open.end, end: line.end, kind: "answer", paragraphStart: false };
        out.push(open);
      }
    }
    // a strip of figures set between pipes is a row of cells, not prose the next line wraps on from
    if (open.kind === "heading" || (open.kind !== "table" && stripLine(text))) open = null;
    afterBlank = false;
  }
  return out;
}

/** A line of cells set between pipes, each with a figure: "Latest: 5,473 | m/m: -5.2% | y/y: +15.8%". */
function stripLine(line: string): boolean {
  if (!line.includes(" | ")) return false;
  const cells = line.split(" | ");
  return cells.every((cell) => /\d/.test(cell));
}

/** The sentences and clauses of one block (tables give one clause per line). */
export function segmentBlock(input: string, block: Block, firstSentence: number): Segment[] {
  const out: Segment[] = [];
  const text = input.slice(block.start, block.end).replace(/\r?\n|\r/g, (m) => " ".repeat(m.length));
  let sentence = firstSentence;
  let from = 0;
  const flush = (end: number) => {
    if (/\S/.test(text.slice(from, end))) pushSentence(text, from, end, block, sentence++, out);
    from = end;
  };
  if (block.kind === "table") {
    for (const line of splitLines(input.slice(block.start, block.end))) flush(line.end);
  } else if (block.kind === "prose" && calloutLines(input, block)) {
    // a line that is only a date goes with the figure above it
    for (const line of splitLines(input.slice(block.start, block.end)))
      if (!DATE_FIELD.test(input.slice(block.start + line.end + 1, block.start + line.end + 21)))
        flush(line.end);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // "an increase of 12.9%.[4] The 2025 total": a reference mark after a full stop closes the sentence
      const mark = c === 46 ? REFERENCE_MARK.exec(text.slice(i + 1, i + 12)) : null;
      if (mark) {
        i += mark[0].length;
        flush(i + 1);
        continue;
      }
      if (
        c === 0x3002 ||
        c === 0xff1f ||
        c === 0xff01 ||
        ((c === 46 || c === 33 || c === 63) && endsSentence(text, i)) ||
        (c === 124 && FIELD_BAR.test(text.slice(i - 1, i + 2)) && !datesBefore(input, block.start + i))
      )
        flush(i + 1);
    }
  }
  flush(text.length);
  return out;
}

/**
 * Outside a table, a bar between spaces ends a field as a full stop ends a sentence: in "Magnets:
 * 6,150t | MoM +12.4% | YTD 51,440t" the span one field names is not the others'.
 */
const FIELD_BAR = /^\s\|\s$/;

/**
 * A field that is nothing but a month or a year, as a callout sets one after its figure ("6,150 t |
 * Nov 2025 | +12% m/m"): it dates the field before it, so no bar parts them.
 */
const DATE_FIELD = new RegExp(
  `^[ \\t]*(?:(?:${ENGLISH_MONTH_NAME})\\.?(?:[ \\t]?(?:'\\d{2}|\\d{4}))?|[QH][1-4][ \\t]?\\d{4}|\\d{4})[ \\t]*(?:\\||\\r?\\n|$)`,
);

/** Whether line `i` is a date alone right under a figure alone ("6,150 t" / "Nov 2025"). */
function datesFigure(input: string, lines: Line[], i: number): boolean {
  const line = lines[i] as Line;
  const above = lines[i - 1] as Line;
  return (
    DATE_FIELD.test(input.slice(line.start, line.end)) &&
    BARE_FIGURE.test(input.slice(above.start, above.end).trim())
  );
}

/** Whether `line` is a month or a year alone ("Nov 2025", "Q3 2025", "2025"). */
export function dateAlone(line: string): boolean {
  return DATE_FIELD.test(line);
}

/** Whether the field after the bar at `bar` is a date alone (see DATE_FIELD). */
function datesBefore(input: string, bar: number): boolean {
  return DATE_FIELD.test(input.slice(bar + 1, bar + 20));
}

/**
 * A slide's or an infographic's callout, set one piece to a line: a label, a figure, its month, its
 * change ("Magnet exports" / "6,150 t" / "Nov 2025" / "+12.4% m/m"). Each line is a field of its own,
 * as the bars of a one-line strip make them (see FIELD_BAR), not words of one sentence: the month
 * goes with the figure above it, the label heads them all. Three to eight short lines, none ending
 * a sentence or going on to the next, one of them a figure alone with a date alone under it.
 */
function calloutLines(input: string, block: Block): boolean {
  const text = input.slice(block.start, block.end);
  if (!text.includes("\n") || text.length > 320) return false;
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  if (lines.length < 3 || lines.length > 8) return false;
  if (lines.some((l) => l.length > 40 || /[.,;!?]$/.test(l) || CONTINUES.test(l))) return false;
  return lines.some((l, k) => k > 0 && DATE_FIELD.test(l) && BARE_FIGURE.test(lines[k - 1] as string));
}

/** A figure alone on its line, perhaps behind an arrow and with its base: "6,150 t", "▲ 12% m/m". */
const BARE_FIGURE = /^[▲▼↑↓+\-−–]?\s?\d[\d,.]*\s?(?:%|t|kt|tonnes|tons)(?:\s(?:y\/y|yoy|m\/m|mom))?$/i;

/** Bracketed reference marks set right after a sentence's full stop, as encyclopaedias and papers cite: "[4]", "[12][13]", "[a]". */
const REFERENCE_MARK = /^(?:\[(?:\d{1,3}|[a-z])\]){1,3}(?=\s|$)/;

/**
 * An unmarked line with its own figures right above marked bullets ("MAGNETS (China export, October):
 * 5,473 t" over "- India: 416 t"): it leads them as a lead line ending in a colon does, so its product
 * and month head each bullet under it.
 */
export function leadsMarkedList(input: string, block: Block, next: Block | undefined): boolean {
  if (block.kind !== "bullet" && block.kind !== "heading") return false;
  if (next === undefined || next.kind !== "bullet" || next.paragraphStart) return false;
  const line = input.slice(block.start, block.end);
  return LABELLED_FIGURES.test(line) && !BULLET.test(line) && BULLET.test(input.slice(next.start, next.end));
}

/** A label, a colon and the figures it labels ("MAGNETS (China export, October): 5,473 t"); not a timed entry. */
const LABELLED_FIGURES = /^[ \t]*[^\d\s:][^:\n]{0,80}:[ \t]+[^:\n]*\d/;

/** Splits `input` into clauses, block by block, in order. */
export function segment(input: string): Segment[] {
  const out: Segment[] = [];
  for (const block of splitBlocks(input)) {
    const next = out.length === 0 ? 0 : (out[out.length - 1] as Segment).sentence + 1;
    for (const s of segmentBlock(input, block, next)) out.push(s);
  }
  return out;
}

function splitLines(input: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  for (let i = 0; i <= input.length; i++) {
    if (i < input.length && input.charCodeAt(i) !== 10) continue;
    const end = i > s && input.charCodeAt(i - 1) === 13 ? i - 1 : i;
    out.push({ start: s, end, blank: !/\S/.test(input.slice(s, end)) });
    s = i + 1;
  }
  return out;
}

/** A comma-separated line: fields without a space after the comma ("magnets,DEU,2025-09,1288"). */
const CSV_FIELDS = /^[^,\s][^,]*(?:,(?! )[^,]*){2,}$/;

/**
 * True for a comma-separated line; not for an aligned table row whose commas group thousands
 * ("Germany      1,288      1,118").
 */
function isCsvLine(line: string): boolean {
  if (!CSV_FIELDS.test(line) || /\S {2,}\S/.test(line)) return false;
  return CSV_FIELDS.test(line.replace(/(\d),(?=\d{3}(?!\d))/g, "$1"));
}

/**
 * The fields of a line written as comma-separated values, commas inside double quotes kept
 * ("Germany,\"1,346\",590"); null for a line of another shape. Its commas may group thousands too
 * ("South Korea,569,815"): only a comma-separated line above it with as many fields tells.
 */
export function csvCells(line: string): Array<{ start: number; text: string }> | null {
  if (/[|\t]/.test(line) || !CSV_FIELDS.test(line) || /\S {2,}\S/.test(line)) return null;
  return separatedCells(line, ",");
}

/**
 * The fields `line` is read in as comma-separated values: on its own, or when it has `width` fields,
 * as many as the comma-separated line above it; null when it is not read so.
 */
export function csvRow(line: string, width: number | null): Array<{ start: number; text: string }> | null {
  const cells = csvCells(line);
  return cells !== null && (isCsvLine(line) || cells.length === width) ? cells : null;
}

/**
 * Cells of a table line: split at "|", tabs, commas of a CSV line, or runs of two or more spaces.
 * `keepEmpty` keeps a blank cell between two separators ("Japan\t232\t\t228", "| Korea |  | 569 |")
 * as an empty cell, so the cells after it stay under their own columns.
 */
export function tableCells(line: string, keepEmpty = false): Array<{ start: number; text: string }> {
  // "Oct-25   5473\t1118   656": a row pasted from a tracker sets its columns apart with tabs and
  // runs of spaces alike, so either divides it
  const mixed = !line.includes("|") && line.includes("\t") && /[^\s] {2,}[^\s]/.test(line);
  const tab = line.includes("\t") && !mixed;
  const bracketed = !tab && !line.includes("|") ? bracketedCells(line) : null;
  if (bracketed !== null) return bracketed;
  const sep = line.includes("|") ? "|" : tab ? "\t" : isCsvLine(line) ? "," : null;
  if (sep !== null && (keepEmpty || sep === ","))
    return keepEmpty ? separatedCells(line, sep) : separatedCells(line, sep).filter((c) => c.text !== "");
  const out: Array<{ start: number; text: string }> = [];
  const re = line.includes("|")
    ? /[^|]+/g
    : isCsvLine(line)
      ? /[^,]+/g
      : /[^\s]+(?:[ \u00a0\u2009\u202f][^\s]+)*/g;
  const parts = tab && !line.includes("|") ? /[^\t]+/g : re;
  for (const m of allMatches(parts, line)) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t !== "") out.push({ start: m.index + lead, text: t });
  }
  return out;
}

/** Every cell between separators, blank ones too, without the edges of a row written "| a | b |". */
function separatedCells(line: string, sep: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let from = 0;
  // a CSV field in double quotes keeps its commas ("1,346"), and is read without the quotes
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    if (sep === "," && line[i] === '"') quoted = !quoted;
    if (i < line.length && (line[i] !== sep || quoted)) continue;
    const raw = line.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const bare = sep === "," && /^"[^"]*"$/.test(text);
    out.push({ start: from + lead + (bare ? 1 : 0), text: bare ? text.slice(1, -1) : text });
    from = i + 1;
  }
  if (sep === "|") {
    if (out[0]?.text === "" && /^\s*\|/.test(line)) out.shift();
    if (out[out.length - 1]?.text === "" && /\|\s*$/.test(line)) out.pop();
  }
  return out;
}

/** Marks the lines that belong to a table: two or more adjacent lines of two or more cells. */
function tableLines(input: string, lines: Line[]): boolean[] {
  const cols = lines.map((l) => {
    if (l.blank || l.end - l.start > 400) return 0;
    const t = input.slice(l.start, l.end);
    if (/^[\s|:+-]+$/.test(t) && t.includes("-")) return -1; // a markdown rule line
    if (
      (!/\||\t|\S {2,}\S/.test(t) && !isCsvLine(t) && bracketedCells(t) === null) ||
      (BULLET.test(t) && !t.includes("|"))
    )
      return 0;
    // "Terbium:  5,500 kg   (Jul 7,000 kg)", "Terbium ....  5,500 kg": a label and its figure, set out
    // with spaces, are a list item, not a row of cells
    if (!/\||\t/.test(t) && (KEY_VALUE.test(t) || LEADER.test(t))) return 0;
    const n = tableCells(t).length;
    return n >= 2 ? n : 0;
  });
  // "Destination   Oct   Nov / (spaces) / Germany   1,118   n.a.": a line of spaces or tabs, not an
  // empty one, between two rows of cells is a gap a pasted PDF table leaves, not the table's end
  for (let i = 1; i + 1 < cols.length; i++) {
    const l = lines[i] as Line;
    if (l.blank && l.end > l.start && (cols[i - 1] as number) > 0 && (cols[i + 1] as number) > 0)
      cols[i] = -2;
  }
  // "Destination\tOct 2025\tNov 2025" / "" / "Japan\t226\t305" / "": a table copied from a web page
  // leaves an empty line after each row; between two rows set with tabs, as wide, the second one of
  // figures, it is not the table's end (a second table's header, without figures, still starts one)
  for (let i = 1; i + 1 < cols.length; i++) {
    const l = lines[i] as Line;
    if (!l.blank || l.end > l.start || cols[i - 1] !== cols[i + 1] || (cols[i + 1] as number) < 2) continue;
    const above = lines[i - 1] as Line;
    const below = lines[i + 1] as Line;
    const row = input.slice(below.start, below.end);
    if (!input.slice(above.start, above.end).includes("\t") || !row.includes("\t")) continue;
    if (
      tableCells(row)
        .slice(1)
        .some((c) => FIGURE_CELL.test(c.text))
    )
      cols[i] = -2;
  }
  // "South Korea,569,815" under "destination,2025-10,2025-12": commas that might group thousands
  // divide fields where the line then has as many as the comma-separated line above it
  let width: number | null = null;
  for (let i = 0; i < cols.length; i++) {
    const l = lines[i] as Line;
    const csv: Array<{ start: number; text: string }> | null =
      (cols[i] as number) > 0 || width !== null ? csvRow(input.slice(l.start, l.end), width) : null;
    if (csv !== null && cols[i] === 0) cols[i] = csv.length;
    width = csv?.length ?? null;
  }
  headerBreaks(input, lines, cols);
  const out = cols.map(() => false);
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i] as number;
    if (c === 0) continue;
    const near = (j: number) => j >= 0 && j < cols.length && (cols[j] as number) !== 0;
    if (near(i - 1) || near(i + 1) || chartLabels(input, lines, i)) out[i] = true;
  }
  // "TICKER | RARE EARTH EXPORTS NOV +26.5% M/M": a run of lines none of whose cells is a figure of
  // its own holds sentences set between separators, not a table of figures
  for (let i = 0; i < out.length; i++) {
    if (!out[i]) continue;
    let j = i;
    let figures = false;
    for (; j < out.length && out[j]; j++) {
      const l = lines[j] as Line;
      // "Japan,226,350" under "partner,2025-10,2025-11": read at its commas, as the rows above it are
      const t = input.slice(l.start, l.end);
      if (!figures && (cols[j] as number) > 0)
        figures = (csvRow(t, cols[j] as number) ?? tableCells(t)).some(
          (c) => FIGURE_CELL.test(c.text) || KEYED_FIGURE_CELL.test(c.text),
        );
    }
    if (!figures || questionRows(input, lines.slice(i, j))) out.fill(false, i, j);
    i = j;
  }
  return out;
}

/**
 * "Fig. 3: Magnet exports to Japan, t" over "Oct 2025: 226   Nov 2025: 305": a chart's data labels, each
 * naming its month before its figure, on one line under the chart's caption, are a table's one row,
 * the caption naming what every figure is.
 */
function chartLabels(input: string, lines: readonly Line[], i: number): boolean {
  const above = lines[i - 1];
  if (above === undefined || !CHART_CAPTION.test(input.slice(above.start, above.end))) return false;
  const l = lines[i] as Line;
  const cells = tableCells(input.slice(l.start, l.end));
  return cells.length >= 2 && cells.every((c) => KEYED_FIGURE_CELL.test(c.text));
}
/** A chart's caption: "Fig. 3:", "Figure 2.", "Chart 4 –", "Exhibit 7:". */
const CHART_CAPTION = /^[ \t]*(?:fig(?:ure)?\.?|chart|exhibit|graph)[ \t]*\d{1,3}[a-z]?[.:–—-]/i;

/**
 * "Destination   Oct-25   Nov-25" / "(tonnes)" / "Germany   1,118   1,208": a line of one cell
 * between a header of cells and the first row of figures (a unit set under the header, or the
 * header's last words wrapped onto a line of their own: "Share of" / "total (%)") breaks the header,
 * not the table: it is marked a row of one cell, so the header still heads the rows below.
 */
function headerBreaks(input: string, lines: readonly Line[], cols: number[]): void {
  const textOf = (l: Line) => input.slice(l.start, l.end);
  const hasFigure = (l: Line) => tableCells(textOf(l)).some((c) => FIGURE_CELL.test(c.text));
  for (let i = 1; i + 1 < cols.length; i++) {
    if (cols[i] !== 0 || (cols[i - 1] as number) < 2 || (cols[i + 1] as number) < 2) continue;
    const l = lines[i] as Line;
    if (l.blank || !HEADER_TAIL.test(textOf(l))) continue;
    if (hasFigure(lines[i - 1] as Line) || !hasFigure(lines[i + 1] as Line)) continue;
    cols[i] = 1;
  }
}
/** A header's stray line: a few words or a unit, no figure, no sentence's end. */
const HEADER_TAIL = /^[ \t]*(?=[^\n]{1,32}$)(?![^\n]*\d{2,})[(\p{L}%$][^.!?:;\n]*$/u;

/**
 * "How many tonnes did China export in 2025?<tab>57,392 t": a run of lines that each open with a
 * question in their first cell (a flashcard deck, a quiz sheet) holds questions and their answers, read
 * as sentences, not a table of figures.
 */
function questionRows(input: string, rows: Line[]): boolean {
  const asked = rows.filter((l) => /\?\s*$/.test(tableCells(input.slice(l.start, l.end))[0]?.text ?? ""));
  return asked.length >= 2 && asked.length === rows.length;
}

/** The number of a figure cell: thousands grouped by a comma, or by a no-break or thin space ("5 577"). */
const CELL_NUMBER = `\\d{1,3}(?:[\u00a0\u2009\u202f]\\d{3}){1,4}(?:\\.\\d{1,6})?|${NUM}`;

/**
 * A cell holding a figure alone ("1,288", "+12.4%", "about 305 t", "5 577" grouped by a no-break or
 * thin space; "n/a" is not): its hedge, sign, number and unit. A footnote's mark glued to the figure
 * ("1,288¹", "420*", "656†") is not part of it. What makes a run of lines a table of figures, and
 * what a table's cell is read from.
 */
export const FIGURE_CELL = new RegExp(
  `^(about|approx\\.?|c\\.|~|≈)?\\s?([+\\-−–]?)\\s?(${CELL_NUMBER})\\s?(%|pc|t|kt|tonnes|tons|kg)?(?:[*†‡¹²³⁴⁵⁶⁷⁸⁹]|\\[\\d\\])?(?:\\s(?:y\\/y|yoy|m\\/m|mom))?$`,
  "i",
);

/**
 * A cell that names its own month before its figure, as a row of "Magnets (t): Dec 5,952 | Nov 6,150"
 * sets them (the first cell led by the row's label and a colon): the label, the month and the figure.
 */
export const KEYED_FIGURE_CELL = new RegExp(
  `^(?:([^:|\\d][^:|]{0,59}):\\s*)?((?:${ENGLISH_MONTH_NAME})\\.?(?:[ '’-]?(?:19|20)?\\d{2})?):?\\s+([+\\-−–]?(?:${CELL_NUMBER})\\s?(?:%|t|kt|tonnes|tons|kg)?)$`,
  "i",
);

/**
 * A line of a list set under a caption that says what its figures are: a place, its figure and a
 * second figure in brackets ("Germany 1,346 (+20.6%)", "All destinations 6,146 t (+10.2%)"). The
 * label is a name (capitalised words, with "of", "and", "other", "destinations" and the like), so a
 * sentence ending in figures is not taken for one. Its cells: the label, the figure, the bracket's figure.
 */
const BRACKETED_ROW = new RegExp(
  `^([ \t]*[A-Z][A-Za-z.'’-]*(?: (?:[A-Z][A-Za-z.'’-]*|of|and|the|other|others|rest|destinations|countries|markets|world))*)[ \t]+([+\\-−–]?(?:${CELL_NUMBER})(?:\\s?(?:t|tonnes|tons|kg))?)[ \t]+\\(([+\\-−–]?(?:${NUM})\\s?%)\\)[ \t]*$`,
);

/** The cells of a bracketed list's line (`BRACKETED_ROW`), the bracket's figure without its brackets; null for another line. */
function bracketedCells(line: string): Array<{ start: number; text: string }> | null {
  if (!line.endsWith(")")) return null;
  const m = BRACKETED_ROW.exec(line);
  if (!m) return null;
  const label = (m[1] as string).trim();
  const figure = m[2] as string;
  const at = line.indexOf(figure, (m[1] as string).length);
  const inner = m[3] as string;
  return [
    { start: line.indexOf(label), text: label },
    { start: at, text: figure },
    { start: line.lastIndexOf(inner), text: inner },
  ];
}

type LineKind = BlockKind | "continuation";

function lineKind(
  text: string,
  input: string,
  lines: Line[],
  i: number,
  open: Block | null,
  before: BlockKind | null,
): LineKind {
  const qa = QUARTER_ROW.test(text) ? null : QA.exec(text);
  if (qa) return qa[1] ? "question" : "answer";
  if (open?.kind === "question" && RULING_REPLY.test(text)) return "answer";
  // a named speaker ("Host:", "Analyst:") who asks opens a question; the next speaker answers it
  if (SPEAKER.test(text) || CHAT_TURN.test(text)) {
    if ((/\?\s*$/.test(text) && !TAG_QUESTION.test(text)) || UNMARKED_ASK.test(text)) return "question";
    if (before === "question") return "answer";
    if (before === "answer") return "prose";
    // a new speaker ends the last one's words even where they lacked a full stop (chat lines), and
    // after a speaker's line read as an item ("u/ingot_guy: US share is tiny"), each is an item too
    if (open !== null && open.kind === "prose" && !endsLine(input.slice(open.start, open.end)))
      return "prose";
    if (open?.kind === "bullet") return "bullet";
  }
  // a question standing on its own line ("And the United States?") is a turn; the next line answers it
  if (open?.kind === "question" && !QA.test(input.slice(open.start, open.end))) return "answer";
  if (asksAlone(text, input, open)) return "question";
  if (
    BULLET.test(text) ||
    FLASH.test(text) ||
    KEY_VALUE.test(text) ||
    LEADER.test(text) ||
    GLOSSED.test(text) ||
    TIMED_ITEM.test(text) ||
    CUE_ITEM.test(text)
  )
    return "bullet";
  const trimmed = text.trim();
  if (/^#{1,6}\s/.test(trimmed)) return "heading";
  if (headlineRun(lines, i, input) || datedEntryRun(lines, i, input)) return "bullet";
  if (open !== null && open.kind !== "table" && open.kind !== "heading") {
    const prev = lines[i - 1] as Line;
    const before = input.slice(Math.max(open.start, prev.start), open.end).trimEnd();
    const goesOn = CONTINUES.test(before) || /^[a-z\d%(]/.test(trimmed);
    // a Q&A turn runs until the next turn; a bullet takes only an indented or unfinished line
    if (open.kind === "question" || open.kind === "answer") return "continuation";
    if (open.kind === "bullet")
      return goesOn || /^[ \t]/.test(text)
        ? "continuation"
        : isHeading(trimmed, lines, i, input)
          ? "heading"
          : "prose";
    if (goesOn || !endsLine(before)) return "continuation";
  }
  if (isHeading(trimmed, lines, i, input)) return "heading";
  return open !== null && open.kind === "prose" ? "continuation" : "prose";
}

/**
 * A line of a run of three or more headline-like lines, as a headline list, a feed or a rundown
 * sets them: each starts with a capital and ends without punctuation or a word that goes on. Each
 * is an item of its own; prose wrapped at a fixed width rarely opens three lines running with a
 * capital and ends none of them.
 */
function headlineRun(lines: Line[], i: number, input: string): boolean {
  return headlineRunAt((j) => {
    const l = lines[j];
    return l === undefined || l.blank ? undefined : input.slice(l.start, l.end);
  }, i);
}

/**
 * A timeline's entry: a line led by its date and a dash or a colon ("June 2025 - A recovery begins",
 * "4 April 2025 – Beijing adds ...", "12 Nov: exports ...", "Nov. 12, 2025 — ..."), two or more
 * running. Each is a fact of its own, as a bullet is: a destination one entry named is not the next's.
 */
function datedEntryRun(lines: Line[], i: number, input: string): boolean {
  return datedEntryRunAt((j) => {
    const l = lines[j];
    return l === undefined || l.blank ? undefined : input.slice(l.start, l.end);
  }, i);
}

/** Whether line `i` (of the lines `line(j)` gives, undefined past the run) is a timeline's entry (see `datedEntryRun`). */
export function datedEntryRunAt(line: (j: number) => string | undefined, i: number): boolean {
  const dated = (j: number) => {
    const t = line(j);
    return t !== undefined && DATED_ENTRY.test(t);
  };
  return dated(i) && (dated(i - 1) || dated(i + 1));
}
const DATED_ENTRY = new RegExp(
  `^[ \\t]*(?:\\d{1,2}\\s)?(?:${ENGLISH_MONTH_NAME})\\.?(?:\\s\\d{1,2}(?:st|nd|rd|th)?,?)?(?:\\s(?:19|20)\\d{2})?[ \\t]?(?:[-–—]|:)[ \\t]+\\S|^[ \\t]*(?:19|20)\\d{2}-\\d{2}(?:-\\d{2})?[ \\t]?(?:[-–—]|:)[ \\t]+\\S`,
);

/**
 * Whether line `i` (of the lines `line(j)` gives, undefined past the run) stands in a run of three
 * or more headline-like lines (see `headlineRun`).
 */
export function headlineRunAt(line: (j: number) => string | undefined, i: number): boolean {
  const like = (j: number) => {
    const t = line(j)?.trim();
    return (
      t !== undefined && t.length >= 20 && t.length <= 120 && HEADLINE_LIKE.test(t) && !CONTINUES.test(t)
    );
  };
  if (!like(i)) return false;
  return (like(i - 1) && (like(i - 2) || like(i + 1))) || (like(i + 1) && like(i + 2));
}
/** Starts with a capital, has a space, ends with neither punctuation nor a hyphen. */
const HEADLINE_LIKE = /^[A-Z][^\n]*\s[^\n]*[^.!?;:,。\-–—\s]$/;

/**
 * A line that is one question of its own: it starts a sentence, ends in a question mark and asks
 * (not "..., right?"), after a finished line. Not inside a marked Q&A answer, where it is rhetorical.
 */
function asksAlone(text: string, input: string, open: Block | null): boolean {
  const t = text.trim();
  if (!/^[A-Z"“‘']/.test(t) || !/\?$/.test(t) || TAG_QUESTION.test(t) || /[.!?]\s/.test(t.slice(0, -1)))
    return false;
  if (open === null) return true;
  if (open.kind === "table" || open.kind === "heading") return true;
  if (open.kind === "answer" && QA.test(input.slice(open.start, open.end))) return false;
  return endsLine(input.slice(open.start, open.end));
}

/** True when a block's last line reads as finished: terminal punctuation, or a heading-like line. */
function endsLine(text: string): boolean {
  const t = text.trimEnd();
  if (/[.!?:。"”)]$/.test(t)) return true;
  return false;
}

/** Whether at least half the longer words of a line start with a capital ("China's Magnet Exports Rebound"). */
export function titleCased(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
  return words.filter((w) => /^[A-Z]/.test(w)).length * 2 >= words.length;
}

/** A line that stands alone: no end punctuation and the next line starts afresh. */
function isHeading(trimmed: string, lines: Line[], i: number, input: string): boolean {
  if (trimmed.endsWith(":")) return trimmed.length <= 120;
  if (/[.!?;,。]$/.test(trimmed) || trimmed.length > 160 || CONTINUES.test(trimmed)) return false;
  const next = lines[i + 1];
  if (next === undefined || next.blank) return true;
  const after = input.slice(next.start, next.end).trimStart();
  if (BULLET.test(after) || QA.test(after)) return true;
  if (cjkHeadline(trimmed, after)) return true;
  // a dateline opens the story under its headline, whatever the headline's case and length
  if (opensWithDateline(after)) return true;
  if (!/^[A-Z"“‘'#]/.test(after)) return false;
  return trimmed.length <= 60 || (titleCased(trimmed) && trimmed.length <= 120);
}

/** Chinese, Japanese or Korean script (Han, kana, Hangul). */
const CJK_SCRIPT = new RegExp(`[${CJK_LETTERS}]`, "u");
/** A line opening in those scripts, or in the brackets their datelines and tags use ("【", "《", "#"). */
const CJK_LINE_START = new RegExp(`^[${CJK_LETTERS}【《「『（(#]`, "u");
/** The punctuation that ends or breaks a sentence in those scripts. */
const CJK_UNFINISHED = /[。！？，、；：]$/;

/**
 * "10月稀土永磁出口近5500吨 对美出口创9个月新高" above "据海关总署20日数据，…": Chinese, Japanese and
 * Korean prose is not wrapped by line breaks, so a short line in those scripts with no end
 * punctuation, above another such line, is a headline, not the start of the sentence below it.
 */
function cjkHeadline(trimmed: string, after: string): boolean {
  return (
    trimmed.length <= 80 &&
    CJK_SCRIPT.test(trimmed) &&
    !CJK_UNFINISHED.test(trimmed) &&
    CJK_LINE_START.test(after)
  );
}

function endsSentence(input: string, i: number): boolean {
  const next = input.charCodeAt(i + 1);
  if (i + 1 < input.length && next !== 32 && next !== 10 && next !== 34 && next !== 0x201d && next !== 41)
    return false;
  if (input.charCodeAt(i) !== 46) return true;
  const prev = input.charCodeAt(i - 1);
  if (prev >= 48 && prev <= 57) {
    // "6.15" never reaches here (no space after); "in 2025." does
    return true;
  }
  return !abbreviationStop(input, i);
}

/**
 * Whether the full stop at `i` closes an abbreviation ("approx. 4,343.5 t", "vs. 5,473 t", "Jan. 5")
 * and so ends no sentence.
 */
export function abbreviationStop(input: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 6 && /[A-Za-z.]/.test(input[j] ?? "")) j--;
  const word = input.slice(j + 1, i).toLowerCase();
  if (INITIAL_OF_PLACE.test(input.slice(i - 1, i + 9)) && !/[A-Za-z]/.test(input[i - 2] ?? "")) return true;
  if (!ABBREVIATIONS.has(word)) return false;
  const after = input.slice(i + 1, i + 12);
  // "Jan. 5" goes on; "since Jan. H1 total was" starts anew; in a line in capitals ("CHINA NOV.
  // MAGNET EXPORTS") a capital after it tells nothing, so it goes on
  if (MONTH_ABBREVIATION.test(word))
    return (
      !/^\s+[A-Z]/.test(after) || (/^[A-Z]+$/.test(input.slice(j + 1, i)) && /^\s+[A-Z]{2,}\b/.test(after))
    );
  // "U.S." ends a sentence only when a capitalised function word follows; "EE. UU." when a capital does
  if (word === "uu") return !/^\s+[A-ZÁÉÍÓÚÑ¿¡]/.test(after);
  return !(word === "u.s" && /^\s(?:The|It|Its|This|That|Those|They|In|Exports|Shipments)\b/.test(after));
}

/**
 * "Despite curbs imposed in April, exports rose", "After falling in October, exports rose": an opening
 * concession or a time before the main clause's is a clause of its own, up to its comma.
 */
const CONCESSIVE_OPENING =
  /^\s*["“‘'«]?(?:despite|in spite of|notwithstanding|although|though|even though|even as|even after|after|following|having)\b(?:[^,;]|,(?!\s)){1,200}?,\s/i;
/**
 * Where a sentence breaks into clauses (a semicolon, also the full-width one of Chinese and Japanese
 * text: "稀土出口5493.9吨；1—11月累计……"); a dash before a number ("Germany — 1,288 t") joins a name to
 * its figure, and so does one before a hedged number ("the US share — just 7.3% —"), one before "by" and a fraction a move to its size ("rose in May — by almost a quarter"),
 * and one before a hedged fraction set off alone the figure to its share ("6 t went to the US —
 * nearly half —"). ", then" opens a clause when a verb and a month of its own follow ("halved in April,
 * then more than halved again in May"), not a list of figures ("from 5,324 t, then to 2,626 t") nor
 * a move that runs on from the month before it ("peaked in August, then slipped for two months").
 */
export const CLAUSE_BREAK = new RegExp(
  `[;；]|\\s(?:while|whereas|although|though)\\s|,\\s(?:but|and|with|as|even as)\\s|,\\s(?=then\\s(?!(?:to|from|in|on|at|by|a|an|the|back|again|down|up)\\b|\\d)(?:[^;.]|\\.(?=\\d)){0,80}?\\b(?:${MONTH_NAMES.join("|")})\\b)|\\s(?:-{1,2}|—)\\s(?![~≈]?\\d|(?:just|only|about|around|roughly|nearly|almost|some|barely|a mere|close to|under|over)\\s[~≈]?\\d|by\\s(?:[a-z]+\\s){0,2}(?:half|(?:a|one|two|three)[- ](?:third|quarter|fifth|tenth)s?)\\b|(?:[a-z]+\\s){1,2}(?:half|(?:a|one|two|three)[- ](?:third|quarter|fifth|tenth)s?)\\s?(?:[—,.;]|$))`,
  "g",
);

/**
 * A bracket that opens with a figure alone, just before a semicolon: "Germany (1,288 t; 22.3%)",
 * "Korea (854 t; up 84%)". The semicolon parts two facts of one item, not two clauses.
 */
const BRACKET_FIGURE = /\(\s?(?:about\s|some\s|around\s)?[~≈]?\d[\d,.]*\s?(?:t|tonnes?|tons?|mt|kt)\s?$/i;

/**
 * A semicolon inside a bracket that closes later in the piece, before short items that each give a
 * figure: "in November (October: 656 t; September: 420.5 t), Japan 305 t" lists the bracket's own
 * facts and ends no clause of the sentence.
 */
function insideBracket(piece: string, at: number): boolean {
  const open = piece.lastIndexOf("(", at);
  if (open < 0 || piece.lastIndexOf(")", at) > open) return false;
  const close = piece.indexOf(")", at);
  if (close <= at || close - open > 200 || piece.slice(at + 1, close).includes("(")) return false;
  // each item after the semicolon is short and gives a figure ("September: 420.5 t"); words of
  // their own ("we didn't have August's figure") are a clause
  return piece
    .slice(at + 1, close)
    .split(";")
    .every((item) => item.trim().length <= 40 && /\d/.test(item));
}

/** A list item that is only its mark (when not cut off as a sentence of its own) and a figure so far: "2. 1,238 t", "- 46t". */
const ITEM_FIGURE = /^\s*(?:(?:[-*•·▪◦‣–■□◆◇●○►▸]|\d{1,2}[.)/])\s+)?[~≈$€£¥]?\d[\d,.]*\s?[A-Za-z%]{0,6}\.?$/;

/**
 * A list item that is only its mark and a month so far: "June 2025", "- Nov. 2025". A date with its
 * day ("22 Dec") dates an event, not the figures after it, and stays a clause of its own.
 */
const ITEM_DATE = new RegExp(
  `^\\s*(?:(?:[-*•·▪◦‣–■□◆◇●○►▸]|\\d{1,2}[.)/])\\s+)?(?:(?:${ENGLISH_MONTH_NAME})\\.?(?:\\s(?:19|20)\\d{2})?|(?:19|20)\\d{2}-\\d{2})$`,
);

function pushSentence(
  text: string,
  start: number,
  end: number,
  block: Block,
  sentence: number,
  out: Segment[],
): void {
  const question = /[?？]\s*$/.test(text.slice(Math.max(start, end - 4), end));
  let first = true;
  const push = (s: number, t: string) => {
    out.push({
      start: block.start + s,
      text: t,
      sentenceStart: first,
      paragraphStart: block.paragraphStart && first && start === 0,
      block: block.kind,
      blockStart: first && start === 0,
      sentence,
      question,
    });
    first = false;
  };
  for (const [s, e] of chunks(start, end, text)) {
    const piece = text.slice(s, e);
    let cursor = 0;
    const opening = s === start ? CONCESSIVE_OPENING.exec(piece) : null;
    const breaks = allMatches(CLAUSE_BREAK, piece).map((m) => m.index);
    if (opening) breaks.unshift(opening[0].length - 2);
    for (const at of breaks.sort((a, b) => a - b)) {
      if (at < cursor) continue;
      if (
        (piece[at] === ";" || piece[at] === "；") &&
        (BRACKET_FIGURE.test(piece.slice(Math.max(cursor, at - 40), at)) || insideBracket(piece, at))
      )
        continue;
      // "2. 677 t - the gain in November": the dash after a list item's leading figure joins it to its words
      if (block.kind === "bullet" && s === start && cursor === 0 && ITEM_FIGURE.test(piece.slice(0, at)))
        continue;
      // "June 2025 - A recovery begins": the dash after a timeline entry's month joins it to its entry
      if (block.kind === "bullet" && s === start && cursor === 0 && ITEM_DATE.test(piece.slice(0, at)))
        continue;
      if (at > cursor) push(s + cursor, piece.slice(cursor, at));
      cursor = at + 1;
    }
    if (cursor < piece.length) push(s + cursor, piece.slice(cursor));
  }
}

/** Cuts [start, end) into pieces of at most MAX_CLAUSE characters, at spaces where possible. */
function chunks(start: number, end: number, input: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  while (end - s > MAX_CLAUSE) {
    let cut = s + MAX_CLAUSE;
    const space = input.lastIndexOf(" ", cut);
    if (space > s + MAX_CLAUSE / 2) cut = space;
    out.push([s, cut]);
    s = cut;
  }
  out.push([s, end]);
  return out;
}
