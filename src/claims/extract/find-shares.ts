// The grammar of shares of the total in one clause: "a fifth of the total", "12% of all shipments",
// "making up 12 per cent", "its portion of the total stood at 6.1 percent", "its share slipped to
// 15.2%", "the proportion for the United States stood at 11 per cent", "roughly one in eight magnets
// went to Germany", "just over a fifth went to Japan", "a mere 3.7%", "14.8 per cent of its September
// magnet exports", "Germany's share in August: 21.9%", and a percentage right after a part's tonnage
// ("Germany took 1,346 t, or 21.9%").

import {
  COUNT_NOUNS,
  DATED_FIGURE,
  ENGLISH_MONTH_NAME,
  FRACTIONS,
  FRACTION_HINT,
  FRACTION_WORDS as ANY_FRACTION,
  MONTH_NAME,
  MOVE_NOUNS,
  MONTH_OWN_LEVEL,
  anotherMonthAt,
  OWN_SIZE,
  OWN_SIZE_VERBS,
  PERIOD_POSSESSIVE,
  MONTH_WHOLE_NOUN,
  FRACTION_WHOLE_NOUN,
  fractionOf,
  parseCount,
  cjkCount,
} from "./lexicon.js";
import {
  CJK_BOUND_AFTER,
  HEDGE_OPT,
  HEDGE_WORDS,
  NUM,
  NUMBER_WORD,
  PCT_HINT,
  PCT_NUM,
  PCT_UNIT,
  hedgeOf,
  parseAmount,
  parseDecimal,
  parseDecimalDe,
  roundTol,
  scan,
  toleranceFor,
} from "./numbers.js";
import { fractionTolerance } from "./fraction-bands.js";
import { withHints } from "./hints.js";
import { latin1Stub } from "./all-matches.js";
import { findPartners } from "./subjects.js";
import { amountSentSomewhere, amountSentTo, fractionOfAnother } from "./partner-gap.js";
import type { Hedge, Tolerance } from "../types.js";

/** A share of the total found in a clause, in percent. */
export interface ShareHit extends Tolerance {
  start: number;
  end: number;
  pct: number;
  hedge: Hedge | null;
  /** Half of the last stated digit's place value, in percent ("15.2%": 0.05). */
  halfUnit: number;
  /** A share of production, output or reserves, not of exports. */
  of?: "production";
  /** A share of what the exports were worth, not of their tonnage ("9% of the total value"). */
  measure?: "value";
  /** The share the current one moved from, with no month of its own ("rose to 41.8% from 37.6%"). */
  movedFrom?: boolean;
  /**
   * A bare percentage right after a part's tonnage ("Germany took 1,346 t, or 21.9%", "854t (15%)"):
   * read as that part's share, but the words would also fit a change.
   */
  afterLevel?: boolean;
  /** The whole in tonnes the words take the share of ("7% of the 689 tonnes shipped"). */
  whole?: { value: number; halfUnit: number };
}

/** "of the 6,146 t", "of a total of 5,473 tonnes", "of the roughly 689 tonnes": a whole stated in tonnes. */
const WHOLE_IN_TONNES = new RegExp(
  `^\\sof\\s(?:the\\s|a\\stotal\\sof\\s)?(?:(?:about|around|some|roughly|nearly|almost|just\\sover|just\\sunder)\\s)?(${NUM})\\s?(?:tonnes?|tons?|t|metric\\s(?:tons|tonnes))\\b`,
  "i",
);

/** The whole in tonnes that a share's words name right after its percentage or fraction, or null. */
function statedWhole(clause: string, start: number): { value: number; halfUnit: number } | null {
  const words = clause.slice(start, start + 80);
  const of = /\sof\s/i.exec(words);
  if (of === null) return null;
  const m = WHOLE_IN_TONNES.exec(words.slice(of.index));
  return m === null ? null : parseDecimal(m[1] ?? "");
}

/** The fractions of one part, which only a place's ordinal shares without "a" or "one" before it. */
const ONE_PART = "third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|twelfth";
/** The fractions a share is said in: "a fifth", "two-thirds", "four tenths" (a count of parts, plural). */
const FRACTION_WORDS =
  "half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|(?:two|three|four|five|six|seven|eight|nine)[- ](?:thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)";
/**
 * A move or gap a part may be taken of: "a third of the increase in magnet exports", "35% of the fall
 * in shipments", "40% of October's decline": a part of the change, not of the total.
 */
const OF_CHANGE = `of\\s(?:the\\s|this\\s|that\\s|its\\s)?(?:[\\w'’-]+\\s)?(?:${MOVE_NOUNS}|cut|loss|shortfall|gap|difference)s?\\b`;
const OF_TOTAL = `(?!${OF_CHANGE})of\\s(?:the\\s|all\\s|its\\s|their\\s)?(?:(?:[\\w'’-]{2,20}\\s){1,3}(?:total|volume|exports|shipments|tally|tonnage|sales|outflows?|magnets|rare[- ]earths)\\b|total|volumes?\\b|tonnage\\b|overall|all|China's|Chinese|exports|shipments|outbound|overseas|magnet|rare|the month's|sales abroad|global|world|worldwide|combined|everything|(?:that|this|the same) month's|\\d(?![\\d,.]*\\s(?:[a-z][\\w-]*\\s){0,3}(?:${COUNT_NOUNS})\\b)|(?:US|A|C|HK|S)?[$€£¥]\\s?\\d)`;
/** A noun of change right after a percentage: "a 28.7% decrease", "a 12% year-on-year rise". */
const CHANGE_NOUN_AFTER =
  "(?:(?:year[- ](?:on|over)[- ]year|month[- ](?:on|over)[- ]month|y/y|m/m|yoy|mom|annual|monthly|on-year|on-month|sequential)\\s)?(?:decrease|increase|drop|rise|decline|fall|gain|jump|slump|plunge|surge|climb|contraction|growth|reduction|slide|dip|tumble|rebound|downturn|expansion|cut|loss)\\b";
const SHARE_VERB =
  "accounted for|accounting for|accounts for|account for|made up|making up|makes up|make up|took|taking|takes|gets|got|getting|represented|representing|represents|received|receiving|absorbed|absorbing|bought|comprised|comprising|claimed|captured";
const WENT_TO =
  "went|headed|was sent|were sent|was shipped|were shipped|was destined|were destined|was bound|were bound|ended up";
/** "half of that, 6 tonnes, went to": a part of the figure just named, its own tonnage set apart. */
const OF_THAT = "of\\s(?:that|this|it|them|those|these)(?:,\\s(?:[^,;]|,(?=\\d)){1,30},)?\\s";
const PCT = `(${PCT_NUM})(?:${PCT_UNIT})(?![A-Za-z])`;
const HEDGE = HEDGE_OPT;
/** A sentence's opening that only points back at the figure before: "That's", "This is", "It was". */
const RESTATED_ALONE = "(?<=^\\W*(?:(?:and|so)\\s)?(?:that|this|it)(?:['’]s|\\sis|\\swas)\\s)";
/** The end of such a sentence: nothing more than "of the total" or "of it". */
const RESTATED_END =
  "(?=\\s(?:of\\s(?:the\\s)?(?:total|it|them|all|everything))?\\s*[.!]?\\s*$|\\s*[.!]?\\s*$)";
const RESTATED_HINT = /^\W*(?:(?:and|so)\s)?(?:that|this|it)(?:['’]s|\sis|\swas)\s/i;
/** The words that restate a part's tonnage as a share: "..., or 21.9%", "..., i.e. a third". */
const RESTATES = "or|so|i\\.e\\.,?|that is,?|which is|call it";
const SHARE_NOUN = "share|portion|proportion|percentage|slice|piece|shr";
/**
 * Words a reporter sets before a share's figure without hedging it: "a mere 3.7%", "only 4%"; not
 * "just" of a hedge of its own ("just under 22%", "just over a fifth"), which the hedge reads.
 */
const FILLER =
  "(?:(?:a mere|a meagre|a paltry|a hefty|a full|only|just(?!\\s(?:over|under|above|below|about|shy|more|less)\\b)|merely|barely|fully|a|an|about)\\s)?";
/** A move past a bound: "dropped below 5%", "had sunk under 14 per cent", "climbed above 12%". */
const PAST_BOUND =
  "(?:(?:had|has|have)\\s)?(?:fell|fallen|dropped|slipped|sank|sunk|slid|dipped|declined|eased|rose|risen|climbed|jumped|edged|crept|moved|stayed|remained|held|stood|came in|ran|falls|drops|slips|sinks|dips|slides|eases|rises|climbs|jumps|edges|creeps|moves|stays|remains|holds|stands)(?=\\s(?:below|under|above|over)\\s)";
/** Verbs that say the share went past its figure: "topped 7%", "surpassed a fifth". */
const PASSED = /\b(?:topped|exceeded|surpassed|passed|crossed)\s(?:(?:a|an|one)[- ])?$/i;
const SHARE_VERB_TO = `stood at|was|is|came to|[a-z]{3,12}ed to|reached|hit|amounted to|of|rose to|climbed to|increased to|grew to|jumped to|edged up to|fell to|dropped to|slipped to|declined to|eased to|shrank to|slid to|edged down to|narrowed to|widened to|topped|exceeded|surpassed|passed|crossed|${PAST_BOUND}`;
/** Verbs that state a share and nothing else: "accounted for 9.5%", "made up 12%". */
const SHARE_ONLY_VERB = "accounted\\sfor|accounts\\sfor|made\\sup|makes\\sup|represented|represents";
/** Words that set an earlier share beside the current one: "from", "against", "compared with". */
const EARLIER = "from|against|versus|vs\\.?|compared (?:with|to)";
/** A German number: "9,5", "6.150". */
const NUM_DE = "\\d{1,3}(?:\\.\\d{3}){1,4}(?:,\\d{1,4})?|\\d{1,12}(?:,\\d{1,4})?";
/**
 * The thing counted between a ratio's two numbers: "one in eight", "one magnet in nine", "one box in
 * nine"; not a span of time ("one month in three" counts months, not magnets).
 */
const RATIO_NOUN = "(?!(?:months?|years?|weeks?|days?|quarters?|times)\\b)[a-z]{2,12}\\s";
const RATIO_WORD =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\\d{1,2}";
/** "14 out of every 100 tonnes": a count out of a hundred is a percentage, as exact as its digits. */
const HUNDRED = "100|a hundred|one hundred|hundred";
/** The fractions a share noun may take for its value: "a tenth", "two-fifths", "a twelfth". */
const NOUN_FRACTIONS =
  "half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|twelfths?|fifteenths?|twentieths?";

/** Every share names a percent, a fraction, a share noun or a ratio: other clauses are skipped cheaply. */
const MAYBE_SHARE = new RegExp(
  `[%％]|per ?cent|pct|\\d\\s?pc|Prozent|por\\sciento|\\d\\spersen|Anteil|Fünftel|Viertel|Drittel|Zehntel|Hälfte|\\b(?:${FRACTION_WORDS}|${SHARE_NOUN})|\\b(?:${RATIO_WORD})\\s(?:${RATIO_NOUN})?(?:in|out of|of(?=\\severy\\s))\\s|[0-9一二三四五六七八九][成割]`,
  "i",
);

const GERMAN_FRACTIONS: Record<string, number> = {
  fünftel: 20,
  viertel: 25,
  drittel: 100 / 3,
  zehntel: 10,
  hälfte: 50,
};

type Kind =
  | "pct"
  | "fraction"
  | "noun-fraction"
  | "ratio"
  | "after-level"
  | "after-level-fraction"
  | "comma-decimal"
  | "moved-from"
  | "tenths";

/**
 * A part's tonnage and the words after it that still speak of it, before its share is restated: "1,346
 * t", "3,000 kg", "138 tonnes of the 2025 volume" (a year among them, no other figure).
 */
/** A part's tonnage, in digits or in words as a transcript writes it ("one thousand one hundred and eighteen tonnes"). */
const PART_TONNAGE = String.raw`(?:\d\s?|\b(?:${NUMBER_WORD})\s)(?:t|kt|tonnes?|tons?|mt|kg|kilograms?)\b(?:[^\d%;:]|\b(?:19|20)\d{2}\b){0,40}?`;

/** A ratio's "in" or "out of": "one in eight". */
const RATIO_HINT = /\b(?:in|out of|of every)\s/i;
const GERMAN_FRACTION = /Fünftel|Viertel|Drittel|Zehntel|Hälfte/i;

/**
 * The words a share pattern cannot match without, each as the pattern writes them (its verb, its
 * noun, "of" before the whole, a tonnage the share restates): one short test spares the scans of
 * every pattern built on words the clause lacks.
 */
const OF_HINT = /\sof\s/i;
const SHARE_VERB_HINT = new RegExp(`\\b(?:${SHARE_VERB})\\s`, "i");
const SHARE_NOUN_HINT = new RegExp(SHARE_NOUN, "i");
const SHARE_WORD_HINT = new RegExp(`${SHARE_NOUN}|${SHARE_ONLY_VERB}`, "i");
const SHARE_OR_VERB_HINT = new RegExp(`${SHARE_NOUN}|${SHARE_ONLY_VERB}|\\b(?:${SHARE_VERB})\\s`, "i");
const TONNAGE_HINT = new RegExp(
  String.raw`(?:\d\s?|\b(?:${NUMBER_WORD})\s)(?:t|kt|tonnes?|tons?|mt|kg|kilograms?)\b`,
  "i",
);
const WENT_TO_HINT = new RegExp(`(?:${WENT_TO})\\sto\\b`, "i");
const EARLIER_HINT = new RegExp(`\\b(?:${EARLIER})\\s`, "i");

/** The share patterns; each of `needs` matches wherever the pattern can (its percent, fraction or ratio words, and the words above). */
/** Destinations as Japanese outlets name them, before "の". */
const JA_PLACE =
  "ドイツ|韓国|米国|アメリカ|日本|ベトナム|インド|メキシコ|タイ|イタリア|フランス|オランダ|ポーランド|台湾|マレーシア|フィリピン|英国|イギリス|トルコ|ブラジル|オーストラリア|カナダ|ロシア|欧州連合|EU";

interface SharePattern {
  re: RegExp;
  needs: RegExp[];
  kind: Kind;
}

/**
 * After the size a verb of taking gives, a comparative makes it a change, not a part: "took a third
 * fewer magnets", "bought 56% more"; so does a measure of another's: "received about half as many
 * as Germany", "took a quarter of the amount sent to Korea"; and a part of a move is no part of
 * the total: "made up a third of the increase".
 */
const NOT_MORE = `(?!\\s(?:more|fewer|less|higher|lower|bigger|smaller|larger|extra|as\\s(?:much|many|large|big|high|great|heavy|little|few)|(?:of\\s)?(?:the\\s)?(?:amount|volume|level|tonnage|quantity)\\s(?:of|that|shipped|sent|taken|bought)|${OF_CHANGE})\\b)`;

/**
 * The same part restated in brackets before what it is of: "a little under a fifth (18.6%) of
 * everything China shipped", "about 42% (2,568.8 t) of the total"; and the bracketed figure itself,
 * "(18.6%) of everything", is a share of that total too.
 */
const RESTATED_BEFORE_OF = "(?:\\s\\([^()\\n]{1,24}\\))?";

/** A part set against its whole, and the verb that gives its percentage: "420.5 t out of a world total of 5,774 t is ". */
const PART_OF_WHOLE =
  "\\d[\\d,.]{0,12}(?:\\s?(?:t|tonnes|tons))?\\s(?:out\\s)?of\\s(?:a\\s|the\\s)?(?:(?:world|global|overall)\\s)?(?:total\\s(?:of\\s)?)?\\d[\\d,.]{0,12}\\s?(?:t|tonnes|tons)\\s(?:is|was|makes|equals|comes\\sto|works\\sout\\s(?:to|at))\\s";

export const SHARE_PATTERNS: readonly SharePattern[] = [
  {
    re: new RegExp(`()(?:\\b(?:a|one)[- ])?\\b(${FRACTION_WORDS})${RESTATED_BEFORE_OF}\\s${OF_TOTAL}`, "gi"),
    needs: [FRACTION_HINT],
    kind: "fraction",
  },
  {
    // "took a third", "took half", "took two-thirds"; not "took third", a place ("the US took second
    // and South Korea took third")
    re: new RegExp(
      `\\b(?:${SHARE_VERB})\\s${HEDGE}(?:(?:a|one)[- ]|(?!(?:${ONE_PART})\\b))(${FRACTION_WORDS})\\b${NOT_MORE}`,
      "gi",
    ),
    needs: [FRACTION_HINT],
    kind: "fraction",
  },
  {
    re: new RegExp(
      `()(?:\\b(?:a|one)[- ])?\\b(${FRACTION_WORDS})\\s(?:of\\s(?:the\\s|all\\s)?[\\w-]{1,20}\\s(?:[\\w-]{1,20}\\s)?|${OF_THAT})?(?:${WENT_TO})\\sto\\b`,
      "gi",
    ),
    needs: [FRACTION_HINT],
    kind: "fraction",
  },
  {
    re: new RegExp(
      `()\\b(${RATIO_WORD})\\s(?:${RATIO_NOUN})?(?:(?:in|out of)\\s(?:every\\s)?|of\\severy\\s)(${RATIO_WORD}|${HUNDRED})\\b(?!\\s(?:months?|years?|weeks?|days?|times|cases)\\b)`,
      "gi",
    ),
    needs: [RATIO_HINT],
    kind: "ratio",
  },
  {
    re: new RegExp(`()${PCT}(?:${RESTATED_BEFORE_OF}|(?<=%)\\))\\s(?:share\\s)?${OF_TOTAL}`, "gi"),
    needs: [PCT_HINT, OF_HINT],
    kind: "pct",
  },
  // "420.5 t out of a world total of 5,774 t is about 7.3%", "444 of 5,473 t is 8.1%": a part set
  // against the whole it is of, then the percentage it comes to
  {
    re: new RegExp(
      `(?<=${PART_OF_WHOLE})${HEDGE}${PCT}(?!\\s(?:above|below|more|less|fewer|higher|lower|up|down|over|under|on|from|than)\\b)`,
      "gi",
    ),
    needs: [PCT_HINT, new RegExp(PART_OF_WHOLE, "i")],
    kind: "pct",
  },
  // "So the US is like 9.5% of it.", "Germany was about 22% of that.": a destination's part of the
  // total just named, the clause ending there
  {
    re: new RegExp(
      `\\b(?:is|was|are|were)\\s(?:like\\s)?${HEDGE}${PCT}\\sof\\s(?:it|that|this|them)(?=\\s*[.!;]?\\s*$)`,
      "gi",
    ),
    needs: [PCT_HINT, /\bof\s(?:it|that|this|them)\b/i],
    kind: "pct",
  },
  // "20,4 % del total", "41,8 % du total", "9,5% do total", "il 37,6% del totale": a decimal comma
  {
    re: new RegExp(
      `(?<![\\d.,])()(${NUM_DE})\\s?%\\s(?:del|du|do|dello|sul)\\s(?:total|totale)(?![\\p{L}])`,
      "giu",
    ),
    needs: [/%\s(?:del|du|do|dello|sul)\s/i],
    kind: "comma-decimal",
  },
  // "21,9 % des volumes", "18 % des exportations", "9,5 persen dari total ekspor", "el 20 % de las
  // exportaciones", "9,5% das exportações": of the whole, named by its noun
  {
    re: new RegExp(
      `(?<![\\d.,])()(${NUM_DE})\\s?(?:%|persen|por\\sciento)\\s(?:des\\s(?:volumes|exportations|expéditions|ventes|livraisons)|de\\slas\\s(?:exportaciones|ventas)|de\\slo\\s(?:exportado|enviado|vendido)|de\\slos\\s(?:envíos|embarques)|das\\s(?:exportações|vendas)|dos\\sembarques|dari\\s(?:total|seluruh))(?![\\p{L}])`,
      "giu",
    ),
    needs: [/(?:%|persen|por\sciento)\s(?:des|de\slas|de\slos|de\slo|das|dos|dari)\s/i],
    kind: "comma-decimal",
  },
  // "auf das 20 Prozent der Gesamtexporte entfielen", "9,5 % der gesamten Ausfuhren", "gut 41 Prozent
  // aller Ausfuhren": of the whole, in German
  {
    re: new RegExp(
      `(?<![\\d.,])(?:(rund|etwa|knapp|gut|fast|mehr\\sals|über)\\s)?(${NUM_DE})\\s?(?:Prozent(?!punkt)|%)\\s(?:(?:der|des)\\s(?:Gesamt\\p{L}*|gesamten\\s\\p{L}+)|aller\\s(?:chinesischen\\s)?(?:Ausfuhren|Exporte|Lieferungen))`,
      "giu",
    ),
    needs: [/(?:Prozent|%)\s(?:(?:der|des)\s(?:Gesamt|gesamten\s)|aller\s)/i],
    kind: "comma-decimal",
  },
  // "lo que representa el 43 por ciento de las exportaciones", "la proporción de Estados Unidos fue del
  // 11 por ciento": what a part makes up, or its proportion, in Spanish
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:representa(?:n|ba|ron)?|supone|supuso|equivale\\sa|(?:proporción|participación|cuota|porción|parte|participação|fatia|parcela)\\s(?:d[eoa]s?\\s[^,.;%\\d]{1,60}?(?:,\\s[^,.;%\\d]{1,30},)?\\s)?(?:fue|era|es|había\\ssido|se\\ssituó\\sen|alcanzó|foi|chegou\\sa|ficou\\sem|atingiu))\\s(?:el\\s|del\\s|un\\s|o\\s|a\\s)?(?:(casi|cerca\\sdel?|alrededor\\sdel?|más\\sdel?)\\s)?(${NUM_DE})\\s?(?:%|por\\sciento)(?!\\s(?:más|menos))`,
      "giu",
    ),
    needs: [
      /%|por\sciento/i,
      /representa|supone|supuso|equivale|proporción|participación|cuota|porción|parte|participação|fatia|parcela/i,
    ],
    kind: "comma-decimal",
  },
  // "represents a 28.7% decrease": a percentage that names a move is a change, not a share
  {
    re: new RegExp(
      `\\b(?:${SHARE_VERB})\\s${FILLER}${HEDGE}${PCT}(?!\\s${CHANGE_NOUN_AFTER})${NOT_MORE}`,
      "gi",
    ),
    needs: [PCT_HINT, SHARE_VERB_HINT],
    kind: "pct",
  },
  {
    re: new RegExp(`\\b(?:a|an)\\s${HEDGE}${PCT}\\s(?:share|slice|portion)\\b`, "gi"),
    needs: [PCT_HINT, /\s(?:share|slice|portion)\b/i],
    kind: "pct",
  },
  // notes and tables: "US shr 9.6%", "Germany share 21.9%", "21.9% shr"
  {
    re: new RegExp(`\\b(?:share|shr)\\s${HEDGE}${PCT}`, "gi"),
    needs: [PCT_HINT, /\b(?:share|shr)\s/i],
    kind: "pct",
  },
  {
    re: new RegExp(`()${PCT}\\s(?:share|shr)\\b(?!\\s(?:of|in|for|to)\\b)`, "gi"),
    needs: [PCT_HINT, /\s(?:share|shr)\b/i],
    kind: "pct",
  },
  {
    re: new RegExp(
      `\\b(?:${SHARE_NOUN})(?:\\s(?:(?:of|for|in|to|bound for|going to|taken by|held by|sent to)\\s[^,;%]{1,60}?\\s)?(?:${SHARE_VERB_TO})\\s|(?:\\s(?:of|for|in)\\s[^,;%:]{1,60}?)?:\\s?)${FILLER}(?:from\\s${NUM}(?:${PCT_UNIT})\\s(?:to\\s)?)?${HEDGE}${PCT}`,
      "gi",
    ),
    needs: [PCT_HINT, SHARE_NOUN_HINT],
    kind: "pct",
  },
  {
    // "America's share at just under a tenth", "the German slice of the total, which came to 5.473
    // kilotonnes, was a little over a fifth", "the US share fell below a tenth", "slipped to a
    // fifth", "the EU's portion was more than half": a share noun, then a fraction for its value
    re: new RegExp(
      `\\b(?:${SHARE_NOUN})\\b(?:[^.;%]|\\.(?=\\d)){0,80}?\\b(?:at|was|is|were|stood at|came to|reached|remained|stayed|[a-z]{3,12}ed\\sto|(?:shrank|shrunk|grew|grown|fell|fallen|rose|risen|slid|sank|sunk|swelled)\\sto|${PAST_BOUND})\\s${HEDGE}((?:a|one|two|three|four|five|six|seven|eight|nine)[- ](?:${NOUN_FRACTIONS})|half(?=\\s?(?:[.,;:)!?—–]|$)|\\sof\\s(?:the\\s(?:total|month['’]s|shipments|exports)|all)\\b))\\b`,
      "gi",
    ),
    needs: [FRACTION_HINT],
    kind: "noun-fraction",
  },
  // "Only 619 tons went to the US. That's about 11 percent.", "That is less than a tenth.": a
  // sentence that only restates the figure before it as a percentage or a fraction gives its share;
  // the destination and the month are the ones before, so it can bear a share out, never refute it
  {
    re: new RegExp(`${RESTATED_ALONE}${HEDGE}${PCT}${RESTATED_END}`, "gi"),
    needs: [PCT_HINT, RESTATED_HINT],
    kind: "pct",
  },
  {
    re: new RegExp(
      `${RESTATED_ALONE}${HEDGE}(?:(?:a|one)[- ]|(?!(?:${ONE_PART})\\b))(${FRACTION_WORDS})${RESTATED_END}`,
      "gi",
    ),
    needs: [FRACTION_HINT, RESTATED_HINT],
    kind: "fraction",
  },
  {
    // "Germany took 1,346 t, or 21.9%", "South Korea 854t, nearly 15%", "1,346 t (21.9%)", "India
    // 418 t, so roughly 7.5%", "Japan 305 t, i.e. about 5%", "EU took about 2.6kt, call it 42%",
    // "Japan (305 t; 5.0%)": the words that
    // restate a part as a percentage (a semicolon only inside the bracket that holds both); not one
    // "of which" went somewhere ("5,774 t in September, 22.3 per cent of which went to Germany")
    re: new RegExp(
      `(?<=${PART_TONNAGE}(?:,\\s(?:(?:${RESTATES})\\s)?|\\s\\(|\\sor\\s|;\\s(?<=\\([^()]{1,24};\\s)))${HEDGE}${PCT}(?=\\s?\\)|\\s?[,.;](?!\\d)|\\s(?:of|share)\\b(?!\\s(?:which|that|it|them)\\s(?:${WENT_TO})\\sto\\b)|$)`,
      "gi",
    ),
    needs: [PCT_HINT, TONNAGE_HINT],
    kind: "after-level",
  },
  {
    // "Japan took 3,000 kg, or more than three-fifths", "Germany 1,288 t, or over a fifth": the same
    // said with a fraction; without "or" only hedged ("Germany took 1,116 t of China's July exports,
    // about a fifth.", "6 t went to the US — nearly half —")
    re: new RegExp(
      `(?<=${PART_TONNAGE}(?:,|\\s[—–])\\s(?:(?:${RESTATES})\\s)?)(?:(?<=(?:${RESTATES})\\s)|(?=(?:${HEDGE_WORDS})\\s(?:(?:a|one)[- ]|half\\b)))${HEDGE}(?:(?:a|one)[- ])?(${FRACTION_WORDS})(?=\\s?[,.;)—–](?!\\d)|$)`,
      "gi",
    ),
    needs: [FRACTION_HINT],
    kind: "after-level-fraction",
  },
  // a figure set alone on its line above the words that say what it is, as infographics print
  // them ("9.5%\nthe US share of the month's total"): the line break joins them with a space
  {
    re: new RegExp(
      `(?<=^\\W*)()${PCT}(?=\\s(?:the\\s)?(?:[\\w'’]+\\s){0,2}(?:${SHARE_NOUN})\\s(?:of|for|in)\\b)`,
      "gi",
    ),
    needs: [PCT_HINT, SHARE_NOUN_HINT],
    kind: "pct",
  },
  // "4% was May's share", a list item's "12%: the US share of ...", "5% - Japan's slice of ...": the
  // figure alone, so the month after it is read as its own
  {
    re: new RegExp(
      `()${PCT}(?=(?:\\s(?:was|is|were)|\\s?[:–—-])\\s(?:the\\s)?(?:[\\w'’]+\\s){0,2}(?:${SHARE_NOUN})\\b)`,
      "gi",
    ),
    needs: [PCT_HINT, SHARE_NOUN_HINT],
    kind: "pct",
  },
  {
    re: new RegExp(
      `()${PCT}\\s(?:of\\s(?:the\\s|all\\s)?[\\w-]{1,20}\\s(?:[\\w-]{1,20}\\s)?|${OF_THAT})?(?:${WENT_TO})\\sto\\b`,
      "gi",
    ),
    needs: [PCT_HINT, WENT_TO_HINT],
    kind: "pct",
  },
  {
    // "rose to 43 per cent in June from 23 per cent in May", "7.6 pc in October, against 12.1 pc in
    // May", "to 9.5 per cent, from almost 12 per cent a month before", "accounted for 5% of exports in
    // November, compared with 4.1% a month earlier", "was 20.4 per cent, down from 22.3 per cent a month
    // earlier", "took about 11% of the total, compared with under 4% a month earlier", "against nearly
    // 11% a year before", "down from 9.5% last November", "less than a tenth of the total, against about
    // 12% the previous month": the earlier share, of its own month
    re: new RegExp(
      `\\b(?:${EARLIER})\\s(?<=\\b(?:${SHARE_NOUN}|${SHARE_ONLY_VERB}|${SHARE_VERB})\\b(?:[^.;]|\\.(?=\\d)){0,80}(?:\\d\\s?(?:%|per ?cent|percent|pct|pc)|\\b(?:a|one|two|three|four)[- ](?:${NOUN_FRACTIONS})|\\bhalf)(?:\\sin\\s\\w+(?:\\s(?:19|20)\\d{2})?|\\s\\((?:${ENGLISH_MONTH_NAME})\\.?\\)|\\sof\\s(?:[^.;,]|\\.(?=\\d)){1,40})?,?\\s(?:(?:up|down)\\s)?(?:${EARLIER})\\s)${HEDGE}${PCT}(?=\\sin\\s|\\s\\((?:${ENGLISH_MONTH_NAME})\\.?\\)|\\s(?:a (?:month|year) (?:before|earlier|ago)|the (?:previous|prior|preceding) (?:month|year)|last (?:${ENGLISH_MONTH_NAME}))\\b)`,
      "gi",
    ),
    needs: [PCT_HINT, EARLIER_HINT, SHARE_OR_VERB_HINT],
    kind: "pct",
  },
  // 占出口总量的20.9%, 占中国10月出口总量的12%, 所占份额为20.9%, 占比22.3%, 比重为9.5%; 비중은 9.5%; Anteil ... bei 9,5 Prozent;
  // traditional Chinese writes 佔 and 約: 佔出口總量約9.5%
  {
    re: new RegExp(
      `(?:[占佔](?:[^，。；、,;\\d%％]|\\d{1,2}\\s?月){0,24}?|比重|份额|份額|(?:비중|점유율)(?:은|는|이)?)\\s?(?:为|為|达到?|達到?|是)?\\s?(约|約|近|超过|超過|약)?\\s?(${NUM})\\s?[%％]`,
      "g",
    ),
    needs: [/[%％]/, /[占佔]|比重|份[额額]|비중|점유율/],
    kind: "pct",
  },
  // a share in tenths: Chinese 成 ("佔總量逾四成", more than two-fifths), Japanese 割 ("全体の2割弱を占め",
  // "全体に占める割合は1割弱", "全体の約1割"): the hedge before the tenths, or Japanese 弱/強 after them
  {
    re: new RegExp(
      `(?<=[占佔](?:[^，。；、,;\\d%％]){0,24}?)(逾|超过|超過|近|约|約|接近|不到)?\\s?([1-9一二三四五六七八九])成(?![交为為本品功长長员員立])|(?<=(?:全体|総量|総輸出|輸出全体)(?:の|に占める(?:割合|比率|シェア)は))(約|およそ)?([1-9一二三四五六七八九])割(弱|強|超|近く|余り)?(?!\\d|分|[増減])`,
      "g",
    ),
    needs: [/成|割/],
    kind: "tenths",
  },
  // 日本が65.4%を占め, 미국이 12%를 차지: the share said before the verb of taking up
  {
    re: new RegExp(`(?:(約|约|약)\\s?)?(${NUM})\\s?[%％]\\s?(?:を占め|[을를]\\s?차지)`, "g"),
    needs: [/[%％]/, /を占め|차지/],
    kind: "pct",
  },
  // 14% 이상을 차지, 20%以上を占め: a bound said after the percentage (the hedge is read ahead of the number)
  {
    re: new RegExp(
      `(?=(?:${NUM})\\s?[%％]\\s?(${CJK_BOUND_AFTER})\\s?(?:を占め|[을를]\\s?차지))(${NUM})\\s?[%％]\\s?(?:${CJK_BOUND_AFTER})`,
      "g",
    ),
    needs: [/[%％]/, /を占め|차지/],
    kind: "pct",
  },
  // ドイツの22.3%が最大で、韓国の14.8%: a destination's share said with "の", not a change ("の12%増")
  {
    re: new RegExp(
      `(?<=(?:${JA_PLACE})の)(約)?(${NUM})\\s?[%％](?!\\s?(?:増|減|の?(?:伸び|上昇|下落|低下)|上昇|下落|低下|ポイント))`,
      "g",
    ),
    needs: [/[%％]/, /の/],
    kind: "pct",
  },
  {
    re: new RegExp(
      `\\bAnteil\\b[^.;%]{0,80}?\\s(?:bei|auf|von|betrug|beträgt)\\s(rund|etwa|knapp|gut|fast|mehr als|über)?\\s?(${NUM_DE})\\s?(?:Prozent(?!punkt)|%)`,
      "gi",
    ),
    needs: [/\bAnteil\b/i],
    kind: "comma-decimal",
  },
  {
    // "The EU's share rose to 41.8% from 37.6%", "the US accounted for 12% of the month's shipments,
    // up from just over 7%", "shrank to 7.3%, from 9.6% the month before": the share it moved from,
    // of the month before
    re: new RegExp(
      `\\bfrom\\s(?<=\\b(?:${SHARE_NOUN}|${SHARE_ONLY_VERB})\\b(?:[^.;]|\\.(?=\\d)){0,80}\\d\\s?(?:%|per ?cent|percent|pct|pc)(?:\\sin\\s\\w+|\\sof\\s(?:[^.;,]|\\.(?=\\d)){1,40})?,?\\s(?:(?:up|down)\\s)?from\\s)${HEDGE}${PCT}(?=\\s*(?:[,.;)]|$)|\\s(?:the\\smonth\\sbefore|a\\smonth\\s(?:earlier|before)|the\\sprevious\\smonth)\\s*(?:[,.;)]|$))`,
      "gi",
    ),
    needs: [PCT_HINT, /\bfrom\s/i, SHARE_WORD_HINT],
    kind: "moved-from",
  },
  {
    // "ein Fünftel der", and after a verb or preposition that takes the dative: "entspricht einem
    // Fünftel der gesamten Menge"
    re: new RegExp(
      `()\\b(?:ein|eine|einem|einer)\\s(Fünftel|Viertel|Drittel|Zehntel)\\s(?:der|aller|des)\\b|()\\b(?:die\\s)?(Hälfte)\\s(?:der|aller|des)\\b`,
      "gi",
    ),
    needs: [GERMAN_FRACTION],
    kind: "fraction",
  },
];

/** "first half", "last three quarters": a fraction after one of these words is a span of the year. */
const SPAN_BEFORE =
  /\b(?:first|second|third|fourth|last|latter|final|past|previous|opening|closing|remaining|next|coming|following|early|late)[\s-]$/i;
/** "half of 2025" (not "half of 2025's exports"): the part of a year, no share. */
const YEAR_AFTER = /^(?:the\s)?(?:(?:19|20)\d{2}|year)\b(?!['’]s)/;
/**
 * A share of what is made, mined, held or imported, not of what China exports: "70% of global
 * production", "China's share of the US's magnet imports".
 */
const NOT_EXPORTS =
  /\b(?:production|output|mining|mined|reserves|deposits|processing|refining|refined|smelting|separation|manufacturing|capacity|consumption|demand|market share|imports|imported)\b|产量|產量|产能|產能|储量|儲量|生产|生產|冶炼|冶煉|생산|매장량|Produktion|Förderung/i;

/** True when the fraction is a part of the year: "first half of 2025", "three quarters of the year". */
function partOfYear(clause: string, start: number, end: number, kind: Kind): boolean {
  if (kind !== "fraction") return false;
  if (SPAN_BEFORE.test(clause.slice(Math.max(0, start - 12), start))) return true;
  const of = /\bof\s(?:the\s)?\d?$/.exec(clause.slice(start, end));
  return (
    of !== null && YEAR_AFTER.test(clause.slice(start + of.index + 3, start + of.index + 16).trimStart())
  );
}

/**
 * "roughly a tenth of April's volume", "less than a tenth of the 689 tonnes it sent us in May of last
 * year", "only 19% of April's", "5% of their January volume": a fraction or percentage of another
 * period's figure compares with it (a multiple), unless a share verb takes it ("Germany took a fifth of April's exports"). A
 * percentage of a dated tonnage ("22% of the 6,146 t shipped in August") stays a share of it.
 */
const OF_ANOTHER_PERIOD = new RegExp(
  `^(?:(?:${HEDGE_WORDS})\\s)?(?:(?:${ANY_FRACTION})\\s(?:of\\s)?(?:${DATED_FIGURE}|(?:the\\s)?${PERIOD_POSSESSIVE})|\\d{1,3}(?:\\.\\d{1,2})?\\s?(?:%|per ?cent|percent)\\sof\\s(?:the\\s)?${PERIOD_POSSESSIVE}|((?:${ANY_FRACTION}|\\d{1,3}(?:\\.\\d{1,2})?\\s?(?:%|per ?cent|percent))\\s(?:of\\s)?${MONTH_OWN_LEVEL}))`,
  "i",
);
/**
 * What OF_ANOTHER_PERIOD cannot match without: a period's possessive ("April's", "last year's"), a
 * dated figure ("the 689 tonnes it sent us in May"), or a month's own level ("their January volume",
 * "the level in March"). Most fractions and percentages are of neither, and the long pattern is
 * then not compiled for the text.
 */
const ANOTHER_PERIOD_HINT = new RegExp(
  `(?:${MONTH_NAME}|year|month)['’]|${DATED_FIGURE}|\\b(?:its|their|the)\\s(?:${MONTH_NAME}|level|figure)`,
  "i",
);
const SHARE_VERB_BEFORE = new RegExp(`\\b(?:${SHARE_VERB})\\s(?:(?:only|just|about|roughly|some)\\s)?$`, "i");

/**
 * After "15% of" or "a quarter of": another month's whole ("September's total", "December's magnet
 * exports"), which a share is of; not "a tenth of April's volume", a multiple of April's level.
 */
const MONTH_WHOLE = new RegExp(
  `^(?:(?:${HEDGE_WORDS})\\s)?(?:\\d[\\d.]*\\s?(?:%|per ?cent|percent)\\sof\\s(?:the\\s)?(?:${MONTH_NAME})['’]s?\\s${MONTH_WHOLE_NOUN}|(?:(?:a|one)[- ])?(?:${ANY_FRACTION})\\sof\\s(?:the\\s)?(?:${MONTH_NAME})['’]s?\\s${FRACTION_WHOLE_NOUN})\\b`,
  "i",
);

function ratioToAnotherPeriod(clause: string, start: number): boolean {
  const words = clause.slice(start, start + 120);
  if (!ANOTHER_PERIOD_HINT.test(words)) return false;
  const m = OF_ANOTHER_PERIOD.exec(words);
  return (
    m !== null &&
    (m[1] === undefined || anotherMonthAt(clause, start)) &&
    !MONTH_WHOLE.test(words) &&
    !SHARE_VERB_BEFORE.test(clause.slice(Math.max(0, start - 30), start))
  );
}

/** "lost a third of their volume": how much the subject moved, read as a change, not a share. */
const OWN_SIZE_MOVED = new RegExp(`\\b(?:${OWN_SIZE_VERBS})\\s(?:(?:${HEDGE_WORDS})\\s)?$`, "i");
const OF_OWN_SIZE = new RegExp(
  `^(?:(?:${HEDGE_WORDS})\\s)?(?:a\\s|one[- ])?[\\w-]+\\sof\\s(?:its|their)\\s(?:${OWN_SIZE})\\b`,
  "i",
);

function ownSizeMoved(clause: string, start: number): boolean {
  return (
    OWN_SIZE_MOVED.test(clause.slice(Math.max(0, start - 40), start)) && OF_OWN_SIZE.test(clause.slice(start))
  );
}

/** True when the share is of what is produced, held or imported: the words up to the end of its noun phrase say so. */
function ofProduction(clause: string, start: number, end: number): boolean {
  const words = shareWords(clause, start, end);
  if (NOT_EXPORTS.test(words) || FROM_CHINA_SUPPLY.test(words)) return true;
  return SUPPLIER_BEFORE.test(clause.slice(Math.max(0, start - 140), start)) && !EXPORT_WORDS.test(words);
}

/**
 * China as a buyer's supplier, named before the share with no export word after it: "China remains
 * Mexico's chief source of magnets, covering some 85% of its needs" is China's share of what Mexico
 * buys, not a share of China's exports.
 */
const SUPPLIER_BEFORE =
  /\b(?:China|Chinese|Beijing)\b[^.;:]{0,40}\b(?:supplier|source|provider)s?\b(?:(?!\b(?:exports?|exported|shipments?|shipped|sent)\b)[^.;:]){0,90}$/i;
/** The share's words say it came from China: "with 93% coming from China", "supplied by China". */
const FROM_CHINA_SUPPLY =
  /\b(?:(?:coming|came|comes|sourced|supplied|imported|bought)\s(?:in\s)?from|supplied\sby)\sChina\b/i;
const EXPORT_WORDS = /\b(?:exports?|exported|shipments?|shipped|sent|outbound)\b/i;
/** A clause that names China as a buyer's supplier, with no word of its exports after it. */
const SUPPLIER_CLAUSE =
  /\b(?:China|Chinese|Beijing)\b[^.;:]{0,40}\b(?:supplier|source|provider)s?\b(?![^.;:]*\b(?:exports?|exported|shipments?|shipped|sent)\b)/i;

/**
 * Whether the clause names China as a buyer's supplier ("China stays the main source of magnets for
 * the US"): a share in a later clause of its sentence is then China's share of what the buyer gets.
 */
export function namesChinaSupplier(clause: string): boolean {
  return /\b(?:supplier|source|provider)s?\b/i.test(clause) && SUPPLIER_CLAUSE.test(clause);
}

/** A share after a clause that named China as a supplier: of what the buyer gets, unless its own words say exports. */
export function asSupplierShare(clause: string, hit: ShareHit): ShareHit {
  return hit.of !== undefined || EXPORT_WORDS.test(shareWords(clause, hit.start, hit.end))
    ? hit
    : { ...hit, of: "production" };
}

/**
 * A share of the exports' worth in money: "under 9% of the total value", "15% by value", "a fifth
 * of export earnings", "its share in value terms", "Japan's value share". Checked against values,
 * never against tonnes: the two shares differ as prices differ between destinations.
 */
const OF_VALUE =
  /\b(?:(?:total|export|exports'?|overall|combined)\s)?(?:value|worth|earnings|revenues?|receipts)\b(?!\s(?:per|a|each)\b)|\bby\svalue\b|\bin\s(?:value|dollar|money|monetary|US\sdollar|yuan|renminbi)\sterms\b|\b(?:of|in)\s(?:the\s)?dollars?\b|\bof\s(?:the\s|all\s)?(?:US|A|C|HK|S)?[$€£¥]\s?\d/i;
const VALUE_SHARE_BEFORE =
  /\b(?:value|dollar)[\s-]share\s(?:\w+\s){0,3}$|\bshare\s(?:by|of|in)\s(?:the\s)?value\s(?:\w+\s){0,3}$/i;
/** A clause that opens by saying it counts in money: "By value, ...", "In dollar terms, ...". */
const VALUE_OPENING =
  /^\W*(?:(?:measured|counted|ranked|taken)\s)?(?:by\s(?:value|dollar\s(?:value|amount))|in\s(?:value|dollar|money|monetary|US\sdollar|yuan|renminbi)\sterms)\b/i;

function ofValue(clause: string, start: number, end: number): boolean {
  return (
    OF_VALUE.test(shareWords(clause, start, end)) ||
    VALUE_SHARE_BEFORE.test(clause.slice(Math.max(0, start - 40), start)) ||
    VALUE_OPENING.test(clause.slice(0, start))
  );
}

/** The share's own words and what follows them up to the end of its phrase: what the share is of. */
function shareWords(clause: string, start: number, end: number): string {
  const after = clause.slice(end, end + 60);
  const stop = after.search(/[.;,]\s|\b(?:and|while|but|with)\b/);
  return clause.slice(start, end) + (stop < 0 ? after : after.slice(0, stop));
}

/**
 * The share patterns a clause is scanned with: those whose every hint it holds (see hints.ts).
 * @example sharePatternsFor("exports rose 12% on the month").length // 0: no word of a share
 */
export function sharePatternsFor(clause: string): readonly SharePattern[] {
  return withHints(SHARE_PATTERNS, clause);
}

/** Every share of the total stated in a clause. */
export function findShares(clause: string): ShareHit[] {
  const out: ShareHit[] = [];
  if (!MAYBE_SHARE.test(clause)) return out;
  for (const { re, kind } of sharePatternsFor(clause)) {
    for (const m of scan(re, clause)) {
      const start = m.index;
      const end = wholeNumberEnd(clause, start + m[0].length);
      if (out.some((h) => start < h.end && end > h.start)) continue;
      if (partOfYear(clause, start, end, kind)) continue;
      if ((kind === "fraction" || kind === "pct") && ratioToAnotherPeriod(clause, start)) continue;
      if (ownSizeMoved(clause, start)) continue;
      const production = ofProduction(clause, start, end);
      if (!production && ratioToAnotherDestination(clause, start, end)) continue;
      // "topped 7%", "surpassed a fifth of the total": above the figure
      const figure =
        kind === "fraction" || kind === "after-level-fraction" || kind === "ratio"
          ? 0
          : m[0].lastIndexOf(m[2] ?? "");
      const passed = PASSED.test(clause.slice(Math.max(0, start - 16), start + Math.max(0, figure)));
      const hit = read(kind, m, passed ? "more_than" : null);
      if (hit !== null) {
        const whole = statedWhole(clause, start);
        out.push({
          ...(whole !== null ? { whole } : {}),
          start,
          end,
          ...hit,
          ...(production ? { of: "production" as const } : {}),
          ...(!production && ofValue(clause, start, end) ? { measure: "value" as const } : {}),
          ...(kind === "after-level" || kind === "after-level-fraction" ? { afterLevel: true } : {}),
          ...(kind === "moved-from" ? { movedFrom: true } : {}),
        });
      }
    }
  }
  return listedAfter(
    clause,
    out.sort((a, b) => a.start - b.start),
  );
}

/**
 * Where a share's words end: a whole they end on is read to its last digit ("20.4% of the 5,473",
 * not "20.4% of the 5"), since the words are matched only to the whole's first digit; a year after
 * "of" ("a quarter of 2024") is no whole and is left as read.
 */
function wholeNumberEnd(clause: string, end: number): number {
  if (!/\d$/.test(clause.slice(end - 1, end))) return end;
  const rest = /^(?:[\d,.]*\d)?/.exec(clause.slice(end, end + 24))?.[0] ?? "";
  // "a quarter of 2024": a year, which no share is of, is left as it was read
  const whole = `${clause.slice(end - 1, end)}${rest}`;
  return /^(?:19|20)\d{2}$/.test(whole) ? end : end + rest.length;
}

/** A comparative right after a percentage or fraction, then "than": "took 90% more magnets than Japan". */
const MORE_THAN =
  /^\s(?:more|less|fewer|higher|lower|greater|bigger|larger|smaller)\b(?:\s[\w'’-]{1,20}){0,6}?\sthan\b/i;

/**
 * "The US took 90% more magnets than Japan", "were about 60% of the German volume", "a third of the
 * volume shipped to the US": a percentage or fraction of another destination's figure (or that much
 * more than it) is a ratio of two destinations, not a share of the total.
 */
function ratioToAnotherDestination(clause: string, start: number, end: number): boolean {
  if (MORE_THAN.test(clause.slice(end))) return true;
  const of = /\bof\s/i.exec(clause.slice(start, end));
  if (of !== null && findPartners(clause.slice(start + of.index, end)).length > 0) return true;
  const after = clause.slice(end, end + 100);
  const partners = findPartners(after);
  return (
    fractionOfAnother(after, partners) ||
    amountSentTo(clause.slice(start, end), after, partners) ||
    amountSentSomewhere(clause.slice(start, end), after)
  );
}

/** Between two items of a list: ", ", ", and ", " and ". */
const LIST_SEP = /^(?:,\s(?:and\s)?|\sand\s|\s(?:vs\.?|versus|against)\s)/;
/** A list item's name before its share: "Germany ", "the United States for ", "South Korea at ". */
export const ITEM_NAME = `(?:[Tt]he\\s)?[A-Z][\\w.'’-]*(?:\\s[A-Z][\\w.'’-]*){0,2}\\s(?:(?:at|with|on|for)\\s)?`;
/** The next item of a list after a share: ", Germany 20.4 pc", " and South Korea about 10.4%", ", the US for 9.6%". */
const LIST_ITEM = new RegExp(`${LIST_SEP.source}(?:${ITEM_NAME})?${HEDGE}${PCT}(?![\\w%])`);
/** The same with a fraction, always named: ", and the United States just under a tenth". */
const LIST_FRACTION = new RegExp(
  `${LIST_SEP.source}${ITEM_NAME}${HEDGE}(?:a|one)[- ](${FRACTION_WORDS})(?![\\w-]|\\s(?:of|more|less|fewer|higher|lower|above|below)\\b)`,
);
/** A share restated in brackets right after it: " (10.3%)", " (or 20.4 per cent)". */
const RESTATED = new RegExp(`^\\s?\\(\\s?(?:or\\s|i\\.e\\.\\s|about\\s)?${HEDGE}${PCT}\\s?\\)`, "i");
/** An aside in brackets: " (1,364 tonnes)". */
const BRACKET_ASIDE = /^\s?\([^()]{1,40}\)/;
/** A list item without a name of its own is the same destination's share in another month: "and 38% in July". */
const OWN_MONTH = new RegExp(`^\\s(?:in|for)\\s(?:${MONTH_NAME})\\b`);

/** "A, B and C took 22.3%, 14.8% and 3.9%, respectively": unnamed items in a row, each a name's share. */
const RESPECTIVELY = /\brespectively\b/i;

/**
 * "the US accounted for 12 pc, Germany 20.4 pc and India 7.6 pc": the destinations listed right after
 * a share, each with a percentage of its own, are shares of the same total; "took 43% in June and 38%
 * in July": a percentage with a month of its own is the same destination's share in that month.
 */
function listedAfter(clause: string, hits: ShareHit[]): ShareHit[] {
  const out: ShareHit[] = [];
  for (const h of hits) {
    out.push(h);
    // a share that ends its clause has no words after it that restate it or list others
    if (latin1Stub(clause.slice(h.end))) continue;
    // "roughly a tenth of the total (10.3%)": the same share restated to the decimal in brackets
    const r = RESTATED.exec(clause.slice(h.end));
    const again = r ? read("pct", r) : null;
    if (r && again !== null) {
      const end = h.end + r[0].length - (r[0].length - r[0].trimEnd().length) - 1;
      const start = h.end + r[0].indexOf(r[2] ?? "", r[0].indexOf("("));
      out.push({ start: r[1] ? h.end + r[0].indexOf(r[1]) : start, end, ...again });
      continue;
    }
    if (h.afterLevel || h.of) continue;
    // the first share's own month may stand between it and the list: "43% in June and 38% in July"
    const dated = h.end + (OWN_MONTH.exec(clause.slice(h.end))?.[0].length ?? 0);
    // ... and an aside in brackets after it: "42.8% of the total in June (1,364 tonnes) and 37.6% in October"
    const from = dated + (BRACKET_ASIDE.exec(clause.slice(dated))?.[0].length ?? 0);
    const nextItem = (rest: string) => {
      if (latin1Stub(rest)) return null;
      const pct = LIST_ITEM.exec(rest);
      if (pct !== null) return { m: pct, kind: "pct" as const };
      const fraction = LIST_FRACTION.exec(rest);
      return fraction === null ? null : { m: fraction, kind: "fraction" as const };
    };
    // "Germany, the US and Korea took 20.4%, 12.0% and 10.4%": a row of as many names before pairs them
    let pairedMemo: boolean | undefined;
    const paired = () =>
      (pairedMemo ??=
        RESPECTIVELY.test(clause) || namesInRow(clause, h.start) === 1 + itemsInRow(clause.slice(from)));
    for (let at = from, next = nextItem(clause.slice(at)); next !== null; next = nextItem(clause.slice(at))) {
      const { m, kind } = next;
      const start = at + (LIST_SEP.exec(m[0])?.[0].length ?? 0);
      const item = read(kind, m);
      at += m[0].length;
      const named = /^[A-Z]|^the\s/.test(clause.slice(start));
      if (
        item === null ||
        (!named && !OWN_MONTH.test(clause.slice(at)) && !paired()) ||
        hits.some((o) => o.start < at && o.end > start)
      )
        break;
      out.push({ start, end: at, ...item });
    }
  }
  return out;
}

/** Percentages in a row, unnamed, at the start of `rest` (", 12.0% and 10.4%"). */
function itemsInRow(rest: string): number {
  let n = 0;
  for (let m = UNNAMED_ITEM.exec(rest); m !== null; m = UNNAMED_ITEM.exec(rest)) {
    n++;
    rest = rest.slice(m[0].length);
  }
  return n;
}
const UNNAMED_ITEM = new RegExp(`^${LIST_SEP.source}${HEDGE}${PCT}(?![\\w%])`);

/**
 * The destinations named in a row right before `at`, with only a verb between ("Germany, the US and
 * South Korea took"): how many, or 0 when there is no such row.
 */
function namesInRow(clause: string, at: number): number {
  const names = findPartners(clause.slice(0, at));
  let n = 0;
  for (let k = names.length - 1; k >= 0; k--) {
    const p = names[k]!;
    const gap = clause.slice(p.end, n === 0 ? at : names[k + 1]!.start);
    if (n === 0 ? !NAMES_TO_SHARES.test(gap) : !NAMES_GAP.test(gap)) break;
    n++;
  }
  return n < 2 ? 0 : n;
}
/** Between names in a row: ", ", " and ", ", and the ". */
const NAMES_GAP = /^(?:,\s?|,?\s(?:and|&)\s)(?:the\s)?$/i;
/** Between the last name and the first share's words, which may start with their verb: " ", " accounted for ". */
const NAMES_TO_SHARES = /^\s(?:[a-z]+\s){0,3}$/;

/**
 * The share a fraction in words gives ("a tenth", "two-fifths") and the band it covers with its hedge;
 * null when the words are no fraction of a whole.
 */
export function fractionShare(
  words: string,
  hedge: Hedge | null,
): (Tolerance & { pct: number; halfUnit: number }) | null {
  const pct = fractionOf(words);
  return pct === null || pct >= 100 ? null : { pct: roundTol(pct), ...fractionTolerance(pct, hedge) };
}

/** Japanese words after the tenths: "1割弱" just under a tenth, "1割強" just over one. */
const TENTHS_AFTER: Record<string, Hedge> = {
  弱: "just_under",
  近く: "just_under",
  強: "just_over",
  超: "more_than",
  余り: "just_over",
};

function read(
  kind: Kind,
  m: RegExpMatchArray,
  bound: Hedge | null = null,
): Omit<ShareHit, "start" | "end"> | null {
  const hedge = hedgeOf(m[1]) ?? bound;
  if (kind === "fraction" || kind === "after-level-fraction") {
    const german = GERMAN_FRACTIONS[(m[2] ?? m[4] ?? "").toLowerCase()];
    if (german !== undefined) return { pct: german, hedge, ...fractionTolerance(german, hedge) };
    const word = (m[2] ?? "").toLowerCase();
    const pct = FRACTIONS[word.replace(" ", "-")] ?? FRACTIONS[word] ?? fractionOf(word.replace(" ", "-"));
    if (pct === undefined || pct === null || pct >= 100) return null;
    return { pct: roundTol(pct), hedge, ...fractionTolerance(pct, hedge) };
  }
  if (kind === "tenths") {
    const n = cjkCount(m[2] ?? m[4] ?? "");
    if (n === null) return null;
    const said = hedgeOf(m[1] ?? m[3]) ?? TENTHS_AFTER[m[5] ?? ""] ?? bound;
    return { pct: n * 10, hedge: said, ...fractionTolerance(n * 10, said) };
  }
  if (kind === "noun-fraction") {
    const share = fractionShare(m[2] ?? "", hedge);
    return share === null ? null : { ...share, hedge };
  }
  if (kind === "ratio") {
    const a = parseCount(m[2] ?? "");
    const hundred = new RegExp(`^(?:${HUNDRED})$`, "i").test(m[3] ?? "");
    const b = hundred ? 100 : parseCount(m[3] ?? "");
    if (hundred && a !== null && a >= 1 && a < 100)
      return { pct: a, hedge, halfUnit: 0.5, ...toleranceFor(a, 0.5, hedge) };
    if (a === null || b === null || a < 1 || b < 2 || a >= b) return null;
    const pct = roundTol((a / b) * 100);
    // "one in eight" is itself a rounding: it reads as "about" an eighth (fraction-bands.ts)
    return { pct, hedge, ...fractionTolerance(pct, hedge ?? "about") };
  }
  const parsed = kind === "comma-decimal" ? parseDecimalDe(m[2] ?? "") : parseAmount(m[2] ?? "");
  if (parsed === null || parsed.value > 100) return null;
  return {
    pct: parsed.value,
    hedge,
    halfUnit: parsed.halfUnit,
    ...nearlyAll(toleranceFor(parsed.value, parsed.halfUnit, hedge), parsed.value, parsed.halfUnit, hedge),
  };
}

/**
 * "nearly 99%" of a whole: a share close to all of it is said nearly so only when little is missing,
 * so the band reaches down no further than the part left out once more and a point ("nearly 99%":
 * 97-99.5%), where a tenth of the figure (89.1%) had let 94.8% stand.
 * @example nearlyAll({ low: 89.1, high: 99.5 }, 99, 0.5, "nearly") // { low: 97, high: 99.5 }
 */
function nearlyAll(tol: Tolerance, pct: number, halfUnit: number, hedge: Hedge | null): Tolerance {
  if (hedge !== "nearly" || tol.low === null) return tol;
  return { ...tol, low: Math.max(tol.low, pct - Math.max(halfUnit, 1 + (100 - pct))) };
}

/** A clause that speaks of a share: a share noun, or a change in percentage points. */
const SHARE_CONTEXT = new RegExp(
  `\\b(?:shares?|portion|proportion|slice|piece)\\b|\\bpercentage[- ]points?\\b|\\d\\s?(?:pp|ppts?)\\b`,
  "i",
);
const BARE_PCT = new RegExp(`()\\b${PCT}`, "gi");
/** An answer that is only a fraction, after a speaker's label: "A: Roughly a fifth.", "About a quarter". */
const FRACTION_ANSWER = new RegExp(
  `^\\W*(?:[A-Z][\\w.'-]{0,20}:\\s*)?(?:(${HEDGE_WORDS})\\s)?(?:a|one)[- ](half|third|quarter|fifth|sixth|eighth|tenth)(?=\\s*(?:[,.;!]|$))`,
  "i",
);
/** What comes before the fraction's own words in a `FRACTION_ANSWER` match: marks and a speaker's label. */
const FRACTION_ANSWER_LEAD = /^\W*(?:[A-Z][\w.'-]{0,20}:\s*)?/i;
/** Before a bare percentage: a sign, or a base it is compared with ("from 4%" names no month of its own). */
/** Right before a share's earlier value: "from", "against", "compared with" (after "up" or "down"). */
export const EARLIER_AT_END = new RegExp(`\\b(?:(?:down|up)\\s)?(?:${EARLIER})\\s${HEDGE}$`, "i");
const NOT_A_VALUE_BEFORE = /(?:[+\-−–]|\b(?:from|against|versus|vs\.?|compared with|than|by))\s?$/i;
/** After a bare percentage: it is a change or a comparison, not a share's value. */
const NOT_A_VALUE_AFTER = new RegExp(
  `^\\s(?:higher|lower|more|less|fewer|above|below|up|down|rise|increase|jump|gain|growth|fall|drop|decline|decrease|year|month|y/y|m/m|yoy|mom|on\\s(?:the\\s)?(?:year|month))\\b`,
  "i",
);

/**
 * The values of a share a clause speaks of, where no share grammar reads them: "The EU's share ...
 * has drifted down: from almost 43% in June to 38.4% in July and 37.6% in October", "climbed 2.1
 * percentage points to 7.5 per cent", "with the US share holding at 9.5 per cent", or a clause that
 * takes up a share spoken of before (`carried`: "It rose to 12% in April"). A percentage that is a
 * change (`taken`), a base without its own month ("up from 4%") or a comparison is left alone.
 */
export function findShareValues(
  clause: string,
  taken: ReadonlyArray<{ start: number; end: number }>,
  carried = false,
): ShareHit[] {
  const context = SHARE_CONTEXT.exec(clause) ?? (carried ? { index: 0 } : null);
  if (context === null) return [];
  const out: ShareHit[] = [];
  // "Q: What share went to Germany? A: Roughly a fifth.": an answer that is only a fraction
  const fraction = carried ? FRACTION_ANSWER.exec(clause) : null;
  const word = fraction?.[2];
  const hit = fraction && word ? read("fraction", fraction) : null;
  if (fraction && word && hit !== null) {
    const end = fraction.index + fraction[0].length;
    out.push({ start: end - fraction[0].replace(FRACTION_ANSWER_LEAD, "").length, end, ...hit });
  }
  for (const m of scan(BARE_PCT, clause)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < context.index || taken.some((t) => start < t.end && end > t.start)) continue;
    const before = clause.slice(Math.max(0, start - 16), start);
    const after = clause.slice(end, end + 24);
    // "from 9.6% in August", "vs 3.7% in May", "compared with 32% in May": an earlier value with a
    // month of its own is that month's
    const from = EARLIER_AT_END.test(before);
    if (
      (NOT_A_VALUE_BEFORE.test(before) && !(from && /^\s(?:in|during)\s/i.test(after))) ||
      NOT_A_VALUE_AFTER.test(after)
    )
      continue;
    const hit = read("pct", m);
    if (hit !== null)
      out.push({
        start,
        end,
        ...hit,
        ...(ofProduction(clause, start, end)
          ? { of: "production" as const }
          : ofValue(clause, start, end)
            ? { measure: "value" as const }
            : {}),
      });
  }
  return out;
}
