// The grammar of levels in one clause: tonnages in every spelling trade news uses ("about 6,150
// tonnes", "5,473t", "6.15 thousand tons", "6.15 kt", "305,000 kg", "6,150 mt", "six thousand tonnes",
// German "6.150 Tonnen", "5,774吨", "5.2万吨", "5,774トン"), each with the rounding its digits imply.
// Shares of the total live in find-shares.ts and are re-exported here.

import {
  CJK_HEDGE_AFTER,
  CJK_NUM,
  NUM,
  SPACED_NUM,
  WORD_AMOUNT,
  scan,
  hedgeOf,
  multiplierOf,
  parseCjkNumber,
  parseDecimal,
  parseDecimalDe,
  parseAmount,
  parseSpacedNumber,
  roundTol,
  hedgeBefore,
  toleranceFor,
  tonnesPer,
} from "./numbers.js";
import type { Hedge, Tolerance } from "../types.js";

import { latin1Stub } from "./all-matches.js";
import { europeanNumber } from "./european-numbers.js";
import { joinRanges } from "./level-ranges.js";
import { MONTH_NAMES } from "../../domain/period.js";

export { findShares, type ShareHit } from "./find-shares.js";

/** A tonnage found in a clause, normalised to tonnes. */
export interface LevelHit extends Tolerance {
  start: number;
  end: number;
  value: number;
  unit: "t";
  hedge: Hedge | null;
  /** Half of the last stated digit's place value, in tonnes ("6,150 t": 5; "6,149.95 t": 0.005). */
  halfUnit: number;
  /** The figure is named as a whole that a part is taken of ("of the 6,146 t shipped"). */
  whole?: boolean;
  /** The unit was read by the number's size: "45 mt" may be metric tonnes or million tonnes. */
  unitGuessed?: boolean;
  /** The number takes its unit from the last of a list ("1,288, 854 and 444 tonnes"): not written with it. */
  unitShared?: boolean;
  /** Its place in such a list, counting from 0, and the list's length. */
  list?: { index: number; size: number };
  /** A range ("between 4,000 and 4,500 t"): low/high are its ends, `value` its middle (level-ranges.ts). */
  range?: true;
}

/** Kilograms in Japanese and Korean: "9007キログラム", "9007キロ", "4,260킬로그램". */
const CJK_KG = "キログラム|キロ(?![メワリ])|킬로그램";
const IS_CJK_KG = new RegExp(`^(?:${CJK_KG})$`);
const CJK_HEDGE = "约|大约|近|超过|不到|약|約";
// "3.26 ten-thousand tonnes": 万 as machine translation renders it, before "thousand" could take its tail;
// "4.18 lakh kg": Indian English counts in lakhs (a hundred thousand) and crores (ten million)
// Spanish and Portuguese "51,44 mil toneladas", Indonesian "51,44 ribu ton" (thousand)
const SCALE =
  "ten[\\s-]thousand|lakhs?|crores?|thousand|million|mn|mln|m(?!t)|k(?!g)|万|千|Tausend|mil(?=\\s{1,2}tonelad)|ribu(?=\\s{1,2}ton\\b)";
/** A thousand said as a word between a decimal-comma figure and its unit ("6,15 mil toneladas", "51,44 ribu ton"). */
const THOUSAND_WORD = "(?:mil\\s{1,2}(?=tonelad)|ribu\\s{1,2}(?=ton\\b))";
// Indonesian "metrik ton" and "ton metrik", Norwegian "tonn"
const UNIT = `kilotonnes|kilotonne|kilotons|kiloton|metric tonnes|metric tons|metrik ton|ton metrik|tonnen|tonn|tonnellate|tonnellata|toneladas|tonelada|tonnes|tonne|tons|ton|tấn|mt|t|kilogrammes|kilogramm|kilograms|kilos|kilo|kg|公吨|公噸|吨|噸|公斤|千克|${CJK_KG}|トン|톤`;
/** A German decimal before "Tonnen": "4.343,5 Tonnen", "6,5 Tonnen". */
const DE_DECIMAL = "(?:\\d{1,3}(?:\\.\\d{3}){1,4}|\\d{1,12}),\\d{1,4}(?=\\s?(?:Tausend\\s)?Tonnen)";
/**
 * The same before any unit ("1.207,5 t"), and a decimal comma before one or two digits ("6,5 t"),
 * which only text in German, French, Spanish or Italian is read as (european-numbers.ts).
 */
const EU_DECIMAL = `\\d{1,3}(?:\\.\\d{3}){1,4},\\d{1,4}(?=\\s?(?:${UNIT})(?![A-Za-z]))|\\d{1,12},\\d{1,2}(?=\\s?${THOUSAND_WORD}?(?:${UNIT})(?![A-Za-z]))`;
// "3천188t" and "3 188 t" are read whole, before the plain digits could take their tail ("188 t")
// "a 677-tonne rise": a tonnage joined to its unit by a hyphen, as in a compound adjective
// "6,000-odd tonnes", "6,000-plus tonnes", "6,000+ tonnes": a bound said after the figure (`BOUND_AFTER`)
const QTY = new RegExp(
  `()(?:(${CJK_HEDGE})\\s?)?(?:(?<![\\d.,])(${CJK_NUM}|${SPACED_NUM}|${DE_DECIMAL}|${EU_DECIMAL}|${NUM})|\\b(${WORD_AMOUNT}))(?:[-\\s](?:odd|plus)\\b|\\+)?(?:\\s{0,2}|-)(${SCALE})?(?:\\s{0,2}|-)(${UNIT})(?![A-Za-z])`,
  "gi",
);
/**
 * A bound said right after a figure: "6,000-plus" and "6,000+" are at least 6,000; "6,000-odd" is
 * 6,000 and some, short of the next thousand ("500-odd": 500 to 600).
 */
const BOUND_AFTER = /^(?:[-\s](odd|plus)\b|(\+))/i;
/** The bound said right after the figure `number` that opens `match`, or null. */
function boundAfter(match: string, number: string): "odd" | "plus" | null {
  const b = BOUND_AFTER.exec(match.slice(match.indexOf(number) + number.length));
  if (b === null) return null;
  return b[1]?.toLowerCase() === "odd" ? "odd" : "plus";
}

/**
 * A hedge or bound after a Korean, Japanese or Chinese figure: "850톤 이상" (or more), "500톤 미만"
 * (under), "5000トン超", "300トン程度", "6000吨左右".
 */
const CJK_HEDGE_AFTER_AT = new RegExp(`^\\s?(${CJK_HEDGE_AFTER})`);
/**
 * A tonnage named as a mark the level is measured against ("the 6,000-tonne mark", "the 5,000 t
 * threshold"): the words before the article say on which side of it the level lies.
 */
const MARK_AFTER = /^\s?(?:mark|level|line|threshold|barrier|milestone|ceiling|floor|benchmark)\b/i;
const MARK_ARTICLE = /\bthe\s$/i;

/**
 * The hedge of a mark from the words before its article ("above the", "crossed the", "fell short of
 * the"), or null when none says on which side the level lies ("hovered near the 6,000-tonne mark",
 * "the 200-tonne level"): then the mark is no figure of the level at all.
 */
function markHedge(clause: string, start: number, end: number): Hedge | null | undefined {
  if (!MARK_AFTER.test(clause.slice(end, end + 12))) return undefined;
  const before = clause.slice(Math.max(0, start - 4), start);
  if (!MARK_ARTICLE.test(before)) return undefined;
  const h = hedgeBefore(clause, start - 4);
  return h ? hedgeOf(h.word) : null;
}

/** Before a figure: it is the whole of which a part is taken ("of the", "out of a total"). */
const WHOLE_BEFORE = /\b(?:of|out of)\s(?:(?:the|a|all|China's|its|total(?: of)?)\s){0,3}$/i;

/** Around the numbers of a ratio ("one in ten tonnes", "two tonnes in five", "two of every ten"): no tonnage. */
const RATIO_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}";
const RATIO_BEFORE = new RegExp(
  `\\b(?:${RATIO_WORD})\\s(?:(?:in|out of)\\s(?:every\\s)?|of\\severy\\s)$`,
  "i",
);
const RATIO_AFTER = new RegExp(
  `^\\s(?:(?:in|out of)\\s(?:every\\s)?|of\\severy\\s)(?:${RATIO_WORD})\\b`,
  "i",
);

/** The last clause read: the difference finder reads the same clause's tonnages again. */
const memo: { clause: string | null; hits: LevelHit[] } = { clause: null, hits: [] };

/** Every tonnage in a clause. */
export function findLevels(clause: string): LevelHit[] {
  const out: LevelHit[] = [];
  if (clause === memo.clause) return memo.hits;
  // a tonnage takes a figure and its unit: none in a stop or a bracket alone
  for (const m of latin1Stub(clause) ? [] : scan(QTY, clause)) {
    const unitWord = (m[6] ?? "t").toLowerCase();
    const european = m[3] ? europeanNumber(m[3], clause) : null;
    // "6,5 t" in English text: a list's comma or a decimal, so no tonnage is read
    if (european === "ambiguous") continue;
    const parsed = european ?? readNumber(m[3], m[4], unitWord);
    const end = m.index + m[0].length;
    if (
      parsed === null ||
      RATIO_BEFORE.test(clause.slice(Math.max(0, m.index - 20), m.index)) ||
      (parsed.value <= 20 && RATIO_AFTER.test(clause.slice(end, end + 20)))
    )
      continue;
    // "1.5 mt" could be million tonnes; a metric-tonne reading needs a magnitude that fits
    if (unitWord === "mt" && parsed.value < 10 && parsed.halfUnit < 0.5) continue;
    const factor = multiplierOf(m[5]) * unitFactor(unitWord);
    const after = m[1] || m[2] ? null : CJK_HEDGE_AFTER_AT.exec(clause.slice(m.index + m[0].length));
    const said = hedgeOf(m[1] || m[2] || after?.[1]);
    // "some 500-odd tonnes": the span "-odd" gives is the rough figure's, whatever rough word goes before
    const bound = said === null || said === "about" ? boundAfter(m[0], m[3] ?? m[4] ?? "") : null;
    let hedge = bound === "odd" ? "just_over" : (said ?? (bound === "plus" ? "more_than" : null));
    if (hedge === null) {
      const mark = markHedge(clause, m.index, m.index + m[0].length);
      if (mark === null) continue;
      if (mark !== undefined) hedge = mark;
    }
    const value = roundTol(parsed.value * factor);
    const halfUnit = roundTol(parsed.halfUnit * factor);
    // a round figure's half unit reaches to its last zero ("500": 50), so "500-odd" runs to 600
    const tol =
      bound === "odd" ? { low: value, high: value + 2 * halfUnit } : toleranceFor(value, halfUnit, hedge);
    const hit: LevelHit = {
      start: m.index,
      end: m.index + m[0].length,
      value,
      unit: "t",
      hedge,
      halfUnit,
      ...tol,
    };
    if (WHOLE_BEFORE.test(clause.slice(Math.max(0, m.index - 40), m.index))) hit.whole = true;
    // below a hundred, "mt" could still be million tonnes of some bulk material: a reading, not a certainty
    if (unitWord === "mt" && !m[5] && parsed.value < 100) hit.unitGuessed = true;
    const items = listBefore(clause, m.index, m[3] ?? "", factor);
    if (items.length > 0) {
      const size = items.length + 1;
      items.forEach((x, index) => out.push({ ...x, list: { index, size } }));
      hit.list = { index: size - 1, size };
    }
    out.push(hit);
    const to = toAfterFrom(clause, hit);
    if (to) out.push(to);
  }
  for (const m of [
    ...scan(ZERO, clause),
    ...(/\b(?:no|zero)\b/i.test(clause) ? scan(NONE_SHIPPED, clause) : []),
    ...(/\b(?:none|zero)\b/i.test(clause) ? scan(NONE_WORDED, clause) : []),
    ...(ZERO_INTL_HINT.test(clause) ? scan(ZERO_INTL, clause) : []),
  ]) {
    const word = m.slice(1).find((g) => g !== undefined) ?? "";
    const start = m.index + m[0].lastIndexOf(word);
    if (!out.some((x) => x.start <= start && x.end > start)) out.push(zeroLevel(start, start + word.length));
  }
  if (/\b(?:single|lone|one)\b/i.test(clause))
    for (const m of scan(ONE_UNIT, clause)) {
      const [start, end] = [m.index, m.index + m[0].length];
      // "one tonne in five" is a share; "not a single kilogram" is none at all
      if (/^\s(?:in|out\sof)\s(?:every\s)?\w+/i.test(clause.slice(end, end + 20))) continue;
      if (
        /(?:\b(?:not|never|no)\b|n['’]t\b)[^,;.]{0,30}$/i.test(clause.slice(Math.max(0, start - 40), start))
      )
        continue;
      const value = tonnesPer(m[1] ?? "t");
      const halfUnit = value / 2;
      if (!out.some((x) => x.start < end && x.end > start))
        out.push({
          start,
          end,
          value,
          unit: "t",
          hedge: null,
          halfUnit,
          low: value - halfUnit,
          high: value + halfUnit,
        });
    }
  const glossed = glossedLevel(clause);
  if (glossed !== null && !out.some((x) => x.start < glossed.end && x.end > glossed.start)) out.push(glossed);
  const read = joinRanges(clause, out).sort((a, b) => a.start - b.start);
  memo.clause = clause;
  memo.hits = read;
  return read;
}

/**
 * Nothing shipped, said in words: "fell to zero", "exports were nil", "shipments were also nil",
 * "gallium exports zero", "from zero in May". Not "zero tariffs", "net zero", "zero-sum" or a zero of another measure.
 */
const ZERO = new RegExp(
  `(?:\\b(?:fell|fallen|falls|dropped|drops|sank|sunk|plunged|slumped|collapsed|declined|shrank|slid|down|cut)\\s(?:(?:almost|nearly|all\\sthe\\sway)\\s)?to\\s|\\b(?:was|were|been|stood\\sat|came\\sto|totall?ed|from)\\s(?:(?:also|again|still|likewise)\\s)?|\\b(?:exports|shipments|sales)\\s)(zero|nil)\\b(?![- ]?(?:tariffs?|tolerance|sum|emissions?|carbon|per\\s?cent|percent|%|points?|growth|rates?|interest|covid|based|trust|hours?|days?|risk))`,
  "gi",
);

/**
 * Nothing shipped, said with "no" or "zero": "exported no wrought germanium products last month", "there
 * were no exports of gallium in August", "China exported no gallium at all", "shipped zero germanium". Not "no more than", "no sign of",
 * "no data", nor a stop that runs on ("no shipments to the EU since October": a span, not a month).
 */
const NONE_SHIPPED =
  /(?:\b(?:exported|shipped|sold|sent|delivered)\s(no|zero)\s(?!(?:more|less|fewer|longer|signs?|changes?|data|details?|figures?|breakdown|comment|one|other|sooner)\b)|\b(no)\s(?:(?:wrought|further|new|direct)\s)?(?:exports?|shipments?|deliveries)\s(?:of|to)\b)(?![^.;]{0,80}?\b(?:since|after|until)\b)/gi;

/**
 * Nothing shipped, said with "none" set against a month or with a unit: "shipping 4.26 t after none
 * at all in May", "but none in April", "zero tonnes of gallium", "showed zero gallium exports". Not "none
 * of the buyers", nor "zero tariffs", "zero growth in exports", "net zero".
 */
const NONE_WORDED = new RegExp(
  `\\b(?:after|but|and|from|versus|vs\\.?|against|with)\\s(none(?:\\sat\\sall)?)\\s(?=(?:in|during)\\s(?:${MONTH_NAMES.join("|")})\\b)|\\b(zero)\\s(?=(?:metric\\s)?(?:tonnes?|tons?|kilograms?|kg)\\b)|(?<!\\bnet\\s)\\b(zero)\\s(?!(?:growth|tariffs?|tolerance|emissions?|carbon|duty|risk|interest)\\b)(?=(?:[a-z-]+\\s){0,2}(?:exports|shipments|deliveries)\\b)`,
  "gi",
);

/**
 * One unit said in words: "a single kilogram of dysprosium", "just one tonne", "one kg". Not "one of
 * the buyers", "a one-tonne lot", "one tonne in five" (a share) nor "not a single kilogram".
 */
const ONE_UNIT =
  /\b(?:a\s(?:single|lone|mere)|(?:just\s|only\s)?one)\s(kilograms?|kilogrammes?|kg|tonnes?|tons?)\b(?!-)/gi;

/**
 * Nothing shipped, said in German, the Romance languages, Japanese or Chinese: "lagen bei null", "auf
 * null gesunken", "hat kein Gallium exportiert", "crollate a zero", "tombées à zéro", "azzerate", "non ha esportato",
 * "輸出はいずれもゼロ", "輸出がなかった", "出口为零".
 */
const ZERO_INTL = new RegExp(
  `\\b(?:bei|auf)\\s(null)\\b(?!\\s?(?:Prozent|%|Toleranz))|\\b(kein(?:e|en)?)\\s(?:[A-ZÄÖÜ][\\wäöüß-]+\\s){1,2}(?:mehr\\s)?(?:exportiert|ausgeführt|geliefert|verschifft)\\b|(?<![\\p{L}])(?:crollat[ei]|scese|scesi|calat[ei]|ridott[ei]|tombée?s?|chuté|tombé|cayeron|cayó|caíram|caiu)\\s(?:a|à)\\s(zero|zéro|cero)(?![\\p{L}-])|(?<![\\p{L}])(azzerat[eio])(?![\\p{L}])|(?<![\\p{L}])(non\\sha\\sesportato|n['’]a\\spas\\sexporté|no\\sexportó|não\\sexportou)(?![\\p{L}])|[はもが]\\s?(ゼロ)(?!金利|関税|コロナ)|輸出\\s?[はが]\\s?(?:いずれも|どちらも)?\\s?(なかった)|(为零|為零|零出口)`,
  "giu",
);
const ZERO_INTL_HINT =
  /null|kein|zero|zéro|cero|azzerat|non ha|n['’]a pas|no exportó|não exportou|ゼロ|なかった|零/i;

/** "zero": nothing, as customs count it (to the kilogram). */
function zeroLevel(start: number, end: number): LevelHit {
  return { start, end, value: 0, unit: "t", hedge: null, halfUnit: 0.0005, low: 0, high: 0.0005 };
}

/**
 * A figure that leads its line or numbered item, its unit first in the words after the dash or
 * colon: "569 - tonnes added ...", "4. 7,742: tonnes of rare earths shipped in June", "0: kilograms of ...".
 */
const GLOSSED_UNIT = new RegExp(
  `^(\\W*?(?:\\d{1,2}[.)]\\s+)?)(${NUM})(?:\\s[-–—:]|:)\\s(?:metric\\s)?(tonnes|tons|kilograms|kilogrammes|kg)\\b`,
  "i",
);

function glossedLevel(clause: string): LevelHit | null {
  const m = GLOSSED_UNIT.exec(clause);
  const parsed = m ? parseDecimal(m[2] ?? "") : null;
  if (!m || parsed === null) return null;
  const start = (m[1] ?? "").length;
  const factor = tonnesPer(m[3] ?? "t");
  const value = roundTol(parsed.value * factor);
  const halfUnit = roundTol(parsed.halfUnit * factor);
  return {
    start,
    end: start + (m[2] ?? "").length,
    value,
    unit: "t",
    hedge: null,
    halfUnit,
    ...toleranceFor(value, halfUnit, null),
  };
}

const FROM_BEFORE = /\bfrom\s(?:(?:about|around|roughly|some|nearly|almost)\s)?$/i;
/** After a figure a change runs from: its month, then "to" and a bare number, no unit or percent after it. */
const TO_BARE = new RegExp(
  `^(?:\\s(?:in|during)\\s[A-Za-z]{3,9}(?:\\s(?:19|20)\\d{2})?)?\\s(?:to|down to|up to)\\s(${NUM})(?![\\d.,]*\\d)(?!\\s?(?:[%％]|per\\b|pc\\b|pct\\b|percent\\b|(?:t|mt|kt|kg|k)\\b|tonnes?\\b|tons?\\b|thousand\\b|million\\b|levels?\\b))`,
  "i",
);

/**
 * "from 5,324 tonnes in March to 2,626", "shrank from 246 tonnes to 46": the bare figure a change
 * runs to takes the unit of the one it runs from, marked as not written with it.
 */
function toAfterFrom(clause: string, from: LevelHit): LevelHit | null {
  if (!FROM_BEFORE.test(clause.slice(Math.max(0, from.start - 20), from.start))) return null;
  // only a figure in plain tonnes lends its unit ("from 5.3 kt to 2.6" leaves the scale in doubt)
  if (!/\d\s?(?:metric\s)?(?:tonnes?|tons?|t|mt)$/i.test(clause.slice(from.start, from.end))) return null;
  const m = TO_BARE.exec(clause.slice(from.end, from.end + 60));
  const text = m?.[1];
  const parsed = text ? parseDecimal(text) : null;
  if (!m || !text || parsed === null || /^(?:19|20)\d{2}$/.test(text)) return null;
  const start = from.end + m[0].length - text.length;
  return {
    start,
    end: start + text.length,
    value: parsed.value,
    unit: "t",
    hedge: null,
    halfUnit: parsed.halfUnit,
    ...toleranceFor(parsed.value, parsed.halfUnit, null),
    unitShared: true,
  };
}

/** A bare number that ends a list item before the number with the unit: "1,288, " or "854 and ". */
const LIST_ITEM = new RegExp(`(?<![\\d.,\\w$€£¥])(${NUM})(?:,\\s(?:and\\s)?|\\s(?:and|&|or)\\s)$`);

/**
 * "1,288, 854 and 444 tonnes": the bare numbers listed before a tonnage share its unit. Each is read
 * with that unit, marked as taking it from the list; a year, a percentage or a number in words is not.
 */
function listBefore(clause: string, at: number, digits: string, factor: number): LevelHit[] {
  if (!/^[\d,.]+$/.test(digits)) return [];
  const out: LevelHit[] = [];
  let end = at;
  for (let k = 0; k < 8; k++) {
    const m = LIST_ITEM.exec(clause.slice(Math.max(0, end - 40), end));
    if (!m) break;
    const start = end - m[0].length;
    const text = m[1] as string;
    const parsed = parseDecimal(text);
    if (parsed === null || /^(?:19|20)\d{2}$/.test(text)) break;
    const value = roundTol(parsed.value * factor);
    const halfUnit = roundTol(parsed.halfUnit * factor);
    out.unshift({
      start,
      end: start + text.length,
      value,
      unit: "t",
      hedge: null,
      halfUnit,
      ...toleranceFor(value, halfUnit, null),
      unitShared: true,
    });
    end = start;
  }
  return out;
}

function readNumber(digits: string | undefined, words: string | undefined, unitWord: string) {
  if (words) return parseAmount(words);
  if (!digits) return null;
  if (/[千천万萬만亿億억]/.test(digits)) return parseCjkNumber(digits);
  if (/\d\s\d/.test(digits)) return parseSpacedNumber(digits);
  // German writes "6.150 Tonnen" for six thousand one hundred and fifty
  if (unitWord === "tonnen" && /^\d{1,3}\.\d{3}$|,\d{1,4}$/.test(digits)) return parseDecimalDe(digits);
  return parseDecimal(digits);
}

function unitFactor(unitWord: string): number {
  if (unitWord === "公斤" || unitWord === "千克" || IS_CJK_KG.test(unitWord)) return 1e-3;
  if (unitWord.startsWith("kiloton")) return 1e3;
  return tonnesPer(unitWord);
}
