// The sentence (or line) a claim sits in, and the one before it, found from the claim's offsets in
// the text: a full stop, question or exclamation mark before a space, a line break or 。 ends one;
// the stop of an initialism ("the U.S. had") before a lowercase word does not. Each is bounded in
// length, so text without sentence ends costs the same per claim as prose.

import { allMatches } from "./all-matches.js";
import { abbreviationStop } from "./segment.js";

/** The sentence (or line) around [start, end): from the previous sentence end or line break to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  const s = sentenceSpan(text, start, end);
  return text.slice(s.start, s.end);
}

/** Where the sentence (or line) around [start, end) starts and ends: `sentenceAround` is its text. */
export function sentenceSpan(text: string, start: number, end: number): { start: number; end: number } {
  // bounded, so that text without sentence ends costs the same per claim as prose
  const low = Math.max(0, start - SENTENCE_REACH);
  const high = Math.min(text.length, end + SENTENCE_REACH);
  let s = start;
  while (s > low && !isBoundary(text, s - 1)) s--;
  let e = end;
  while (e < high && !isBoundary(text, e)) e++;
  return { start: s, end: Math.min(text.length, e + 1) };
}

/**
 * The sentence (or line) before the one around `start`: where a subject that points back ("That
 * was a record") finds what it names. Empty at the start of the text.
 */
export function sentenceBefore(text: string, start: number): string {
  const low = Math.max(0, start - SENTENCE_REACH);
  let s = start;
  while (s > low && !isBoundary(text, s - 1)) s--;
  let j = s - 1;
  while (j >= 0 && /\s/.test(text[j] ?? "") && text[j] !== "\n") j--;
  return j < 0 ? "" : sentenceAround(text, j, j);
}

/** How far a sentence reaches on each side of a claim at most. */
export const SENTENCE_REACH = 600;

function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  // a line broken mid-sentence, as text wrapped at a fixed width is ("rose 8.6 per cent from a\nyear
  // earlier"): the sentence goes on where the next line opens in lower case
  if (c === "\n") return !wrapsOn(text, i);
  if (c === "。") return true;
  if (!((c === "." || c === "!" || c === "?") && (i + 1 >= text.length || /\s/.test(text[i + 1] ?? ""))))
    return false;
  // "came to approx. 4,343.5 t, an 8.58% rise": an abbreviation's stop ends no sentence, as in segment.ts
  if (c === "." && abbreviationStop(text, i)) return false;
  // "the U.S. had received 426 tonnes", "U.K. buyers": an initialism's stop before a lowercase word
  // ends no sentence
  return !(
    c === "." &&
    INITIALISM.test(text.slice(Math.max(0, i - 9), i + 1)) &&
    /^\s+[a-z]/.test(text.slice(i + 1, i + 4))
  );
}

/** A line that opens in lower case, going on with the sentence of the line before. */
const WRAPPED_ON = /^[ \t]*[a-z]/;

/**
 * The line broken at `i` goes on in the next: that opens in lower case, and this is prose (words
 * spaced apart, not comma-separated fields) that ends without a stop.
 */
function wrapsOn(text: string, i: number): boolean {
  if (!WRAPPED_ON.test(text.slice(i + 1, i + 8))) return false;
  const tail = text.slice(Math.max(0, i - 40), i);
  const line = tail.slice(tail.lastIndexOf("\n") + 1);
  return / \S/.test(line) && !/,\S/.test(line) && !/[.!?:;]\s*$/.test(line);
}

/** An initialism written with full stops, ending at the text's end: "U.S.", "U.A.E.". */
const INITIALISM = /(?:^|[^A-Za-z.])(?:[A-Z]\.){2,4}$/;

/**
 * The sentence before `at` in the same paragraph, or null (none, or a paragraph break between).
 * @example sentenceBeforeInParagraph("A said so. It rose.", 11) // "A said so."
 */
export function sentenceBeforeInParagraph(input: string, at: number): string | null {
  // only the last few hundred characters: read for every sentence, the whole text before it would
  // make a long text's reading quadratic
  const window = input.slice(Math.max(0, at - 400), at);
  const head = window.trimEnd();
  if (head === "" || /\n[ \t]*\n\s*$/.test(window) || !/[.!?]["”’)]?$/.test(head)) return null;
  const stops = allMatches(/[.!?]["”’)]?\s+(?=["“]?[A-Z])|\n\s*\n/g, head.slice(0, -1));
  const last = stops[stops.length - 1];
  return head.slice(last ? last.index + last[0].length : 0).trim();
}
