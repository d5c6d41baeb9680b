// Cautions: what the words around a claim's number leave uncertain about the reading the reader chose
// for it, however the data turns out. A number that may be the tail of a longer one ("3 188 tonnes",
// "3천188t"), worded as a difference, an average, a sum or one end of a range, a bound said of each
// month of a span; a share of another period's figure, a change against an average, a rank that may
// be among the same month of each year; a part of a larger figure whose product the reader did not
// read ("including 23,483 t of oxide"); a sentence that joins two months or two years, tells an
// earlier step after "after", speaks of a revision or a fiscal year, sets a month in another year
// ("the May before"), is not in English, speaks of a buyer's own imports, or does not itself name
// the product, destination or period; and a figure the text credits to someone else and then
// disputes (disputed-figures.ts), which is never checked as the text's own.
// The reader marks each claim with its cautions (`ExtractedClaim.cautions`, weightiest first); the
// checker decides what each costs (verify/doubts.ts): all but `rate` keep a reading from contradicting,
// and `rate` (with `each-month`) keeps a month's figure from supporting.

import { monthIndex } from "../../domain/period.js";
import type { Caution, ExtractedClaim } from "../types.js";
import { allMatches } from "./all-matches.js";
import { creditedAndDisputed } from "./disputed-figures.js";
import { roughRange } from "./level-ranges.js";
import { MONTHS, monthNamesOf } from "./lexicon.js";
import { yearBeforeBase } from "./month-named-after-all.js";
import { sentenceAround, sentenceBefore, sentenceSpan } from "./sentence-around.js";
import { mentionsIn, namesContinent, numberStart, sentenceBlanked } from "./sentence-mentions.js";
import { wordedAsSum } from "./sum-words.js";
import { findPartners } from "./subjects.js";
import { tableHead } from "./tables.js";
import { unreadLanguage } from "./unread-language.js";

/**
 * Letters of the scripts the reader reads only in part or not at all: CJK, Hangul, Cyrillic (Russian,
 * Bulgarian) and Arabic, and Devanagari and Thai, whose words it does not read ("India को October में
 * ... 446 tonnes भेजे गए" shows its English words only).
 */
const OTHER_SCRIPT =
  /[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const LETTERS =
  /[A-Za-z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const ENGLISH =
  /\b(?:the|of|and|to|in|from|were|was|rose|fell|exports?|shipments?|tonnes|tons|percent|year|month)\b/gi;
/** Spanish "y" only as a word of its own: the "y" of "y/y" or "y-o-y" is the English year-on-year. */
const OTHER =
  /\b(?:der|die|das|und|im|von|mit|auf|nach|le|la|les|des|et|en|du|au|una|el|los|las|del|(?<![/-])y(?![/-])|por|con)\b/gi;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** An English month name, whole or short, for a case-blind regex. */
const MONTH_WORD =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/** Any word that names or points to a period: a month, a year, "month", "quarter", "H1", "YTD"... */
const PERIOD_WORDS = new RegExp(
  `\\b(?:${MONTH_WORD}|(?:19|20)\\d{2}|(?:FY|CY)\\s?'?\\d{2,4}|\\d{4}-\\d{2}|months?|monthly|years?|annual|quarters?|half|H[12]|Q[1-4]|ytd|period|week)\\b`,
  "i",
);

/** Whether a sentence is in a language the reader is not sure enough of to contradict: not English. */
function inUnsureLanguage(sentence: string): boolean {
  return notEnglish(sentence) || unreadLanguage(sentence);
}

/**
 * True when the sentence is not English: a fifth of its letters CJK, Hangul or Cyrillic, or more
 * German, French or Spanish function words than English ones.
 */
function notEnglish(sentence: string): boolean {
  const letters = count(sentence, LETTERS);
  if (letters > 0 && count(sentence, OTHER_SCRIPT) / letters > 0.2) return true;
  return count(sentence, OTHER) > count(sentence, ENGLISH);
}

/** The number may continue to the left: a digit and a space, or a CJK multiplier, right before it. */
function splitNumber(text: string, claim: ExtractedClaim): boolean {
  const at = numberStart(text, claim);
  const before = text.slice(Math.max(0, at - 3), at);
  return /\d[ \u00a0\u2009\u202f]$/.test(before) || /[천만万萬億억]$/.test(before);
}

/**
 * Words that make the number next to them a difference: "topping October's by 677 t", "677 t more
 * than", "200 t behind the level analysts had hoped for", "3,500 t under what the ministry expected"
 * (a gap to a forecast or a target, which no figure of the data can settle).
 */
const DIFFERENCE_BEFORE =
  /\bby\s+(?:(?:about|around|roughly|some|nearly|almost|over|more than|just over|just under|close to|a further|another)\s+)?$/i;
const DIFFERENCE_AFTER =
  /^\s*(?:more|less|fewer|higher|lower|above|below|short of|up on|down on|ahead of|behind|(?:under|over)\s(?:the\s)?(?:level|figure|forecast|target|estimate|consensus|expectations?|what)\b)\b/i;

/**
 * After a tonnage, words that make it a gap to a forecast or a target: "6,000 t behind the level
 * analysts had pencilled in", "300 t short of what the ministry targeted", "500 t above the
 * consensus estimate". Neither a level of the data nor a change of it.
 */
const FORECAST_GAP_AFTER =
  /^\s*(?:of\s(?:[\w-]+\s){1,2}?)?(?:more\s|less\s|fewer\s|higher\s|lower\s)?(?:than|above|below|short\sof|shy\sof|ahead\sof|behind|under|over|beyond)\s(?:(?:the|a|an|its|their|this|that)\s)?(?:(?:[\w'’-]+\s){0,3}?(?:forecasts?|targets?|estimates?|consensus|expectations?|projections?|predictions?|guidance|goal|quota)\b|(?:level|figure|total|amount|volume|tonnage|number)\s(?:that\s)?(?:[\w'’-]+\s){1,3}?(?:had\s|have\s|has\s)?(?:hoped\sfor|expected|forecast|predicted|targeted|projected|pencill?ed\sin|anticipated|planned)\b|what\s(?:[\w'’-]+\s){1,3}?(?:had\s|have\s|has\s)?(?:hoped\sfor|expected|forecast|predicted|targeted|projected|pencill?ed\sin|anticipated|planned|wanted)\b)/i;

/** A level or a total the words after it make a gap to a forecast or a target (see FORECAST_GAP_AFTER). */
function gapToForecast(text: string, claim: ExtractedClaim): boolean {
  return (
    (claim.kind === "level" || claim.kind === "ytd") &&
    FORECAST_GAP_AFTER.test(text.slice(claim.end, claim.end + 80))
  );
}

/** Words that make the number next to them an average or a rate: "a monthly average of", "4,676 t a month". */
const AVERAGE_BEFORE = /\b(?:averag(?:e|es|ed|ing)|mean|on average)\b[^.;\d]{0,30}$/i;
/** "350 t a month", "per year": a rate; "350 t a month before", "a year earlier" date the figure instead. */
const AVERAGE_AFTER =
  /^\s*(?:(?:a|per|each|every)\s(?:month|day|week|year)\b(?!\s(?:before|earlier|later|after|ago|previously|prior)\b)|on average\b)/i;

/**
 * A sentence about a revision of a figure ("revised down to 5,450 t", "customs later corrected the
 * November figure to 5,900 t", "initially reported as 5,200 t", which says a later figure differs): which release the data holds is open for a level or a change; a rank
 * over many months stands either way. "Corrected" only with the figure it went to or from, since a
 * publication's own correction ("we have corrected it online") says nothing of the data's releases.
 */
const REVISION =
  /\b(?:revis(?:ed|es|ing|ion|ions)|restated|(?:initially|originally|first)\sreported|initial\s(?:estimate|figure|reading|print))\b|\bcorrected\s(?:[\w'’-]+\s){0,8}?(?:to|from)\s(?:(?:about|around|some|roughly)\s)?\d/i;

/** An average or a rate, for withholding support: not "mean" (a verb as often), not a base month ("656 t a month earlier"). */
const RATE_BEFORE = /\b(?:averag(?:e|es|ed|ing)|on average)\b[^.;\d]{0,30}$/i;
const RATE_AFTER =
  /^\s*(?:(?:a|per|each|every)\s(?:month|day|week|year)\b(?!\s(?:earlier|ago|before|later|prior|previously|on)\b)|on average\b)/i;

/** After a figure, a rate in another unit of time than the month: "a day", "per week", "each year". */
const OTHER_RATE_AFTER = /^\s*(?:a|per|each|every)\s(?:day|week|year)\b/i;
/** Before a figure, a rate in another unit of time: "a daily average of", "averaged annually". */
const OTHER_RATE_BEFORE = /\b(?:daily|weekly|annual|yearly|annually|quarterly)\b[^.;\d]{0,30}$/i;
const PER_MONTH_AFTER =
  /^\s*(?:of\s(?:[\w-]+\s){1,3})?(?:a|per|each|every)\smonth\b(?!\s(?:earlier|ago|before|later|prior|previously|on\b(?!\saverage)))/i;

/**
 * A level told as a rate a month over a span of months: "averaged 5,799 t a month in the three
 * months to November", "4,850 t a month on average in 2024", "a monthly average of 4,846 t".
 */
function perMonthOverSpan(text: string, claim: ExtractedClaim): boolean {
  if (claim.stated.type !== "level" || claim.period === null || !claim.period.includes("..")) return false;
  const at = numberStart(text, claim);
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(claim.end, claim.end + 40);
  if (OTHER_RATE_AFTER.test(after) || OTHER_RATE_BEFORE.test(before)) return false;
  return PER_MONTH_AFTER.test(after) || RATE_BEFORE.test(before);
}

/**
 * "never fell below", "monthly exports did not top", "no month saw exports under", "one of two months
 * in which exports topped": a bound that every month of a span kept, or that some of its months passed.
 */
const EACH_MONTH_BEFORE =
  /\b(?:never|monthly|month after month|(?:no|each|every|any)\smonth|months?\s(?:(?:in|of)\s(?:19|20)\d{2}\s|(?:this|last) year\s|so far\s)?(?:when|in which|during which|where|that))\b[^.;\d]{0,40}$/i;
const EACH_MONTH_AFTER =
  /^[^.;\d]{0,20}\b(?:(?:in|during|for)\s(?:any|each|every|a)\s(?:single\s|one\s|given\s)?month|(?:a|per|each|every)\smonth)\b/i;

/**
 * A bound over a span said of each of its months ("never exceeded 6,500 t between July and
 * October", "did not top 900 t in any month of 2025"), or of some of them ("three months in which
 * exports topped 6,000 t"): the span's total is no test of it.
 */
function boundOfEachMonth(claim: ExtractedClaim, text: string): boolean {
  if (claim.period === null || !claim.period.includes("..") || claim.stated.type !== "level") return false;
  if (claim.stated.hedge !== "more_than" && claim.stated.hedge !== "less_than") return false;
  const at = numberStart(text, claim);
  return (
    EACH_MONTH_BEFORE.test(text.slice(Math.max(0, at - 60), at)) ||
    EACH_MONTH_AFTER.test(text.slice(claim.end, claim.end + 60))
  );
}

/**
 * A level whose number the words right around it make something else: a difference ("by 677 tons",
 * "370 tonnes fewer than") or an average ("averaged 4,676 t a month").
 */
function levelWordedAs(text: string, claim: ExtractedClaim, before: RegExp, after: RegExp): boolean {
  if (claim.kind !== "level" && claim.kind !== "ytd") return false;
  const at = numberStart(text, claim);
  return (
    before.test(text.slice(Math.max(0, at - 40), at)) || after.test(text.slice(claim.end, claim.end + 20))
  );
}

/** A month named in a rank's words or right after them: "the highest November on record", "... for the month". */
const SEASONAL_IN = new RegExp(
  `\\b${MONTH_WORD}\\.?\\s(?:figure|total|level|reading|volume|on record)\\b|\\b(?:highest|lowest|strongest|weakest|best|worst|record|biggest|largest|smallest)\\s${MONTH_WORD}\\.?$`,
  "i",
);
const SEASONAL_AFTER = new RegExp(
  `^\\s(?:(?:on record|ever)\\s)?for\\s(?:(?:the|that|this)\\s(?:month|time of year)|(?:a|any)\\s${MONTH_WORD}\\.?)\\b`,
  "i",
);

/**
 * A month the words around it set in another year: "the May before", "May of the preceding year",
 * "the prior-year May", "a year earlier, in May". The reader dates it in the year it would read alone.
 */
const SHIFTED_MONTH = new RegExp(
  `\\b(?:previous|prior|preceding|prior-year|year-earlier|year-ago)\\s${MONTH_WORD}\\b|\\bthe\\s${MONTH_WORD}\\sbefore\\b` +
    `|\\b${MONTH_WORD}\\.?\\s(?:(?:of|in)\\s(?:the\\s)?(?:previous|prior|preceding)\\syear|the\\syear\\sbefore|a\\syear\\s(?:earlier|before|ago))` +
    `|\\b(?:a|one)\\syear\\s(?:earlier|before|ago),\\s(?:in|during)\\s${MONTH_WORD}\\b`,
  "i",
);

/**
 * A change of a month on the year whose sentence names that same month of the year before as its
 * base ("compared with November of the previous year, exports were 42% higher"): the shifted month
 * is a year before the claim's, whichever year that is.
 */
function sameMonthOnTheYear(claim: ExtractedClaim, sentence: string): boolean {
  const s = claim.stated;
  const month = claim.period === null ? null : monthIndex(claim.period);
  return (
    (s.type === "change" || s.type === "direction") &&
    s.basis === "yoy" &&
    month !== null &&
    yearBeforeBase(sentence, month)
  );
}

/**
 * Two months joined as one period: "in May and June", "May & June" (not "between May and June", nor
 * the months a rank is placed after: "behind only January and August").
 */
const JOINED_MONTHS = new RegExp(
  `(?<!\\b(?:between|from|behind(?:\\sonly)?|only\\sby|only\\sto)\\s)\\b${MONTH_WORD}\\.?\\s(?:and|&|plus)\\s${MONTH_WORD}\\b`,
  "i",
);

/**
 * Two years joined as one span: "over 2024 and 2025 together", "in 2024-2025", "2024–25" (not
 * "between 2024 and 2025" nor "from 2024 to 2025", a change's two ends).
 */
const FULL_YEAR_SPAN = /^\d{4}-01\.\.\d{4}-12$/;
const JOINED_YEARS =
  /(?<!\b(?:between|from)\s)\b(?:19|20)\d{2}(?:\s?(?:and|&|plus|\+)\s?(?:19|20)\d{2}|\s?[-–—]\s?(?:(?:19|20)\d{2}|\d{2}))(?![\d,.]\d|[-/]\d)/i;

/** A rank that may be among the same month of each year, not over every month ("the highest November on record"). */
function seasonalRank(text: string, claim: ExtractedClaim): boolean {
  return (
    claim.kind === "rank" &&
    // a rank read as among the same month of each year is checked as one (find-calendar-ranks.ts)
    !(claim.stated.type === "rank" && claim.stated.scope.type === "calendar") &&
    (SEASONAL_IN.test(claim.text) || SEASONAL_AFTER.test(text.slice(claim.end, claim.end + 40)))
  );
}

/** "19% of April's 246 t", "19% of the April figure", "half of the previous month's": a ratio to another period's figure. */
const OF_ANOTHER_PERIOD = new RegExp(
  `^\\s(?:of\\s(?:the\\s)?(?:${MONTH_WORD}\\.?(?:'s|’s|\\s(?:figure|total|level|volume|amount|tonnage))|(?:previous|prior|preceding) (?:month|year)(?:'s|’s)?|year-(?:earlier|ago)|(?:a|the) (?:month|year) (?:earlier|before)))`,
  "i",
);

/** "two-thirds of last year's monthly average", "40% above the 2024 average": a base that is an average of many months. */
const OF_AN_AVERAGE =
  /^\s(?:(?:of|above|below|under|over|than|versus|vs\.?|against|on)\s)?(?:[\w'’-]+\s){0,4}?(?:average|mean)\b/i;

/** A change or share whose words take it against an average, which no one month's figure can judge. */
function againstAnAverage(text: string, claim: ExtractedClaim): boolean {
  return (
    (claim.kind === "change" || claim.kind === "share" || claim.kind === "direction") &&
    OF_AN_AVERAGE.test(text.slice(claim.end, claim.end + 50))
  );
}

/** A share's whole named as a month's: "of the November 2025 total", "of January 2025's volume". */
const WHOLE_OF_MONTH = new RegExp(
  `\\bof\\s(?:(?:the|its|their)\\s)?(${MONTH_WORD})\\.?(?:\\s(?:19|20)\\d{2})?(?:['’]s?)?\\s(?:(?:magnet|rare[- ]earth|total|overall)\\s)?(?:total|volume|exports|shipments|tally|sales|deliveries|level|figure)\\b`,
  "i",
);

/**
 * A share whose words make it a ratio to another period's figure, not a part of the total: "19% of
 * the April figure" after the figure, or a whole named as another month's than the share's own
 * ("exports to the US in December were 97% of the November total": 564 t is 97% of November's 582 t).
 */
function ratioToAnotherPeriod(text: string, claim: ExtractedClaim): boolean {
  if (claim.kind !== "share") return false;
  if (OF_ANOTHER_PERIOD.test(text.slice(claim.end, claim.end + 40))) return true;
  const whole = WHOLE_OF_MONTH.exec(`${claim.text}${text.slice(claim.end, claim.end + 40)}`)?.[1];
  const own = /^\d{4}-(\d{2})$/.exec(claim.period ?? "")?.[1];
  const named = whole === undefined ? undefined : MONTHS[whole.toLowerCase()];
  if (named === undefined || own === undefined) return false;
  return named !== Number(own) || partDatedOtherwise(text, claim, named);
}

const TONNAGE = /\d\s?(?:t|tonnes|tons|mt)\b/i;
const MONTH_WORDS = new RegExp(`\\b${MONTH_WORD}\\b`, "gi");

/**
 * "Germany took 1,118 t in October, about 19% of September's volume": the part has a tonnage and a
 * month of its own before the whole's, so the whole's month is not the part's.
 */
function partDatedOtherwise(text: string, claim: ExtractedClaim, wholeMonth: number): boolean {
  const s = sentenceSpan(text, claim.start, claim.end);
  const before = text.slice(s.start, claim.start);
  if (!TONNAGE.test(before)) return false;
  return (before.match(MONTH_WORDS) ?? []).some((m) => MONTHS[m.toLowerCase()] !== wholeMonth);
}

/** A number that ends a range: "6,000-6,500 t", "between 6,000 and 6,500 tonnes" (not "from 5,473 to 6,150 t"). */
const RANGE_BEFORE =
  /(?:^|[^\d,.])\d[\d,.]*\s?(?:t|tonnes|tons|kt)?\s?[-–]\s?$|\bbetween\s(?:(?:about|around|roughly|some)\s)?(?:\d[\d,.]*\s?(?:t|tonnes|tons|kt)?\sand\s)?$/i;
const RANGE_AFTER = /^\s?[-–]\s?\d/;

function rangeEnd(text: string, claim: ExtractedClaim): boolean {
  if (claim.kind !== "level" && claim.kind !== "ytd") return false;
  // a range read whole is checked as one ("between 4,000 and 4,500 t"), not as its upper end
  if (claim.stated.type === "level" && claim.stated.range) return false;
  const at = numberStart(text, claim);
  const end = at + (/^[\d,.]+/.exec(text.slice(at, claim.end))?.[0].length ?? 0);
  const before = text.slice(Math.max(0, at - 60), at);
  return (
    RANGE_BEFORE.test(before.slice(-40)) || RANGE_AFTER.test(text.slice(end, end + 4)) || toRangeEnd(before)
  );
}

/**
 * "roughly 6,000 to 6,300 t", "estimates of 5,500 to 6,000 tonnes": the upper end of a range told with
 * "to". Not the end of a change ("from 5,473 to 6,150 t", "up 677 t to 6,150 t", "a rise of 677 t to
 * 6,150 t"), nor a figure after a year or a month ("from April 2025 to 6,150 t").
 */
const TO_RANGE_BEFORE =
  /(?:^|[^\w,.])([\w'’]+\s)?(?:(?:a|an|the)\s)?(\d(?:[\d,.]*\d)?)\s?(?:t|tonnes|tons|mt|kt|metric tons)?\sto\s$/i;
const CHANGE_BEFORE_LOW =
  /^(?:by|up|down|rose|fell|increased|decreased|climbed|jumped|dropped|declined|slipped|slid|grew|gained|lost|added|shed|cut|raised|lowered|revised|plus|minus|rising|falling|revising|\w+ed)\s$/i;
const CHANGE_NOUN_OF =
  /\b(?:rise|increase|jump|drop|fall|decline|gain|climb|surge|slump|plunge|dip|change|swing|revision|cut|addition|loss)s?\s(?:of\s)?(?:(?:about|around|roughly|some|nearly|almost)\s)?$/i;

/** "from a trickle of 46 tonnes to 353 tonnes", "from August's 6,146 tonnes to 5,774 tonnes". */
const FROM_BEFORE_LOW =
  /(?<!\b(?:anywhere|somewhere|rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spann?(?:s|ed|ing)?)\s)\bfrom\s(?:[\w'’-]+\s){0,4}$/i;

function toRangeEnd(before: string): boolean {
  const m = TO_RANGE_BEFORE.exec(before);
  if (m === null) return false;
  const low = m[2] as string;
  if (/^(?:19|20)\d{2}$/.test(low)) return false;
  if (CHANGE_BEFORE_LOW.test(m[1] ?? "")) return false;
  const lead = before.slice(0, m.index + m[0].indexOf(low));
  return !CHANGE_NOUN_OF.test(lead) && !FROM_BEFORE_LOW.test(lead);
}

/**
 * A change whose base is a month neither right before the claim's nor a year before it, named only
 * after "after": "rose to 656 t in October, above 600 t for the third time this year after January's
 * 877 t". The words may tell an earlier step of the story, not the base the change is measured on.
 */
function baseAfterAnEarlierStep(claim: ExtractedClaim, sentence: string): boolean {
  if (claim.stated.type !== "change" && claim.stated.type !== "direction") return false;
  const basis = /^\d{4}-(\d{2})$/.exec(claim.stated.basis);
  if (!basis) return false;
  const words = STEP_WORDS[Number(basis[1]) - 1];
  return words !== undefined && words.after.test(sentence) && !words.compared.test(sentence);
}

/** For each month (1-12): it named after "after" ("after January's 877 t"), and after a word of comparison. */
const STEP_WORDS = Array.from({ length: 12 }, (_, i) => {
  const name = `(?:${monthNamesOf(i + 1)})`;
  const between = String.raw`(?:(?:the|a|an|its|their|just|only|some|about|around|roughly)\s|\d[\d,.]*\s?(?:k?t|mt|tonnes?|tons?)\s(?:in\s)?)*`;
  return {
    after: new RegExp(String.raw`\bafter\s${between}${name}\b`, "i"),
    compared: new RegExp(
      String.raw`\b(?:from|than|since|against|versus|vs\.?|on|over|compared\s(?:with|to)|relative to)\s${between}${name}\b`,
      "i",
    ),
  };
});

/**
 * A fiscal or financial year in words: "fiscal 2025", "the financial year 2026". A bare "FY2025" is
 * left alone: said of China, whose fiscal year is the calendar year, it is the calendar year.
 */
const FISCAL_YEAR = /\b(?:fiscal(?:\syear)?\s(?:of\s)?(?:19|20)\d{2}|(?:fiscal|financial)\syears?)\b/i;
/** A year split across two calendar years, as fiscal years are written: "2024-25", "2024/25". */
const SPLIT_YEAR = /\b(?:19|20)(\d{2})[-/–](\d{2})\b/g;

/**
 * "in the first half of the financial year 2026", "53,700 t in 2024-25": a year that may run
 * from April (India, Japan, the UK) or October (the US), so a month or part of it read on the
 * calendar is not certainly the one meant.
 */
function fiscalYear(sentence: string): boolean {
  if (FISCAL_YEAR.test(sentence)) return true;
  if (!/\d[-/–]\d/.test(sentence)) return false;
  for (const m of allMatches(SPLIT_YEAR, sentence))
    if ((Number(m[1]) + 1) % 100 === Number(m[2])) return true;
  return false;
}

/** China's own customs cited: then a buyer's "imports" are China's exports to it, told from the buyer's side. */
const CHINA_CUSTOMS_CITED =
  /\b(?:China['’]s|Chinese)\s(?:customs|General Administration)|\bGeneral Administration of Customs\b|\bGACC\b/i;
/** Right after a buyer's name: "Japan's imports of", "U.S. magnet imports", "India imported". */
const IMPORTS_AFTER_BUYER =
  /^(?:['’]s)?\s(?:(?:own|total|overall)\s)?(?:[\w-]+\s){0,3}?imports?\b|^\simported\b/i;
/** Right before a buyer's name: "imports of magnets by Japan". */
const IMPORTS_BY_BEFORE = /\bimports\s(?:of\s(?:[\w-]+\s){1,4})?by\s(?:the\s)?$/i;

/** Between a buyer's imports and the figure: words that make the goods China's or the figure China's exports. */
const CHINA_SIDE_BETWEEN =
  /\b(?:Chinese|China|Beijing|exports?|exported|shipments?|shipped|sales|sold|sent|deliveries|delivered|outbound)\b/i;

/**
 * True when the claim's subject is its destination's imports of the goods from every origin ("Japan's
 * imports of rare earth magnets fell to 200 t", "U.S. magnet imports", "India imported 390 t") in a
 * sentence that does not cite China's customs: the buyer's own count may be meant, which China's
 * export figure does not refute. Not when the goods are China's ("imports of Chinese magnets"), which
 * tell China's exports to the buyer from its side, nor when China's exports come between.
 */
function buyerOwnImports(claim: ExtractedClaim, text: string, sentence: string): boolean {
  if (claim.partner === "WLD" || !/import/i.test(sentence) || CHINA_CUSTOMS_CITED.test(sentence))
    return false;
  const before = sentenceAround(text.slice(0, claim.start), claim.start, claim.start);
  const buyer = findPartners(before)
    .filter(
      (p) =>
        p.value === claim.partner &&
        (IMPORTS_AFTER_BUYER.test(before.slice(p.end, p.end + 50)) ||
          IMPORTS_BY_BEFORE.test(before.slice(Math.max(0, p.start - 60), p.start))),
    )
    .pop();
  return buyer !== undefined && !CHINA_SIDE_BETWEEN.test(before.slice(buyer.end));
}

/** The tests of a whole sentence's words, which every claim of the sentence shares. */
interface SentenceTests {
  joinedMonths: (sentence: string) => boolean;
  joinedYears: (sentence: string) => boolean;
  revision: (sentence: string) => boolean;
  fiscalYear: (sentence: string) => boolean;
  shiftedMonth: (sentence: string) => boolean;
  language: (sentence: string) => boolean;
  periodWords: (sentence: string) => boolean;
}

const ONCE: SentenceTests = {
  joinedMonths: (s) => JOINED_MONTHS.test(s),
  joinedYears: (s) => JOINED_YEARS.test(s),
  revision: (s) => REVISION.test(s),
  fiscalYear,
  shiftedMonth: (s) => SHIFTED_MONTH.test(s),
  language: inUnsureLanguage,
  periodWords: (s) => PERIOD_WORDS.test(s),
};

/** The sentence tests, each run once per distinct sentence of one text. */
export function sentenceTests(): SentenceTests {
  const remembered = (test: (sentence: string) => boolean) => {
    const seen = new Map<string, boolean>();
    return (sentence: string) => {
      let hit = seen.get(sentence);
      if (hit === undefined) seen.set(sentence, (hit = test(sentence)));
      return hit;
    };
  };
  return Object.fromEntries(
    Object.entries(ONCE).map(([name, test]) => [name, remembered(test)]),
  ) as unknown as SentenceTests;
}

/** Words that make the tonnage after them a part of a larger one: "including", "of which". */
const PART_BEFORE =
  /\b(?:including|incl\.|of\swhich|among\sthem|among\swhich|out\sof\swhich)\s(?:(?:about|some|around|roughly|nearly|almost|just\sover|more\sthan|over)\s)?$/i;

/**
 * "29,379 t, including 23,483 t of oxide": a tonnage set as a part of a larger one, read as the
 * total's (no destination of its own) while the words after it name no product the reader knows;
 * the part is then of something the reader did not read, not the total.
 */
function partOfTheWhole(text: string, claim: ExtractedClaim): boolean {
  if ((claim.kind !== "level" && claim.kind !== "ytd") || claim.partner !== "WLD") return false;
  const at = numberStart(text, claim);
  if (!PART_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false;
  const after = text.slice(claim.end, claim.end + 40).split(/[.;!?]/)[0] ?? "";
  return /^\s(?:of|in)\s/i.test(after) && !mentionsIn(after).series.has(claim.series ?? "");
}

/**
 * The cautions the words around a claim raise, weightiest first (the checker names the first when it
 * withholds a contradiction): none for a claim whose words leave its reading as certain as its
 * grounds say.
 * @example cautionsOf(claim of "Exports rose by 677 t in November.", text) // ["difference", ...]
 */
function cautionsOf(claim: ExtractedClaim, text: string, tests: SentenceTests = ONCE): Caution[] {
  const out: Caution[] = [];
  if (splitNumber(text, claim)) out.push("split-number");
  if (gapToForecast(text, claim)) out.push("forecast-gap");
  if (levelWordedAs(text, claim, DIFFERENCE_BEFORE, DIFFERENCE_AFTER)) out.push("difference");
  if (boundOfEachMonth(claim, text)) out.push("each-month");
  if (levelWordedAs(text, claim, AVERAGE_BEFORE, AVERAGE_AFTER)) out.push("average");
  if (levelWordedAs(text, claim, RATE_BEFORE, RATE_AFTER)) out.push("rate");
  if (wordedAsSum(claim, text)) out.push("sum");
  if (partOfTheWhole(text, claim)) out.push("part");
  if (rangeEnd(text, claim)) out.push("range-end");
  if (claim.stated.type === "level" && claim.stated.range && roughRange(text, claim.start, claim.text))
    out.push("rough-range");
  if (ratioToAnotherPeriod(text, claim)) out.push("ratio-to-other-period");
  if (againstAnAverage(text, claim)) out.push("against-average");
  if (seasonalRank(text, claim)) out.push("seasonal-rank");
  // months named in a rank's own words ("beaten only by January and August") are what it ranks after
  const sentence = sentenceAround(text, claim.start, claim.end);
  const outside = claim.kind === "rank" ? sentenceBlanked(text, claim.start, claim.end) : sentence;
  if (claim.period !== null && !claim.period.includes("..") && tests.joinedMonths(outside))
    out.push("joined-months");
  if (claim.period !== null && FULL_YEAR_SPAN.test(claim.period) && tests.joinedYears(outside))
    out.push("joined-years");
  if (baseAfterAnEarlierStep(claim, sentence)) out.push("base-after-step");
  if (claim.kind !== "rank" && tests.revision(sentence)) out.push("revision");
  if (tests.fiscalYear(sentence)) out.push("fiscal-words");
  if (tests.shiftedMonth(sentence) && !sameMonthOnTheYear(claim, sentence)) out.push("shifted-month");
  if (tests.language(sentence)) out.push("language");
  if (buyerOwnImports(claim, text, sentence)) out.push("buyer-imports");
  // a part named in the sentence before, whose figure the claim's subject points back at ("That
  // was a record"), is looked for there; and a table row's, in the table's caption and header
  const head = tableHead(text, claim.start);
  const words = (p: "series" | "partner" | "period") =>
    claim.grounds[p] === "pointed"
      ? `${sentenceBefore(text, claim.start)} ${sentence}`
      : head === null
        ? sentence
        : `${head} ${sentence}`;
  // a product the whole text names alone (`text`) needs no naming again in the sentence
  if (
    claim.series !== null &&
    claim.grounds.series !== "text" &&
    !mentionsIn(words("series")).series.has(claim.series)
  )
    out.push("series-unnamed");
  if (claim.partner !== "WLD" && !mentionsIn(words("partner")).partners.has(claim.partner))
    out.push("partner-unnamed");
  // "exports to Europe": the continent takes in Britain, Switzerland, Norway, Turkey and more than the EU's
  if (claim.partner === "EU27" && namesContinent(words("partner"))) out.push("continent");
  // "North America 994 t", "Asia 2,267 t": customs draws its continents its own way (Mexico with
  // Latin America, the Middle East with Asia), not always as the writer does
  if (claim.partner.endsWith("_region")) out.push("region");
  if (!tests.periodWords(words("period"))) out.push("period-unnamed");
  return out;
}

/**
 * The claims, each with the cautions its words raise (`cautions`, left off when there are none). A
 * figure the text credits to someone else and then disputes is marked `disputed` first, with whom
 * it credits it to (`creditedTo`), and read as a report (a denied one too): the checker shows what
 * the data gives beside whose it is, and never takes it for the text's own.
 */
export function cautionsMarked(claims: ExtractedClaim[], text: string): ExtractedClaim[] {
  const tests = sentenceTests();
  return claims.map((c) => {
    const cautions = cautionsOf(c, text, tests);
    // a report the text denies is told as someone's too: checked, so that the data shows beside whose it is
    const credited = c.mode === "reported" || c.mode === "denied" ? creditedAndDisputed(text, c) : null;
    if (credited !== null)
      return { ...c, mode: "reported", cautions: ["disputed", ...cautions], creditedTo: credited };
    // "averaged 5,799 t a month": checked as the span's monthly average
    const perMonth = c.stated.type === "level" && perMonthOverSpan(text, c);
    if (perMonth && !cautions.includes("rate")) cautions.push("rate");
    const rated =
      perMonth && c.stated.type === "level" ? { ...c, stated: { ...c.stated, perMonth: true as const } } : c;
    return cautions.length === 0 ? rated : { ...rated, cautions };
  });
}
