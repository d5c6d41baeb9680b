// Multiples in one clause: "more than doubled", "halved", "roughly halving", "a sevenfold rise",
// "jumped 7-fold", "2.4 times as much", "twice May's level", "three times higher", "rose 2.4 times",
// "two-and-a-half times", and a multiple or fraction of a figure dated in another month ("three
// times the 1,200 t of March", "less than a tenth of the 689 tonnes shipped in May 2024"), whose
// month is then the comparison's base. Some wordings are read two ways by
// careful writers and careless ones alike ("sevenfold" is x7, i.e. +600%, or +700%): both readings
// are kept, the multiplication first, and the interval spans both so no reading is ruled out.

import {
  DATED_FIGURE,
  FRACTION_HINT,
  FRACTION_WHOLE_NOUN,
  FRACTION_WORDS,
  GERMAN_NUMBERS,
  MONTH_NAME,
  MONTH_OWN_LEVEL,
  MOVE_NOUNS,
  anotherMonthAt,
  monthNamedIn,
  PERIOD_POSSESSIVE,
  MONTH_WHOLE_NOUN,
  UP_NOUNS,
  UP_VERBS,
  WHAT_WAS_SHIPPED,
  cjkCount,
  fractionOf,
  parseCount,
} from "./lexicon.js";
import {
  HEDGE_OPT,
  HEDGE_WORDS,
  hedgeOf,
  parseDecimal,
  parseNumberWords,
  roundTol,
  scan,
  toleranceFor,
} from "./numbers.js";
import type { ChangeReading, Hedge, Tolerance } from "../types.js";
import { withHints, type Hinted } from "./hints.js";
import { SENT_TO_WORDS, ratioPartner } from "./partner-gap.js";
import { findPartners, type PartnerMention } from "./subjects.js";
import type { ChangeRead } from "./find-changes.js";

/** A multiple found in a clause, read as a change in percent. */
export type MultipleHit = ChangeRead & { start: number; end: number };

/** The dated figure right after a multiple ("the 172 tonnes shipped in June"), from `at`. */
const DATED_AT = new RegExp(`\\s*(${DATED_FIGURE})`, "iy");

const HEDGE = HEDGE_OPT;
const FACTOR =
  "(?:two|three|four|five|six|seven|eight|nine|ten)[- ]and[- ]a[- ]half|\\d{1,3}(?:\\.\\d{1,2})?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a hundred";
/** A figure dated as another period's, right after a multiple: "the 172 tonnes shipped in June". */
const DATED = `(?=${DATED_FIGURE})`;
/** "x times" followed by these is a plain multiple: "2.4 times as much as", "three times the level". */
const PLAIN_AFTER = `${DATED}|(?:${WHAT_WAS_SHIPPED})\\s(?:(?:abroad|overseas)\\s)?(?:in|during)\\s(?=${MONTH_NAME}|last\\s(?:month|year)|the\\s(?:previous|prior)\\s(?:month|year))|as much|as many|as high|as large|as big|(?:its|their) (?:level|amount|volume|figure|total|tonnage)(?= (?:in|of|for) )|(?:those|that|what)\\s(?:(?:went|was\\s(?:shipped|sent|exported))\\s)?(?:to|for)(?=\\s)|the level|the amount|the volume|the figure|the total|that of|those of|what it was|(?:the|its|their) (?:${MONTH_NAME})(?: (?:19|20)\\d{2})? (?:level|figure|total|volume|tally|intake|tonnage|low|high|peak|trough)|(?:${MONTH_NAME}|last (?:month|year)|the previous month|the prior month|a year earlier|a year ago)(?:['’]s?)?(?:\\s(?:level|figure|total|volume|tally|shipments|exports|low|high|peak|trough))?|(?=the (?:(?:year|month)-(?:earlier|ago|before)|(?:prior|previous|preceding)-(?:year|month)) (?:level|figure|total|volume|tally|month|period)\\b)|(?=the (?:first|second|third|fourth|previous|prior|preceding) (?:quarter|half)\\b)`;
const COMPARATIVE = "higher|more|larger|bigger|greater|up";
/**
 * A figure the text named before, pointed back to after a multiple or fraction: "twelve times that
 * trough", "more than double that.", "a third of it", "a quarter of the earlier level"; only where
 * the pointer closes its words (not "that of Japan", "those to the US", "that month").
 */
const POINTED_BACK = `(?:(?:that|this|it)(?:\\s(?:level|figure|total|amount|volume|tonnage|peak|trough|low|high|tally))?|the\\s(?:earlier|previous|former)\\s(?:level|figure|total|amount|volume|tonnage|peak|trough|low|high|tally))(?=\\s?(?:[.;,:)!?]|$)|\\s(?:and|but|yet|while|so)\\b)`;
/** What the subject shipped in another month, said as a clause: "what it shipped in January", "what American buyers took in July". */
const SHIPPED_IN = `(?:${WHAT_WAS_SHIPPED})\\s(?:(?:abroad|overseas)\\s)?(?:in|during)\\s(?=${MONTH_NAME})`;
const RATIO_FRACTION = FRACTION_WORDS;
/** The fraction words that are also ordinals: "third", "fourth", "fifth". */
const ORDINAL = "(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|fifteenth|twentieth)";

/**
 * A grammar of multiples; `another` marks one that takes a fraction of another destination's amount,
 * kept only where `ratioPartner` reads that destination, as the clause reader will.
 */
interface MultiplePattern extends Hinted {
  re: RegExp;
  read: (m: RegExpMatchArray) => ChangeRead | null;
  another?: true;
  /** Kept only where the clause names no destination: another month's whole is then the subject's own. */
  whole?: true;
}

/** A percentage of something: "19% of the previous month's", "60 per cent of April's level". */
const PCT_OF = /(?:%|per ?cent|percent)\sof\s/i;
/** The verbs of a multiple in the present, as headlines write them: "more than double in June". */
const MULTIPLE_VERB = /\b(?:double|triple|treble|quadruple)\b/i;

const PATTERNS: MultiplePattern[] = [
  {
    // more than doubled, nearly tripled, halved, roughly halving; "more than halves to 405 t" (not "the
    // two halves of the year"); the plain verb after its trade noun, as headlines and timelines write
    // it: "exports halve to 2,626 tonnes", "shipments double" (not "a double-digit fall")
    re: new RegExp(
      `()\\b(doubled|doubling|tripled|tripling|trebled|trebling|quadrupled|quadrupling|quintupled|quintupling|halved|halving|(?<!\\b(?:the|two|both|and|first|second|its|their)\\s)(?:halves|doubles|triples)|(?<=\\b(?:exports|shipments|sales|volumes|deliveries)\\s)(?:halve|double|triple|treble)(?!-))\\b`,
      "gi",
    ),
    needs: [/\b(?:doubl|tripl|trebl|quadrupl|quintupl|halv)/i],
    read: (m) => exact(named(m[2] ?? ""), m[1]),
  },
  {
    // "cut magnet shipments roughly in half", "slashed exports in half": a verb that cuts its object
    re: new RegExp(
      `()(?<=\\b(?:cut|cuts|cutting|slashed|slashing|sliced)\\s(?:[A-Za-z'’-]+\\s){0,8}?)in\\shalf\\b`,
      "gi",
    ),
    needs: [/\bin\shalf\b/i],
    read: (m) => exact(named("halved"), m[1]),
  },
  {
    // twice as much as, more than twice the May figure, twice May's level
    re: new RegExp(`()\\b(twice)\\s(?:${PLAIN_AFTER})\\b`, "gi"),
    needs: [/\btwice\s/i],
    read: (m) => exact({ factor: 2, half: 0.2 }, m[1]),
  },
  {
    // a sevenfold rise, a 7-fold increase, posted 1.3-fold growth
    re: new RegExp(`\\b(?:(?:a|an)\\s)?${HEDGE}(${FACTOR})[- ]?fold\\s(?:${UP_NOUNS}|increase)\\b`, "gi"),
    needs: [/fold\s/i],
    read: (m) =>
      twoWays(m[2] ?? "", m[1], 'a "fold" rise is read as a multiple, or as that many hundred percent more'),
  },
  {
    // rose sevenfold, jumped 7-fold, grew by more than threefold, up more than tenfold
    re: new RegExp(`\\b(?:${UP_VERBS}|up)\\s(?:by\\s)?${HEDGE}(${FACTOR})[- ]?fold\\b`, "gi"),
    needs: [/fold\b/i],
    read: (m) =>
      twoWays(m[2] ?? "", m[1], 'a "fold" rise is read as a multiple, or as that many hundred percent more'),
  },
  {
    // increased its exports of magnets to the US more than sevenfold, boosted shipments threefold:
    // a verb that raises what it names, then the multiple after its object (words only, no figure)
    re: new RegExp(
      `(?<=\\b(?:increased|raised|boosted|lifted|expanded|stepped up|ramped up)\\s(?:[A-Za-z'’-]+\\s){1,10}?(?:by\\s)?)${HEDGE}(${FACTOR})[- ]?fold\\b`,
      "gi",
    ),
    needs: [/fold\b/i],
    read: (m) =>
      twoWays(m[2] ?? "", m[1], 'a "fold" rise is read as a multiple, or as that many hundred percent more'),
  },
  {
    // rose by a factor of 2.6, grew by roughly a factor of three
    re: new RegExp(
      `\\b(?:${UP_VERBS}|up)\\s(?:by\\s)?${HEDGE}a\\sfactor\\sof\\s(?:(${HEDGE_WORDS})\\s)?(${FACTOR})\\b`,
      "gi",
    ),
    needs: [/\bfactor\sof\s/i],
    read: (m) => exact(factorOf(m[3] ?? ""), m[1] ?? m[2]),
  },
  {
    // 2.4 times as much as, three times the level of, 1.3-fold October's level, twelve times that trough
    re: new RegExp(
      `()\\b(${FACTOR})(?:\\stimes|[- ]?fold)(?:\\s(?:${PLAIN_AFTER})\\b|(?=\\s${POINTED_BACK}))`,
      "gi",
    ),
    needs: [/(?:times|fold)\s/i],
    read: (m) => exact(factorOf(m[2] ?? ""), m[1]),
  },
  {
    // more than four times the US figure, three times the Japanese volume, three times what Japan
    // took: a multiple of another destination's amount, named before its noun (kept only where the
    // clause reader finds it)
    re: new RegExp(`()\\b(${FACTOR})\\stimes(?=\\s(?:the|what)\\s)`, "gi"),
    needs: [/\stimes\s(?:the|what)\s/i],
    read: (m) => exact(factorOf(m[2] ?? ""), m[1]),
    another: true,
  },
  {
    // nearly twice the 564 tons sent to the US, twice the Korean volume, twice what Japan took: the
    // same of "twice" (kept only where the clause reader finds the other destination)
    re: /()\b(twice)(?=\s(?:the|what)\s)/gi,
    needs: [/\btwice\s(?:the|what)\s/i],
    read: (m) => exact({ factor: 2, half: 0.2 }, m[1]),
    another: true,
  },
  {
    // three times higher, 2.4 times more
    re: new RegExp(`()\\b(${FACTOR})\\stimes\\s(?:${COMPARATIVE})\\b`, "gi"),
    needs: [/\stimes\s/i],
    read: (m) =>
      twoWays(m[2] ?? "", m[1], '"times higher" is read as a multiple, or as that many hundred percent more'),
  },
  {
    // "China's magnet exports more than double in June" (a headline's present tense), "1,721 t, more
    // than double those of November", "saw its imports almost triple between May and July", "were
    // almost double those to the US"
    re: new RegExp(
      `()\\b(double|triple|treble|quadruple)\\b(?=\\s(?:in|from|on|year|month|to|since|between|over|by|within|during|across|the|that of|those of|(?:those|that|what)\\s(?:(?:went|was\\s(?:shipped|sent|exported))\\s)?(?:to|for)|(?:its|their)\\s(?:${MONTH_NAME})|(?:${MONTH_NAME})(?:['’]s)?)\\b|\\s${POINTED_BACK})`,
      "gi",
    ),
    needs: [MULTIPLE_VERB],
    read: (m) => exact(named(m[2] ?? ""), m[1]),
  },
  {
    // "rebounded to 1,721 tonnes in December, more than double.", "That is well over double.": the
    // multiple closes the clause
    re: new RegExp(
      `()(?<=(?:,|\\b(?:was|were|is|are))\\s(?:(?:${HEDGE_WORDS})\\s)?)\\b(double|triple|treble|quadruple)(?=\\s?(?:[.;)]|$))`,
      "gi",
    ),
    needs: [MULTIPLE_VERB],
    read: (m) => exact(named(m[2] ?? ""), m[1]),
  },
  {
    // "the recovery from May to August was almost fivefold.": a multiple in words that closes the clause
    re: new RegExp(`(?<=\\b(?:was|were|is|are)\\s)${HEDGE}(${FACTOR})[- ]?fold(?=\\s?(?:[.;)]|$))`, "gi"),
    needs: [/fold\b/i],
    read: (m) =>
      twoWays(m[2] ?? "", m[1], 'a "fold" rise is read as a multiple, or as that many hundred percent more'),
  },
  {
    // almost 12x, a 3x jump
    re: new RegExp(`()\\b(\\d{1,3}(?:\\.\\d{1,2})?)x\\b`, "g"),
    needs: [/\dx\b/],
    read: (m) => exact(factorOf(m[2] ?? ""), m[1]),
  },
  {
    // less than a quarter of January's, about half the previous month's, "less than half of April."
    // (not "the first half of May"; without "of" only before a possessive: "half a year earlier" is a
    // time and "a distant fifth a year earlier" a place; "a tenth of October's exports" is a share of
    // that month's whole)
    re: new RegExp(
      `()\\b(?<!\\b(?:first|second|latter|former|last|later|earlier)\\s)(${RATIO_FRACTION})\\s(?:(?:(?:of|that of)\\s)?(?:the\\s)?(?!(?:${MONTH_NAME})['’]?s?\\s${FRACTION_WHOLE_NOUN}\\b)(?=(?:${MONTH_NAME}|the previous month|the prior month|last month|last year|a year earlier)['’]s?\\b|(?:${MONTH_NAME})\\s(?:19|20)\\d{2}['’]s\\s|the year-earlier)|(?:of|that of)\\s(?:the\\s)?(?=the (?:previous|prior|preceding) month|a year (?:earlier|ago)|(?:${MONTH_NAME})(?:\\s(?:19|20)\\d{2})?(?:\\s?(?:[.;)]|$)|\\s(?:and|but|while|whereas)\\b)))`,
      "gi",
    ),
    needs: [FRACTION_HINT],
    read: (m) => ratioOf(fractionOf(m[2] ?? "") ?? undefined, m[1]),
  },
  {
    // only 19% of the previous month's, about 60 per cent of April's level (not "15% of September's
    // total", a share of that month's whole; "22% of the 6,146 t shipped in August" is a share too;
    // "40% of October's decline" is a part of a move)
    re: new RegExp(
      `()\\b(\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|per ?cent|percent)\\sof\\s(?:the\\s)?(?!(?:${MONTH_NAME})['’]s?\\s${MONTH_WHOLE_NOUN}\\b|(?:${MONTH_NAME})['’]s?\\s(?:[\\w-]+\\s)?(?:${MOVE_NOUNS})s?\\b)(?=${PERIOD_POSSESSIVE}|the (?:previous|prior|preceding) month\\b|a year (?:earlier|ago)\\b|the year-earlier\\b)`,
      "gi",
    ),
    needs: [PCT_OF],
    read: (m) => percentOf(m[2] ?? "", m[1]),
  },
  {
    // just 5% of their January 2025 volume, about 19% of the April level, 64% of the level in January:
    // the subject's own figure of that month
    re: new RegExp(
      `()\\b(\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|per ?cent|percent)\\sof\\s(?=${MONTH_OWN_LEVEL})`,
      "gi",
    ),
    needs: [PCT_OF],
    read: (m) => (anotherMonthAt(m.input ?? "", m.index ?? 0) ? percentOf(m[2] ?? "", m[1]) : null),
  },
  {
    // "1,238 t in May, 47% of the April total": of all exports, another month's whole is the subject's
    // own level then (of a destination's figure, its share of that whole: kept only without one)
    re: new RegExp(
      `()\\b(\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|per ?cent|percent)\\sof\\s(?:the\\s)?(?=(?:${MONTH_NAME})(?:\\s(?:19|20)\\d{2})?(?:['’]s?)?\\s(?:(?:magnet|overall|export)\\s)?(?:total|tally)\\b)`,
      "gi",
    ),
    needs: [PCT_OF, /\s(?:total|tally)\b/i],
    read: (m) => {
      const at = m.index ?? 0;
      // "that was 22% of the August total": a clause with no month and no tonnage of its own before
      // the percentage says nothing of another month, so it is a share of that month's whole
      const before = (m.input ?? "").slice(0, at);
      const own = monthNamedIn(before) || /\d\s?(?:t|kt|tonnes?|tons?|kg)\b/i.test(before);
      const hit = own && anotherMonthAt(m.input ?? "", at) ? percentOf(m[2] ?? "", m[1]) : null;
      return hit === null ? null : { ...hit, ofWhole: true };
    },
    whole: true,
  },
  {
    // roughly a fifth of what it shipped in January, a third of that, three quarters of it, less than
    // a quarter of the earlier level: a fraction of a figure of another month, said as a clause or
    // pointed back to (the clause reader takes the month of the figure it points to)
    re: new RegExp(
      `()\\b(?<!\\b(?:first|second|latter|former|last|later|earlier)\\s)(${RATIO_FRACTION})(?:\\sof(?=\\s(?:${SHIPPED_IN}|${POINTED_BACK}))|(?=\\sthe\\s(?:earlier|previous|former)\\s))`,
      "gi",
    ),
    needs: [FRACTION_HINT],
    read: (m) => ratioOf(fractionOf(m[2] ?? "") ?? undefined, m[1]),
  },
  {
    // less than a tenth of the 689 tonnes shipped in May 2024, about half the 5,324 tonnes of March
    re: new RegExp(`()\\b(${RATIO_FRACTION})\\s(?:of\\s)?${DATED}`, "gi"),
    needs: [FRACTION_HINT, /\d/],
    read: (m) => ratioOf(fractionOf(m[2] ?? "") ?? undefined, m[1]),
  },
  {
    // fell to about a fifth of their April level, half the May 2025 figure, a third of their January
    // volume: the month's own level, its year written out or not
    re: new RegExp(
      `()\\b(${RATIO_FRACTION})\\s(?:of\\s)?(?=${MONTH_OWN_LEVEL})(?!the\\s(?:level|figure)\\s)(?:the|its|their)\\s`,
      "gi",
    ),
    needs: [FRACTION_HINT],
    read: (m) =>
      anotherMonthAt(m.input ?? "", m.index ?? 0) ? ratioOf(fractionOf(m[2] ?? "") ?? undefined, m[1]) : null,
  },
  {
    // less than a quarter of March 2025's level, half of May's figure: a month's own level, said
    // with its possessive (not "a fifth of August's total", the share of that month's whole)
    re: new RegExp(
      `()\\b(${RATIO_FRACTION})\\s(?:of\\s)?(?=(?:${MONTH_NAME})(?:\\s(?:19|20)\\d{2})?['’]s?\\s(?:level|figure|tonnage)\\b)`,
      "gi",
    ),
    needs: [FRACTION_HINT, /\s(?:level|figure|tonnage)\b/i],
    read: (m) => ratioOf(fractionOf(m[2] ?? "") ?? undefined, m[1]),
  },
  {
    // about half the amount that went to the US, a third of the volume shipped to Korea, roughly half
    // as much as Japan, half as many magnets as Germany: a fraction of another destination's figure (partner-gap reads which one)
    re: new RegExp(
      `()\\b(${RATIO_FRACTION})\\s(?:of\\s)?(?:the\\s(?:amount|volume|tonnage|quantity)(?=${SENT_TO_WORDS})|as\\s(?:much|many)(?=(?:\\s(?:magnets?|tonnes?|tons|rare[- ]earths?|material|metal))?\\sas\\s))`,
      "gi",
    ),
    needs: [
      FRACTION_HINT,
      /\b(?:the\s(?:amount|volume|tonnage|quantity)|as\s(?:much|many)\s(?:[\w-]+\s)?as)\b/i,
    ],
    read: (m) => ratioOf(fractionOf(m[2] ?? "") ?? undefined, m[1]),
    another: true,
  },
  {
    // about half of those to the US, a third of the US volume, 52% of Japan's: a fraction or
    // percentage of another destination's amount (partner-gap reads which one); a word follows, a
    // letter of any case under the i flag ("those to", "the" and a name all open with one). An
    // ordinal alone, with no "a" or "of", is a rank ("Vietnam was fourth behind Germany").
    re: new RegExp(
      `()(?<![\\w-]|\\b(?:first|second|latter|former|last|the|a)\\s)(?!${ORDINAL}\\s(?!of\\s))(${RATIO_FRACTION}|\\d{1,3}(?:\\.\\d{1,2})?\\s?(?:%|per ?cent|percent))\\s(?:of\\s)?(?=[a-z])`,
      "gi",
    ),
    needs: [],
    read: (m) => {
      const pct = /\d/.test(m[2] ?? "") ? /[\d.]+/.exec(m[2] ?? "")?.[0] : undefined;
      return pct !== undefined ? percentOf(pct, m[1]) : ratioOf(fractionOf(m[2] ?? "") ?? undefined, m[1]);
    },
    another: true,
  },
  {
    // about half the level of January, a third of the figure for March
    re: new RegExp(
      `()\\b(${RATIO_FRACTION})\\s(?:of\\s)?the\\s(?:level|figure|volume|total)\\s(?:of|in|for|seen in)\\s(?=(?:${MONTH_NAME})\\b)`,
      "gi",
    ),
    needs: [FRACTION_HINT, /\bthe\s(?:level|figure|volume|total)\s(?:of|in|for|seen in)\s/i],
    read: (m) => ratioOf(fractionOf(m[2] ?? "") ?? undefined, m[1]),
  },

  {
    // rose 2.4 times, increased by three times
    re: new RegExp(
      `\\b(?:${UP_VERBS})\\s(?:by\\s)?${HEDGE}(${FACTOR})\\stimes\\b(?!\\s(?:this|last|in(?!\\s(?:${MONTH_NAME})\\b)|over|since|during|between|so far|already|before|after|a year|a month|that)\\b)`,
      "gi",
    ),
    needs: [/\stimes\b/i],
    read: (m) =>
      twoWays(m[2] ?? "", m[1], '"rose n times" is read as a multiple, or as that many hundred percent more'),
  },
];

const CJK_N = "\\d|[一二两兩三四五六七八九十]";

/**
 * Multiples and tenths in Chinese, Japanese, Korean and German: "约2.6倍", "2.6배" (x2.6; not after
 * "增长", where Chinese may mean 2.6 times more), with a bound said after it ("6배 이상", "3倍以上", "5倍多": more than);
 * "翻了一倍多", "翻倍", "倍増", "두 배" (doubled);
 * "减半", "半減", "절반으로" (halved); tenths, "成" in Chinese and "割" in Japanese ("大增三成五" +35%,
 * "月增逾一成" more than +10%, "8割減" -80%); "mehr als verdoppelt", "halbiert", "das Achtfache".
 * Tenths are as loose as their rounding ("三成" holds 25-35%), as "a third" is.
 */
const INTL_PATTERNS: MultiplePattern[] = [
  {
    re: new RegExp(
      `(?<!增长|增長|增加|增|提高|上升)(约|約|近|逾|超过|超過|약)?\\s?(\\d{1,3}(?:\\.\\d{1,2})?)\\s?[倍배](?![\\d\\p{Script=Han}]{0,2}(?:以上の)?関税)(?:\\s?(이상|넘게|초과|가량|정도|가까이|以上|余り|超|程度|近く|多))?`,
      "gu",
    ),
    needs: [/[倍배]/],
    // a bound said after the multiple, as Korean, Japanese and Chinese say it: "6배 이상" (more than x6)
    read: (m) => exact(factorOf(m[2] ?? ""), m[1] ?? (m[3] === "多" ? "逾" : m[3])),
  },
  {
    re: /()翻了?(?:一)?[倍番](多)?|()倍増|(약\s?)?()두\s?배/gu,
    needs: [/[倍番배]/],
    read: (m) => exact({ factor: 2, half: 0.2 }, m[2] ? "more than" : m[4] ? "약" : undefined),
  },
  {
    re: /()(?:减半|減半|半減|절반(?:으로|가량)?\s?(?:줄|감소|급감))/gu,
    needs: [/[减減]半|半減|절반/],
    read: () => exact({ factor: 0.5, half: 0.05 }, undefined),
  },
  {
    // Chinese: the verb, then the tenths
    re: new RegExp(
      `(增|增长|增長|增加|涨|漲|减|減|减少|減少|降|下降|跌)了?\\s?(逾|近|约|約|超过|超過)?(${CJK_N})成(${CJK_N})?(?![交为為本品功长長员員立])`,
      "gu",
    ),
    needs: [/成/],
    read: (m) => tenths(/^[增涨漲]/.test(m[1] ?? ""), m[3], m[4], m[2]),
  },
  {
    // Japanese: the tenths, then the verb ("1割近く増えた", "3割強の増加", "5割余り増えた" (more than half), "前年同期を1割強
    // 上回った": exceeded the same period's by a little over a tenth)
    re: new RegExp(
      `(約|およそ)?(${CJK_N})割(${CJK_N})?分?\\s?(近く|強|弱|超|余り|あまり)?の?(増|減|上回|下回)`,
      "gu",
    ),
    needs: [/割/],
    read: (m) => tenths(m[5] === "増" || m[5] === "上回", m[2], m[3], m[1] ?? m[4]),
  },
  {
    re: /(?<![\p{L}])(?:(mehr als|fast|knapp|rund|etwa|nahezu)\s)?(verdoppelt|verdreifacht|vervierfacht|halbiert)(?:e|en)?(?![\p{L}])/giu,
    needs: [/verdoppelt|verdreifacht|vervierfacht|halbiert/iu],
    read: (m) => exact(named(m[2] ?? ""), m[1]),
  },
  {
    // Italian, French, Spanish and Portuguese: "si sono dimezzate", "più che dimezzandosi", "ont doublé",
    // "divisées par deux", "se redujeron a la mitad", "caíram para metade", "duplicaram"
    re: /(?<![\p{L}])(?:(più che|più di|quasi|oltre|plus que|presque|más que|casi|mais que|quase)\s)?(dimezzat[aeio]|dimezzandosi|raddoppiat[aeio]|raddoppiandosi|divisée?s?\spar\sdeux|doublée?s?|se\sredujeron\sa\sla\smitad|se\sredujo\sa\sla\smitad|se\sduplicaron|se\sduplicó|ca[ií]\w{0,3}\spara\s(?:a\s)?metade|duplicaram|duplicou)(?![\p{L}])/giu,
    needs: [/dimezza|raddoppia|divis|doubl|redujeron|redujo|duplic|metade/iu],
    read: (m) => exact(named(m[2] ?? ""), ROMANCE_HEDGE[(m[1] ?? "").toLowerCase()]),
  },
  {
    re: /(?<![\p{L}])(?:(mehr als|fast|knapp|rund|etwa|nahezu)\s)?(?:das|dem|um das)\s(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zweieinhalb|dreieinhalb)fache(?![\p{L}])/giu,
    needs: [/fache/iu],
    read: (m) => {
      const w = (m[2] ?? "").toLowerCase();
      const whole = GERMAN_NUMBERS[w.replace(/einhalb$/, "")] ?? 0;
      const factor = w.endsWith("einhalb") ? whole + 0.5 : whole;
      return exact({ factor, half: factor % 1 === 0 ? 0.5 : 0.25 }, m[1]);
    },
  },
];
/** The hedges of the Romance multiples, as the English words they mean. */
const ROMANCE_HEDGE: Record<string, string | undefined> = {
  "più che": "more than",
  "più di": "more than",
  oltre: "more than",
  "plus que": "more than",
  "más que": "more than",
  "mais que": "more than",
  quasi: "nearly",
  presque: "nearly",
  casi: "nearly",
  quase: "nearly",
};
/** Every multiple pattern, in the order they are read; each with the hints it cannot match without. */
export const MULTIPLE_PATTERNS: readonly MultiplePattern[] = [...PATTERNS, ...INTL_PATTERNS];

/** A change in tenths: n tenths and m hundredths ("三成五"), exact to its last figure. */
function tenths(
  up: boolean,
  n: string | undefined,
  m: string | undefined,
  hedgeWord: string | undefined,
): ChangeRead | null {
  const a = cjkCount(n ?? "");
  const b = m === undefined ? 0 : cjkCount(m);
  if (a === null || b === null || a > 10 || b > 9) return null;
  const size = a * 10 + b;
  const pct = up ? size : -size;
  const half = m === undefined ? 5 : 0.5;
  const hedge = TENTHS_HEDGE[hedgeWord ?? ""] ?? null;
  return { pct, unit: "%", hedge, halfUnit: half, ...toleranceFor(pct, half, hedge) };
}

/** The hedges said with tenths. */
const TENTHS_HEDGE: Record<string, Hedge> = {
  逾: "more_than",
  超过: "more_than",
  超過: "more_than",
  超: "more_than",
  強: "just_over",
  近: "nearly",
  近く: "nearly",
  余り: "more_than",
  あまり: "more_than",
  およそ: "about",
  弱: "just_under",
  约: "about",
  約: "about",
};

/** Every multiple in a clause (overlaps are resolved by the caller). */
export function findMultiples(clause: string): MultipleHit[] {
  const out: MultipleHit[] = [];
  if (
    !/fold|times|factor|twice|doubl|tripl|trebl|quadrupl|quintupl|halv|[倍배番成割半]|절반|verdoppel|verdreifach|vervierfach|halbiert|fache|dimezz|raddopp|divis|mitad|metade|dupli|\dx\b|(?:%|per ?cent|percent)\sof\s|half|third|quarter|fourth|fifth|sixth|eighth|ninth|tenth|fifteenth|twentieth/i.test(
      clause,
    )
  )
    return out;
  let partners: PartnerMention[] | undefined;
  for (const { re, read, another, whole } of withHints(MULTIPLE_PATTERNS, clause)) {
    for (const m of scan(re, clause)) {
      const hit = read(m);
      if (hit === null || (whole && (partners ??= findPartners(clause)).length > 0)) continue;
      const end = m.index + m[0].trimEnd().length;
      DATED_AT.lastIndex = end;
      const base = DATED_AT.exec(clause);
      // "half the volume destined for Japan", "40% of the US tonnage": a fraction of another
      // destination's amount is a ratio of the two only where the clause reader finds that
      // destination (with no month of its own); else it would be read as a change over time
      if (
        another &&
        (base !== null || ratioPartner(clause, m.index, end, (partners ??= findPartners(clause))) === null)
      )
        continue;
      const of = base
        ? { of: { start: base.index + base[0].length - (base[1] ?? "").length, end: DATED_AT.lastIndex } }
        : {};
      out.push({ ...hit, start: m.index, end, ...of });
    }
  }
  return out;
}

/**
 * "doubled", "halving": a word that rounds the multiple, said of anything within about a tenth of
 * it ("halved" for a fall of 45-55%, "doubled" for x1.8-x2.2).
 */
function named(word: string): { factor: number; half: number } {
  const w = word.toLowerCase();
  const factor = NAMED_FACTORS.find(([stem]) => w.startsWith(stem))?.[1] ?? 3;
  return { factor, half: factor * 0.1 };
}

/**
 * The multiple each word's stem names, in English, German and the Romance languages ("halved",
 * "quintupled", "verdoppelt", "dimezzate", "se duplicaron");
 * "tripled", "trebled" and "verdreifacht" are the three the rest leave.
 */
const NAMED_FACTORS: ReadonlyArray<readonly [string, number]> = [
  ["halv", 0.5],
  ["halb", 0.5],
  ["dimezz", 0.5],
  ["divis", 0.5],
  ["se redu", 0.5],
  ["ca", 0.5],
  ["doubl", 2],
  ["verdoppel", 2],
  ["raddopp", 2],
  ["se dupl", 2],
  ["dupl", 2],
  ["quadrupl", 4],
  ["vervier", 4],
  ["quintupl", 5],
];

function factorOf(word: string): { factor: number; half: number } | null {
  const parsed = parseDecimal(word);
  if (parsed !== null) return { factor: parsed.value, half: parsed.halfUnit };
  const halfMore = /^(\w+)[- ]and[- ]a[- ]half$/i.exec(word);
  if (halfMore) {
    const n = parseCount(halfMore[1] ?? "");
    return n === null ? null : { factor: n + 0.5, half: 0.25 };
  }
  const n = parseCount(word) ?? parseNumberWords(word)?.value ?? null;
  return n === null ? null : { factor: n, half: 0.5 };
}

/** One reading: the factor times the earlier figure, within the factor's own rounding. */
function exact(f: { factor: number; half: number } | null, hedgeWord: string | undefined): ChangeRead | null {
  if (f === null || f.factor <= 0 || f.factor === 1 || f.factor > 1000) return null;
  const hedge = hedgeOf(hedgeWord);
  const pct = roundTol((f.factor - 1) * 100);
  const half = roundTol(f.half * 100);
  return { pct, unit: "%", hedge, halfUnit: half, ...toleranceFor(pct, half, hedge) };
}

/** Two readings: x n (+(n-1)*100%) first, then +n*100%; the interval spans both. */
function twoWays(word: string, hedgeWord: string | undefined, why: string): ChangeRead | null {
  const f = factorOf(word);
  // a factor under 1.5 is written too ("a 1.3-fold increase", a common rendering of 1.3倍): x1.3
  if (f === null || f.factor <= 1 || f.factor > 1000) return null;
  const hedge = hedgeOf(hedgeWord);
  // a factor in words ("sevenfold") is said of anything from about 6x to 8x; a small one is the
  // multiple its verb names ("threefold" as "tripled": x2.7 to x3.3), not anything from x2 to x4
  const inWords = Number.isInteger(f.factor) && !/\d/.test(word);
  const half = inWords ? (f.factor < 5 ? f.factor * 10 : 100) : Math.max(f.half * 100, 5);
  // a multiple in digits is as often cut as rounded ("1.5-fold" for x1.56): its last digit may run on
  const cut = /\d/.test(word) && hedge === null ? half : 0;
  const reading = (pct: number, text: string): ChangeReading => {
    const t = toleranceFor(pct, half, hedge);
    return { pct, why: text, ...t, high: t.high === null ? null : t.high + cut };
  };
  const times = reading(roundTol((f.factor - 1) * 100), `x${f.factor}`);
  const plus = reading(roundTol(f.factor * 100), `+${roundTol(f.factor * 100)}% (${why})`);
  const span = (a: Tolerance, b: Tolerance): Tolerance => ({
    low: a.low === null || b.low === null ? null : Math.min(a.low, b.low),
    high: a.high === null || b.high === null ? null : Math.max(a.high, b.high),
  });
  const firm = times.firm && plus.firm ? { firm: span(times.firm, plus.firm) } : {};
  return {
    pct: times.pct,
    unit: "%",
    hedge,
    halfUnit: half,
    ...span(times, plus),
    ...firm,
    readings: [times, plus],
  };
}

/** "19% of April's": the ratio in percent, within its own rounding, as a change (19% of it is -81%). */
function percentOf(num: string, hedgeWord: string | undefined): ChangeRead | null {
  const parsed = parseDecimal(num);
  if (parsed === null || parsed.value <= 0 || parsed.value === 100) return null;
  const hedge = hedgeOf(hedgeWord);
  const half = parsed.halfUnit;
  const pct = roundTol(parsed.value - 100);
  return { pct, unit: "%", hedge, halfUnit: half, ...toleranceFor(pct, half, hedge) };
}

/** "less than a quarter of January's": the hedge bounds the ratio, so the change is ratio minus 100%. */
function ratioOf(ratio: number | undefined, hedgeWord: string | undefined): ChangeRead | null {
  if (ratio === undefined) return null;
  const hedge = hedgeOf(hedgeWord);
  const r = toleranceFor(ratio, 2.5, hedge, 2.5);
  const shift = (x: number | null) => (x === null ? null : roundTol(Math.max(-100, x - 100)));
  const shifted = (t: Tolerance): Tolerance => ({
    low: t.low === null ? -100 : shift(t.low),
    high: shift(t.high),
  });
  return {
    pct: roundTol(ratio - 100),
    unit: "%",
    hedge,
    halfUnit: 2.5,
    ...shifted(r),
    ...(r.firm ? { firm: shifted(r.firm) } : {}),
  };
}
