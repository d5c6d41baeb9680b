// A level bounded by a hedge and dated by the month right after it: "climbed to more than 600 t in
// July", "fell below 160 t in May", "topped 6,100 tonnes in November". The same words ("over",
// "above", "than", "topped") also set a figure against another month's ("12% above 5,000 t in March",
// "from more than 400 t in June", "compared with over 500 t in May"); only when nothing before the
// hedge makes it a comparison is the month the level's own period.

import { latin1Stub } from "./all-matches.js";

const HEDGE =
  "(?:(?:well|just|slightly|a little|somewhat|far|comfortably)\\s)?(?:more than|less than|fewer than|over|above|under|below|upwards of|in excess of|north of|south of|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|top(?:ped|ping|s)?)";
const UNIT = "\\s?(?:k?t|mt|tonnes?|tons?|metric (?:tonnes|tons)|kg|kilograms?)";

/** A number in words, as a hedged change is often spoken: "more than ten per cent". */
const IN_WORDS =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)";
/** A tonnage in words, as a broadcast says it: "six thousand one hundred", "five hundred and eighty". */
const TONNAGE_IN_WORDS = `${IN_WORDS}(?:[\\s-](?:and\\s)?(?:${IN_WORDS}|hundred|thousand))*`;

/** A hedge, a bare tonnage in digits or words, and the word that dates it, ending where the month starts. */
const HEDGED_LEVEL = new RegExp(
  `(?:^|[\\s(,;:])(${HEDGE})\\s(?:[~≈]?\\d[\\d,.]*|${TONNAGE_IN_WORDS})${UNIT}\\s(?:in|during|for)\\s$`,
  "i",
);

/**
 * A change bounded by a hedge, said right after its verb and dated by the month after it: "rose by
 * more than 10% in August", "fell over ten per cent in May", "up more than 20 percent in March".
 * The hedge bounds the change; it does not set the month against the claim's.
 */
const HEDGED_CHANGE = new RegExp(
  `\\b(?:rose|rising|grew|growing|increased|jumped|climbed|surged|soared|gained|fell|falling|dropped|declined|slipped|slid|sank|slumped|plunged|tumbled|dipped|decreased|shrank|eased|up|down)\\s(?:by\\s)?(${HEDGE})\\s(?:[~≈]?\\d[\\d,.]*|${IN_WORDS})\\s?(?:%|per\\s?cent|percent|pc)\\s(?:in|during|for)\\s$`,
  "i",
);

/**
 * Right before the hedge, what makes the figure one compared with: a comparison word ("from", "than",
 * "compared with", "versus") or another figure ("12% above", "300 t below").
 */
const SET_AGAINST_BEFORE =
  /(?:\b(?:from|than|versus|vs\.?|against|compared\s(?:with|to)|relative\sto|with|on|of)\s|\d\s?(?:%|k?t|mt|tonnes?|tons?|percent|per cent|pc|pp|points?)?\s)$/i;

/** Whether `before` (the text up to a month) ends in a hedged level that the month dates. */
export function hedgedLevelBefore(before: string): boolean {
  // a month that opens its clause has no words before it
  if (latin1Stub(before)) return false;
  if (HEDGED_CHANGE.test(before)) return true;
  const m = HEDGED_LEVEL.exec(before);
  if (m === null) return false;
  const hedgeAt = m.index + m[0].indexOf(m[1] as string);
  return !SET_AGAINST_BEFORE.test(before.slice(0, hedgeAt));
}
