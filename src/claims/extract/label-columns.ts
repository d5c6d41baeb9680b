// A table read column by column, as pdftotext and some PDF viewers give a table whose columns are
// set apart: first every row's label, one to a line ("Germany", "United States", "South Korea"), then
// every figure of the first column ("1,118", "656", "569"), then those of the next, each column's head
// (if the table gives heads) above its own figures. Read line by line, the figures stand apart from
// their labels and name nothing. The reader reads such a run as the table it was: each label with the
// figures that stand at its place in each column, on one line, set apart by tabs, the heads on a line
// above. Only where every column holds exactly as many figures as there are labels, and the heads,
// if any, stand over every column: otherwise a blank cell may have moved a figure to another row, and
// the run is left as it is, its figures unread.

import { cellKind, type CellKind } from "./stacked-cells.js";
import { asWritten, rebuiltCopy, textLines, type ColumnsCopy, type TextLine } from "./rebuilt-copy.js";

interface Line extends TextLine {
  kind: CellKind | "blank";
}

/** A run of lines of one kind: labels or figures; `parted` when a blank line stands before it. */
interface Run {
  kind: "label" | "figure";
  lines: Line[];
  parted: boolean;
}

/** A table read column by column: its stub's head, the columns' heads, the row labels, each column's figures. */
interface ColumnTable {
  stubHead: Line | null;
  heads: Line[];
  labels: Line[];
  columns: Line[][];
}

/**
 * The text with each table set column by column read as its rows; the text itself, with the identity
 * map, where it holds none.
 * @example labelColumns("Germany\nJapan\n1,118\n226\n").read // "Germany\t1,118\nJapan\t226\n"
 */
export function labelColumns(text: string): ColumnsCopy {
  const same = asWritten(text);
  // two lines of a figure alone, one after the other: the cheap test for a column of figures
  if (!/\n[ \t]*[+\-−–]?\d[\d,.]*[ \t]*%?\r?\n[ \t]*[+\-−–]?\d[\d,.]*[ \t]*%?\r?\n/.test(`${text}\n`))
    return same;
  const lines: Line[] = textLines(text).map((l) => ({
    ...l,
    kind: l.text.trim() === "" ? "blank" : cellKind(l.text),
  }));
  const tables: ColumnTable[] = [];
  for (let a = 0; a < lines.length;) {
    if ((lines[a] as Line).kind === "other" || (lines[a] as Line).kind === "blank") {
      a++;
      continue;
    }
    let b = a;
    while (b < lines.length && (lines[b] as Line).kind !== "other") b++;
    const t = columnTable(runsOf(lines.slice(a, b)));
    if (t !== null) tables.push(t);
    a = b;
  }
  if (tables.length === 0) return same;
  const copy = rebuiltCopy(text);
  let from = 0;
  // a cell's words, without the spaces around them
  const cell = (l: Line) => {
    const words = l.text.replace(/\r$/, "").trim();
    const start = l.start + l.text.indexOf(words);
    copy.take(start, start + words.length);
  };
  for (const t of tables) {
    const first = t.stubHead ?? t.labels[0] ?? (t.heads[0] as Line);
    copy.take(from, first.start);
    if (t.heads.length > 0) {
      if (t.stubHead !== null) cell(t.stubHead);
      for (const h of t.heads) {
        copy.mark("\t");
        cell(h);
      }
      copy.mark("\n");
    }
    t.labels.forEach((label, r) => {
      cell(label);
      for (const c of t.columns) {
        copy.mark("\t");
        cell(c[r] as Line);
      }
      copy.mark("\n");
    });
    const lastColumn = t.columns[t.columns.length - 1] as Line[];
    const last = lastColumn[lastColumn.length - 1] as Line;
    from = Math.min(text.length, last.start + last.text.length + 1);
  }
  copy.take(from, text.length);
  return copy.done();
}

/** The runs of labels and of figures of a stretch of lines, blank lines left out. */
function runsOf(lines: readonly Line[]): Run[] {
  const runs: Run[] = [];
  let blank = false;
  for (const l of lines) {
    if (l.kind === "blank" || l.kind === "other") {
      blank = true;
      continue;
    }
    const last = runs[runs.length - 1];
    // labels a blank line sets apart from the labels above are a run of their own
    if (last !== undefined && last.kind === l.kind && !(blank && l.kind === "label")) last.lines.push(l);
    else runs.push({ kind: l.kind, lines: [l], parted: blank });
    blank = false;
  }
  return runs;
}

/**
 * The table a stretch's runs make when read column by column: labels, then `k` figures (two or more)
 * for each column, each column with a head of its own or none with one; null for any other stretch
 * (a table set one cell to a line by rows is stacked-cells.ts's).
 */
function columnTable(all: readonly Run[]): ColumnTable | null {
  // the labels are the last run of them before the first figures: lines a blank line sets above
  // them are a caption
  const at = all.findIndex((r) => r.kind === "figure");
  const runs = at >= 1 ? all.slice(at - 1) : [];
  const [first, figures] = runs;
  if (first?.kind !== "label" || figures?.kind !== "figure") return null;
  const k = figures.lines.length;
  if (k < 2) return null;
  const columns: Line[][] = [figures.lines];
  const heads: Line[] = [];
  for (let i = 2; i < runs.length; i++) {
    const r = runs[i] as Run;
    if (r.kind === "label" && r.lines.length === 1 && runs[i + 1]?.kind === "figure") {
      heads.push(r.lines[0] as Line);
      continue;
    }
    if (r.kind !== "figure" || r.lines.length !== k) return null;
    columns.push(r.lines);
  }
  const labels = first.lines;
  if (heads.length === 0) {
    return labels.length === k ? { stubHead: null, heads: [], labels, columns } : null;
  }
  // every column has its head: the first one's stands last among the labels, the stub's first.
  // Unparted by blank lines, the same lines read by rows give every figure the same row and column
  // (stacked-cells.ts reads them so)
  if (!runs.slice(1).some((r) => r.parted)) return null;
  if (heads.length !== columns.length - 1 || labels.length < k + 1 || labels.length > k + 2) return null;
  const firstHead = labels[labels.length - 1] as Line;
  const stubHead = labels.length === k + 2 ? (labels[0] as Line) : null;
  return { stubHead, heads: [firstHead, ...heads], labels: labels.slice(-k - 1, -1), columns };
}
