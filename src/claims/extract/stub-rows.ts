// A statistical table as pdftotext gives it when its row labels (the stub) are set on a line above
// their figures: "Rare earths   tonne" over "4,392   62,585   32.0   12.9". Its heads come apart the
// same way: the stub's heads ("Commodity   Unit") on one line, the figure columns' heads on another
// ("December   Jan-Dec   December   Jan-Dec"), and words under some of them on a third, set in
// their columns ("y/y (%)" under the last two). Read as it stands, no row has both a label and its
// figures. The reader reads each label line and the figures under it as one row, and each figure
// column's head with the words set under it, as the printed table reads.

import { FIGURE_CELL } from "./segment.js";

export interface StubCell {
  start: number;
  text: string;
  head?: string;
}

export interface StubRow {
  cells: StubCell[];
}

/** A cell a table leaves without a figure: "..", "n/a", "-". */
const MISSING = /^(?:\.\.|n\/?a|n\.a\.?|[-–—]|x)$/i;

const figure = (c: StubCell) => FIGURE_CELL.test(c.text.trim());
const figureOrMissing = (c: StubCell) => figure(c) || MISSING.test(c.text.trim());
/** A row of figures alone: every cell a figure or a blank one's mark, one a figure at least. */
const figuresOnly = (r: StubRow) =>
  r.cells.length >= 2 && r.cells.every(figureOrMissing) && r.cells.some(figure);
/** A row of words alone. */
const wordsOnly = (r: StubRow) => r.cells.length >= 1 && !r.cells.some(figureOrMissing);

/**
 * The rows of a table whose labels stand on a line above their figures, each label line joined to
 * the figures under it and the heads to the words under them; the rows as they are when the table is
 * not set that way (every row of figures under a line of labels, two such rows at least, all as wide,
 * and a line of heads as wide as they are).
 */
export function stubRows(input: string, written: StubRow[]): StubRow[] {
  const rows = written.map((r) => ({ cells: r.cells.filter((c) => c.text.trim() !== "") }));
  const first = rows.findIndex(figuresOnly);
  if (first < 2) return written;
  const data = rows.slice(first - 1);
  if (data.length < 4 || data.length % 2 !== 0) return written;
  const width = (data[1] as StubRow).cells.length;
  const stubWidth = (data[0] as StubRow).cells.length;
  for (let i = 0; i < data.length; i += 2) {
    const label = data[i] as StubRow;
    const figures = data[i + 1] as StubRow;
    if (!wordsOnly(label) || label.cells.length !== stubWidth) return written;
    if (!figuresOnly(figures) || figures.cells.length !== width) return written;
  }
  const above = rows.slice(0, first - 1);
  const h = above.findLastIndex((r) => r.cells.length === width && wordsOnly(r));
  if (h < 0) return written;
  const heads = (above[h] as StubRow).cells.map((c) => ({ ...c }));
  // words set under some of the heads, in their columns ("y/y (%)" under "December"); the columns
  // are the figures', whose places the reading copy never moves (it may write a head's month out)
  const columns = (data[1] as StubRow).cells;
  for (const r of above.slice(h + 1)) {
    if (!wordsOnly(r)) return written;
    for (const c of r.cells) {
      const k = nearestColumn(input, columns, c);
      const head = heads[k] as StubCell;
      heads[k] = { ...head, text: `${head.text} ${c.text}` };
    }
  }
  const s = above.slice(0, h).findLastIndex((r) => r.cells.length === stubWidth && wordsOnly(r));
  const stubHeads =
    s >= 0
      ? (above[s] as StubRow).cells
      : Array.from({ length: stubWidth }, () => ({ start: (heads[0] as StubCell).start, text: "" }));
  const caption = above.slice(0, s >= 0 ? s : h);
  const joined: StubRow[] = [];
  for (let i = 0; i < data.length; i += 2)
    joined.push({ cells: [...(data[i] as StubRow).cells, ...(data[i + 1] as StubRow).cells] });
  return [...caption, { cells: [...stubHeads, ...heads] }, ...joined];
}

/** Where a cell starts on its own line. */
function column(input: string, c: StubCell): number {
  return c.start - (input.lastIndexOf("\n", c.start - 1) + 1);
}

/** The index of the column whose cell starts nearest the cell's. */
function nearestColumn(input: string, columns: StubCell[], c: StubCell): number {
  const x = column(input, c);
  let best = 0;
  columns.forEach((col, k) => {
    if (Math.abs(column(input, col) - x) < Math.abs(column(input, columns[best] as StubCell) - x)) best = k;
  });
  return best;
}
