// "that month's" right before a figure: "the highest since January; that month's 6,357 t is still the
// year's peak", "Exports last rose this high in January. That month's 6,357 t ...". The possessive
// points back to the last month named before it, in the figure's sentence or else the sentence before,
// whatever role that month had there ("since January", "from May"), not to the month the text is on.
// Which month a pointing word means is the reader's inference, so the month is only carried: it can
// support, never contradict.

import { findPeriods, type PeriodAnchor } from "./periods.js";
import { sentenceBeforeInParagraph } from "./sentence-around.js";

const THAT_MONTHS_BEFORE = /\b(?:that|the same) month['’]s\s(?:[~≈]|about\s|some\s|roughly\s)?$/i;
/** A rank said of such a figure in its clause: "that month's 6,357 t remains the year's peak", "that month's total was a record". */
const THAT_MONTHS_SUBJECT =
  /\b(?:that|the same) month['’]s\s(?:(?:[~≈]|about\s|some\s|roughly\s)?\d|(?:total|figure|volume|tally|exports|shipments)\b)(?:[^,;:]|,(?=\d)){0,60}$/i;

/**
 * The month "that month's" right before a figure points to (with `rank`, before the figure a rank is
 * said of): the last month named before it in `sentence` (the figure's sentence up to the figure),
 * else the last month named in the sentence before it in the paragraph; null when the figure has no
 * such possessive or no month is named.
 * @example monthPointedBy("the highest since January; that month's ", "", anchor) // "2025-01"
 */
export function monthPointedBy(
  sentence: string,
  input: string,
  sentenceStart: number,
  anchor: PeriodAnchor,
  rank = false,
): string | null {
  const at = (rank ? THAT_MONTHS_SUBJECT : THAT_MONTHS_BEFORE).exec(sentence);
  if (at === null) return null;
  const last = (text: string) =>
    findPeriods(text, anchor)
      .filter((m) => m.shape === "month")
      .pop()?.period ?? null;
  const here = last(sentence.slice(0, at.index));
  if (here !== null) return here;
  const before = sentenceBeforeInParagraph(input, sentenceStart);
  return before === null ? null : last(before);
}
