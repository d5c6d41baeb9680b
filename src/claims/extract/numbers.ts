// Numbers as trade news writes them: "6,150", "6.15 thousand", "1.2 million kg", "5.2万吨", "six
// thousand", German "6.150", with the hedge in front ("about", "just under", "rund"), the spellings of
// percent and percentage points, and the tolerance that the number's own rounding implies.

import type { Hedge, Tolerance } from "../types.js";
import { allMatches } from "./all-matches.js";

/** A decimal number with its precision: `halfUnit` is half of the last stated digit's place value. */
export interface ParsedNumber {
  value: number;
  halfUnit: number;
}

/**
 * Parses "6,150" / "6.15" / "12" into a value and its rounding. Trailing zeros of an integer count
 * as rounding ("6,150" is 6,145-6,155), as DESIGN section 5 reads them.
 * @example parseDecimal("6,150") // { value: 6150, halfUnit: 5 }
 */
export function parseDecimal(text: string): ParsedNumber | null {
  const clean = text.replace(/,/g, "");
  if (!/^\d{1,15}(?:\.\d{1,8})?$/.test(clean)) return null;
  const value = Number(clean);
  const dot = clean.indexOf(".");
  if (dot >= 0) return { value, halfUnit: 0.5 * 10 ** -(clean.length - dot - 1) };
  let zeros = 0;
  for (let i = clean.length - 1; i > 0 && clean[i] === "0"; i--) zeros++;
  return { value, halfUnit: 0.5 * 10 ** zeros };
}

/** A number in digits as the English press prints it: "6,150", "6150", "6.15". */
export const NUM = "\\d{1,3}(?:,\\d{3}){1,4}(?:\\.\\d{1,6})?|\\d{1,12}(?:\\.\\d{1,6})?";

/** Percent in every spelling: "12%", "12 per cent", "12pc", "12 pct", "60-percent", "12％", Indonesian "12 persen". */
export const PCT_UNIT =
  "\\s?[%％]|[- ]?per[- ]?cent|[- ]?percent|[- ]?pct|\\s?pc(?![- ]points?\\b)|\\sProzent|\\spersen";
/**
 * Percentage points: "2.5 percentage points", "2.5pp", "2.5 ppts", "2.1 pc-points", and "points"
 * alone, as shares' changes are often written ("9.6% of the total, 1.5 points less than in July").
 */
export const PP_UNIT = "[- ]?percentage[- ]points?|\\s?pp|\\s?ppts?|\\s?pc[- ]points?|\\spoints?(?![\\w-])";
/** Matches wherever a percentage or its points can be written: a clause without it states none. */
export const PCT_HINT = new RegExp(`${PCT_UNIT}|${PP_UNIT}`, "i");

const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3,
  // Spanish and Portuguese "58,19 mil toneladas" (find-figures.ts reads it only before "toneladas")
  mil: 1e3,
  // Indonesian "51,44 ribu ton"
  ribu: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  tausend: 1e3,
  // Indian English: "4.18 lakh kg" is 418,000 kg, "1.2 crore" twelve million
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  mio: 1e6,
  "mio.": 1e6,
  万: 1e4,
  萬: 1e4,
  만: 1e4,
  千: 1e3,
  천: 1e3,
  亿: 1e8,
  億: 1e8,
  억: 1e8,
};

/** Chinese and Korean count in myriads: 千/천 is ×1,000, 万/萬/만 ×10,000, 亿/億/억 ×100,000,000. */
const CJK_UNIT = "[千천万萬만亿億억]";
/** A multiplier, or a thousand of myriads ("9천만", "2千万"): 천 before 만 multiplies, as in "3천640만". */
const CJK_UNITS = `${CJK_UNIT}(?:[万萬만亿億억])?`;
/**
 * A number with CJK multipliers inside it, as Korean and Chinese print it: "3천188" (3,188),
 * "2만7천897" (27,897), "4만5,290" (45,290), "3만8,563.6" (38,563.6), "2万7000", "1.2万", and money in
 * thousands of myriads, "3천640만" (36.4 million), "4억9천만" (490 million), "22억7,700만" (2,277
 * million, a part's thousands set off by a comma). Each part is at most four digits, so it stays linear.
 */
export const CJK_NUM = `\\d{1,4}(?:\\.\\d{1,4})?\\s?${CJK_UNITS}(?:\\s?(?:\\d,\\d{3}|\\d{1,4})\\s?${CJK_UNITS}){0,2}(?:\\s?(?:\\d,\\d{3}|\\d{1,4})(?:\\.\\d{1,4})?(?![\\d.,]))?`;

/**
 * Parses a number written with CJK multipliers; its rounding is that of its last part
 * ("2만7천897": 0.5; "2만7천": 500; "1.2万": 500; "4억9천만": 5,000,000). A thousand (千/천) counts
 * inside the myriad that follows it: "3천640만" is 3,640 myriads and "2억2천770만" 2 hundred million
 * and 2,770 myriads, where a thousand with no myriad after it is a plain thousand ("3천188" is 3,188).
 * @example parseCjkNumber("2만7천897") // { value: 27897, halfUnit: 0.5 }
 */
export function parseCjkNumber(text: string): ParsedNumber | null {
  let value = 0;
  let group = 0;
  let groupHalf = 0.5;
  let halfUnit = 0.5;
  let last = Infinity;
  let thousands = false;
  for (const m of allMatches(
    /((?:\d,\d{3}|\d{1,4})(?:\.\d{1,4})?)?([千천万萬만亿億억])?/g,
    text.replace(/\s/g, ""),
  )) {
    if (m[0] === "") continue;
    const n = m[1] === undefined ? { value: 1, halfUnit: 0.5 } : parseDecimal(m[1]);
    if (n === null) return null;
    const factor = multiplierOf(m[2]);
    if (factor >= 1e4) {
      // the myriads only fall from left to right ("2만7천", not "7천2만"); after a thousand the
      // digits fill its three places ("3천640만"), or none follow ("9천만")
      if (factor >= last || (thousands && m[1] !== undefined && !/^\d{3}$/.test(m[1]))) return null;
      const digits = m[1] === undefined ? 0 : n.value;
      value += (group + digits) * factor;
      halfUnit = (m[1] === undefined ? groupHalf : n.halfUnit) * factor;
      [group, groupHalf, last, thousands] = [0, 0.5, factor, false];
      continue;
    }
    if (m[1] === undefined || (factor > 1 && thousands) || factor >= last) return null;
    group += n.value * factor;
    groupHalf = n.halfUnit * factor;
    halfUnit = groupHalf;
    thousands = factor > 1;
  }
  value += group;
  return value > 0 ? { value: roundTol(value), halfUnit: roundTol(halfUnit) } : null;
}

/** Thousands set apart by a space, no-break space or thin space ("3 188", "27 897"): only groups of exactly three. */
export const SPACED_NUM = "\\d{1,3}(?:[ \u00a0\u2009\u202f]\\d{3}){1,4}(?:[.,]\\d{1,3})?(?!\\d)";

/**
 * Parses a number grouped with spaces; a comma after the groups is the decimal comma of the French
 * and German press ("3 188,5").
 * @example parseSpacedNumber("3 188") // { value: 3188, halfUnit: 0.5 }
 */
export function parseSpacedNumber(text: string): ParsedNumber | null {
  return parseDecimal(text.replace(/[ \u00a0\u2009\u202f]/g, "").replace(",", "."));
}

/**
 * Parses a German number ("6.150" is six thousand one hundred and fifty, "5,3" is five point three).
 * @example parseDecimalDe("6.150") // { value: 6150, halfUnit: 5 }
 */
export function parseDecimalDe(text: string): ParsedNumber | null {
  if (!/^\d{1,3}(?:\.\d{3}){0,4}(?:,\d{1,6})?$/.test(text) && !/^\d{1,12}(?:,\d{1,6})?$/.test(text))
    return null;
  return parseDecimal(text.replace(/\./g, "").replace(",", "."));
}

/** Cardinal number words: one to twenty and the tens. */
export const CARDINALS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALE_WORDS: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6 };
const WORD = `${Object.keys(CARDINALS).join("|")}|hundred|thousand|million`;
/** The word a number in words ends on ("... one hundred and eighteen"), for a regex. */
export const NUMBER_WORD = WORD;

/** "and a half" before a scale word ("five and a half thousand"). */
const AND_A_HALF = "[\\s-]and[\\s-]a[\\s-]half(?=[\\s-](?:hundred|thousand|million)\\b)";

/**
 * A number written in words ("six thousand", "two hundred and fifty", "a thousand", "five and a half
 * thousand", "twenty-four thousand, eight hundred and twenty-seven"), for a regex.
 */
export const WORD_NUM = `(?:(?:a|an)\\s(?=hundred|thousand|million))?(?:${WORD})(?:-(?:${WORD}))?(?:${AND_A_HALF})?(?:(?:(?<=thousand|million),(?=\\s(?:one|two|three|four|five|six|seven|eight|nine)\\shundred\\b))?[\\s-](?:and\\s)?(?:${WORD})){0,6}`;

/**
 * Parses a number in words; its rounding is half of its smallest named part ("six thousand": 500).
 * @example parseNumberWords("two thousand five hundred") // { value: 2500, halfUnit: 50 }
 */
export function parseNumberWords(text: string): ParsedNumber | null {
  return parseCardinalWords(text) ?? spokenPairs(text);
}

/**
 * A figure said in two pairs of digits, as traders and announcers read them out: "sixty-one fifty"
 * (6,150), "five eighty-two" (582), "twenty-five sixty-nine" (2,569): a number from one to
 * ninety-nine, then one from ten to ninety-nine.
 */
function spokenPairs(text: string): ParsedNumber | null {
  const words = text.trim().split(/[\s-]+/);
  if (words.length < 2 || words.length > 4 || words.some((w) => CARDINALS[w.toLowerCase()] === undefined))
    return null;
  for (let k = 1; k < words.length; k++) {
    const hundreds = parseCardinalWords(words.slice(0, k).join(" "));
    const rest = parseCardinalWords(words.slice(k).join(" "));
    if (hundreds === null || rest === null) continue;
    if (hundreds.value >= 1 && hundreds.value <= 99 && rest.value >= 10 && rest.value <= 99)
      return { value: hundreds.value * 100 + rest.value, halfUnit: 0.5 };
  }
  return null;
}

function parseCardinalWords(text: string): ParsedNumber | null {
  const words = text
    .toLowerCase()
    // "twenty-four thousand, eight hundred": a spoken number's pause after its thousands
    .replace(/(?<=thousand|million),(?=\s(?:one|two|three|four|five|six|seven|eight|nine)\shundred\b)/g, "")
    .split(/[\s-]+/)
    .filter((w) => w !== "and");
  let total = 0;
  let group = 0;
  let smallest = Infinity;
  let seen = false;
  // "five and a half thousand": half of the scale word that follows is the smallest part named
  let half = false;
  for (const [i, w] of words.entries()) {
    if ((w === "a" || w === "an") && i === 0) {
      group = 1;
      continue;
    }
    if (w === "a" && words[i + 1] === "half" && group > 0 && group < 100 && !half) continue;
    if (w === "half" && words[i - 1] === "a" && i > 1 && !half) {
      group += 0.5;
      half = true;
      continue;
    }
    const small = CARDINALS[w];
    const scale = SCALE_WORDS[w];
    if (small !== undefined) {
      if (group % 100 !== 0 && (small >= 10 || group % 10 !== 0)) return null; // "six five"
      group += small;
      seen = true;
    } else if (scale !== undefined) {
      if (group === 0 || (scale === 100 && group >= 100)) return null;
      if (scale === 100) group *= 100;
      else {
        total += group * scale;
        smallest = Math.min(smallest, group % 1 === 0 ? scale : scale / 2);
        group = 0;
      }
      seen = true;
    } else return null;
  }
  if (!seen) return null;
  const value = total + group;
  if (group > 0) smallest = group % 100 === 0 ? 100 : group % 10 === 0 ? 10 : 1;
  return { value, halfUnit: smallest / 2 };
}

/** The digits said after "point": "three point two", "twelve point four five". */
const DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const SPOKEN_DECIMALS = `[\\s-]point(?:[\\s-](?:${DIGIT_WORDS.join("|")}|oh)){1,3}\\b`;

/** "nine and a half", "seventeen-and-a-half": a half said after a whole number in words. */
const SPOKEN_HALF = "[\\s-]and[\\s-]a[\\s-]half\\b";

/**
 * An amount in words, a half or spoken decimals said after it too: "four hundred and twenty and a
 * half", "five thousand four hundred and ninety-three point nine" (tonnes).
 */
export const WORD_AMOUNT = `${WORD_NUM}(?:${SPOKEN_DECIMALS}|${SPOKEN_HALF})?`;

/**
 * A percentage's number in digits or in words ("12", "12.4", "twelve", "three point two", "nine and
 * a half"), for a regex.
 */
export const PCT_NUM = `${NUM}|${WORD_NUM}(?:${SPOKEN_DECIMALS}|${SPOKEN_HALF})?`;

/**
 * Parses a number in digits or in words, each with its own rounding.
 * @example parseAmount("twelve") // { value: 12, halfUnit: 0.5 }
 */
export function parseAmount(text: string): ParsedNumber | null {
  if (/^[\d.,]/.test(text)) return parseDecimal(text);
  // "nine and a half": the half is the last part named, so the figure is good to a quarter
  const half = /^(.+?)[\s-]and[\s-]a[\s-]half$/i.exec(text.trim());
  if (half) {
    const whole = parseNumberWords(half[1] as string);
    return whole === null || whole.value % 1 !== 0 ? null : { value: whole.value + 0.5, halfUnit: 0.25 };
  }
  const spoken = /^(.+?)[\s-]point((?:[\s-]\w+){1,3})$/i.exec(text.trim());
  if (!spoken) return parseNumberWords(text);
  // "three point two": the whole number in words, then one word per decimal digit
  const whole = parseNumberWords(spoken[1] as string);
  const digits = (spoken[2] as string)
    .trim()
    .split(/[\s-]+/)
    .map((w) => (w.toLowerCase() === "oh" ? 0 : DIGIT_WORDS.indexOf(w.toLowerCase())));
  if (whole === null || whole.value % 1 !== 0 || digits.some((d) => d < 0)) return null;
  return parseDecimal(`${whole.value}.${digits.join("")}`);
}

/** Scale word ("thousand", "million", "万") to its factor; 1 when absent. */
export function multiplierOf(word: string | undefined): number {
  if (!word) return 1;
  // "ten-thousand", "ten thousand": 万 (a myriad) as machine translation renders it
  if (/^ten[\s-]thousand$/i.test(word)) return 1e4;
  return MULTIPLIERS[word.toLowerCase()] ?? 1;
}

/** Tonnes per stated unit. */
export function tonnesPer(unit: string): number {
  const u = unit.toLowerCase();
  if (u === "kg" || u.startsWith("kilo")) return 1e-3;
  return 1;
}

/** Words said after a figure, each with the hedge it makes of it. */
type SaidAfter = ReadonlyArray<readonly [string, Hedge]>;
/** Bounds said after a Korean figure: "850톤 이상" (or more), "500톤 미만" (under), "800t을 넘었다" (passed). */
const KOREAN_BOUNDS: SaidAfter = [
  ["이상", "more_than"],
  ["이하", "less_than"],
  ["미만", "less_than"],
  ["초과", "more_than"],
  ["넘게", "more_than"],
  // "1월만 해도 800t을 넘었지만" (in January it was over 800 t), "600t을 넘은 달" (months above 600 t)
  ["을 넘었", "more_than"],
  ["를 넘었", "more_than"],
  ["을 넘어", "more_than"],
  ["를 넘어", "more_than"],
  ["을 넘은", "more_than"],
  ["를 넘은", "more_than"],
  ["을 넘긴", "more_than"],
  ["를 넘긴", "more_than"],
];
/** Other hedges said after a Korean figure: "300톤 가량", "1,000톤 가까이" (nearly). */
const KOREAN_HEDGES: SaidAfter = [
  ["가량", "about"],
  ["정도", "about"],
  ["안팎", "about"],
  ["가까이", "nearly"],
];
/** Bounds said after a Japanese or Chinese figure: "20%以上", "500トン未満" (under). */
const HAN_BOUNDS: SaidAfter = [
  ["以上", "more_than"],
  ["以下", "less_than"],
  ["未満", "less_than"],
];
/** Other hedges said after a Japanese or Chinese figure: "5000トン超", "300トン程度", "6000吨左右". */
const HAN_HEDGES: SaidAfter = [
  ["超", "more_than"],
  ["余り", "more_than"],
  ["程度", "about"],
  ["前後", "about"],
  ["近く", "nearly"],
  ["左右", "about"],
];
const saidAfter = (...lists: SaidAfter[]): string => lists.flatMap((l) => l.map(([word]) => word)).join("|");
/** The bounds said after a Korean, Japanese or Chinese figure, for a regex ("14% 이상을 차지", "20%以上を占め"). */
export const CJK_BOUND_AFTER = saidAfter(KOREAN_BOUNDS, HAN_BOUNDS);
/** Every hedge or bound said after a Korean, Japanese or Chinese figure, for a regex. */
export const CJK_HEDGE_AFTER = saidAfter(KOREAN_BOUNDS, KOREAN_HEDGES, HAN_BOUNDS, HAN_HEDGES);
/** The hedge each word said after a Korean, Japanese or Chinese figure makes of it. */
const CJK_AFTER_HEDGE: ReadonlyMap<string, Hedge> = new Map([
  ...KOREAN_BOUNDS,
  ...KOREAN_HEDGES,
  ...HAN_BOUNDS,
  ...HAN_HEDGES,
]);

/** Normalises a hedge phrase ("just under", "more than", German "rund", "이상") to its kind, or null. */
export function hedgeOf(phrase: string | undefined): Hedge | null {
  if (!phrase) return null;
  const p = phrase.toLowerCase().replace(/\s+/g, " ").trim();
  const after = CJK_AFTER_HEDGE.get(p);
  if (after !== undefined) return after;
  if (
    /^(?:about|around|roughly|approximately|some|an estimated|estimated|circa|ca\.|close to|near|like|approx\.?|just about|in the region of|rund|etwa|circa|ungefähr|约|約|大约|近|약|~|≈)$/.test(
      p,
    )
  )
    return "about";
  if (/^(?:nearly|almost|close to|up to|as much as|as many as|knapp|fast|beinahe|nahezu)$/.test(p))
    return "nearly";
  if (
    /^(?:just under|just below|slightly less than|a little under|just shy of|a little less than|slightly below|slightly under|marginally below|a bit under|a bit below|a bit less than)$/.test(
      p,
    )
  )
    return "just_under";
  if (
    /^(?:just over|just above|slightly more than|a little over|just more than|a little more than|slightly above|slightly over|marginally above|a bit over|a bit above|a bit more than|gut)$/.test(
      p,
    )
  )
    return "just_over";
  if (
    /^(?:more than|over|above|at least|no less than|no lower than|no fewer than|not less than|not lower than|upwards of|in excess of|exceeding|greater than|well over|well above|mehr als|über|超过|超過|逾|topped|topping|surpassed|surpassing|exceeded|crossed|crossing|broke through|breaking through|broke past|went past|climbed past|rose past|moved past|cleared|north of)$/.test(
      p,
    )
  )
    return "more_than";
  if (
    /^(?:less than|under|below|at most|fewer than|no more than|no higher than|no greater than|not more than|not higher than|well under|well below|south of|short of|weniger als|unter|不到)$/.test(
      p,
    )
  )
    return "less_than";
  return null;
}

/** The hedge words the grammars accept in front of a number (alternation for a regex, longest first). */
export const HEDGE_WORDS =
  "about|around|roughly|approximately|approx\\.|some|an estimated|estimated|circa|ca\\.|close to|closer to|nearer to|just about|in the region of|nearly|almost|up to|as much as|as many as|just under|just below|slightly less than|slightly below|slightly under|marginally below|a little under|a little less than|just shy of|just over|just above|slightly more than|slightly above|slightly over|marginally above|a little over|a little more than|a bit over|a bit above|a bit more than|a bit under|a bit below|a bit less than|just more than|more than|well over|well above|over|above|at least|upwards of|in excess of|exceeding|greater than|topped|topping|surpassed|surpassing|exceeded|crossed|crossing|broke through|breaking through|broke past|went past|climbed past|rose past|moved past|cleared|north of|south of|short of|less than|well under|well below|under|below|at most|fewer than|no more than|no higher than|no greater than|not more than|not higher than|no less than|no lower than|no fewer than|not less than|not lower than|rund|etwa|ungefähr|knapp|fast|beinahe|nahezu|gut|mehr als|weniger als|über|unter";

/**
 * A word that makes a size small without hedging it ("up only 6%", "a rise of just 10%", "down a mere
 * 58 t", "a dip of barely 1.3%"); not "just" of a hedge of its own ("just over", "just about").
 */
export const SMALL_SIZE =
  "(?:(?:only|merely|a\\smere|barely|scarcely)\\s|just\\s(?!(?:over|under|above|below|about|shy|more|less)\\b))?";

/**
 * An optional hedge before a size, in the one group a grammar reads it from: a word ("about 12%"),
 * "near" ("up near 16%"), speech's "like" ("down like eleven percent"), or a sign of approximation
 * written against the figure ("~12%", "≈ 6%"); after a word that only makes the size small ("only about 6%").
 */
export const HEDGE_OPT = `${SMALL_SIZE}(?:((?:${HEDGE_WORDS}|near|like)(?=\\s)|[~≈](?=\\s?\\d))\\s?)?`;

/**
 * The interval a stated value covers: its rounding, widened or bounded by the hedge.
 * `loose` is the extra width of inherently vague wordings ("about half").
 * @example toleranceFor(6150, 5, "about") // { low: 6145, high: 6155 }
 */
export function toleranceFor(value: number, halfUnit: number, hedge: Hedge | null, loose = 0): Tolerance {
  const mag = Math.abs(value);
  const sign = value < 0 ? -1 : 1;
  const width = Math.max(halfUnit, loose);
  let low = mag - width;
  let high: number | null = mag + width;
  // a hedge that bounds the figure ("more than", "just under") holds strictly at the figure itself
  let firm: [number, number | null] | null = null;
  switch (hedge) {
    case "about":
      low = mag - Math.max(width, loose * 2);
      high = mag + Math.max(width, loose * 2);
      break;
    case "nearly":
      low = Math.min(mag * 0.9, mag - width);
      high = mag + halfUnit;
      break;
    case "just_under":
      low = Math.min(mag * 0.95, mag - width);
      high = mag + halfUnit;
      firm = [low, mag];
      break;
    case "just_over":
      low = mag - halfUnit;
      high = Math.max(mag * 1.05, mag + width);
      firm = [mag, high];
      break;
    case "more_than":
      low = mag - halfUnit;
      high = null;
      firm = [mag, null];
      break;
    case "less_than":
      low = 0;
      high = mag + halfUnit;
      firm = [0, mag];
      break;
    default:
      break;
  }
  const signed = (lo: number, hi: number | null) =>
    sign > 0
      ? { low: roundTol(lo), high: hi === null ? null : roundTol(hi) }
      : { low: hi === null ? null : roundTol(-hi), high: roundTol(-lo) };
  const tol: Tolerance = signed(low, high);
  if (firm === null || (firm[0] === low && firm[1] === high)) return tol;
  return { ...tol, firm: signed(firm[0], firm[1]) };
}

/**
 * A stated change: `pct` (signed) in `unit`, its hedge, half of its last digit's place value, and the
 * interval these allow (`toleranceFor`), as every reader of changes gives it.
 * @example changeRead(-12, "%", null, 0.5) // { pct: -12, unit: "%", hedge: null, halfUnit: 0.5, low: -12.5, high: -11.5 }
 */
export function changeRead<U extends string>(
  pct: number,
  unit: U,
  hedge: Hedge | null,
  halfUnit: number,
): Tolerance & { pct: number; unit: U; hedge: Hedge | null; halfUnit: number } {
  return { pct, unit, hedge, halfUnit, ...toleranceFor(pct, halfUnit, hedge) };
}

/** Removes floating-point noise from computed bounds (6145.000000001 -> 6145). */
export function roundTol(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** "add up to", "added up to": the words of a total before "up to". */
const ADD_UP = /\badd(?:s|ed|ing)?\s$/i;
/** "revised its November figure up to", "raised the estimate up to": "up" is the revision's, not a ceiling. */
const REVISED_UP =
  /\b(?:revis|rais|adjust|mark|bump|nudg|push|scal)(?:ed|es|e|s|ing)?\s(?:[\w'’-]+\s){0,7}?$/i;
const HEDGE_BEFORE = new RegExp(`(?<![\\w])(${HEDGE_WORDS})\\s{1,2}$|(?<![\\w~≈])([~≈])\\s?$`, "i");

/** A negation before a verb or a bound: "did not", "didn't", "has never", "were not", "failed to". */
const NOT = String.raw`(?:\b(?:did|does|do|has|have|had|was|were|is|are)(?:n['’]t|\snot)|\bnever|\bnot|\bfail(?:ed|s)?\sto)\s(?:(?:quite|even|once|yet|ever)\s)?`;
/** A negated bound: "did not fall below", "never dipped under", "were not above"; not "not far below". */
const NEGATED_BOUND = new RegExp(
  `${NOT}(?:(?!(?:far|much|well|way|too|so|that|very|all)\\s)[a-z]+\\s)?$`,
  "i",
);
const REACH_VERB =
  "exceed|exceeded|top|topped|surpass|surpassed|pass|passed|reach|reached|hit|break|broke|broken|cross|crossed|attain|attained";
/** A negated verb of reaching a figure: "did not exceed", "failed to reach", "never topped". */
const NEGATED_REACH = new RegExp(`${NOT}(?:${REACH_VERB})\\s$`, "i");
/**
 * A subject denied with "neither ... nor" before the figure's verb, no figure between: "Neither Japan
 * nor the US took more than 600 t" says each took at most 600 t, as "did not take more than" does.
 */
const NEITHER_NOR = /\bneither\s[^.;:!?]{1,60}?\snor\s[^.;:!?\d]{1,50}$/i;
const REACH_END = new RegExp(`\\b(?:${REACH_VERB})\\s$`, "i");

function neitherNorBefore(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 120), at);
  return /\bneither\b/i.test(lead) && NEITHER_NOR.test(lead);
}

/**
 * The hedge right before `at` ("about " in "about 6,150"), with the offset where it starts. A negated
 * bound is turned round ("did not fall below 5,000 t" is at least 5,000 t), and a negated verb of
 * reaching a figure bounds it from above ("did not exceed 6,000 t", "failed to reach 6,000 t").
 */
export function hedgeBefore(text: string, at: number): { word: string; start: number } | null {
  const window = text.slice(Math.max(0, at - 32), at);
  const m = HEDGE_BEFORE.exec(window);
  const lead = (end: number) => text.slice(Math.max(0, end - 40), end);
  if (!m) {
    const reach = NEGATED_REACH.exec(lead(at));
    if (reach) return { word: "at most", start: at - reach[0].length + reach[0].search(/\S/) };
    // "Neither Japan nor the US topped 600 t"
    return REACH_END.test(lead(at)) && neitherNorBefore(text, at) ? { word: "at most", start: at } : null;
  }
  const word = m[1] ?? m[2] ?? "";
  const start = at - window.length + m.index;
  // "exports added up to 57,794 t": a total, not a ceiling
  if (/^up to$/i.test(word) && ADD_UP.test(window.slice(0, m.index))) return null;
  // "customs revised its November figure up to 5,600 t": revised upward, to that figure
  if (/^up to$/i.test(word) && REVISED_UP.test(text.slice(Math.max(0, start - 80), start))) return null;
  const negated = NEGATED_BOUND.exec(lead(start));
  const kind = negated || neitherNorBefore(text, start) ? hedgeOf(word) : null;
  const from = negated ? start - negated[0].length + negated[0].search(/\S/) : start;
  if (kind === "less_than" || kind === "just_under") return { word: "at least", start: from };
  if (kind === "more_than" || kind === "just_over") return { word: "at most", start: from };
  return { word, start };
}

/**
 * Every match of a global `re` in `text`, left to right. A pattern that begins with an empty group
 * `()` has its hedge found by looking back from the match ("about 6,150"): trying every hedge word at
 * every position of the text costs far more. The group is then filled and the match starts at the hedge.
 */
export function* scan(re: RegExp, text: string): Generator<RegExpExecArray> {
  const lookback = re.source.startsWith("()");
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    if (lookback) {
      const h = hedgeBefore(text, m.index);
      if (h) {
        m[1] = h.word;
        m[0] = text.slice(h.start, m.index + m[0].length);
        m.index = h.start;
      }
    }
    yield m;
  }
}
