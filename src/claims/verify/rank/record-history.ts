// How much history the data must hold before it can tell a record from the months or years held,
// and which words count a record over something else.

import { monthsFrom } from "../../../domain/period.js";
import type { SeriesKey } from "../../../domain/series-key.js";
import type { StatedRank } from "../../types.js";
import { unverifiable, type Outcome } from "../check-figures.js";
import { periodLabel } from "../format.js";

/** The months of history, before the month itself, that a record needs to be told from the data. */
export const RECORD_HISTORY = 11;
/** The full years of history a record year needs to be told from the data. */
export const RECORD_YEARS = 5;

/**
 * "Since January" or "since its series began in 2014" read without the month or year: the window is
 * unknown, so the claim is unverifiable ("since records began" is the record itself).
 */
export function startUnread(s: Extract<StatedRank, { type: "rank" }>): Outcome | null {
  if (s.scope.type === "since" || s.sinceStart !== true) return null;
  return unverifiable(
    `stated ${s.raw.trim()}: the month or year it counts from could not be read, so the window is unknown`,
  );
}

/**
 * Why a month's record cannot be told from the data: how far back its series goes and how many
 * months it holds, for a destination (whose breakdown is often published only for recent months)
 * as for the total.
 * @example shortHistory(key, "2025-11", "2025-06", 5) // "the data holds JPN's rare-earth-magnets series only from June 2025 (5 months held over 6, ...), too short ..."
 */
export function shortHistory(key: SeriesKey, period: string, from: string, held: number): string {
  const whose = key.partner === "WLD" ? "this series" : `${key.partner}'s ${key.series} series`;
  return `the data holds ${whose} only from ${periodLabel(from)} (${held} month${held > 1 ? "s" : ""} held over ${monthsFrom(from, period) + 1}, under the ${RECORD_HISTORY + 1} a record needs), too short a history to tell a record`;
}
