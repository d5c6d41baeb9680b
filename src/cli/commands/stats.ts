// `lodestone stats <id> <YYYY-MM>`: the figures analysts quote about one month, with reasons
// for every figure that cannot be computed. JSON is the Stats object; the table fits 100 columns.
import type { Command } from "commander";
import { explainEmpty } from "../../analytics/check-filters.js";
import { computeStats } from "../../analytics/stats.js";
import type { MonthValue, Stats } from "../../analytics/types.js";
import { InputError } from "../../errors.js";
import { asOfOption, withStore, type CliIo, type GlobalOptions } from "../context.js";
import { groupDigits, pickFormat, renderCsv, renderJson, renderTable, type Column } from "../output.js";
import { keyOf, withKeyOptions, type KeyOptions } from "./options.js";

interface FigureRow {
  figure: string;
  value: string;
  note: string;
}

export function registerStats(program: Command, io: CliIo): void {
  withKeyOptions(program.command("stats"))
    .description("the figures of one month: level, changes, year-to-date, rank, streak, destinations, events")
    .argument("<id>", "series id, e.g. rare-earth-magnets")
    .argument("<month>", "the month, YYYY-MM")
    .option("--derived", "use months backed out of cumulative totals (marked derived)")
    .option("--event-months <n>", "months before and after each policy event", "3")
    .addHelpText(
      "after",
      `
Examples:
  $ lodestone stats rare-earth-magnets 2025-11
  $ lodestone stats rare-earth-magnets 2025-11 --partner USA --format json
  $ lodestone stats rare-earth-magnets 2025-03 --derived`,
    )
    .action(async (id: string, month: string, _o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<
        GlobalOptions & KeyOptions & { derived?: boolean; eventMonths: string }
      >();
      const eventMonths = Number(opts.eventMonths);
      if (!Number.isInteger(eventMonths) || eventMonths < 1 || eventMonths > 36) {
        throw new InputError(
          `invalid --event-months: ${opts.eventMonths} (expected a whole number from 1 to 36)`,
        );
      }
      const format = pickFormat(opts.format, io.isTty);
      const key = keyOf(opts);
      const stats = await withStore(io, opts, async (store) => {
        const stats = await computeStats(store, {
          series: id,
          period: month,
          ...key,
          asOf: asOfOption(opts),
          allowDerived: opts.derived ?? false,
          eventMonths,
        });
        // no level: an unknown partner or reporter is an error, a month without data is not
        if (stats.level === null)
          await explainEmpty(store, { series: id, partner: key.partner, reporter: key.reporter });
        return stats;
      });
      if (format === "json") return io.stdout(renderJson(stats));
      const rows = figureRows(stats, format === "csv");
      const columns: Column<FigureRow>[] = [
        { header: "figure", value: (r) => r.figure },
        { header: "value", value: (r) => r.value, align: format === "csv" ? undefined : "right" },
        { header: "note", value: (r) => r.note, max: format === "csv" ? undefined : 62 },
      ];
      if (format === "csv") return io.stdout(renderCsv(rows, columns));
      io.stdout(
        `${stats.series}  ${stats.reporter} ${stats.flow}s to ${stats.partner}, ${stats.period}${stats.as_of ? ` (as of ${stats.as_of})` : ""}\n\n`,
      );
      io.stdout(renderTable(rows, columns));
    });
}

/**
 * Where a year to date came from, when it is not the sum of its months: the stated total, or the
 * totals it was made from ("made from 2024 less 2024-12"). `prev` names it as last year's.
 */
function ytdBasis(basis: Stats["ytd_basis"], inputs: readonly MonthValue[] = [], prev = false): string {
  const of = prev ? "last year's " : "";
  if (basis === "stated") return `${of}stated ${inputs[0]?.period ?? ""}`.trim();
  if (basis !== "made") return prev ? "" : (basis ?? "");
  const added = inputs.filter((m) => m.sign !== -1).map((m) => m.period);
  const less = inputs.filter((m) => m.sign === -1).map((m) => m.period);
  return `${of}made from ${added.join(" + ")}${less.length > 0 ? ` less ${less.join(" + ")}` : ""}`;
}

/** One line per figure: the value as shown (rounded for people, exact in CSV) and its reason. */
export function figureRows(s: Stats, exact: boolean): FigureRow[] {
  const unit = s.unit ?? "";
  const level = (v: number | null) =>
    v === null ? "" : exact ? String(v) : `${groupDigits(String(v))} ${unit}`.trim();
  const pct = (v: number | null) =>
    v === null ? "" : exact ? String(v) : `${v >= 0 ? "+" : ""}${v.toFixed(1)}%`;
  const note = (key: string, extra = "") => [extra, s.reasons[key] ?? ""].filter(Boolean).join("; ");
  const rows: FigureRow[] = [
    { figure: "level", value: level(s.level), note: note("level", s.derived ? "derived" : "") },
    {
      figure: "change on month",
      value: pct(s.mom_pct),
      note: note(
        "mom_pct",
        s.mom_abs === null ? "" : `${s.mom_abs >= 0 ? "+" : ""}${groupDigits(String(s.mom_abs))}`,
      ),
    },
    { figure: "change on year", value: pct(s.yoy_pct), note: note("yoy_pct") },
    {
      figure: "year to date",
      value: level(s.ytd),
      note: note("ytd", ytdBasis(s.ytd_basis, s.inputs.ytd)),
    },
    {
      figure: "year to date, change",
      value: pct(s.ytd_yoy_pct),
      note: note(
        "ytd_yoy_pct",
        s.ytd_yoy_pct === null ? "" : ytdBasis(s.ytd_prev_basis, s.inputs.ytd_prev, true),
      ),
    },
    {
      figure: "rank (1 = highest)",
      value: s.rank === null ? "" : `${s.rank} of ${s.record_months}`,
      note:
        s.reasons.rank ??
        (s.record_window ? `record ${s.record_window.from}..${s.record_window.to}, no gaps` : ""),
    },
    {
      figure: "rank (1 = lowest)",
      value: s.rank_low === null ? "" : `${s.rank_low} of ${s.record_months}`,
      note: "",
    },
    { figure: "highest since", value: s.highest_since ?? "", note: note("highest_since") },
    { figure: "lowest since", value: s.lowest_since ?? "", note: note("lowest_since") },
    {
      figure: "streak",
      value: s.streak === null ? "" : String(s.streak),
      note: note("streak", streakText(s.streak)),
    },
  ];
  for (const sh of s.shares ?? []) {
    rows.push({
      figure: `share ${sh.partner}`,
      value: pct(sh.share_pct).replace("+", ""),
      note: `${level(sh.value)}; ${sh.prev_share_pct === null ? "" : `was ${pct(sh.prev_share_pct).replace("+", "")}`}`,
    });
  }
  if (s.hhi)
    rows.push({
      figure: "HHI (destinations)",
      value: s.hhi.value === null ? "" : exact ? String(s.hhi.value) : s.hhi.value.toFixed(0),
      note: note("hhi"),
    });
  for (const d of s.divergence ?? []) {
    rows.push({
      figure: `against total ${d.partner}`,
      value: pct(d.change_pct),
      note: `total ${d.total_direction}, ${d.partner} ${d.partner_direction}; ${d.counterparts?.join(", ") ?? ""} ${d.total_direction}`,
    });
  }
  for (const e of s.events ?? []) {
    if (e.before_mean === null) continue;
    rows.push({
      figure: `vs before ${e.event_id}`,
      value:
        e.latest_vs_before_pct === null
          ? ""
          : exact
            ? String(e.latest_vs_before_pct)
            : `${e.latest_vs_before_pct.toFixed(0)}%`,
      note: `${e.date} ${e.kind}; before ${level(Math.round(e.before_mean))} (${e.before_periods.join(", ")})`,
    });
  }
  return rows;
}

function streakText(streak: number | null): string {
  if (!streak) return "";
  const n = Math.abs(streak);
  const word = streak > 0 ? (n === 1 ? "rise" : "rises") : n === 1 ? "fall" : "falls";
  return n === 1 ? `one ${word}` : `${n} straight ${word}`;
}
