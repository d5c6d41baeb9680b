// Prose wrapped at a fixed width, as plain-text newsletters, e-mail, wire copy and text taken from a
// PDF set it: each line breaks where the next word would not fit, not where the sentence or the
// item ends. Read with its breaks, a wrapped line that ends on "up 26.5" or opens on "2023, though"
// looks like a table row, a list item or a heading. The reader reads such breaks as the spaces they
// stand for; a break the writer chose (a line that ends short of the width, before a list mark, a
// speaker or a table row, after a title, or in a list of headlines) stays.

import { QUOTE_MARKS } from "./quoted-lines.js";
import { datedEntryRunAt, headlineRunAt, opensItem, titleCased } from "./segment.js";

/**
 * Widths that text wrapped at a fixed width is set at (down to a teletext page's 40 columns, the first
 * left blank, less the word that did not fit): narrower is a column or a caption, wider is unwrapped.
 */
const NARROWEST = 34;
const WIDEST = 110;

/**
 * `text` with each line break inside wrapped prose turned into a space, one character for one (a
 * "\r\n" into two spaces): offsets stay where they were.
 * @example unwrapLines("China shipped 6,150 tonnes of magnets in November, up 12.4% from\nOctober, customs data showed on Saturday.") // the break becomes a space
 */
export function unwrapLines(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  const joins: number[] = [];
  let at = 0;
  const starts = lines.map((l) => {
    const s = at;
    at += l.length + 1;
    return s;
  });
  for (let a = 0; a < lines.length;) {
    if (blank(lines[a] as string)) {
      a++;
      continue;
    }
    let b = a;
    while (b < lines.length && !blank(lines[b] as string)) b++;
    joins.push(...wrappedBreaks(lines.slice(a, b)).map((i) => a + i));
    a = b;
  }
  if (joins.length === 0) return text;
  const out = text.split("");
  for (const i of joins) {
    const end = (starts[i] as number) + (lines[i] as string).length;
    out[end] = " ";
    if (out[end - 1] === "\r") out[end - 1] = " ";
  }
  return out.join("");
}

/** A line with no words: empty, or only a quote's marks. */
const blank = (line: string) => line.replace(QUOTE_MARKS, "").trim() === "";
const shown = (line: string) => line.replace(/\r$/, "").trimEnd();

/** A line set as a table's row: a tab, a rule, or a run of spaces between its words. */
const TABLE_LIKE = /\t|\||(?<![.!?:;])\S {2,}\S/;
/** A spreadsheet's row pasted as text: two or more commas, none followed by a space. */
const CSV_ROW = /^[^\s,][^,]*(?:,(?! )[^,]*){2,}$/;
/** A line in capitals, as flash headlines and their lists are set. */
const CAPITALS = /^[^a-z]*[A-Z][^a-z]*$/;

/** A line set as a row of its own: a table's or a spreadsheet's row, a headline in capitals. */
function rowLike(line: string): boolean {
  const t = line.trim();
  return TABLE_LIKE.test(t) || CSV_ROW.test(t) || CAPITALS.test(t);
}

/** Whether line `j` of the run ends its paragraph: the run's last, before an item, or ending a sentence. */
function endsParagraph(run: string[], j: number): boolean {
  const after = run[j + 1];
  return after === undefined || opensItem(after) || /[.!?]["”']?$/.test(shown(run[j] as string));
}

/** A line that opens a question's turn by its label: "Q5.", "Q:", "Question 3)". */
const QUESTION_TURN = /^[ \t]*(?:Q|Question)[ \t]?\d{0,2}[ \t]?[:.)–-][ \t]*\S/;

/** A line whose last word is cut by a hyphen: the reading copy joins the halves of the word itself. */
const CUT_WORD = /\p{L}-$/u;

/** The indexes of the lines of a run of non-blank lines whose break the width made. */
function wrappedBreaks(lines: string[]): number[] {
  if (lines.length < 2) return [];
  const width = Math.max(...lines.map((l) => shown(l).length));
  if (width < NARROWEST || width > WIDEST) return [];
  // a quoted line ("> ...") is read by its words: its marks go with the quote (see quoted-lines.ts)
  const run = lines.map((l) => shown(l).replace(QUOTE_MARKS, ""));
  const out: number[] = [];
  for (let i = 0; i + 1 < run.length; i++) {
    const line = run[i] as string;
    const next = run[i + 1] as string;
    const word = /^\s*(\S+)/.exec(next)?.[1] ?? "";
    // the next line's first word would have fitted on this one: the writer broke the line here; text
    // from a PDF set in a proportional face wraps by the width of its letters, not their count, so a
    // word that would just have fitted by count may not have by width
    if (shown(lines[i] as string).length + 1 + word.length <= width - proportionalSlack(width, lines.length))
      continue;
    if ((line.match(/ /g) ?? []).length < 4) continue;
    if (rowLike(line) || rowLike(next) || opensItem(next) || CUT_WORD.test(line) || /:$/.test(line)) continue;
    // inside a paragraph the next line runs to the width too, unless it ends the paragraph
    if (next.length < width * 0.6 && !endsParagraph(run, i + 1)) continue;
    if ((i === 0 && titled(line)) || headlineRunAt((j) => run[j], i)) continue;
    // a timeline's entries, each led by its date ("June 2025 - ..."), break where each entry ends
    if (datedEntryRunAt((j) => run[j], i + 1)) continue;
    // a sentence that ends the line, then a question of a line's own: a turn of a Q&A, not a wrap
    if (/[.!?]["”']?$/.test(line) && /\?["”']?$/.test(next)) continue;
    // a quiz's numbered prompt that ends its sentence ("Q5. True or false: ..."): the reply is its own turn
    if (/[.!?]["”']?$/.test(line) && QUESTION_TURN.test(line)) continue;
    out.push(i);
  }
  return out;
}

/**
 * How many characters a line set in a proportional face may fall short of the widest and still be
 * full: a tenth, in a paragraph of three lines or more (two lines may be a headline and the line under it).
 */
const proportionalSlack = (width: number, lines: number) => (lines >= 3 ? Math.round(width * 0.1) : 0);

/** A title: no stop at its end and most of its longer words capitalised ("China's Magnet Exports Rebound in November"). */
function titled(line: string): boolean {
  return !/[.!?;:,)"'”]$/.test(line) && /[A-Za-z]{4}/.test(line) && titleCased(line);
}
