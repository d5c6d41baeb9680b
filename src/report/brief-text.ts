// What the markdown and HTML renderers share: section titles, the lines of the context section
// and the wording of a note, so both formats say the same thing.
import type { Brief, BriefEvent, BriefNote } from "./brief-types.js";
import { dateLabel, formatQty, monthLabel, periodLabel } from "./format-figures.js";
import { partnerLabel, partnerName } from "./partner-names.js";

/** Agreeing rows shown per note; the JSON keeps every row. */
export const ROWS_SHOWN = 4;

export function briefTitle(brief: Brief): string {
  return `${partnerLabel(brief.reporter)}'s ${brief.flow}s of ${brief.series_name}: ${monthLabel(brief.period)}`;
}

export function eventLine(e: BriefEvent): string {
  const ref = e.reference ? ` (${e.reference})` : "";
  const suspended = e.suspended_by ? ` Suspended (${e.suspended_by}).` : "";
  return `${dateLabel(e.date)}, ${e.authority}${ref}, ${e.kind.replace(/_/g, " ")}: ${e.summary}${suspended}`;
}

export function releaseLines(brief: Brief): string[] {
  return brief.context.next_releases.map((r) => {
    if (r.in_data) return `${periodLabel(r.data_period)}, ${r.what}: already in the data.`;
    const when =
      r.kind === "preliminary"
        ? `early in ${monthLabel(r.expected_from.slice(0, 7))} (between ${dateLabel(r.expected_from)} and ${dateLabel(r.expected_to)})`
        : `around ${dateLabel(r.expected_from.slice(0, 8) + "20")}`;
    const late = r.overdue ? "; the window has passed and the figures are not in the data yet" : "";
    return `${periodLabel(r.data_period)}, ${r.what}: expected ${when}, not announced${late}.`;
  });
}

export function noteHeading(n: BriefNote): string {
  // mid-sentence after the period: "November 2025, the US", not "The US"
  const who = n.partner === "WLD" ? "world total" : partnerName(n.partner);
  const value = n.value === null ? "no resolved value" : `${formatQty(Number(n.value))} ${n.unit ?? ""}`;
  const flags = [
    n.basis ? `basis: ${n.basis}` : null,
    n.conflict ? "sources disagree" : null,
    n.derived ? "derived" : null,
  ].filter(Boolean);
  return `${periodLabel(n.period)}, ${who}: ${value} (${flags.join("; ")})`;
}

/** The rows a note shows: agreeing rows first, up to ROWS_SHOWN, and every disagreeing row. */
export function shownRows(n: BriefNote): { rows: BriefNote["rows"]; more: number } {
  const agree = n.rows.filter((r) => r.agrees);
  const disagree = n.rows.filter((r) => !r.agrees);
  return { rows: [...agree.slice(0, ROWS_SHOWN), ...disagree], more: Math.max(0, agree.length - ROWS_SHOWN) };
}

export function rowText(r: BriefNote["rows"][number]): string {
  const origin = r.origin && r.origin !== r.publisher ? `, origin ${r.origin}` : "";
  const vintage = r.vintage ? `, vintage ${r.vintage}` : ", vintage unknown";
  const differs = r.agrees ? "" : `, states ${formatQty(Number(r.value))} ${r.unit}`;
  const unrelated = r.url_unrelated
    ? ", its page's address concerns something else, so it is not linked"
    : "";
  return `${r.publisher} (${r.kind}${origin}${vintage}${differs}${unrelated})`;
}

/** The address a note links, or null: none for a row without one or with an unrelated page. */
export function rowLink(r: BriefNote["rows"][number]): string | null {
  return r.url_unrelated ? null : r.url;
}
