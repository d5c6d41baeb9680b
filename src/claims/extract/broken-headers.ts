// A table's header broken by a line of its own, as PDFs and pasted pages set one: a unit under the
// header ("Destination   Oct-25   Nov-25" / "(tonnes)" / "Germany   1,118   1,208"), or the header's
// cells wrapped onto a second line ("Share of" / "total (%)", "September" / "2025"). Read as it
// stands, the second line would be taken for the header and the real one for the caption, so that
// every figure took the caption's first month. The reader reads the two lines as one header: a unit
// alone goes with the caption (it is the table's), words set under a cell join that cell, and words
// whose column cannot be told (a line without tabs under a header set with them) are left out.

export interface HeaderCell {
  start: number;
  text: string;
}

export interface HeaderRow {
  cells: HeaderCell[];
}

/** A unit alone, as set under a header: "t", "(tonnes)", "in tonnes", "Unit: kg". */
const UNIT_LINE = /^\(?(?:(?:in|unit:?|units:?)\s)?(?:t|tonnes?|tons?|mt|kt|kg|US\$\s?m(?:n|illion)?)\)?$/i;

/**
 * The rows with a header broken by a line of words between it and the first row of figures read as
 * one header, and the words that go with the caption (a unit under the whole header); the rows as they
 * are, and no words, when the table is not set that way.
 */
export function mendHeader<R extends HeaderRow>(
  input: string,
  rows: R[],
  isFigure: (text: string) => boolean,
): { rows: R[]; caption: string } {
  const same = { rows, caption: "" };
  // a year alone heads a column ("2025" under "September"), as in a header row
  const figure = (c: HeaderCell) => isFigure(c.text) && !/^(?:19|20)\d{2}$/.test(c.text.trim());
  const k = rows.findIndex((r) => r.cells.slice(1).some(figure));
  if (k < 2) return same;
  const header = rows[k - 2] as R;
  const line = rows[k - 1] as R;
  const body = rows[k] as R;
  const filled = line.cells.filter((c) => c.text.trim() !== "");
  const heads = header.cells.filter((c) => c.text.trim() !== "").length;
  // the header heads the rows: as many cells as they have (or one fewer, its stub's left blank)
  const extra = body.cells.length - header.cells.length;
  if (filled.length === 0 || heads < 2 || extra < 0 || extra > 1) return same;
  if (filled.some(figure)) return same;
  if (filled.length >= heads) return same;
  const withHeader = (h: R, caption = "") => ({
    rows: [...rows.slice(0, k - 2), h, ...rows.slice(k)],
    caption,
  });
  if (filled.length === 1 && UNIT_LINE.test((filled[0] as HeaderCell).text.trim()))
    return withHeader(header, (filled[0] as HeaderCell).text);
  const lineOf = (c: HeaderCell) => input.lastIndexOf("\n", c.start - 1) + 1;
  const tabbed = (r: HeaderRow) => {
    const last = r.cells[r.cells.length - 1];
    return last !== undefined && input.slice(lineOf(last), last.start).includes("\t");
  };
  const cells = header.cells.map((c) => ({ ...c }));
  if (tabbed(header)) {
    // a tab-set header: the words keep their columns only on a line set with tabs too
    if (!tabbed(line) || line.cells.length > header.cells.length) return withHeader(header);
    line.cells.forEach((c, i) => {
      const head = cells[i] as HeaderCell;
      if (c.text.trim() !== "") cells[i] = { ...head, text: `${head.text} ${c.text.trim()}` };
    });
  } else {
    // a header set with spaces: each word under the cell whose start is nearest its own
    const x = (c: HeaderCell) => c.start - lineOf(c);
    for (const c of filled) {
      let best = 0;
      cells.forEach((h, i) => {
        if (Math.abs(x(h) - x(c)) < Math.abs(x(cells[best] as HeaderCell) - x(c))) best = i;
      });
      const head = cells[best] as HeaderCell;
      // words far from every cell's start cannot be told to one column
      if (Math.abs(x(head) - x(c)) > 3 && Math.abs(x(head) + head.text.length - x(c) - c.text.length) > 3)
        return withHeader(header);
      cells[best] = { ...head, text: `${head.text} ${c.text.trim()}` };
    }
  }
  return withHeader({ ...header, cells });
}
