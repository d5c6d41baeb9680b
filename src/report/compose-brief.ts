// Assembles a brief from the store and the month's stats: the record and the chart data, the
// template sentences, the policy context, the caveats and one note per resolved value cited.
import { getSeries } from "../analytics/series.js";
import type { Stats } from "../analytics/types.js";
import { addMonths, monthsBetween } from "../domain/period.js";
import { seriesInfo } from "../domain/series.js";
import type { Store } from "../store/open-store.js";
import { listEvents } from "../store/catalog.js";
import { listConflicts } from "../store/conflicts.js";
import { evidenceFor } from "../store/evidence.js";
import { resolve } from "../store/resolved-values.js";
import type { PolicyEvent } from "../store/types.js";
import { baselineSentences } from "./baseline-sentences.js";
import type { Brief, BriefCharts, BriefNote } from "./brief-types.js";
import { caveatSentences } from "./caveats.js";
import { destinationSentences } from "./destination-sentences.js";
import { concernsSeries, eventContext } from "./event-context.js";
import { monthLabel } from "./format-figures.js";
import { linkConcernsTrade } from "./link-topic.js";
import { partnerLabel } from "./partner-names.js";
import {
  changeSentence,
  headlineSentence,
  recordSentences,
  ytdSentence,
  type RecordMonth,
} from "./record-sentences.js";
import { nextReleases } from "./release-calendar.js";
import { createNoteBook, type NoteKey } from "./sentence.js";

export interface BriefRequest {
  series: string;
  period: string;
  asOf?: string | null;
  /** Today's date `YYYY-MM-DD`, from the clock the caller passes in. */
  today: string;
}

const CHART_MONTHS = 36;
const SHARE_MONTHS = 12;
const SHARE_PARTNERS = 5;
const CHART_KINDS: Record<string, string> = {
  export_control: "controls",
  suspension: "suspension",
  trade_deal: "deal",
};

/**
 * The brief for one month, given the stats computed for it.
 * @example await composeBrief(store, { series: "rare-earth-magnets", period: "2025-11", today: "2025-12-21" }, stats)
 */
export async function composeBrief(store: Store, req: BriefRequest, stats: Stats): Promise<Brief> {
  const asOf = req.asOf ?? null;
  const base = { series: req.series, reporter: stats.reporter, flow: stats.flow, asOf };
  const from = addMonths(req.period, -(CHART_MONTHS - 1));
  const world = await getSeries(store, { ...base, to: req.period });
  const record: RecordMonth[] = world.points
    .filter((p) => !p.derived)
    .map((p) => ({ period: p.period, value: p.value }));
  const events = await listEvents(store, {});
  const context = eventContext(events, req.series, req.period);
  const book = createNoteBook();
  const input = { stats, seriesName: seriesInfo(req.series).name, record };
  const headline = headlineSentence(input, book);
  const highlights = [
    ...recordSentences(input, book),
    changeSentence(input, book),
    ytdSentence(input, book),
  ].filter((s) => s !== null);
  const destinations = destinationSentences(stats, book);
  const baseline = baselineSentences(stats, eventNames(events), book);
  const charts = await chartData(store, req, stats, record, events, from);
  const notes = await Promise.all(book.keys().map((key, i) => noteFor(store, req, stats, key, i + 1)));
  const conflicts = (
    await listConflicts(store, {
      series: req.series,
      period: req.period,
      reporter: stats.reporter,
      flow: stats.flow,
      asOf,
    })
  ).filter((c) => c.measure === "qty");
  const releases = await nextReleases(store, {
    series: req.series,
    period: req.period,
    reporter: stats.reporter,
    flow: stats.flow,
    asOf,
    today: req.today,
  });
  const dropped = charts.destinations
    .filter((d) => d.value === null && d.prev_value !== null)
    .map((d) => d.partner);
  return {
    series: req.series,
    series_name: input.seriesName,
    reporter: stats.reporter,
    flow: stats.flow,
    period: req.period,
    previous_period: addMonths(req.period, -1),
    unit: stats.unit ?? world.unit ?? "",
    as_of: asOf,
    written: req.today,
    headline,
    highlights,
    destinations,
    baseline,
    context: { ...context, next_releases: releases },
    caveats: caveatSentences({ stats, notes, conflicts, dropped }),
    notes,
    charts,
    stats,
  };
}

/** Short names for events in sentences: "the export controls under Announcement No. 18 of 2025". */
function eventNames(events: PolicyEvent[]): Record<string, string> {
  return Object.fromEntries(
    events.map((e) => [
      e.id,
      `the ${e.kind.replace(/_/g, " ")}${e.kind === "export_control" ? "s" : ""} under ${e.reference ?? e.authority}`,
    ]),
  );
}

async function noteFor(
  store: Store,
  req: BriefRequest,
  stats: Stats,
  key: NoteKey,
  n: number,
): Promise<BriefNote> {
  const point = {
    series: req.series,
    period: key.period,
    partner: key.partner,
    reporter: stats.reporter,
    flow: stats.flow,
  };
  const [resolved] = await resolve(store, { ...point, measure: "qty", asOf: req.asOf ?? null });
  const rows = await evidenceFor(store, point, req.asOf ?? null);
  return {
    n,
    partner: key.partner,
    period: key.period,
    value: resolved?.value ?? null,
    unit: resolved?.unit ?? null,
    basis: resolved?.basis ?? null,
    conflict: resolved?.conflict ?? false,
    derived: resolved?.derived ?? false,
    rows: rows.map((r) => ({
      publisher: r.publisher,
      origin: r.origin,
      kind: r.kind,
      url: r.url,
      vintage: r.vintage,
      value: r.value,
      unit: r.unit,
      agrees: r.agrees,
      url_unrelated: r.url !== null && !linkConcernsTrade(r.url),
    })),
  };
}

async function chartData(
  store: Store,
  req: BriefRequest,
  stats: Stats,
  record: RecordMonth[],
  events: PolicyEvent[],
  from: string,
): Promise<BriefCharts> {
  const byMonth = new Map(record.map((m) => [m.period, m.value]));
  const points = monthsBetween(from, req.period).map((period) => ({
    period,
    value: byMonth.get(period) ?? null,
  }));
  const marks = new Map<string, Set<string>>();
  for (const e of events) {
    const date =
      e.effective && e.announced
        ? e.announced < e.effective
          ? e.announced
          : e.effective
        : (e.effective ?? e.announced ?? "");
    const kind = CHART_KINDS[e.kind];
    if (
      !kind ||
      date.length < 7 ||
      date.slice(0, 7) < from ||
      date.slice(0, 7) > req.period ||
      !concernsSeries(e, req.series)
    )
      continue;
    const month = date.slice(0, 7);
    marks.set(month, (marks.get(month) ?? new Set()).add(kind));
  }
  const levelEvents = [...marks]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, kinds], i) => ({
      date: month,
      key: String.fromCharCode(65 + i),
      label: `${monthLabel(month)}: ${[...kinds].sort().join(", ")}`,
    }));
  const prev = addMonths(req.period, -1);
  const key = {
    series: req.series,
    reporter: stats.reporter,
    flow: stats.flow,
    measure: "qty" as const,
    asOf: req.asOf ?? null,
  };
  const [now, before] = await Promise.all([
    resolve(store, { ...key, period: req.period }),
    resolve(store, { ...key, period: prev }),
  ]);
  const value = (rows: typeof now, partner: string) => {
    const p = rows.find((r) => r.partner === partner && !r.derived);
    return p ? Number(p.value) : null;
  };
  const partners = [...new Set([...now, ...before].map((r) => r.partner))]
    .filter((p) => p !== "WLD" && !p.includes("_"))
    .sort();
  const destinations = partners
    .map((partner) => ({
      partner,
      label: partnerLabel(partner),
      value: value(now, partner),
      prev_value: value(before, partner),
    }))
    .sort(
      (a, b) =>
        (b.value ?? -1) - (a.value ?? -1) ||
        (b.prev_value ?? -1) - (a.prev_value ?? -1) ||
        a.partner.localeCompare(b.partner),
    );
  const sharePartners = destinations
    .filter((d) => d.value !== null)
    .slice(0, SHARE_PARTNERS)
    .map((d) => d.partner);
  const shareMonths = monthsBetween(addMonths(req.period, -(SHARE_MONTHS - 1)), req.period);
  const shares: BriefCharts["shares"] = [];
  for (const partner of sharePartners) {
    const series = await getSeries(store, { ...key, partner, from: shareMonths[0], to: req.period });
    const own = new Map(series.points.filter((p) => !p.derived).map((p) => [p.period, p.value]));
    for (const period of shareMonths) {
      const part = own.get(period);
      const total = byMonth.get(period);
      const share_pct = part !== undefined && total ? Math.round((part / total) * 1000) / 10 : null;
      shares.push({ period, partner, label: partnerLabel(partner), share_pct });
    }
  }
  return { level: { points, events: levelEvents, unit: stats.unit ?? "" }, destinations, shares };
}
