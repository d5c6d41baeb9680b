// Months as a word-for-word translation from Chinese writes them: "2025 year 11 month" (2025年11月),
// "1-11 month accumulate" (1-11月累计, January to November, cumulative), "11 month export" (11月出口),
// and a share as "occupy total export 9.46%" (占出口总量9.46%). Each is read as the English a
// reporter would write ("November 2025", "January-November cumulative", "accounting for 9.46% of
// total exports"). A bare "6 month" is read as a month only where the translation's word order
// shows it: after its year, or right before the trade it dates, and never after a word that makes
// it a length of time ("a 6 month export ban", "the past 12 month").

import { MONTH_NAMES } from "../../domain/period.js";
import { allMatches } from "./all-matches.js";
import type { Gloss } from "./russian-words.js";

/** Words before a number of months that make it a length of time, not a month. */
const SPAN_BEFORE = String.raw`(?<!\b(?:a|an|the|for|over|past|last|next|first|of|within|after|than|by|some|about|every|each)\s)`;
/** "2025 year ": the year a translation sets before its month. */
const YEAR = String.raw`(?:(\d{4})\s?year\s)?`;
const MONTH_NUM = String.raw`(1[0-2]|0?[1-9])`;
/** "1-11 month accumulate export": a span of months from the year's first, and "cumulative" after it. */
const SPAN = String.raw`${SPAN_BEFORE}\b${YEAR}${MONTH_NUM}\s?[-–~]\s?${MONTH_NUM}\s?month\b(?!s)(\s(?:accumulated?|cumulative|cumulate)\b)?`;
/** "11 month export", "2025 year 11 month": one month. */
const ONE = String.raw`${SPAN_BEFORE}\b${YEAR}${MONTH_NUM}\s?month\b(?!s|-)(?=(?<=year\s\d{1,2}\s?month)|\s(?:export|import|exports|imports|our|China)\b)`;
/** "occupy total export 9.46%": a share of the total. */
const OCCUPY = String.raw`\boccup(?:y|ies|ying)\s(?:the\s)?(?:total|whole|overall)\s(?:export|exports)(?:\s(?:volume|quantity|amount))?\s(?:of\s)?(\d{1,2}(?:\.\d{1,3})?\s?%)`;

const LITERAL = new RegExp(`(?<span>${SPAN})|(?<one>${ONE})|(?<occupy>${OCCUPY})`, "gi");

/**
 * The glosses of a text's literally translated months and shares.
 * @example literalGlosses("1-11 month accumulate export 51440 ton")[0]?.word // "January-November cumulative"
 */
export function literalGlosses(text: string): Gloss[] {
  if (!/\d\s?month\b|\boccup/i.test(text)) return [];
  const out: Gloss[] = [];
  for (const m of allMatches(LITERAL, text)) {
    const word = glossOf(m);
    if (word !== null) out.push({ index: m.index, length: m[0].length, word });
  }
  return out;
}

function glossOf(m: RegExpExecArray): string | null {
  const g = m.slice(1);
  const name = (n: string | undefined) => MONTH_NAMES[Number(n) - 1];
  if (m.groups?.["span"] !== undefined) {
    const [year, from, to, cumulative] = g.slice(1, 5);
    if (Number(from) >= Number(to)) return null;
    return `${name(from)}-${name(to)}${year ? ` ${year}` : ""}${cumulative ? " cumulative" : ""}`;
  }
  if (m.groups?.["one"] !== undefined) {
    const [year, month] = g.slice(6, 8);
    return `${name(month)}${year ? ` ${year}` : ""}`;
  }
  return `accounting for ${g[9]} of total exports`;
}
