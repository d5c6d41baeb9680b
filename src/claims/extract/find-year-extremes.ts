// A year's top or bottom month said as a noun or as the subject: "the peak month of 2025 was June",
// "This year's weakest month was May", "May was the trough", "June marked the high point",
// "peaked for the year in January". With a year in the clause ("this year", "of 2025", "for the
// year") the month is ranked in that year, as "the highest this year" is; without one the words leave
// the stretch of months open, and it is read as a peak named by its month is: over three months that
// hold it, any of which may be meant.
import type { Span } from "./attach.js";
import { ENGLISH_MONTH_NAME, HIGHEST_WORDS, LOWEST_WORDS } from "./lexicon.js";
import type { RankHit } from "./find-ranks.js";
import { findPartners } from "./subjects.js";
import type { PeriodMention } from "./periods.js";
import type { ClauseRead } from "./read-clause.js";
import { allMatches } from "./all-matches.js";

/** The extreme before "month" or "point": "the peak month", "the weakest point". */
const HIGH_NOUN = `peak|high|top|${HIGHEST_WORDS}`;
const LOW_NOUN = `trough|low|bottom|slowest|${LOWEST_WORDS}`;
/** What the month is the extreme of, after the noun: "for magnet exports", "in shipments to Japan". */
const OF_TRADE =
  "(?:\\s(?:for|in|of)\\s(?:[\\w-]+\\s){0,4}?(?:exports|shipments|sales|deliveries|volumes)(?:\\sto\\s(?:the\\s)?[A-Z][\\w.-]+(?:\\s[A-Z][\\w-]+)?)?)?";
const IN_YEAR =
  "(?:\\s(?:of|in|for)\\s(?:(?:the|this)\\syear|(?:19|20)\\d{2})|\\sthis\\syear|\\sso\\sfar\\sthis\\syear)?";

/** "the peak month for magnet exports this year was June", "the year's low point came in May". */
const NOUN_THEN_MONTH = new RegExp(
  `\\b(?:[Tt]he|[Tt]his\\syear['’]s|[Tt]he\\syear['’]s|(?:19|20)\\d{2}['’]s)\\s(?:(${HIGH_NOUN})|(${LOW_NOUN}))\\s(?:month|point)${OF_TRADE}${IN_YEAR}\\s(?:was|came\\sin|fell\\sin|arrived\\sin)\\s(?=(?:${ENGLISH_MONTH_NAME})\\b)` +
    // "the low was February", "the monthly peak was June": the noun alone names a month's extreme
    `|\\b[Tt]he\\s(?:monthly\\s)?(?:(peak|high)|(low|trough))\\s(?:was|came\\sin)\\s(?=(?:${ENGLISH_MONTH_NAME})\\b)`,
  "g",
);
/** A tonnage written in digits: "7,742.2 tonnes", "812t". */
const TONNAGE = "\\d[\\d,.]*\\s?(?:t|tonnes?|tons?|kg)\\b";
/**
 * A month's figure after it, which makes the month's figure the subject: in brackets ("June (7,742 t)
 * was the peak"), as its possessive ("June's 7,742.2 tonnes was the peak"), or set off by commas
 * ("February, at 3,217 tonnes, was the low").
 */
const FIGURE_ASIDE = `(?:\\s\\([^()]{1,30}\\)|['’]s\\s(?:about\\s|some\\s)?${TONNAGE}|,\\s(?:at\\s)?${TONNAGE},)?`;
/**
 * "May was the trough", "June marked the high point", "August proved the peak month", "June (7,742
 * t) was the peak", "January set the high-water mark".
 */
const MONTH_THEN_NOUN = new RegExp(
  `(?<=\\b(?:${ENGLISH_MONTH_NAME})(?:\\s(?:19|20)\\d{2})?${FIGURE_ASIDE}\\s)(?:(?:was|is|marked|proved|became|remained|remains)\\s(?:to\\sbe\\s)?the\\s(?:(peak|high\\spoint|high|top)|(trough|low\\spoint|low|bottom))(?:\\smonth)?|set\\sthe\\s(?:(high)|(low))-water\\smark)\\b`,
  "g",
);
/**
 * The second of two extremes whose verb the sentence leaves out: "June's 7,742 t was the peak and
 * February's 3,217 t the trough".
 */
const AND_MONTH_THEN_NOUN = new RegExp(
  `(?<=\\band\\s(?:${ENGLISH_MONTH_NAME})(?:\\s(?:19|20)\\d{2})?${FIGURE_ASIDE}\\s)the\\s(?:(peak|high)|(trough|low))\\b(?!\\s(?:of|in|for|since)\\b)`,
  "g",
);
/**
 * A list item's label that names the extreme, the month after its colon: "Best magnet month: January",
 * "Japan's best month: December", "**Lowest month for magnets in 2025:** May". The label's first
 * letter is looked for before the look behind, which would walk back to the line's start from every character.
 */
const LABEL_THEN_MONTH = new RegExp(
  `(?=[bhlpqstw])(?<=^[^\\p{L}\\d]*(?:\\d{1,2}[.)]\\s+)?(?:[A-Z][\\w.'’-]*['’]s\\s)?)(?:(best|biggest|strongest|busiest|highest|peak|top)|(worst|weakest|lowest|slowest|quietest|smallest))\\s(?:[\\w-]+\\s){0,2}?month(?:\\s(?:for|of|in)\\s(?:[\\w-]+\\s){0,3}?[\\w-]+)?\\**:\\**(?=\\s(?:${ENGLISH_MONTH_NAME})\\b)`,
  "giu",
);
/**
 * A list item's or a table row's label that names the extreme and its year, the month after its colon
 * or in the next cell: "Monthly peak 2024: May", "- Monthly low, 2025: February", "| Peak month 2025 |
 * January (6,357 t) |", "Trough 2025 | May". The label's first letter is looked for first (see above).
 */
const PEAK_LABEL = new RegExp(
  `(?=[MmPpHhLlTt])(?<=^[^\\p{L}\\d]*)(?:[Mm]onthly\\s)?(?:([Pp]eak|[Hh]igh)|([Ll]ow|[Tt]rough))(?:\\smonth)?(?:,?\\s(?:in\\s|of\\s)?((?:19|20)\\d{2}))\\**(?::|\\s\\|)\\**(?=\\s(?:${ENGLISH_MONTH_NAME})\\b)`,
  "gu",
);
/**
 * "peaked for the year in January", "bottomed out for the year in May", "peaked this year at 877
 * tonnes in January": the year is the words' own.
 */
const FOR_THE_YEAR = /\b(?:(peaked|topped out)|(bottomed(?: out)?))\s(?:for\sthe\syear|this\syear)\b/g;

/**
 * A year the clause names for its extreme: "this year", "of 2025", "the year's", "for the year",
 * "across the twelve months".
 */
const YEAR_WORDS =
  /\b(?:(?:in|of|for|during|within|over|through)\s((?:19|20)\d{2})\b|((?:19|20)\d{2})['’]s|(?:this|the)\syear\b|this\syear['’]s|the\syear['’]s|(?:the|all)\s(?:twelve|12)\smonths\b)/i;
/** What the extreme may be of other than a tonnage: a share, a price. */
const NOT_TONNAGE = /\b(?:share|portion|proportion|price|prices|value|values|rate|margin|premium)\b/i;
/** A window the clause names some other way: "in the first half", "since March". */
const OTHER_WINDOW =
  /\b(?:between|quarter|half|H[12]|Q[1-4]|(?<!\b(?:twelve|12)\s)months|weeks|since|decade)\b/i;
/** Months of the open window an extreme without a year is read over, as for "peaked in May". */
const OPEN_MONTHS = 3;

/**
 * Every year's extreme named by its month in a clause.
 * @example findYearExtremes("The peak month of 2025 was June")[0].scope // { type: "year", year: 2025 }
 */
export function findYearExtremes(clause: string): RankHit[] {
  if (NOT_TONNAGE.test(clause) || OTHER_WINDOW.test(clause)) return [];
  const year = YEAR_WORDS.exec(clause);
  const scope: RankHit["scope"] = year
    ? { type: "year", year: year[1] || year[2] ? Number(year[1] ?? year[2]) : null }
    : { type: "months", months: OPEN_MONTHS, open: true, unstated: true };
  const out: RankHit[] = [];
  for (const re of [
    NOUN_THEN_MONTH,
    LABEL_THEN_MONTH,
    MONTH_THEN_NOUN,
    AND_MONTH_THEN_NOUN,
    FOR_THE_YEAR,
    PEAK_LABEL,
  ])
    for (const m of allMatches(re, clause)) {
      // "peaked for the year" names its year by the words themselves, a label by the year in it
      const s =
        re === PEAK_LABEL
          ? { type: "year" as const, year: Number(m[3]) }
          : re === FOR_THE_YEAR
            ? { type: "year" as const, year: scope.type === "year" ? scope.year : null }
            : scope;
      const start = m.index ?? 0;
      // "the low point came in April, when 46 t went to the US": whose low point it was is left open
      if (findPartners(clause).some((p) => p.start >= start + m[0].length)) continue;
      out.push({
        start,
        end: start + m[0].trimEnd().length,
        type: "rank",
        n: 1,
        direction: m[2] || m[4] ? "low" : "high",
        scope: s,
      });
    }
  return out;
}

/** A rank that names its month after it ("the peak month was"), or before it ("May was the trough"). */
const MONTH_FOLLOWS = /(?:\b(?:was|came\sin|fell\sin|arrived\sin)|:\**)$/;
const MONTH_LEADS = /^(?:was|is|marked|proved|became|remained|remains|set|the)\s/;
/**
 * Between a month that is its clause's subject and the rank it is said to be: "May itself had been
 * the highest since May 2024", "December was also the lowest", "July exports were the strongest".
 */
const MONTH_IS =
  /^(?:\s(?:exports|shipments|volumes?|itself|alone))?\s(?:was|were|is|had been|has been|remained|proved)\s(?:(?:also|still|again|then|itself)\s)?(?:the\s|a\s|an\s)?$/;
/**
 * What may stand between a month and the rank it leads: a space, or its figure (FIGURE_ASIDE; the
 * possessive may be read with the month).
 */
const LEAD_GAP = new RegExp(`^(?:${FIGURE_ASIDE}|\\s(?:about\\s|some\\s)?${TONNAGE})\\s$`);

/**
 * The month an extreme said as a noun names right after it ("the peak month was January") or has as
 * its subject right before it ("September marked the high point of 2026"), which is the rank's own
 * month whatever other period the clause names; null for any other rank.
 */
export function monthNamedBy(c: ClauseRead, f: Span): PeriodMention | null {
  const words = c.seg.text.slice(f.start, f.end);
  const month = (p: PeriodMention) => p.shape === "month";
  if (MONTH_FOLLOWS.test(words))
    return c.own.find((p) => month(p) && p.start > f.end && p.start - f.end <= 2) ?? null;
  // "May itself had been the highest since May 2024": the month the clause opens with as its subject
  const subject = c.own.find(
    (p) =>
      month(p) &&
      p.end <= f.start &&
      /^\W*(?:(?:and|but|while)\s)?(?:in\s)?$/i.test(c.seg.text.slice(0, p.start)) &&
      MONTH_IS.test(c.seg.text.slice(p.end, f.start)),
  );
  if (subject !== undefined) return subject;
  if (!MONTH_LEADS.test(words)) return null;
  const gap = (p: PeriodMention) => c.seg.text.slice(p.end, f.start);
  return (
    c.own.find((p) => month(p) && p.end < f.start && (f.start - p.end <= 6 || LEAD_GAP.test(gap(p)))) ??
    // "over 2026, September's 812 t remains the high": a month whose figure is the subject, whatever
    // else the clause's words made of it (a base after "over")
    c.mentions.find((p) => month(p) && p.end < f.start && /\d/.test(gap(p)) && LEAD_GAP.test(gap(p))) ??
    null
  );
}
