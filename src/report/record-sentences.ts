// Templates for the month's own figures: the headline with its rank and margins, the record it is
// ranked in, the changes on the month and the year, and the year to date. Which template speaks
// is chosen by the figures; nothing here is written for a particular month.
import { addMonths } from "../domain/period.js";
import type { Stats } from "../analytics/types.js";
import type { BriefSentence } from "./brief-types.js";
import {
  countWord,
  direction,
  formatPct,
  formatQty,
  monthLabel,
  ordinal,
  periodLabel,
} from "./format-figures.js";
import { partnerLabel } from "./partner-names.js";
import { fig, sentence, type NoteBook, type NoteKey } from "./sentence.js";
import { percentOf } from "../analytics/figure-ranges.js";

export interface RecordMonth {
  period: string;
  value: number;
}

export interface RecordInput {
  stats: Stats;
  seriesName: string;
  /** The months of the record up to the brief's month (partner WLD, no derived values). */
  record: RecordMonth[];
}

const WLD = (period: string): NoteKey => ({ partner: "WLD", period });

/**
 * The headline: level, rank in the record and the margin to the nearest month that ranks next.
 * @example headlineSentence(input, book).text // "China's exports of ... were 6,150 t in November 2025, the second-highest month on record (only 4 t above August 2025)."
 */
export function headlineSentence(input: RecordInput, book: NoteBook): BriefSentence {
  const { stats } = input;
  const unit = stats.unit ?? "";
  const opening = `${partnerLabel(stats.reporter)}'s ${stats.flow}s of ${input.seriesName} were `;
  if (stats.level === null)
    return sentence("level-missing", [
      opening.replace(" were ", ": "),
      `no figure for ${monthLabel(stats.period)}.`,
    ]);
  const level = fig(book, `${formatQty(stats.level)} ${unit}`, WLD(stats.period));
  return sentence("headline", [
    opening,
    level,
    ` in ${monthLabel(stats.period)}`,
    ...rankClause(input, book),
    ".",
  ]);
}

function rankClause(input: RecordInput, book: NoteBook): (string | ReturnType<typeof fig>)[] {
  const { stats, record } = input;
  const level = stats.level ?? 0;
  if (stats.rank === null || stats.rank_low === null || stats.record_months < 2) return [];
  const unit = stats.unit ?? "";
  const above = record.filter((m) => m.value < level).sort((a, b) => b.value - a.value)[0];
  const below = record.filter((m) => m.value > level).sort((a, b) => a.value - b.value)[0];
  const margin = (other: RecordMonth, word: "above" | "below") => {
    const d = Math.abs(level - other.value);
    const only = d <= level * 0.01 ? "only " : "";
    return fig(
      book,
      `${only}${formatQty(d)} ${unit} ${word} ${monthLabel(other.period)}`,
      WLD(stats.period),
      WLD(other.period),
    );
  };
  if (stats.rank === 1) {
    return [
      ", the highest month on record",
      ...(above ? [" (", margin(above, "above"), ", the previous high)"] : []),
    ];
  }
  if (stats.rank_low === 1) {
    return [
      ", the lowest month on record",
      ...(below ? [" (", margin(below, "below"), ", the previous low)"] : []),
    ];
  }
  if (stats.rank <= stats.rank_low) {
    return [
      `, the ${ordinal(stats.rank)}-highest month on record`,
      ...(above ? [" (", margin(above, "above"), ")"] : []),
    ];
  }
  return [
    `, the ${ordinal(stats.rank_low)}-lowest month on record`,
    ...(below ? [" (", margin(below, "below"), ")"] : []),
  ];
}

/** Where the record stands: the record high, the gap to it, and the months the record lacks. */
export function recordSentences(input: RecordInput, book: NoteBook): BriefSentence[] {
  const { stats, record } = input;
  const out: BriefSentence[] = [];
  const top = [...record].sort((a, b) => b.value - a.value || a.period.localeCompare(b.period))[0];
  const unit = stats.unit ?? "";
  if (top && stats.level !== null && stats.rank !== null && stats.rank > 1) {
    const gap = top.value - stats.level;
    out.push(
      sentence("record-gap", [
        "The record is ",
        fig(book, `${formatQty(top.value)} ${unit}`, WLD(top.period)),
        ` in ${monthLabel(top.period)}; ${monthLabel(stats.period, false)} is `,
        fig(
          book,
          `${formatQty(gap)} ${unit} (${formatPct(percentOf(gap, top.value))})`,
          WLD(stats.period),
          WLD(top.period),
        ),
        " below it.",
      ]),
    );
  }
  if (stats.record_window) {
    const { from, to } = stats.record_window;
    const gaps = stats.record_gaps.length;
    const held = `The record held here runs from ${monthLabel(from)} to ${monthLabel(to)} with ${stats.record_months} months of figures`;
    out.push(
      sentence("record-window", [
        gaps === 0
          ? `${held} and no gaps.`
          : `${held}; ${countWord(gaps)} month${gaps === 1 ? " is" : "s are"} missing, so ranks are among the months held.`,
      ]),
    );
  }
  return out;
}

/** Changes on the month and on the year, with how long since the month was last this high or low. */
export function changeSentence(input: RecordInput, book: NoteBook): BriefSentence | null {
  const { stats } = input;
  if (stats.level === null) return null;
  const prev = addMonths(stats.period, -1);
  const yearAgo = addMonths(stats.period, -12);
  const prevValue = input.record.find((m) => m.period === prev)?.value;
  const yearValue = input.record.find((m) => m.period === yearAgo)?.value;
  const unit = stats.unit ?? "";
  const parts: (string | ReturnType<typeof fig>)[] = [];
  if (stats.mom_pct !== null && prevValue !== undefined) {
    parts.push(
      `${cap(direction(stats.mom_pct))} `,
      fig(book, formatPct(stats.mom_pct), WLD(stats.period), WLD(prev)),
      ` on ${monthLabel(prev, false)} (`,
      fig(book, `${formatQty(prevValue)} ${unit}`, WLD(prev)),
      ")",
    );
  } else {
    parts.push(`No figure for ${monthLabel(prev)}, so no change on the month`);
  }
  if (stats.yoy_pct !== null && yearValue !== undefined) {
    parts.push(
      ` and ${direction(stats.yoy_pct)} `,
      fig(book, formatPct(stats.yoy_pct), WLD(stats.period), WLD(yearAgo)),
      ` on ${monthLabel(yearAgo)} (`,
      fig(book, `${formatQty(yearValue)} ${unit}`, WLD(yearAgo)),
      ")",
    );
  } else {
    parts.push(`; ${monthLabel(yearAgo)} is not in the record, so there is no change on the year`);
  }
  const since = sinceClause(stats);
  return sentence("change", [...parts, since ? `; ${since}.` : "."]);
}

function sinceClause(stats: Stats): string | null {
  const streak = stats.streak ?? 0;
  const run =
    Math.abs(streak) >= 2
      ? `the ${ordinal(Math.abs(streak))} straight ${streak > 0 ? "rise" : "fall"}`
      : null;
  const up = (stats.mom_pct ?? 0) >= 0;
  const since =
    up && stats.highest_since && stats.rank !== 1
      ? `the highest since ${monthLabel(stats.highest_since)}`
      : !up && stats.lowest_since && stats.rank_low !== 1
        ? `the lowest since ${monthLabel(stats.lowest_since)}`
        : null;
  const clauses = [since, run].filter((c): c is string => c !== null);
  return clauses.length > 0 ? `it is ${clauses.join(", and ")}` : null;
}

/** The year to date and its change on the same months a year earlier. */
export function ytdSentence(input: RecordInput, book: NoteBook): BriefSentence | null {
  const { stats } = input;
  if (stats.ytd === null) return null;
  const span = `${stats.period.slice(0, 4)}-01..${stats.period}`;
  const keys = (stats.inputs.ytd ?? []).map((m) => WLD(m.period));
  const label = stats.period.endsWith("-01") ? monthLabel(stats.period) : periodLabel(span);
  const parts: (string | ReturnType<typeof fig>)[] = [
    `${label}: `,
    fig(book, `${formatQty(stats.ytd)} ${stats.unit ?? ""}`, ...keys),
  ];
  if (stats.ytd_yoy_pct !== null) {
    const prevKeys = (stats.inputs.ytd_prev ?? []).map((m) => WLD(m.period));
    parts.push(
      `, ${direction(stats.ytd_yoy_pct)} `,
      fig(book, formatPct(stats.ytd_yoy_pct), ...keys, ...prevKeys),
      ` on the same months of ${Number(stats.period.slice(0, 4)) - 1}.`,
    );
  } else {
    parts.push(
      `; no comparison with the same months of ${Number(stats.period.slice(0, 4)) - 1} is possible from the figures held.`,
    );
  }
  return sentence("ytd", parts);
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
