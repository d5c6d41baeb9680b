// Readings that the claim's own sentence suggests besides the one the reader chose: another
// destination, product or month named in the same sentence, or the span of months the sentence
// speaks of ("Jan-Nov volumes at 51,440t"). Most can only rescue a claim: when one of them fits the
// stated figure, the figure is not wrong, the reading was; when none fits, the main reading stands.
// A rank in a sentence that gives several months' figures is different: any of them may be ranked.
// The reader sets them on each claim (`ExtractedClaim.sentenceReadings`); the checker weighs them
// after the claim's own reading and its alternatives (verify/readings.ts).

import { namesFormerOrLatter } from "./former-products.js";
import { basePeriod } from "../../analytics/month-figures.js";
import { MONTH_NAMES, addMonths, monthAt, monthIndex, monthOfYear, yearOf } from "../../domain/period.js";
import { REST_OF_WORLD } from "./figure-partner.js";
import { ENGLISH_MONTH_NAME as MONTH_WORDS, MONTHS, monthNamesOf } from "./lexicon.js";
import { resolveMonthName } from "./periods.js";
import { productsNamedAlone } from "./product-union.js";
import { findPartners, findSeries } from "./subjects.js";
import { namedAsPart, outrankedBy } from "./attach.js";
import type { ExtractedClaim, Reading } from "../types.js";
import { seriesAcrossContrast } from "./contrast-clause.js";
import { itemPartner } from "./item-partner.js";
import { partnersOnlyRankedNext } from "./ranked-next.js";
import { allMatches } from "./all-matches.js";
import { sentenceAround } from "./sentence-around.js";
import { mentionsIn, namesContinent, numberStart, sentenceHead } from "./sentence-mentions.js";

const SPAN =
  /\b(?:year[- ]to[- ]date|ytd|so far|first (?:\w+ )?(?:months|half|quarter)|(?:over|in|for|across|during) the half|(?:Jan|January)\.?\s?(?:-|–|to|through)\s?\w+|cumulative|H[12]|Q[1-4]|months? of)\b/i;
/**
 * Words for a year's total or a total kept over the year ("taking the year to 62,585 t", "across
 * the twelve months", "FY25", "the annual figure"): a tonnage of another size than the month's may
 * be the year's, to date or in full. Not a change's base ("down 74% on the year").
 */
const YEAR_TOTAL =
  /\b(?:full[- ]year|(?<!\b(?:on|over|from|than|versus|vs\.?|against)\s)(?:the|this|last) year(?:'s)?(?: total)?|annual|yearly|(?:twelve|12) months|FY\s?'?\d{2,4}|CY\s?'?\d{2,4}|whole year|year as a whole)\b/i;
const MONTH_NEAR = new RegExp(`\\b(${MONTH_WORDS})\\b(?:'s)?\\.?(?:,?\\s(20\\d{2}))?`, "g");
/** An English month's name anywhere: where `MONTH_NEAR` finds one. */
const MONTH_WORD = new RegExp(`\\b(?:${MONTH_WORDS})\\b`);

/** The part of a sentence between the semicolons around offset `at`, or null when it has none. */
function semicolonPart(sentence: string, at: number): string | null {
  if (!sentence.includes(";")) return null;
  const end = sentence.indexOf(";", at);
  return sentence.slice(sentence.lastIndexOf(";", at - 1) + 1, end < 0 ? sentence.length : end);
}

/**
 * The words right before and after the claim within its own sentence (up to `reach` characters on
 * each side), where a month written next to its figure stands: a month that opens the next sentence
 * is not next to the figure.
 */
function besideFigure(
  text: string,
  claim: ExtractedClaim,
  reach: { before: number; after: number } = { before: 16, after: 26 },
): { before: string; after: string } {
  const before =
    text
      .slice(Math.max(0, claim.start - reach.before), claim.start)
      .split(/[.!?。]\s|\n/)
      .pop() ?? "";
  const after = text.slice(claim.end, claim.end + reach.after).split(/[.!?。](?:\s|$)|\n/)[0] ?? "";
  return { before, after };
}

/**
 * Periods a stated level may belong to besides the claim's: a month written right next to the
 * number ("June's 172 tonnes", "689 tonnes shipped in May 2024"), or the span the sentence speaks
 * of ("Jan-Nov volumes at 51,440t").
 */
function levelPeriods(claim: ExtractedClaim, period: string, text: string, sentence: string): string[] {
  const own = monthIndex(period);
  if (own === null) return [];
  const out: string[] = [];
  // "June's 172 tonnes", "May: 1,238 t" before the figure; "689 tonnes shipped in May 2024" after it
  const { before, after } = besideFigure(text, claim);
  // "5,473 t in November and 6,150 t in October": a month right after another figure is that one's
  const anothers = (m: RegExpMatchArray) => {
    // only the words right before the month: the whole text before it would make a long text quadratic
    const at = claim.start - before.length + (m.index ?? 0);
    return AFTER_A_FIGURE.test(text.slice(Math.max(0, at - 60), at));
  };
  const near = allMatches(MONTH_NEAR, before)
    .filter(
      (m) =>
        /^(?:'s|:|\s\d{4}:)/.test(before.slice((m.index ?? 0) + (m[1] as string).length)) ||
        (/\bin\s$/.test(before.slice(0, m.index)) && !anothers(m)),
    )
    .concat(
      // "fell to 6,150 t from 5,952 t in November": not past another figure, the base's; a figure
      // told again ("a single kilogram, 1 kg, in June") is no other
      allMatches(MONTH_NEAR, after).filter(
        (m) =>
          /\b(?:in|during|for|of)\s$/.test(after.slice(0, m.index)) &&
          !BASE_FIGURE.test(after.slice(0, m.index)),
      ),
    );
  // without a year, the month of the claim's year or of the year before (the claim's month may be the misread part)
  out.push(...monthsNamed(near, own));
  // a bound on one side ("well over 4,000 t") that a total of many months would meet says nothing of it
  const bounded = claim.stated.type === "level" && claim.stated.low !== null && claim.stated.high !== null;
  if (bounded && (SPAN.test(sentence) || YEAR_TOTAL.test(sentence))) {
    const year = yearOf(own);
    out.push(`${year}-01..${period}`, `${year}-01..${year}-06`, `${year}-01..${year}-12`);
  }
  return out.filter((p) => p !== period);
}

/** A tonnage and the word that dates it, right before a month's name: "5,473 t in ". */
const AFTER_A_FIGURE = /\d[\d,.]*\s?(?:t|tonnes?|tons?|kt|mt|kg)\s(?:in|during|for)\s$/i;

/** Another figure set against one, after it: "from 5,952 t", "against 4,725 t", "and 6,150 t". */
const BASE_FIGURE = /\b(?:from|than|against|versus|vs\.?|compared (?:with|to)|after|and|to)\s\D*\d/i;

/** A phrase that sets a figure a year back, right before it: "last year's", "a year earlier, when". */
const YEAR_BACK_BEFORE =
  /\b(?:last year|the (?:previous|prior) year|a year (?:earlier|ago|before)|the year before|(?:same|corresponding) (?:month|period) (?:of |in )?(?:last|the previous) year)(?:['’]s)?\b(?:(?!\bto\b)[^\d.;!?]){0,24}$/i;
/** ... when it opens the sentence, and so dates the figure itself: "Last year China exported", "A year earlier, exports were". */
const YEAR_BACK_OPENING =
  /^\W*(?:last year|a year (?:earlier|ago|before)|the year before|the (?:previous|prior) year)['’]?s?\b(?:(?!\bto\b)[^\d.;!?]){0,24}$/i;
/** ... or right after it: "4,915 t a year earlier". */
const YEAR_BACK_AFTER =
  /^[,\s]{0,3}(?:(?:a|one) year (?:earlier|ago|before|prior)|the year before|(?:(?:in|for) )?the (?:same|corresponding) (?:month|period) (?:(?:of |in )?(?:last|the previous|the prior) year|(?:a|one) year (?:earlier|ago|before|prior)|the year before))\b/i;
/**
 * A word that sets a figure against the claim's as its base: "from a mere 46 tonnes", "vs 3,604 t",
 * in Spanish, French and Portuguese "frente a las 6.146 toneladas", "par rapport aux 6 146 tonnes",
 * or a base named and its figure put in brackets after it: "from the previous month (305 tonnes)".
 */
const BASE_BEFORE =
  /\b(?:than|from|against|versus|vs\.?|compared (?:with|to)|frente a|comparad[oa]s? con|en comparación con|respecto a|par rapport (?:à|aux?)|face à|em comparação com|em relação a)\s(?:(?!to\s)[^\d\s,.;:!?()]+\s){0,3}\(?$/i;
/** "on the same period of 2024 (52,105 t)": a base span named by its year, its figure right after. */
const SAME_SPAN_OF_YEAR =
  /\b(?:same|corresponding|equivalent|comparable)\s(?:month|months|period|stretch|span|window)\s(?:of|in)\s((?:19|20)\d{2})\s?\(?$/i;

/** A period named as a figure's own, right after it ("5,774 t in October") or before it ("October's"). */
/** "5,473 t the month before", "6,150 t a month earlier", "in the previous month". */
const MONTH_BACK_AFTER =
  /^[,\s]{0,3}(?:(?:a|one) month (?:earlier|ago|before|prior)|the month before|(?:in )?the (?:previous|prior|preceding) month)\b/i;
const OWN_PERIOD_AFTER = new RegExp(
  `^[\\s,]*(?:(?:in|during|for|of)\\s)?\\(?\\s?(?:${MONTH_WORDS}|(?:19|20)\\d{2})\\b`,
  "i",
);
const OWN_PERIOD_BEFORE = new RegExp(`\\b(?:${MONTH_WORDS}|(?:19|20)\\d{2})(?:['’]s)?[\\s:]*$`, "i");

/** A month or a span of months moved by `n` months. */
function shifted(period: string, n: number): string | null {
  if (monthIndex(period) !== null) return addMonths(period, n);
  const span = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(period);
  return span ? `${addMonths(span[1] as string, n)}..${addMonths(span[2] as string, n)}` : null;
}

/**
 * The comparison bases a level may be the figure of, when its words set it against the claim's
 * period: a year back ("last year's 38,138 t", "a year earlier, when 4,915 tonnes were shipped"), or
 * a month or a year back after a word of comparison ("from a mere 46 tonnes to 353 tonnes", "4,291 t
 * vs 3,604 t"). A level read as the claim's own period is then not wrong, only read so.
 */
function basePeriods(claim: ExtractedClaim, period: string, text: string): string[] {
  // a base is set before its figure, with no "to" between ("from a year earlier to 5,774 t" is the level's)
  const { before, after } = besideFigure(text, claim, { before: 48, after: 48 });
  // "up 11.7% on the same period of 2024 (52,105 t)": the claim's months in the year named
  const sameOf = SAME_SPAN_OF_YEAR.exec(before);
  if (sameOf !== null) {
    const back = 12 * (Number(period.slice(0, 4)) - Number(sameOf[1]));
    const moved = back > 0 ? shifted(period, -back) : null;
    return moved === null ? [] : [moved];
  }
  // "from 5,774 t in October", "from October's 5,774 t": a base with its own period is read in it
  if (OWN_PERIOD_AFTER.test(after) || OWN_PERIOD_BEFORE.test(before)) return [];
  // "against 5,473 t the month before", "against 4,725 t a year earlier": the words after the base
  // date it already, counting back from the claim's month; no month before that is its reading
  if (MONTH_BACK_AFTER.test(after) || YEAR_BACK_AFTER.test(after)) return [];
  const backs = new Set<number>();
  // "Last year China exported 57,392 t": words that open the sentence date its figures already
  const opening = before.length < 48 && YEAR_BACK_OPENING.test(before);
  if ((YEAR_BACK_BEFORE.test(before) && !opening) || YEAR_BACK_AFTER.test(after)) backs.add(-12);
  if (BASE_BEFORE.test(before)) {
    backs.add(-1);
    backs.add(-12);
  }
  return [...backs].map((n) => shifted(period, n)).filter((p): p is string => p !== null);
}

/**
 * "From June to July the increase was 77%", "7.7x from May to June", "the Aug-to-Sep drop", "between
 * March and April": a change read over a span of months whose words go from its first month to its
 * last may be the last month's change on the first. Null when the span has no such words.
 */
function stepBetween(period: string, sentence: string): { from: string; to: string } | null {
  const span = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(period);
  if (!span) return null;
  const [from, to] = [span[1] as string, span[2] as string];
  const name = (p: string) => {
    const full = MONTH_NAMES[(monthIndex(p) as number) % 12] as string;
    return `${full.slice(0, 3)}(?:${full.slice(3)}|t)?\\.?`;
  };
  const a = name(from);
  const b = name(to);
  const words = new RegExp(
    `\\b(?:from\\s(?:the\\s)?${a}\\s(?:to|into|through)|${a}[-–]to[-–]|between\\s${a}\\s(?:and|&))\\s?${b}\\b`,
    "i",
  );
  return words.test(sentence) ? { from, to } : null;
}

/** Months the sentence gives a figure of ("May's 1,238 tonnes"), in the claim's year or the year before. */
function possessiveMonths(period: string, sentence: string): string[] {
  const own = monthIndex(period);
  if (own === null) return [];
  const out: string[] = [];
  for (const m of allMatches(MONTH_NEAR, sentence)) {
    if (!/^'s\b/.test(sentence.slice((m.index ?? 0) + (m[1] as string).length))) continue;
    const month = MONTHS[(m[1] as string).toLowerCase()];
    if (month === undefined) continue;
    out.push(monthAt(resolveMonthName(month, null, own) as number));
  }
  return [...new Set(out)].filter((p) => p !== period);
}

const TONNES = String.raw`\d[\d,.]*\s?(?:t|tonnes?|tons?|kt|mt|kg)`;
/**
 * For each month (1-12), a figure it dates: "1,118 tonnes in October", "150 tonnes of magnets in May",
 * "October's 1,118", "October figure of 1,118".
 */
const DATED_BY_MONTH = Array.from({ length: 12 }, (_, i) => {
  const name = `(?:${monthNamesOf(i + 1)})`;
  return new RegExp(
    `${TONNES}(?:\\sof(?:\\s[\\w-]+){1,3}?)?\\s(?:in|during|for)\\s${name}\\b|\\b${name}(?:['’]s)?\\s(?:(?:figure|total|level|volume)\\s)?(?:of\\s|at\\s|:\\s?)?[~≈]?\\d`,
    "i",
  );
});

/**
 * Whether the claim's month is one the sentence dates another figure by, not its own: no month is
 * written next to the claim's number, while the claim's month is written next to another number
 * ("Germany's 1,118 tonnes in October", "Germany's October figure of 1,118 tonnes").
 */
function monthOfAnotherFigure(
  claim: ExtractedClaim,
  period: string,
  text: string,
  sentence: string,
): boolean {
  const month = /^\d{4}-(\d{2})$/.exec(period);
  if (!month) return false;
  const { before, after } = besideFigure(text, claim);
  if (allMatches(MONTH_NEAR, before).length > 0 || allMatches(MONTH_NEAR, after).length > 0) return false;
  const dated = DATED_BY_MONTH[Number(month[1]) - 1];
  if (dated === undefined) return false;
  const own = sentence.indexOf(claim.text);
  const rest =
    own < 0
      ? sentence
      : `${sentence.slice(0, own)}${" ".repeat(claim.text.length)}${sentence.slice(own + claim.text.length)}`;
  return dated.test(rest);
}

/**
 * "After bottoming at 1,238 t in May, exports more than quadrupled by July": the months before the
 * claim's, within a year, that the sentence dates a figure by before the change is told. The change
 * may run from that figure rather than from the month before.
 */
function earlierFigureMonths(claim: ExtractedClaim, period: string, sentence: string): string[] {
  const own = monthIndex(period);
  const at = sentence.indexOf(claim.text);
  if (own === null || at < 0) return [];
  const before = sentence.slice(0, at);
  return [...new Set(monthsNamed(allMatches(MONTH_NEAR, before), own))].filter((p) => {
    const i = monthIndex(p);
    return i !== null && i < own - 1 && own - i < 12 && DATED_BY_MONTH[i % 12]?.test(before) === true;
  });
}

/** Every month the sentence names, in the claim's year or the year before, other than the claim's. */
function sentenceMonths(period: string, sentence: string): string[] {
  const own = monthIndex(period);
  if (own === null) return [];
  return [...new Set(monthsNamed(allMatches(MONTH_NEAR, sentence), own))].filter((p) => p !== period);
}

/** The months `MONTH_NEAR` matches name: in their own year, or without one in `own`'s year and the year before. */
function monthsNamed(matches: readonly RegExpMatchArray[], own: number): string[] {
  const out: string[] = [];
  for (const m of matches) {
    const month = MONTHS[(m[1] as string).toLowerCase()];
    if (month === undefined) continue;
    const years = m[2] ? [Number(m[2])] : [yearOf(own), yearOf(own) - 1];
    for (const year of years) out.push(`${year}-${String(month).padStart(2, "0")}`);
  }
  return out;
}

/** Words after a figure that say another destination's is the same: "..., the same as the US". */
const SAME_AS =
  /^[^.;:]{0,40}?\b(?:the same as|identical to|equal to|matching|level with|on a par with|on par with|just like|as did)\s(?:(?:that|those) of\s)?(?:the\s)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}/;

/**
 * "Vietnam's share was 9.5%, the same as the United States'": a destination said to match the
 * figure's is no other reading of it; the figure is said of both, so the other's cannot rescue it.
 */
function equalDestinations(text: string, end: number): Set<string> {
  const m = SAME_AS.exec(text.slice(end, end + 120));
  return new Set(m === null ? [] : findPartners(m[0]).map((p) => p.value));
}

/**
 * The base month a year on from the reading's, when the sentence names that month without a year
 * and it falls after the reading's own month ("877 t in January was nineteen times the May
 * figure"): the writer may compare with a later month of the same year. Null otherwise.
 */
function laterBaseMonth(basis: string, period: string, sentence: string): string | null {
  const base = monthIndex(basis);
  const own = monthIndex(period);
  if (base === null || own === null || base >= own || base + 12 <= own) return null;
  const month = monthOfYear(base);
  const yearless = allMatches(MONTH_NEAR, sentence).some(
    (m) => m[2] === undefined && MONTHS[(m[1] as string).toLowerCase()] === month,
  );
  return yearless ? monthAt(base + 12) : null;
}

/**
 * The same month a year before the claim's own, when the claim's clause names its month without a
 * year and the text never names that earlier year: "Magnet exports in October were 4,725 t" a month
 * after October is said of this October. That reading is then weighed only where the data holds
 * nothing for the claim's month, so a wrong figure is not supported by last year's.
 */
function sameMonthYearBack(claim: ExtractedClaim, period: string, text: string): string | null {
  if (claim.grounds.period !== "clause" || !/^\d{4}-\d{2}$/.test(period)) return null;
  const year = String(Number(period.slice(0, 4)) - 1);
  return namesNumber(text, year) ? null : `${year}${period.slice(4)}`;
}

/** Whether `text` holds `digits` as a number of its own, not inside a longer one ("2024", not "12024"). */
function namesNumber(text: string, digits: string): boolean {
  const digit = (i: number) => i >= 0 && i < text.length && text[i]! >= "0" && text[i]! <= "9";
  for (let i = text.indexOf(digits); i >= 0; i = text.indexOf(digits, i + 1))
    if (!digit(i - 1) && !digit(i + digits.length)) return true;
  return false;
}

/**
 * "India edged out Vietnam for fourth place", "Korea overtook the US as the No. 2 buyer": the
 * destination a place was taken from, named in the rank's own words, is the one it was not.
 */
function beatenFor(claim: ExtractedClaim): Set<string> {
  if (claim.stated.type !== "rank" || claim.stated.scope.type !== "destinations") return new Set();
  if (!TOOK_FROM.test(claim.text)) return new Set();
  return new Set(findPartners(claim.text).map((p) => p.value));
}

/** A rank's words that open on taking a place from another destination: "overtook", "edged out". */
const TOOK_FROM =
  /^(?:narrowly\s|just\s)?(?:overt(?:ook|aking|aken)|passed|displac(?:ed|ing)|replac(?:ed|ing)|supplanted|ousted|unseated|leapfrogg(?:ed|ing)|edg(?:ed|ing)\sout|nudged\sout|pipped|beat|outpaced)\s/i;

/**
 * The destination that takes a figure in the words right before it: "Japan took 854 t", "South
 * Korea's 228 t", "the US received some 656 t". Such a figure is that destination's, not a neighbour's.
 */
function takerBefore(text: string, at: number): string | null {
  const head = text.slice(Math.max(0, at - 60), at);
  const gap = TAKER_GAP.exec(head);
  if (gap === null) return null;
  const name = head.slice(0, gap.index);
  const last = findPartners(name).at(-1);
  return last !== undefined && last.end === name.length ? last.value : null;
}

/**
 * The destination a figure is sent to in the words right after it: "305 t of magnets were shipped to
 * the US", "... and 582 t to Japan". Such a figure is that destination's, not a neighbour's.
 */
function takerAfter(text: string, claim: ExtractedClaim): string | null {
  if (claim.kind !== "level" || !/[\d\s](?:t|tonnes?|tons?|kg)$/i.test(claim.text)) return null;
  const tail = text.slice(claim.end, claim.end + 80);
  const gap = SENT_TO_GAP.exec(tail);
  if (gap === null) return null;
  const first = findPartners(tail.slice(gap[0].length)).at(0);
  return first !== undefined && first.start === 0 ? first.value : null;
}

/** Between a tonnage and the destination it went to: " to the", " of magnets were shipped to". */
const SENT_TO_GAP =
  /^(?:\s(?:of\s)?(?:[\w-]+\s){0,3}?(?:(?:were|was)\s)?(?:shipped|sent|exported|delivered|went|headed))?\sto\s(?:the\s)?/i;

/**
 * Between a destination and the figure it takes: "'s", " took", " received about", " with" ("followed
 * by the US with 656 t"); not past a comma ("behind Germany, with 656 t" is the subject's).
 */
const TAKER_GAP =
  /(?:['’]s|\s(?:took|takes|received|receives|bought|buys|imported|imports|absorbed|got|with|at))\s(?:(?:about|some|around|roughly|nearly|almost|just|only|a\smere)\s)?$/i;

/**
 * The readings the rest of a claim's sentence suggests besides the claim's own: another destination,
 * product or month it names, another base. Each names only what differs from the claim's reading.
 */
export function sentenceReadings(claim: ExtractedClaim, text: string): Reading[] {
  const main = { series: claim.series, partner: claim.partner, period: claim.period };
  // a figure of no product is not checked, so nothing is read for it
  if (main.period === null || main.series === null) return [];
  const period = main.period;
  const sentence = sentenceAround(text, claim.start, claim.end);
  const m = mentionsIn(sentence);
  const out: Reading[] = [];
  const add = (change: { period?: string; series?: string; partner?: string }, why: string, unheld = false) =>
    out.push({ ...change, why, rescueOnly: true, ...(unheld ? { unheld: true as const } : {}) });
  // in a sentence that lists several destinations ("Malaysia 210 t, India 390 t and Mexico 95 t") a
  // figure is easily given its neighbour's name: each other destination is then a plausible reading
  const listed = [...m.partners].filter((p) => p !== "WLD").length >= 2;
  // a figure for every destination but some ("markets other than the US") is never a named one's;
  // "..., increasing by 55.9% to 1,118 tons, followed by the US": the next-ranked has no figure here
  const head = sentenceHead(text, claim.start);
  const rankedNext = partnersOnlyRankedNext(sentence, head.length + claim.end - claim.start);
  // "Japan (131 t), India (172 t)": a figure its own item names is not a neighbour's
  const own =
    listed &&
    (itemPartner(text, numberStart(text, claim), sentence) === main.partner ||
      takerBefore(text, numberStart(text, claim)) === main.partner ||
      takerAfter(text, claim) === main.partner);
  const equals = equalDestinations(text, claim.end);
  // "exports to the US were 305 tons, while Japan received 582 tons", "Germany ranked first, South
  // Korea ranked second": each clause's or ranked item's figure is its own
  const apartClauses = (listed && claim.grounds.partner === "clause" && claim.otherClausePartners) || [];
  // "... to Germany were 1,161 t; ... to the US in August were 509 t; and China's magnet exports in
  // October were ...": a part set off by semicolons that names its own product is a clause of its
  // own, so a destination only another part names can rescue its figure but not leave it open
  const part = listed ? semicolonPart(sentence, head.length) : null;
  const partMentions = part !== null ? mentionsIn(part) : null;
  const partPartners = partMentions !== null && partMentions.series.size > 0 ? partMentions.partners : null;
  // "Europe took 2,821 t": read as the European Union, the figure may be the continent's
  if (main.partner === "EU27" && namesContinent(sentence))
    add({ partner: "EUR_region" }, "the figure is for Europe the continent, which the sentence names");
  const beaten = beatenFor(claim);
  // "The US overtook Germany in October, taking 1,118 t": the figure is the subject's, not Germany's
  const headAt = head + text.slice(claim.start, numberStart(text, claim));
  for (const p of /\d/.test(text.slice(claim.start, claim.end))
    ? outrankedBy(headAt, findPartners(headAt))
    : [])
    if (p !== main.partner) beaten.add(p);
  // "Exports to South Korea were 509 t in December, Vietnam 815 t": a destination the sentence gives
  // a tonnage of its own is a reading of this one only in doubt; a swapped pair is not supported
  // (not a figure read as the total's: "the U.S. took 590 t, down from 619 t" may be the US's base)
  const named = main.partner !== null && main.partner !== "WLD";
  const given =
    named && claim.stated.type === "level" && claim.grounds.partner === "clause"
      ? partnersOfOtherFigures(sentence, head.length, head.length + claim.end - claim.start)
      : new Set<string>();
  // "The EU took 2,569 t, over six times the US total": a ratio between two destinations its clause
  // names is of those two; another the sentence names ("total") is no reading of its subject
  const paired =
    claim.stated.type === "change" && claim.stated.versus !== undefined && claim.grounds.partner === "clause";
  for (const partner of main.partner === REST_OF_WORLD || paired ? [] : m.partners) {
    if (partner === main.partner || rankedNext.has(partner) || equals.has(partner)) continue;
    if (beaten.has(partner)) continue;
    if (apartClauses.includes(partner)) continue;
    if (own && partner !== "WLD") continue;
    add({ partner }, `the figure is for ${partner}, which the sentence names`);
    if (given.has(partner)) (out[out.length - 1] as Reading).onlyAmbiguous = true;
    if (listed && partner !== "WLD" && partPartners?.has(partner) !== false)
      delete (out[out.length - 1] as Reading).rescueOnly;
  }
  // "rare earths recovered, while germanium and antimony exports fell": the product before the
  // contrast is the other clause's subject, not a reading of a figure whose clause names its own
  const apart =
    claim.grounds.series === "clause"
      ? seriesAcrossContrast(head, claim.series, sentence.slice(head.length + claim.end - claim.start))
      : null;
  // "rare-earth products, including magnets, rose to 6,150 t": a product named only as a part of
  // another may be what the figure is of, but a figure that fits only it leaves the claim open
  const parts = m.series.size > 1 ? partsNamed(sentence) : new Set<string>();
  // "oxide exports were 423 t in August and metal exports 3,389 t": a product named before a tonnage
  // of its own is that figure's, no reading of this one
  // ("rare earths 5,494 t (+26.5% m/m), magnets 6,150 t (+12.4% m/m)", "rare earths rose 26.5% and
  // magnets 12.4%": a change, its percentages counted with the tonnages)
  const change = claim.stated.type === "change" && claim.stated.versusSeries === undefined;
  const owners =
    m.series.size > 1 && (claim.stated.type === "level" || change)
      ? productsOfOtherFigures(
          sentence,
          head.length,
          head.length + claim.end - claim.start,
          change ? TONNAGE_OR_PERCENT : TONNAGE,
        )
      : new Set<string>();
  // "rare earths and magnets both rose; the latter reached 6,150 t": the words name whose figure it
  // is, so a figure that fits only the other product may be a slip of "former" for "latter", which
  // leaves the claim open but never bears it out (after two destinations the words name one of them)
  const pointed = !listed && namesFormerOrLatter(head.slice(-200));
  for (const series of m.series)
    if (
      series !== main.series &&
      apart?.has(series) !== true &&
      !claim.otherListedSeries?.includes(series) &&
      !owners.has(series)
    ) {
      add({ series }, `the figure is for ${series}, which the sentence names`);
      if (parts.has(series) || pointed) (out[out.length - 1] as Reading).onlyAmbiguous = true;
    }
  if (claim.stated.type === "level") {
    const periods = levelPeriods(claim, period, text, sentence);
    const yearBack = periods.length > 0 ? sameMonthYearBack(claim, period, text) : null;
    for (const p of periods) add({ period: p }, `the figure is for ${p}, named next to it`, p === yearBack);
    for (const p of basePeriods(claim, period, text))
      add({ period: p }, `the figure is the comparison base's, ${p}`);
    // "more than Japan's 305 tonnes" after "Germany's 1,118 tonnes in October" in a sentence on
    // November: a month another figure of the sentence is dated by may not be this one's; a figure
    // that fits another month the sentence names is left in doubt, not supported
    const named = new Set(out.map((r) => r.period ?? period));
    const others = monthOfAnotherFigure(claim, period, text, sentence)
      ? sentenceMonths(period, sentence)
      : [];
    for (const p of others)
      if (!named.has(p))
        out.push({
          period: p,
          why: `the figure is for ${p}, which the sentence names`,
          rescueOnly: true,
          onlyAmbiguous: true,
        });
  }
  // "January's 877 t was about nineteen times the May trough": a base month named without its year
  // may be the one after the claim's month, in the same year
  const later = claim.stated.type === "change" ? laterBaseMonth(claim.stated.basis, period, sentence) : null;
  if (later !== null)
    out.push({ basis: later, why: `the base is ${later}, the month named without a year`, rescueOnly: true });
  // ... unless the change names its own base ("from January to July, up 5% on the year")
  const baseNamed = claim.grounds.basis === "clause" || claim.grounds.basis === "sentence";
  if ((claim.stated.type === "change" || claim.stated.type === "direction") && !baseNamed)
    for (const from of earlierFigureMonths(claim, period, sentence))
      out.push({
        basis: from,
        why: `the change may run from ${from}, whose figure the sentence gives before it`,
        rescueOnly: true,
      });
  if ((claim.stated.type === "change" || claim.stated.type === "direction") && !baseNamed) {
    const step = stepBetween(period, sentence);
    if (step)
      out.push({
        period: step.to,
        basis: step.from,
        why: `the change is ${step.to}'s on ${step.from}, the two months the sentence goes between`,
      });
  }
  if (claim.stated.type === "rank" || claim.stated.type === "streak") {
    // "May's 1,238 tonnes was a quarter of January's 6,357 tonnes and the weakest since 2009", "down
    // from a seven-month high of 6,146 tons in August", "despite curbs in April, exports hit a record
    // last year": another month or year the sentence gives a figure of may be the one ranked
    const doubt = (p: string, why: string) => out.push({ period: p, why });
    for (const p of possessiveMonths(period, sentence))
      doubt(p, `the rank is ${p}'s, whose figure the sentence also gives`);
    for (const p of rankedBase(claim, period, text))
      doubt(p, `the rank describes the figure the change starts from (${p})`);
    // a year in the rank's own words ("the highest of 2025 so far") is its window, not a figure's;
    // a rank whose words say it is among months ("the lowest monthly figure", "the lowest since
    // June", "their trough in September") is no full year's, whatever year the sentence names
    const outside = sentence.replace(claim.text, " ".repeat(claim.text.length));
    for (const p of amongMonths(claim, sentence) ? [] : yearsNamed(period, outside))
      doubt(p, `the rank is for the year the sentence names (${p.slice(0, 4)})`);
  }
  if (isHeadline(text, claim)) {
    // a headline names its subject in shorthand ("rare earth exports collapsed 74%" over a story on
    // magnets): the product the story goes on to name may be the one meant
    const named = productsNamedAlone(findSeries(text), text);
    for (const series of named)
      if (series !== main.series)
        out.push({ series, why: `the headline's figure is for ${series}, which the story names` });
  }
  return out;
}

/**
 * A rank said among months: its words name a month or months ("the lowest monthly figure"), its
 * window is months ("the lowest since June", "a six-month high"), or the sentence speaks of monthly
 * figures ("Monthly exports in 2025 hit their trough in September").
 */
function amongMonths(claim: ExtractedClaim, sentence: string): boolean {
  const s = claim.stated;
  if (s.type !== "rank") return false;
  const scope = s.scope;
  return (
    MONTH_WORD.test(claim.text) ||
    /\bmonth(?:ly|s)?\b/i.test(claim.text) ||
    (scope.type === "since" && monthIndex(scope.period) !== null) ||
    scope.type === "months" ||
    scope.type === "span" ||
    scope.type === "calendar" ||
    /\bmonthly\b/i.test(sentence)
  );
}

/** "down from a seven-month high of 6,146 tons in August": the rank belongs to the base figure. */
function rankedBase(claim: ExtractedClaim, period: string, text: string): string[] {
  const before = text.slice(Math.max(0, claim.start - 24), claim.start);
  if (!/\b(?:from|than|after|off|below|above)\s(?:a|an|its|the|their)?\s?(?:new\s)?$/i.test(before))
    return [];
  // "down from September's peak": a rank whose own words name its month is that month's
  if (MONTH_WORD.test(claim.text)) return [];
  // "after a record 58,152 tonnes in 2024": a full year's base is the year before it
  const own = monthIndex(period);
  if (own === null) return yearBeforeSpan(period);
  const out = [addMonths(period, -1), addMonths(period, -12)];
  const after = text.slice(claim.end, claim.end + 60);
  for (const m of allMatches(MONTH_NEAR, after)) {
    const month = MONTHS[(m[1] as string).toLowerCase()];
    if (month === undefined || !/\bin\s$/.test(after.slice(0, m.index))) continue;
    out.push(monthAt(resolveMonthName(month, m[2] ? Number(m[2]) : null, own) as number));
  }
  return out.filter((p) => p !== period);
}

/** The full year before a full year's span (`2025-01..2025-12` gives `2024-01..2024-12`); nothing for other spans. */
function yearBeforeSpan(period: string): string[] {
  const base = /^(\d{4})-01\.\.\1-12$/.test(period) ? basePeriod(period, "yoy") : null;
  return base === null ? [] : [base];
}

/** Full years a sentence names for a figure ("last year", "in 2025"), as spans. */
function yearsNamed(period: string, sentence: string): string[] {
  const own = monthIndex(period);
  if (own === null) return [];
  const out: string[] = [];
  if (/\blast year\b/i.test(sentence)) out.push(String(yearOf(own)), String(yearOf(own) - 1));
  for (const m of allMatches(/\b(?:in|for|of|during)\s(20\d{2})\b(?!-)/g, sentence)) out.push(m[1] as string);
  return [...new Set(out)].map((y) => `${y}-01..${y}-12`);
}

/** True when the claim sits in a headline: a short first line without a full stop, above more text. */
function isHeadline(text: string, claim: ExtractedClaim): boolean {
  // A figure 160 characters or more into the text lies past any headline short enough to be one;
  // saying so first keeps the searches below from scanning a long text once per figure.
  const first = text.search(/\S/);
  if (claim.start - first >= HEADLINE_LENGTH) return false;
  const lineStart = text.lastIndexOf("\n", claim.start - 1) + 1;
  if (lineStart > first) return false;
  const lineEnd = text.indexOf("\n", claim.end);
  if (lineEnd < 0) return false;
  const line = text.slice(lineStart, lineEnd).trim();
  return (
    line.length <= HEADLINE_LENGTH &&
    !/[.!?。]$/.test(line) &&
    text.slice(lineEnd).trim().length > line.length
  );
}

/** The longest line read as a headline, in characters. */
const HEADLINE_LENGTH = 160;

/** The products a sentence names only as parts of another ("including magnets"). */
function partsNamed(sentence: string): Set<string> {
  const all = findSeries(sentence);
  const parts = all.filter((x) => namedAsPart(sentence, x.start)).map((x) => x.value);
  return new Set(parts.filter((p) => all.every((x) => x.value !== p || namedAsPart(sentence, x.start))));
}

/** A tonnage and "of" right before a product's name: "6,150 t of", "763 kg of refined". */
const TONNAGE_OF = /(?<![\d.,])\d[\d,.]*\s?(?:t|tonnes?|tons?|kg|kilograms?)\sof\s(?:[A-Za-z’'-]+\s){0,2}$/i;
/** A tonnage ("3,389 t", "9,007 kg"). */
const TONNAGE = /(?<![\d.,])\d[\d,.]*\s?(?:t|tonnes?|tons?|kg)\b/gi;
/** A tonnage or a percentage ("3,389 t", "+26.5%"). */
const TONNAGE_OR_PERCENT = /(?<![\d.,])\d[\d,.]*\s?(?:(?:t|tonnes?|tons?|kg)\b|%)/gi;

/**
 * The products a sentence names each time right before a tonnage of their own, other than the one
 * between `from` and `to` (the claim's): the other figures' products.
 */
function productsOfOtherFigures(sentence: string, from: number, to: number, figure = TONNAGE): Set<string> {
  const mentions = findSeries(sentence);
  const owns = new Map<string, boolean>();
  mentions.forEach((x, k) => {
    // "5,494 t of magnets and 6,150 t of rare earths": the tonnage a product is "of" is its own
    const lead = sentence.slice(Math.max(0, x.start - 40), x.start);
    const of = TONNAGE_OF.exec(lead);
    const at = of === null ? -1 : x.start - lead.length + of.index;
    const end = mentions[k + 1]?.start ?? sentence.length;
    const figures =
      of !== null ? [at] : allMatches(figure, sentence.slice(x.end, end)).map((f) => x.end + f.index);
    const other = figures.length > 0 && figures.every((f) => f < from || f >= to);
    owns.set(x.value, (owns.get(x.value) ?? true) && other);
  });
  return new Set([...owns].filter(([, other]) => other).map(([v]) => v));
}

/**
 * A destination's name and the tonnage it is given right after it, with nothing between but its
 * possessive, a colon, a bracket or a verb of taking: "Vietnam 815 tonnes", "Vietnam's 815 t",
 * "Vietnam (815 t)", "Vietnam took 815 t".
 */
const GIVEN_RIGHT_AFTER =
  /^(?:['’]s)?(?::|\s?\(|\s(?:took|received|bought|imported|absorbed|got|at))?\s?(?:(?:about|some|around|roughly|nearly|almost|just|only|a\smere)\s)?(?=\d[\d,.]*\s?(?:t|tonnes?|tons?|kg)\b)/i;

/**
 * The destinations a sentence gives a tonnage of their own right after their name ("..., Vietnam
 * 815 tonnes"), a tonnage other than the one between `from` and `to` (the claim's).
 */
function partnersOfOtherFigures(sentence: string, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (const p of findPartners(sentence)) {
    const gap = GIVEN_RIGHT_AFTER.exec(sentence.slice(p.end, p.end + 40));
    if (gap === null) continue;
    const at = p.end + gap[0].length;
    if (at < from || at >= to) out.add(p.value);
  }
  return out;
}

/** The claims, each with the readings its sentence suggests (`sentenceReadings`, left off when none). */
export function sentenceReadingsMarked(claims: ExtractedClaim[], text: string): ExtractedClaim[] {
  return claims.map((c) => {
    const readings = sentenceReadings(c, text);
    return readings.length === 0 ? c : { ...c, sentenceReadings: readings };
  });
}
