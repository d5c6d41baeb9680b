// The grammar of changes in one clause: "rose 12%", "up 12pc from October", "a 35 per cent jump", "a
// 60-percent rise", "+148%", "an increase of 5%", "down 2% on year", "up 2.5 percentage points",
// "fell by about half", multiples ("more than doubled", "a sevenfold rise", "2.4 times"), differences in
// tonnes ("a drop of 312 tonnes"), German and CJK wordings (find-changes-intl.ts); and the comparison
// basis stated with them (change-bases.ts).

import { respectiveBases } from "./respective-bases.js";
import { basisAfter, basisIn, leadingBasis } from "./change-bases.js";
import { findAmountChanges } from "./find-amount-changes.js";
import { findIntlChanges, findSignedAfterBasis } from "./find-changes-intl.js";
import { findMultiples } from "./find-multiples.js";
import { findRecordGaps } from "./find-record-gaps.js";
import { fractionTolerance } from "./fraction-bands.js";
import { hinted, mayMatch, withHints } from "./hints.js";
import { PCT_RANGE, readPctRange } from "./level-ranges.js";
import {
  CAUSE_DOWN,
  CAUSE_UP,
  DOWN_NOUNS,
  DOWN_VERBS,
  FRACTION_HINT,
  FRACTION_WORDS,
  MONTH_NAME,
  UP_NOUNS,
  UP_VERBS,
  WORDED_SIZE,
  causeDirection,
  OWN_SIZE,
  OWN_SIZE_VERBS,
  directionOf,
  fractionOf,
} from "./lexicon.js";
import {
  HEDGE_OPT,
  NUM,
  PCT_HINT,
  PCT_NUM,
  PCT_UNIT,
  PP_UNIT,
  WORD_NUM,
  hedgeOf,
  parseAmount,
  scan,
  changeRead,
} from "./numbers.js";
import type { ChangeReading, Hedge, Tolerance } from "../types.js";
import { latin1Stub } from "./all-matches.js";

export { basisAfter } from "./change-bases.js";
export { NUM } from "./numbers.js";

/** A change found in a clause; offsets are in the clause. */
export interface ChangeHit extends Tolerance {
  start: number;
  end: number;
  /** The signed change in `unit`: percent, percentage points, or tonnes for a difference. */
  pct: number;
  unit: "%" | "pp" | "t";
  hedge: Hedge | null;
  /**
   * `mom`, `yoy`, `record` (a distance to the record: find-record-gaps.ts), or null when the clause
   * does not say (a base month is found by the caller).
   */
  basis: "mom" | "yoy" | "record" | null;
  /** Half of the last stated digit's place value, in `unit` ("+76%": 0.5). */
  halfUnit?: number;
  /** The other ways the same words are read ("sevenfold": x7 is +600%, or +700%). */
  readings?: ChangeReading[];
  /** A difference in tonnes without a direction ("the gap is 1,971.5 t"): its size only. */
  unsigned?: boolean;
  /** The dated figure a multiple is taken of ("twice the 2,626 t shipped in April"): its words. */
  of?: { start: number; end: number };
  /** A range ("up 10-12%"): low/high are its ends, `pct` its middle (level-ranges.ts). */
  range?: true;
  /** A gap between two destinations ("a gap of 277 t between the US and Japan"): where they are named. */
  between?: { start: number; end: number };
  /**
   * The object a verb of comparing sets a difference against, naming no destination ("outstripped
   * rare earth exports by 656 t"): its words, which may name another product.
   */
  object?: { start: number; end: number };
  /** Another month's whole taken of all exports ("47% of the April total"): a change, not a share. */
  ofWhole?: true;
  /**
   * Its base was listed in its place after a list of changes said "respectively" ("up 12% and 30%
   * respectively on the month and the year"): `basis` is that base, or these words name its month.
   */
  respective?: true | { start: number; end: number };
}

/** What a pattern reads, before offsets and basis are added. */
export type ChangeRead = Omit<ChangeHit, "start" | "end" | "basis">;

const PCT = `(${PCT_RANGE}|${NUM})(${PCT_UNIT}|${PP_UNIT})(?![A-Za-z])`;
/** A percentage in digits or words ("12%", "twelve per cent"); a sign or a bare "12% higher" takes digits only. */
const PCTW = `(${PCT_RANGE}|${PCT_NUM})(${PCT_UNIT}|${PP_UNIT})(?![A-Za-z])`;
const HEDGE = HEDGE_OPT;
const VERBS = `${UP_VERBS}|${DOWN_VERBS}`;
const NOUNS = `${UP_NOUNS}|${DOWN_NOUNS}`;
/**
 * A word set between a verb and its size: an adverb ("sharply"), or a connective a writer or a
 * translation puts there ("rose however by 17.5%", "fell again 3%", "grew nevertheless 4%"); not
 * an adverb that hedges the size ("rose nearly 13%", "fell roughly 11%"), which the hedge reads.
 */
const ADVERB =
  "(?:(?:(?!(?:nearly|roughly|approximately)\\s)[a-z]{2,15}ly|however|though|nevertheless|nonetheless|still|again|also|even|instead|thereby|meanwhile|back)\\s)?";
/** "rose a more modest 12.4%", "fell a steep 30%": an adjective that grades the size, after "a". */
const SIZE_ADJ =
  "(?:(?:more|less|much|far|still|very|relatively|comparatively)\\s)?(?:modest|healthy|solid|robust|sharp|steep|strong|slim|slight|mere|hefty|whopping|brisk|respectable|impressive|dramatic|striking|remarkable|small|smaller|big|bigger|large|larger|further|additional|massive|huge|tiny|meagre|meager|notable|noticeable|significant|substantial|considerable|marked|pronounced|sizeable|sizable|stunning|staggering|precipitous|surprising|unexpected|moderate|mild|marginal|minor|rapid|swift|sudden|abrupt|heavy|deep|severe|astonishing|decent|paltry|fresh|renewed|painful|punishing|eye-watering|eye-popping)\\s";
const GRADED = `an?\\s${SIZE_ADJ}`;
const BASIS_ADJ =
  "(?:(?:year-on-year|year-over-year|on-year|month-on-month|month-over-month|on-month|monthly|annual|yearly|sequential|y/y|m/m|y-o-y|m-o-m|yoy|mom)\\s)?";
/** How a move compares with another: "harder", "faster still", "more steeply", "even further". */
const COMPARATIVE =
  "(?:(?:even|much|far)\\s)?(?:harder|faster|quicker|slower|further|deeper|steeper|sharper|higher|lower|more\\s(?:steeply|sharply|quickly|slowly|strongly|rapidly|modestly|gently|sharply))(?:\\s(?:still|again|yet))?";
/** A month or year set between a verb and its size: "in September", "during 2025". */
const SET_PERIOD = "(?:in|during)\\s(?:[A-Z][a-z]{2,8}\\.?(?:\\s(?:19|20)\\d{2})?|(?:19|20)\\d{2})";
/** A fraction that is no ordinal: "a third" in "a third straight month" counts months. */
const FRACTION_WORD = `${FRACTION_WORDS}\\b(?!\\s(?:straight|consecutive|successive|monthly|month|year(?![- ](?:on|over)[- ]year\\b)|time|quarter|largest|biggest|highest|lowest)\\b)`;

/**
 * A year-earlier base after "ahead of" or "behind": "last year", "a year earlier", "the same period of
 * 2024", "the 2024 pace", "the first eight months of 2024".
 */
const YEAR_AGO =
  "(?:last year|the previous year|the prior year|a year (?:earlier|ago)|(?:the )?(?:year-earlier|year-ago|prior-year) (?:levels?|figures?|pace|period)|(?:last year's|the (?:19|20)\\d{2}) (?:pace|levels?|figures?|total|tally)\\b|the (?:same|corresponding) (?:period|months?|time)\\b|(?:19|20)\\d{2}\\b|the (?:first|opening) (?:[\\w-]+ )?(?:months?|half|quarter) of (?:(?:19|20)\\d{2}|last year)\\b)";

/** "by" before a size: the patterns that need it cannot match without it. */
const BY = /\bby\s/i;
/** A base named between a verb and its size: "compared with", "against", "versus" (not "from", which may name the period moved from). */
const BASE_BETWEEN_HINT = /\b(?:compared|against|versus)\s/i;
const BY_CAPITAL = /By\s/;
/**
 * The words a pattern cannot match without, each the pattern's own alternation of them (a verb of
 * change, a change noun, "up" or "down"): most clauses with a percentage lack most of them, and one
 * short test spares the scans of every pattern built on them.
 */
const VERB_HINT = new RegExp(`\\b(?:${VERBS})\\s`, "i");
const NOUN_HINT = new RegExp(NOUNS, "i");
const CAUSE_HINT = new RegExp(`\\b(?:${CAUSE_UP}|${CAUSE_DOWN})\\s`, "i");
const UP_DOWN_HINT = /\b(?:up|down|off)\s/i;
const COMPARED_HINT = /\s(?:higher|lower|up|down|above|below|more|less|fewer)\b/i;
/** The unit that closes a percentage or its points, as every percentage pattern writes it. */
const PCT_END = `(?:${PCT_UNIT}|${PP_UNIT})(?![A-Za-z])`;
/** A percentage right before its change noun: "12% rise", "35 percent year-on-year drop". */
const PCT_NOUN_HINT = new RegExp(`${PCT_END}\\s${BASIS_ADJ}(?:${NOUNS})\\b`, "i");
/** A percentage right before what it compares with: "12% higher", "ten per cent below". */
const PCT_COMPARED_HINT = new RegExp(
  `${PCT_END}\\s(?:higher|lower|up|down|above|below|more|less|fewer)\\b`,
  "i",
);
/** A percentage glossed after a colon or a dash: "12.4%: the rise in ...", "35% - the jump". */
const PCT_GLOSSED_HINT = new RegExp(`${PCT_END}\\s?[:–—-]\\s`, "i");
/** What a headline or a verb of recording sets before a bare percentage: "Exports: 35% jump", "posted 12% growth". */
const RECORDED_HINT =
  /^\s|[:|,]\s|\b(?:posts?|posted|records?|recorded|saw|sees?|shows?|showed|logs?|logged|registers?|registered|notch(?:es|ed)?|books?|booked|marks?|marked|clocks?|clocked)\s/i;
/** A change noun as a subject, its size after its verb: "the increase was 77%", "November's rebound came to 26.5%". */
const NOUN_WAS_HINT = new RegExp(
  `\\b(?:${NOUNS})(?:\\s[\\w'’-]+){0,4}?\\s(?:was|is|came to|amounted to|stood at|works out at|works out to)\\s`,
  "i",
);
/** A change noun with "of" or "by": "a drop of a third", "an increase of 5%". */
const NOUN_OF_HINT = new RegExp(`\\b(?:${NOUNS})\\s(?:of|by)\\s`, "i");
/**
 * A verb that moves its object, its object, then "by" and a hedge ("cut shipments to the US by
 * about "): the size follows; the match starts at "by", so a destination in the object stands before it.
 */
const MOVES_OBJECT_BY = `(?<=\\b(${CAUSE_UP}|${CAUSE_DOWN})\\s(?:[^\\s,;.%\\d]+\\s){1,10}?)by\\s${HEDGE}`;
/** A passive move's "by": "were cut by a third". */
const CAUSED_BY_HINT = new RegExp(`\\b(?:${CAUSE_UP}|${CAUSE_DOWN})\\sby\\s`, "i");

/**
 * The change patterns. `needs` are short patterns that each match wherever the long one can (its
 * percent or fraction words), so a clause without them is not scanned with it.
 */
interface ChangePattern {
  re: RegExp;
  needs: RegExp[];
  read: (m: RegExpMatchArray) => ChangeRead | null;
}

/** The verbs a move narrows or widens by: "narrowing", "eased", "widened", "accelerating". */
const NARROW_STEMS = "narrow|eas|moderat|slow|shrink|shrank|widen|deepen|accelerat|quicken|steepen|soften";
const NARROWED = new RegExp(`\\b(?:${NARROW_STEMS})`, "i");

/**
 * What the pattern of a rise noun made negative cannot match without: "negative" before a rise noun
 * ("negative growth", "negative year-on-year growth") or before a size ("a negative 3.5% growth",
 * "a negative five per cent growth"). The word alone is mostly a view ("the outlook remains
 * negative", "the negative side"), and the long pattern is then not compiled for the text.
 */
const NEGATIVE_NOUN_OR_SIZE = new RegExp(
  `\\bnegative\\s(?:${BASIS_ADJ}(?:${UP_NOUNS})|\\d|${WORD_NUM})`,
  "i",
);

export const PATTERNS: readonly ChangePattern[] = [
  {
    // "negative growth of 4%", "a negative 3.5% growth", "negative year-on-year growth, 12%": a rise
    // noun made negative is a fall (read before the rise nouns below, which would take it as a rise)
    re: new RegExp(
      `\\bnegative\\s${BASIS_ADJ}(?:${UP_NOUNS})(?:\\s(?:of|by|at)|[:,]|\\s[-–—])?\\s${HEDGE}${PCTW}|\\b(?:a|an)\\s${HEDGE}negative\\s${PCTW}\\s${BASIS_ADJ}(?:${UP_NOUNS})\\b`,
      "gi",
    ),
    needs: [PCT_HINT, NEGATIVE_NOUN_OR_SIZE],
    read: (m) => pctHit("down", m[2] ?? m[5], m[3] ?? m[6], m[1] ?? m[4]),
  },
  {
    // "the annual fall narrowing to 15% from 18.9%", "year-on-year growth slowed to 4%", "the fall on a
    // year earlier narrowed to 15%": the size a move has come to, its direction the noun's (the size it
    // came from is an earlier period's)
    re: new RegExp(
      `\\b${BASIS_ADJ}(${UP_NOUNS}|${DOWN_NOUNS})\\s(?:(?:in|of)\\s[A-Za-z-]+(?:\\s[A-Za-z-]+)?\\s|(?:on|from|against)\\s(?:a|the)\\s(?:year|previous\\syear|prior\\syear)(?:\\s(?:earlier|before|ago))?\\s)?(?:${NARROW_STEMS})[a-z]*\\s(?:to|at)\\s${HEDGE}${PCTW}`,
      "gi",
    ),
    needs: [PCT_HINT, NARROWED],
    read: (m) => pctHit(directionOf(m[1] ?? ""), m[3], m[4], m[2]),
  },
  {
    // rose 12%, fell by about 11 per cent, jumped a further 5pc
    re: new RegExp(
      `\\b(${VERBS})\\s${ADVERB}(?:(?:by\\s)?${GRADED}|(?:by|some|a further|another|a|an)\\s)?${HEDGE}${PCTW}`,
      "gi",
    ),
    needs: [PCT_HINT, VERB_HINT],
    read: (m) => pctHit(directionOf(m[1] ?? ""), m[3], m[4], m[2]),
  },
  {
    // "cut shipments to the US by 81%", "lifting the bloc's share by 4.1 percentage points": a verb
    // that moves its object; the span starts at "by", so a destination in the object stands before it
    re: new RegExp(`${MOVES_OBJECT_BY}${PCTW}`, "gi"),
    needs: [PCT_HINT, BY, CAUSE_HINT],
    read: (m) => pctHit(causeDirection(m[1] ?? ""), m[3], m[4], m[2]),
  },
  {
    // fell in September by 4.3 percent, rose in 2025 by about 12%: the month set between verb and figure
    re: new RegExp(
      `\\b(${VERBS})\\s(?:in|during)\\s(?:[A-Z][a-z]{2,8}\\.?\\s(?:(?:19|20)\\d{2}\\s)?|(?:19|20)\\d{2}\\s)by\\s${HEDGE}${PCTW}`,
      "g",
    ),
    needs: [PCT_HINT, BY, VERB_HINT],
    read: (m) => pctHit(directionOf(m[1] ?? ""), m[3], m[4], m[2]),
  },
  {
    // "fell harder, by 20.1%", "grew faster still in 2025, by 31%", "fell in May, by 4%": a comparative
    // or a period set between the verb and its size, then a comma
    re: new RegExp(
      `\\b(${VERBS})\\s(?:${COMPARATIVE}(?:\\s${SET_PERIOD})?|${SET_PERIOD}),?\\sby\\s${HEDGE}${PCTW}`,
      "g",
    ),
    needs: [PCT_HINT, BY, VERB_HINT],
    read: (m) => pctHit(directionOf(m[1] ?? ""), m[3], m[4], m[2]),
  },
  {
    // "rose compared with October by 26.5%", "increased its exports compared with October - by 26.5%":
    // the base set between
    // verb and size, as Russian orders it ("выросли по сравнению с октябрем на 26,5%"); the span
    // starts at "by", so the base words stay before it for the basis to read
    re: new RegExp(
      `\\bby\\s(?<=\\b(${VERBS})\\s(?:[A-Za-z'’-]+\\s){0,5}?(?:compared\\s(?:with|to)|against|versus)\\s(?:[A-Za-z'’-]+\\s){1,5}?(?:[-–—]\\s|,\\s)?by\\s)${HEDGE}${PCTW}`,
      "gi",
    ),
    needs: [PCT_HINT, BY, VERB_HINT, BASE_BETWEEN_HINT],
    read: (m) => pctHit(directionOf(m[1] ?? ""), m[3], m[4], m[2]),
  },
  {
    // "By 13.2 per cent fell the deliveries": a translation that keeps the figure before its verb
    re: new RegExp(`(?<=^[^\\p{L}\\d]*)By\\s${HEDGE}${PCTW}\\s${ADVERB}(${VERBS})\\b`, "gu"),
    needs: [PCT_HINT, BY_CAPITAL],
    read: (m) => pctHit(directionOf(m[4] ?? ""), m[2], m[3], m[1]),
  },
  {
    // up 12%, down by 2 percent, down a steep 74%; "5,473 tonnes, off 5% on the month", "exports were off about 3%"
    // (not "made up 52% of the EU total", "took up a fifth": a share, whatever else reads it)
    re: new RegExp(
      `\\b(?<!\\b(?:made|make|makes|making|took|take|takes|taking|taken)\\s)(up|down|(?<=(?:,|\\b(?:was|were|is|are|been|still))\\s)off)\\s(?:(?:by\\s)?${GRADED}|by\\s|a further\\s|another\\s)?${HEDGE}${PCTW}`,
      "gi",
    ),
    needs: [PCT_HINT, UP_DOWN_HINT],
    read: (m) => pctHit(/^off$/i.test(m[1] ?? "") ? "down" : directionOf(m[1] ?? ""), m[3], m[4], m[2]),
  },
  {
    // +148%, -11.3%, −5 pp
    re: new RegExp(`(?<![\\w.,+\\-−–])([+\\-−–])${PCT}`, "g"),
    needs: [PCT_HINT, /[+\-−–]/],
    read: (m) => pctHit(m[1] === "+" ? "up" : "down", m[2], m[3]),
  },
  {
    // 12% higher, 35 percent more than, 12% above October
    re: new RegExp(`()${PCT}\\s(higher|lower|up|down|above|below|more|less|fewer)\\b`, "gi"),
    needs: [PCT_HINT, COMPARED_HINT, PCT_COMPARED_HINT],
    read: (m) => pctHit(directionOf(m[4] ?? ""), m[2], m[3], m[1]),
  },
  {
    // "still 40% under March", "some 8% short of the previous month", "5% short of the 47,778 t
    // shipped a year earlier", "30 percent under the 4,702 kilograms of March last year", "5% shy of
    // January's": "under", "short of" and "shy of" compare only
    // before what they are compared with (not "40% under licence")
    re: new RegExp(
      `()${PCT}\\s(under|short of|shy of)(?=\\s(?:the\\s|its\\s|their\\s)?(?:${MONTH_NAME}|previous|prior|preceding|year-earlier|year-ago|same|last|a\\syear|(?:19|20)\\d{2})\\b|\\sthe\\s\\d[\\d,.]*\\s?(?:t|tonnes|tons|kt|kg|kilograms?|kilogrammes?)\\b)`,
      "gi",
    ),
    needs: [PCT_HINT, /\s(?:under|short of|shy of)\s/i],
    read: (m) => pctHit("down", m[2], m[3], m[1]),
  },
  {
    // "about one percent lower than in 2024", "ten per cent below October": a number in words
    // before a comparison that names what it is compared with; "more", "less" and "fewer" may name
    // what there is more of before "than" ("eleven percent more germanium than in October"), and a
    // second comparison may share that "than" ("eleven percent more germanium and 512 percent more
    // gallium than in October")
    re: new RegExp(
      `()(?<![\\d.,])(${WORD_NUM})(${PCT_UNIT})\\s(higher|lower|above|below|more|less|fewer)(?=\\s(?:than|on|from|over|against|versus|vs\\.?|compared|(?:the\\s)?(?:${MONTH_NAME}|(?:19|20)\\d{2}|previous|prior|same|year-earlier|year-ago|a year))|(?<=more|less|fewer)(?:\\s(?!(?:than|and|but|while|which|who|that|as)\\b)[A-Za-z][\\w'’-]{1,24}){1,4}?(?:\\s(?:and|but)\\s[^.;:!?]{1,60}?)?\\sthan\\b)`,
      "gi",
    ),
    needs: [PCT_HINT, COMPARED_HINT, PCT_COMPARED_HINT],
    read: (m) => pctHit(directionOf(m[4] ?? ""), m[2], m[3], m[1]),
  },
  {
    // a 12% rise, an 11 percent year-on-year drop, a 60-percent jump, the 12.4% month-on-month gain,
    // "a sharp 24.7 percent drop"
    re: new RegExp(
      `\\b(?:a|an|the|this|that|its|their)\\s(?:${SIZE_ADJ})?${HEDGE}${PCTW}\\s${BASIS_ADJ}(${NOUNS})\\b`,
      "gi",
    ),
    needs: [PCT_HINT, NOUN_HINT, PCT_NOUN_HINT],
    read: (m) => pctHit(directionOf(m[4] ?? ""), m[2], m[3], m[1]),
  },
  {
    // the same without an article, as headlines, list items and verbs of recording write it: "Magnet
    // exports post 12.4% rise in November", "Exports to Japan: 35% jump", "recorded 12% annual growth";
    // and as machine translations drop the article after a comma: "815 tons, 43.2% increase compared
    // to October"
    re: new RegExp(
      `(?<=(?:^|[:|,]|\\b(?:posts?|posted|records?|recorded|saw|sees?|shows?|showed|logs?|logged|registers?|registered|notch(?:es|ed)?|books?|booked|marks?|marked|clocks?|clocked))\\s+)${HEDGE}${PCTW}\\s${BASIS_ADJ}(${NOUNS})\\b`,
      "gi",
    ),
    needs: [PCT_HINT, NOUN_HINT, PCT_NOUN_HINT, RECORDED_HINT],
    read: (m) => pctHit(directionOf(m[4] ?? ""), m[2], m[3], m[1]),
  },
  {
    // a list item led by its percentage, glossed after a colon or dash: "12.4%: the month-on-month
    // rise in ...", "35% - the jump in ...", "12.4% — rise from October", "-1.3% - the change on
    // 2024" (a neutral noun takes the sign); the item's mark may be an em dash ("— 22.6%: the rise")
    re: new RegExp(
      `(?<=^\\s*(?:(?:[*•·▪◦‣]|\\d{1,2}[.)])\\s*|[-–—]\\s+)?)${HEDGE}([+\\-−–]?)${PCTW}\\s?[:–—-]\\s(?:(?:the|a|an|its|their)\\s(?:[\\w'’]+\\s)?)?${BASIS_ADJ}(${NOUNS}|change)\\b`,
      "gi",
    ),
    needs: [PCT_HINT, PCT_GLOSSED_HINT],
    read: (m) => {
      const noun = (m[5] ?? "").toLowerCase();
      const dir = noun === "change" ? (m[2] ? (m[2] === "+" ? "up" : "down") : null) : directionOf(noun);
      return dir === null ? null : pctHit(dir, m[3], m[4], m[1]);
    },
  },
  {
    // "year-on-year growth 15.4%", "the decline, nearly 30% on August", "growth: 12%": a change noun
    // with its size right after it, without "of"; not a share of something ("growth, 15% of ...")
    re: new RegExp(
      `\\b${BASIS_ADJ}(${NOUNS})(?:[:,]|\\s[-–—])?\\s${HEDGE}${PCTW}(?!\\s(?:of|share)\\b)`,
      "gi",
    ),
    needs: [PCT_HINT, NOUN_HINT],
    read: (m) => pctHit(directionOf(m[1] ?? ""), m[3], m[4], m[2]),
  },
  {
    // "1,238 tonnes, minus 52.9 percent compared with April", "plus 2.3 percent on the year": a sign in words
    re: new RegExp(`\\b(plus|minus)\\s${HEDGE}${PCTW}`, "gi"),
    needs: [PCT_HINT, /\b(?:plus|minus)\s/i],
    read: (m) => pctHit(/^plus$/i.test(m[1] ?? "") ? "up" : "down", m[3], m[4], m[2]),
  },
  {
    // an increase of 5%, a decline of about 11%
    re: new RegExp(`\\b(${NOUNS})\\s(?:of|by)\\s${HEDGE}${PCTW}`, "gi"),
    needs: [PCT_HINT, NOUN_OF_HINT],
    read: (m) => pctHit(directionOf(m[1] ?? ""), m[3], m[4], m[2]),
  },
  {
    // "the increase was 77%", "the gain is about 28%", "November's rebound came to 26.5%": a change
    // noun as the subject, its size after the verb; the span is the size, so a destination named
    // with the noun ("Japan's decline", "the drop in US shipments") stands before the figure. Bare
    // "growth" only as what the figures just given work out to ("had taken 2,060.3 t, so growth came
    // to nearly 25%"): alone at a sentence's head it is as often an economy's
    re: new RegExp(
      `(?<=(?:\\b(?:the|that|this|its|their)|\\b[A-Z][a-z]{2,15}['’]s|(?:\\d|\\b(?:t|tonnes?|tons?|kg|kt)),?\\s(?:so|thus|hence))\\s${BASIS_ADJ}(${NOUNS})(?:\\s(?!(?:was|were|is|came|amounted)\\b)[\\w'’-]+){0,4}?\\s(?:was|is|came to|amounted to|stood at|works out at|works out to)\\s)${HEDGE}${PCTW}`,
      "gi",
    ),
    needs: [PCT_HINT, NOUN_HINT, NOUN_WAS_HINT],
    read: (m) => pctHit(directionOf(m[1] ?? ""), m[3], m[4], m[2]),
  },
  {
    // fell by about half, dropped by a third, rose by a quarter, down by a third, "rose in May — by
    // almost a quarter"; not "fell below a tenth", "rose above a fifth": a level or share that
    // crossed a fraction, no change by it
    re: new RegExp(
      `\\b(${VERBS}|up|down)\\s${ADVERB}(?:in\\s(?:${MONTH_NAME})(?:\\s(?:19|20)\\d{2})?,?\\s(?:[—–]\\s)?(?=by\\s))?(?:by\\s|(?!(?:below|under|above|beyond|past)\\s))${HEDGE}(${FRACTION_WORD})(?!\\sof)`,
      "gi",
    ),
    needs: [FRACTION_HINT],
    read: (m) => fractionHit(directionOf(m[1] ?? ""), m[3] ?? "", m[2]),
  },
  {
    // "were cut by a third", "had been slashed by half": a verb that moves its object, in the passive
    re: new RegExp(
      `\\b(?:was|were|been|being|is|are)\\s${ADVERB}(${CAUSE_UP}|${CAUSE_DOWN})\\s(?:by\\s)${HEDGE}(${FRACTION_WORD})(?!\\sof)`,
      "gi",
    ),
    needs: [FRACTION_HINT, CAUSED_BY_HINT],
    read: (m) => fractionHit(causeDirection(m[1] ?? ""), m[3] ?? "", m[2]),
  },
  {
    // "cut magnet shipments by three-quarters", "slashed deliveries to the US by half": a verb that
    // moves its object, by a fraction; the span starts at "by", so a destination in the object stands before it
    re: new RegExp(`${MOVES_OBJECT_BY}(${FRACTION_WORD})(?!\\sof)`, "gi"),
    needs: [FRACTION_HINT, BY, CAUSE_HINT],
    read: (m) => fractionHit(causeDirection(m[1] ?? ""), m[3] ?? "", m[2]),
  },
  {
    // "lost a third of their volume", "shed about half its value", "gained a quarter of its level":
    // a fraction of the thing's own size is how much it moved, not a share of the total
    re: new RegExp(
      `\\b(${OWN_SIZE_VERBS})\\s${HEDGE}(${FRACTION_WORD})(?=\\sof\\s(?:its|their)\\s(?:${OWN_SIZE})\\b)`,
      "gi",
    ),
    needs: [FRACTION_HINT, /\sof\s(?:its|their)\s/i],
    read: (m) => fractionHit(directionOf(m[1] ?? ""), m[3] ?? "", m[2]),
  },
  {
    // a drop of more than nine-tenths, a fall of about a third
    re: new RegExp(`\\b(${NOUNS})\\s(?:of|by)\\s${HEDGE}(${FRACTION_WORD})(?!\\sof)`, "gi"),
    needs: [FRACTION_HINT, NOUN_OF_HINT],
    read: (m) => fractionHit(directionOf(m[1] ?? ""), m[3] ?? "", m[2]),
  },
  {
    // 12.6% ahead of last year, roughly five percent behind the same period of 2024
    re: new RegExp(`()${HEDGE}${PCTW}\\s(ahead of|behind)\\s(?=${YEAR_AGO})`, "gi"),
    needs: [PCT_HINT, /\s(?:ahead of|behind)\s/i],
    read: (m) => pctHit(/^ahead/i.test(m[5] ?? "") ? "up" : "down", m[3], m[4], m[2]),
  },
  {
    // "year to date, exports are still 12.6% ahead at 48,355.7 t", "running 5% behind at 39,817 t":
    // ahead or behind with no base said, which the reader then takes as it takes any unnamed base
    re: new RegExp(
      `()${HEDGE}${PCTW}\\s(ahead|behind)(?=\\s(?:at|with)\\s(?:(?:about|around|some|roughly|nearly)\\s)?\\d)`,
      "gi",
    ),
    needs: [PCT_HINT, /\s(?:ahead|behind)\b/i],
    read: (m) => pctHit(/^ahead/i.test(m[5] ?? "") ? "up" : "down", m[3], m[4], m[2]),
  },
  {
    // a third less than in April, a quarter lower than a year earlier, roughly a quarter higher on
    // the month, a tenth lower year on year; "more", "less" and "fewer" with what there is more of
    // before "than": "a third fewer magnets than a year earlier", "a quarter more rare-earth magnets
    // in November than in October"
    re: new RegExp(
      `\\b${HEDGE}(${FRACTION_WORDS})\\s(more|higher|greater|larger|bigger|less|lower|fewer|smaller)(?=\\s(?:than|on|from|over|against|versus|vs\\.?|compared|year[- ]on[- ]year|month[- ]on[- ]month|y\\/y|m\\/m)\\b|(?<=more|less|fewer)(?:\\s(?!(?:than|and|but|while|which|who|that|as)\\b)[A-Za-z][\\w'’-]{1,24}){1,6}?\\sthan\\b)`,
      "gi",
    ),
    needs: [FRACTION_HINT, /\s(?:more|higher|greater|larger|bigger|less|lower|fewer|smaller)\s/i],
    read: (m) => fractionHit(directionOf(m[3] ?? ""), m[2] ?? "", m[1]),
  },
  {
    // "came in about a quarter lower, at 3,326 t", "were roughly a third higher in May": a fraction
    // with "higher" or "lower" and no base named, read as "25% lower" is (the base left to the checker)
    re: new RegExp(
      `\\b${HEDGE}((?:a|an|one)[- ]${FRACTION_WORDS})\\s(higher|lower)(?=\\s?[,.;:)]|\\s(?:in|during|at|to)\\b|$)`,
      "gi",
    ),
    needs: [FRACTION_HINT, /\s(?:higher|lower)\b/i],
    read: (m) => fractionHit(directionOf(m[3] ?? ""), m[2] ?? "", m[1]),
  },
  {
    // a fifth below October, about a third above the year-earlier level, three-quarters below the
    // level of March
    re: new RegExp(
      `\\b${HEDGE}(${FRACTION_WORDS})\\s(above|below|under)\\s(?=(?:the\\s|its\\s|their\\s)?(?:(?:level|figure|volume|total)\\s(?:of|in|seen\\sin)\\s(?:the\\s)?)?(?:${MONTH_NAME}|previous|prior|preceding|year-earlier|year-ago|same|last|a\\syear|(?:19|20)\\d{2})\\b)`,
      "gi",
    ),
    needs: [FRACTION_HINT, /\s(?:above|below|under)\s/i],
    read: (m) => fractionHit(/^above$/i.test(m[3] ?? "") ? "up" : "down", m[2] ?? "", m[1]),
  },
];

/**
 * The change patterns a clause is scanned with: those whose every hint it holds. A pattern left out
 * cannot match the clause, so what is read does not depend on the hints, only how fast.
 * @example changePatternsFor("Japan's share was 12%").length // 0: no word of change
 */
export function changePatternsFor(clause: string): readonly ChangePattern[] {
  return withHints(PATTERNS, clause);
}

/** A share's change in points ("its share shrank by 2.5 points"): only where the clause speaks of a share. */
const SHARE_POINTS = new RegExp(
  `(?<=\\b(?:share|portion|proportion|slice|piece|weight)\\b(?:[^.;]|\\.(?=\\d)){0,80})(?:\\b(${VERBS}|up|down)\\s${ADVERB}(?:by\\s)?${HEDGE}(${NUM}|a|one)\\s(?:full\\s)?(?:percentage[- ])?(?:points?|pts?)\\b|\\b(${NUM})\\s(?:percentage[- ])?(?:points?|pts?)\\s(higher|lower|up|down|more|less)\\b)`,
  "gi",
);

/**
 * A percentage right after "and" with its own base ("up 32% on May and about 60% on June 2024"): it
 * shares the verb of the change before it.
 */
const AND_PCT = new RegExp(
  `\\b(?:and|but|or)\\s(?:by\\s|of\\s)?${HEDGE}${PCT}(?=,?\\s(?:from|on|over|against|versus|vs\\.?|compared|year|month|quarter|half|y/y|m/m|q/q|h/h|yoy|mom|qoq|hoh|in|respectively)\\b)`,
  "gi",
);

/**
 * A tonnage right after a percentage change ("up 11.9 per cent, or 3,474 tonnes", "37 per cent above
 * February 2025, or 1,190 tonnes more", "and 86 tonnes fewer"): the same change in tonnes.
 */
const OR_TONNES = hinted(
  new RegExp(
    `^(?:\\s[^,;.%()]{1,30}?)?,?\\s(?:or|and)\\s(?:by\\s)?${HEDGE}(${NUM})\\s?(?:metric\\s)?(?:tonnes|tonne|tons|ton|t|mt)\\b(?:\\s(more|higher|greater|fewer|less|lower|smaller)\\b)?`,
    "i",
  ),
  /\s(?:or|and)\s/i,
  /\d\s?(?:metric\s)?(?:tonnes|tonne|tons|ton|t|mt)\b/i,
);

/** A fraction right after a difference in tonnes ("dropped by 285 tonnes, or a third"): the same change. */
const OR_FRACTION = hinted(
  new RegExp(
    `^(?:\\s[^\\d,;.%()]{1,30}?)?,?\\s(?:or|and)\\s(?:by\\s)?${HEDGE}(${FRACTION_WORD})(?!\\sof)`,
    "i",
  ),
  /\s(?:or|and)\s/i,
  FRACTION_HINT,
);

/** A percentage right after a difference in tonnes ("760t, or 2.3%", "170 t in October, or 13.2%"): the same change in percent. */
const OR_PCT = new RegExp(`^(?:\\s[^\\d,;.%()]{1,30}?)?,?\\s(?:or|and)\\s(?:by\\s)?${HEDGE}${PCT}`, "i");

/**
 * "..., and in April by a further 25 t", "then another 120 tonnes in August", "and a further 2% in
 * June": a change that leaves its verb to the change before it, and goes the same way.
 */
const FURTHER = hinted(
  new RegExp(
    `(?:\\band|\\bthen|,)\\s(?:then\\s)?(?:(?:in|during)\\s[A-Za-z]{3,9}\\.?(?:\\s(?:19|20)\\d{2})?,?\\s)?(?:by\\s)?(?:a further|another|an additional|an extra)\\s${HEDGE}(${NUM})(?:\\s?(?:metric\\s)?(tonnes|tonne|tons|ton|t|mt)\\b|(${PCT_UNIT})(?![A-Za-z]))(?!\\s(?:went|were|was|of|to)\\b)`,
    "gi",
  ),
  /(?:a further|another|an additional|an extra)\s/i,
);

/**
 * "down 6.1% on a year earlier, a gap of roughly 300 tonnes", "a difference of 210 t": the same
 * change in tonnes, named by a noun without a direction of its own; it takes the change's.
 */
const GAP = hinted(
  new RegExp(
    `\\b(?:a|the)\\s(?:gap|difference)\\s(?:of|was|is|came to|amounted to)\\s${HEDGE}(${NUM})\\s?(?:metric\\s)?(tonnes|tonne|tons|ton|t|mt)\\b()`,
    "gi",
  ),
  /\b(?:gap|difference)\s/i,
);

/** A change before this clause in the sentence, which a clause opening with "and ... a further" continues. */
export type EarlierChange = Pick<ChangeHit, "pct" | "unit">;

/** The changes that take the direction of the one before them in the clause, or before the clause. */
function furtherChanges(
  clause: string,
  hits: ChangeHit[],
  earlier: EarlierChange | null,
): Array<{ start: number; end: number; hit: ChangeRead | null }> {
  const out: Array<{ start: number; end: number; hit: ChangeRead | null }> = [];
  const found = [
    ...(mayMatch(FURTHER, clause) ? [...scan(FURTHER.re, clause)] : []).map((m) => ({ m, gap: false })),
    ...(mayMatch(GAP, clause) ? [...scan(GAP.re, clause)] : []).map((m) => ({ m, gap: true })),
  ];
  for (const { m, gap } of found) {
    const unit = m[3] ? "t" : "%";
    // a gap is the change before it said in tonnes, a further change goes on in the same unit
    const sameUnit = (h: EarlierChange) => gap || (h.unit === "t") === (unit === "t");
    const opening = (gap || m.index <= 2) && earlier !== null && sameUnit(earlier) ? earlier : undefined;
    const prev =
      hits
        .filter((h) => h.end <= m.index && m.index - h.end <= 80 && sameUnit(h))
        .sort((a, b) => b.end - a.end)[0] ?? opening;
    if (!prev) continue;
    const end = m.index + m[0].length;
    const start = m.index + m[0].lastIndexOf(m[2] ?? "", end - m.index);
    const dir = prev.pct < 0 ? "down" : "up";
    if (unit === "%") {
      out.push({ start, end, hit: pctHit(dir, m[2], m[4], m[1]) });
      continue;
    }
    const parsed = parseAmount(m[2] ?? "");
    if (parsed === null) continue;
    const pct = dir === "down" ? -parsed.value : parsed.value;
    const hedge = hedgeOf(m[1]);
    out.push({
      start,
      end,
      hit: changeRead(pct, "t", hedge, parsed.halfUnit),
    });
  }
  return out;
}

const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
const DIGIT = /\d/;

/**
 * Chinese, Japanese and Korean name the base before the change ("지난해 같은 달 4,725톤과 비교하면
 * 15.8% 증가", "较去年同期增长"), so a later change's base words are not this one's: the basis is read
 * in the change's own words, else between the change before it and this one.
 */
function basisBefore(clause: string, h: { start: number; end: number }, after: number): "mom" | "yoy" | null {
  return (
    basisIn(clause.slice(h.start, h.end)) ??
    basisIn(clause.slice(Math.max(after, h.start - 40), h.start), true)
  );
}

/**
 * A verb of moving straight before "below", "under", "beneath", "above", "past" or "short of" and a
 * tonnage, with no "by": the figure is a mark the level went past or stayed under ("fell below
 * 5,000 t", "fell short of 6,500 t"), which the level
 * grammar reads with its hedge, not the size of the change ("fell by 5,000 t").
 */
const THRESHOLD_PASSED =
  /^[A-Za-z]+\s(?:(?:back|further|again|well|just|briefly|sharply)\s)?(?:below|under|beneath|above|past|short\sof|shy\sof)\s(?:the\s)?[~≈]?\d/i;

/** Every change in a clause, leftmost first, without overlaps. */
export function findChanges(clause: string, earlier: EarlierChange | null = null): ChangeHit[] {
  // most clauses of an article's prose have no digit, and without one a size is written in words
  if (!DIGIT.test(clause) && !WORDED_SIZE.test(clause)) return [];
  const hits: ChangeHit[] = [];
  const add = (
    start: number,
    end: number,
    hit: ChangeRead | null,
    basis: ChangeHit["basis"] = basisAfter(clause, start, end),
  ) => {
    if (hit === null || hits.some((h) => start < h.end && end > h.start)) return;
    // "slipped below 5,000 tons", "rose above 6,100 t": the level passed a mark, not a change of that size
    if (hit.unit === "t" && THRESHOLD_PASSED.test(clause.slice(start, end))) return;
    hits.push({ ...hit, start, end, basis });
  };
  for (const h of findRecordGaps(clause)) add(h.start, h.end, h, "record");
  // "环比+26.5%": the basis before a signed percentage is its own, before any reading of the sign alone
  for (const h of findSignedAfterBasis(clause)) add(h.start, h.end, h, basisBefore(clause, h, h.start));
  for (const { re, read } of changePatternsFor(clause))
    for (const m of scan(re, clause)) add(m.index, m.index + m[0].length, read(m));
  if (/\bp(?:oin)?ts?\b/i.test(clause))
    for (const m of scan(SHARE_POINTS, clause)) {
      const points = /^(?:a|one)$/i.test(m[3] ?? "") ? "1" : (m[3] ?? m[4]);
      add(m.index, m.index + m[0].length, pctHit(directionOf(m[1] ?? m[5] ?? ""), points, "pp", m[2]));
    }
  for (const h of [...findMultiples(clause), ...findAmountChanges(clause)]) add(h.start, h.end, h);
  const intl = findIntlChanges(clause).sort((a, b) => a.start - b.start);
  intl.forEach((h, i) =>
    add(
      h.start,
      h.end,
      h,
      CJK.test(clause.slice(h.start, h.end))
        ? basisBefore(clause, h, intl[i - 1]?.end ?? 0)
        : basisAfter(clause, h.start, h.end),
    ),
  );
  // "a decline of roughly 760t, or 2.3%": the same difference in percent
  for (const h of hits.filter((x) => x.unit === "t")) {
    const rest = clause.slice(h.end);
    const m = latin1Stub(rest) ? null : OR_PCT.exec(rest);
    if (!m) continue;
    const end = h.end + m[0].length;
    const start = end - (m[2] ?? "").length - (m[3] ?? "").length;
    add(start, end, pctHit(h.pct < 0 ? "down" : "up", m[2], m[3], m[1]), h.basis);
  }
  // "dropped by 285 tonnes, or a third": the same difference as a fraction
  for (const h of hits.filter((x) => x.unit === "t")) {
    const tail = clause.slice(h.end);
    const m = mayMatch(OR_FRACTION, tail) ? OR_FRACTION.re.exec(tail) : null;
    if (!m) continue;
    const end = h.end + m[0].length;
    add(end - (m[2] ?? "").length, end, fractionHit(h.pct < 0 ? "down" : "up", m[2] ?? "", m[1]), h.basis);
  }
  for (const h of hits.filter((x) => x.unit === "%")) {
    const tail = clause.slice(h.end);
    const m = mayMatch(OR_TONNES, tail) ? OR_TONNES.re.exec(tail) : null;
    const parsed = m ? parseAmount(m[2] ?? "") : null;
    if (!m || parsed === null) continue;
    const dir = m[3] ? directionOf(m[3]) : h.pct < 0 ? "down" : "up";
    const pct = dir === "down" ? -parsed.value : parsed.value;
    const hedge = hedgeOf(m[1]);
    add(
      h.end + m[0].lastIndexOf(m[2] ?? ""),
      h.end + m[0].length,
      changeRead(pct, "t", hedge, parsed.halfUnit),
      h.basis,
    );
  }
  for (const m of latin1Stub(clause) ? [] : scan(AND_PCT, clause)) {
    const prev = hits
      .filter((h) => h.end <= m.index && m.index - h.end <= 40 && h.unit !== "t")
      .sort((a, b) => b.end - a.end)[0];
    if (prev)
      add(
        m.index + m[0].length - (m[2] ?? "").length - (m[3] ?? "").length,
        m.index + m[0].length,
        pctHit(prev.pct < 0 ? "down" : "up", m[2], m[3], m[1]),
      );
  }
  for (const f of furtherChanges(clause, hits, earlier)) {
    // a gap that takes the direction of the change before it says more than its size alone
    const unsigned = hits.findIndex((h) => h.unsigned === true && f.start < h.end && f.end > h.start);
    if (unsigned >= 0 && f.hit !== null) hits.splice(unsigned, 1);
    add(f.start, f.end, f.hit);
  }
  hits.sort((a, b) => a.start - b.start);
  basesBeforeNextChange(clause, hits);
  leadingBases(clause, hits);
  respectiveBases(clause, hits);
  // "Versus the same month a year earlier, shipments were up 17.5%": a basis named before the clause's
  // first change (a later change's words before it may be the earlier change's own basis)
  const first = hits[0];
  if (first && first.basis === null)
    first.basis =
      basisIn(clause.slice(Math.max(0, first.start - 80), first.start), true) ??
      leadingBasis(clause.slice(Math.max(0, first.start - 160), first.start));
  return hits;
}

/** Between two changes that share the base words after the second: "10.2% and", "12%, or". */
const SHARED_BASE_BETWEEN = /^\s?(?:,\s?)?(?:and|or|to|and\sby)?\s?$/i;

/**
 * "fell 52.9% to 1,238 t, down 74% from a year earlier": base words after a later change are that
 * change's own, not the earlier one's, whose basis is read only up to the later change (a change said
 * again in another unit, or two changes joined by a bare "and", share them).
 */
function basesBeforeNextChange(clause: string, hits: ChangeHit[]): void {
  hits.forEach((h, i) => {
    const next = hits[i + 1];
    if (h.basis === null || h.basis === "record" || next === undefined || next.start < h.end) return;
    if (SHARED_BASE_BETWEEN.test(clause.slice(h.end, next.start))) return;
    if ((h.unit === "t") !== (next.unit === "t") && /\bor\b/i.test(clause.slice(h.end, next.start))) return;
    if (basisIn(clause.slice(h.start, next.start)) !== null) return;
    if (basisAfter(clause, h.start, h.end) !== h.basis) return;
    h.basis = null;
  });
}

/**
 * A base word set before its change after a comma, as translations keep the source's order
 * ("exports were 6,146 t, month-on-month up 10.2%, year-on-year up 15.4%", "compared to previous month
 * decrease 3.4%, compared to same period last year increase 22.6%"): it is that change's basis, and
 * the change before it reads its own basis only up to those words, unless its own came before it.
 */
const LEADING_BASE =
  /(?:[,;:]\s|\b(?:and|while|but)\s)((?:year|month)[- ](?:on|over)[- ](?:year|month)|y\/y|m\/m|yoy|mom|compared (?:with|to) (?:the )?(?:same (?:month|period)(?: (?:of )?(?:the )?(?:last|previous|prior) year| a year (?:earlier|ago))?|(?:previous|prior|preceding|last) month))\s?,?\s(?:(?:it|they|exports|shipments|volumes?)\s)?(?:(?:was|were|is|are)\s)?$/i;

/**
 * A base word set as an adjective on the change's noun: "a month-on-month decrease of 20.1 per cent and
 * a year-on-year increase of 32.1 per cent", "the y/y rise of 5%". It is that noun's basis, never the
 * change before it.
 */
const ATTRIBUTIVE_BASE =
  /\b(?:an?|the|its|their)\s((?:year|month)[- ](?:on|over)[- ](?:year|month)|y\/y|m\/m|yoy|mom)\s$/i;

function leadingBases(clause: string, hits: ChangeHit[]): void {
  const led = new Set<ChangeHit>();
  hits.forEach((h, i) => {
    const from = Math.max(0, h.start - 60);
    const m =
      LEADING_BASE.exec((from === 0 ? ", " : "") + clause.slice(from, h.start)) ??
      ATTRIBUTIVE_BASE.exec(clause.slice(from, h.start));
    if (!m || h.unit === "t") return;
    const basis = basisIn(m[1] ?? "");
    if (basis === null) return;
    h.basis = basis;
    led.add(h);
    const prev = hits[i - 1];
    const cut = h.start - (m[0].length - m[0].indexOf(m[1] ?? ""));
    if (prev && prev.end <= cut && !led.has(prev)) prev.basis = basisIn(clause.slice(prev.start, cut));
  });
}

/** A percentage or percentage-point change read from its number, unit word and hedge. */
export function pctHit(
  dir: "up" | "down" | null,
  num?: string,
  unitWord?: string,
  hedgeWord?: string,
): ChangeRead | null {
  // "up 10-12%": one change whose size lies between the two
  const range = readPctRange(num ?? "");
  if (range !== undefined) {
    if (dir === null || range === null) return null;
    const unit: "%" | "pp" = /point|pp/i.test(unitWord ?? "") ? "pp" : "%";
    const sign = dir === "down" ? -1 : 1;
    const [low, high] = sign > 0 ? [range.low, range.high] : [-(range.high ?? 0), -(range.low ?? 0)];
    return { pct: sign * range.value, unit, hedge: null, halfUnit: range.halfUnit, low, high, range: true };
  }
  const parsed = parseAmount(num ?? "");
  if (dir === null || parsed === null || parsed.value > 100000) return null;
  const unit: "%" | "pp" = /point|pp/i.test(unitWord ?? "") ? "pp" : "%";
  const hedge = hedgeOf(hedgeWord);
  const pct = dir === "down" ? -parsed.value : parsed.value;
  return changeRead(pct, unit, hedge, parsed.halfUnit);
}

function fractionHit(dir: "up" | "down" | null, word: string, hedgeWord?: string): ChangeRead | null {
  const share = fractionOf(word);
  if (dir === null || share === null) return null;
  const hedge = hedgeOf(hedgeWord);
  const pct = dir === "down" ? -share : share;
  // a fraction rounds the change to a simple ratio: "by half" is said of a fall of 45-55%
  return { pct, unit: "%", hedge, ...fractionTolerance(pct, hedge) };
}
