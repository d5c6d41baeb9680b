// The series around each policy event that concerns it (the series, its family, or for the rare
// earths one of the elements): mean level before and after, and the month against the pre-event
// baseline ("is this normalisation?"). Missing months shrink a mean's inputs and are named.
import { listEvents } from "../store/catalog.js";
import type { Store } from "../store/open-store.js";
import type { StatsKey } from "../store/stats-sql.js";
import { eventsConcerning, eventWindowRows, type EventWindowRow } from "./event-window-rows.js";
import { readSeriesRows } from "./month-stats.js";
import { eventCommodities } from "./series-family.js";
import type { EventWindow } from "./types.js";

export interface EventWindowsOptions {
  asOf?: string | null;
  allowDerived?: boolean;
  /** Months before and after each event. Default 3. */
  months?: number;
}

/**
 * Event windows up to the requested month, oldest event first.
 * @example await eventWindows(store, statsKey({ series: "rare-earth-magnets" }), "2025-11", { months: 3 })
 */
export async function eventWindows(
  store: Store,
  key: StatsKey,
  period: string,
  options: EventWindowsOptions = {},
): Promise<EventWindow[]> {
  const months = options.months ?? 3;
  const { series, ...base } = key;
  const [[rows], events] = await Promise.all([
    readSeriesRows(store, [series], base, options),
    listEvents(store),
  ]);
  const concerning = eventsConcerning(events, eventCommodities(series), period, options.asOf ?? null);
  return eventWindowRows(concerning, rows!.months, period, months).map((r) =>
    toEventWindow(r, period, months),
  );
}

/** One event window from the query's row, with the reasons for what it lacks. */
export function toEventWindow(r: EventWindowRow, period: string, months: number): EventWindow {
  const reasons: string[] = [];
  if (r.event_month === null) reasons.push(`event date known only as ${r.date}: no window`);
  if (r.before_missing.length > 0) {
    reasons.push(
      `before mean over ${r.before_periods.length} of ${months} months: missing ${r.before_missing.join(", ")}`,
    );
  }
  if (r.after_missing.length > 0) {
    reasons.push(`after mean over ${r.after_periods.length} months: missing ${r.after_missing.join(", ")}`);
  }
  if (r.after_cut.length > 0)
    reasons.push(`after window stops at ${period}: ${r.after_cut.join(", ")} left out`);
  if (r.latest === null) reasons.push(`missing ${period}: no comparison with the baseline`);
  return {
    event_id: r.event_id,
    date: r.date,
    kind: r.kind,
    summary: r.summary,
    months,
    before_mean: r.before_mean,
    after_mean: r.after_mean,
    before_periods: r.before_periods,
    after_periods: r.after_periods,
    latest_vs_before_pct: r.latest_vs_before_pct,
    reasons,
    event_month: r.event_month,
    inputs: [...r.before_inputs, ...r.after_inputs].map((m) => ({
      period: m.period,
      value: Number(m.value),
      derived: Boolean(m.derived),
    })),
  };
}
