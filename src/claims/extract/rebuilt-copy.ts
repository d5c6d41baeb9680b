// A copy of a text the reader reads in another order than it is written (a page's two columns one
// after the other, a table given column by column put back into rows): the copy is built of pieces of
// the written text and of marks the reader sets between them (tabs, line ends), and any offset of the
// copy maps back to the written text, so claims are quoted where they were written.

import { lastAtOrBefore } from "./sorted-search.js";

/** A stretch of a text read in another order: `[at, at + length)` of the read text is `[written, ...)`. */
export interface Piece {
  at: number;
  length: number;
  written: number;
}

/** A text as read, and where each of its offsets falls in the text as written. */
export interface ColumnsCopy {
  read: string;
  toWritten(i: number, side?: "start" | "end"): number;
}

/** One line of a text, without its line end, and where it starts. */
export interface TextLine {
  start: number;
  text: string;
}

/**
 * The lines of `text`, each with its start offset.
 * @example textLines("a\nbc") // [{ start: 0, text: "a" }, { start: 2, text: "bc" }]
 */
export function textLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let at = 0;
  for (const l of text.split("\n")) {
    out.push({ start: at, text: l });
    at += l.length + 1;
  }
  return out;
}

/** The text as written, read as it is. */
export const asWritten = (text: string): ColumnsCopy => ({ read: text, toWritten: (i) => i });

/**
 * Builds a copy of `text` from pieces of it (`take`) and marks set between them (`mark`), in the
 * order they are given; `done` gives the copy with its map back to the written text.
 */
export function rebuiltCopy(text: string) {
  const pieces: Piece[] = [];
  let read = "";
  return {
    /** `[start, end)` of the written text, next in the copy. */
    take(start: number, end: number): void {
      if (end <= start) return;
      pieces.push({ at: read.length, length: end - start, written: start });
      read += text.slice(start, end);
    },
    /** A mark the reader sets ("\t", "\n"), which the written text does not hold. */
    mark(s: string): void {
      read += s;
    },
    done(): ColumnsCopy {
      return { read, toWritten: (i, side) => toWritten(pieces, i, side) };
    },
  };
}

/** Where offset `i` of the read text falls in the written text, given the pieces it was read in. */
export function toWritten(pieces: readonly Piece[], i: number, side?: "start" | "end"): number {
  const lo = lastAtOrBefore(pieces, (p) => p.at, i);
  const p = pieces[lo];
  if (p === undefined) return i;
  if (i < p.at) return p.written;
  if (i < p.at + p.length) return p.written + (i - p.at);
  // a break the reader set between two pieces: a start falls at the next, an end after the piece before it
  const next = pieces[lo + 1];
  return side !== "start" || next === undefined ? p.written + p.length : next.written;
}
