// A dateline opens a story's first line: a place, a comma and the day the story was filed
// ("Pekín, 20 nov.-", "PÉKIN, 20 déc. (Agence) -", "BEIJING, Jan 20 -", "Jakarta, 22 Desember -"), or
// a place in capitals and an agency in brackets ("SEOUL (Agency) -"). Segmenting reads it as the
// end of a headline above it; periods read its month as the filing day's, never a figure's.

const PLACE = String.raw`\p{Lu}[\p{L}.'-]*(?:[^\S\n]\p{Lu}[\p{L}.'-]*){0,2}`;
const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])`;
const MONTH = String.raw`\p{L}{3,10}`;
const AGENCY_AND_DASH = String.raw`[^\S\n]?(?:\([^()\n]{1,30}\)[^\S\n]?)?\.?[^\S\n]?[-–—]`;

const DATELINE = new RegExp(
  String.raw`^[^\S\n]*(?:${PLACE},[^\S\n](?:${DAY}[^\S\n](?<dayFirstMonth>${MONTH})\.?|${MONTH}\.?[^\S\n]${DAY})|\p{Lu}{3,}(?:[^\S\n]\p{Lu}{3,})?)${AGENCY_AND_DASH}`,
  "du",
);

/** Whether `line` opens with a dateline. */
export function opensWithDateline(line: string): boolean {
  return DATELINE.test(line);
}

/**
 * Whether the month word at `start` in `text` is that of a dateline written day first, as the
 * Spanish, French, Portuguese and Italian wires write it ("Pekín, 20 nov.-"): the day the story was
 * filed, not the period of a figure. Only a month at most 40 characters into its line.
 */
export function datelineMonthAt(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (start - lineStart > 40) return false;
  const m = DATELINE.exec(text.slice(lineStart, start + 60));
  return m?.indices?.groups?.dayFirstMonth?.[0] === start - lineStart;
}
