// Values in money in one clause: "US$288 million", "$1.2 billion", "USD 8.47 mn", "¥1.5 billion",
// "RMB 2.1bn", "288 million US dollars", "1.2 billion yuan", "2.88亿美元", "5960萬美元", "2억7천만 달러",
// "2億9000万ドル", "287,4 Millionen Dollar", "95,2 millions de dollars", "2,3 mil millones de dólares". A value is a level in its
// currency (`USD`, `CNY`, `EUR`, `JPY`), never a tonnage, and its "US" never names the United States.
// Prices per unit ("$60 per kg", "640,000 yuan a tonne") are not trade values and are skipped.

import {
  CJK_NUM,
  NUM,
  hedgeOf,
  scan,
  multiplierOf,
  parseCjkNumber,
  parseDecimal,
  parseDecimalDe,
  roundTol,
  toleranceFor,
  type ParsedNumber,
} from "./numbers.js";
import type { Hedge, Tolerance } from "../types.js";
import { allMatches } from "./all-matches.js";

/** A value in money found in a clause. */
export interface MoneyHit extends Tolerance {
  start: number;
  end: number;
  value: number;
  unit: "USD" | "CNY" | "EUR" | "JPY";
  hedge: Hedge | null;
  halfUnit: number;
}

const HEDGE = "()";
const SCALE = "trillion|billion|million|thousand|bn|mn|mln|tn|b|m|k";
const PREFIX = "US\\$|U\\.S\\.\\s?\\$|USD|US dollars?|\\$|€|EUR|euros?|JP¥|CN¥|¥|RMB|CNY|yuan";
const SUFFIX = "US dollars|U\\.S\\. dollars|dollars|USD|yuan|renminbi|RMB|CNY|euros|EUR|yen|JPY";
const BEFORE_NUM = new RegExp(
  `${HEDGE}(?<![\\w$€¥])(${PREFIX})\\s?(${NUM})(?:\\s?(${SCALE})\\b)?(?:\\s(${SUFFIX})\\b)?`,
  "gi",
);
// "26.74 MUSD", "1.2 bn EUR": a scale may be glued to the currency's code, as French and trade tables write it
const AFTER_NUM = new RegExp(`${HEDGE}(?<![\\d.,$])(${NUM})(?:\\s?(${SCALE})\\s?|\\s)(${SUFFIX})\\b`, "gi");
// "3.02亿美元", "5960萬美元", "3억180만 달러", "2億9000万ドル": the number counts in myriads (numbers.ts);
// "44830万美元" puts more digits before one multiplier than a part of such a number has
const CJK = new RegExp(
  `(约|近|超过|約|약)?(?<![\\d.,])(?:(${CJK_NUM})|(${NUM})\\s?([万萬亿億만억])?)\\s?(美元|元|人民币|欧元|日元|ドル|円|달러|유로)`,
  "g",
);
/** The scale words of the German, French, Spanish, Portuguese and Italian press: billions, then millions. */
const EUROPEAN_BILLIONS = "Milliarden|Mrd\\.?|milliards?|mil millones|mil milhões|bilhões|biliões|miliardi";
const EUROPEAN_MILLIONS = "Millionen|Mio\\.?|millions?|millones|milhões|milioni";
const BILLIONS_WORD = new RegExp(`^(?:${EUROPEAN_BILLIONS})$`, "i");
// "287,4 Millionen Dollar", "95,2 millions de dollars", "1.030 millones de dólares": digits as those
// languages print them (a dot between thousands, a comma before decimals), whatever the clause's language
const EUROPEAN = new RegExp(
  `(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,4})?|\\d{1,12}(?:,\\d{1,4})?)\\s(${EUROPEAN_BILLIONS}|${EUROPEAN_MILLIONS})\\s(?:de\\s|d['’]|di\\s)?(US-Dollar|Dollar|dollars|dólares|dollari|Euro|euros|euro)(?![\\p{L}])`,
  "giu",
);
/** "26,74 MUSD", "3,1 Mrd. EUR": a comma before decimals and a scale glued to the currency's code. */
const EUROPEAN_CODE = new RegExp(
  `(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,4})?|\\d{1,12}(?:,\\d{1,4})?)\\s?(M|Mio\\.?|Mrd\\.?)\\s?(USD|EUR)\\b`,
  "g",
);
/** After a value: a price per unit, not a trade value. */
const PER_UNIT =
  /^\s?(?:(?:per|a|an|each|je|pro|par|por|\/)\s?(?:metric\s)?(?:tonne|ton|t|kg|kilogram|pound|lb|tonelada|tonnellata)\b|\/(?:t|kg)\b|每吨|每公斤|每噸)/i;

/** Every value in money in a clause, leftmost first. */
export function findMoney(clause: string): MoneyHit[] {
  const out: MoneyHit[] = [];
  const add = (start: number, end: number, hit: Omit<MoneyHit, "start" | "end"> | null) => {
    if (hit === null || out.some((o) => start < o.end && end > o.start)) return;
    if (PER_UNIT.test(clause.slice(end, end + 16))) return;
    out.push({ start, end, ...hit });
  };
  if (
    !/[$€¥円元]|ドル|달러|유로|\b(?:USD|EUR|RMB|CNY|JPY|dollars?|yuan|euros?|yen|renminbi)\b|\d\s?[mbk](?:USD|EUR|CNY)\b|dólares|dollari/i.test(
      clause,
    )
  )
    return out;
  for (const m of scan(BEFORE_NUM, clause)) {
    add(m.index, m.index + m[0].length, read(m[3], m[4], currencyOf(m[2] ?? "", m[5]), m[1]));
  }
  for (const m of scan(AFTER_NUM, clause)) {
    add(m.index, m.index + m[0].length, read(m[2], m[3], currencyOf("", m[4]), m[1]));
  }
  for (const m of allMatches(CJK, clause)) {
    const parsed = m[2] ? parseCjkNumber(m[2]) : parseDecimal(m[3] ?? "");
    add(
      m.index,
      m.index + m[0].length,
      valueOf(parsed, multiplierOf(m[4]), currencyOf(m[5] ?? "", undefined), m[1]),
    );
  }
  for (const m of [...allMatches(EUROPEAN, clause), ...allMatches(EUROPEAN_CODE, clause)]) {
    const factor = BILLIONS_WORD.test(m[2] ?? "") ? 1e9 : 1e6;
    add(
      m.index,
      m.index + m[0].length,
      valueOf(parseDecimalDe(m[1] ?? ""), factor, currencyOf("", m[3]), undefined),
    );
  }
  return out.sort((a, b) => a.start - b.start);
}

function read(
  num: string | undefined,
  scale: string | undefined,
  unit: MoneyHit["unit"] | null,
  hedgeWord: string | undefined,
): Omit<MoneyHit, "start" | "end"> | null {
  return valueOf(parseDecimal(num ?? ""), scaleOf(scale), unit, hedgeWord);
}

function valueOf(
  parsed: ParsedNumber | null,
  factor: number,
  unit: MoneyHit["unit"] | null,
  hedgeWord: string | undefined,
): Omit<MoneyHit, "start" | "end"> | null {
  if (parsed === null || unit === null) return null;
  const hedge = hedgeOf(hedgeWord);
  const value = roundTol(parsed.value * factor);
  const halfUnit = roundTol(parsed.halfUnit * factor);
  return { value, unit, hedge, halfUnit, ...toleranceFor(value, halfUnit, hedge) };
}

function scaleOf(scale: string | undefined): number {
  const s = (scale ?? "").toLowerCase();
  if (s === "tn" || s === "trillion") return 1e12;
  return multiplierOf(s);
}

/** The currency a prefix or suffix names; a bare "$" is the US dollar, a bare "¥" the yuan in this domain. */
function currencyOf(prefix: string, suffix: string | undefined): MoneyHit["unit"] | null {
  const words = `${prefix} ${suffix ?? ""}`.toLowerCase();
  if (/jp¥|yen|jpy|円|日元/.test(words)) return "JPY";
  if (/€|eur|欧元|유로/.test(words)) return "EUR";
  if (/\$|usd|dollar|dólar|美元|ドル|달러/.test(words)) return "USD";
  if (/¥|rmb|cny|yuan|renminbi|元|人民币/.test(words)) return "CNY";
  return null;
}
