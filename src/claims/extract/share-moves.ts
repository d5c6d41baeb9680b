// A share stated with the way it moved ("the US share slipped to 9.5%", "Japan's share climbed to
// 5%") says two things: the share, and that it rose or fell to it. The reader records the move with
// the share, so the checker can hold the words to the data's move without reading the words again.

import type { Direction } from "../types.js";
import { DOWN_VERBS, UP_VERBS } from "./lexicon.js";

/** The lexicon's verbs of a rise and a fall, and those said of a share's size ("widened", "narrowed"). */
const RISE = `${UP_VERBS}|widened|crept up`;
const FALL = `${DOWN_VERBS}|narrowed`;
/** The share's noun, then the verb that moves it to the figure: "share of magnet exports climbed to 9.5%". */
const MOVED_TO = new RegExp(
  `\\b(?:share|portion|proportion|slice)\\b.*?\\b(?:(${RISE})|(${FALL}))\\s(?:back\\s)?to\\s`,
  "i",
);

/** How a share moved to its figure, with the verb that says so. */
export interface ShareMove {
  direction: Direction;
  /** The verb: "slipped", "climbed". */
  raw: string;
}

/**
 * The move a share's words give it on the way to the figure; null when they give none.
 *
 * @example shareMove("the US share slipped to 9.5%") // { direction: "down", raw: "slipped" }
 * @example shareMove("a share of 9.5%") // null
 */
export function shareMove(raw: string): ShareMove | null {
  const m = MOVED_TO.exec(raw);
  if (!m) return null;
  return m[1] !== undefined ? { direction: "up", raw: m[1] } : { direction: "down", raw: m[2] ?? "" };
}

/** The `moved` field a stated share carries: present only when its words move it. */
export function movedField(raw: string): { moved?: ShareMove } {
  const moved = shareMove(raw);
  return moved === null ? {} : { moved };
}
