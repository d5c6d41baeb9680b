// The grammar of ranks and streaks in one clause: "a record", "second-highest on record",
// "this year's highest", "highest since January", "lowest in nine months",
// "a six-month high", "fifth straight monthly fall", "fell for a third consecutive month".

import { DOWN_NOUNS, DOWN_VERBS, UP_NOUNS, UP_VERBS, directionOf, parseCount } from "./lexicon.js";
import type { RankScope } from "../types.js";

/** A rank or streak found in a clause. A `since` scope's month is filled in by the caller. */
export interface RankHit {
  start: number;
  end: number;
  type: "rank" | "streak";
  n: number;
  direction: "high" | "low" | "up" | "down";
  scope: RankScope | { type: "since"; period: null } | { type: "year"; year: number | null } | null;
}

const ORD = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th)";
const HIGH = "highest|largest|biggest|strongest|best|most";
const LOW = "lowest|smallest|weakest|worst|fewest";
const NOUN =
  "(?:\\s(?:monthly\\s|month's\\s)?(?:level|total|volume|figure|amount|reading|tally|month|shipments|exports|monthly total|pace|print|showing|result|number|tonnage|outcome))?";
const EXTREME = `(?:(${ORD})[- ])?(${HIGH}|${LOW})${NOUN}`;
const COUNT =
  "\\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty|twenty-four|thirty-six";

const RECORD_SCOPE = new RegExp(
  `\\b${EXTREME}\\s(?:on record|ever(?: recorded)?|since records began|in the record|in (?:the|our) data|in the (?:data )?series|of all time)`,
  "gi",
);
const ALL_TIME =
  /\b(?:an?\s|the\s)?(?:new\s|fresh\s)?(?:all-time|record)[- ](high|low|level|peak|volume|total|amount|figure|monthly)\b|\b(?:an?|new|fresh)\srecord\b(?!\s(?:of|for|number of))|\b(?:einen?\s|neuen?\s){0,2}Rekord(?:wert|hoch|niveau|stand)?\b|创历史新高|历史最高/gi;
const YEAR_BEFORE = new RegExp(`\\b(?:this year's|the year's|((?:19|20)\\d{2})'s)\\s${EXTREME}`, "gi");
const YEAR_AFTER = new RegExp(
  `\\b${EXTREME}\\s(?:so far\\s)?(?:this year|of the year|for the year|in ((?:19|20)\\d{2})|of ((?:19|20)\\d{2}))`,
  "gi",
);
const SINCE = new RegExp(`\\b${EXTREME}\\s(?:level\\s)?since\\b`, "gi");
const WINDOW = new RegExp(
  `\\b${EXTREME}\\s(?:in|for|over)\\s(?:(?:more than|nearly|almost|over|about)\\s)?(?:(${COUNT})\\s)?(months?|years?)\\b`,
  "gi",
);
/** "a six-month high", "a fresh 10-month low", "a two-year peak". */
const N_MONTH_EXTREME = new RegExp(
  `\\b(${COUNT})[- ](months?|years?)[- ](high|low|peak|trough|top|bottom)s?\\b`,
  "gi",
);
const STREAK_NOUN = new RegExp(
  `\\b(${ORD}|third|first)\\s(?:straight|consecutive|successive)\\s(?:monthly\\s|month(?:ly)?\\sof\\s)?(${UP_NOUNS}|${DOWN_NOUNS}|months?)\\b`,
  "gi",
);
const STREAK_ROW = new RegExp(
  `\\b(${COUNT})\\s(?:straight|consecutive|successive)\\smonths\\b|\\b(${COUNT})\\smonths\\sin\\sa\\srow\\b|\\b(${ORD})\\smonth\\sin\\sa\\srow\\b`,
  "gi",
);
const VERB_BEFORE = new RegExp(`\\b(${UP_VERBS}|${DOWN_VERBS})\\b`, "gi");

/** Every rank and streak in a clause, leftmost first, without overlaps. */
export function findRanks(clause: string): RankHit[] {
  const out: RankHit[] = [];
  const push = (h: RankHit) => {
    if (!out.some((o) => h.start < o.end && h.end > o.start)) out.push(h);
  };
  const span = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of clause.matchAll(RECORD_SCOPE))
    push({ ...span(m), type: "rank", n: ord(m[1]), direction: hl(m[2]), scope: { type: "record" } });
  for (const m of clause.matchAll(YEAR_BEFORE))
    push({
      ...span(m),
      type: "rank",
      n: ord(m[2]),
      direction: hl(m[3]),
      scope: { type: "year", year: m[1] ? Number(m[1]) : null },
    });
  for (const m of clause.matchAll(YEAR_AFTER)) {
    const y = m[3] ?? m[4];
    push({
      ...span(m),
      type: "rank",
      n: ord(m[1]),
      direction: hl(m[2]),
      scope: { type: "year", year: y ? Number(y) : null },
    });
  }
  for (const m of clause.matchAll(SINCE))
    push({
      ...span(m),
      type: "rank",
      n: ord(m[1]),
      direction: hl(m[2]),
      scope: { type: "since", period: null },
    });
  for (const m of clause.matchAll(WINDOW)) {
    const count = m[3] ? parseCount(m[3]) : 1;
    if (count === null) continue;
    const months = /year/i.test(m[4] ?? "") ? count * 12 : count;
    if (months < 2 || months > 600) continue;
    push({ ...span(m), type: "rank", n: ord(m[1]), direction: hl(m[2]), scope: { type: "months", months } });
  }
  for (const m of clause.matchAll(N_MONTH_EXTREME)) {
    const count = parseCount(m[1] ?? "");
    const months = count === null ? null : /year/i.test(m[2] ?? "") ? count * 12 : count;
    if (months === null || months < 2 || months > 600) continue;
    push({
      ...span(m),
      type: "rank",
      n: 1,
      direction: /^(?:low|trough|bottom)$/i.test(m[3] ?? "") ? "low" : "high",
      scope: { type: "months", months },
    });
  }
  for (const m of clause.matchAll(ALL_TIME)) {
    const before = clause.slice(Math.max(0, (m.index ?? 0) - 4), m.index);
    if (/\bon\s$/i.test(before)) continue;
    push({
      ...span(m),
      type: "rank",
      n: 1,
      direction: /low/i.test(m[1] ?? "") ? "low" : "high",
      scope: { type: "record" },
    });
  }
  for (const m of clause.matchAll(STREAK_NOUN)) {
    const n = parseCount(m[1] ?? "");
    const dir = directionOf(m[2] ?? "") ?? verbDirection(clause, m.index ?? 0);
    if (n === null || n < 2 || dir === null) continue;
    push({ ...span(m), type: "streak", n, direction: dir, scope: null });
  }
  for (const m of clause.matchAll(STREAK_ROW)) {
    const n = parseCount(m[1] ?? m[2] ?? m[3] ?? "");
    const dir = verbDirection(clause, m.index ?? 0);
    if (n === null || n < 2 || dir === null) continue;
    push({ ...span(m), type: "streak", n, direction: dir, scope: null });
  }
  return out.sort((a, b) => a.start - b.start);
}

function ord(word: string | undefined): number {
  return word ? (parseCount(word) ?? 1) : 1;
}

function hl(word: string | undefined): "high" | "low" {
  return new RegExp(`^(?:${LOW})$`, "i").test(word ?? "") ? "low" : "high";
}

/** The direction of the last rise/fall verb before `at` in the clause. */
function verbDirection(clause: string, at: number): "up" | "down" | null {
  let dir: "up" | "down" | null = null;
  for (const m of clause.slice(Math.max(0, at - 120), at).matchAll(VERB_BEFORE))
    dir = directionOf(m[1] ?? "");
  return dir;
}
