// A page set in two columns, as pdftotext's layout mode and some PDF viewers give it: each line holds
// a line of the left column, a wide gap, and a line of the right one, so that read across, two
// unrelated texts alternate halves ("China shipped 57,392 t of rare-      Jan 6,357   Mar 5,324").
// A figure read across would take a month, a product or a destination from the other column. The
// reader reads such a stretch as the page does: the left column's lines, then the right column's,
// each as a paragraph of its own (the right column first when the left one runs on past the stretch,
// below it, at full width). Only where the gap stands at one place in three lines or more and both
// columns hold words, so that a table's columns, whose left cells are labels and right cells
// figures, stay as they are.

import {
  asWritten,
  rebuiltCopy,
  textLines,
  type ColumnsCopy,
  type TextLine as Line,
} from "./rebuilt-copy.js";

/** A line's place in the stretch: its two halves (either may be empty), or null where it crosses the gap. */
interface Halves {
  left: [number, number] | null;
  right: [number, number] | null;
}

const NARROWEST_LEFT = 20;

/**
 * The text with each stretch set in two columns read column by column; the text itself, with the
 * identity map, where it has none.
 */
export function readColumns(text: string): ColumnsCopy {
  const same = asWritten(text);
  if (!/\S {3,}\S[^\n]*\n[^\n]*\S {3,}\S/.test(text)) return same;
  const lines = textLines(text);
  const stretches: Array<{ from: number; to: number; halves: Halves[]; rightFirst: boolean }> = [];
  for (let a = 0; a < lines.length;) {
    if ((lines[a] as Line).text.trim() === "") {
      a++;
      continue;
    }
    let b = a;
    while (b < lines.length && (lines[b] as Line).text.trim() !== "") b++;
    const s = stretchIn(lines, a, b);
    if (s !== null) stretches.push(s);
    a = b;
  }
  if (stretches.length === 0) return same;
  const copy = rebuiltCopy(text);
  let from = 0;
  for (const s of stretches) {
    const first = lines[s.from] as Line;
    copy.take(from, first.start);
    const column = (side: "left" | "right") => {
      for (const [k, h] of s.halves.entries()) {
        const span = h[side];
        if (span !== null)
          copy.take((lines[s.from + k] as Line).start + span[0], (lines[s.from + k] as Line).start + span[1]);
        copy.mark("\n");
      }
    };
    column(s.rightFirst ? "right" : "left");
    copy.mark("\n");
    column(s.rightFirst ? "left" : "right");
    const last = lines[s.to - 1] as Line;
    from = Math.min(text.length, last.start + last.text.length + 1);
  }
  copy.take(from, text.length);
  return copy.done();
}

/** The two-column stretch of the run of lines `[a, b)`, if it holds one. */
function stretchIn(lines: readonly Line[], a: number, b: number) {
  if (b - a < 3) return null;
  const x = gapColumn(lines.slice(a, b));
  if (x === null) return null;
  const halves = lines.slice(a, b).map((l) => split(l.text, x));
  // the longest stretch of lines that keep to the gap
  let best: [number, number] = [0, 0];
  for (let i = 0; i < halves.length;) {
    let j = i;
    while (j < halves.length && halves[j] !== null) j++;
    if (j - i > best[1] - best[0]) best = [i, j];
    i = j + 1;
  }
  const kept = halves.slice(best[0], best[1]) as Halves[];
  const lineAt = (k: number) => (lines[a + best[0] + k] as Line).text;
  const words = (k: number, side: "left" | "right", min: number) => {
    const span = kept[k]?.[side];
    return (
      span !== null &&
      span !== undefined &&
      (
        lineAt(k)
          .slice(span[0], span[1])
          .match(/\p{L}{2,}/gu) ?? []
      ).length >= min
    );
  };
  const both = kept.filter((h) => h.left !== null && h.right !== null).length;
  const proseLeft = kept.filter((_, k) => words(k, "left", 4)).length;
  const wordyRight = kept.filter((_, k) => words(k, "right", 3)).length;
  if (both < 3 || proseLeft < 2 || wordyRight < 2) return null;
  return {
    from: a + best[0],
    to: a + best[1],
    halves: kept,
    // the left column runs on below the stretch at full width: the right one is read first
    rightFirst: best[1] < halves.length,
  };
}

/** The place where a gap of three spaces or more ends in three lines or more (give or take two), if any. */
function gapColumn(run: readonly Line[]): number | null {
  const counts = new Map<number, number>();
  for (const l of run) {
    if (!l.text.includes("   ")) continue;
    for (const m of l.text.matchAll(/\S( {3,})(?=\S)/g)) {
      const p = (m.index ?? 0) + 1 + (m[1] as string).length;
      if (p >= NARROWEST_LEFT) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let most = 0;
  for (const p of counts.keys()) {
    let n = 0;
    for (let d = -2; d <= 2; d++) n += counts.get(p + d) ?? 0;
    if (n > most) {
      most = n;
      best = p;
    }
  }
  return most >= 3 ? best : null;
}

/** A line's halves at the gap `x`: left only, right only, both, or null where its words cross `x`. */
function split(line: string, x: number): Halves | null {
  const end = line.trimEnd().length;
  if (end <= x - 2) return { left: [0, end], right: null };
  for (let p = x - 2; p <= x + 2; p++) {
    if (p < 2 || p >= line.length || line[p] === " " || line[p - 1] !== " " || line[p - 2] !== " ") continue;
    const left = line.slice(0, p).trimEnd().length;
    return { left: left > 0 ? [line.search(/\S/), left] : null, right: [p, end] };
  }
  return null;
}
