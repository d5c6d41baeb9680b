// A ratio's base worded as a month's whole: "Germany took 1,118 t in October, about a fifth of
// September's volume" (or "of the 5,774 t shipped in September", "of what China shipped in
// September"). Said of a destination, the month's whole may be the total of every destination, not
// the destination's own figure of that month, so the ratio is read both ways.

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/**
 * After "of": "September's volume", "the September total", "the 5,774 t shipped in September", "what
 * China shipped in September"; not "the 689 t it sent in May" (the subject's own) nor "September's
 * 5,774 t" (a stated base, weighed as one).
 */
const WHOLE_BASE = new RegExp(
  `^\\s(?:(?:the|all)\\s)?(?:${MONTH}\\.?(?:\\s(?:19|20)\\d{2})?['’]s\\s(?:(?:magnet|rare[- ]earth|total|overall|export)\\s)?(?:volume|total|tally|exports|shipments|sales|deliveries)\\b|\\d[\\d,.]*\\s?(?:t|tonnes|tons|mt)\\s(?:of\\s[\\w-]+\\s)?(?:(?:China|Beijing)\\s)?(?:shipped|exported|sent)(?!\\s(?:to|for)\\b)|what\\s(?:China|Beijing|Chinese\\s[\\w-]+|the\\scountry)\\s(?:shipped|exported|sent|sold))`,
  "i",
);

/**
 * Whether a ratio's words (`words`, ending in "of" or followed by it in `after`) take it of a month's whole.
 * @example baseWordedAsWhole("about a fifth of", " September's volume.") // true
 */
export function baseWordedAsWhole(words: string, after: string): boolean {
  if (/\bof$/i.test(words)) return WHOLE_BASE.test(after);
  return /^\sof\s/i.test(after) && WHOLE_BASE.test(after.slice(3));
}
