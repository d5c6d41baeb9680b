// Periods as the press names them ("in November", "last month", "the first 11 months", "Jan-Nov",
// "from January through September", "the nine months to September", "H1", "first half", "year to
// date", "across all of 2025", "last year"), resolved against the publication date, and the role each
// plays in its clause: the claim's own period, a comparison base, or a "since" scope. Spans (ranges
// and years) are read in period-spans.ts; German and CJK wordings in periods-intl.ts.

import { monthsTogether } from "./months-together.js";
import {
  indexOf as toIndex,
  monthAt as fromIndex,
  monthIndex as parseMonth,
  monthOfYear,
  yearOf,
} from "../../domain/period.js";
import {
  DATED_BASE_FIGURE,
  FRACTION_WORDS,
  MONTHS,
  MONTH_NAME,
  MONTH_NAMES_POLICY,
  PAST_MOVES,
  WHAT_WAS_SHIPPED,
  YEAR,
  anotherMonthAt,
  FRACTION_WHOLE_NOUN,
  MONTH_WHOLE_NOUN,
} from "./lexicon.js";
import { hedgedLevelBefore } from "./hedged-level-month.js";
import { datelineMonthAt } from "./datelines.js";
import { editionDate } from "./edition-dates.js";
import { possessiveMay } from "./possessive-may.js";
import { findIntlPeriods } from "./periods-intl.js";
import { findRomancePeriods } from "./periods-romance.js";
import { findSpans, findYears } from "./period-spans.js";
import { datesSinceEvent, eventSinceBefore } from "./since-policy.js";
import { allMatches, latin1Stub } from "./all-matches.js";
import { findPartners } from "./subjects.js";
import { HEDGE_WORDS } from "./numbers.js";

export type PeriodRole = "main" | "base" | "since";

/** A period found in a clause; `start`/`end` are offsets in the clause text. */
export interface PeriodMention {
  start: number;
  end: number;
  period: string;
  /** `month`, `range` (a cumulative or quarter), or `year` (a bare year: full-year range). */
  shape: "month" | "range" | "year";
  role: PeriodRole;
  /** The text named the year; otherwise a month was resolved against the anchor. */
  explicitYear: boolean;
  /** A month named in the possessive ("April's 358 tonnes"): it names that figure's own month. */
  possessive?: boolean;
  /** "year to date", "so far this year" run to the latest month: the text may be on an earlier one. */
  toDate?: boolean;
  /** "that month": the period is carried over from earlier text, not named here. */
  anaphor?: boolean;
  /** "for the quarter": the words leave which one to the reader, so the reading is plausible, not certain. */
  unnamed?: boolean;
  /** "for the year", "full-year exports": a year whose number the words leave to the text. */
  yearUnsaid?: boolean;
  /** "Q4" in October: a half or quarter not over when the text was published, whose figures no one has yet. */
  unfinished?: boolean;
  /** "the first half of December", "early November": a part of the month, for which customs publish no figure. */
  part?: boolean;
  /** "by August": the month's own figure or the year so far, whichever this mention is not. */
  orPeriod?: string;
  /**
   * A month named without a year that is also the publication's month or one of the two after it
   * ("in July" in a story of June 15): the coming month, whose figure no one has yet, may be meant.
   */
  ahead?: string;
  /**
   * A month named without a year that resolves to one of the two months before publication ("in
   * January" in a story of early February): its figure may not have been out yet, so the same month
   * a year before may be meant.
   */
  yearBefore?: string;
  /**
   * "last October" in a story of December 2025: the latest October, 2025's, though many writers mean
   * the October of the year before, so that one may be meant too.
   */
  lastOrYearBefore?: string;
  /**
   * "last month" in a text out in the first days of a month, before any of the month before's figures
   * were: the latest month whose figures were out may be meant.
   */
  monthBefore?: string;
  /**
   * "the highest since the export controls began in April": the month dates the event a rank's
   * "since" window counts from; it is neither the month ranked nor the one the text goes on about.
   */
  windowEvent?: boolean;
}

/** A month as a count since year 0, for arithmetic. */
export type MonthIndex = number;

// month arithmetic has one home, in the domain; the reader's names for it are kept for its grammars
export { fromIndex, parseMonth, toIndex };

/** What relative dates resolve against: the publication month (exclusive) and a default year. */
export interface PeriodAnchor {
  /** The latest month an article can report: the month before publication. */
  latest: MonthIndex | null;
  /** A year named elsewhere in the sentence ("in 2025"), used for months named without one. */
  year: number | null;
  /** The period the text spoke of until now: what "that month" points back to. */
  carried?: string | null;
  /** A month named with its year earlier in the sentence ("By November 2023 ..., and ..."). */
  dated?: string | null;
  /** The text came out in the first days of a month, before any figures of the month before. */
  early?: boolean;
}

/** The latest month numbered `month` at or before `limit`; with an explicit year, that month. */
export function resolveMonthName(
  month: number,
  year: number | null,
  limit: MonthIndex | null,
): MonthIndex | null {
  if (year !== null) return toIndex(year, month);
  if (limit === null) return null;
  const y = yearOf(limit);
  const candidate = toIndex(y, month);
  return candidate <= limit ? candidate : toIndex(y - 1, month);
}

/** The month numbered `month` in the publication's month or the two after it, or null. */
function comingMonth(month: number, latest: MonthIndex | null): string | null {
  if (latest === null) return null;
  const published = latest + 1;
  const k = (month - 1 - (published % 12) + 12) % 12;
  return k <= 2 ? fromIndex(published + k) : null;
}

/**
 * After a month, the words that set it a year before the one it names alone: "November a year ago",
 * "December a year earlier", "May of the previous year", "March the year before". The month is
 * dated a year before the month read alone (in a story of November 2025, "November a year ago" is
 * November 2024; in one of December 2025 published in January, "December a year earlier" is December 2024).
 */
const A_YEAR_BACK =
  "\\s(a\\syear\\s(?:ago|earlier|before)|(?:of|in)\\s(?:the\\s)?(?:previous|prior|preceding)\\syear|the\\syear\\s(?:before|earlier))\\b";
// "March of 2024", and as Spanish, Portuguese and Italian join the year: "marzo de 2024", "março de 2024"
const MONTH = new RegExp(
  `\\b(${MONTH_NAME})\\b\\.?(?:,?\\s(?:(?:of|de|del)\\s)?(?:(${YEAR})\\b|(last|this)\\syear\\b)|\\s?['’](\\d{2})\\b|${A_YEAR_BACK})?`,
  "g",
);
/** "last year's" or "this year's" right before a month's name: "last year's November figure". */
const YEAR_POSSESSIVE_BEFORE = /\b(last|this)\syear['’]s\s$/i;
/**
 * After a month, the noun of its figure and then the year: "November's figure last year", "the
 * October total of last year", "October's 4,753 t last year".
 */
const FIGURE_THEN_YEAR_AFTER =
  /^(?:['’]s)?\s(?:(?:monthly|export|shipment|customs|final|revised)\s)?(?:figure|total|tally|level|volume|number|reading|print|tonnage|[\d,.]+\s?(?:t|tonnes|tons))\s(?:of\s)?(last|this)\syear\b/i;

/**
 * The year word ("last", "this") that dates a month named with its figure's noun: before it as a
 * possessive ("last year's November figure") or after the noun ("November's figure last year").
 */
function yearOfMonthFigure(
  clause: string,
  start: number,
  end: number,
): { word: string; start: number } | null {
  const before = YEAR_POSSESSIVE_BEFORE.exec(clause.slice(Math.max(0, start - 16), start));
  if (before) return { word: before[1] as string, start: start - before[0].length };
  const after = /^['’]?s?\s[\w,.]/.test(clause.slice(end, end + 4))
    ? FIGURE_THEN_YEAR_AFTER.exec(clause.slice(end, end + 48))
    : null;
  return after ? { word: after[1] as string, start } : null;
}
/** "last" right before a month's name: "last December". */
const LAST_BEFORE = /\blast\s$/i;
/**
 * "2025-11", as data files and analysts write a month; a full date ("date 2025-07-16", as scraped
 * pages stamp the day they went up) names the day of a release or a posting, not the figures' month.
 */
const ISO_MONTH = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])\b(?!-\d)/g;
/** A month written as tables and analysts' notes do, month first: "11/2024", "3/2025" (not a day's date "11/20/2025"). */
const SLASH_MONTH = /(?<![\d/.,])(0?[1-9]|1[0-2])\/((?:19|20)\d{2})(?![\d/])/g;
/**
 * "last month", and as Spanish, French, Portuguese, Italian and Indonesian say it: "el mes pasado", "le mois
 * dernier", "no mês passado", "il mese scorso", "bulan lalu"
 * (not after "dari", from, where it is a change's base). Each word
 * opens with a letter, so `(?<!\w)` is the word boundary before it; with `iu` flags the engine
 * tries `\b` at every character of the clause, many times slower (see change-bases.ts).
 */
const LAST_MONTH =
  /(?<!\w)last month\b|(?<!\w)el mes pasado\b|(?<!\w)le mois (?:dernier|passé)(?![\p{L}])|(?<!\w)mês passado(?![\p{L}])|(?<!\w)(?:mese scorso|scorso mese)(?![\p{L}])|(?<![\p{L}])(?<!(?:dari|dibandingkan|dengan)\s)bulan lalu(?![\p{L}])/giu;
/** "the month before last": the month before "last month", as the publication date places it. */
const MONTH_BEFORE_LAST = /(?<!\w)the month before last\b/gi;
/**
 * "that month", "the same month", "in the month": the month the text spoke of before (not "that month
 * last year", "in the month before").
 */
export const THAT_MONTH =
  /\b(?:that|that same|the same) month\b(?!['’]|\s(?:last|a year|of|in|the previous|one year|twelve|12|before|after)\b)|\bin the month\b(?!['’]|\s(?:before|after|to|of|earlier|ahead)\b)/gi;

/** A number in words, as a figure set against the claim's is often spoken: "up from forty-six in May". */
const NUMBER_WORD =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|thousand)";
/**
 * A comparison word before the month: "from September", "after a weak September", "than the bumper
 * August", "the gap to June's" (one describing word after an article still leaves the month the one
 * compared with), "fell from a record in June", "retreated from the peak set in June" (the month
 * of the level moved from; not "highest on record in June", the month's own); not the data's own month ("Two numbers from August stood out"). A number among
 * its words never ends in a comma: in "Compared with 2024, the first half was 18.9% lower" the half
 * is the clause's own.
 */
const BASE_BEFORE = new RegExp(
  `\\b(?:(?:gap|difference)\\s(?:to|with|from)|(?<!\\b(?:numbers|figures|data|statistics|readings|results|releases)\\s)from|than|above|below|under|over|versus|vs\\.?|against|ahead of|behind|compar(?:e|es|ed|ing)\\s(?:with|to)|(?<!\\b(?:read|take|thoughts|notes?|look|update|briefing|brief|report|piece|story|data|figures|numbers|details|comments?|commentary|views?|focus|column|podcast|episode|thread|more|primer|explainer)\\s)on|relative to|after|short of|shy of|beat|beating|exceed(?:ed|ing)?|surpass(?:ed|ing)?|top(?:ped|ping)|outpac(?:ed|ing)|outstrip(?:ped|ping)|trail(?:ed|ing|s)?|lag(?:ged|ging|s)?)\\s(?:(?:the|a|an|in|its|their|those|that|(?<!(?:[\\d%]|\\b(?:k?t|mt|kg|tonnes?|tons?|cent|percent|pc))\\s)last|levels?|of|\\d(?:[\\d,.]{0,19}\\d)?(?:%|k?t|mt)?|per|cent|percent|pc|${NUMBER_WORD}|tonnes?|tons?|t|mt|kt|kg|kilograms|kilos|metric|seen|recorded|shipped|exported|same|corresponding|month|period|figure|total|volume|tally|amount|low|high|peak|trough|bottom|maximum|minimum|best|worst|(?:previous|prior|earlier|former)(?=\\s(?:peak|high|low|record|maximum|minimum|best|worst|trough|bottom)\\b)|(?<!\\bon\\s)record|all-time|set|reached|hit|just|only|merely|mere|about|around|roughly|nearly|almost|some|approximately|barely|(?<=\\b(?:figure|level|total|volume|tally|amount|number)\\s)for)\\s){0,6}(?:(?<=\\b(?:a|an|the|its|their)\\s)(?!(?:month|period|figure|same|corresponding|first|last|whole)\\s)[a-z]{3,12}\\s)?$`,
  "i",
);
/**
 * "15% more than India received in May", "less than the US took in April", "than it did in March": a
 * month after "than" and a subject's verb dates what the figure is set against, not the figure.
 */
const THAN_SUBJECT_BEFORE =
  /\bthan\s(?:(?:the\s)?(?:[A-Z][\w.'’-]*\s){1,3}|(?:it|they|that|those|exports|shipments|volumes?)\s)(?:had\s)?(?:received|took|imported|bought|got|shipped|exported|saw|managed|recorded|posted|did|was|were|had)\s(?:in|during)\s$/;
/**
 * German names the month before (or a year before) and then which it was: "im Vormonat September",
 * "gegenüber dem Vorjahresmonat Oktober": the month named is the base, not the clause's own.
 */
const DE_BASE_MONTH_BEFORE = /\b(?:Vormonats?|Vorjahresmonats?)\s$/;
/**
 * Spanish, Portuguese and Italian before a base month: "un 75% más que en junio", "respecto a mayo",
 * "frente al mes de abril", "em relação a outubro", "na comparação com setembro", "rispetto a ottobre",
 * "rispetto ad aprile", French "par rapport au mois d'avril" and "qu'au mois d'octobre", "em comparação
 * com maio"; right after a percentage, "sobre", "face a", "ante", "sur" and "su" too ("recuo de 1,6% sobre
 * março de 2025", "+24,7% su ottobre", "un alza del 60 por ciento sobre la cifra de abril"), and German "über" and "unter" ("10,2 Prozent über dem Juli");
 * Indonesian "dibandingkan (dengan) (bulan)" and "dari bulan" ("naik 12% dibandingkan Oktober"), and
 * "dari" right after a percentage ("melonjak 26,5% dari Oktober menjadi ...": from October).
 */
const ES_BASE_BEFORE =
  /\b(?:(?:más|menos)\sque\sen|respecto\s(?:a|al|de)|con\srespecto\s(?:a|al)|frente\s(?:a|al)|en\scomparación\scon|comparad[oa]s?\scon|em\srelação\s(?:a|ao)|na\scomparação\scom|em\scomparação\s(?:com|a)|rispetto\s(?:a|ad|al)|in\sconfronto\s(?:a|con)|par\srapport\s(?:à|au)|qu['’](?:au|en)|(?<=(?:\d\s?%|\d\spor\sciento|\d\spour\scent|\d\spor\scento|\d\spersen)\s)(?:sobre|face\sa|ante|sur|su|dari)|dibandingkan(?:\sdengan)?|dari\sbulan)\s(?:el\s|o\s|bulan\s|(?:la\scifra|el\sdato|el\snivel|le\schiffre|le\sniveau|o\snúmero|o\snível)\s(?:de|del|para|en|du|do|em)\s)?(?:mes\sde\s|mês\sde\s|mese\sdi\s|mois\sd['’]|mois\sde\s)?$|(?<=(?:\d\s?%|\bProzent)\s)(?:über|unter)\s(?:dem\s)?$/i;
/**
 * German and Romance words that set a figure against another month's, with that figure or an
 * article between: "nach 6.146 Tonnen im August", "28,7 Prozent weniger als im August", "face a
 * julho", "contre 2 060,3 tonnes en octobre", "après 5 473 tonnes en octobre", "tras las 5.774
 * toneladas de septiembre", "dopo le 808 tonnellate di novembre", "menos 4,7% do que em julho", "160% acima
 * das 1.238 t de maio", "por encima de las 5.774 toneladas de septiembre",
 * Indonesian "turun dari 6.146 ton pada Agustus", "dibandingkan 4.915 ton pada September 2024". The
 * month named is the base.
 */
const FIGURE_BASE_INTL_BEFORE =
  /(?<![\p{L}])(?:nach|als|gegenüber|verglichen\smit|im\sVergleich\s(?:zu[mr]?|mit(?:\sde[mn])?)|face\sao?|do\sque|contre|après|contra|após|tras|dopo|contro|acima\sd[aeo]s?|abaixo\sd[aeo]s?|por\s(?:encima|debajo)\sde|al\sdi\s(?:sopra|sotto)\s(?:de(?:lle|i|l)?|di)|dari(?=\s\d)|dibandingkan(?:\sdengan)?)\s(?:(?:dem|den|der|des|im|in|rund|etwa|knapp|noch|nur|lediglich|seulement|solo|apenas|les|la|le|l'|el|los|las|o|os|a|as|de|des|du|en|em|no|na|nel|di|del|delle|dei|\d[\d.,\s]{0,12}\d|\d|Tonnen|Tonne|tonnes|tonne|toneladas|tonelada|tonnellate|tonnellata|t|kg|Kilogramm|kilogrammes|kilos|ton|metrik|pada|bulan)\s){0,5}$/iu;
/**
 * Romance "from a figure in a month to another figure": "passando da 590 tonnellate ad agosto a 421
 * tonnellate", "cayeron de 590 toneladas en agosto a 421", "passant de 590 tonnes en août à 421": the
 * month is the first figure's, the base the second moved from, as "from 590 tonnes in August to" is.
 */
const FROM_FIGURE_INTL_BEFORE =
  /(?<![\p{L}])(?:da|de|desde|dal|dalle|dai)\s(?:\d[\d.,\s]{0,12}\d|\d)\s(?:tonnellate|tonnellata|toneladas|tonelada|tonnes|tonne|t|kg|chilogrammi|kilogrammes|quilos|kilos)\s(?:en|em|in|a|ad|no|na|de|di|du|dans)?\s?$/iu;
const TO_FIGURE_INTL_AFTER =
  /^\s(?:(?:de\s|del\s)?\d{4}\s)?(?:a|à|al|ao|até|para|hasta)\s(?:\d|unas?\s\d|cerca\sde\s\d|circa\s\d)/iu;
/** "40% under March", "a tenth under the previous month": a share of a level under a month is its base. */
const PCT_UNDER_BEFORE =
  /(?:\d\s?(?:%|per\s?cent|percent|pc)|\b(?:half|thirds?|quarters?|fifths?|tenths?))\s(?:under|short of|shy of)\s(?:(?:the|its|their)\s)?$/i;
/** "added 1,878 tonnes to May's volume", "tacked 300 t onto the October tally": what a difference is added to. */
const ADDED_TO_BEFORE =
  /\b(?:add(?:s|ed|ing)?|tack(?:s|ed|ing)?)\s(?:[^,;]|,(?=\d)){1,40}?\s(?:on)?to\s(?:(?:the|its|their)\s)?(?:(?:figure|level|total|volume|tally|amount)\s(?:of|for|in)\s)?$/i;
/** "Over the first 11 months, ..." opens a span, unlike "12% over October", which names a base. */
const SPAN_OVER_BEFORE = /(?:^\s*(?:[-•*–—]\s*)?["“‘'«]?|[,;(]\s*|\b(?:and|but|while)\s)over\s(?:the\s)?$/i;
/**
 * "2.4 times April's level", "less than a quarter of January's", "five times the volume of May", "six
 * times as much as in May": the month is the comparison's.
 */
const RATIO_BEFORE =
  /(?:\b(?:times|twice|double|triple|treble|quadruple|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?|fifteenths?|twentieths?)|\d(?:x|-?fold)|[a-z]fold)\s(?:(?:of|that of|those of|the level of|the level in|(?:its|their) (?:level|volume|figure|total|amount|tonnage) (?:in|of|for)|the|its|their|of (?:its|their|the)|(?<=(?:times|twice|double|triple|treble|quadruple|x|fold)\s)(?:the (?:volume|figure|total|amount|tally) (?:of|in|for|seen in)|as (?:much|many|high|large|big) as(?: in)?))\s)?$/i;
/**
 * "two and a half times what China shipped in May", "about 2.6 times the amount sent in May": the
 * month of what the multiple is taken of, said as a clause rather than a figure.
 */
const RATIO_WHAT_BEFORE = new RegExp(
  `(?:\\b(?:times|twice|(?:doubl|tripl|trebl|quadrupl)(?:e|ed|es|ing)|halved|halving|${FRACTION_WORDS})|\\d(?:x|-?fold))\\s(?:of\\s)?(?:${WHAT_WAS_SHIPPED})\\s(?:(?:abroad|overseas)\\s)?(?:in|during)\\s$`,
  "i",
);
/**
 * "three times the 1,200 t of March", "a tenth of the 689 tonnes shipped in May 2024", "more than
 * doubled the 131 tonnes it received in June": the month of the figure compared with.
 */
/**
 * "only 8% of March's", "19 per cent of April's level": a percentage of another month's figure
 * compares with it; not a share of that month's whole ("15% of September's total") nor a share a
 * verb takes ("took 20% of April's exports").
 */
const PCT_OF_BEFORE =
  /(?<![\d.,]|\b(?:took|takes|taking|accounted for|accounting for|accounts for|made up|making up|makes up|represented|representing|comprised|received|receiving|absorbed|bought)\s(?:(?:only|just|about|roughly|some|nearly|almost|over|under)\s)?)\d{1,3}(?:\.\d{1,2})?\s?(?:%|per ?cent|percent)\sof\s(?:the\s(?:level|figure)\s(?:of|in|for|seen in)\s|the\s|(its|their)\s)?$/i;
const WHOLE_AFTER = new RegExp(`^[\\w-]*(?:['’]s)?\\s${MONTH_WHOLE_NOUN}\\b`, "i");

/**
 * A bound that hedges a percentage of a whole: "just under 22% of ", "over 21 per cent of the ",
 * "less than 10 percent of ".
 */
const BOUNDED_PCT_OF =
  /\b(?:under|over|above|below|(?:less|more|fewer)\sthan)\s\d{1,3}(?:\.\d{1,2})?\s?(?:%|per ?cent|percent|pc)\sof\s(?:the\s)?$/i;

/**
 * A percentage of the month's figure: of the subject's own in another month ("of their April
 * volume"), or not of the month's whole.
 */
function pctOfMonth(clause: string, before: string, start: number): boolean {
  const m = PCT_OF_BEFORE.exec(before);
  if (m === null) return false;
  if (m[1] !== undefined) return anotherMonthAt(clause, start);
  const after = clause.slice(start, start + 40);
  if (!WHOLE_AFTER.test(after)) return true;
  // "1,238 t in May, 47% of the April total": of all exports, another month's whole is their own level
  return TOTAL_AFTER.test(after) && anotherMonthAt(clause, start) && findPartners(clause).length === 0;
}
/**
 * "a tenth of October shipments", "a third of August's exports": a fraction of a month's whole is a
 * share of that month, as a percentage of it is; "a quarter of January's" or "a tenth of April's
 * volume" compares with that month.
 */
const FRACTION_WHOLE_AFTER = new RegExp(`^[\\w-]*(?:['’]s)?\\s${FRACTION_WHOLE_NOUN}\\b`, "i");
const FRACTION_OF_BEFORE =
  /\b(?:half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?|fifteenths?|twentieths?)\sof\s(?:the\s)?$/i;
function fractionOfWhole(clause: string, before: string, start: number): boolean {
  if (!FRACTION_OF_BEFORE.test(before)) return false;
  const after = clause.slice(start, start + 40);
  return FRACTION_WHOLE_AFTER.test(after) || (TAKEN_FRACTION_BEFORE.test(before) && VOLUME_AFTER.test(after));
}
/**
 * "South Korea took about a tenth of November's volume": a fraction a destination took, of a
 * month's volume, is its share of that month, whose month the claim is then on.
 */
const TAKEN_FRACTION_BEFORE =
  /\b(?:took|takes|taking|accounted\sfor|accounts\sfor|accounting\sfor|made\sup|makes\sup|making\sup|represented|represents|absorbed|claimed|captured)\s(?:[\w-]+\s){0,4}?(?:(?:a|one)[- ])?(?:half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?|fifteenths?|twentieths?)\sof\s(?:the\s)?$/i;
const VOLUME_AFTER = /^[\w-]*(?:['’]s)?\s(?:(?:magnet|total|overall|export)\s)?volume\b/i;
/** Another month's whole named as its total: "April total", "April's overall tally". */
const TOTAL_AFTER = /^[\w-]*(?:['’]s)?\s(?:(?:magnet|overall|export)\s)?(?:total|tally)\b/i;

const RATIO_FIGURE_BEFORE = new RegExp(
  `(?:\\b(?:times|twice|(?:doubl|tripl|trebl|quadrupl)(?:e|ed|es|ing)|halved|halving|${FRACTION_WORDS})|\\d(?:x|-?fold))\\s(?:of\\s)?${DATED_BASE_FIGURE}$`,
  "i",
);
/** "up 12% month on month in July", "up 5% on the year in May": the base words end; the month is the claim's. */
const BASE_WORDS_THEN_MONTH =
  /(?:\b(?:month|year)[- ](?:on|over)[- ](?:month|year)|\bon\s(?:the\s)?(?:month|year))\s(?:in|during|for)\s$/i;
/**
 * "on a par with August", "roughly the same share as in November", "a similar share to November's",
 * "unchanged from October", "auf dem Niveau von August 2025", "au niveau de mai": a level compared
 * with, not the claim's month.
 */
const PAR_BEFORE =
  /\b(?:on a par with|in line with|similar(?:\s(?:share|level|amount|volume|tonnage|proportion|figure|pace|rate))?\sto|close to|level with|comparable (?:to|with)|in step with|(?:unchanged|flat|steady|little changed) (?:from|on|with)|the same(?:\s(?:share|level|amount|volume|tonnage|proportion|quantity|figure|pace|rate))?\sas(?:\s(?:in|for|during))?|as (?:much|many|high|low|strong|weak) as(?:\s(?:in|for|during))?|(?:roughly |about |almost |nearly )?(?:match(?:ed|es|ing)?|equall?(?:ed|ing|s)?|mirror(?:ed|ing|s)?)|(?:mehr|weniger|höher|niedriger|größer|kleiner)\sals(?:\s(?:im|in|der|dem))?|at (?:about )?the (?:same )?level (?:of|seen in)|(?:auf|über|unter) dem Niveau (?:von|vom|des)|(?:au|sous le|au-dessus du) niveau de|par rapport (?:à|au|aux))\s(?:(?:the|those of|that of|le|la|les|de)\s)?$/i;
/**
 * Before a month that dates a policy step rather than a figure: "restrictions imposed in April",
 * "controls that were introduced in early April", "after Beijing curbed shipments in April", "before
 * China imposed export controls in April", "controls that China had imposed in April". Only a policy noun or an authority as the actor, so
 * "exports eased in April" keeps its month.
 */
const POLICY_STEP_BEFORE = new RegExp(
  "(?:\\b(?:controls?|curbs?|restrictions?|rules?|measures?|licen[cs]ing(?:\\s(?:regime|system|requirements?))?|ban|tariffs?|regime|requirements?|deal|truce|agreement|framework)\\s(?:(?:that|which)\\s(?:(?:Beijing|China|Washington|it|they)\\s)?)?(?:(?:were|was|had been|have been|has been|had|has|have)\\s)?" +
    "|\\b(?:Beijing|China|Washington|the (?:Chinese |U\\.?S\\.? )?government|(?:Chinese )?authorities|the (?:commerce )?ministry|MOFCOM)\\s(?:(?:had|has|have)\\s)?)" +
    "(?:first\\s)?(?:kicked in|took effect|came into (?:force|effect)|went into (?:force|effect)|entered into force|imposed|introduced|announced|unveiled|implemented|adopted|enacted|tightened|expanded|curbed|restricted|halted|suspended|launched|rolled out|put in place|slapped|signed|agreed|struck|reached|eased|relaxed|loosened|lifted|paused|scrapped)\\b" +
    // not past a move of the flow's own ("took effect and then fell in May": May is the fall's)
    `(?:(?!\\b(?:then|but|while|whereas|${PAST_MOVES})\\b)[^,;.\\d]){0,50}?\\s(?:in|on|from)\\s(?:(?:early|mid|late|the (?:start|end|beginning) of)[\\s-])?$`,
  "i",
);
/**
 * The same in Italian, Spanish, French and Portuguese: "restrizioni decise da Pechino ad aprile",
 * "controles impuestos por Pekín en abril", "restrictions imposées en avril", "restrições impostas em
 * abril". Only a policy noun before its participle, so "le spedizioni crollate ad aprile" keeps its month.
 */
const POLICY_STEP_ROMANCE_BEFORE = new RegExp(
  "(?<![\\p{L}])(?:restrizioni|controlli|misure|dazi|limitazioni|restricciones|controles|medidas|aranceles|restrictions|contrôles|mesures|restrições|controlos)\\s" +
    "(?:(?:che|que|qui)\\s)?(?:(?:sono|erano|furono|fueron|han\\ssido|ont\\sété|sont|foram)\\s)?(?:stat[eiao]\\s)?" +
    "(?:decis[eiao]|impost[eiao]|imposte|introdott[eiao]|adottat[eiao]|annunciat[eiao]|varat[eiao]|impuest[oa]s?|introducid[oa]s?|anunciad[oa]s?|adoptad[oa]s?|aprobad[oa]s?|impos(?:é|ée|és|ées)|introdui(?:t|te|ts|tes)|annonc(?:é|ée|és|ées)|décidée?s?|impostas?|impostos|introduzid[oa]s?|adotad[oa]s?)" +
    "(?:\\s(?:da|dal|dalla|por|par|pelo|pela|de)\\s(?:Pechino|Pekín|Pequim|Pékin|Beijing|Cina|China|Chine|(?:il|el|le|o)\\s(?:governo|gobierno|gouvernement)(?:\\scinese|\\schino|\\schinois)?))?" +
    "\\s(?:ad|a|in|nel|en|em|no|dès|desde|dal|da)\\s(?:(?:inizio|principios|comienzos|début|início|fine|finales|fin)\\s(?:di\\s|de\\s|d['’])?)?$",
  "iu",
);
/** The words before a month make it the month of a policy step, in English or a Romance language. */
const policyStepBefore = (before: string) =>
  POLICY_STEP_BEFORE.test(before) || POLICY_STEP_ROMANCE_BEFORE.test(before);
/**
 * Before a month that dates an earlier move, told without a figure: "slipped 6.1%, after rising in
 * August", "after a strong rebound in July", "after shipments had fallen in May". The figure the
 * sentence gives came after it, so the month is neither the figure's own nor surely its base.
 */
const EARLIER_MOVE_BEFORE =
  /\bafter\s(?:(?![\d$€£¥])[\w'’-]+\s){0,4}?(?:rises?|rising|rose|risen|grew|grown|growing|increases?|increasing|increased|gains?|gaining|gained|soar(?:s|ing|ed)|tumbl(?:es?|ing|ed)|slipp(?:ing|ed)|sank|sunk|sinking|eas(?:es|ing|ed)|jumps?|jumping|jumped|surges?|surging|surged|rebounds?|rebounding|rebounded|recover(?:y|ing|ed)|climbs?|climbing|climbed|falls?|falling|fell|fallen|drops?|dropping|dropped|declines?|declining|declined|slumps?|slumping|slumped|dips?|dipping|dipped|plunges?|plunging|plunged|slid|sliding|peaking|peaked)(?:\s(?:sharply|strongly|steeply|briefly|slightly|modestly|markedly|significantly))?\s(?:in|during)\s(?:(?:early|mid|late)[\s-])?$/i;
/**
 * Before a month that dates a move the sentence likens or sets against its own: "rather than falling
 * as they had in September", "as it did in July", ", unlike in May". The month is not the figure's.
 */
const LIKENED_MOVE_BEFORE =
  /(?:\b(?:as|like|unlike)\s(?:they|it|those|exports|shipments|sales|volumes|deliveries)\s(?:had|did|have|has|do|does)\s(?:(?:done|been)\s)?|(?:^|[,;(—–]\s?)(?:just\s)?(?:as|like|unlike)\s)(?:in|during)\s(?:(?:early|mid|late)[\s-])?$/i;
/** "fell to 243 tonnes over January-November 2025", "5,000 t over 2024": a tonnage over a span is the span's. */
const TONNAGE_OVER_BEFORE = /\d\s?(?:t|tonnes|tons|metric tons|kt|mt)\sover\s(?:the\s)?$/i;
const tonnageOver = (clause: string, start: number) =>
  TONNAGE_OVER_BEFORE.test(clause.slice(Math.max(0, start - 30), start));
/**
 * "exports over January and February came to 10,763 t", "to the US over January-February totalled
 * 994 t": months gone over together are the figure's span, unless a change is set over them ("up
 * 8% over January-February 2025").
 */
const CHANGE_OVER_BEFORE =
  /(?:\d\s?(?:%|per\s?cent|percent|pc|points?)|\b(?:up|down|rose|fell|higher|lower|more|less|increase|decrease|rise|fall|gain|drop|growth|decline)\b[^,;.\d]{0,12})\sover\s(?:the\s)?$/i;
const rangeOver = (clause: string, start: number) => {
  const before = clause.slice(Math.max(0, start - 40), start);
  // a sentence that opens with "Over" is SPAN_OVER_BEFORE's; here "over" follows the figure's noun phrase
  return /[\p{L}.]\sover\s(?:the\s)?$/iu.test(before) && !CHANGE_OVER_BEFORE.test(before);
};
const SINCE_BEFORE =
  /(?:(?<!\w)since:?|(?<![\p{L}])(?:desde|depuis|desd?e\sel\smes\sde|da|dal|sejak(?:\sbulan)?|seit))\s(?:at\sleast\s)?(?:(?:the\s)?(?:early|late|mid|mid-|end of|start of|beginning of)\s?)?$/iu;

/**
 * Words that make the month after them a part of it: "the first half of December", "the first ten
 * days of November", "the last week of October", "early", "mid-" or "late" before the month.
 */
const PART_OF_MONTH_BEFORE =
  /\b(?:(?:the\s)?(?:first|second|last|final|latter|opening|closing)\s(?:half|fortnight|week|(?:(?:few|two|three|four|five|ten|fifteen|twenty|\d{1,2})\s)?(?:days|weeks))\sof\s|(?:early|mid|late)(?:-|\s))$/i;

/** Words before a month that count up to a day in it: "in the week to December 12", "by Dec 15", "through Nov. 20". */
const UP_TO_DAY_BEFORE =
  /\b(?:(?:weeks?|fortnight|days|period)\s(?:to|ending|ended|through|until)|by|through|thru|until|till|up to)\s$/i;

/**
 * The mention is a part of a month: words before it take a part ("the first half of December"), or
 * count up to a day in it ("in the week to December 12", "through Dec 10"), a span that ends within
 * the month.
 */
function partOfMonth(clause: string, r: RawMention): boolean {
  const before = clause.slice(Math.max(0, r.start - 40), r.start);
  if (r.shape === "month" && PART_OF_MONTH_BEFORE.test(before)) return true;
  return (
    r.shape !== "year" && UP_TO_DAY_BEFORE.test(before) && DAY_AFTER.test(clause.slice(r.end, r.end + 16))
  );
}

/** What a period reader reports before its role is classified. */
export interface RawMention {
  start: number;
  end: number;
  period: string | null;
  shape: PeriodMention["shape"];
  explicitYear?: boolean;
  /** Forces the role ("from January through September" is a span, not a base). */
  role?: PeriodRole;
  possessive?: boolean;
  anaphor?: boolean;
  /** "year to date", "so far this year": the months of the year up to the one the text is on. */
  toDate?: boolean;
  unnamed?: boolean;
  yearUnsaid?: boolean;
  ahead?: string;
  yearBefore?: string;
  lastOrYearBefore?: string;
  monthBefore?: string;
  unfinished?: boolean;
  /** The month names the event a "since" counts from ("since the April controls"). */
  windowEvent?: boolean;
}

/** "our November note", "my October column": a month naming the writer's own piece. */
const OWN_PIECE_BEFORE = /\b(?:our|my)\s$/i;
const OWN_PIECE_AFTER =
  /^\s(?:client\s)?(?:note|newsletter|memo|advisory|bulletin|briefing|circular|issue|edition|column|letter|podcast|episode|webinar|update|report|piece|post)s?\b/i;

/** Finds every period mention in a clause, resolved and classified by role. */
export function findPeriods(clause: string, anchor: PeriodAnchor): PeriodMention[] {
  const found: PeriodMention[] = [];
  const add = (r: RawMention) => {
    if (r.period === null || found.some((f) => r.start < f.end && r.end > f.start)) return;
    // "the November figures were released in mid-December": when figures came out, not their period
    // but "published November's numbers" names the data's month
    if (
      RELEASED_BEFORE.test(clause.slice(Math.max(0, r.start - 40), r.start)) &&
      !DATA_OF_MONTH_AFTER.test(clause.slice(r.end, r.end + 40))
    )
      return;
    // "Data last month showed ...", "Last month's customs release showed ...": when the data came out
    if (releaseTime(clause, r.start, r.end)) return;
    // "in the first half of December": the month's part is the figure's period, not a base "half of" it
    const part = partOfMonth(clause, r);
    const mention: PeriodMention = {
      start: r.start,
      end: r.end,
      period: r.period,
      shape: r.shape,
      role:
        r.role ??
        (part ||
        (r.shape !== "month" && tonnageOver(clause, r.start)) ||
        (r.shape === "range" && rangeOver(clause, r.start))
          ? "main"
          : roleAt(clause, r.start)),
      explicitYear: r.explicitYear ?? true,
    };
    if (r.possessive) mention.possessive = true;
    if (r.anaphor) mention.anaphor = true;
    if (r.toDate) mention.toDate = true;
    if (r.unnamed) mention.unnamed = true;
    if (r.yearUnsaid) mention.yearUnsaid = true;
    if (r.ahead) mention.ahead = r.ahead;
    if (r.yearBefore) mention.yearBefore = r.yearBefore;
    if (r.lastOrYearBefore) mention.lastOrYearBefore = r.lastOrYearBefore;
    if (r.monthBefore) mention.monthBefore = r.monthBefore;
    if (r.unfinished) mention.unfinished = true;
    if (part) mention.part = true;
    if (r.windowEvent || datesSinceEvent(clause.slice(Math.max(0, r.start - 80), r.start)))
      mention.windowEvent = true;
    found.push(mention);
  };
  for (const r of findSpans(clause, anchor)) add(r);
  for (const r of findIntlPeriods(clause, anchor)) add(r);
  for (const r of findRomancePeriods(clause, anchor)) add(r);
  for (const m of allMatches(ISO_MONTH, clause))
    add({ start: m.index, end: m.index + m[0].length, period: `${m[1]}-${m[2]}`, shape: "month" });
  for (const m of allMatches(SLASH_MONTH, clause))
    add({
      start: m.index,
      end: m.index + m[0].length,
      period: `${m[2]}-${(m[1] as string).padStart(2, "0")}`,
      shape: "month",
    });
  for (const m of allMatches(MONTH, clause)) {
    if ((m[1] === "May" || m[1] === "Mai") && !mayIsMonth(clause, m.index, m[2] ?? m[3])) continue;
    // "the April licensing regime", "the October curbs": a month naming a policy dates no figure;
    // after "since" it dates the window the words count from ("fell by three-quarters since the
    // April controls, to 1,238 t in May"), which is not the figure's month either
    const namesPolicy =
      !latin1Stub(clause.slice(m.index + m[0].length)) &&
      MONTH_NAMES_POLICY.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const sincePolicy =
      namesPolicy && /\bsince\s(?:the\s)?$/i.test(clause.slice(Math.max(0, m.index - 12), m.index));
    if (namesPolicy && !sincePolicy) continue;
    // "as we flagged in our November note": the month names the writer's own piece, not a figure's
    if (
      OWN_PIECE_BEFORE.test(clause.slice(Math.max(0, m.index - 8), m.index)) &&
      OWN_PIECE_AFTER.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 16))
    )
      continue;
    // the words before the month, if any: one that opens its clause has none
    const worded = !latin1Stub(clause.slice(0, m.index));
    // "exports rebounded after Beijing eased curbs imposed in April": the month is the policy's
    // ... unless "since" counts from it ("since the truce agreed in May")
    if (
      worded &&
      policyStepBefore(clause.slice(Math.max(0, m.index - 120), m.index)) &&
      !eventSinceBefore(clause.slice(Math.max(0, m.index - 80), m.index))
    )
      continue;
    // "shipments slipped 6.1%, after rising in August": the month of an earlier move told without a figure
    if (worded && EARLIER_MOVE_BEFORE.test(clause.slice(Math.max(0, m.index - 80), m.index))) continue;
    // "rather than falling as they had in September": the month of a move likened to the figure's
    if (worded && LIKENED_MOVE_BEFORE.test(clause.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "BEIJING, Dec 18 (Wire) -", "Correction, Nov. 23:", "on Oct. 14": a calendar day names when
    // something was said, not the period of a figure
    if (!m[2] && !m[4] && isCalendarDay(clause, m.index, m.index + m[0].length)) continue;
    // "Posted 20 August 2025 09:14", "By Staff · 20 October 2025": a day before the month and its year
    if (dayBeforeMonth(clause, m.index)) continue;
    // "Pekín, 20 nov.- China exportó ...", "PÉKIN, 20 déc. (Agence) -": a dateline's day and month
    if (datelineMonthAt(clause, m.index)) continue;
    const month = MONTHS[(m[1] ?? "").toLowerCase()];
    if (month === undefined) continue;
    // "last year's November figure", "November's figure last year": the year dates the month
    const yearWord =
      m[2] || m[3] || m[4] || m[5] ? null : yearOfMonthFigure(clause, m.index, m.index + m[0].length);
    // "Oct '24": a year cut to its last two digits
    const explicit = m[2]
      ? Number(m[2])
      : m[3]
        ? relativeYear(anchor, m[3])
        : m[4]
          ? 2000 + Number(m[4])
          : yearWord !== null
            ? relativeYear(anchor, yearWord.word)
            : null;
    const alone = resolveMonthName(month, explicit ?? anchor.year, anchor.latest);
    // "November a year ago": the month read alone, a year back
    const idx = m[5] && alone !== null ? alone - 12 : alone;
    // "December 2025 edition", "Weekly brief, 14 March 2026": when a newsletter came out, not a
    // period; but an edition dated with its year to a month already over when it was published
    // ("Minerals Monitor — July 2025 | Issue 31" out in August) is named for the month it reports
    const reported = explicit !== null && idx !== null && anchor.latest !== null && idx <= anchor.latest;
    if (!reported && editionDate(clause, m.index, m.index + m[0].length)) continue;
    const end = m.index + m[0].length;
    // "last December" in a story of November is the December before, never the coming one
    const past = m[5] !== undefined || LAST_BEFORE.test(clause.slice(Math.max(0, m.index - 5), m.index));
    const ahead =
      explicit === null && anchor.year === null && !past ? comingMonth(month, anchor.latest) : null;
    const recent =
      explicit === null && anchor.year === null && !past && idx !== null && anchor.latest !== null
        ? idx >= anchor.latest - 1
        : false;
    add({
      start: m.index,
      end,
      // "on last year's November figure": the words before the year give the month's role
      ...(yearWord !== null && yearWord.start < m.index ? { role: roleAt(clause, yearWord.start) } : {}),
      period: idx === null ? null : fromIndex(idx),
      shape: "month",
      explicitYear: explicit !== null || m[5] !== undefined,
      possessive: /^['’]s\b/.test(clause.slice(end, end + 3)),
      ...(sincePolicy ? { windowEvent: true } : {}),
      ...(ahead !== null ? { ahead } : {}),
      ...(recent && idx !== null ? { yearBefore: fromIndex(idx - 12) } : {}),
      ...(past &&
      explicit === null &&
      idx !== null &&
      anchor.latest !== null &&
      yearOf(idx) === yearOf(anchor.latest + 1)
        ? { lastOrYearBefore: fromIndex(idx - 12) }
        : {}),
    });
  }
  for (const m of allMatches(LAST_MONTH, clause)) {
    if (anchor.latest === null) continue;
    add({
      start: m.index,
      end: m.index + m[0].length,
      period: fromIndex(anchor.latest),
      shape: "month",
      ...(anchor.early === true ? { monthBefore: fromIndex(anchor.latest - 1) } : {}),
    });
  }
  const latest = anchor.latest;
  // without a publication date "the month before last" names no month: the clause is not searched
  if (latest !== null)
    for (const m of allMatches(MONTH_BEFORE_LAST, clause))
      add({
        start: m.index,
        end: m.index + m[0].length,
        period: fromIndex(latest - 1),
        shape: "month",
        ...(anchor.early === true ? { monthBefore: fromIndex(latest - 2) } : {}),
      });
  for (const m of allMatches(THAT_MONTH, clause)) {
    if (anchor.carried && /^\d{4}-\d{2}$/.test(anchor.carried))
      add({
        start: m.index,
        end: m.index + m[0].length,
        period: anchor.carried,
        shape: "month",
        role: "main",
        anaphor: true,
      });
  }
  for (const r of findYears(clause, anchor)) add(r);
  for (const r of monthsTogether(clause, found)) {
    // "the two months together, November and December, came to": the months are the span's
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i] as PeriodMention;
      if (f.start >= r.start && f.end <= r.end) found.splice(i, 1);
    }
    add(r);
  }
  return datedBases(
    listedBases(
      clause,
      toDateEnds(found, anchor).sort((a, b) => a.start - b.start),
    ),
    anchor,
  );
}

/** Between two dated figures of one list: "and 656 tons in", ", and in", "or 1,118 t during". */
const NEXT_IN_LIST =
  /^,?\s(?:and|or)\s(?:(?:from\s)?\d[\d,.]*\s?(?:t|tonnes?|tons?|mt|kt|kg)\s)?(?:in|during|for)\s$/i;

/**
 * "slipped to 564 tons from 582 tons in November and 656 tons in October": a month listed right
 * after a base month, each with its figure, is a base too, not the clause's own month (which would
 * push November back a year, before an October taken as the clause's).
 */
function listedBases(clause: string, found: PeriodMention[]): PeriodMention[] {
  return found.map((m, i) => {
    const prev = found[i - 1];
    return m.role === "main" &&
      m.shape === "month" &&
      prev?.role === "base" &&
      prev.shape === "month" &&
      NEXT_IN_LIST.test(clause.slice(prev.end, m.start))
      ? { ...m, role: "base" }
      : m;
  });
}

/**
 * "In November 2023 germanium exports were 721 kg, 11% more than October's 648 kg": a base month
 * without its year, in a clause (or after a clause of its sentence) whose own month has one, is the
 * last such month up to it (October 2023), not the last before publication.
 */
function datedBases(found: PeriodMention[], anchor: PeriodAnchor): PeriodMention[] {
  if (anchor.year !== null) return found;
  // the clause's own month: the first it names as its own, else one dated earlier in the sentence
  const first = found.find((m) => m.shape === "month" && m.role === "main");
  const own = parseMonth(first === undefined ? (anchor.dated ?? "") : first.explicitYear ? first.period : "");
  if (own === null) return found;
  // "compared with 5,994 t in July and 4,723 t in August 2024": a base named before the dated month
  // is its own comparison, not one of the dated figure's, and keeps the year it was resolved to
  const from = first === undefined ? 0 : first.start;
  return found.map((m) => {
    const i =
      m.shape === "month" && m.role === "base" && !m.explicitYear && m.start >= from
        ? parseMonth(m.period)
        : null;
    if (i === null) return m;
    const base = resolveMonthName(monthOfYear(i), null, own);
    return base === null || base === i ? m : { ...m, period: fromIndex(base) };
  });
}

/**
 * "5,774 t in September, bringing the year-to-date total to 39,817 t" in a story published in
 * December: the year to date runs to the month the clause is on, not to the latest month the story
 * could report.
 */
function toDateEnds(found: PeriodMention[], anchor: PeriodAnchor): PeriodMention[] {
  const latest = anchor.latest;
  if (latest === null || !found.some((m) => m.toDate)) return found;
  const year = yearOf(latest);
  // a month only carried from earlier text ("... halted production in May. So far this year, ...")
  // may be an event's, not the story's: only a month the clause names moves the end
  const named = found.find((m) => {
    const i = m.shape === "month" && m.role === "main" ? parseMonth(m.period) : null;
    return i !== null && i <= latest && yearOf(i) === year;
  });
  if (named === undefined) return found;
  return found.map((m) => (m.toDate ? { ...m, period: `${year}-01..${named.period}`, toDate: false } : m));
}

/**
 * The year "this year" or "last year" names: counted from the publication date, so "last year" in
 * an article of January 2026 is 2025 even though its latest month is December 2025.
 */
export function relativeYear(anchor: PeriodAnchor, word: string): number | null {
  if (anchor.latest === null) return null;
  const published = Math.floor((anchor.latest + 1) / 12);
  return word.toLowerCase() === "last" ? published - 1 : published;
}

/** Picks the claim's own period of a clause: a month or range before a bare year. */
export function mainPeriod(mentions: PeriodMention[]): PeriodMention | null {
  const main = mentions.filter((p) => p.role === "main");
  return main.find((p) => p.shape !== "year") ?? main[0] ?? null;
}

/**
 * Before a year that is only a comparison's: "lower than in 2024", "down 19% on the first half of
 * 2024", "4% ahead of the first three quarters of 2024", "up 5.1 per cent on the March quarter of 2024",
 * "a decline from July of 2024", "more than in January-February of 2025", "more than in any month of
 * 2024", or a rank's starting point: "the highest since May of 2024".
 */
const COMPARED_YEAR_BEFORE = new RegExp(
  `\\b(?:than|from|on|over|versus|vs\\.?|against|compar(?:ed|es?|ing) (?:with|to)|relative to|above|below|beyond|under|ahead of|behind|short of|shy of|since)\\s(?:in\\s)?(?:the\\s)?(?:(?:any|every)\\s(?:other\\s|previous\\s|earlier\\s|single\\s)?(?=month))?(?:(?:first|second|third|fourth|same|corresponding|previous)\\s)?(?:(?:(?:full[- ]year|whole[- ]year|calendar[- ]year|annual|yearly)\\s)?(?:total|tally|figure|volume|amount)\\s(?:(?:shipped|exported|sent|recorded|seen|posted|registered|reported|logged)\\s)?|(?:whole|entirety|all)\\s)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s)?(?:(?:(?:${MONTH_NAME})[- ])?(?:half|quarters?|months?|period|year|H[12]|Q[1-4])\\s|(?:${MONTH_NAME})(?:[-–](?:${MONTH_NAME}))?\\.?\\s)?$`,
  "i",
);
/**
 * Before a year that dates a figure the clause is compared with: "more than the 41,000 t sent abroad
 * in 2023", "compare with about 58,152 tonnes in 2024" (a hedge on that figure changes nothing),
 * "down 1.3pc from 58 152t in 2024" (thousands set apart by a space), "against US$2.86 billion for the
 * whole of 2024" (a sum of money).
 */
const COMPARED_FIGURE_BEFORE = new RegExp(
  `\\b(?:than|above|below|beyond|over|under|ahead of|behind|short of|shy of|top(?:ped|ping|s)?|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|from|versus|vs\\.?|against|compar(?:ed|es?|ing) (?:with|to))\\s(?:the\\s)?(?:(?:${HEDGE_WORDS})\\s)?(?:(?:US|U\\.S\\.)?\\$\\s?)?\\d[\\d,.]*(?:[ \u00a0\u2009\u202f]\\d{3})*\\s?(?:t|kt|tonnes|tons|mt|million|billion|bn|mn)\\b[^,;:.\\d]{0,40}$`,
  "i",
);

/**
 * Before a year that dates an earlier figure the clause's is likened to: "a level last seen in 2024",
 * "a volume first reached in 2023", "a pace not recorded since 2022", "as in 2023".
 */
const LIKENED_YEAR_BEFORE =
  /\b(?:(?:last|first|previously|once|also|only|not|never|rarely|seldom|already|since)\s(?:been\s)?(?:seen|reached|recorded|hit|touched|matched|achieved|posted|logged|registered|exceeded|topped|surpassed|managed|shipped)|(?:level|volume|figure|pace|mark|amount|total|tonnage|high|low|peak)s?\s(?:(?:that\s|which\s)?(?:was|were|had been)\s)?(?:seen|reached|recorded|hit|touched|matched|achieved|posted|logged|registered)|(?:just\s)?(?:as|like|unlike))\s(?:(?:back|as far back as|as recently as|as long ago as|once|briefly|only)\s)?$/i;

/**
 * Before a year that dates the start of a record or a window, not the clause's figure: "since records
 * began in 2023", "since the series started in 2017", "in data that began in 2020", "in our series,
 * which starts in 2022".
 */
const WINDOW_START_BEFORE =
  /\b(?:since\s(?:[\w'’-]+\s){1,4}|(?:records?|data(?:set|base)?s?|series|statistics|figures),?\s(?:that|which)\s)(?:began|begun|begins?|started|starts?|commenced|became available|were first (?:kept|published|compiled|collected)|took effect|came into (?:force|effect))\s$/i;

/** A label's year right before its colon, at the start of a list item: "- Monthly low 2024: February". */
const LABEL_YEAR = /^[^\p{L}\d]*\p{Lu}[\p{L}' -]{0,30}\s((?:19|20)\d{2})\**:\**\s/u;

/**
 * The year a clause's opening words count back to, for months it names without one: "A year ago,
 * exports were 4,181 t in September" and "Twelve months earlier, ..." a year before the latest month a
 * story can report, "Two years ago, ..." two; "Last year, ..." the year before publication's.
 */
export function yearBackOpening(clause: string, latest: number | null): number | null {
  const m = YEAR_BACK_OPENING.exec(clause);
  if (m === null || latest === null) return null;
  if (m[1] === undefined) return m[3] ? Math.floor(latest / 12) - 1 : Math.floor((latest + 1) / 12) - 1;
  const n = /^(?:a|one|twelve|12)$/i.test(m[1]) ? 1 : /^(?:two|24)$/i.test(m[1]) ? 2 : 3;
  return /months/i.test(m[2] ?? "") !== /^(?:twelve|12|24)$/i.test(m[1]) ? null : Math.floor(latest / 12) - n;
}

/**
 * "A year ago,", "By contrast, two years earlier", "Twelve months before,", "At this time last year,",
 * "Last year,": words that open a clause and set it a whole number of years back.
 */
const YEAR_BACK_OPENING =
  /^\W*(?:(?:by|in)\s(?:contrast|comparison),?\s|(?:but|and|yet|meanwhile|whereas),?\s)?(?:(a|one|two|three|twelve|12|24)\s(years?|months)\s(?:ago|earlier|before|previously)|((?:at\s)?(?:this|the\ssame)\stime\slast\syear)|(?:in\s|during\s)?last\syear)\b(?!['’])/i;

/** A year in digits, which every bare year `yearMentioned` reads is written with. */
const A_YEAR = /(?:19|20)\d{2}/;

/** A bare year named in the clause ("in 2025"), for months named without one. */
export function yearMentioned(clause: string): number | null {
  // every way of naming it below writes the year in digits
  if (!A_YEAR.test(clause)) return null;
  // "In 2024, by contrast, ...", "Within 2024 the peak was June": a sentence may open with its year
  for (const m of allMatches(
    /\b(?:in|for|during|of|im|within|throughout|across)\s((?:19|20)\d{2})\b/gi,
    clause,
  )) {
    // "from the same month of 2024" names the comparison's year, not the clause's
    if (
      !/\b(?:same|corresponding|year-earlier|year-ago|previous)\s(?:month|period|time|quarter|months)\s(?:of\s|in\s)?$/i.test(
        clause.slice(Math.max(0, m.index - 34), m.index + 3),
      ) &&
      !COMPARED_YEAR_BEFORE.test(clause.slice(Math.max(0, m.index - 50), m.index)) &&
      !LIKENED_YEAR_BEFORE.test(clause.slice(Math.max(0, m.index - 50), m.index)) &&
      !WINDOW_START_BEFORE.test(clause.slice(Math.max(0, m.index - 60), m.index)) &&
      !COMPARED_FIGURE_BEFORE.test(clause.slice(Math.max(0, m.index - 80), m.index)) &&
      // "1.3% short of 2024", "well ahead of 2024": the "of" is the comparison's own
      !(
        /^of\b/i.test(m[0]) &&
        /\b(?:short|shy|ahead|in excess)\s$/i.test(clause.slice(Math.max(0, m.index - 20), m.index))
      )
    )
      return Number(m[1]);
  }
  // a list item's label that ends in its year ("Monthly peak 2024: May") dates the months after it
  const label = LABEL_YEAR.exec(clause);
  if (label) return Number(label[1]);
  // "较2024年同期", "2024년 동기 대비": the comparison's year, not the clause's; "2014년 이후", "2014年以来",
  // "2014年以降", "2014年以后": the year a rank counts from
  const m =
    /(?<!(?:比|较|較|对比|對比)\s?)((?:19|20)\d{2})\s?[年년](?!\s?(?:同期|同月|동기|동월|이후|이래|以来|以來|以降|以后|以後))/.exec(
      clause,
    );
  return m ? Number(m[1]) : null;
}

/** The month named in the possessive right before `at` ("from April's 358 tonnes"), or null. */
export function possessiveBefore(
  clause: string,
  at: number,
  mentions: PeriodMention[],
): PeriodMention | null {
  return (
    mentions.find(
      (p) =>
        p.possessive &&
        p.end < at &&
        at - p.end <= 40 &&
        /^['’]s\s(?:(?:revised|upwardly revised|downwardly revised|final|preliminary|initial|record|level of|total of|figure of)\s){0,2}$/i.test(
          clause.slice(p.end, at),
        ),
    ) ?? null
  );
}

/** A figure spelt out in two or more number words: "five thousand three hundred and twenty-four". */
const NUMBER_WORDS_RUN = new RegExp(`\\b${NUMBER_WORD}(?:(?:\\s(?:and\\s)?|-)${NUMBER_WORD})+\\b`, "gi");

/** A line that opens with "vs." before its month: "vs. Oct: 656 t", "versus Nov 2024: 398 t". */
const VERSUS_LABEL = /^\W*(?:vs\.?|versus|v\.)\s$/i;
/**
 * A month, perhaps with its year, and a colon right before a level: "Nov 2024: 398 t"; not before a
 * change ("vs. Oct: -11%", "vs. Oct: 11% lower"), whose base the month is.
 */
const LABEL_COLON_AFTER =
  /^\p{L}{3,9}\.?(?:\s(?:19|20)\d{2}|\s?['’]\d{2})?\s?:\s?[~≈]?\d[\d,.]*(?![\d,.])(?!\s?(?:%|pc|pct|per|percent)\b|\s?%)/u;

function roleAt(clause: string, start: number): PeriodRole {
  // a figure spelt out stands for its digits, so the words before it still reach the month
  // ("against five thousand three hundred and twenty-four tonnes in March" names a base)
  const wide = clause.slice(Math.max(0, start - 140), start);
  // a month that opens its clause has no words before it to make it other than the figure's own
  if (latin1Stub(wide)) return "main";
  // "vs. Nov 2024: 398 t", a slide's or a post's line: the month and the colon label the figure after them
  if (VERSUS_LABEL.test(wide) && LABEL_COLON_AFTER.test(clause.slice(start, start + 24))) return "main";
  const before = (/\b(?:hundred|thousand)\b/i.test(wide) ? wide.replace(NUMBER_WORDS_RUN, "1") : wide).slice(
    -48,
  );
  if (SINCE_BEFORE.test(before) || eventSinceBefore(clause.slice(Math.max(0, start - 80), start)))
    return "since";
  if (SPAN_OVER_BEFORE.test(before) || BASE_WORDS_THEN_MONTH.test(before)) return "main";
  if (hedgedLevelBefore(clause.slice(Math.max(0, start - 100), start))) return "main";
  // "just under 22% of August's total": the bound hedges the percentage, whose "of" names the whole
  if (BOUNDED_PCT_OF.test(before)) return pctOfMonth(clause, before, start) ? "base" : "main";
  if (
    BASE_BEFORE.test(before) ||
    THAN_SUBJECT_BEFORE.test(before) ||
    (RATIO_BEFORE.test(before) && !fractionOfWhole(clause, before, start)) ||
    pctOfMonth(clause, before, start) ||
    PAR_BEFORE.test(before) ||
    ADDED_TO_BEFORE.test(before) ||
    PCT_UNDER_BEFORE.test(before) ||
    DE_BASE_MONTH_BEFORE.test(before) ||
    ES_BASE_BEFORE.test(before) ||
    FIGURE_BASE_INTL_BEFORE.test(before) ||
    (FROM_FIGURE_INTL_BEFORE.test(before) &&
      TO_FIGURE_INTL_AFTER.test(clause.slice(start).replace(/^\p{L}+/u, "")))
  )
    return "base";
  const wider = clause.slice(Math.max(0, start - 100), start);
  if (RATIO_FIGURE_BEFORE.test(wider) || RATIO_WHAT_BEFORE.test(wider)) return "base";
  return "main";
}

/**
 * Right before a month that dates a release: "released in mid-", "published in early", "surfaced",
 * "came out late in", "were made public at the end of".
 */
const RELEASED_BEFORE =
  /\b(?:released|published|issued|surfaced|unveiled|made public|came out|come out|were out|was out)\s(?:(?:early|late)\s)?(?:(?:on|in|at|around|during|by)\s)?(?:(?:early|mid|late)(?:-|\s)|the (?:middle|end|start|beginning) of\s)?$/i;

/** Data that show something, right before the time they came out: "Data last month showed". */
const DATA_NOUN_BEFORE = /\b(?:data|figures|statistics|numbers)\s(?:in\s)?$/i;
const SHOWED_AFTER = /^,?\s(?:showed|shows|show|revealed|indicated|suggested|had\sshown)\b/i;
/** A release a month's possessive dates: "last month's customs release" (a report may be on the month). */
const RELEASE_OF_AFTER =
  /^['’]s?\s(?:(?:customs|trade|official|monthly|data)\s)?(?:release|publication|announcement)\b/i;

/**
 * A month that dates when data came out, not what they measure: "Data last month showed exports
 * fell 30.9%" (the release of October, on September), "Last month's customs release showed ...".
 */
function releaseTime(clause: string, start: number, end: number): boolean {
  const after = clause.slice(end, end + 30);
  if (RELEASE_OF_AFTER.test(after)) return true;
  return DATA_NOUN_BEFORE.test(clause.slice(Math.max(0, start - 25), start)) && SHOWED_AFTER.test(after);
}

/** The month's data named by its possessive after it: "'s numbers", "’s trade figures", "'s customs data". */
const DATA_OF_MONTH_AFTER =
  /^['’]s?\s(?:(?:trade|customs|export|monthly|official)\s)?(?:numbers|figures|data|statistics|release)\b/i;

/** A day of the month right after a month's name: "Dec. 18", "Nov 23rd". */
const DAY_AFTER =
  /^(\.?)\s(3[01]|[12]\d|[1-9])(st|nd|rd|th)?\b(?![\d.,]\d|\s?(?:t|kt|mt|kg|tonnes?|tons?|%|pc|per)\b)/;
/** Before a day: "on", "dated", "Correction,"; a dateline's city in capitals ("BEIJING, "). */
const DAY_WORD_BEFORE = /\b(?:on|dated|as of|published|released|updated|correction)[,:]?\s$/i;
/**
 * A post's stamp in a thread or feed: "@MetalsMaven · Oct 21", "Lena K. · 3h · Nov 2", "@oxide_otto
 * Oct 21": the day after the middle dot or the handle is when the post went up.
 */
const POST_STAMP_BEFORE = /(?:\s·|@\w+)\s$/;
const CITY_BEFORE = /(?:^|\s)[A-Z][A-Z.]{2,}(?:\s[A-Z][A-Z.]{2,})?,\s$/;
/** A weekday right before a day: "on Saturday (September 20)", "Monday, Oct. 20". */
const WEEKDAY_BEFORE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s?(?:\(|,\s)$/i;
/** A day alone in brackets: "(September 20)", "(Oct. 20)": the bracket holds a date, not a period. */
const BRACKETED_DAY_BEFORE = /\($/;
/** After a day, a desk's label: "SMM May 24 News:", "Dec 3 Market Update -". */
const DESK_AFTER =
  /^\s(?:[A-Z][\w&-]*\s){0,2}(?:News|Report|Update|Analysis|Brief|Bulletin|Digest|Alert|Flash|Wrap|Roundup)\b/;
/** Only a place or an outlet's name before a day that opens the clause: "Tokyo, May 24:". */
const PLACE_OPENING =
  /^\W*(?!(?:In|On|For|By|Since|From|During|Through|Until|Of|And|But|Or|As|At)\b)[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2},?\s$/;

/** Words that count from a date, which then names its month: "since 4 April 2025", "after April 4, 2025". */
const COUNTED_FROM = /\b(?:since|after|before|from|until|till|through|to|between|and|by)\s$/i;
/** A day of the month before a month's name: "20 October", "(Thursday) 4 Dec". */
const DAY_BEFORE = /(?:^|[\s(,|·•—–-])(3[01]|[12]\d|0?[1-9])\s$/;
/** A month's name and a four-digit year: "October 2025", "Nov 2025". */
const MONTH_THEN_YEAR = /^[A-Za-z]{3,9}\.?,?\s(?:19|20)\d{2}\b/;

/**
 * "20 October 2025", "Thu, 20 Nov 2025 09:14:00 GMT": a day before the month, and the year after it,
 * is a calendar date (when a page was posted or something was said), not the period of a figure,
 * unless the words count from it ("since 4 April 2025").
 */
function dayBeforeMonth(clause: string, start: number): boolean {
  const day = DAY_BEFORE.exec(clause.slice(Math.max(0, start - 24), start));
  if (day === null) return false;
  const ahead = clause.slice(
    Math.max(0, start - (day[1] ?? "").length - 40),
    start - (day[1] ?? "").length - 1,
  );
  if (COUNTED_FROM.test(`${ahead} `) || /\d\s?$/.test(ahead)) return false;
  // "early release 13 Oct", "published on 20 October": a day after words of release dates the release;
  // so does a weekday before the day ("published on Wednesday, 20 August")
  return (
    MONTH_THEN_YEAR.test(clause.slice(start, start + 20)) ||
    RELEASE_DAY_BEFORE.test(`${ahead.trimEnd()} `) ||
    WEEKDAY_BEFORE.test(`${ahead.trimEnd()} `)
  );
}

/**
 * Words after which a day and a month date a release or a statement: "release 13 Oct", "on 20 October",
 * or a piece of writing's own date: "your report of 21 December", "the story from 3 May".
 */
const RELEASE_DAY_BEFORE =
  /\b(?:on|dated|as of|published|released|release|issued|updated|correction|(?:report|story|article|piece|letter|edition|issue|column|editorial|statement|announcement|briefing|notice|bulletin|note|post)\s(?:of|from))[,:]?\s$/i;

/**
 * "BEIJING, Dec 18 (Wire) -", "Correction, Nov. 23:", "on Oct. 14", a dateline "Dec 21" alone: a
 * calendar day says when something was said, not the period of a figure. "Oct 24: 4,725 t" may be a
 * month and a two-digit year, so a bare colon or comma makes a day only of a number no year here has.
 */
function isCalendarDay(clause: string, start: number, end: number): boolean {
  const after = clause.slice(end, end + 16);
  const d = DAY_AFTER.exec(after);
  if (d === null) return false;
  const rest = after.slice(d[0].length);
  const before = clause.slice(Math.max(0, start - 24), start);
  if (/^\s(?:\(|[-–—]\s)/.test(rest) || DAY_WORD_BEFORE.test(before) || CITY_BEFORE.test(before)) return true;
  if (POST_STAMP_BEFORE.test(before) && /^\s*(?:$|\n)/.test(rest)) return true;
  if (WEEKDAY_BEFORE.test(before) || (BRACKETED_DAY_BEFORE.test(before) && /^\)/.test(rest))) return true;
  if (DESK_AFTER.test(rest)) return true;
  // "Updated 5:10 PM, Jan 21, 2026": a day and then the year is a date, unless the words count from it
  if (/^,\s(?:19|20)\d{2}\b/.test(rest) && !COUNTED_FROM.test(before)) return true;
  if (PLACE_OPENING.test(clause.slice(0, start)) && /^\s?[,:]/.test(rest)) return true;
  if (clause.slice(0, start).trim() === "" && /^\s*[,:]?\s*$/.test(rest)) return true;
  const day = Number(d[2]);
  return /^\s?[,:]/.test(rest) && (d[1] === "." || d[3] !== undefined || day < 15 || day > 29);
}

/**
 * What follows "May" the month and never the verb: a past tense, "had", "was", "itself", a noun of trade, "at" a
 * figure, or a noun of trade after the product or destination it is of ("May magnet exports", "May
 * US-bound shipments").
 */
const MAY_THE_MONTH =
  /^\s(?:itself|alone|was|were|is|has|had|saw|brought|came|fell|rose|grew|sank|slid|slumped|shrank|took|went|got|made|showed|stood|ran|began|proved|(?![a-z]*eed\b|shed\b)[a-z]{2,}ed|exports|shipments|imports|sales|figures?|data|volumes?|totals?|levels?|numbers|tally|tonnage|deliveries)\b|^\sat\s[~≈]?\d|^\s(?:(?:rare[- ]earths?|permanent|magnet|NdFeB|gallium|germanium|antimony|graphite|tungsten|dysprosium|terbium|[a-z]+-bound)\s){1,3}(?:exports|shipments|sales|figures?|volumes?|totals?|tally|tonnage|deliveries)\b/i;

function mayIsMonth(clause: string, at: number, year: string | undefined): boolean {
  // "May 2025", "May of last year", "May this year"
  if (year) return true;
  if (possessiveMay(clause, at)) return true;
  // wide enough for the longest words before it: "compared with May"
  const before = clause.slice(Math.max(0, at - 16), at);
  return (
    /(?:\b(?:in|since|from|than|of|for|to|until|through|and|between|early|late|mid|on|during|compar(?:ed|es?|ing) (?:with|to)|against|im|seit|bis|von|vom|times|twice|double|triple|treble|quadruple|versus|vs\.?|the|its|their|after|before|by|over|into|till|at|was|were|is|last|next|throughout|any|record|(?:high|low|strong|weak|bus|bigg|larg|small|quiet|heavi|soft)est|best|worst)|\dx)\s$/i.test(
      before,
    ) ||
    // the modal verb takes a bare verb after it; a past tense, "had", "was" or a noun of trade
    // follows only the month ("May saw just 1,328 t", "May had been the worst month", "May exports")
    (!latin1Stub(clause.slice(at + 3)) && MAY_THE_MONTH.test(clause.slice(at + 3, at + 30))) ||
    // "May, with 5,864 t, had been ...": the clause split off at the comma ends with the name; a
    // figure right after it ("EXPORTS MAY +22.6% Y/Y", read in title case) follows no verb
    // as does a figure in brackets ("May (46 t) the low"), and a full stop: "May. The trough." leads a
    // recap's paragraph, which the modal verb never ends
    /^Ma[yi](?:'s|-|:|,|\.(?=\s|$)|\s[–—-]\s|$|\s[+\-−–]?\d|\s\(\s?[~≈]?\d|\s(?:vs\.?|versus|v\.|against)\s)/.test(
      clause.slice(at, at + 14),
    ) ||
    // "May was the trough", "May marked the low": a verb no modal "may" comes before
    /^May\s(?:was|were|marked|proved|remained|became|saw|brought)\s/.test(clause.slice(at, at + 16))
  );
}

export const pad = (n: number) => String(n).padStart(2, "0");
