// The months whose figures were not yet out when a text was published.

import { addMonths, parsePeriod } from "../../domain/period.js";

/** The day of the month by which customs has put out the month before's first figures. */
const FIRST_RELEASE_DAY = 7;

/**
 * The latest month whose figures were out on `published` (`YYYY-MM-DD`): the month before, from
 * the first release day on; the one before that until then.
 * @example lastReleased("2025-12-05") // "2025-10"
 */
export function lastReleased(published: string): string {
  const day = Number(published.slice(8, 10));
  return addMonths(published.slice(0, 7), day >= 1 && day < FIRST_RELEASE_DAY ? -2 : -1);
}

/**
 * The last month of `period` when its figures were not yet out on `published`, else null: a text of
 * 5 December cannot report November's figures ("exports in November were 5,000 t" may be last
 * November's, or an estimate), so the data's November does not refute it.
 * @example unreleasedMonth("2025-11", "2025-12-05") // "2025-11"
 */
export function unreleasedMonth(period: string | null, published: string | undefined): string | null {
  if (period === null || published === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const span = parsePeriod(period);
  if (span === null) return null;
  return span.end > lastReleased(published) ? span.end : null;
}
