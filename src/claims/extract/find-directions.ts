// Bare directions in one clause: "Japan's rose sharply", "shipments to India slipped". Only verbs in
// the past tense count, and not after a modal ("could fall", "is expected to rise"): forecasts and
// hypotheticals are not claims about a published figure.

import { directionOf } from "./lexicon.js";

export interface DirectionHit {
  start: number;
  end: number;
  direction: "up" | "down";
}

const PAST =
  /\b(rose|increased|grew|climbed|jumped|surged|soared|gained|advanced|rebounded|recovered|picked up|edged up|spiked|swelled|expanded|leapt|leaped|ticked up|went up|fell|declined|dropped|slipped|slid|plunged|plummeted|tumbled|sank|slumped|decreased|eased|contracted|shrank|collapsed|edged down|dipped|retreated|ticked down|went down|cratered|sagged)\b/gi;
/** A modal or negation right before a verb: what follows is not a reported figure. */
export const MODAL_BEFORE =
  /\b(?:may|might|could|would|will|should|must|to|not|never|if|unless|expected|likely|forecast|set|poised|predicted|projected)\s(?:(?:have|be|been|further|sharply|likely|again|also)\s)?$/i;

/** Every past-tense rise or fall verb in a clause that is not a forecast. */
export function findDirections(clause: string): DirectionHit[] {
  const out: DirectionHit[] = [];
  for (const m of clause.matchAll(PAST)) {
    const before = clause.slice(Math.max(0, m.index - 30), m.index);
    if (MODAL_BEFORE.test(before)) continue;
    const dir = directionOf(m[1] ?? "");
    if (dir !== null) out.push({ start: m.index, end: m.index + m[0].length, direction: dir });
  }
  return out;
}
