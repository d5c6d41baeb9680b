// Reasons, found in the words around a claim or in the data behind it, why a contradiction would not
// be certain however the claim was read: a sentence in a language the reader has not been measured
// on, a number that may be the tail of a longer one ("3 188 tonnes", "3천188t"), a month set in
// another year by the words around it ("the May before"), two months joined ("in May and June"), a
// number written as a difference or an average, a sentence that does not itself name the product
// (unless the whole text names no other) or a period; and in the data, a figure on which the sources
// disagree.

import type { EvidenceRow, Figure } from "../../analytics/figure-book.js";
import { precisionUnit } from "../../domain/decimal.js";
import { monthIndex } from "../../domain/period.js";
import { toTonnes } from "../../domain/units.js";
import { nearMiss, sizeOf, withinReach, type Interval } from "./check-figures.js";
import type { ExtractedClaim } from "../types.js";
import { roughRange } from "../extract/level-ranges.js";
import { yearBeforeBase } from "../extract/month-named-after-all.js";
import { MONTHS, monthNamesOf } from "../extract/lexicon.js";
import { findSeries } from "../extract/subjects.js";
import { tableHead } from "../extract/tables.js";
import { sentenceAround, sentenceBefore } from "../extract/sentence-around.js";
import { mentionsIn, namesContinent, numberStart, sentenceBlanked } from "./sentence-readings.js";
import { wordedAsSum } from "./sum-words.js";
import { unreadLanguage } from "./unread-language.js";
import { allMatches } from "../extract/all-matches.js";

/** Letters of the scripts the reader reads only in part: CJK, Hangul and Cyrillic (Russian). */
const OTHER_SCRIPT = /[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const LETTERS = /[A-Za-z\u00c0-\u024f\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
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

/** Why a claim in a sentence not in English is not contradicted, or null for an English one. */
export function languageDoubt(sentence: string): string | null {
  return notEnglish(sentence) || unreadLanguage(sentence)
    ? "the sentence is not in English, and the reader is not yet sure enough of other languages to contradict"
    : null;
}

/**
 * True when the sentence is not English: a fifth of its letters CJK, Hangul or Cyrillic, or more
 * German, French or Spanish function words than English ones.
 */
export function notEnglish(sentence: string): boolean {
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

/** Words that make the number next to them a difference: "topping October's by 677 t", "677 t more than". */
const DIFFERENCE_BEFORE =
  /\bby\s+(?:(?:about|around|roughly|some|nearly|almost|over|more than|just over|just under|close to|a further|another)\s+)?$/i;
const DIFFERENCE_AFTER = /^\s*(?:more|less|fewer|higher|lower|above|below|short of|up on|down on)\b/i;

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

/** The same, for withholding support: not "mean" (a verb as often), not a base month ("656 t a month earlier"). */
const RATE_BEFORE = /\b(?:averag(?:e|es|ed|ing)|on average)\b[^.;\d]{0,30}$/i;
const RATE_AFTER =
  /^\s*(?:(?:a|per|each|every)\s(?:month|day|week|year)\b(?!\s(?:earlier|ago|before|later|prior|previously|on)\b)|on average\b)/i;

/**
 * Why a level that a month's figure equals is not supported by it: the words around its number make
 * it an average or a rate ("averaged 4,676 t a month", "on average, 538 t per month over the
 * quarter"), which a month's figure equals only by chance. Null when nothing says so.
 */
export function notOneMonthsLevel(claim: ExtractedClaim, text: string | undefined): string | null {
  if (text === undefined) return null;
  if (boundOfEachMonth(claim, text)) return EACH_MONTH;
  if (!levelWordedAs(text, claim, RATE_BEFORE, RATE_AFTER)) return null;
  return "the words around the number make it an average or a rate over several periods, which one period's figure equals only by chance";
}

const EACH_MONTH = "the bound is said of each month of the span, not of the span's total";
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

/** Two months joined as one period: "in May and June", "May & June" (not "between May and June"). */
const JOINED_MONTHS = new RegExp(
  `(?<!\\b(?:between|from)\\s)\\b${MONTH_WORD}\\.?\\s(?:and|&|plus)\\s${MONTH_WORD}\\b`,
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
  return named !== undefined && own !== undefined && named !== Number(own);
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

/** Why a contradiction of this claim would not be certain, or null. */
export function doubtAbout(claim: ExtractedClaim, text: string | undefined): string | null {
  if (text === undefined) return null;
  if (splitNumber(text, claim))
    return "the number may be the end of a longer one written with spaces or words";
  if (levelWordedAs(text, claim, DIFFERENCE_BEFORE, DIFFERENCE_AFTER))
    return "the words around the number make it read as a difference between two figures, not a level";
  if (boundOfEachMonth(claim, text)) return EACH_MONTH;
  if (levelWordedAs(text, claim, AVERAGE_BEFORE, AVERAGE_AFTER))
    return "the words around the number make it an average or a rate over several periods, not one period's level";
  if (wordedAsSum(claim, text))
    return "the words around the number make it a sum over several periods, not one month's level";
  if (rangeEnd(text, claim)) return "the number is one end of a range, not a level of its own";
  if (claim.stated.type === "level" && claim.stated.range && roughRange(text, claim.start, claim.text))
    return "the range is told as rough ('anywhere from', 'perhaps'), a guess the data may bear out but does not refute";
  if (ratioToAnotherPeriod(text, claim))
    return "the percentage is of another period's figure, which makes it a ratio to that period, not a share of the total";
  if (againstAnAverage(text, claim))
    return "the figure is set against an average of several months, not against one month's figure";
  if (seasonalRank(text, claim))
    return "the rank may be among the same month of each year, which a rank over every month does not decide";
  // months named in a rank's own words ("beaten only by January and August") are what it ranks after
  const sentence = sentenceAround(text, claim.start, claim.end);
  const outside = claim.kind === "rank" ? sentenceBlanked(text, claim.start, claim.end) : sentence;
  if (claim.period !== null && !claim.period.includes("..") && JOINED_MONTHS.test(outside))
    return "the sentence joins two months ('in May and June'), and the figure may be their sum or either's";
  if (claim.period !== null && FULL_YEAR_SPAN.test(claim.period) && JOINED_YEARS.test(outside))
    return "the sentence joins two years ('over 2024 and 2025'), and the figure may be their sum or either's";
  if (baseAfterAnEarlierStep(claim, sentence))
    return "the base month is named after 'after', which may tell an earlier step of the story rather than what the change is measured against";
  if (claim.kind !== "rank" && REVISION.test(sentence))
    return "the sentence speaks of a revision, and the data may hold the figure from before or after it";
  if (fiscalYear(sentence))
    return "the sentence dates the figure by a fiscal year, which need not run with the calendar year China's customs count in";
  if (SHIFTED_MONTH.test(sentence) && !sameMonthOnTheYear(claim, sentence))
    return "the sentence sets a month in another year ('the May before'), which the reader does not date for certain";
  const language = languageDoubt(sentence);
  if (language !== null) return language;
  // a part named in the sentence before, whose figure the claim's subject points back at ("That
  // was a record"), is looked for there
  // and a table row's, in the table's caption and header
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
    !findSeries(words("series")).some((m) => m.value === claim.series)
  ) {
    return `the sentence does not itself name ${claim.series} (the product was read from other words)`;
  }
  if (claim.partner !== "WLD" && !mentionsIn(words("partner")).partners.has(claim.partner)) {
    return `the sentence does not itself name ${claim.partner} (the destination was read from other words)`;
  }
  // "exports to Europe": the continent takes in Britain, Switzerland, Norway, Turkey and more than the EU's
  if (claim.partner === "EU27" && namesContinent(words("partner")))
    return "the sentence names Europe, which is wider than the European Union the data holds";
  // "North America 994 t", "Asia 2,267 t": customs draws its continents its own way (Mexico with
  // Latin America, the Middle East with Asia), not always as the writer does
  if (claim.partner.endsWith("_region"))
    return "customs groups the countries of a continent its own way, which the writer may not";
  if (!PERIOD_WORDS.test(words("period")))
    return "the sentence names no period (the month was read from other words)";
  return null;
}

/**
 * Why a contradiction resting on a span no source states, made from totals released at different
 * times (a year to date less a month, a year to date and the months after it), would not be
 * certain: revisions between the releases may have moved it. It can bear a figure out; it does not
 * refute one. A span summed from its months alone is as certain as they are. Null otherwise.
 */
export function composedAbout(figures: readonly Figure[]): string | null {
  const f = figures.find((x) => x.less !== undefined || x.parts?.some((p) => p.period.includes("..")));
  if (!f) return null;
  const made = [
    ...(f.parts ?? []).map((p) => p.period),
    ...(f.less ?? []).map((p) => `less ${p.period}`),
  ].join(", ");
  return `no source states the total for ${f.period}; it is made from totals released at different times (${made}), which revisions may have moved`;
}

/**
 * Why a contradiction resting on a figure the sources dispute would not be certain: some source's
 * value makes the statement true. A level is checked against each source's value; a change or a
 * share against every value the sources' figures allow together, each with its own rounding ("-2.3%"
 * is wrong of 58,152 t -> 57,392 t and of the other sources' totals alike); a rank against the
 * figures that beat it, on every source's values. Other kinds of figure computed from a disputed
 * one (streaks, changes of shares) are never certain. Null when the figures are undisputed, or no
 * source's value fits the statement.
 */
export function disputeAbout(
  claim: ExtractedClaim,
  figures: readonly Figure[],
  rows: readonly EvidenceRow[][],
): string | null {
  const i = figures.findIndex((f) => f.point.conflict);
  if (i < 0) return null;
  const f = figures[i] as Figure;
  const why = `the sources disagree on the ${f.point.series} figure for ${f.point.partner} in ${f.period} (see conflicts)`;
  const s = claim.stated;
  // a source's value the statement comes near enough to, as the check itself allows (a near miss)
  if (s.type === "level")
    return (rows[i] ?? []).some((r) => {
      const v = rowValue(r);
      return withinReach(s, [v, v], nearMiss.tonnes(v));
    })
      ? why
      : null;
  if (s.type === "rank") return certainlyBeaten(s, figures, rows) ? null : why;
  const range = sourcesRange(claim, figures, rows);
  if (range === null || !("low" in s)) return why;
  const margin =
    s.type === "change" && s.unit === "t" ? nearMiss.tonnes(figures[1]?.value ?? 0) : nearMiss.points(s.pct);
  return withinReach(s, range, margin) ? why : null;
}

/** An evidence row's value as a stated level holds it: tonnes for a quantity, else as printed (money). */
export function rowValue(row: EvidenceRow): number {
  return toTonnes(row.value, row.unit) ?? Number(row.value);
}

/**
 * A level that repeats, digit for digit, a figure a published source gave for the same series,
 * destination and period, where that source's figure agrees with the data within its own rounding
 * or hedge (SCMP's "5,600 t" for March 2025's 5,666.3 t, filed as approximate): the writer quotes a
 * source the data itself counts as agreeing, with its hedge dropped. Wrong it may be, certain it is not.
 */
export function echoesAgreeingSource(
  claim: ExtractedClaim,
  figures: readonly Figure[],
  rows: readonly EvidenceRow[][],
): string | null {
  const s = claim.stated;
  if (s.type !== "level" || figures.length !== 1) return null;
  const echoed = (rows[0] ?? []).find((r) => {
    if (!r.agrees) return false;
    const v = rowValue(r);
    return Number.isFinite(v) && Math.abs(v - s.value) <= 1e-9 * Math.max(1, Math.abs(v));
  });
  return echoed
    ? `${echoed.publisher} printed this figure for the same period, and the data counts that source's figure as agreeing with its own within the source's rounding`
    : null;
}

/** Every value one figure may have: each source's value (and the resolved one) with its rounding. */
function figureRange(f: Figure, rows: readonly EvidenceRow[]): Interval | null {
  if (f.parts) {
    // a composed span: what each part allows, added or taken away
    let low = 0;
    let high = 0;
    for (const [sign, list] of [
      [1, f.parts],
      [-1, f.less ?? []],
    ] as const)
      for (const p of list) {
        const r = figureRange(
          p,
          rows.filter((x) => x.period === p.period),
        );
        if (r === null) return null;
        low += sign === 1 ? r[0] : -r[1];
        high += sign === 1 ? r[1] : -r[0];
      }
    return [low, high];
  }
  let low = f.value - f.halfStep;
  let high = f.value + f.halfStep;
  for (const r of rows) {
    const v = toTonnes(r.value, r.unit);
    if (v === null || f.unit !== "t") return null;
    const half = (Number(precisionUnit(r.value)) * (r.unit === "kg" ? 1e-3 : 1)) / 2;
    low = Math.min(low, v - half);
    high = Math.max(high, v + half);
  }
  return [low, high];
}

/**
 * True when a contradicted rank holds on every source's figures: the stated rank's number of the
 * figures beating the claim's (which a rank's check lists after it, at most three) beat it
 * whatever value each source gives.
 */
function certainlyBeaten(
  s: Extract<ExtractedClaim["stated"], { type: "rank" }>,
  figures: readonly Figure[],
  rows: readonly EvidenceRow[][],
): boolean {
  const cur = figureRange(figures[0] as Figure, rows[0] ?? []);
  if (cur === null) return false;
  let beaten = 0;
  for (let j = 1; j < figures.length; j++) {
    const r = figureRange(figures[j] as Figure, rows[j] ?? []);
    if (r !== null && (s.direction === "high" ? r[0] > cur[1] : r[1] < cur[0])) beaten++;
  }
  return beaten >= s.n;
}

/** What a change (percent or tonnes) or a share may be on every source's figures, or null for other kinds. */
function sourcesRange(
  claim: ExtractedClaim,
  figures: readonly Figure[],
  rows: readonly EvidenceRow[][],
): Interval | null {
  const s = claim.stated;
  if (figures.length !== 2 || (s.type !== "change" && s.type !== "share")) return null;
  const a = figureRange(figures[0] as Figure, rows[0] ?? []);
  const b = figureRange(figures[1] as Figure, rows[1] ?? []);
  if (a === null || b === null || b[0] <= 0) return null;
  if (s.type === "share") return [(a[0] / b[1]) * 100, (a[1] / b[0]) * 100];
  // a change's figures are the month's and its base's
  if (s.unit === "%") return [(a[0] / b[1] - 1) * 100, (a[1] / b[0] - 1) * 100];
  if (s.unit === "t") return s.unsigned ? sizeOf([a[0] - b[1], a[1] - b[0]]) : [a[0] - b[1], a[1] - b[0]];
  return null;
}
