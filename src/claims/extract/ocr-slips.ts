// Figures as optical character recognition reads a scanned page: a one set as the letter l ("l,106 t",
// "6l9 t", "up l2.9%"), a zero as the capital O ("5O9 t", "2,14O t", "in 2O25"), and a space left
// after a thousands comma ("57, 392 tonnes"). A reader of the page reads the figure the page printed,
// so the reader does too. A letter is read as a digit only inside a run of digits and separators that
// holds at least two real digits and touches no other letter; a comma's stray space goes only where a
// unit follows the three digits after it, and not inside a list of figures ("150, 235 and 209 t").

import { allMatches } from "./all-matches.js";
import type { Gloss } from "./russian-words.js";

/** A cheap test for a letter l or O beside a digit. */
const HINT = /\d[lO]|[lO][\d,.]\d/;
/** A run of digits, separators and the letters l and O, touching no other letter or digit. */
const RUN = /(?<![\p{L}\d.,])[\dlO](?:[\dlO]|[.,](?=[\dlO]))*(?![\p{L}\d])/gu;

/**
 * `text` with each l or O that stands for a digit inside a figure read as that digit, of the same length.
 * @example ocrDigits("Germany took l,106 t and Vietnam 5O9 t") // "Germany took 1,106 t and Vietnam 509 t"
 */
export function ocrDigits(text: string): string {
  if (!HINT.test(text)) return text;
  return text.replace(RUN, (run) =>
    /[lO]/.test(run) && (run.match(/\d/g) ?? []).length >= 2
      ? run.replace(/l/g, "1").replace(/O/g, "0")
      : run,
  );
}

/** A thousands comma with a space after it, before three digits and a unit: "57, 392 tonnes". */
const SPACED_COMMA = /(?<![\d.,])(?<!\d,\s)\d{1,3}, (?=\d{3}[ \t]?(?:t|tonnes?|tons?|mt|kg)\b)/g;

/**
 * The stray spaces after thousands commas, each read as nothing.
 * @example spacedCommas("shipped 5, 577 t").map((g) => g.index) // [10]
 */
export function spacedCommas(text: string): Gloss[] {
  if (!text.includes(", ")) return [];
  return allMatches(SPACED_COMMA, text).map((m) => ({
    index: m.index + m[0].length - 1,
    length: 1,
    word: "",
  }));
}
