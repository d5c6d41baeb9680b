// "Is it normalisation?": the month against the average of the months before each policy event
// that stats gives a window for. The first restrictive event is the pre-control baseline (the
// verdict words are chosen by how far the month stands from it); the latest easing gets a second line.
import type { EventWindow, Stats } from "../analytics/types.js";
import type { BriefSentence } from "./brief-types.js";
import { dateLabel, formatQty, joinList, monthLabel } from "./format-figures.js";
import { fig, sentence, type NoteBook } from "./sentence.js";

const RESTRICTIVE = new Set(["export_control", "licence_requirement", "ban"]);
const EASING = new Set(["suspension", "trade_deal"]);

/** Words for where a month stands against a baseline, given it as a percent of the baseline. */
export function baselineVerdict(pct: number): string {
  if (pct >= 110) return "well above the pre-control level";
  if (pct >= 100) return "back above the pre-control level";
  if (pct >= 90) return "close to, but still below, the pre-control level";
  if (pct >= 60) return "still clearly below the pre-control level";
  return "far below the pre-control level";
}

/**
 * The baseline comparisons, the pre-control one first.
 * @example baselineSentences(stats, { "E2025-04-RE7": "the export controls of Announcement No. 18 of 2025" }, book)
 */
export function baselineSentences(
  stats: Stats,
  eventNames: Record<string, string>,
  book: NoteBook,
): BriefSentence[] {
  const windows = (stats.events ?? [])
    .filter((w) => w.latest_vs_before_pct !== null && w.before_mean !== null && w.before_periods.length > 0)
    .sort((a, b) => a.date.localeCompare(b.date) || a.event_id.localeCompare(b.event_id));
  const main = windows.find((w) => RESTRICTIVE.has(w.kind));
  const out: BriefSentence[] = [];
  if (main) out.push(windowSentence(stats, main, eventNames, book, true));
  // The latest easing (a deal or a suspension) with its own baseline: where the month stands since.
  const easing = windows
    .filter(
      (w) =>
        EASING.has(w.kind) &&
        w.date > (main?.date ?? "") &&
        w.before_periods.join() !== main?.before_periods.join(),
    )
    .at(-1);
  if (easing) out.push(windowSentence(stats, easing, eventNames, book, false));
  return out;
}

function windowSentence(
  stats: Stats,
  w: EventWindow,
  names: Record<string, string>,
  book: NoteBook,
  main: boolean,
): BriefSentence {
  const pct = w.latest_vs_before_pct!;
  const unit = stats.unit ?? "";
  const keys = w.before_periods.map((period) => ({ partner: "WLD", period }));
  const now = { partner: "WLD", period: stats.period };
  const months = joinList(w.before_periods.map((p) => monthLabel(p)));
  const event = `${names[w.event_id] ?? w.summary} (${dateLabel(w.date)})`;
  const level = fig(book, `${formatQty(stats.level ?? 0)} ${unit}`, now);
  const share = fig(book, `${Math.round(pct)}%`, now, ...keys);
  const mean = fig(book, `${formatQty(w.before_mean!)} ${unit}`, ...keys);
  return main
    ? sentence(`baseline:${w.event_id}`, [
        "Is it normalisation? ",
        level,
        " is ",
        share,
        ` of the average before ${event}, `,
        mean,
        ` over ${months}: ${baselineVerdict(pct)}.`,
      ])
    : sentence(`baseline:${w.event_id}`, [
        `Against the months before ${event}, averaging `,
        mean,
        ` over ${months}, the month stands at `,
        share,
        ".",
      ]);
}
