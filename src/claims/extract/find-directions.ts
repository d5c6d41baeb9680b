// Bare directions in one clause: "Japan's rose sharply", "shipments to India slipped". Only verbs in
// the past tense count, and not after a modal ("could fall", "is expected to rise"): forecasts and
// hypotheticals are not claims about a published figure. A verb with an object ("Beijing eased
// licensing bottlenecks", "the ministry expanded its controls") moves that object, not a flow.

import { hinted, mayMatch } from "./hints.js";
import { directionOf, DOWN_NOUNS, FRACTIONS, NUMBER_WORDS, PAST_MOVES, UP_NOUNS } from "./lexicon.js";
import { allMatches } from "./all-matches.js";

export interface DirectionHit {
  start: number;
  end: number;
  direction: "up" | "down";
  /** The year compared with ("well below 2024"): the same months of that year are the base. */
  year?: number;
}

const PAST = new RegExp(`\\b(${PAST_MOVES})\\b`, "gi");
/** A modal or negation right before a verb: what follows is not a reported figure. */
export const MODAL_BEFORE =
  /\b(?:may|might|could|would|will|should|must|to|not|never|if|unless|expected|likely|forecast|set|poised|predicted|projected)\s(?:(?:have|be|been|further|sharply|likely|again|also)\s)?$/i;

/**
 * A form of "be" or "get" right before a participle: the verb is passive ("after the curbs were eased
 * in June", "quotas have been expanded"), something done to its subject by someone, not a flow that
 * rose or fell by itself.
 */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are|get|gets|got|gotten|getting)\s(?:[a-z]+ly\s)?$/i;

/**
 * What may follow a rise or fall verb used of a flow: an adverb, a number, a preposition, a
 * conjunction, a word of time or degree, punctuation or the clause's end. Any other word is the
 * verb's object, and the verb is not about a figure. "Fell short of" a tonnage, a record or a forecast
 * says where the level stayed, not that it fell from an earlier month.
 */
const INTRANSITIVE_AFTER =
  /^(?:$|[^\p{L}]|\p{L}+ly\b|(?:to|from|by|in|into|on|onto|for|at|over|under|below|above|beyond|past|after|before|since|during|through|throughout|between|among|amid|against|versus|vs|compared|relative|than|and|or|but|while|whereas|as|although|though|even|despite|when|with|without|again|further|back|off|up|down|short(?!\sof\s(?:(?:the|a|an|its|their)\s)?(?:[~≈]?\d|record|peak|high|expectations?|forecasts?|estimates?|consensus|targets?))|last|this|that|year|month|week|quarter|half|yoy|mom|y\/y|m\/m|nearly|almost|about|around|roughly|some|more|less|much|far|just|only|still|yet|too|so|very|once|twice|\p{L}+fold|a|an|the (?:most|least|fastest|slowest|steepest|sharpest|biggest|largest|smallest))\b)/iu;

const AMOUNT_WORD = new Set([...Object.keys(NUMBER_WORDS), ...Object.keys(FRACTIONS)]);
const intransitive = (after: string) =>
  INTRANSITIVE_AFTER.test(after) || AMOUNT_WORD.has(/^\p{L}+/u.exec(after)?.[0].toLowerCase() ?? "");

/**
 * "the first monthly rise in four months", "the first decline since April", "the first y/y fall since
 * May": the month moved that way after months that did not. Read as the month's direction (on the year
 * when the words say so); the run of monthly moves before it is a streak (find-ranks.ts).
 */
const FIRST_MOVE = new RegExp(
  `\\bfirst\\s(?:monthly\\s|month-on-month\\s|m\\/m\\s|MoM\\s|y\\/y\\s|yoy\\s|year-on-year\\s|year-over-year\\s|annual\\s)?(${UP_NOUNS}|${DOWN_NOUNS})\\s(?:in\\s(?:\\w+|\\d{1,2})\\smonths|since)\\b`,
  "gi",
);

/** "a steep monthly fall", "a modest month-on-month rise": a move named as a noun. */
const MONTHLY_MOVE = hinted(
  new RegExp(
    `\\b(?:a|an)\\s(?:[a-z]+\\s)?(?:monthly|month-on-month|m\\/m|MoM)\\s(${UP_NOUNS}|${DOWN_NOUNS})\\b`,
    "gi",
  ),
  /(?:monthly|month-on-month|m\/m|MoM)\s/i,
);
/**
 * An answer or note that opens with the move: "Down again, to 1,120 t", "Guest: Up sharply on the
 * month", or with a comparative that answers "did it get more?": "Slightly fewer: 590 t", "More,
 * at 305 t", "Lower again." (not a bound on a number: "More than 500 t").
 */
const OPENS_WITH =
  /^\W*(?:[A-Z][\w.'-]{0,20}(?: [A-Z][\w.'-]{0,20}){0,2}:\s*)?(?:(Down|Up)\b(?=,|\s(?:again|sharply|slightly|steeply|further|by|on|from|\d))|(?:(?:Slightly|Somewhat|Marginally|A little|A bit|A lot|Much|Far|Rather|Even)\s)?((?:[Mm]ore|[Ff]ewer|[Ll]ess|[Ll]ower|[Hh]igher))\b(?=\s?[:,.;!–—-]|\s(?:again|this time|still)\b))/;

/**
 * "a reminder of how far flows fell in spring", "shows how sharply shipments dropped": the verb sits in
 * a clause that names the size of a move told elsewhere, as an object of the sentence, not a move of
 * the month the sentence dates.
 */
const HOW_FAR_BEFORE =
  /\bhow\s(?:far|much|sharply|steeply|fast|quickly|badly|heavily|deeply|severely|steadily|strongly)\s(?:[A-Za-z'’-]+\s){1,4}$/i;

/**
 * "months in which shipments recovered", "a spell during which exports slid": the verb tells what
 * happened over a stretch of time the sentence looks back on, not the move of the month it dates.
 */
const OVER_SPAN_BEFORE =
  /\b(?:months|weeks|quarters|years|a\s(?:period|spell|stretch|run|time)|the\s(?:period|spell|stretch|months|weeks))\s(?:in|during|over)\swhich\s(?:[A-Za-z'’-]+\s){1,4}$/i;

/**
 * After a verb, the place a destination moved to: "slipped to fourth among destinations", "rose to
 * second place", "climbed into second spot", "dropped back to fourth on the list", "climbed to become
 * the second-largest buyer". The verb moves the place, not the tonnage, which may have gone either way.
 */
const TO_PLACE =
  /^\s(?:back\s|one\s(?:place|spot|notch)\s)?(?:up\s|down\s)?(?:to|into|in)\s(?:become\s)?(?:the\s|China's\s){0,2}(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d(?:st|nd|rd|th)|No\.?\s?\d|number\s(?:one|two|three|four|five)|#\d)(?=\s(?:place|spot|position|rank)\b|\s(?:among|of|behind|after)\s|\son\sthe\slist\b|[- ](?:largest|biggest)\s(?:destination|buyer|market|importer|customer|recipient)|\s*(?:[.,;]|$))|(?:top|bottom)\s(?:place|spot|position|three|five|ten)\b)/i;

/**
 * "to" and a verb after the verb: "a trader who declined to be named", "the ministry declined to
 * comment", "officials declined to give figures". The subject refused to do something; no flow moved.
 */
const INFINITIVE_AFTER =
  /^to\s(?:be|comment|say|give|disclose|elaborate|specify|provide|answer|respond|discuss|identify|name|reveal|confirm|share|offer|speculate|quantify|estimate|detail|break|put|release|publish|update)\b/i;

/** Every past-tense rise or fall verb in a clause that is not a forecast, and every move said otherwise. */
export function findDirections(clause: string): DirectionHit[] {
  const out: DirectionHit[] = [];
  const opening = OPENS_WITH.exec(clause);
  const move = opening?.[1] ?? opening?.[2];
  if (opening && move !== undefined) {
    const end = opening.index + opening[0].length;
    // a comparative is read with the words that qualify it ("Slightly fewer")
    const start = opening[2] === undefined ? end - move.length : clause.search(/\S/);
    const first = clause
      .slice(start, end)
      .replace(/^\W*(?:[A-Z][\w.'-]{0,20}(?: [A-Z][\w.'-]{0,20}){0,2}:\s*)?/, "");
    out.push({
      start: end - first.length,
      end,
      direction: /^(?:Up|more|higher)$/i.test(move) ? "up" : "down",
    });
  }
  for (const m of [
    ...allMatches(FIRST_MOVE, clause),
    ...(mayMatch(MONTHLY_MOVE, clause) ? allMatches(MONTHLY_MOVE.re, clause) : []),
  ]) {
    if (
      MODAL_BEFORE.test(
        clause.slice(Math.max(0, m.index - 30), m.index).replace(/\b(?:be\s)?(?:the\s)?$/, ""),
      )
    )
      continue;
    const dir = directionOf(m[1] ?? "");
    if (dir !== null) out.push({ start: m.index, end: m.index + m[0].length, direction: dir });
  }
  for (const m of allMatches(PAST, clause)) {
    const before = clause.slice(Math.max(0, m.index - 30), m.index);
    if (MODAL_BEFORE.test(before) || PASSIVE_BEFORE.test(before)) continue;
    const lead = clause.slice(Math.max(0, m.index - 60), m.index);
    if (HOW_FAR_BEFORE.test(lead) || OVER_SPAN_BEFORE.test(lead)) continue;
    const after = clause.slice(m.index + m[0].length);
    if (!intransitive(after.trimStart()) || TO_PLACE.test(after.slice(0, 60))) continue;
    if (INFINITIVE_AFTER.test(after.trimStart())) continue;
    const dir = directionOf(m[1] ?? "");
    if (dir !== null) out.push({ start: m.index, end: m.index + m[0].length, direction: dir });
  }
  return out.sort((a, b) => a.start - b.start);
}
