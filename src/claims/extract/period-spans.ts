// Spans of months and whole years as the English press names them: "the first seven months of 2024",
// "the nine months to September", "the year to September", "over the nine months", "nine-month exports", "January-August",
// "Jan-Aug", "from January through September", "between March and May", "H1", "1H25", "the first
// half", "Q3", "the September quarter", "year to date", "so far this year", "full-year 2025", "across all of 2025", "last year".

import { yearOf, monthOfYear } from "../../domain/period.js";
import { HIGHEST_WORDS, LOWEST_WORDS, MONTHS, MONTH_NAME, YEAR, parseCount } from "./lexicon.js";
import {
  fromIndex,
  pad,
  relativeYear,
  resolveMonthName,
  toIndex,
  type PeriodAnchor,
  type RawMention,
} from "./periods.js";
import { allMatches, latin1Stub } from "./all-matches.js";

const COUNT_WORD = "\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
const OF_YEAR = `(?:\\s(?:of\\s)?(?:(${YEAR})|(this|last|the)\\syear))?`;

// "the first five month of 2025": a count said with a singular noun is still that many months
const RANGE_FIRST_N = new RegExp(
  `\\b(?:the\\s)?first\\s(${COUNT_WORD})\\s(months|quarters|month(?![-\\w])|quarter(?![-\\w]))${OF_YEAR}`,
  "gi",
);
/**
 * "the final month of last year", "the last quarter of 2025", "the closing three months of the year",
 * "the first month of 2025": a part at either end of a year, never the year itself.
 */
const YEAR_EDGE = new RegExp(
  `\\b(?:the\\s)?(?:(first|opening)|last|final|closing)\\s(?:(${COUNT_WORD})\\s)?(months?|quarters?)\\sof\\s(?:(${YEAR})|(this|last|the)\\syear)\\b`,
  "gi",
);
/** "the same two months of 2025": a span set against one named before, read as counted from January. */
const SAME_N = new RegExp(
  `\\b(?:the\\s)?(?:same|corresponding|comparable)\\s(${COUNT_WORD})\\smonths\\s(?:of|in)\\s(?:(${YEAR})|(this|last|the\\sprevious)\\syear)\\b`,
  "gi",
);
const MONTHS_TO = new RegExp(
  `\\b(?:the\\s)?(?:first\\s)?(?:(${COUNT_WORD})[- ]months?|(year))\\s(?:to|through|thru|ended|ending|until|up to)\\s(?:the end of\\s)?(${MONTH_NAME})\\.?(?:,?\\s(${YEAR}))?\\b`,
  "gi",
);
/** "the year through September", "the year up to May": the calendar year so far, not twelve months. */
const YEAR_SO_FAR = /\byear\s(?:through|thru|until|up to)\s/i;
const OVER_N = new RegExp(
  `\\b(?:over|during|across|in|for|throughout)\\sthe\\s(${COUNT_WORD})\\smonths\\b(?!\\s(?:before|after|since|that|ago|earlier|later|to|through|ended|ending|until)\\b)`,
  "gi",
);
/**
 * "over the past 12 months", "in the last six months": the months to the latest one a story can
 * report, across a year's end if need be (not a rank's window: "the highest in the past six months").
 */
const TRAILING_N = new RegExp(
  `\\b(?:over|during|across|in|for|within|throughout)\\sthe\\s(?:last|past|previous|preceding|trailing)\\s(${COUNT_WORD})\\smonths\\b(?!\\s(?:before|to|through|ended|ending|until|of)\\b)`,
  "gi",
);
/** Rank words right before a span: the span is the rank's window, not the figure's period. */
const RANK_BEFORE = new RegExp(
  `\\b(?:${HIGHEST_WORDS}|${LOWEST_WORDS}|least|record|high|low|peak|trough)\\b[^,;.\\d]{0,30}$`,
  "i",
);
/**
 * "Over eleven months, shipments reached 51,440 t": without "the", a count of months is the year so
 * far only when it reaches the latest month a story can report (else it may be any run of months).
 */
const OVER_N_BARE = new RegExp(
  `\\b(?:[Oo]ver|[Aa]cross|[Tt]hroughout)\\s(${COUNT_WORD})\\smonths\\b(?!\\s(?:before|after|since|that|ago|earlier|later|to|through|ended|ending|until|of)\\b)`,
  "g",
);
const N_MONTH_TOTAL = new RegExp(
  `\\b(${COUNT_WORD})[- ]month\\s(?:total|period|tally|figure|exports|shipments|volume|cumulative|sum)\\b`,
  "gi",
);
/**
 * Brokers' "9M", "10M" for the first nine or ten months: an upper-case M after the count, followed
 * by what counts over them ("9M total", "10M exports") or a year ("9M 2025", "10M25", "11M 25",
 * "9M'25"), never a sum of money ("$9M") or a count of millions ("9M tonnes", "9M 25 t").
 */
const N_M_ABBREV = new RegExp(
  `(?<![$€£¥\\d.,]|US|USD|CNY|RMB)\\b([2-9]|1[01])M(?:\\s(${YEAR})\\b|['’]?\\s?(\\d{2})\\b(?![%.,]?\\d|\\s?(?:t|tonnes?|tons?|kg|kt|mt|m)\\b)|\\s(?=(?:total|cumulative|exports|shipments|volume|tally|sum|figure|YTD)\\b))`,
  "g",
);
/** "between May (235 t) and December": each month's figure in brackets after it. */
const BRACKETED_FIGURE = "(?:\\s\\((?=[^()]{0,8}\\d)[^()]{1,30}\\))?";
/** Indonesian and Malay join the ends with "hingga" or "sampai" (until): "Januari hingga April". */
const RANGE_MONTHS = new RegExp(
  `\\b(?:([Ff]rom|[Bb]etween)\\s)?(${MONTH_NAME})\\.?(?:,?\\s(${YEAR}))?(?:(?<=[Bb]etween\\s\\S+)${BRACKETED_FIGURE}\\sand\\s|\\s?[-–—/]\\s?|\\s(?:to|through|thru|until|till|and|bis|hingga|sampai)\\s|-(?:to|through)-)(?:the end of\\s)?(${MONTH_NAME})\\.?(?:,?\\s(${YEAR}))?\\b`,
  "g",
);
const RANGE_PART = new RegExp(
  `\\b(?:(?:the\\s)?(first|second|third|fourth|final|closing|last(?=[- ](?:half|quarter)\\sof\\s(?:the\\syear|this\\syear|last\\syear|(?:19|20)\\d{2})\\b))[- ](half|quarter)(?!\\sof\\s(?:the\\smonth|${MONTH_NAME})\\b)|(H[12]|Q[1-4]|[12]H|[1-4]Q))(?:\\s(?:of\\s)?(${YEAR})\\b|['’]?(\\d{2})\\b(?![%.,]?\\d)|\\s(?:of\\s)?(this|last|the)\\syear)?`,
  "gi",
);
/** "against 32,569 t in the first": an ordinal whose "half" or "quarter" was said just before. */
const PART_LEFT_OUT =
  /\b(?:in|for|over|during|than|against|versus|vs\.?|with|from|to)\s(?:that\sof\s)?the\s(first|second|third|fourth)(?=\s?(?:[,.;:)]|[-\u2013\u2014]\s|$))/gi;
/** "the weakest since 2009": a bare year opening a rank's window. */
const SINCE_YEAR = new RegExp(
  `(?<=\\bsince\\s(?:at least\\s)?(?:(?:early|late|mid-?|the start of|the end of)\\s?)?)(${YEAR})\\b(?![-/]\\d)`,
  "g",
);
/**
 * "12.9% above their 2023 level", "up 20% on 2023", "down from the 2024 total": a bare year right
 * after a word of comparison names the year a figure is set against (its role is read as a base).
 */
const COMPARED_YEAR = new RegExp(
  `(?<=\\b(?:above|below|over|than|from|on|against|versus|vs\\.?|compared (?:with|to)|short of|beyond|under|ahead of|behind)\\s(?:(?:the|its|their)\\s)?)(${YEAR})(?=\\s(?:levels?|totals?|figures?|volumes?|tally|amounts?|outturn|exports|shipments)\\b|\\s?[.,;)]|$)`,
  "g",
);
/** Right before "over" and a year, a change: "an increase of 12.9% over 2024", "6% higher over 2023". */
const CHANGE_THEN_OVER =
  /(?:\d\s?(?:%|per\s?cent|percent|pc)|\b(?:increases?|decreases?|rises?|gains?|drops?|growth|declines?|higher|lower|more|less))\s$/i;
/**
 * "an increase of about a fifth from 2023 to 2025", "rose 10.6% between 2023 and 2024": a move told
 * over two whole years runs from the first (its base) to the second (its own year). Only after words
 * of change: "exported 170,000 t between 2023 and 2025" is a total over the years.
 */
const YEAR_TO_YEAR = new RegExp(
  `\\b(?:from|between)\\s(${YEAR})\\s(?:to|and|through)\\s(${YEAR})\\b(?![-–/]?\\d)`,
  "g",
);
/** Words of change before such years ("up 12%", "a rise of a fifth", "more than doubled"). */
const MOVE_BEFORE_YEARS =
  /%|\bper\s?cent\b|\b(?:rose|rise|risen|rising|fell|fall|fallen|falling|grew|grow|grown|growth|gain(?:ed)?|jump(?:ed)?|climb(?:ed)?|increase[ds]?|decrease[ds]?|decline[ds]?|drop(?:ped)?|doubled|tripled|trebled|halved|[\w-]+fold|times|fifth|quarter|third|half)\b/i;
/** "2024's 58,152 tonnes": the year names that figure's own period. */
const YEAR_POSSESSIVE = new RegExp(`\\b(${YEAR})(?=['’]s\\b)`, "g");
/**
 * "year to date", "so far this year", "for the year so far", and "this year" or "since the start of the
 * year" between a trade's noun and a verb that tells a standing ("shipments this year are up 11.7%",
 * "exports since January total ..."), or after a standing's change ("are up 11.7% this year"); not a
 * move since then ("exports since January have risen", "have fallen 20% this year").
 */
const YEAR_TO_DATE =
  /\b(?:year[- ]to[- ]date|so far this year|this year so far|the year so far|so far in (?:the year|(?:19|20)\d{2}))\b|(?<=\b(?:exports|shipments|sales|deliveries)\s(?:(?:in\stotal|overall|combined)\s)?)(?:this\syear|since\s(?:the\s(?:start|beginning)\sof\s(?:the|this)\syear|january))(?=\s(?:are|is|have|has|stand|total|totalled|totaled|now)\b(?!\s(?:risen|fallen|grown|dropped|declined|climbed|slipped|doubled|halved)))|(?<=\b(?:are|is|were|stand|stood)\s(?:(?:now|still)\s)?(?:up|down|higher|lower)\s(?:by\s)?(?:(?:about|some|nearly|roughly|around|almost|more\sthan)\s)?[\d.,]+\s?(?:%|per\s?cent|percent|pc)\s)this\syear\b/gi;
/**
 * "Since January, 58,193.1 tonnes have left", "Since the start of the year, exports total ...": said
 * first and set off by a comma, the words date the whole sentence as the year so far. Not "the
 * highest since January" or "up 30% since January", where the month is a rank's window or a base.
 * Indonesian says it the same way: "Sejak awal tahun, ekspor mencapai ...".
 */
const SINCE_YEAR_OPENED =
  /(?<=^|\n|[.;:!?]\s|^[\s"“*#-]+)(?:(?:since|from)\s(?:january|the\s(?:start|beginning)\sof\s(?:the|this)\syear)|sejak\s(?:awal\stahun(?:\sini)?|januari))(?=,)/gi;
/**
 * A full year ("2025 vs 2024" is 2025's, set against 2024; "2025 ended with exports at ..."); "annual"
 * only as a period ("annual exports"), not as a change's base ("an annual decline"). A fiscal year
 * ("fiscal 2025", "FY25") is read as the calendar year, China's own; that it may run April to March,
 * as in India or Japan, keeps it from contradicting (extract/cautions.ts). Indonesian "sepanjang 2025"
 * and "selama tahun 2025" (throughout) are the full year too.
 */
const FULL_YEAR = new RegExp(
  `\\b(?:(${YEAR})\\s(?:vs\\.?|versus|v\\.|against|compared (?:with|to))\\s${YEAR}(?![-\\d])|(?:full|whole|calendar)[- ]year(?:\\s(${YEAR}))?|(?:in|for|during|throughout|over|across|sepanjang|selama)\\s(?:the\\s|tahun\\s)?(?:(?:calendar\\s)?year\\s)?(${YEAR})(?![-\\d]|/\\d)|(${YEAR})\\s(?:as a whole|in full)|(?:(?:across|in|for|during|over|throughout)\\s)?(?:all|the whole|the entirety|the course)\\sof\\s(?:(${YEAR})|(last|this) year)|(?<!\\b(?:same|corresponding|comparable)\\s(?:month|months|period|time|quarter),?\\s(?:(?:of|in)\\s)?)(?:for\\s)?(last) year(?!'s)|(?:\\bFY\\s?)?(${YEAR})\\s(?:[\\w-]{2,20}\\s){0,3}?(?:total|exports|shipments)|calendar\\s(${YEAR})|\\bFY\\s?(${YEAR})(?![-/]\\d)|annual\\b(?!\\s(?:declines?|decreases?|falls?|drops?|rises?|increases?|gains?|growth|changes?|jumps?|slumps?|contraction|comparisons?|basis|terms|rates?|pace))(?:\\s(${YEAR}))?|(?:ended|finished|closed(?:\\sout)?|wrapped\\sup|rounded\\sout)\\s(${YEAR})\\s(?:at|with|on)\\b|\\bfiscal\\s(?:year\\s)?(${YEAR})(?![-/]\\d)|\\bFY\\s?['’]?(\\d{2})(?![-/\\d])|(${YEAR})\\s(?:ended|finished|closed(?:\\sout)?|wrapped\\sup|drew\\sto\\sa\\sclose)\\s(?:with|at|on)\\b)`,
  "gi",
);

/** The words before a year that make it a month's, a half's or a quarter's, or the end of a span. */
const YEAR_OF_A_PERIOD = `${MONTH_NAME}|half|quarter|H[12]|Q[1-4]|of|to|through|until`;

/**
 * "between 2024 (58,152 t) and 2025 (57,392 t)": a bare year with its own tonnage or share in brackets
 * right after it. Not the year of a month, half or quarter ("May 2025 (1,238 t)", "H1 2025 (22,319 t)").
 */
const YEAR_BRACKETED = new RegExp(
  `(?<![-–/]|\\b(?:${YEAR_OF_A_PERIOD})\\.?,?\\s)\\b(${YEAR})(?=\\s?\\(\\s?(?:about\\s|around\\s|[~≈]\\s?)?\\d[\\d,.]*\\s?(?:t|tonnes|tons|kt|mt|%)[\\s),;])`,
  "g",
);

/**
 * A year that is its clause's subject or topic: "2025 brought 57,392 t", "2025 was a year of ...",
 * "2025 in one number: 57,392 t", "2024 in figures -". Not the year of a month, half or quarter, nor a
 * year after words that make it a base or a start ("than 2024 was", "since 2023 ...").
 */
const YEAR_SUBJECT = new RegExp(
  `(?<![-–/]|\\b(?:${YEAR_OF_A_PERIOD}|than|since|from|vs|versus|against|with|on|over|and|or|\\d{1,2}M|YTD)\\.?,?\\s)\\b(${YEAR})(?=\\s(?:as a whole\\s)?(?:brought|delivered|produced|was|ended|finished|yielded|added up to|amounted to)\\s|\\s(?:in\\s(?:(?:one|two|three|a few|five|ten|\\d{1,2})\\s)?(?:numbers?|figures|charts|data)|in a nutshell)\\s?[:—–-])`,
  "gi",
);

/** A year a sentence turns to as its topic: "Looking back at 2024, ...", "Turning to 2024, ...", "As for 2024, ...". */
const YEAR_TURNED_TO = new RegExp(
  `\\b(?:looking\\s(?:back\\s)?(?:at|on|over)|turning\\s(?:back\\s)?to|as\\sfor|as\\sregards|regarding)\\s(${YEAR})\\b(?![-–/]\\d)`,
  "gi",
);

/**
 * "During the reporting year", "in the year under review", "over the review year": an annual
 * report's or a filing's own year, named without its number.
 */
const REPORT_YEAR = /\b(?:the\s(?:reporting|review)\syear|the\syear\sunder\sreview)\b/gi;

/** "last year's total", "this year's full year": the whole year, said as the possessor of its total. */
const RELATIVE_YEARS_TOTAL =
  /\b(last|this)\syear['’]s\s(?:full[- ]year\b|(?:annual\s|whole[- ]year\s|calendar[- ]year\s|full[- ]year\s)?(?:total|tally|exports|shipments|volume|outturn)\b)/gi;

/** A line that is only a year, as a heading sets one: "2024", "## 2024", "2025 in review". */
const YEAR_LINE = new RegExp(
  `^[\\s#*_=—–-]*(${YEAR})(?:\\s(?:in review|in brief|at a glance|recap))?[\\s:*_=—–-]*$`,
  "i",
);

/** A year a sum puts at a figure: "That puts 2024 at roughly 58,150 t", "bringing 2025 to 57,392 t". */
const PUTS_YEAR_AT = new RegExp(
  `\\b(?:puts?|putting|brings?|bringing|takes?|taking|leaves?|leaving)\\s(${YEAR})(?=\\s(?:at|to)\\s)`,
  "gi",
);

/** A year after "of" right behind a tonnage: "the 58,142 t of 2024". */
const TONNAGE_OF_YEAR = new RegExp(
  `(?<=\\d\\s?(?:t|tonnes|tons|metric tons|kt|mt)\\s)of\\s(${YEAR})(?![-\\d])`,
  "gi",
);

/**
 * "over the year", "for the year", "across the whole year", "the year's total", "the year's 5,933 t",
 * "this year's 51,440 t": the year the text is on, unnamed
 * (a heading or an earlier sentence may have named another). Not a
 * trailing span ("the year to September") nor a rank's window ("the highest of the year").
 */
const THE_YEAR =
  /\b(?:over|for|across|throughout|during)\sthe\s(?:(whole|entire|full)\s)?year\b(?!\s(?:to|through|thru|ending|ended|until|before|earlier|ago|after|so far)\b|[- ](?:on|over|to|earlier|ago)\b)|\bthe\s(?:(whole|entire|full)\s)?year\sas\sa\swhole\b|\bthe\s(?:(whole|entire|full)\s)?year['’]s\s(?:total|tally|tonnage|volume|exports|shipments)\b|\b(?:the|(this))\syear(?=['’]s\s(?:(?:about|around|some|nearly|roughly|almost)\s)?\d)/gi;

/**
 * "for the quarter", "over the quarter", "the quarter's US total": a quarter the words do not name,
 * read as the one holding the latest month a story could report. Not "the quarter to September" nor
 * "quarter-on-quarter".
 */
const THE_QUARTER =
  /\b(?:over|for|in|across|throughout|during)\sthe\s(?:(?:whole|entire|full)\s)?quarter\b(?!\s(?:to|through|thru|ending|ended|until|before|earlier|ago|after)\b|[- ](?:on|over)\b)|\bthe\squarter['’]s\s(?:[A-Z][\w.]*\s)?(?:total|tally|tonnage|volume|exports|shipments)\b/gi;

/**
 * A quarter named by the month it ends in, as Australian and Japanese reports do: "the September
 * quarter", "the quarter to September", "the quarter ended June 2025": the three months to that month.
 */
const QUARTER_TO = new RegExp(
  `\\b(?:the\\s)?(?:quarter\\s(?:to|through|thru|ended|ending|until)\\s(?:the end of\\s)?(${MONTH_NAME})|(${MONTH_NAME})\\.?[- ]quarter)\\b(?:,?\\s(?:of\\s)?(${YEAR})\\b)?`,
  "gi",
);

/** A month that opens a range ending in the month before "quarter": "the July-September quarter". */
const RANGE_OPENS_BEFORE = new RegExp(
  `(?:${MONTH_NAME})\\.?(?:\\s?[-–—/]\\s?|\\s(?:to|through|thru|until|till)\\s)$`,
  "i",
);

/** A change stated right before "from X to Y": the months are its base and its own month. */
const CHANGE_BEFORE =
  /(?:\d\s?(?:%|per ?cent|percent|pc)|\b(?:rose|fell|jumped|climbed|dropped|slipped|grew|declined|increased|decreased|surged|plunged|soared|slumped|up|down|doubled|halved|tripled))\S*\s(?:\S+\s){0,3}$/i;

/** A year in digits: what the patterns that name their year so cannot match without. */
const A_YEAR = new RegExp(YEAR);

/**
 * For each pattern, a short one that matches wherever it can (a word it cannot match without), so a
 * clause without that word is not scanned with the long pattern.
 */
const NEEDS = new Map<RegExp, RegExp>([
  [MONTHS_TO, /month|year/i],
  [QUARTER_TO, /quarter/i],
  [RANGE_FIRST_N, /first/i],
  [YEAR_EDGE, /\b(?:first|opening|last|final|closing)\s(?:\S+\s)?(?:months?|quarters?)\sof\b/i],
  [SAME_N, /months/i],
  [OVER_N, /months/i],
  [N_MONTH_TOTAL, /month/i],
  [N_M_ABBREV, /\dM(?:\s|['’]?\d)/],
  [OVER_N_BARE, /months/i],
  [TRAILING_N, /months/i],
  [RANGE_MONTHS, new RegExp(MONTH_NAME)],
  [RANGE_PART, /half|quarter|h[12]|q[1-4]|[12]h|[1-4]q/i],
  [YEAR_TO_DATE, /year|so far|january/i],
  [SINCE_YEAR_OPENED, /\b(?:since|from)\s(?:jan|the\s(?:start|beginning))|\bsejak\s(?:awal|jan)/i],
  [SINCE_YEAR, /since/i],
  [YEAR_POSSESSIVE, A_YEAR],
  [YEAR_TURNED_TO, A_YEAR],
  [YEAR_SUBJECT, A_YEAR],
  [PUTS_YEAR_AT, A_YEAR],
  [TONNAGE_OF_YEAR, A_YEAR],
  [COMPARED_YEAR, A_YEAR],
  [YEAR_TO_YEAR, A_YEAR],
  [FULL_YEAR, new RegExp(`year|annual|${YEAR}|\\bFY`, "i")],
  [REPORT_YEAR, /review|reporting/i],
  [YEAR_BRACKETED, /\d\s?\(/],
  [RELATIVE_YEARS_TOTAL, /year['’]s/i],
  [THE_QUARTER, /quarter/i],
  [THE_YEAR, /year/i],
]);

/** `clause.matchAll(re)`, or nothing when the clause lacks a word `re` needs. */
function matchesIn(clause: string, re: RegExp): Iterable<RegExpMatchArray> {
  // every span takes two characters at least: none in a stop or a bracket alone
  if (latin1Stub(clause)) return [];
  return NEEDS.get(re)?.test(clause) === false ? [] : allMatches(re, clause);
}

/** Every span of months or full year in a clause (overlaps are resolved by the caller, first wins). */
export function findSpans(clause: string, anchor: PeriodAnchor): RawMention[] {
  const out: RawMention[] = [];
  const latestYear = anchor.latest === null ? null : yearOf(anchor.latest);
  const spanYear = (explicit?: string, rel?: string): number | null => {
    if (explicit) return Number(explicit);
    if (rel && rel.toLowerCase() !== "the") return relativeYear(anchor, rel);
    return anchor.year ?? latestYear;
  };
  const span = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of matchesIn(clause, MONTHS_TO)) {
    // "the year to September" is the twelve months ending then, as "the 12 months to September" is;
    // "the year through September" (or "up to", "until") is the calendar year so far
    const to = MONTHS[(m[3] ?? "").toLowerCase()];
    const end =
      to === undefined ? null : resolveMonthName(to, m[4] ? Number(m[4]) : anchor.year, anchor.latest);
    const soFar = m[2] !== undefined && YEAR_SO_FAR.test(m[0]);
    const n = soFar && end !== null ? monthOfYear(end) : m[2] ? 12 : parseCount(m[1] ?? "");
    if (n === null || end === null || n < 2 || n > 12) continue;
    out.push({
      ...span(m),
      period: `${fromIndex(end - n + 1)}..${fromIndex(end)}`,
      shape: "range",
      role: "main",
    });
  }
  for (const m of matchesIn(clause, QUARTER_TO)) {
    const to = MONTHS[(m[1] ?? m[2] ?? "").toLowerCase()];
    if (to === undefined) continue;
    // "the July-September quarter", "the Jul to Sep quarter": the range names the months itself
    const at = m.index ?? 0;
    if (m[2] !== undefined && RANGE_OPENS_BEFORE.test(clause.slice(Math.max(0, at - 14), at))) continue;
    const end = resolveMonthName(to, m[3] ? Number(m[3]) : anchor.year, anchor.latest);
    if (end === null) continue;
    out.push({
      ...span(m),
      period: `${fromIndex(end - 2)}..${fromIndex(end)}`,
      shape: "range",
      role: "main",
    });
  }
  for (const m of matchesIn(clause, RANGE_FIRST_N)) {
    const count = parseCount(m[1] ?? "");
    const n = count === null ? null : /quarter/i.test(m[2] ?? "") ? count * 3 : count;
    const y = spanYear(m[3], m[4]);
    if (n === null || n < 1 || n > 12 || y === null) continue;
    out.push({ ...span(m), period: range(y, 1, n, anchor, Boolean(m[3] ?? m[4])), shape: "range" });
  }
  for (const m of matchesIn(clause, YEAR_EDGE)) {
    const count = m[2] === undefined ? 1 : parseCount(m[2]);
    const n = count === null ? null : /quarter/i.test(m[3] ?? "") ? count * 3 : count;
    const y = spanYear(m[4], m[5]);
    if (n === null || n < 1 || n > 11 || y === null) continue;
    const [from, to] = m[1] === undefined ? [13 - n, 12] : [1, n];
    const explicit = Boolean(m[4] ?? (m[5]?.toLowerCase() === "the" ? undefined : m[5]));
    const open = partUnderWay(y, from, to, anchor, explicit);
    const period =
      open ??
      (from === to ? range(y, from, to, anchor, explicit).slice(0, 7) : range(y, from, to, anchor, explicit));
    out.push({
      ...span(m),
      period,
      shape: from === to ? "month" : "range",
      ...(open !== null ? { unfinished: true } : {}),
    });
  }
  // which months the earlier span ran over is only inferred, so the reading never contradicts
  for (const m of matchesIn(clause, SAME_N)) {
    const n = parseCount(m[1] ?? "");
    const y = spanYear(m[2], m[3]?.replace(/^the\sprevious$/i, "last"));
    if (n === null || n < 2 || n > 12 || y === null) continue;
    out.push({ ...span(m), period: range(y, 1, n, anchor, true), shape: "range", unnamed: true });
  }
  for (const re of [OVER_N, N_MONTH_TOTAL, N_M_ABBREV]) {
    for (const m of matchesIn(clause, re)) {
      const n = parseCount(m[1] ?? "");
      const y = re !== N_M_ABBREV ? spanYear() : m[3] ? 2000 + Number(m[3]) : spanYear(m[2]);
      // "over the 12 months" may be a trailing year rather than a calendar one
      if (n === null || n < 2 || n > 11 || y === null) continue;
      out.push({ ...span(m), period: range(y, 1, n, anchor, false), shape: "range", role: "main" });
    }
  }
  // which months the writer counted is inferred from the publication date, so it never contradicts
  for (const m of matchesIn(clause, TRAILING_N)) {
    const n = parseCount(m[1] ?? "");
    const latest = anchor.latest;
    if (n === null || latest === null || n < 2 || n > 24) continue;
    if (RANK_BEFORE.test(clause.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) continue;
    const period = `${fromIndex(latest - n + 1)}..${fromIndex(latest)}`;
    out.push({ ...span(m), period, shape: "range", role: "main", unnamed: true });
  }
  for (const m of matchesIn(clause, OVER_N_BARE)) {
    const n = parseCount(m[1] ?? "");
    const latest = anchor.latest;
    if (n === null || latest === null || n < 2 || n !== monthOfYear(latest)) continue;
    out.push({
      ...span(m),
      period: range(yearOf(latest), 1, n, anchor, false),
      shape: "range",
      role: "main",
    });
  }
  for (const m of matchesIn(clause, RANGE_MONTHS)) {
    // "rose 35% from April to May" compares two months; "from January through September" is a span
    if (
      m[1]?.toLowerCase() === "from" &&
      /\sto\s/i.test(m[0]) &&
      CHANGE_BEFORE.test(clause.slice(Math.max(0, (m.index ?? 0) - 40), m.index))
    )
      continue;
    const after = clause.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 28);
    const before = clause.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    // "exports in January and February totalled 10,763 t", "over January and February the U.S. took
    // 994 t": one total for both months, or months gone over together, are their span
    // "... came to 5,577 t, 6,146 t and 5,774 t": a figure for each month is no total of them
    const combined =
      (!FIGURE_LIST_AFTER.test(
        clause.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 90),
      ) &&
        /^\s(?:(?:volumes?|figures?|totals?|shipments|exports|tonnages?)\s)?(?:combined|together|taken together|put together|(?:\w+\s){0,2}(?:totall?ed|amounted to|came to|added up to))\b/i.test(
          after,
        )) ||
      /\b(?:over|across|throughout)\s$/i.test(before) ||
      januaryAndFebruary(m, clause, before, clause.slice((m.index ?? 0) + m[0].length));
    // "in July, August and September came to 5,577 t, 6,146 t and 5,774 t": the last two names of a
    // list of months are no span of their own; the list is a span only where its months go together
    const listed = /\sand\s/i.test(m[0]) && !m[1] ? listedBefore(clause, m.index ?? 0) : null;
    if (listed !== null && !combined) continue;
    const r = monthRange(m, anchor, combined);
    if (r !== null && listed !== null) {
      const span = listSpan(listed, r);
      if (span !== null)
        out.push({ start: listed.start, end: (m.index ?? 0) + m[0].length, period: span, shape: "range" });
      continue;
    }
    if (r !== null)
      out.push({ ...span(m), period: r, shape: "range", ...(m[1] ? { role: "main" as const } : {}) });
  }
  // "in the second half of 2025 ..., 57% more than in the first half": a bare part after another
  // part of the clause is of that part's year
  let partYear: number | null = null;
  // "dipped to 1,238 t in May 2025, before recovering to 35,072 t in the second half": a bare part in a
  // sentence that dated a month with its year is of that year
  const sentenceYear = anchor.dated ? Number(anchor.dated.slice(0, 4)) : null;
  for (const m of matchesIn(clause, RANGE_PART)) {
    const [from, to] = partMonths(m[1], m[2], m[3]);
    const bare = !m[4] && !m[5] && !m[6];
    const datedYear = bare ? (yearDatedBefore(clause, m.index ?? 0) ?? sentenceYear) : null;
    const fromDated = bare && partYear === null && datedYear !== null;
    const y: number | null =
      bare && partYear !== null
        ? partYear
        : fromDated
          ? datedYear
          : m[5]
            ? 2000 + Number(m[5])
            : spanYear(m[4], m[6]);
    if (from === 0 || y === null) continue;
    // "the second half of the year" in a February text: "the year" is no current year whose half has
    // not begun, but the one the text looks back on, as a bare "H2" is
    const laterPart = anchor.latest !== null && toIndex(y, from) > anchor.latest + 4;
    const theYear = m[6]?.toLowerCase() === "the" && anchor.year === null && laterPart;
    const explicit: boolean =
      (Boolean(m[4] ?? m[5] ?? m[6]) && !theYear) || (bare && partYear !== null) || fromDated;
    const open = partUnderWay(y, from, to, anchor, explicit);
    const period: string = open ?? range(y, from, to, anchor, explicit);
    partYear = Number(period.slice(0, 4));
    out.push({ ...span(m), period, shape: "range", ...(open !== null ? { unfinished: true } : {}) });
    // "30,016 t in the second half of 2025 against 32,569 t in the first": the other part, its noun left out
    if (m[2] === undefined || open !== null) continue;
    const end = (m.index ?? 0) + m[0].length;
    for (const e of matchesIn(clause.slice(end), PART_LEFT_OUT)) {
      const [f, t] = partMonths(e[1], m[2], undefined);
      if (f === 0 || f === from) continue;
      const at = end + (e.index ?? 0) + e[0].length - (e[1] ?? "").length;
      out.push({
        start: at,
        end: at + (e[1] ?? "").length,
        period: range(y, f, t, anchor, explicit),
        shape: "range",
      });
    }
  }
  for (const m of [...matchesIn(clause, YEAR_TO_DATE), ...openedSince(clause)]) {
    if (anchor.latest === null) continue;
    out.push({
      ...span(m),
      period: `${yearOf(anchor.latest)}-01..${fromIndex(anchor.latest)}`,
      shape: "range",
      toDate: true,
    });
  }
  return out;
}

/** The year of the last month named with its year before `at` ("in May 2025, before ..."), or null. */
function yearDatedBefore(clause: string, at: number): number | null {
  const before = clause.slice(Math.max(0, at - 200), at);
  if (!/(?:19|20)\d{2}/.test(before)) return null;
  const all = allMatches(DATED_MONTH, before);
  const last = all[all.length - 1];
  return last === undefined ? null : Number(last[1]);
}
const DATED_MONTH = new RegExp(`\\b(?:${MONTH_NAME})\\s((?:19|20)\\d{2})\\b`, "gi");

/**
 * The opening "Since January," of a sentence that states a total; one that states a move ("Since
 * January, US shipments have fallen by a third") runs from that month, the move's base.
 */
function openedSince(clause: string): RegExpMatchArray[] {
  return [...matchesIn(clause, SINCE_YEAR_OPENED)].filter((m) => {
    const rest = clause.slice((m.index ?? 0) + m[0].length).split(/[.;!?]\s/)[0] ?? "";
    const move = rest.search(MOVE_AFTER);
    // "Since the start of the year, it has exported 27,897 t, 15% less than ...": a total said before
    // the move is the year so far, and the move compares that total
    const total = rest.search(TONNAGE_TOTAL);
    return move < 0 || (total >= 0 && total < move);
  });
}

/** A tonnage: "27,897 tonnes", "27 897 t", "39.8kt", Indonesian "58.193,1 ton". */
const TONNAGE_TOTAL = /\d[\d,.\u00a0\u202f ]*\s?(?:t|tonnes|tons|ton|kt|metric tons)\b/i;

const MOVE_AFTER =
  /%|\bper\s?cent|\b(?:ris|rose|fall|fell|grow|grew|gain|drop|increas|decreas|declin|jump|climb|slump|soar|plung|doubl|halv|tripl|shr[iu]nk|times\b|(?:up|down)\s(?:by\s)?(?:about\s|some\s)?\d)/i;

/** Every whole year named in a clause ("in 2025", "last year"); read after months ("March last year"). */
export function findYears(clause: string, anchor: PeriodAnchor): RawMention[] {
  const out: RawMention[] = [];
  const latestYear = anchor.latest === null ? null : yearOf(anchor.latest);
  const span = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of matchesIn(clause, SINCE_YEAR))
    out.push({ ...span(m), period: `${m[1]}-01..${m[1]}-12`, shape: "year", role: "since" });
  for (const m of matchesIn(clause, YEAR_POSSESSIVE))
    out.push({ ...span(m), period: `${m[1]}-01..${m[1]}-12`, shape: "year", possessive: true });
  // a full year named without its number, in the first months of a year, is the one just ended
  // ("full-year exports" in February 2026 are 2025's); later on it is the year under way (a forecast)
  const early = anchor.latest !== null && anchor.latest % 12 <= 1;
  const unnamed = latestYear === null ? null : early ? latestYear - 1 : latestYear;
  for (const m of matchesIn(clause, FULL_YEAR)) {
    // "an increase of 12.9% over 2024": the year is what the change is set against (COMPARED_YEAR's)
    const at = m.index ?? 0;
    if (/^over\s/i.test(m[0]) && CHANGE_THEN_OVER.test(clause.slice(Math.max(0, at - 30), at))) continue;
    const explicit =
      m[1] ??
      m[2] ??
      m[3] ??
      m[4] ??
      m[5] ??
      m[8] ??
      m[9] ??
      m[10] ??
      m[11] ??
      m[12] ??
      m[13] ??
      m[15] ??
      (m[14] ? `20${m[14]}` : undefined);
    const rel = m[6] ?? m[7];
    const y = explicit ? Number(explicit) : rel ? relativeYear(anchor, rel) : (anchor.year ?? unnamed);
    if (y === null) continue;
    // "full-year exports" under a heading "2024": which year the words leave to the text
    const inferred = !explicit && !rel && anchor.year === null;
    out.push({
      ...span(m),
      period: `${y}-01..${y}-12`,
      shape: "year",
      ...(inferred ? { yearUnsaid: true } : {}),
    });
  }
  // an annual report's own year, in the first months of the next is the one just ended; which year it
  // is the words leave to the text, so it never contradicts
  for (const m of matchesIn(clause, REPORT_YEAR))
    if (unnamed !== null)
      out.push({ ...span(m), period: `${unnamed}-01..${unnamed}-12`, shape: "year", yearUnsaid: true });
  const line = YEAR_LINE.exec(clause);
  if (line) out.push({ ...span(line), period: `${line[1]}-01..${line[1]}-12`, shape: "year" });
  for (const m of matchesIn(clause, RELATIVE_YEARS_TOTAL)) {
    const y = relativeYear(anchor, m[1] as string);
    if (y !== null) out.push({ ...span(m), period: `${y}-01..${y}-12`, shape: "year" });
  }
  for (const m of matchesIn(clause, YEAR_TURNED_TO))
    out.push({ ...span(m), period: `${m[1]}-01..${m[1]}-12`, shape: "year" });
  for (const m of matchesIn(clause, YEAR_SUBJECT))
    out.push({ ...span(m), period: `${m[1]}-01..${m[1]}-12`, shape: "year" });
  for (const m of matchesIn(clause, YEAR_BRACKETED))
    out.push({ ...span(m), period: `${m[1]}-01..${m[1]}-12`, shape: "year" });
  // "the 58,142 t of 2024", "52.6kt of 2023": a tonnage's own year after "of"
  for (const m of matchesIn(clause, PUTS_YEAR_AT)) {
    const end = (m.index ?? 0) + m[0].length;
    out.push({ start: end - (m[1] ?? "").length, end, period: `${m[1]}-01..${m[1]}-12`, shape: "year" });
  }
  for (const m of matchesIn(clause, TONNAGE_OF_YEAR))
    out.push({ ...span(m), period: `${m[1]}-01..${m[1]}-12`, shape: "year" });
  for (const m of matchesIn(clause, COMPARED_YEAR))
    out.push({ ...span(m), period: `${m[1]}-01..${m[1]}-12`, shape: "year" });
  for (const m of matchesIn(clause, YEAR_TO_YEAR)) {
    const at = m.index ?? 0;
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (from >= to || !MOVE_BEFORE_YEARS.test(clause.slice(Math.max(0, at - 80), at))) continue;
    const second = at + m[0].length - (m[2] ?? "").length;
    const first = at + m[0].indexOf(m[1] as string);
    out.push({ start: first, end: first + 4, period: `${from}-01..${from}-12`, shape: "year", role: "base" });
    out.push({ start: second, end: second + 4, period: `${to}-01..${to}-12`, shape: "year", role: "main" });
  }
  for (const m of matchesIn(clause, THE_QUARTER)) {
    if (anchor.latest === null) continue;
    const first = anchor.latest - ((anchor.latest % 12) % 3);
    out.push({
      ...span(m),
      period: `${fromIndex(first)}..${fromIndex(first + 2)}`,
      shape: "range",
      role: "main",
      unnamed: true,
    });
  }
  for (const m of matchesIn(clause, THE_YEAR)) {
    if (anchor.latest === null) continue;
    // "for the year" in a year still under way is its months so far; "this year's 51,440 t" is the
    // year of publication's, so far
    const y = m[4] !== undefined ? relativeYear(anchor, "this") : (anchor.year ?? unnamed);
    if (y === null || (m[4] !== undefined && (latestYear === null || y > latestYear))) continue;
    const sofar =
      anchor.year === null &&
      !Boolean(m[1] ?? m[2] ?? m[3]) &&
      (!early || m[4] !== undefined) &&
      anchor.latest % 12 !== 11;
    // "by the end of October, exports had reached 45,290 t for the year": the months so far end
    // at the month the clause counts to, not at the latest one a story could report
    const upTo = sofar ? countedToMonth(clause, y, anchor.latest) : null;
    out.push({
      ...span(m),
      period: sofar ? `${y}-01..${fromIndex(upTo ?? anchor.latest)}` : `${y}-01..${y}-12`,
      shape: sofar ? "range" : "year",
      ...(anchor.year === null ? { yearUnsaid: true } : {}),
    });
  }
  return out;
}

/**
 * "by the end of October", "by end-October", "through October": the month a clause counts to. Not
 * "by October" alone, which may mean before October begins.
 */
const COUNTED_TO_MONTH = new RegExp(
  `\\b(?:(?:by|to|until|till)\\s(?:the\\s)?(?:end|close)\\sof\\s|by\\send-|through\\s(?:the\\send\\sof\\s)?)(${MONTH_NAME})\\b`,
  "gi",
);

/**
 * The one month of year `year`, up to `latest`, that a clause counts its year so far to ("By the end
 * of October, ... for the year"); null when it names none, or more than one.
 */
function countedToMonth(clause: string, year: number, latest: number): number | null {
  const named = new Set(
    allMatches(COUNTED_TO_MONTH, clause)
      .map((m) => MONTHS[(m[1] ?? "").toLowerCase()])
      .filter((n): n is number => n !== undefined)
      .map((n) => toIndex(year, n)),
  );
  const [only] = [...named];
  return named.size === 1 && only !== undefined && only <= latest ? only : null;
}

/** A list of figures after a span's words: "were 584, 246 and 46 t", "came to 6,146 t and 5,774 t". */
const FIGURE_LIST_AFTER =
  /^[^.;:!?\d]{0,40}\d[\d,.]*(?:\s?(?:t|tonnes|tons|kt|mt|%|metric tons)\b)?(?:,|\sand)\s(?:about\s|some\s)?\d/i;

/**
 * "10,763 t in January and February 2026": China's customs release the two months as one figure, so a
 * figure said "in January and February" is their total, as one said over them is ("5,000 t and 4,300 t
 * in January and February respectively" gives each month its own; "exports rose in January and February",
 * with no total, speaks of each).
 */
function januaryAndFebruary(m: RegExpMatchArray, clause: string, before: string, after: string): boolean {
  return (
    !m[1] &&
    MONTHS[(m[2] ?? "").toLowerCase()] === 1 &&
    MONTHS[(m[4] ?? "").toLowerCase()] === 2 &&
    /\sand\s/i.test(m[0]) &&
    /\b[Ii]n\s$/.test(before) &&
    TONNAGE_TOTAL.test(clause) &&
    !/^[^.;:!?]{0,40}\brespectively\b/i.test(after) &&
    !FIGURE_LIST_AFTER.test(after.slice(0, 90))
  );
}

/** Month names listed with commas right before `at` ("July, " of "July, August and September"). */
const MONTH_LIST_BEFORE = new RegExp(`(?:\\b(?:${MONTH_NAME})\\.?(?:\\s${YEAR})?,\\s)+$`);

/** Where a list of months that runs into `at` starts, and its first month's number, or null. */
function listedBefore(clause: string, at: number): { start: number; month: number } | null {
  const from = Math.max(0, at - 80);
  const hit = MONTH_LIST_BEFORE.exec(clause.slice(from, at));
  if (!hit) return null;
  const first = MONTHS[(/^\w+/.exec(hit[0])?.[0] ?? "").toLowerCase()];
  return first === undefined ? null : { start: from + hit.index, month: first };
}

/** The span from a list's first month to the end of `range` ("YYYY-MM..YYYY-MM"), within two years. */
function listSpan(listed: { month: number }, range: string): string | null {
  const to = /\.\.(\d{4})-(\d{2})$/.exec(range);
  if (!to) return null;
  const [y, b] = [Number(to[1]), Number(to[2])];
  const start = toIndex(listed.month <= b ? y : y - 1, listed.month);
  const end = toIndex(y, b);
  return end - start > 23 ? null : `${fromIndex(start)}..${fromIndex(end)}`;
}

/** "January-August", "from November 2024 to March 2025", "between March and May". */
export function monthRange(m: RegExpMatchArray, anchor: PeriodAnchor, combined: boolean): string | null {
  const a = MONTHS[(m[2] ?? "").toLowerCase()];
  const b = MONTHS[(m[4] ?? "").toLowerCase()];
  if (a === undefined || b === undefined) return null;
  if (/\sand\s/i.test(m[0]) && m[1]?.toLowerCase() !== "between" && !combined) return null;
  const yb = m[5] ? Number(m[5]) : m[3] && a <= b ? Number(m[3]) : yearFor(b, anchor);
  if (yb === null) return null;
  const ya = m[3] ? Number(m[3]) : a <= b ? yb : yb - 1;
  const from = toIndex(ya, a);
  const to = toIndex(yb, b);
  if (to <= from || to - from > 23) return null;
  return `${fromIndex(from)}..${fromIndex(to)}`;
}

function partMonths(ordinal?: string, part?: string, code?: string): [number, number] {
  if (code) {
    const c = code.toUpperCase();
    const kind = c.includes("H") ? "H" : "Q";
    const n = Number(c.replace(/[HQ]/, ""));
    return kind === "H" ? [n * 6 - 5, n * 6] : [n * 3 - 2, n * 3];
  }
  // "the final quarter", "the closing half", "the last quarter of 2025": the year's last part
  const last = /^(?:final|closing|last)$/i.test(ordinal ?? "");
  const n = last ? (part?.toLowerCase() === "half" ? 2 : 4) : (parseCount(ordinal ?? "") ?? 0);
  if (part?.toLowerCase() === "half" && n <= 2) return [n * 6 - 5, n * 6];
  if (part?.toLowerCase() === "quarter" && n <= 4) return [n * 3 - 2, n * 3];
  return [0, 0];
}

/**
 * A half or quarter not over when the text was published, as the words name it: "Q4" in October
 * 2025 is the quarter under way, and in September the coming one (not October-December 2024); a part
 * that starts more than three months after publication, named without its year, is last year's
 * ("H2" in March is the half just reported). Null when the part named is over.
 */
function partUnderWay(
  y: number,
  from: number,
  to: number,
  anchor: PeriodAnchor,
  explicit: boolean,
): string | null {
  if (anchor.latest === null) return null;
  const published = anchor.latest + 1;
  if (toIndex(y, to) <= anchor.latest || toIndex(y, from) > published + 3) return null;
  // a year the words name (or the sentence does) is kept whatever it is; a bare part is the current year's
  if (!explicit && anchor.year === null && y !== yearOf(anchor.latest)) return null;
  return `${y}-${pad(from)}..${y}-${pad(to)}`;
}

/** A range inside year `y`; without an explicit year, the latest such range before publication. */
export function range(y: number, from: number, to: number, anchor: PeriodAnchor, explicit: boolean): string {
  let year = y;
  if (!explicit && anchor.latest !== null && anchor.year === null && toIndex(year, to) > anchor.latest)
    year -= 1;
  return `${year}-${pad(from)}..${year}-${pad(to)}`;
}

/** The year of the latest month numbered `month` the anchor allows (see `resolveMonthName`). */
export function yearFor(month: number, anchor: PeriodAnchor): number | null {
  const idx = resolveMonthName(month, anchor.year, anchor.latest);
  return idx === null ? null : yearOf(idx);
}
