// The months whose figures were not yet out when a text was published.

import { addMonths, parsePeriod } from "../../domain/period.js";
import type { SeriesKey } from "../../domain/series-key.js";

/**
 * The day of the month by which customs has put out the month before's first figures: the total of
 * rare earths, in its first release (the sources state it from the 7th on).
 */
const FIRST_RELEASE_DAY = 7;

/**
 * The day by which the detailed tables are out: each product (magnets, gallium, terbium...) and each
 * destination. The sources state no such figure of the month before earlier than the 18th.
 */
const DETAIL_RELEASE_DAY = 18;

/** What a figure is of, as far as its release goes: its series and destination. */
export type ReleasedKind = Pick<SeriesKey, "series" | "partner">;

/** The day of the month after by which figures of `kind` are out (the first release when not known). */
function releaseDay(kind: ReleasedKind | undefined): number {
  return kind === undefined || (kind.series === "rare-earths" && kind.partner === "WLD")
    ? FIRST_RELEASE_DAY
    : DETAIL_RELEASE_DAY;
}

/**
 * The latest month whose figures (of `kind`: the first release's when not given) were out on
 * `published` (`YYYY-MM-DD`): the month before, from its release day on; the one before that until then.
 * @example lastReleased("2025-12-05") // "2025-10"
 * @example lastReleased("2025-12-10", { series: "rare-earth-magnets", partner: "WLD" }) // "2025-10"
 */
export function lastReleased(published: string, kind?: ReleasedKind): string {
  const day = Number(published.slice(8, 10));
  return addMonths(published.slice(0, 7), day >= 1 && day < releaseDay(kind) ? -2 : -1);
}

/**
 * The last month of `period` when its figures were not yet out on `published`, else null: a text of
 * 5 December cannot report November's figures ("exports in November were 5,000 t" may be last
 * November's, or an estimate), so the data's November does not refute it.
 * @example unreleasedMonth("2025-11", "2025-12-05") // "2025-11"
 */
export function unreleasedMonth(
  period: string | null,
  published: string | undefined,
  kind?: ReleasedKind,
): string | null {
  if (period === null || published === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const span = parsePeriod(period);
  if (span === null) return null;
  return span.end > lastReleased(published, kind) ? span.end : null;
}
