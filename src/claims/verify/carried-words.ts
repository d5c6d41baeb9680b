// The words in a figure's own sentence that leave a month carried over from earlier text in doubt,
// however well the text frames it: another period, another good or a wider category, a firm, another
// reporter's count or hearsay, a route or a place, another time ("before the controls"), a sum over
// months ("Japan's total"), a share of something other than the total, a perfect tense. Used by
// carried-context.ts; kept apart so that the policy reads on one screen.

import { findPeriods } from "../extract/periods.js";
import type { ExtractedClaim } from "../types.js";

/** Any word that points to a period, left in a sentence once its recognised periods are taken out. */
const PERIOD_WORD =
  /\bFY\s?\d{2}|\b(?:fiscal|calendar|season|months?|monthly|years?|yearly|annual(?:ly)?|quarters?|quarterly|half|H[12]|Q[1-4]|ytd|period|weeks?|earlier|ago|previous|prior|preceding|last|latest|since|so far|to date|cumulative(?:ly)?|combined|altogether|all told|in total|(?:19|20)\d{2})\b/i;

/**
 * Words that make a figure possibly about something else than China's customs figure for the
 * destination's whole intake of the product: other goods or wider categories ("of alloy", "magnets
 * and related materials"), firms and their users ("a Japanese buyer said it received"), another
 * reporter's count or a hearsay figure ("American figures put US arrivals at", "reportedly"), a route
 * or a place within the country ("via Vietnam", "at Yokohama"), shipments, days or weeks.
 */
const ELSEWHERE_WORD = new RegExp(
  "\\b(?:" +
    [
      "oxides?|alloys?|ores?|metals?|powders?|concentrates?|compounds?|prices?|salts?|carbonates?|scrap",
      "values?|worth|dollars?|yuan|revenues?|earnings|licen[cs]es?|approvals?|permits?",
      "materials?|products?|goods|categor(?:y|ies)|related|including|incl|plus|other|finished|semi|motors?|components?|parts",
      "company|companies|firms?|makers?|carmakers?|automakers?|manufacturers?|producers?|suppliers?|buyers?|customers?",
      "traders?|importers?|users?|industry|factor(?:y|ies)|plants?|its own|their own|said it",
      "import\\w*|arriv\\w*|inbound|figures?|statistics|stats|data|count(?:ed)?|recorded|logged|reckon\\w*|according",
      "reportedly|allegedly|estimat\\w*|thought|believed|rumou?r\\w*|unconfirmed|claim(?:ed|s)?",
      "via|through|indirect\\w*|transit|re-?export\\w*|third|ports?|regions?|regional|provinces?|prefectures?|cit(?:y|ies)",
      "shipments? of \\d|per|each|days?|daily|today|yesterday|tonight|now|currently|recent\\w*|lately|overnight",
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday|on the \\d+(?:st|nd|rd|th)",
      "(?:in|over|across) (?:\\w+ )?(?:shipments|cargoes|consignments|batches)",
    ].join("|") +
    ")\\b",
  "i",
);

/**
 * Words that set a figure at another time than the month carried ("before the controls", "at the
 * peak", "under the licensing regime"), or make it a habit ("the US takes 15%").
 */
const OTHER_TIME_WORD =
  /\b(?:before|after|during|until|till|when|once|then|back|spring|summer|autumn|fall|winter|peak(?:ed)?|trough|low point|high point|times?|pre|post|former(?:ly)?|used to|usual(?:ly)?|normal(?:ly)?|typical(?:ly)?|average|under|regime|following|followed|later|subsequent(?:ly)?|afterwards|meanwhile|previously|historical(?:ly)?|history|background|outlook|whole|entire|general(?:ly)?|trend|takes|gets|buys|receives)\b/i;

/**
 * What a share may be "of" for it to be a share of China's exports of the product: "of the total",
 * "of China's magnet exports", "of all shipments"; not "of the increase", "of shipments to Asia",
 * "of the top five".
 */
const SHARE_OF =
  /\bof\s+(?:(?:the|all|China's|Chinese|its|total|overall|outbound|overseas|rare[- ]earth|magnet|permanent|NdFeB)\s+)*(total|exports|shipments|deliveries|sales|everything)\b(\s+(?:to|in|from|by|of|for)\b)?/gi;

/** True when every "of" in a share's sentence names China's total exports as the share's base. */
function sharesOfTotal(sentence: string): boolean {
  const ofs = sentence.match(/\bof\b/gi)?.length ?? 0;
  const totals = [...sentence.matchAll(SHARE_OF)].filter((m) => m[2] === undefined).length;
  return ofs === totals;
}

/** Words that make a destination's tonnage a sum over several months: "Japan's total", "the tally". */
const SUM_WORD = /\b(?:total|totals|tally|sum|accumulated|running)\b/i;

/** A verb in a perfect tense: "had taken", "has received", "have risen". */
const PERFECT =
  /\b(?:had|has|have|'d)\s(?:\w+\s)?(?:been|\w+ed|taken|got|gotten|sent|seen|risen|fallen|grown|bought)\b/i;

/**
 * True when the figure's sentence leaves its carried month in doubt. `at` is the claim's offset in
 * the sentence; `latest` the latest month the publication allows, as an index.
 */
export function sentenceDoubtsMonth(
  claim: ExtractedClaim,
  sentence: string,
  at: number,
  latest: number,
): boolean {
  if (!namesNoPeriod(claim, sentence, at, latest)) return true;
  if (ELSEWHERE_WORD.test(sentence) || OTHER_TIME_WORD.test(sentence) || /\bat [A-Z]/.test(sentence))
    return true;
  if (claim.kind === "level" && claim.partner !== "WLD" && SUM_WORD.test(sentence)) return true;
  if (claim.kind === "share" && !sharesOfTotal(sentence)) return true;
  return PERFECT.test(sentence);
}

/**
 * A comparison's base in words, attached to a change by its preposition ("more than a year earlier",
 * "on the month", "y/y"), a streak's or a rank's months ("a second consecutive monthly rise", "the
 * highest month since August"), or the month the text is on named again ("that month", "the month's total"): none of them moves the story to another time. A fronted
 * "A month earlier, ..." has no such preposition and still does.
 */
const BASE_PHRASE = new RegExp(
  [
    "\\b(?:than|from|on|over|vs\\.?|versus|against|compared (?:with|to))\\s(?:(?:a|the|one)\\s(?:year|month)\\s(?:earlier|before|ago)|(?:the\\s)?(?:previous|prior|preceding|same)\\s(?:month|year)(?:'s)?(?:\\slast\\syear)?|the\\s(?:month|year))\\b",
    "\\b(?:month|year)-(?:on|over)-(?:month|year)\\b|\\b[my]\\/[my]\\b|\\b(?:mom|yoy)\\b",
    "\\b(?:consecutive|straight|successive)\\smonthly\\b|\\bmonthly\\s(?:rise|fall|increase|decrease|gain|drop|decline)s?\\b",
    "\\b(?:highest|lowest|strongest|weakest|best|worst|biggest|largest|smallest)\\s(?:month|monthly\\s\\w+)\\b",
    "\\b(?:that|the same|the)\\smonth(?:'s)?(?!\\s(?:before|earlier|after|ago))",
  ].join("|"),
  "gi",
);

const blankBases = (text: string) => text.replace(BASE_PHRASE, (m) => " ".repeat(m.length));

/**
 * True when the words between the sentence that named the carried month and the figure's own
 * sentence may have moved the story to another time: a period other than the month named as a
 * figure's own (a comparison's base or a rank's "since" may be named), or any other word of time.
 */
export function textBetweenMovesOn(between: string, period: string, latest: number): boolean {
  let rest = blankBases(between);
  for (const m of findPeriods(between, { latest, year: null })) {
    if (m.role === "main" && m.period !== period) return true;
    rest = rest.slice(0, m.start) + " ".repeat(m.end - m.start) + rest.slice(m.end);
  }
  return PERIOD_WORD.test(rest) || OTHER_TIME_WORD.test(rest);
}

/**
 * True when the figure's sentence names no period of its own: only a change's comparison base or a
 * rank's "since" month may be named, and no other word points to a period.
 */
function namesNoPeriod(claim: ExtractedClaim, sentence: string, at: number, latest: number): boolean {
  if (sentence.slice(at, at + claim.text.length) !== claim.text) return false;
  const allowed =
    claim.kind === "change" || claim.kind === "direction" ? "base" : claim.kind === "rank" ? "since" : null;
  const blank = (s: string, a: number, b: number) => s.slice(0, a) + " ".repeat(b - a) + s.slice(b);
  let rest = blank(sentence, at, at + claim.text.length);
  if (allowed === "base") rest = blankBases(rest);
  for (const m of findPeriods(sentence, { latest, year: null })) {
    if ((m.end <= at || m.start >= at + claim.text.length) && m.role !== allowed) return false;
    rest = blank(rest, m.start, m.end);
  }
  return !PERIOD_WORD.test(rest);
}
