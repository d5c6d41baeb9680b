// Who and what a clause is about: the series (magnets vs rare earths vs rare-earth products), the
// destination ("to the US", "US-bound", "Japan's", "Germany, the largest buyer"), whose statistics
// (China's customs unless the text cites another country's own data), and whether a number's
// nearest subject is a trade figure at all or a tariff, a price, revenue.

import { NON_TRADE_NOUN, PARTNERS, PROPER_POSSESSIVE, SERIES_PATTERNS, TRADE_NOUN } from "./lexicon.js";

export interface Mention<T> {
  value: T;
  start: number;
  end: number;
}

/** Series mentioned in a clause, in order; overlapping names keep the narrower (earlier-listed) one. */
export function findSeries(clause: string): Mention<string>[] {
  const out: Mention<string>[] = [];
  for (const [re, id] of SERIES_PATTERNS) {
    for (const m of clause.matchAll(re)) {
      const s = m.index;
      const e = s + m[0].length;
      if (out.some((o) => s < o.end && e > o.start)) continue;
      out.push({ value: id, start: s, end: e });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words after a country name that make it an actor, not a destination ("US tariffs"). */
const ACTOR_AFTER =
  /^(?:[- ](?:China|Chinese)\b|\s(?:tariffs?|government|officials?|president|administration|Commerce|sanctions|talks|deal|summit|trade truce|truce|negotiators|companies|firms|automakers|carmakers|makers|manufacturers|producers|customs|finance ministry|Ministry|census|Census|statistics|data|stocks?|shares|markets?|economy|dollar|Treasury|Congress|lawmakers|military|defen[cs]e)\b)/;
const ACTOR_BEFORE = /(?:\b(?:by|from|against|with|between|and)\s(?:the\s)?)$/;

/** The destination a clause speaks of, or null when it names none. */
export function findPartner(clause: string): Mention<string> | null {
  let best: Mention<string> | null = null;
  for (const { iso, names } of PARTNERS) {
    for (const m of clause.matchAll(names)) {
      const s = m.index;
      const e = s + m[0].length;
      const after = clause.slice(e, e + 24);
      const before = clause.slice(Math.max(0, s - 14), s);
      if (ACTOR_AFTER.test(after) && !/^-bound/.test(after)) continue;
      if (ACTOR_BEFORE.test(before) && !/^(?:'s|-bound)/.test(after)) continue;
      if (best === null || s < best.start) best = { value: iso, start: s, end: e };
      break;
    }
  }
  return best;
}

const REPORTER_STATS = new RegExp(
  "\\b(Japan(?:ese|'s)?|U\\.S\\.|US|United States|American|(?:South )?Korea(?:n|'s)?|German(?:y|y's)?|India(?:n|'s)?|EU|European Union|Eurostat|Census Bureau)" +
    "\\s(?:own\\s)?(?:customs|finance ministry|Ministry of Finance|Customs Service|census|trade (?:data|statistics|figures)|import (?:data|statistics|figures)|official (?:data|statistics)|government data|statistics)",
  "g",
);

const REPORTER_ISO: Array<[RegExp, string]> = [
  [/^Japan/, "JPN"], [/^(?:U\.S\.|US|United States|American|Census)/, "USA"], [/Korea/, "KOR"],
  [/^German/, "DEU"], [/^India/, "IND"], [/^(?:EU|European|Eurostat)/, "EU27"],
];

/** The reporter when the clause cites another country's own statistics, else null (China's). */
export function findReporter(clause: string): string | null {
  for (const m of clause.matchAll(REPORTER_STATS)) {
    const who = m[1] ?? "";
    for (const [re, iso] of REPORTER_ISO) if (re.test(who)) return iso;
  }
  if (/\bEurostat\b|\bCensus Bureau\b/.test(clause)) return /Eurostat/.test(clause) ? "EU27" : "USA";
  return null;
}

/** True when the clause speaks of China's own statistics or China as the exporter. */
export function mentionsChina(clause: string): boolean {
  return /\b(?:China|Chinese|Beijing)\b/.test(clause);
}

/** True when the clause marks the world total ("overall", "in total", "China's exports"). */
export function mentionsTotal(clause: string): boolean {
  return /\b(?:overall|in total|total (?:exports|shipments)|all destinations|worldwide|globally|(?:China|Chinese)(?:'s)? (?:total |overall |outbound )?(?:[\w-]{1,20}\s){0,3}(?:exports|shipments))\b/i.test(clause);
}

/** True when the clause says "imports" of China itself ("China's imports of rare earths"). */
export function mentionsChinaImports(clause: string): boolean {
  return /\bChina(?:'s)?\s(?:[\w-]{1,20}\s){0,3}imports\b|\bimports\s(?:of\s[\w -]{1,30}\s)?(?:into|by)\sChina\b|\bChina imported\b/i.test(clause);
}

/**
 * Classifies what the number at `at` is about by the nearest subject noun before it in the clause
 * (and right after it: "a 25% tariff"): `trade`, `other`, or null when the clause does not say.
 */
export function subjectAt(clause: string, at: number, end: number): "trade" | "other" | null {
  const after = clause.slice(end, end + 30);
  if (/^\s?(?:of\s)?(?:\w+\s)?(?:tariffs?|duty|duties|levy|tax|stake|discount|premium|interest|margin|of (?:its|their|the company's) (?:revenue|sales|profit))\b/i.test(after)) {
    return "other";
  }
  const before = clause.slice(Math.max(0, at - 160), at);
  const trade = Math.max(lastMatch(TRADE_NOUN, before), lastMatch(PROPER_POSSESSIVE, before));
  const other = lastMatch(NON_TRADE_NOUN, before);
  if (trade < 0 && other < 0) return null;
  return other > trade ? "other" : "trade";
}

function lastMatch(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index + m[0].length;
  return last;
}
