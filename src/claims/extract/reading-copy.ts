// The text the reader reads, made from the text as written, with a map back to it. Some ways of
// writing say the same thing as a form the reader knows: figures in a translation that keeps its
// source's digit convention ("5.493,9 toneladas", see continental-digits.ts) and tonnes written as
// "metric tons" or "metric tonnes", as US wires write them ("5,774 metric tons"). Each is rewritten
// once here, so that every stage reads one form; a claim's offsets and quoted words are then mapped
// back to what the text itself says.

import { allMatches } from "./all-matches.js";
import { englishDigits } from "./continental-digits.js";

/** A text as the reader reads it, and where each of its offsets falls in the text as written. */
export interface ReadingCopy {
  read: string;
  /** The offset in the written text of offset `i` of `read` (an end maps to an end). */
  toWritten(i: number): number;
}

/** One rewritten stretch: `[at, at + length)` of the read text stands for `[written, written + writtenLength)`. */
interface Edit {
  at: number;
  length: number;
  written: number;
  writtenLength: number;
}

/** "metric tons", "Metric tonne": the tonne under the name US wires give it. */
const METRIC_TONNE = /\bmetric[\s-]+(ton(?:ne)?(s?))\b/gi;

/**
 * The reading copy of `written`.
 * @example readingCopy("5,774 metric tons").read // "5,774 tonnes"
 */
export function readingCopy(written: string): ReadingCopy {
  // same length: the figures' offsets stay where they were
  const digits = englishDigits(written);
  const edits: Edit[] = [];
  let read = "";
  let from = 0;
  for (const m of allMatches(METRIC_TONNE, digits)) {
    const word = (/^[A-Z]/.test(m[0]) ? "Tonne" : "tonne") + (m[2] ?? "");
    read += digits.slice(from, m.index);
    edits.push({ at: read.length, length: word.length, written: m.index, writtenLength: m[0].length });
    read += word;
    from = m.index + m[0].length;
  }
  if (edits.length === 0) return { read: digits, toWritten: (i) => i };
  read += digits.slice(from);
  return { read, toWritten: (i) => toWritten(edits, i) };
}

function toWritten(edits: readonly Edit[], i: number): number {
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
  // the start of a rewritten word is the start of what it stands for; anywhere else in it, its end
  if (i === last.at) return last.written;
  if (i < last.at + last.length) return last.written + last.writtenLength;
  return i - (last.at + last.length) + last.written + last.writtenLength;
}
