// Differences in tonnes in one clause: "a drop of 312 tonnes from March", "fell by 312 t", "rose 677
// tonnes to 6,150", "up 74 tonnes", "+677 t", "312 tonnes more than in July", "shed 301 tonnes",
// "370 tonnes fewer magnets than", "301 tonnes short of September's", "topped October's by 677 t", "74 tonnes lower in November than in October",
// "the MoM increase was 659 tonnes", "an extra 380 tonnes", "higher than October's 226 tons, by 64 tons", "2 tonnes below the 418 tonnes of July",
// "the gap is 1,971.5 t" (a size without a direction).
// Such a figure is a change, not a level: checking "a drop of 312 tonnes" as the month's tonnage
// would accuse a right text.

import { hinted, mayMatch } from "./hints.js";
import { findLevels, type LevelHit } from "./find-figures.js";
import {
  CAUSE_DOWN,
  CAUSE_UP,
  DATED_FIGURE,
  DOWN_NOUNS,
  DOWN_VERBS,
  FRACTION_WORDS,
  MONTH_NAME,
  NOT_A_SPAN,
  UP_NOUNS,
  UP_VERBS,
  causeDirection,
  directionOf,
} from "./lexicon.js";
import {
  HEDGE_OPT,
  HEDGE_WORDS,
  NUM,
  SMALL_SIZE,
  WORD_NUM,
  hedgeOf,
  parseDecimal,
  roundTol,
  changeRead,
} from "./numbers.js";
import type { ChangeRead } from "./find-changes.js";
import { findPartners, findSeries } from "./subjects.js";
import { allMatches } from "./all-matches.js";

/** A difference in tonnes found in a clause. */
export type AmountChangeHit = ChangeRead & { start: number; end: number };

/** Right before the figure: a verb or noun of change that the figure measures. */
const BEFORE = new RegExp(
  `(?:\\b(${UP_VERBS}|${DOWN_VERBS})\\s(?:(?!(?:nearly|roughly|approximately)\\s)[a-z]{2,15}ly\\s)?(?:by\\s|a further\\s|another\\s)?${SMALL_SIZE}|(?<!\\b(?:made|make|makes|making|adds|added|adding|summed|sums)\\s)\\b(up|down)\\s(?:by\\s)?${SMALL_SIZE}|\\b(${UP_NOUNS}|${DOWN_NOUNS}|increment|reduction|shortfall)\\s(?:of|by)\\s|(?<![\\w.,])([+\\-−–])|\\b(${UP_NOUNS}|${DOWN_NOUNS}|increment|reduction|shortfall)(?:\\s(?!(?:was|were|is|to)\\b)[\\w'’,.-]+){0,4}\\s(?:was|were|came to|amounted to|totall?ed|stood at)\\s(?:(?:about|around|some|roughly|nearly|almost|just over|just under)\\s)?|\\b(?:an?\\s)?(extra|additional)\\s(?:(?:about|around|some|roughly|nearly|almost)\\s)?|\\b(?:fell|came\\sin|ran|was|were|ended|finished|remained|stayed)\\s(?:[a-z]{2,15}ly\\s)?(short)\\sof\\s[^,;.\\d]{1,40}?\\sby\\s(?:(?:about|around|some|roughly|nearly|almost|just over|just under)\\s)?)$`,
  "i",
);
/**
 * Right after the figure: it is a difference ("312 tonnes more than", "370 tonnes fewer magnets
 * than", "a 312-tonne drop", "301 tonnes short of September's", "two thousand tonnes above May's",
 * "2 tonnes below the 418 tonnes of July", "2,250 tonnes short of that", "2,248 tonnes short of it":
 * the figure pointed back to), or one whose comparison came before it ("June's 353 t
 * was 307 t more.", "against September's 228 t, 87 t more arrived", "18 t lower still"), or a list
 * item's words after a dash or colon call it one ("677 t: the monthly gain in ...", "74 t - the drop in ...",
 * "569 - tonnes added between July and August").
 */
/** After a change noun: its own amount ("a rise of 12%", "a drop of eighty per cent", "a fall of a third"), so the figure before the dash is no change. */
const OWN_AMOUNT = `(?!\\s(?:of|by)\\s(?:(?:${HEDGE_WORDS})\\s)?(?:[+\\-−–]?\\d|(?:${WORD_NUM}|${FRACTION_WORDS})\\b))`;
const AFTER = new RegExp(
  `^(?:\\s(?:(more|higher|greater|above|less|fewer|lower|below|smaller)(?=(?:\\s[\\w'’-]{2,20}){0,6}\\sthan\\b)|(${UP_NOUNS}|${DOWN_NOUNS})\\b|(above|below|short of|ahead of|behind|over|under|up on|down on|on(?=\\s(?:the\\s)?(?:${MONTH_NAME})(?:['’]s)?\\s(?:figure|level|total|tally|volume|reading)\\b))\\s(?:the\\s)?(?:(?:${MONTH_NAME})${NOT_A_SPAN}|(?<!\\b(?:over|under)\\s(?:the\\s)?)(?:19|20)\\d{2}(?:['’]s)?(?![-/\\d])|(?:the\\s)?(?:previous|prior|preceding|same)\\s(?:month|year)|(?:a|the) (?:month|year) (?:earlier|ago|before)|(?:the\\s)?(?:year-ago|year-earlier|month-earlier|prior-year|previous-year)\\s(?:level|figure|total|volume)|last (?:month|year)|(?:that|those) of)\\b|(above|below|short of|ahead of|behind|over|under)(?:\\s(?=${DATED_FIGURE})|(?=\\s(?:that|this|those|it)\\b(?!['’]|\\s(?:of|month|year|period|quarter|time)\\b)))|(more|less|fewer|higher|lower)(?=\\s?(?:[.,;)]|$)|\\s(?:still|again|arrived|went|left|was|were)\\b))|\\s?[-–—:]\\s(?:(?:the|a|an)\\s(?:[\\w-]+\\s){0,2}?(${UP_NOUNS}|${DOWN_NOUNS})\\b${OWN_AMOUNT}|(?:metric\\s)?(?:tonnes|tons)\\s(added|gained|lost|shed)\\b))`,
  "i",
);
/** A difference's noun: "gap", "difference", or a lead one destination holds over another ("Germany's lead over the US"). */
const GAP_NOUN = "(?:difference|gap|lead(?=(?:\\s[\\w'’.-]+){0,2}?\\sover\\s))";
/** What a difference then is or became: "was", "stood at", "narrowed to", "widened to" (or "of": "a gap of"). */
const GAP_VERB =
  "(?:was|were|is|came to|stood at|amounted to|(?:narrowed|widened|grew|shrank|increased|decreased|expanded|shrunk|rose|fell|eased|swelled)\\sto)";
/**
 * Right before the figure: a difference named without its direction ("the gap is 1,971.5t", "the
 * difference versus the year before was 3,124 tons", "so the gap is just over 7,100 tonnes").
 */
const GAP_BEFORE = new RegExp(
  `\\b${GAP_NOUN}\\b(?:\\s(?!(?:was|were|is|of)\\b)[\\w'’,.()-]+){0,6}?\\s(?:${GAP_VERB}|of)\\s(?:now\\s)?(?:(?:about|around|some|roughly|nearly|almost|just over|just under|more than|less than)\\s)?$`,
  "i",
);

/**
 * The same, with more words between the gap and its verb ("the difference between Germany and the
 * US in China's magnet exports in August 2025 was 756 t"), none of them another figure.
 */
const LONG_GAP_BEFORE = new RegExp(
  `\\b${GAP_NOUN}\\b(?:[^.;:!?\\d]|\\b(?:19|20)\\d{2}\\b){8,110}?\\s${GAP_VERB}\\s(?:now\\s)?(?:(?:about|around|some|roughly|nearly|almost|just over|just under|more than|less than)\\s)?$`,
  "i",
);

/** Words of time around a gap that make it one over time: a month, a year, "the year before", "peak". */
const TIME_WORDS = new RegExp(
  `\\b(?:${MONTH_NAME}|(?:19|20)\\d{2}|years?|months?|year-ago|previous|prior|earlier|ago|before|peak|high|low|record|y/y|m/m|yoy|mom)\\b`,
  "i",
);

/** "between the two months", "between those two years": the periods just named, so a gap over time. */
const THE_TWO_PERIODS =
  "(?:the|these|those|both)\\s(?:two\\s)?(?:months|years|periods|quarters|readings|releases)\\b";

/**
 * A gap or difference over time ("the gap to June's all-time high is now 3,741.9t", "compared with
 * October 2024, ... a gap of roughly 410 tonnes"): not one between destinations or products ("the gap
 * between Germany and the US", "between magnets and rare earths", "a gap of 868 t over the United
 * States"), which is no change of one flow (a gap between two destinations is read by `partnerGap`).
 * Null when it is not.
 */
function timeGap(
  clause: string,
  l: LevelHit,
  gap: RegExpExecArray | null,
  window: string,
): RegExpExecArray | null {
  if (gap === null) return null;
  const words = gap[0];
  const after = clause.slice(l.end, l.end + 40).split(/[,;.]/)[0] ?? "";
  if (
    /\bbetween\b/i.test(words) &&
    !new RegExp(`\\bbetween\\s(?:${MONTH_NAME}|(?:19|20)\\d{2}|${THE_TWO_PERIODS})`, "i").test(words)
  )
    return null;
  if (findPartners(`${words} ${after}`).length > 0 || findSeries(words).length > 0) return null;
  return TIME_WORDS.test(window) ? gap : null;
}

/** "between the US and Japan": two destinations a gap is taken between. */
const BETWEEN_TWO =
  /\bbetween\s((?:the\s)?[\w.'’ -]{2,30}?)\s(?:and|&)\s((?:the\s)?[\w.'’-]{2,20}(?:\s[A-Z][\w.'’-]+)?)/i;

/**
 * A gap named before the figure and said to lie between two destinations ("a gap of 277 t between
 * the US and Japan", "the difference between Germany and the US was 764 t"): where the two are
 * named, or null. Its size is the difference of their tonnages in the same period.
 */
function partnerGap(
  clause: string,
  l: LevelHit,
  gap: RegExpExecArray | null,
): { start: number; end: number } | null {
  if (gap === null) return null;
  const from = l.start - gap[0].length;
  const words = clause.slice(from, Math.min(clause.length, l.end + 50));
  const m = BETWEEN_TWO.exec(words);
  if (m === null) return leadPair(clause, from);
  if (m.index < gap[0].length && m.index + m[0].length > gap[0].length) return null;
  const named = findPartners(m[0]);
  if (named.length !== 2 || named[0]?.value === named[1]?.value) return null;
  return { start: from + m.index, end: from + m.index + m[0].length };
}

/** Between a destination and its lead: "Germany's lead", "the US's growing lead". */
const OWNS_LEAD = /^['’]s?\s(?:[\w-]+\s){0,2}?$/i;

/**
 * "Germany's lead over the United States": the destination that holds a lead, then the one it is
 * held over, as the two a gap lies between (in that order); null unless both are named so.
 */
function leadPair(clause: string, from: number): { start: number; end: number } | null {
  if (!/^lead\b/i.test(clause.slice(from))) return null;
  const partners = findPartners(clause);
  const holder = partners.filter((p) => p.end <= from && OWNS_LEAD.test(clause.slice(p.end, from))).pop();
  const over = partners.find(
    (p) => p.start > from && /^lead\sover\s(?:the\s)?$/i.test(clause.slice(from, p.start)),
  );
  if (holder === undefined || over === undefined || holder.value === over.value) return null;
  return { start: holder.start, end: over.end };
}

/**
 * True when the figure at `start` is named as a gap or difference ("the difference between magnets
 * and rare earths was 1,773.7 t"): never a level, whether or not it is a change over time.
 */
export function namesDifference(clause: string, start: number): boolean {
  return (
    GAP_BEFORE.test(clause.slice(Math.max(0, start - 60), start)) ||
    LONG_GAP_BEFORE.test(clause.slice(Math.max(0, start - 130), start))
  );
}

/** Only a list item's mark, or nothing, before a figure: the figure leads the item. */
const LEADS_ITEM = /^\s*(?:(?:[-*•·▪◦‣–]|\d{1,2}[.)/])\s*)?$/;

/** A comparison, then "by" right before the figure: "higher than October's 226 tons, by 64 tons". */
const COMPARED_BY =
  /\b(higher|larger|bigger|greater|more|above|lower|smaller|less|fewer|below)\s(?:than|on)\s[^;.]{1,40}?,?\sby\s(?:(?:about|around|some|roughly|nearly|almost|just over|just under|more than|less than)\s)?$/i;
/**
 * A verb of comparison in any of its forms, then what is compared, then "by" right before the
 * figure: "topped October's by 677 t", "topping October's volume by 677 tons", "exceeds May's by 40 t",
 * "exceeded South Korea's 569 t by 549 t" (the object's own tonnage is its level, the figure the gap),
 * "ahead of the United States (564 t) by 251 t", "beat August's 6,146 t by a mere four tonnes".
 */
const BY_AFTER_OBJECT =
  /\b(top(?:ped|ping|s)?|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|outstrip(?:ped|ping|s)?|outpac(?:ed|ing|es)|beat(?:ing|s)?|overt(?:ook|aking|akes)|trail(?:ed|ing|s)?|lag(?:ged|ging|s)?|undersh(?:ot|ooting|oots)|miss(?:ed|ing|es)?|out-?b(?:ought|uy(?:s|ing)?)|ahead\sof|behind)\s(?:[^,;.\d]|\b(?:19|20)\d{2}\b|\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\s?(?:t|tonnes|tons)\b){1,40}\sby\s(?:(?:about|around|some|roughly|nearly|almost|just over|just under|more than|less than|a mere|merely|just|only)\s)?$/i;

/**
 * "exports to Germany exceeded those to the US by 462 t", "shipments to the US topped Japan's by 277
 * t": the destination the verb's object names is the base, and the one before the verb the figure's,
 * as the two a gap lies between (in that order). Null when the object names none; when it names one
 * but the words before the verb name no other, the object's span, so that no destination is read as
 * the figure's own.
 */
function objectPair(
  clause: string,
  from: number,
  by: RegExpExecArray,
): { start: number; end: number } | null {
  const verbEnd = from + (by[1] ?? "").length;
  const partners = findPartners(clause);
  const inObject = partners.filter((p) => p.start >= verbEnd && p.end <= from + by[0].length);
  if (inObject.length !== 1) return null;
  const other = inObject[0] as (typeof partners)[number];
  const holder = partners.filter((p) => !p.weak && p.end <= from && p.value !== other.value).pop();
  return { start: holder?.start ?? other.start, end: other.end };
}

/** A verb that moves its object, the object, then "by": "trimmed the monthly total by 198 t". */
const CAUSED_BY = new RegExp(
  `\\b(${CAUSE_UP}|${CAUSE_DOWN})\\s[^,;.\\d]{1,50}\\sby\\s(?:(?:about|around|some|roughly|nearly|almost|just over|just under|more than|less than)\\s)?$`,
  "i",
);

/** Another month a difference is taken against, after "than", "on" and the like: "in May", "a month earlier", "the same month". */
const OTHER_MONTH = `(?:in\\s|during\\s)?(?:${MONTH_NAME}|a (?:month|year) (?:earlier|ago|before)|the (?:previous|prior|preceding) (?:month|year)|last (?:month|year)|the month before|the same month)\\b`;

/**
 * A bare number compared with another month after a tonnage in the same clause: "Indian buyers got
 * 172 tonnes, 22 more than in May", "1,118 t, 170 fewer than a month earlier". It takes the tonnage's unit.
 */
const BARE_DIFFERENCE = hinted(
  new RegExp(`(?<![\\w.,$€£¥+\\-−–/])(${NUM})(?=\\s(more|fewer|less)\\sthan\\s${OTHER_MONTH})`, "gi"),
  /\d\s(?:more|fewer|less)\sthan\s/i,
);

/** A comparison with another month right after a difference: "compared with October", "than in May", "on March". */
const THAN_A_MONTH = `(?:\\s[\\w'’-]+){0,3}?\\s(?:than|compared\\s(?:with|to)|on|over|from|against|versus|vs\\.?)\\s${OTHER_MONTH}`;

/**
 * A difference whose unit comes after the word that makes it one, compared with another month: "677
 * extra tonnes compared with October", "some 677 additional tonnes on October", "285 fewer tonnes
 * than in September".
 */
const WORDED_DIFFERENCE = new RegExp(
  `(?<![\\w.,$€£¥+\\-−–/])${HEDGE_OPT}(${NUM})\\s(extra|additional|more|fewer|less)\\s(?:metric\\s)?(?:tonnes|tons)\\b(?=${THAN_A_MONTH})`,
  "gi",
);

/**
 * A month the subject of "added" ("so July alone added 5,578 t", "December added 4,392 t to the
 * year's total", "with July adding 5,577 t"): what a month adds to a running total is its own level,
 * not a change of it.
 */
const MONTH_ADDED = new RegExp(
  `\\b(?:${MONTH_NAME})(?:\\s(?:alone|by itself|on its own|itself))?\\s(?:added|adds|adding|add)\\s(?:(?:about|around|some|roughly|another|a further)\\s)?$`,
  "i",
);

/** "ahead of" or "behind", then a name: "549 t ahead of South Korea", "74 t behind the US". */
const AHEAD_OF_NAME = /^\s(ahead of|behind)(?=\s(?:the\s)?[A-Z])/;

/**
 * "549 t ahead of South Korea": a gap to the destination named right after, in the shape of the
 * readings after a figure (its first group the word that gives the direction); null when no
 * destination follows at once ("200 t behind the level analysts had hoped for").
 */
function aheadOfDestination(rest: string): RegExpExecArray | null {
  const m = AHEAD_OF_NAME.exec(rest);
  if (m === null) return null;
  const name = rest.slice(m[0].length, m[0].length + 34);
  const at = /^\s(?:the\s)?/.exec(name)?.[0].length ?? 0;
  return findPartners(name).some((p) => p.start === at) ? m : null;
}

/** Every difference in tonnes in a clause. */
export function findAmountChanges(clause: string): AmountChangeHit[] {
  const out: AmountChangeHit[] = [];
  const levels = findLevels(clause);
  out.push(...bareDifferences(clause, levels));
  out.push(...wordedDifferences(clause));
  for (const l of levels) {
    const window = clause.slice(Math.max(0, l.start - 60), l.start);
    // a figure that opens its clause has no words before it
    const before = window === "" || MONTH_ADDED.test(window) ? null : BEFORE.exec(window);
    // every reading after a figure takes two characters at least: a figure that ends its clause, with
    // at most a stop after it, has none (and the long pattern is not also compiled for a one-character string)
    const rest = clause.slice(l.end, l.end + 60);
    const next = rest.length < 2 ? null : (AFTER.exec(rest) ?? aheadOfDestination(rest));
    // words after a dash or colon name what a list item's leading figure is, not what a figure inside a sentence is
    const item = next?.[6] !== undefined || next?.[7] !== undefined;
    const after = item && !LEADS_ITEM.test(clause.slice(0, l.start)) ? null : next;
    const byObject = before || after ? null : BY_AFTER_OBJECT.exec(window);
    const by = before || after ? null : (byObject ?? CAUSED_BY.exec(window));
    const compared = before || after || by ? null : COMPARED_BY.exec(window);
    const gapWords =
      before || after || by || compared
        ? null
        : (GAP_BEFORE.exec(window) ??
          LONG_GAP_BEFORE.exec(clause.slice(Math.max(0, l.start - 130), l.start)));
    const gap = timeGap(clause, l, gapWords, window);
    const between =
      gap === null
        ? by
          ? objectPair(clause, l.start - by[0].length, by)
          : partnerGap(clause, l, gapWords)
        : null;
    let dir: "up" | "down" | null = null;
    let unsigned = false;
    let start = l.start;
    let end = l.end;
    if (before) {
      const sign = before[4];
      const word = (before[1] ?? before[2] ?? before[3] ?? before[5] ?? "").toLowerCase();
      // "an extra 380 tonnes", "an additional 120 t": more than the base, by that much
      const extra = before[6] !== undefined;
      // "fell short of September's level by 301 t": below the base, by that much
      const short = before[7] !== undefined;
      dir = sign
        ? sign === "+"
          ? "up"
          : "down"
        : extra
          ? "up"
          : short
            ? "down"
            : word === "increment"
              ? "up"
              : word === "reduction" || word === "shortfall"
                ? "down"
                : directionOf(word);
      // "the net increase over April's 4,784.8 t was about 1,080 t": the span leaves the base's figure its own
      const from = l.start - before[0].length;
      start = levels.some((x) => x !== l && x.start >= from && x.end <= l.start) ? l.start : from;
    } else if (after) {
      const word = (after[1] ?? after[2] ?? after[3] ?? after[4] ?? after[5] ?? after[6] ?? after[7] ?? "")
        .toLowerCase()
        .replace(/\s.*$/, "");
      dir =
        word === "over" || word === "ahead"
          ? "up"
          : word === "under" || word === "short" || word === "behind"
            ? "down"
            : word === "on"
              ? (movedBefore(clause, l.start) ?? "up")
              : directionOf(word);
      // "246 t on the October figure" with no move named before it: a difference checked on its size
      if (word === "on" && movedBefore(clause, l.start) === null) unsigned = true;
      // a list item's figure keeps its span, so the words after the dash are still read as its own
      if (after[6] === undefined) end = l.end + after[0].length;
    } else if (by) {
      // the span stays on the figure: "October's by 677 t" must not read as October's own 677 t
      dir =
        causeDirection(by[1] ?? "") ??
        (/^(?:trail|lag|undersh|miss|behind)/i.test(by[1] ?? "") ? "down" : "up");
    } else if (compared) {
      dir = directionOf(compared[1] ?? "");
    } else if (gap || between) {
      dir = "up";
    }
    if (dir === null) {
      // "较10月增加677吨", "198t 줄었다", "198 Tonnen weniger als im November": a move in another language's words
      const other = movedInOtherWords(window, rest);
      if (other === null) continue;
      dir = other.dir;
      start = l.start - other.before;
      end = l.end + other.after;
    }
    const sign = dir === "down" ? -1 : 1;
    const bounds =
      sign > 0
        ? { low: l.low, high: l.high }
        : { low: l.high === null ? null : -l.high, high: l.low === null ? null : -l.low };
    out.push({
      start,
      end,
      pct: roundTol(sign * l.value),
      unit: "t",
      hedge: l.hedge,
      halfUnit: l.halfUnit,
      ...bounds,
      ...(gap || (between && !by) || unsigned ? { unsigned: true } : {}),
      ...(between ? { between } : {}),
      // "magnet exports outstripped rare earth exports by 656 t": an object naming no destination
      ...(byObject && !between ? { object: objectWords(l.start, byObject) } : {}),
    });
  }
  return out;
}

/**
 * A move right before a tonnage in Chinese ("较10月增加677吨", "环比减少74吨", "較9月減少301噸"), right
 * after it in Korean and Japanese ("198t 줄었다", "301t 감소", "198トン減った"), German ("198 Tonnen
 * weniger als im November"), French, Italian and Spanish ("677 tonnes de plus qu'en octobre", "677
 * tonnellate in più rispetto a ottobre", "677 toneladas más que en octubre"): the tonnage is the size
 * of the move, not a level. A move to a level ("增加至6150吨", "6천150t으로 증가") has a word between
 * them and is not taken, nor a base before a move of its own size ("比9月的5774噸減少5.2%").
 */
const MOVE_BEFORE_CJK =
  /(?:(增加|增長|增长|多出|高出|上升|增)|(减少|減少|下降|下滑|少了|减|減|降))了?\s?(?:约|約|近)?\s?$/;
const MOVE_AFTER =
  /^(?:\s?(?:증가|급증|늘|増え|増加|増|감소|급감|줄|減っ|減少|減)(?![^\d\n]{0,3}\d)|\s(?:mehr|weniger)\s(?:als|gegenüber)\s|\sde\s(?:plus|moins)\squ|\sin\s(?:più|meno)\b|\s(?:más|menos)\sque\b)/;
const MOVE_UP = /증가|급증|늘|増|mehr|plus|più|más/;

function movedInOtherWords(
  before: string,
  after: string,
): { dir: "up" | "down"; before: number; after: number } | null {
  const b = MOVE_BEFORE_CJK.exec(before);
  if (b) return { dir: b[1] !== undefined ? "up" : "down", before: b[0].length, after: 0 };
  const a = MOVE_AFTER.exec(after);
  if (!a) return null;
  return { dir: MOVE_UP.test(a[0]) ? "up" : "down", before: 0, after: a[0].trimEnd().length };
}

/** The words of the object between a verb of comparing and "by": "rare earth exports" in "outstripped rare earth exports by". */
function objectWords(at: number, by: RegExpExecArray): { start: number; end: number } {
  const from = at - by[0].length + (by[1] ?? "").length;
  return { start: from, end: at - (/\sby\s.*$/i.exec(by[0])?.[0].length ?? 0) };
}

/** The last word of rising or falling in a clause before `at` ("The rebound - 246 t on ..."). */
const MOVE_WORD = new RegExp(`\\b(${UP_NOUNS}|${DOWN_NOUNS}|${UP_VERBS}|${DOWN_VERBS})s?\\b`, "gi");

/** The direction the clause's last word of moving before `at` names, or null when it names none. */
function movedBefore(clause: string, at: number): "up" | "down" | null {
  const words = allMatches(MOVE_WORD, clause.slice(Math.max(0, at - 80), at));
  const last = words[words.length - 1];
  return last === undefined ? null : directionOf((last[1] ?? "").toLowerCase());
}

function bareDifferences(clause: string, levels: LevelHit[]): AmountChangeHit[] {
  const out: AmountChangeHit[] = [];
  for (const m of mayMatch(BARE_DIFFERENCE, clause) ? allMatches(BARE_DIFFERENCE.re, clause) : []) {
    const start = m.index ?? 0;
    const end = start + (m[1] ?? "").length;
    const n = parseDecimal(m[1] ?? "");
    // the unit comes from a tonnage stated before it in the clause, and the number is no part of one
    if (
      n === null ||
      !levels.some((l) => l.end <= start) ||
      levels.some((l) => l.start < end && l.end > start)
    )
      continue;
    const sign = /^more$/i.test(m[2] ?? "") ? 1 : -1;
    const low = roundTol(sign * (n.value - sign * n.halfUnit));
    const high = roundTol(sign * (n.value + sign * n.halfUnit));
    out.push({
      start,
      end: end + 1 + (m[2] ?? "").length,
      pct: roundTol(sign * n.value),
      unit: "t",
      hedge: null,
      halfUnit: n.halfUnit,
      low: Math.min(low, high),
      high: Math.max(low, high),
    });
  }
  return out;
}

function wordedDifferences(clause: string): AmountChangeHit[] {
  const out: AmountChangeHit[] = [];
  if (!/\b(?:extra|additional|more|fewer|less)\s(?:metric\s)?(?:tonnes|tons)\b/i.test(clause)) return out;
  for (const m of allMatches(WORDED_DIFFERENCE, clause)) {
    const n = parseDecimal(m[2] ?? "");
    if (n === null) continue;
    const hedge = hedgeOf(m[1]);
    const pct = roundTol((/^(?:fewer|less)$/i.test(m[3] ?? "") ? -1 : 1) * n.value);
    const start = (m.index ?? 0) + m[0].indexOf(m[2] ?? "");
    out.push({
      start,
      end: (m.index ?? 0) + m[0].length,
      ...changeRead(pct, "t", hedge, n.halfUnit),
    });
  }
  return out;
}
