// Differences in tonnes in one clause: "a drop of 312 tonnes from March", "fell by 312 t", "rose 677
// tonnes to 6,150", "up 74 tonnes", "+677 t", "312 tonnes more than in July". Such a figure is a
// change, not a level: checking "a drop of 312 tonnes" as the month's tonnage would accuse a right text.

import { findLevels } from "./find-figures.js";
import { DOWN_NOUNS, DOWN_VERBS, UP_NOUNS, UP_VERBS, directionOf } from "./lexicon.js";
import { roundTol } from "./numbers.js";
import type { ChangeRead } from "./find-changes.js";

/** A difference in tonnes found in a clause. */
export type AmountChangeHit = ChangeRead & { start: number; end: number };

/** Right before the figure: a verb or noun of change that the figure measures. */
const BEFORE = new RegExp(
  `(?:\\b(${UP_VERBS}|${DOWN_VERBS})\\s(?:[a-z]{2,15}ly\\s)?(?:by\\s|a further\\s|another\\s)?|\\b(up|down)\\s(?:by\\s)?|\\b(${UP_NOUNS}|${DOWN_NOUNS}|increment|reduction|shortfall)\\s(?:of|by)\\s|(?<![\\w.,])([+\\-−–]))$`,
  "i",
);
/** Right after the figure: it is a difference ("312 tonnes more than", "a 312-tonne drop"). */
const AFTER = new RegExp(
  `^\\s(?:(more|higher|above|less|fewer|lower|below)\\sthan\\b|(${UP_NOUNS}|${DOWN_NOUNS})\\b)`,
  "i",
);

/** Every difference in tonnes in a clause. */
export function findAmountChanges(clause: string): AmountChangeHit[] {
  const out: AmountChangeHit[] = [];
  for (const l of findLevels(clause)) {
    const before = BEFORE.exec(clause.slice(Math.max(0, l.start - 40), l.start));
    const after = AFTER.exec(clause.slice(l.end, l.end + 24));
    let dir: "up" | "down" | null = null;
    let start = l.start;
    let end = l.end;
    if (before) {
      const sign = before[4];
      dir = sign ? (sign === "+" ? "up" : "down") : directionOf(before[1] ?? before[2] ?? before[3] ?? "");
      start = l.start - before[0].length;
    } else if (after) {
      dir = directionOf(after[1] ?? after[2] ?? "");
      end = l.end + after[0].length;
    }
    if (dir === null) continue;
    const sign = dir === "down" ? -1 : 1;
    const bounds =
      sign > 0
        ? { low: l.low, high: l.high }
        : { low: l.high === null ? null : -l.high, high: l.low === null ? null : -l.low };
    out.push({
      start,
      end,
      pct: roundTol(sign * l.value),
      unit: "t",
      hedge: l.hedge,
      halfUnit: l.halfUnit,
      ...bounds,
    });
  }
  return out;
}
