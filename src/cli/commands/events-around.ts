// `lodestone events --around <series>`: the series around each policy event concerning it, mean
// level before and after and the month (default: the series' latest) against the pre-event mean.
import { eventWindows } from "../../analytics/event-windows.js";
import { getSeries } from "../../analytics/series.js";
import { statsKey } from "../../analytics/stats.js";
import type { EventWindow } from "../../analytics/types.js";
import { isMonth } from "../../domain/period.js";
import { InputError, NotFoundError } from "../../errors.js";
import { asOfOption, withStore, type CliIo, type GlobalOptions } from "../context.js";
import { groupDigits, pickFormat, renderCsv, renderJson, renderTable, type Column } from "../output.js";
import { flowOption } from "./options.js";

export interface AroundOptions extends GlobalOptions {
  around: string;
  month?: string;
  partner?: string;
  reporter?: string;
  flow?: string;
  months?: string;
  derived?: boolean;
}

/** Print the event windows of one series. */
export async function printEventsAround(io: CliIo, opts: AroundOptions): Promise<void> {
  if (opts.month !== undefined && !isMonth(opts.month))
    throw new InputError(`invalid --month: ${opts.month} (expected YYYY-MM)`);
  const months = Number(opts.months ?? "3");
  if (!Number.isInteger(months) || months < 1 || months > 36) {
    throw new InputError(`invalid --months: ${opts.months} (expected a whole number from 1 to 36)`);
  }
  const format = pickFormat(opts.format, io.isTty);
  const key = statsKey({
    series: opts.around,
    partner: opts.partner,
    reporter: opts.reporter,
    flow: flowOption(opts.flow ?? "export"),
  });
  const asOf = asOfOption(opts);
  const { month, windows } = await withStore(io, opts, async (store) => {
    const month = opts.month ?? (await getSeries(store, { ...key, asOf })).points.at(-1)?.period;
    if (!month) throw new NotFoundError(`no monthly figures for ${key.series} to ${key.partner}`);
    return {
      month,
      windows: await eventWindows(store, key, month, { asOf, allowDerived: opts.derived ?? false, months }),
    };
  });
  if (format === "json") return io.stdout(renderJson({ ...key, period: month, months, events: windows }));
  const table = format === "table";
  const mean = (v: number | null) =>
    v === null ? "" : table ? groupDigits(String(Math.round(v))) : String(v);
  const columns: Column<EventWindow>[] = [
    { header: "month", value: (e) => e.event_month ?? e.date },
    { header: "event", value: (e) => e.event_id, max: table ? 22 : undefined },
    { header: "kind", value: (e) => e.kind, max: table ? 14 : undefined },
    { header: "before", value: (e) => mean(e.before_mean), align: "right" },
    { header: "after", value: (e) => mean(e.after_mean), align: "right" },
    {
      header: `${month} vs before`,
      value: (e) =>
        e.latest_vs_before_pct === null
          ? ""
          : table
            ? `${e.latest_vs_before_pct.toFixed(0)}%`
            : String(e.latest_vs_before_pct),
      align: "right",
    },
    { header: "notes", value: (e) => e.reasons.join("; "), max: table ? 24 : undefined },
  ];
  if (!table) return io.stdout(renderCsv(windows, columns));
  io.stdout(
    `${key.series}  ${key.reporter} ${key.flow}s to ${key.partner}: means of ${months} months before and from each event\n\n`,
  );
  io.stdout(renderTable(windows, columns));
}
