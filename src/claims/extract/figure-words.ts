// How each stated figure is written, read once here so that the checker reads no words: in digits,
// as a cardinal number in words ("six thousand tonnes"), or as a fraction or multiple in words ("a
// fifth", "halved", "sevenfold", "2.5 times"). The checker lets a round figure's zeros reach only so
// far and keeps a fraction's own band (verify/check-figures.ts).

import type { FigureWords, Stated } from "../types.js";
import { CARDINALS } from "./numbers.js";

const CARDINAL_WORD = new RegExp(`\\b(?:${Object.keys(CARDINALS).join("|")}|hundred|thousand)\\b`, "i");
const FRACTION_OR_MULTIPLE =
  /\b(?:half|halves|halved|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|times|twice|double[ds]?|tripled?|trebled?|quadrupled?|fold)\b|-fold\b/i;

/** Words that bound a level from below, and from above, as written. */
const BOUND_ABOVE_WORDS =
  /\b(?:more than|over|above|in excess of|upwards of|top(?:s|ped)?|exceed(?:s|ed)?|surpass(?:es|ed)?|pass(?:es|ed)?|reach(?:es|ed)?|hit|broke|cross(?:es|ed)?)\b/i;
const BOUND_BELOW_WORDS = /\b(?:less than|fewer than|under|below|short of)\b/i;
/** A denial within the words themselves ("did not take more than"), which already reads as the bound hedged. */
const DENIED_IN_WORDS = /\b(?:not|never|neither|nor|no)\b|n['’]t\b|\bfail(?:s|ed)?\sto\b/i;

/** How the words of `s` write its figure. */
function wordsOf(s: Extract<Stated, { raw: string }>): FigureWords {
  const raw = s.raw;
  const out: FigureWords = {};
  if (/\d/.test(raw)) out.digits = true;
  if (CARDINAL_WORD.test(raw)) out.cardinal = true;
  if (FRACTION_OR_MULTIPLE.test(raw)) out.fraction = true;
  const hedge = "hedge" in s ? s.hedge : null;
  const turned =
    (hedge === "less_than" && BOUND_ABOVE_WORDS.test(raw)) ||
    (hedge === "more_than" && BOUND_BELOW_WORDS.test(raw));
  if (s.type === "level" && turned && !DENIED_IN_WORDS.test(raw)) out.turned = true;
  return out;
}

/**
 * A stated level, change or share with `written` set from its words; other figures as given.
 * @example figureWordsOf({ type: "share", raw: "a fifth of the total", ... }).written // { fraction: true }
 */
export function figureWordsOf<T extends Stated>(s: T): T {
  return s.type === "level" || s.type === "change" || s.type === "share" ? { ...s, written: wordsOf(s) } : s;
}
