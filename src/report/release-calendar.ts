// When the next customs figures are expected. China's customs publish a preliminary total
// ("rare earths" by weight) early in the month and the detailed breakdown by product and destination
// around the 20th; January and February are released together in March. Dates are expectations
// computed from that pattern, never announcements.
import { addMonths } from "../domain/period.js";

export interface ExpectedRelease {
  /** The month whose figures are expected (`2026-01..2026-02` for the combined release). */
  data_period: string;
  kind: "preliminary" | "detailed";
  what: string;
  /** Expected window, `YYYY-MM-DD` inclusive. */
  expected_from: string;
  expected_to: string;
  /** True when the clock is already past the window's end. */
  overdue: boolean;
}

/**
 * The releases expected for the month after `period`, relative to `today` (`YYYY-MM-DD`).
 * @example expectedReleases("2025-11", "2025-12-21")[0].data_period // "2025-12"
 */
export function expectedReleases(period: string, today: string): ExpectedRelease[] {
  const next = addMonths(period, 1);
  const combined = next.endsWith("-01") || next.endsWith("-02");
  const dataPeriod = combined ? `${next.slice(0, 4)}-01..${next.slice(0, 4)}-02` : next;
  const publishMonth = combined ? `${next.slice(0, 4)}-03` : addMonths(next, 1);
  const releases: Omit<ExpectedRelease, "overdue">[] = [
    {
      data_period: dataPeriod, kind: "preliminary", what: "preliminary total for the customs category \"rare earths\"",
      expected_from: `${publishMonth}-07`, expected_to: `${publishMonth}-14`,
    },
    {
      data_period: dataPeriod, kind: "detailed", what: "detailed figures by product (magnets included) and by destination",
      expected_from: `${publishMonth}-18`, expected_to: `${publishMonth}-23`,
    },
  ];
  return releases.map((r) => ({ ...r, overdue: today > r.expected_to }));
}
