// The grammar of changes in one clause: "rose 12%", "up 12% from October", "a 35 percent jump",
// "an increase of 5%", "more than doubled", "fell by about half", "a sevenfold rise",
// "down 2% on year", "up 3 percentage points"; and the comparison basis stated after them.

import { DOWN_NOUNS, DOWN_VERBS, FOLD, FRACTIONS, UP_NOUNS, UP_VERBS, directionOf } from "./lexicon.js";
import { HEDGE_WORDS, hedgeOf, parseDecimal, toleranceFor } from "./numbers.js";
import type { Hedge, Tolerance } from "../types.js";

/** A change found in a clause; offsets are in the clause. */
export interface ChangeHit extends Tolerance {
  start: number;
  end: number;
  pct: number;
  unit: "%" | "pp";
  hedge: Hedge | null;
  /** `mom`, `yoy`, or null when the clause does not say (a base month is found by the caller). */
  basis: "mom" | "yoy" | null;
}

export const NUM = "\\d{1,3}(?:,\\d{3}){1,4}(?:\\.\\d{1,6})?|\\d{1,12}(?:\\.\\d{1,6})?";
const PCT = `(${NUM})\\s?(%|per\\s?cent|percent|pct|percentage points?|pp)(?![A-Za-z])`;
const HEDGE = `(?:(${HEDGE_WORDS})\\s)?`;
const VERBS = `${UP_VERBS}|${DOWN_VERBS}`;
const NOUNS = `${UP_NOUNS}|${DOWN_NOUNS}`;
const ADVERB = "(?:[a-z]{2,15}ly\\s)?";
const FRACTION_WORD = "half|a third|one third|a quarter|one quarter|a fifth|two-thirds|two thirds|three-quarters";
const FOLD_WORD = "two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}";

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpMatchArray) => Omit<ChangeHit, "start" | "end" | "basis"> | null }> = [
  { // rose 12%, fell by about 11 percent, jumped a further 5%
    re: new RegExp(`\\b(${VERBS})\\s${ADVERB}(?:(?:by|some|a further|another)\\s)?${HEDGE}${PCT}`, "gi"),
    read: (m) => pctHit(directionOf(m[1] ?? ""), m[3], m[4], m[2]),
  },
  { // up 12%, down by 2 percent
    re: new RegExp(`\\b(up|down)\\s(?:by\\s)?${HEDGE}${PCT}`, "gi"),
    read: (m) => pctHit(directionOf(m[1] ?? ""), m[3], m[4], m[2]),
  },
  { // 12% higher, 35 percent more than, 12% above October
    re: new RegExp(`${HEDGE}${PCT}\\s(higher|lower|up|down|above|below|more|less|fewer)\\b`, "gi"),
    read: (m) => pctHit(directionOf(m[4] ?? ""), m[2], m[3], m[1]),
  },
  { // a 12% rise, an 11 percent year-on-year drop
    re: new RegExp(`\\b(?:a|an)\\s${HEDGE}${PCT}\\s(?:(?:year-on-year|year-over-year|on-year|month-on-month|on-month|monthly|annual|sequential)\\s)?(${NOUNS})\\b`, "gi"),
    read: (m) => pctHit(directionOf(m[4] ?? ""), m[2], m[3], m[1]),
  },
  { // an increase of 5%, a decline of about 11%
    re: new RegExp(`\\b(${NOUNS})\\sof\\s${HEDGE}${PCT}`, "gi"),
    read: (m) => pctHit(directionOf(m[1] ?? ""), m[3], m[4], m[2]),
  },
  { // more than doubled, nearly tripled, halved
    re: new RegExp(`${HEDGE}\\b(doubled|tripled|trebled|quadrupled|halved)\\b`, "gi"),
    read: (m) => foldHit(m[2] ?? "", m[1]),
  },
  { // fell by about half, dropped by a third, rose by a quarter
    re: new RegExp(`\\b(${VERBS})\\s${ADVERB}(?:by\\s)?${HEDGE}(${FRACTION_WORD})\\b(?!\\sof)`, "gi"),
    read: (m) => fractionHit(directionOf(m[1] ?? ""), m[3] ?? "", m[2]),
  },
  { // a sevenfold rise, rose sevenfold, jumped 7-fold
    re: new RegExp(`(?:\\b(?:a|an)\\s${HEDGE}(${FOLD_WORD})[- ]?fold\\s(${NOUNS}|increase)\\b|\\b(${UP_VERBS})\\s${HEDGE}(${FOLD_WORD})[- ]?fold\\b)`, "gi"),
    read: (m) => (m[2] ? multipleHit(m[2], m[1], directionOf(m[3] ?? "") ?? "up") : multipleHit(m[6] ?? "", m[5], "up")),
  },
];

const YOY = /\b(?:year[- ]on[- ]year|year[- ]over[- ]year|on[- ](?:the[- ])?year|y\/y|yoy|(?:from|than|on|over|versus|vs\.?|compared (?:with|to))\s(?:a year (?:earlier|ago|before)|the same (?:month|period|time)(?: (?:a year (?:earlier|ago)|last year|of last year|of the previous year|in (?:19|20)\d{2}))?|last year(?:'s)?(?: levels?| level| figure)?)|annual(?:ly)?|year earlier|from last year)/i;
const MOM = /\b(?:month[- ]on[- ]month|month[- ]over[- ]month|on[- ](?:the[- ])?month|m\/m|mom|(?:from|than|on|over|versus|vs\.?|compared (?:with|to))\s(?:the (?:previous|prior|preceding) month|a month (?:earlier|ago|before)|last month)|sequentially)/i;

/** Every change in a clause, leftmost first, without overlaps. */
export function findChanges(clause: string): ChangeHit[] {
  const hits: ChangeHit[] = [];
  for (const { re, read } of PATTERNS) {
    for (const m of clause.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      const hit = read(m);
      if (hit === null) continue;
      hits.push({ ...hit, start, end, basis: basisAfter(clause, start, end) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The basis named in or right after a change ("on year", "from a month earlier"), or null. */
export function basisAfter(clause: string, start: number, end: number): "mom" | "yoy" | null {
  const window = clause.slice(start, Math.min(clause.length, end + 70));
  const y = YOY.exec(window);
  const mo = MOM.exec(window);
  if (y && (!mo || y.index <= mo.index)) return "yoy";
  if (mo) return "mom";
  return null;
}

function pctHit(dir: "up" | "down" | null, num?: string, unitWord?: string, hedgeWord?: string) {
  const parsed = parseDecimal(num ?? "");
  if (dir === null || parsed === null || parsed.value > 100000) return null;
  const unit: "%" | "pp" = /point|pp/i.test(unitWord ?? "") ? "pp" : "%";
  const hedge = hedgeOf(hedgeWord);
  const pct = dir === "down" ? -parsed.value : parsed.value;
  return { pct, unit, hedge, ...toleranceFor(pct, parsed.halfUnit, hedge) };
}

function foldHit(word: string, hedgeWord?: string) {
  const w = word.toLowerCase();
  const factor = w === "halved" ? 0.5 : w === "doubled" ? 2 : w === "quadrupled" ? 4 : 3;
  const hedge = hedgeOf(hedgeWord);
  const pct = (factor - 1) * 100;
  return { pct, unit: "%" as const, hedge, ...toleranceFor(pct, Math.abs(pct) * 0.05, hedge, Math.abs(pct) * 0.05) };
}

function fractionHit(dir: "up" | "down" | null, word: string, hedgeWord?: string) {
  const key = word.toLowerCase().replace(/^(?:a|one)\s/, "");
  const share = FRACTIONS[key];
  if (dir === null || share === undefined) return null;
  const hedge = hedgeOf(hedgeWord);
  const pct = dir === "down" ? -share : share;
  return { pct, unit: "%" as const, hedge, ...toleranceFor(pct, 2.5, hedge, 2.5) };
}

function multipleHit(word: string, hedgeWord: string | undefined, dir: "up" | "down") {
  const n = FOLD[word.toLowerCase()] ?? Number.parseInt(word, 10);
  if (!Number.isFinite(n) || n < 2 || dir !== "up") return null;
  const hedge = hedgeOf(hedgeWord);
  const pct = (n - 1) * 100;
  // "sevenfold" is written for anything from about 6x to 8x the earlier figure
  return { pct, unit: "%" as const, hedge, ...toleranceFor(pct, 50, hedge, 100) };
}
