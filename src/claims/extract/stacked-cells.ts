// A table whose cells came out one to a line, as text copied from a PDF's or a web page's table
// often does: the column heads one under another ("Jun-25", "Jul-25"), then each row's label and its
// figures, one per line ("Germany", "764", "1,116"); or, with no heads, a label and its figure in
// turn ("Germany", "1,118", "USA", "656"). Read line by line, the figures stand alone and name
// nothing. The reader reads such a run as the table it was: each row's cells on one line, set apart
// by tabs, the heads on a line of their own. Only where every row holds as many figures as there
// are heads (a blank cell written "n/a", "..", "-"): where the counts disagree the cells cannot be
// told apart, and the run is left as it is, its figures unread.

import { FIGURE_CELL, dateAlone } from "./segment.js";
import { textLines, type TextLine } from "./rebuilt-copy.js";

/** A cell a table leaves without a figure: "n/a", "n.a.", "..", "-", "–", "x". */
const MISSING_CELL = /^(?:n\/?a|n\.a\.?|\.\.|[-–—]|x)$/i;

/**
 * A line that could be a label alone: short, some letters, no sentence's or field's end and no
 * second cell ("Germany", "Jun-25", "South Korea", "Total").
 */
const LABEL_CELL = /^(?=.{1,32}$)(?=.*\p{L})(?!.*(?:[.!?;:,]$|\t| {2}|[:;] ))(?:\S+ ?){1,5}$/u;

export type CellKind = "figure" | "label" | "other";

/** What a line of a table set one cell to a line holds: a figure (or a blank cell's mark), a label, or neither. */
export function cellKind(line: string): CellKind {
  // a cell alone is short: a longer line is prose or a row of its own
  if (line.length > 48) return "other";
  const t = line.trim();
  // a year alone heads a column ("2024", "2025") more often than it is a row's tonnage
  if (/^(?:19|20)\d{2}$/.test(t)) return "label";
  if (FIGURE_CELL.test(t) || MISSING_CELL.test(t)) return "figure";
  return LABEL_CELL.test(t) ? "label" : "other";
}

interface Line extends TextLine {
  kind: CellKind;
}

/**
 * `text` with each table set one cell to a line read as rows: the breaks inside a row (and between
 * the column heads) become tabs, one character for one, so that offsets stay where they were.
 * @example restackCells("Jun-25\nJul-25\nGermany\n764\n1,116\nFrance\n98\n120") // "Jun-25\tJul-25\nGermany\t764\t1,116\nFrance\t98\t120"
 */
export function restackCells(text: string): string {
  if (!text.includes("\n") || !/\n[ \t]*[+\-−–]?\d[\d,.]*[ \t]*(?:%|t)?\r?\n/.test(text)) return text;
  const lines: Line[] = textLines(text).map((l) => ({ ...l, kind: cellKind(l.text) }));
  const breaks: number[] = [];
  for (let a = 0; a < lines.length;) {
    if ((lines[a] as Line).kind === "other") {
      a++;
      continue;
    }
    let b = a;
    while (b < lines.length && (lines[b] as Line).kind !== "other") b++;
    breaks.push(...rowBreaks(lines.slice(a, b)));
    a = b;
  }
  if (breaks.length === 0) return text;
  const out = text.split("");
  for (const i of breaks) {
    out[i] = "\t";
    if (out[i - 1] === "\r") out[i - 1] = " ";
  }
  return out.join("");
}

/**
 * The offsets of the breaks inside the rows of a run of label and figure lines, or none when the run
 * is not one table: a row is a label and then `k` figures, each row as many; above the first row, `k`
 * labels (`k` of two or more) are the column heads and any before them the caption.
 */
function rowBreaks(run: Line[]): number[] {
  const groups: Array<{ labels: Line[]; figures: Line[] }> = [];
  for (const l of run) {
    const last = groups[groups.length - 1];
    if (l.kind === "label" && (last === undefined || last.figures.length > 0))
      groups.push({ labels: [l], figures: [] });
    else if (l.kind === "label") last?.labels.push(l);
    else if (last !== undefined) last.figures.push(l);
  }
  const first = groups[0];
  if (first === undefined || groups.length < 2) return [];
  const k = first.figures.length;
  if (k === 0 || groups.slice(1).some((g) => g.labels.length !== 1 || g.figures.length !== k)) return [];
  // rows are labelled alike, all by dates or none: "Magnet exports" / "6,150 t" / "Nov 2025" /
  // "+12.4% m/m" is a callout, its month the figure's above it (see calloutLines), not a table
  const dated = groups.filter((g) => dateAlone((g.labels[g.labels.length - 1] as Line).text)).length;
  if (dated > 0 && dated < groups.length) return [];
  // heads over the columns when the first row has more labels than its own; a caption above them
  const heads = k >= 2 && first.labels.length >= k + 1 ? first.labels.slice(-k - 1, -1) : [];
  if (heads.length === 0 && k >= 2) return [];
  const out: number[] = [];
  const join = (cells: Line[]) => {
    for (const c of cells.slice(0, -1)) out.push(c.start + c.text.length);
  };
  join(heads);
  for (const g of groups) join([g.labels[g.labels.length - 1] as Line, ...g.figures]);
  return out;
}
