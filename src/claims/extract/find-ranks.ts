// The grammar of ranks and streaks in one clause, built from parts rather than fixed phrases: an
// extreme ("highest", "second-biggest", "lowest monthly total", "highest for a single month") with
// its window ("on record", "ever", "since January", "in seven months", "so far this year", "of 2025"),
// a window set before it ("a six-month high", "this year's highest"), a comparison with every month
// of a window ("higher than in any other month this year"), and streaks ("fifth straight monthly
// fall", "fell for a third consecutive month", "for the second month running", "a third monthly
// decline in a row", "three straight months of gains").

import { findCjkRanks } from "./find-ranks-cjk.js";
import { findMalayRanks } from "./find-ranks-malay.js";
import { findGermanRanks } from "./find-ranks-german.js";
import { findRomanceRanks } from "./find-ranks-romance.js";
import {
  DOWN_NOUNS,
  DOWN_VERBS,
  ENGLISH_MONTH_NAME,
  HIGHEST_WORDS as HIGH,
  LOWEST_WORDS as LOW,
  MONTH_NAME,
  MONTHS,
  UP_NOUNS,
  UP_VERBS,
  directionOf,
  parseCount,
} from "./lexicon.js";
import { findSecondOnlyMonths } from "./second-only.js";
import { findMonthPlaces } from "./month-places.js";
import { findPartners } from "./subjects.js";
import { findCalendarRanks } from "./find-calendar-ranks.js";
import { findTopRanks } from "./find-top-ranks.js";
import { findSpanRanks } from "./find-span-ranks.js";
import { findYearExtremes } from "./find-year-extremes.js";
import type { RankScope } from "../types.js";
import { allMatches, latin1Stub } from "./all-matches.js";

/** A rank or streak found in a clause. A `since` scope's month is filled in by the caller. */
export interface RankHit {
  start: number;
  end: number;
  type: "rank" | "streak";
  n: number;
  direction: "high" | "low" | "up" | "down";
  scope:
    | RankScope
    | { type: "since"; period: null }
    | { type: "year"; year: number | null }
    /** A half or a quarter (months 1-12) of the year named, or of the claim's when none is. */
    | { type: "part"; from: number; to: number; year: number | null }
    /** The quarter (3) or half (6) of the year that holds the claim's month: "the strongest month of the quarter". */
    | { type: "ownPart"; months: 3 | 6 }
    | null;
  /** A streak that ended the month before, broken by the clause's month ("ending three months of gains"). */
  before?: boolean;
  /** A streak at least `n` long ("the first decline in three months"). */
  atLeast?: boolean;
  /** "second only to January's": the window starts at the month named in the rank's words. */
  fromNamed?: boolean;
  /** "a top-three month", "among the five weakest months": the rank is `n` or better. */
  within?: boolean;
  /** "behind only Germany and Korea": the destinations named as the only ones above it. */
  above?: string[];
  /** "the third month in a row above 5,000 t": a run of months past this mark in tonnes. */
  past?: number;
  /**
   * "has fallen every month since June": a run of moves from the month named ("since" in the hit's
   * words) to the claim's, which the clause reader counts (`n` is left 0).
   */
  sinceNamed?: boolean;
}

const ORD =
  "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th)";
/**
 * Whose figure, or of what, between the extreme and its noun: "the highest US figure", "the lowest EU
 * month", "the lowest rare-earth export total", "the lowest monthly gallium export".
 */
const MODIFIER =
  "(?:\\s(?:U\\.S\\.|[A-Z][A-Za-z]{1,11}|magnet|export|import|shipment|outbound|rare[- ]earth))?(?:\\s(?:export|import|shipment))?";
const NOUN = `(?:${MODIFIER}\\s(?:(?:monthly|month's|single-month|one-month)${MODIFIER}\\s)?(?:level|total|volume|value|figure|amount|reading|tally|month|shipments|exports?|monthly total|pace|print|showing|result|number|tonnage|outcome|point|quantity|intake|purchases|deliveries|arrivals|haul|share|portion|proportion))?`;
/** One month, as an extreme is said of it: "for a single month", "in any one month". */
const ONE_MONTH = "\\s(?:for|of|in)\\s(?:a single|any(?: one| single)?|one|a)\\s(?:calendar\\s)?month";
/** A place's name, capitalised: "Germany", "South Korea", "U.S.". */
const PLACE = "U\\.S\\.|[A-Z][A-Za-z]{1,14}(?:\\s[A-Z][a-z]{2,14})??";
/**
 * A destination the extreme is said for, named after it: "the most for Germany", "the lowest monthly
 * figure for the US", "the strongest month for Japan". Only as part of a window that follows; not a
 * word that opens another phrase ("for any destination", "for the year"). The patterns built on it
 * ignore case, so the place they take is kept only when written with its capitals (`namesPlace`):
 * "the weakest month for magnets since March" names no place.
 */
const FOR_PLACE = `\\s(?:for|to)\\s(?!(?:any|a|an|each|every|one|all|that|this|its|their|the\\s(?:year|month|period|series|data|record|quarter|half))\\b)(?:the\\s)?(?<place>${PLACE})`;
/** `PLACE` as written, capitals and all. */
const PLACE_NAME = new RegExp(`^(?:${PLACE})$`);
/** Whether a match of a pattern built on `EXTREME` took no place after its extreme, or a capitalised one. */
const namesPlace = (m: RegExpExecArray): boolean =>
  m.groups?.place === undefined || PLACE_NAME.test(m.groups.place);
/** `FOR_PLACE` in a pattern's twin that takes no place: its group kept, so the groups count the same. */
const NO_PLACE = "\\s(?<place>(?!))";
/**
 * What the extreme is of, between it and its window: "for a single month", "for any month", "for
 * magnet exports", "for gallium", "for Germany in any month", with `place` as its place. The place
 * comes last: in a pattern that ignores case it takes any word, so the others are tried first.
 */
const ofWhat = (place: string) =>
  `(?:${ONE_MONTH}|\\sfor\\s(?:[\\w'’-]+\\s){0,3}?(?:exports|shipments|sales|cargo(?:es)?|deliveries|volumes?|intake|purchases|buyers|imports|magnets|rare[- ]earths|gallium|germanium|graphite|antimony|tungsten)|\\sfor\\s(?:that|this|the|each|any)\\s(?:destination|market|country|buyer|customer|partner)|${place}(?:${ONE_MONTH})?)?`;
/** An extreme ("the second-highest monthly figure") and what it is of, with `place` as its place. */
const extreme = (place: string) => `(?:(${ORD})[- ])?(${HIGH}|${LOW})${NOUN}${ofWhat(place)}`;
const EXTREME = extreme(FOR_PLACE);
/**
 * Patterns built on `EXTREME`, each with its twin that takes no place, tried where the pattern found
 * one not written as a place's name (see `extremeMatches`).
 */
const PLACELESS = new Map<RegExp, RegExp>();
/** A pattern built on `EXTREME` by `words`, and its twin with no place. */
function extremePattern(words: (extreme: string) => string): RegExp {
  const re = new RegExp(words(EXTREME), "gi");
  PLACELESS.set(re, new RegExp(words(extreme(NO_PLACE)), "iy"));
  return re;
}
const COUNT =
  "\\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty|twenty-four|thirty-six";

/**
 * The whole record: "on record", "ever", "ever reported", "they've ever published", "since records began", "since the data series started",
 * "since comparable data became available", "in the customs record", "in our published series", "in
 * the data we hold", "(the second-best month) we have data for".
 */
const RECORD_WORDS = `on record|ever(?: (?:recorded|reported|registered|published|posted))?|recorded\\b(?!\\s(?:since|in|for|by|during|over|this|so|last|at|on|from|to|between|after|before|until)\\b)|(?:that\\s|which\\s)?(?:they|it|we|customs|the customs office|the country|China|Beijing)(?:['’]ve|['’]s|\\shave|\\shas|\\shad)?\\sever\\s(?:recorded|reported|registered|published|posted|received|exported|shipped|sent|bought|taken|imported|sold|reached|hit|seen|achieved|logged|managed)(?:${ONE_MONTH})?|since (?:(?:the )?(?:customs )?records|(?:the )?(?:customs )?(?:data|statistics|series)(?: series)?|comparable (?:data|records|figures)) (?:began|begin|started|start|became available|were first (?:kept|published|compiled|collected))|since (?:the )?(?:category|series|product)['’]s (?:records|data)(?: (?:began|started))?|in (?:the|our) (?:customs |official |published |monthly |statistical )*record|in (?:the |our |its |their |customs |available |official |published |Chinese |China['’]s |the agency['’]s |the administration['’]s )*(?:data|records|figures(?!\\s(?:since|for|of|from)\\b))(?: (?:we|they) (?:have|hold)| so far)?|(?:in|on) (?:the|our|this|its) (?:data |customs |official |monthly |published )?series(?: we (?:have|hold))?|(?:that\\s|which\\s)?(?:we|they)(?:['’]ve|\\shave|\\shold)\\s(?:data|figures|records|numbers)\\s(?:for|on)\\b|of all time|in (?:all of )?history|(?:in|of|on) (?:the|our|this|its) (?:whole |entire )(?:data |customs |official |monthly |published |statistical )?(?:series|chart|record)|(?:in|on) (?:the|our|this) chart`;
const RECORD_SCOPE = extremePattern((x) => `\\b${x}\\s(?:${RECORD_WORDS})`);
/** The data a record is counted over, right after it: "a record in the data series", "in the available data". */
const OVER_THE_DATA = /^,?\s(?:in|of)\s(?:the\s|our\s|available\s)*(?:data(?:\sseries)?|series)\b/i;
/**
 * The year a record starts from, right after its words: "(began) in 2017", "going back to 2015",
 * "(in records) kept since early 2024".
 */
const RECORD_FROM =
  /^,?\s(?:in|from|going back to|dating back to|back to|that began in|which began in|starting in|(?:kept|compiled|published)\ssince)\s(?:(?:early|mid-?|late)\s?)?((?:19|20)\d{2})\b/i;
/** "the highest-ever monthly total", "second-lowest-ever". */
const RECORD_EVER = new RegExp(`\\b(?:(${ORD})[- ])?(${HIGH}|${LOW})-ever\\b${NOUN}`, "gi");
const ALL_TIME =
  /\b(?:an?\s|the\s)?(?:new\s|fresh\s)?(?:all-time|record|series)[- ](high|low|level|peak|volume|total|amount|figure|monthly(?:\s(?:high|low|peak|level|total|volume|figure|amount))?|month)\b|\b(?:an?\s)?new\s(?:(?:monthly|single-month)\s(high|peak|low)\b|(high|peak|low)\b(?=\s(?:for\sa\s(?:single\s)?month|on\srecord)\b))|\b(?:an?\s|the\s)?(?:new\s|fresh\s)?all-time\srecord\b|\bthe\s(?:monthly\s)?record\sfor\s(?:any|a)\s(?:single\s|one\s)?month\b|\b(?:an?|new|fresh)\s(?:(?:new|fresh)\s)?(?:monthly\s|single-month\s)?record\b(?!\s(?:number\sof|of\s(?![~≈$]?\d)|for\s(?!(?:the\s)?(?:series|country|nation|China|data|records?)\b|(?:any|a)\s(?:single\s|one\s)?month\b|(?:that|this)\s(?:market|destination|buyer|customer|partner)\b|[\w.]+-bound\s(?:[\w-]+\s){0,2}(?:magnets?|exports|shipments|cargoes|deliveries|sales)\b)))|\b(?:einen?\s|neuen?\s){0,2}Rekord(?:wert|hoch|niveau|stand)?\b|创历史新高|历史最高/gi;
/** The record as an adjective of a figure: "the record 6,357 tons shipped in January". */
const RECORD_FIGURE =
  /\bthe\s(?:all-time\s)?record(?=\s[~≈]?\d[\d,.]*\s?(?:t|tonnes|tons|metric\stons|kt|kg)\b)/gi;
const MONTHS_WORD = "months|monthly\\s(?:totals|figures)";
/**
 * A place among the months of a year: "ranked third among the months of 2025", "came second of all
 * the months this year", "ranks fourth among this year's months", "we make it fourth among the months
 * of 2025", "ranks sixth of the eleven months so far this year". Ranked by size, so the highest first.
 */
const PLACE_AMONG_MONTHS = new RegExp(
  `\\b(?:ranked|ranks|ranking|came|placed|stood|was|is|(?:make|makes|made|put|puts|putting|places|placing)\\sit)\\s(?:in\\s)?(${ORD}|first)(?:\\splace)?\\s(?:among|of)\\s(?:all\\s)?(?:the\\s)?(?:(?:${COUNT})\\s)?(?:(?:this|the)\\syear['’]s\\s(?:${MONTHS_WORD})|(?:${MONTHS_WORD})\\s(?:(?:of|in)\\s((?:19|20)\\d{2})|(?:of\\s|in\\s)?(?:this|the)\\syear|so\\sfar\\sthis\\syear))\\b`,
  "gi",
);
/** A record only come close to: "a near-record month", "near record levels", "an almost-record high". */
const NEAR_RECORD = /\b(?:near|nearly|almost|close\sto|just\sshy\sof)[- ]$/i;
/**
 * The record named as a month's: "the record for magnets remains January's 6,357 tonnes", "the
 * monthly record is still June's". Only before a month's figure, which is the claim's.
 */
const RECORD_HOLDER = new RegExp(
  `\\bthe\\s(?:monthly\\s|all-time\\s)?record(?:\\sfor\\s(?:[\\w-]+\\s){1,3}?)?\\s?(?:still\\s)?(?:remains|is|was|stands\\sat|belongs\\sto)(?:\\sstill)?(?=\\s(?:${MONTH_NAME})(?:['’]s\\b|\\s(?:19|20)\\d{2}\\b))`,
  "gi",
);
/**
 * A month's record named by its possessive: "behind August's record 7,336t", "June's all-time high
 * of 7,742 t", "from June's record of 7,742 tonnes". The record is that month's, so the claim takes
 * the possessive's month.
 */
const MONTH_RECORD = new RegExp(
  `(?<=\\b(?:${MONTH_NAME})['’]s\\s)(?:(?:all-time|monthly|previous)\\s)?(?:record(?:\\s(?:high|level|total|volume|figure))?|all-time\\shigh)\\b(?!\\s(?:for\\b|of\\s(?![~≈]?\\d)))`,
  "gi",
);
/** A record for a named place, which names the rank's destination: "a record for India". */
const RECORD_FOR_PLACE = new RegExp(
  `\\b(?:[Aa]n?\\s(?:new\\s|fresh\\s)?|[Nn]ew\\s|[Ff]resh\\s)record\\sfor\\s(?!(?:${MONTH_NAME}|China|Beijing)\\b)(?:the\\s)?[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?\\b`,
  "g",
);
/** The record as what a figure is: "June's 7,742 t, which remains the record", "is still the record". */
const IS_THE_RECORD =
  /\b(?:(?:remains|remain|remained|is|was|stands\sas|became)\s(?:still\s)?|(?<=,\s)(?:still|again)\s)the\s(?:all-time\s|monthly\s)?record\b(?!\s(?:for|of|is|was|remains|stands|belongs|holder)\b|['’])/gi;
/**
 * A year's extreme said as a noun after it: "the peak of 2024", "the trough for the year", "its high
 * point for the year", "the low point of the year", "a new high in 2023", "a fresh low for the year";
 * not "a high in 2025" without "new", which may as well be a year's total at its highest.
 */
const YEAR_NOUN = new RegExp(
  `\\b(?:(?:the|its|their)\\s(?:(?:new|fresh)\\s)?|(?:an?\\s)?(?:new|fresh)\\s)(?:(peak|high(?:\\spoint|-water\\smark)?|top)|(low(?:\\spoint|-water\\smark)?|trough|bottom))\\s(?:of|for|in)\\s(?:(?:the|this)\\syear|((?:19|20)\\d{2}))\\b`,
  "gi",
);
const YEAR_BEFORE = extremePattern(
  (x) =>
    `\\b(?:this year's|the year's|((?:19|20)\\d{2})(?:'s|(?<=(?<!\\b(?:hit|reached|touched)\\s)\\b(?:the|an?|its|their)\\s(?:19|20)\\d{2})))\\s(?:${x}|(peak|high)|(low|trough))\\b`,
);
/**
 * A calendar year after the extreme: "so far this year", "of this year", "of the year", "yet this year", "in 2025", "so far in 2025",
 * "of last year" (said of a month of that year: the year of the claim's month).
 */
const YEAR_AFTER = extremePattern(
  (x) =>
    `\\b${x}\\s(?:(?:we|they)(?:['’]ve|\\shave)\\s(?:had|seen)\\s)?(?:(?:so far|yet|to date)\\s)?(?:(?:of\\s|in\\s)?this year|of the year|for the year|in the year|(?:of\\s|in\\s)?last year\\b(?!['’])|(?:in|so far in) ((?:19|20)\\d{2})|of ((?:19|20)\\d{2}))`,
);
const SINCE = extremePattern((x) => `\\b${x}\\s(?:level\\s)?since\\b`);
/**
 * A level last matched in the month "since" names: "a level not seen since March 2024", "a low not
 * recorded since June", "a high unseen since January". Said as "a level" or "a figure", its side is the
 * clause's verb's ("climbed to ..., a level not seen since"); with no verb it is left unread.
 */
const NOT_SEEN_SINCE =
  /\b(?:an?|the)\s(?:(high|peak)|(low|trough)|level|figure|volume|total|amount|tally|pace|reading)\s(?:(?:not|never)\s(?:been\s)?(?:seen|reached|recorded|hit|matched|posted|touched)|unseen|unmatched)\s(?:since|in\sthe\sdata\ssince)\b/gi;
/**
 * A level never matched before, with no month named: "a level never seen before", "a figure never
 * before reached", "an unprecedented 6,146 t", "an unprecedented high": the whole record. Said as "a
 * level" or a bare figure, its side is the clause's verb's; with no verb it is left unread.
 */
const NEVER_BEFORE =
  /\b(?:(?:an?|the)\s(?:(high|peak)|(low|trough)|level|figure|volume|total|amount|tally)\s(?:never\s(?:before\s)?(?:been\s)?(?:seen|reached|recorded|hit|matched|posted)(?:\sbefore)?|not\s(?:seen|reached|recorded|matched)\sbefore|unseen\sbefore)(?!\s(?:(?:19|20)\d{2}|since|in\s(?:19|20)\d{2}|the\s))|an\sunprecedented\s(?:(?=[~≈]?\d)|(?:(high|peak)|(low|trough)|level|volume|total|amount|figure)\b))/gi;
const ABOUT = "(?:more than|nearly|almost|over|about|around|roughly|at least|close to)";
/** "the past", "the last": a window that ends at the month spoken of. */
const PAST = "the\\s(?:past|last|previous|preceding|prior|latest)";
/**
 * "the highest in seven months", "the lowest of the past five months", "the weakest over the last
 * year", "the biggest of the six months" (a window the text speaks of, whose last month it leaves open).
 */
const WINDOW = extremePattern(
  (x) =>
    `\\b${x}\\s(?:in|for|over|of|during|across)\\s(?:${PAST}\\s|(the)\\s(?=(?:${ABOUT}\\s)?(?:${COUNT})\\smonths\\b))?(?:(${ABOUT})\\s)?(?:(${COUNT})\\s)?(months?|mths?|years?|yrs?)\\b`,
);
/** The extreme said as a noun before its window: "the low point of the past three months", "the peak of the five months". */
const WINDOW_NOUN = new RegExp(
  `\\bthe\\s(?:(high(?:\\spoint)?|peak|top)|(low(?:\\spoint)?|trough|bottom))\\s(?:of|in|over|for|across)\\s(?:${PAST}\\s|(the)\\s(?=(?:${ABOUT}\\s)?(?:${COUNT})\\smonths\\b))(?:(${ABOUT})\\s)?(?:(${COUNT})\\s)?(months?|mths?|years?|yrs?)\\b`,
  "gi",
);
/** "a six-month high", "a fresh 10-month low", "a two-year peak", "a nearly two-year high". */
const N_MONTH_EXTREME = new RegExp(
  `\\b(?:(${ABOUT})[- ])?(${COUNT})[- ](months?|mths?|years?|yrs?)[- ](high|low|peak|trough|top|bottom)s?\\b`,
  "gi",
);
/**
 * The same in a desk note's shorthand, the count glued to "M" (months) or "Y" (years): "7M high",
 * "3M low", "2Y peak". Case matters: "7m" is seven million.
 */
const N_MONTH_SHORT =
  /\b(\d{1,2})([MY])\s(high|low|peak|trough|HIGH|LOW|PEAK|TROUGH|High|Low|Peak|Trough)\b/g;
/**
 * Every month before beaten, with no window named: "more than in any previous month", "higher than
 * every earlier month before it", "than all prior months": the whole record.
 */
const EVERY_EARLIER_MONTH = `(?:(?:any|every)\\s(?:previous|earlier|prior)\\smonth|all\\s(?:the\\s)?(?:previous|earlier|prior)\\smonths)(?:\\sbefore(?:\\sit)?)?(?=\\s*(?:[.,;:!?)]|$))`;
/**
 * Every month of a window beaten: "higher than in any other month this year", "more than in any
 * month since January", "lower than any month on record". The window words are read as for an extreme.
 */
const THAN_ANY_TAIL = `than\\s(?:in\\s|during\\s)?(?:(?:(?:any|every)\\s(?:other\\s|previous\\s|earlier\\s|prior\\s)?month|all\\s(?:the\\s)?(?:other\\s|previous\\s|earlier\\s|prior\\s)?months)\\s(?:(this year|of the year|so far this year|in ((?:19|20)\\d{2})|of ((?:19|20)\\d{2}))|(since)\\b|(${RECORD_WORDS}))|${EVERY_EARLIER_MONTH})`;
const THAN_ANY = new RegExp(
  `\\b(higher|more|larger|bigger|greater|stronger|lower|less|fewer|smaller|weaker)\\s${THAN_ANY_TAIL}`,
  "gi",
);
/** THAN_ANY's words after its comparative, right at the start of a text (see `thanAnyAfter`). */
const THAN_ANY_AFTER = new RegExp(`^${THAN_ANY_TAIL}`, "i");
/**
 * The same with what was shipped and its month between the comparative and "than": "received more
 * magnets in August than in any month since the export controls began". The rank's words start at
 * "than", so the month stays the clause's.
 */
const SPLIT_THAN_ANY = new RegExp(
  `\\b(more|less|fewer)\\s(?:[A-Za-z'’-]+\\s){1,6}?(?:in|during)\\s(?:${ENGLISH_MONTH_NAME})\\.?(?:\\s(?:19|20)\\d{2})?\\s(?=than\\s(?:in\\s|during\\s)?any\\s)`,
  "gi",
);
const STREAK_WORD = "straight|consecutive|successive";
/** How a monthly move is named before its noun: "monthly", "MoM", "m/m", "month-on-month". */
const MONTHLY = "monthly|MoM|m\\/m|month-on-month";
/**
 * "the second monthly fall", "a 2nd monthly decline": a count of monthly moves without a streak word
 * is a streak, unless it counts within a span ("the third monthly fall this year", "... since 2024").
 */
const NTH_MONTHLY = new RegExp(
  `\\b(${ORD})\\s(?:${MONTHLY})\\s(${UP_NOUNS}|${DOWN_NOUNS})\\b(?!\\s(?:this|of|in|since|so far|for|over)\\b)`,
  "gi",
);
const STREAK_NOUN = new RegExp(
  `\\b(${ORD}|third|first)\\s(?:${STREAK_WORD})\\s(?:(?:${MONTHLY})\\s|month(?:ly)?\\sof\\s(?:[a-z]+(?:-[a-z]+){0,2}\\s)?)?(${UP_NOUNS}|${DOWN_NOUNS}|months?)\\b`,
  "gi",
);
/**
 * Streaks said with a row or a run: "three straight months (of gains)", "two months in a row",
 * "a third month in a row", "for the second month running", "a third monthly decline in a row",
 * "a second month of growth" (a month "of" a rise or fall counts on from the last), "four straight
 * monthly falls".
 */
const STREAK_ROW = new RegExp(
  [
    `\\b(${COUNT})\\s(?:${STREAK_WORD})\\smonths(?:\\sof\\s(?:[a-z]+\\s)?(${UP_NOUNS}|${DOWN_NOUNS}|gains|declines|falls|rises|increases|drops))?\\b`,
    `\\b(${COUNT})\\smonths\\s(?:in\\sa\\srow|running)\\b`,
    `\\b(${ORD})\\s(?:(?:${STREAK_WORD})\\s)?month\\s(?:in\\sa\\srow|running)\\b`,
    `\\b(${ORD})\\s(?:monthly\\s)?(${UP_NOUNS}|${DOWN_NOUNS})\\s(?:in\\sa\\srow|in\\ssuccession|running)\\b`,
    `\\b(${ORD})\\smonth\\sof\\s(?:[a-z]+\\s)?(${UP_NOUNS}|${DOWN_NOUNS}|gains|declines|falls|rises|increases|drops)\\b`,
    // a count of monthly moves: "four straight monthly falls"; a fact list's "3: straight monthly rises"
    `\\b(${COUNT})(?::|\\s[-–—])?\\s(?:${STREAK_WORD})\\s(?:(?:${MONTHLY})\\s)?(gains|declines|falls|rises|increases|drops|decreases)\\b`,
  ].join("|"),
  "gi",
);
/** A mark in tonnes a run of months stays past: "above 5,000 t", "below 1,000 tonnes". */
const MARK =
  "(above|over|topping|below|under|beneath)\\s(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s?(?:t|tonnes|tons|metric\\stons))\\b";
/**
 * A run of months past a mark: "the third month in a row above 5,000 t", "a fourth straight month
 * over 5,000 tonnes", "three straight months above 5,000 t", "above 5,000 t for a third straight
 * month", "stayed below 4,000 t for the third consecutive month". Each month counts, the last included.
 */
const MARK_RUN = new RegExp(
  [
    `\\b(${ORD})\\s(?:(?:${STREAK_WORD})\\s)?month\\s(?:(?:in\\sa\\srow|running)\\s)?${MARK}`,
    `\\b(${COUNT})\\s(?:(?:${STREAK_WORD})\\s)?months\\s(?:(?:in\\sa\\srow|running)\\s)?${MARK}`,
    `\\b${MARK}\\sfor\\s(?:a|the)\\s(${ORD})\\s(?:(?:${STREAK_WORD})\\s)?month(?:\\s(?:in\\sa\\srow|running))?\\b`,
  ].join("|"),
  "gi",
);
const RUN_NOUNS = `${UP_NOUNS}|${DOWN_NOUNS}|gains|declines|falls|rises|increases|drops|decreases`;
/**
 * A run the month broke or followed: "ending three straight months of gains", "snapping a
 * three-month winning streak", "ending a three-month run of gains", "after two consecutive months of declines", "breaking a run of four
 * monthly falls". The run ended the month before.
 */
const RUN_ENDED = new RegExp(
  `\\b(?:end(?:ing|ed|s)?|snap(?:ping|ped|s)?|break(?:ing|s)?|broke|halt(?:ing|ed|s)?|revers(?:ing|ed|es)|after|following)\\s(?:a\\s|an\\s|its\\s|their\\s)?(?:(?:run|streak|string)\\sof\\s)?(${COUNT})[- ](?:(?:${STREAK_WORD})\\s)?(?:months?\\s(?:of\\s)?(?:(?:${STREAK_WORD})\\s)?(${RUN_NOUNS})|monthly\\s(${RUN_NOUNS})|month\\s(winning|losing|growth)\\s(?:streak|run)|month\\s(?:run|streak|string|stretch)\\sof\\s(?:(?:monthly|${STREAK_WORD})\\s)?(${RUN_NOUNS}))\\b`,
  "gi",
);
/**
 * A run told in a past-perfect relative clause, before the clause's own verb: "Shipments, which had
 * slipped for two straight months, rose 12% in November". The run ended the month before.
 */
const RELATIVE_PLUPERFECT = /\b(?:which|that|who)\shad\s(?:been\s)?[a-z]+\s(?:for\s)?$/i;
/** "the first decline in three months": at least the months between were the other way. */
const FIRST_IN = new RegExp(
  `\\bfirst\\s(?:monthly\\s|month-on-month\\s|m\\/m\\s|MoM\\s)?(${UP_NOUNS}|${DOWN_NOUNS})\\s(?:in|for)\\s(${COUNT})\\smonths\\b`,
  "gi",
);
/**
 * "fell in September for the first time in four months", "were up for the first time in three
 * months": the move is the verb's before it, and, as with "the first decline in three months", at
 * least the months between were the other way.
 */
const FIRST_TIME_IN = new RegExp(`\\bfor\\sthe\\sfirst\\stime\\s(?:in|for)\\s(${COUNT})\\smonths\\b`, "gi");
/** Between the move's word and "for the first time": "fell in September", "were up", "rose again". */
const MOVE_THEN_FIRST_TIME = new RegExp(
  `\\b(${UP_VERBS}|${DOWN_VERBS}|down|up|lower|higher)\\s(?:(?:[a-z]+ly|again)\\s)?(?:(?:in|during)\\s(?:${MONTH_NAME})(?:\\s(?:19|20)\\d{2})?,?\\s)?$`,
  "i",
);
/**
 * A move said of every month of a span: "rose in every month from June to September", "fell each
 * month between March and May". A run of at least as many moves as the span has steps: the words
 * may count the first month's own move or start from its level, and the run may have begun earlier.
 */
const EVERY_MONTH_RUN = new RegExp(
  `\\b(${UP_VERBS}|${DOWN_VERBS})\\s(?:(?:in|during|for|over)\\s)?(?:every|each)\\s(?:single\\s)?month\\s(?:from|between)\\s(${MONTH_NAME})(?:\\s(?:19|20)\\d{2})?\\s(?:to|through|thru|until|till|and)\\s(${MONTH_NAME})\\b`,
  "gi",
);
/**
 * A move said of every month since one: "has fallen every month since June", "rose in each month since
 * May". A run of at least as many moves as months from it to the claim's month; not with the months
 * it leaves out ("every month since May except September").
 */
const EVERY_MONTH_SINCE = new RegExp(
  `\\b(${UP_VERBS}|${DOWN_VERBS})\\s(?:(?:in|during)\\s)?(?:every|each)\\s(?:single\\s)?month\\ssince\\s(?:${MONTH_NAME})\\b(?!(?:\\s(?:19|20)\\d{2})?,?\\s(?:except|but|bar|barring|save|apart|other\\sthan|excluding|with\\sthe\\sexception)\\b)(?:\\s(?:19|20)\\d{2}\\b)?`,
  "gi",
);
/** "fell for a second month", "down for the third month", a headline's "fall for second month": a word of rising or falling, then its count. */
const FOR_NTH_MONTH = new RegExp(
  `\\b(${UP_VERBS}|${DOWN_VERBS}|down|up|lower|higher)\\s(?:(?:again|further|once more|[a-z]+ly)\\s)?(?:in\\s[a-z]+\\s)?for\\s(?:(?:a|the)\\s)?(${ORD})\\s(?:(?:${STREAK_WORD})\\s)?month\\b(?!\\sof\\b|['’]s)`,
  "gi",
);
/**
 * "the highest this year after January", "second only to January's", "the biggest of the year so far
 * apart from January": the months named rank above. Only when the months end the phrase: "the
 * highest this year after April's curbs" gives a cause.
 */
const SAVE_FOR = new RegExp(
  `^(?:\\s(?:so\\sfar|yet|to\\sdate))?,?\\s(?:only\\s)?(?:after|behind|except(?:\\sfor)?|bar|but\\sfor|apart\\sfrom|aside\\sfrom|other\\sthan|besides|excluding|save\\sfor|second\\sonly\\sto|surpassed\\sonly\\sby|beaten\\sonly\\sby)\\s((?:${MONTH_NAME})(?:(?:,\\s|,?\\sand\\s)(?:${MONTH_NAME}))*)(?:['’]s(?:\\s(?:figure|total|level|volume|peak|tally|record|high|low))?)?(?=\\s*(?:[,.;:()—–-]|$|\\d))`,
  "i",
);
/**
 * "Monthly exports in 2025 peaked in June", "hit their trough in September": a peak or trough is a
 * rank only over a year the clause names before it ("in 2025", "this year") or in its own words
 * ("hit their 2025 low in May").
 */
const PEAK =
  /\b(?:peaked|hit (?:a|its|their) (?:((?:19|20)\d{2}) )?(peak|trough|low|high)|bottomed(?: out)?|(?:reached|touched) (?:a|its|their) (?:((?:19|20)\d{2}) )?(peak|trough))\b/gi;
/**
 * "peaked in January 2025", "bottomed out in May", "peaked at 7,336 t in August", "the low point came
 * in May", "the peak was June's":
 * a peak or trough named by its month, over no window the clause names. Said of some stretch of
 * months around it that the text leaves open, it is read as the top (or bottom) of three months that
 * hold it: a month below both its neighbours peaked in no window at all.
 */
const PEAK_MONTH = new RegExp(
  `\\b(?:(peaked|topped out|hit (?:a|its|their) peak|reached (?:a|its|their) peak)|(bottomed(?: out)?|hit (?:a|its|their) (?:trough|low)|reached (?:a|its|their) (?:trough|low)))(?:\\s(?:in|during)\\s(?=(?:${MONTH_NAME})\\b)|(?=\\sat\\s\\d[\\d,.]*\\s?(?:t|tonnes|tons|kg)\\sin\\s(?:${MONTH_NAME})\\b))|\\b[Tt]he\\s(?:(peak|high point|high)|(low point|trough|low|bottom))\\s(?:came|was reached|was hit|arrived|fell|was)\\s(?:in|during)\\s(?=(?:${MONTH_NAME})\\b)`,
  "g",
);
/**
 * A peak or trough named as its month's: "August's peak of 1,346 t", "its August peak", "the May
 * trough". Read as "peaked in August" is, over an open stretch of months around it; the words start
 * after the month, which is the rank's, as a month before a record is ("January's record").
 */
const MONTH_PEAK = new RegExp(
  `(?<=\\b(?:(?:${MONTH_NAME})['’]s\\s(?:(?:monthly|recent|previous)\\s)?|(?:its|their|the)\\s(?:${MONTH_NAME})\\s))(?:(peak|high)|(trough|low))\\b(?![-\\s](?:levels?|volumes?|base|prices?|share|demand|season|point\\sof\\sthe\\syear))`,
  "gi",
);
/** What a peak named by its month may be of other than a tonnage. */
const NOT_TONNAGE =
  /\b(?:share|portion|proportion|slice|price|prices|value|values|rate|margin|premium|percentage)\b/i;
/** Months of the open window a peak named by its month is read over. */
const PEAK_MONTHS = 3;
/**
 * The year a peak is said over, before it: "in 2025", "this year", "For the year,", "Across 2025,",
 * "2025 so far:".
 */
const PEAK_YEAR =
  /\b(?:in|of|during|for|across|over|throughout)\s((?:19|20)\d{2})\b|\b(this year|so far this year|(?:for|over|across|throughout) the (?:whole\s|full\s)?year)\b|\b((?:19|20)\d{2})\s(?:so\sfar|to\sdate|year[- ]to[- ]date)\b/i;
/** A window the clause names for its peak some other way ("in the first half", "between March and July", "over the quarter"): not read. */
const WINDOW_WORDS =
  /\b(?:between|quarter|half|H[12]|Q[1-4]|months|weeks|year|since|from\s\w+\s(?:to|through|until))\b/i;
/** A verb of moving, or "up", "down", "higher", "lower" after a copula ("were up on the year"). */
const VERB_BEFORE = new RegExp(
  `\\b(${UP_VERBS}|${DOWN_VERBS}|(?<=\\b(?:was|were|is|are|been|stayed|remained)\\s(?:[a-z]+ly\\s)?)(?:up|down|higher|lower))\\b`,
  "gi",
);

/**
 * Words one of which every pattern above needs (as part of a word: "low" is in "lowest" and "trough"
 * needs its own): a clause with none of them has no rank or streak, and most clauses have none, so
 * they are spared the twenty patterns. A pattern added above adds its word here.
 */
/**
 * Every month of a year beaten but one or two: "topped every other month of 2025 but one", "beat
 * all other months this year bar two". The months not beaten are above it, so it ranks one after them.
 */
const ALL_BUT = new RegExp(
  `\\b(?:topped|tops|beat|beats|exceeded|exceeds|surpassed|outstripped|outpaced|(?:was|were)\\s(?:higher|more)\\sthan)\\s(?:every|all)\\s(?:other\\s)?months?\\s(?:(this year|of the year|so far this year)|(?:of|in)\\s((?:19|20)\\d{2}))\\s(?:but|bar|save|except(?:\\sfor)?)\\s(?:(one|two)\\b|((?:${MONTH_NAME})\\b(?:(?:,\\s|,?\\sand\\s)(?:${MONTH_NAME})\\b)*))`,
  "gi",
);
const RANK_WORDS =
  /high|low|since|never|unprecedented|larg|bigg|strong|best|most|busiest|heaviest|quietest|softest|lightest|leanest|thinnest|slackest|feeblest|small|weak|worst|poorest|fewest|record|rekord|all-time|series|peak|top|trough|bottom|month|mom|m\/m|straight|consecutive|successive|row|succession|running|历史/i;
/**
 * `RANK_WORDS` for a clause without a digit, each English word at a word's start: prose holds the
 * stems inside other words ("follow", "growth", "almost", "stop", "moment"), and a clause without a
 * figure is mostly prose. German compounds keep "Rekord" anywhere ("Exportrekord").
 */
const RANK_WORD_STARTS =
  /\b(?:high|low|since|never|unprecedented|larg|bigg|strong|best|most|busiest|heaviest|quietest|softest|lightest|leanest|thinnest|slackest|feeblest|small|weak|worst|poorest|fewest|record|all-time|series|peak|top|trough|bottom|month|mom|m\/m|straight|consecutive|successive|row|succession|running)|rekord|历史/i;

/** An extreme's word ("highest", "fewest"), which every pattern built on `EXTREME` needs. */
const EXTREME_WORD = new RegExp(`${HIGH}|${LOW}`, "i");
/**
 * For each pattern, a short one that matches wherever it can (a word it cannot match without): a
 * clause past `RANK_WORDS` is scanned only with the patterns whose words it has. A wording added to a
 * pattern adds its word to the pattern's entry here.
 */
const NEEDS = new Map<RegExp, RegExp>([
  [RECORD_SCOPE, EXTREME_WORD],
  [RECORD_EVER, EXTREME_WORD],
  [YEAR_BEFORE, new RegExp(`(?:'s|\\d)\\s(?:(?:${ORD})[- ])?(?:${HIGH}|${LOW}|peak|high|low|trough)`, "i")],
  [YEAR_AFTER, EXTREME_WORD],
  [SINCE, EXTREME_WORD],
  [NOT_SEEN_SINCE, /since/i],
  [NEVER_BEFORE, /never|before|unprecedented/i],
  [WINDOW, EXTREME_WORD],
  [WINDOW_NOUN, /month|mth|year|yr/i],
  [N_MONTH_EXTREME, /month|mth|year|yr/i],
  [N_MONTH_SHORT, /\d[MY]\s/],
  [THAN_ANY, /\bthan\s(?:in\s|during\s)?(?:any|every|all)\s/i],
  [SPLIT_THAN_ANY, /\bthan\s/i],
  [PEAK, /peak|trough|low|high|bottom/i],
  [
    PEAK_MONTH,
    /\b(?:peaked|topped out|(?:hit|reached) (?:a|its|their) (?:peak|trough|low)|bottomed|[Tt]he\s(?:peak|high point|high|low point|trough|low|bottom)\s(?:came|was|arrived|fell)\s)/,
  ],
  [MONTH_PEAK, /peak|trough|low|high/i],
  [ALL_TIME, /all-time|record|series|rekord|历史|new\s/i],
  [MONTH_RECORD, /record|all-time/i],
  [RECORD_FOR_PLACE, /record/i],
  [PLACE_AMONG_MONTHS, /\bmonth/i],
  [RECORD_FIGURE, /record\s/i],
  [IS_THE_RECORD, /record/i],
  [YEAR_NOUN, /year|(?:19|20)\d{2}/i],
  [RECORD_HOLDER, /record/i],
  [RUN_ENDED, /month/i],
  [FIRST_IN, /first/i],
  [FIRST_TIME_IN, /first\stime/i],
  [STREAK_NOUN, /straight|consecutive|successive/i],
  [NTH_MONTHLY, /monthly|mom|m\/m|month-on-month/i],
  [STREAK_ROW, /month|row|succession|running|straight|consecutive|successive/i],
  [MARK_RUN, /\bmonths?\b/i],
  [FOR_NTH_MONTH, /month/i],
  [EVERY_MONTH_RUN, /\b(?:every|each)\s(?:single\s)?month\s/i],
  [EVERY_MONTH_SINCE, /\b(?:every|each)\s(?:single\s)?month\ssince\s/i],
  [ALL_BUT, /\s(?:every|all)\s(?:other\s)?months?\s/i],
]);

/**
 * The matches of `re` in `clause`, as if the place a pattern built on `EXTREME` takes were matched
 * with its capitals: where one took a word not written as a place's name ("the highest to date this
 * year", "the weakest month for magnets since June"), its twin with no place is tried from the same
 * start, and failing that the search goes on from the next character.
 */
function extremeMatches(re: RegExp, clause: string): RegExpExecArray[] {
  const all = allMatches(re, clause);
  const placeless = PLACELESS.get(re);
  if (placeless === undefined || all.every(namesPlace)) return all;
  const out: RegExpExecArray[] = [];
  for (let from = 0; from <= clause.length;) {
    re.lastIndex = from;
    const m = re.exec(clause);
    if (m === null) break;
    placeless.lastIndex = m.index;
    const hit = namesPlace(m) ? m : placeless.exec(clause);
    if (hit !== null) out.push(hit);
    from = hit === null ? m.index + 1 : hit.index + Math.max(hit[0].length, 1);
  }
  re.lastIndex = 0;
  return out;
}

/** Every rank and streak in a clause, leftmost first, without overlaps. */
export function findRanks(clause: string): RankHit[] {
  // ranks read by their own patterns: "second only to ...", and those of Chinese, Japanese, Korean,
  // German, Spanish, Portuguese, Italian, French and Indonesian
  const second = [
    ...findSecondOnlyMonths(clause),
    ...findCjkRanks(clause),
    ...findGermanRanks(clause),
    ...findRomanceRanks(clause),
    ...findMalayRanks(clause),
    // "December (5,952 t) ranked fourth": a month's place among the months of its year
    ...findMonthPlaces(clause),
  ];
  if (!(/\d/.test(clause) ? RANK_WORDS : RANK_WORD_STARTS).test(clause)) return joined([], second);
  const matchAll = (re: RegExp) => (NEEDS.get(re)?.test(clause) === false ? [] : extremeMatches(re, clause));
  const out: RankHit[] = [];
  const push = (h: RankHit) => {
    if (!out.some((o) => h.start < o.end && h.end > o.start)) out.push(h);
  };
  const span = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  findSpanRanks(clause).forEach(push);
  findCalendarRanks(clause).forEach(push);
  findTopRanks(clause).forEach(push);
  for (const m of matchAll(MARK_RUN)) {
    const n = parseCount(m[1] ?? m[4] ?? m[9] ?? "");
    const side = m[2] ?? m[5] ?? m[7] ?? "";
    const mark = Number((m[3] ?? m[6] ?? m[8] ?? "").replace(/,/g, ""));
    if (n === null || n < 2 || !(mark > 0)) continue;
    const direction = /^(?:above|over|topping)$/i.test(side) ? "up" : "down";
    push({ ...span(m), type: "streak", n, direction, scope: null, past: mark });
  }
  for (const m of [...matchAll(RECORD_SCOPE), ...matchAll(RECORD_EVER)]) {
    // "since records began in 2017", "in customs data going back to 2015": a record kept from that year
    const from = RECORD_FROM.exec(clause.slice((m.index ?? 0) + m[0].length));
    push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length + (from?.[0].length ?? 0),
      type: "rank",
      n: ord(m[1]),
      direction: hl(m[2]),
      scope: from ? { type: "since", period: from[1] as string } : { type: "record" },
    });
  }
  for (const m of matchAll(YEAR_BEFORE))
    push({
      ...span(m),
      type: "rank",
      n: ord(m[2]),
      // "the year's peak", "2024's low": the extreme said as a noun
      direction: m[6] ? "low" : m[5] ? "high" : hl(m[3]),
      scope: { type: "year", year: m[1] ? Number(m[1]) : null },
    });
  for (const m of matchAll(YEAR_AFTER)) {
    const y = m[4] ?? m[5];
    push({
      ...span(m),
      type: "rank",
      n: ord(m[1]),
      direction: hl(m[2]),
      scope: { type: "year", year: y ? Number(y) : null },
    });
  }
  for (const m of matchAll(SINCE))
    push({
      ...span(m),
      type: "rank",
      n: ord(m[1]),
      direction: hl(m[2]),
      scope: { type: "since", period: null },
    });
  // the side the words give ("a high", "a low"), else the clause's verb's ("climbed to a level ...")
  const sided = (m: RegExpMatchArray, high: boolean, low: boolean, scope: RankHit["scope"]) => {
    const side = high ? "up" : low ? "down" : verbDirection(clause, m.index ?? 0);
    if (side === null) return;
    const { start, end } = span(m);
    const end0 = end - (m[0].length - m[0].trimEnd().length);
    push({ start, end: end0, type: "rank", n: 1, direction: side === "up" ? "high" : "low", scope });
  };
  for (const m of matchAll(NOT_SEEN_SINCE)) sided(m, !!m[1], !!m[2], { type: "since", period: null });
  for (const m of matchAll(NEVER_BEFORE)) sided(m, !!(m[1] || m[3]), !!(m[2] || m[4]), { type: "record" });
  for (const m of matchAll(WINDOW)) {
    const months = windowMonths(m[5], m[6] ?? "a", m[7] ?? "");
    if (months === null) continue;
    const scope = { type: "months" as const, months, ...(m[4] ? { open: true } : {}) };
    push({ ...span(m), type: "rank", n: ord(m[1]), direction: hl(m[2]), scope });
  }
  for (const m of matchAll(WINDOW_NOUN)) {
    const months = windowMonths(m[4], m[5] ?? "a", m[6] ?? "");
    if (months === null) continue;
    const scope = { type: "months" as const, months, ...(m[3] ? { open: true } : {}) };
    push({ ...span(m), type: "rank", n: 1, direction: m[2] ? "low" : "high", scope });
  }
  for (const m of matchAll(N_MONTH_EXTREME)) {
    const months = windowMonths(m[1], m[2] ?? "", m[3] ?? "");
    if (months === null) continue;
    push({
      ...span(m),
      type: "rank",
      n: 1,
      direction: /^(?:low|trough|bottom)$/i.test(m[4] ?? "") ? "low" : "high",
      scope: { type: "months", months },
    });
  }
  for (const m of matchAll(N_MONTH_SHORT)) {
    const months = windowMonths(undefined, m[1] ?? "", m[2] === "Y" ? "year" : "month");
    if (months === null) continue;
    const low = /^(?:low|trough)$/i.test(m[3] ?? "");
    push({
      ...span(m),
      type: "rank",
      n: 1,
      direction: low ? "low" : "high",
      scope: { type: "months", months },
    });
  }
  for (const m of matchAll(ALL_BUT))
    push({
      ...span(m),
      type: "rank",
      // "but one", "except January and August": one more place for each month above it
      n: m[4] ? 1 + m[4].split(/,\s|,?\sand\s/).length : m[3]?.toLowerCase() === "two" ? 3 : 2,
      direction: "high",
      scope: { type: "year", year: m[2] ? Number(m[2]) : null },
    });
  const split = [...matchAll(SPLIT_THAN_ANY)];
  for (const m of [...matchAll(THAN_ANY), ...split.flatMap((x) => thanAnyAfter(clause, x))]) {
    const y = m[3] ?? m[4];
    const scope: RankHit["scope"] = m[2]
      ? { type: "year", year: y ? Number(y) : null }
      : m[5]
        ? { type: "since", period: null }
        : { type: "record" };
    const low = /^(?:lower|less|fewer|smaller|weaker)$/i.test(m[1] ?? "");
    push({ ...span(m), type: "rank", n: 1, direction: low ? "low" : "high", scope });
  }
  for (const m of matchAll(PEAK)) {
    // the year the peak names ("hit a 2024 high"), else one said before it ("this year" names none)
    const own = m[1] ?? m[3];
    const before = own ? null : PEAK_YEAR.exec(clause.slice(0, m.index));
    if (!own && !before) continue;
    const word = m[2] ?? m[4] ?? (/bottom/i.test(m[0]) ? "trough" : "peak");
    const year = own ?? before?.[1] ?? before?.[3];
    push({
      ...span(m),
      type: "rank",
      n: 1,
      direction: /^(?:trough|low)$/i.test(word) ? "low" : "high",
      scope: { type: "year", year: year ? Number(year) : null },
    });
  }
  for (const m of matchAll(PEAK_MONTH)) {
    // a share's or a price's peak is not a tonnage's; a destination named after it ("the low point
    // came in April, when 46 t went to the US") leaves open whose low point it was
    const before = clause.slice(0, m.index);
    if (PEAK_YEAR.test(before) || WINDOW_WORDS.test(clause) || NOT_TONNAGE.test(before)) continue;
    if (findPartners(clause).some((p) => p.start >= m.index + m[0].length)) continue;
    const low = m[2] !== undefined || m[4] !== undefined;
    const { start, end } = span(m);
    push({
      start,
      end: end - (m[0].length - m[0].trimEnd().length),
      type: "rank",
      n: 1,
      direction: low ? "low" : "high",
      scope: { type: "months", months: PEAK_MONTHS, open: true, unstated: true },
    });
  }
  for (const m of matchAll(MONTH_PEAK)) {
    if (NOT_TONNAGE.test(clause.slice(0, m.index))) continue;
    const direction = m[2] === undefined ? "high" : "low";
    push({
      ...span(m),
      type: "rank",
      n: 1,
      direction,
      scope: { type: "months", months: PEAK_MONTHS, open: true, unstated: true },
    });
  }
  for (const m of matchAll(ALL_TIME)) {
    const before = clause.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    if (/\bon\s$/i.test(before) || NEAR_RECORD.test(before)) continue;
    const { start, end } = span(m);
    push({
      start,
      end: end + (OVER_THE_DATA.exec(clause.slice(end))?.[0].length ?? 0),
      type: "rank",
      n: 1,
      direction: /low/i.test(m[1] ?? m[2] ?? m[3] ?? "") ? "low" : "high",
      scope: { type: "record" },
    });
  }
  for (const m of [...matchAll(MONTH_RECORD), ...matchAll(RECORD_FOR_PLACE), ...matchAll(RECORD_FIGURE)])
    push({ ...span(m), type: "rank", n: 1, direction: "high", scope: { type: "record" } });
  for (const m of matchAll(IS_THE_RECORD))
    push({ ...span(m), type: "rank", n: 1, direction: "high", scope: { type: "record" } });
  for (const m of matchAll(PLACE_AMONG_MONTHS)) {
    const n = parseCount(m[1] ?? "");
    if (n === null || n < 1 || n > 12) continue;
    push({
      ...span(m),
      type: "rank",
      n,
      direction: "high",
      scope: { type: "year", year: m[2] ? Number(m[2]) : null },
    });
  }
  findYearExtremes(clause).forEach(push);
  for (const m of matchAll(YEAR_NOUN))
    push({
      ...span(m),
      type: "rank",
      n: 1,
      direction: m[2] ? "low" : "high",
      scope: { type: "year", year: m[3] ? Number(m[3]) : null },
    });
  for (const m of matchAll(RECORD_HOLDER))
    push({ ...span(m), type: "rank", n: 1, direction: "high", scope: { type: "record" } });
  for (const m of matchAll(RUN_ENDED)) {
    const n = parseCount(m[1] ?? "");
    const word = m[2] ?? m[3] ?? m[4] ?? m[5] ?? "";
    const dir = /^winning$/i.test(word)
      ? "up"
      : /^losing$/i.test(word)
        ? "down"
        : directionOf(singular(word));
    if (n === null || n < 2 || dir === null) continue;
    push({ ...span(m), type: "streak", n, direction: dir, scope: null, before: true });
  }
  for (const m of matchAll(FIRST_IN)) {
    const n = parseCount(m[2] ?? "");
    const dir = directionOf(m[1] ?? "");
    if (n === null || n < 3 || dir === null) continue;
    const other = dir === "up" ? "down" : "up";
    push({
      ...span(m),
      type: "streak",
      n: n - 1,
      direction: other,
      scope: null,
      before: true,
      atLeast: true,
    });
  }
  for (const m of matchAll(FIRST_TIME_IN)) {
    const n = parseCount(m[1] ?? "");
    const at = m.index ?? 0;
    const move = MOVE_THEN_FIRST_TIME.exec(clause.slice(Math.max(0, at - 60), at));
    const dir = move ? directionOf(move[1] ?? "") : null;
    if (n === null || n < 3 || dir === null) continue;
    push({
      ...span(m),
      type: "streak",
      n: n - 1,
      direction: dir === "up" ? "down" : "up",
      scope: null,
      before: true,
      atLeast: true,
    });
  }
  for (const m of matchAll(STREAK_NOUN)) {
    const n = parseCount(m[1] ?? "");
    const dir = directionOf(m[2] ?? "") ?? verbDirection(clause, m.index ?? 0);
    if (n === null || n < 2 || dir === null) continue;
    push({ ...span(m), type: "streak", n, direction: dir, scope: null });
  }
  for (const m of matchAll(NTH_MONTHLY)) {
    const n = parseCount(m[1] ?? "");
    const dir = directionOf(m[2] ?? "");
    if (n === null || n < 2 || dir === null) continue;
    push({ ...span(m), type: "streak", n, direction: dir, scope: null });
  }
  for (const m of matchAll(STREAK_ROW)) {
    const n = parseCount(m[1] ?? m[3] ?? m[4] ?? m[5] ?? m[7] ?? m[9] ?? "");
    const noun = m[2] ?? m[6] ?? m[8] ?? m[10];
    const dir = (noun ? directionOf(singular(noun)) : null) ?? verbDirection(clause, m.index ?? 0);
    if (n === null || n < 2 || dir === null) continue;
    const before = RELATIVE_PLUPERFECT.test(clause.slice(Math.max(0, (m.index ?? 0) - 60), m.index));
    push({ ...span(m), type: "streak", n, direction: dir, scope: null, ...(before ? { before } : {}) });
  }
  for (const m of matchAll(EVERY_MONTH_RUN)) {
    const from = MONTHS[(m[2] ?? "").toLowerCase()];
    const to = MONTHS[(m[3] ?? "").toLowerCase()];
    const dir = directionOf(m[1] ?? "");
    if (from === undefined || to === undefined || from === to || dir === null) continue;
    // the span's months are left to the clause, whose period is the run's last month
    const end = (m.index ?? 0) + m[0].search(/\smonth\s/i) + " month".length;
    push({
      start: m.index ?? 0,
      end,
      type: "streak",
      n: (to - from + 12) % 12,
      direction: dir,
      scope: null,
      atLeast: true,
    });
  }
  for (const m of matchAll(EVERY_MONTH_SINCE)) {
    const dir = directionOf(m[1] ?? "");
    if (dir === null) continue;
    const at = m.index ?? 0;
    // the month after "since" is dated by the clause's periods
    push({
      start: at,
      end: at + m[0].length,
      type: "streak",
      n: 0,
      direction: dir,
      scope: null,
      sinceNamed: true,
    });
  }
  for (const m of matchAll(FOR_NTH_MONTH)) {
    const n = parseCount(m[2] ?? "");
    const dir = directionOf(m[1] ?? "");
    if (n === null || n < 2 || dir === null) continue;
    const at = (m.index ?? 0) + m[0].search(/\bfor\s/i);
    push({ start: at, end: (m.index ?? 0) + m[0].length, type: "streak", n, direction: dir, scope: null });
  }
  const saved = out.filter((h) => !comparedExtreme(clause, h)).map((h) => saveFor(clause, h));
  // "the highest this year, second only to January" is read with its extreme
  return joined(saved, second, clause);
}

/**
 * The ranks found by the common patterns, joined by those found by their own, the earlier-listed of
 * two that overlap kept ("came second to March" is "second to March", read first), leftmost first.
 */
function joined(found: RankHit[], own: readonly RankHit[], clause = ""): RankHit[] {
  const out = [...found];
  for (const h of own) {
    if (out.some((o) => h.start < o.end && h.end > o.start)) continue;
    // "the third-highest month of 2025, behind only January and August": the months above said right
    // after a rank of the same place tell that rank again, not another one
    if (
      out.some(
        (o) =>
          o.type === "rank" && o.n === h.n && o.end <= h.start && /^,?\s$/.test(clause.slice(o.end, h.start)),
      )
    )
      continue;
    out.push(h);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Before an extreme the figure is set against on the side that makes it none: under a high ("well
 * below the highest of 2025", "still short of the year's peak", "far from the record"), over a low
 * ("above the year's low"). Over a high ("above the previous peak") it is a new one.
 */
const UNDER_BEFORE =
  /\b(?:below|under|beneath|short\sof|shy\sof|off|far\sfrom|away\sfrom|(?:less|lower|smaller|fewer)\sthan)\s(?:(?:the|its|their|an?)\s)?$/i;
const OVER_BEFORE = /\b(?:above|(?:more|higher|greater|bigger|larger)\sthan)\s(?:(?:the|its|their|an?)\s)?$/i;
/** The same in German, Spanish, French and Portuguese: "noch unter dem Rekordwert", "por debajo del récord". */
const UNDER_BEFORE_INTL =
  /(?<![\p{L}])(?:unter(?:halb)?|por\sdebajo\sdel?|en\sdessous\sd[eu]|abaixo\sd[eoa])\s(?:(?:dem|der|des|den|einem|el|la|le|l['’]|o|a)\s?)?$/iu;
/**
 * A month or a figure right after an extreme, which holds it: "below the record high recorded last
 * January", "short of the peak of 6,357 t", "short of a record 7,742.2 t shipped in June".
 */
const HOLDER_AFTER = new RegExp(
  `^(?:\\s(?:(?:of|at)\\s)?(?:(?:about|around|some|roughly|nearly)\\s)?\\d|[^;.]{0,40}?\\b(?:${MONTH_NAME})\\b)`,
);

/**
 * Before an extreme the figure only comes close to, on either side: "almost the highest of the
 * year", "nearly matching the year's high", "close to the record", "within 3% of the peak".
 */
const NEAR_BEFORE =
  /\b(?:(?:nearly|almost|near|close\sto|not\sfar\sfrom|approaching|nearing)(?:\s(?:matching|equall?ing|reaching|hitting|touching|topping|beating))?|within\s[^,;]{1,25}?\sof)\s(?:(?:the|its|their|an?)\s)?$/i;

/** An extreme set against the figure is no rank of it; one a month holds is that month's, and read as such. */
function comparedExtreme(clause: string, h: RankHit): boolean {
  if (h.type !== "rank") return false;
  const before = clause.slice(Math.max(0, h.start - 40), h.start);
  // the holder's month after it ("unter dem Rekordwert vom Januar") is not read in these languages
  if (h.direction === "high" && UNDER_BEFORE_INTL.test(before)) return true;
  return (
    ((h.direction === "low" ? OVER_BEFORE : UNDER_BEFORE).test(before) || NEAR_BEFORE.test(before)) &&
    !HOLDER_AFTER.test(clause.slice(h.end, h.end + 50))
  );
}

/**
 * A highest or lowest said with its exceptions ("the highest this year after January") ranks after
 * them; so does one whose window comes first ("the lowest since the controls apart from April and
 * May"), whose words end before the exceptions, so that the window is still read from them.
 */
function saveFor(clause: string, h: RankHit): RankHit {
  if (h.type !== "rank" || h.n !== 1) return h;
  const after = clause.slice(h.end, h.end + 80);
  if (latin1Stub(after)) return h;
  const m = SAVE_FOR.exec(after);
  if (m) return { ...h, n: 1 + monthsIn(m[1]), end: h.end + m[0].length };
  const w = /\bsince$/i.test(clause.slice(h.start, h.end)) ? WINDOW_THEN_EXCEPT.exec(` since${after}`) : null;
  const e = w ? SAVE_FOR.exec(after.slice(w[0].length - " since".length)) : null;
  return e ? { ...h, n: 1 + monthsIn(e[1]) } : h;
}

const monthsIn = (list: string | undefined): number => (list ?? "").split(/,\s|,?\sand\s/).length;

/** A rank's "since" window before words that except months from it: " since the controls" before " apart from". */
const WINDOW_THEN_EXCEPT =
  /^\ssince\s[^,.;:()]{1,40}?(?=,?\s(?:except(?:\sfor)?|bar|barring|but\sfor|apart\sfrom|aside\sfrom|other\sthan|excluding|save\sfor)\s)/i;

/**
 * The months of a window ("seven months", "a year", "nearly two years"). A window said to be about or
 * nearly its length is read a little shorter: a rank over fewer months is a weaker claim, so it can
 * still be contradicted only by a month that is certainly inside the window.
 */
function windowMonths(about: string | undefined, count: string, unit: string): number | null {
  const n = parseCount(count);
  if (n === null) return null;
  const year = /year|yr/i.test(unit);
  let months = year ? n * 12 : n;
  if (about && !/^(?:more than|over|at least)$/i.test(about)) months -= year ? 2 : 1;
  return months < 2 || months > 600 ? null : months;
}

/** "gains" reads as "gain". */
function singular(noun: string): string {
  return noun.replace(/(?<=[a-z]{3})s$/i, "");
}

function ord(word: string | undefined): number {
  return word ? (parseCount(word) ?? 1) : 1;
}

const IS_LOW = new RegExp(`^(?:${LOW})$`, "i");

function hl(word: string | undefined): "high" | "low" {
  return IS_LOW.test(word ?? "") ? "low" : "high";
}

/** The direction of the last rise/fall verb before `at` in the clause. */
function verbDirection(clause: string, at: number): "up" | "down" | null {
  let dir: "up" | "down" | null = null;
  for (const m of allMatches(VERB_BEFORE, clause.slice(Math.max(0, at - 120), at)))
    dir = directionOf(m[1] ?? "");
  return dir;
}

/**
 * The "than any month ..." words after a comparative split from them ("more magnets in August than
 * in any month since ..."), read as THAN_ANY reads them, with the comparative of the split words.
 */
function thanAnyAfter(clause: string, split: RegExpMatchArray): RegExpMatchArray[] {
  const at = (split.index ?? 0) + split[0].length;
  const tail = THAN_ANY_AFTER.exec(clause.slice(at));
  if (tail === null) return [];
  const m = [tail[0], split[1], ...tail.slice(1)] as unknown as RegExpMatchArray;
  m.index = at;
  return [m];
}
