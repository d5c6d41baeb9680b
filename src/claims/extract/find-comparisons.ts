// Comparisons with another period in one clause, without a number: "less than in July", "higher
// than a year earlier", "above July's level", "exceeding August's 6,146 t", "down on August", and
// with words between ("Japan took more magnets in November than in October"), and a year ("the first
// half is still well below 2024"). Each is a direction
// against the period it names; the caller resolves that period (a base month, "yoy" or "mom").
// "less than a month earlier, Beijing ..." speaks of time, so relative periods need a comparative
// adjective; a modal before ("could be higher than in July") makes it no statement of fact.

import type { DirectionHit } from "./find-directions.js";
import { MONTH_NAME, MONTH_NAMES_POLICY, NOT_A_SPAN } from "./lexicon.js";
import { scan } from "./numbers.js";

const MONTH_AFTER = `(?:(?:in|during|for|at|those of|that of|the level of|the level in)\\s)?(?:${MONTH_NAME})\\b`;
const RELATIVE =
  "(?:a year (?:earlier|ago|before)|a month (?:earlier|ago|before)|the (?:previous|prior|preceding) month|the same month (?:a year (?:earlier|ago)|last year)|last (?:month|year))\\b";
/** Up to four words between the comparative and "than": "more magnets in November than", "higher in July than". */
const BETWEEN = "(?:\\s(?![Tt]han\\b)[A-Za-z][\\w'-]*){0,4}?";
const THAN = new RegExp(
  `\\b(?:(more|less|fewer|higher|lower|greater|smaller|larger|bigger)${BETWEEN}\\sthan\\s${MONTH_AFTER}|(higher|lower|greater|smaller|larger|bigger)${BETWEEN}\\sthan\\s(?:(?:in|during)\\s)?${RELATIVE})`,
  "g",
);
const PAST_MONTH = new RegExp(
  `\\b(above|below|exceeding|exceeded|topping|topped|surpassing|surpassed|short of|under|over|up on|down on)\\s(?:the\\s)?(?:${MONTH_NAME})(?:['’]s|\\b${NOT_A_SPAN})`,
  "g",
);
/**
 * A year compared with, whole or in part: "well below 2024", "above the first half of 2024", "down on
 * the same period of 2024" (not "over 2024", which may say during it).
 */
const PAST_YEAR =
  /\b(above|below|short of|behind|ahead of|up on|down on)\s(?:the\s(?:same\s(?:period|months)|first\s(?:half|quarter|[\w-]+\smonths)|level|levels|pace)\sof\s)?(?:19|20)\d{2}\b(?![-–/]\d|\s?(?:t|tonnes|tons|%)\b)/g;
const MODAL =
  /\b(?:may|might|could|would|will|should|must|expected to|likely to|set to|forecast to|projected to|if)\s(?:(?:still|also|even|have|be|been|remain|stay)\s){0,2}$/i;

/** Every comparison with a named period in a clause, as a direction. */
export function findComparisons(clause: string): DirectionHit[] {
  const out: DirectionHit[] = [];
  if (!/than|above|below|exceed|topp|surpass|short of|under|over|up on|down on|behind|ahead of/i.test(clause))
    return out;
  const add = (start: number, end: number, word: string, year?: number) => {
    if (
      out.some((o) => start < o.end && end > o.start) ||
      MODAL.test(clause.slice(Math.max(0, start - 30), start))
    )
      return;
    // "ahead of 2023" is more than 2023, as "behind 2023" is less
    const up = /^(?:more|higher|greater|larger|bigger|above|ahead|exceed|top|surpass|over|up)/i.test(word);
    out.push({ start, end, direction: up ? "up" : "down", ...(year ? { year } : {}) });
  };
  for (const m of scan(THAN, clause)) add(m.index, m.index + m[0].length, m[1] ?? m[2] ?? "");
  if (/\b(?:19|20)\d{2}\b/.test(clause))
    for (const m of scan(PAST_YEAR, clause))
      add(m.index, m.index + m[0].length, m[1] ?? "", Number(/\d{4}$/.exec(m[0])?.[0]));
  for (const m of scan(PAST_MONTH, clause)) {
    // "licences issued under the October truce": the month names a policy, not a period compared with
    if (MONTH_NAMES_POLICY.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    add(m.index, m.index + m[0].length, m[1] ?? "");
  }
  return out.sort((a, b) => a.start - b.start);
}
