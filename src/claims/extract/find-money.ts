// Values in money in one clause: "US$288 million", "$1.2 billion", "USD 8.47 mn", "¥1.5 billion",
// "RMB 2.1bn", "288 million US dollars", "1.2 billion yuan", "2.88亿美元". A value is a level in its
// currency (`USD`, `CNY`, `EUR`, `JPY`), never a tonnage, and its "US" never names the United States.
// Prices per unit ("$60 per kg", "640,000 yuan a tonne") are not trade values and are skipped.

import { NUM, hedgeOf, scan, multiplierOf, parseDecimal, roundTol, toleranceFor } from "./numbers.js";
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
const AFTER_NUM = new RegExp(`${HEDGE}(?<![\\d.,$])(${NUM})\\s?(${SCALE})?\\s(${SUFFIX})\\b`, "gi");
const CJK = new RegExp(`(约|近|超过)?(?<![\\d.,])(${NUM})\\s?(万|亿)?(美元|元|人民币|欧元|日元)`, "g");
/** After a value: a price per unit, not a trade value. */
const PER_UNIT =
  /^\s?(?:(?:per|a|an|each|\/)\s?(?:metric\s)?(?:tonne|ton|t|kg|kilogram|pound|lb)\b|\/(?:t|kg)\b|每吨|每公斤)/i;

/** Every value in money in a clause, leftmost first. */
export function findMoney(clause: string): MoneyHit[] {
  const out: MoneyHit[] = [];
  const add = (start: number, end: number, hit: Omit<MoneyHit, "start" | "end"> | null) => {
    if (hit === null || out.some((o) => start < o.end && end > o.start)) return;
    if (PER_UNIT.test(clause.slice(end, end + 16))) return;
    out.push({ start, end, ...hit });
  };
  if (!/[$€¥円元]|\b(?:USD|EUR|RMB|CNY|JPY|dollars?|yuan|euros?|yen|renminbi)\b/i.test(clause)) return out;
  for (const m of scan(BEFORE_NUM, clause)) {
    add(m.index, m.index + m[0].length, read(m[3], m[4], currencyOf(m[2] ?? "", m[5]), m[1]));
  }
  for (const m of scan(AFTER_NUM, clause)) {
    add(m.index, m.index + m[0].length, read(m[2], m[3], currencyOf("", m[4]), m[1]));
  }
  for (const m of allMatches(CJK, clause)) {
    add(m.index, m.index + m[0].length, read(m[2], m[3], currencyOf(m[4] ?? "", undefined), m[1]));
  }
  return out.sort((a, b) => a.start - b.start);
}

function read(
  num: string | undefined,
  scale: string | undefined,
  unit: MoneyHit["unit"] | null,
  hedgeWord: string | undefined,
): Omit<MoneyHit, "start" | "end"> | null {
  const parsed = parseDecimal(num ?? "");
  if (parsed === null || unit === null) return null;
  const factor = scaleOf(scale);
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
  if (/€|eur|欧元/.test(words)) return "EUR";
  if (/\$|usd|dollar|美元/.test(words)) return "USD";
  if (/¥|rmb|cny|yuan|renminbi|元|人民币/.test(words)) return "CNY";
  return null;
}
