// Policy context for a brief: the events of the six months up to the brief's month that concern
// the series (or the family it belongs to), and the earlier restrictive measures with no
// suspension on record. Suspensions are read from suspension events that name an announcement
// number in a clause that suspends it.
import { eventCommodities } from "../analytics/series-family.js";
import { addMonths } from "../domain/period.js";
import type { PolicyEvent } from "../store/types.js";
import type { BriefEvent } from "./brief-types.js";

const RESTRICTIVE = new Set([
  "export_control",
  "regulation",
  "reporting_requirement",
  "licence_requirement",
  "ban",
]);

export interface EventContext {
  window: { from: string; to: string };
  recent: BriefEvent[];
  in_force: BriefEvent[];
}

/** True when an event names the series or a commodity of the same family (as analytics defines it). */
export function concernsSeries(event: PolicyEvent, series: string): boolean {
  const words = eventCommodities(series);
  return event.commodities.some((c) => words.includes(c));
}

/**
 * The context of a month: `months` months of events up to its end, and measures still in force.
 * @example eventContext(events, "rare-earth-magnets", "2025-11").recent.map((e) => e.id)
 */
export function eventContext(
  events: PolicyEvent[],
  series: string,
  period: string,
  months = 6,
): EventContext {
  const from = addMonths(period, -(months - 1));
  const end = `${period}-31`;
  const dated = events
    .map((e) => ({
      e,
      date:
        e.effective && e.announced ? minDate(e.announced, e.effective) : (e.effective ?? e.announced ?? ""),
    }))
    .filter(({ date }) => date !== "" && date <= end)
    .sort((a, b) => a.date.localeCompare(b.date) || a.e.id.localeCompare(b.e.id));
  const suspensions = dated.filter(({ e }) => e.kind === "suspension");
  const toBrief = ({ e, date }: { e: PolicyEvent; date: string }): BriefEvent => ({
    id: e.id,
    date,
    kind: e.kind,
    authority: e.authority,
    reference: e.reference,
    summary: e.summary,
    url: e.url,
    suspended_by: suspensions.find((s) => s.date >= date && suspends(s.e, e))?.e.id ?? null,
  });
  const relevant = dated.filter(({ e }) => concernsSeries(e, series));
  return {
    window: { from, to: period },
    recent: relevant.filter(({ date }) => date >= from).map(toBrief),
    in_force: relevant
      .filter(({ e, date }) => date < from && RESTRICTIVE.has(e.kind))
      .map(toBrief)
      .filter((e) => e.suspended_by === null),
  };
}

/** The event's date in the brief: when it was announced or took effect, whichever came first. */
function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** A suspension event suspends an announcement it names in a clause with the word "suspend". */
export function suspends(suspension: PolicyEvent, event: PolicyEvent): boolean {
  const number = announcementNumber(event.reference);
  if (!number) return false;
  const clauses = suspension.summary.split(/;\s+|\.\s+(?=[A-Z])/).filter((c) => /suspend/i.test(c));
  return clauses.some(
    (c) =>
      numbersNamed(c).has(number.n) &&
      (number.year === null || !/\bof (\d{4})\b/.test(c) || c.includes(`of ${number.year}`)),
  );
}

function announcementNumber(reference: string | null): { n: number; year: string | null } | null {
  const m = reference ? /(?:No\.|Announcement)\s*(\d+)(?:\s+of\s+(\d{4}))?/.exec(reference) : null;
  return m ? { n: Number(m[1]), year: m[2] ?? null } : null;
}

/** Numbers a clause names as announcements: "No. 18", "Announcement 46", "Nos. 55-58, 61 and 62". */
function numbersNamed(clause: string): Set<number> {
  const out = new Set<number>();
  for (const m of clause.matchAll(
    /(?:Nos?\.|Announcements?)\s*((?:\d+(?:\s*-\s*\d+)?(?:,\s*|\s+and\s+)?)+)/g,
  )) {
    for (const item of m[1]!.split(/,\s*|\s+and\s+/)) {
      const [a, b] = item.split("-").map((x) => Number(x.trim()));
      if (a === undefined || Number.isNaN(a)) continue;
      for (let n = a; n <= (b ?? a); n++) out.add(n);
    }
  }
  return out;
}
