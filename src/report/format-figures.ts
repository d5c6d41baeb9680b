// How figures read in a brief: grouped tonnes, rounded percentages, ordinals and month names.
// One place, so the markdown, HTML and JSON texts say every number the same way.

import { MONTH_NAMES as MONTHS } from "../domain/period.js";

const ORDINALS = [
  "",
  "",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];

/**
 * A quantity with grouped digits, to one decimal from 10 up (three below): stated figures keep their digits.
 * @example formatQty(6150) // "6,150"; formatQty(420.5) // "420.5"
 */
export function formatQty(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 10 ? 1 : 3;
  const text = value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return text === "-0" ? "0" : text;
}

/**
 * An unsigned percentage as analysts round it: whole numbers from 10%, one decimal below.
 * @example formatPct(-11.28) // "11%"; formatPct(3.26) // "3.3%"
 */
export function formatPct(value: number): string {
  const abs = Math.abs(value);
  const rounded = abs >= 9.95 ? Math.round(abs).toString() : (Math.round(abs * 10) / 10).toString();
  return `${rounded}%`;
}

/** "up" or "down" (or "unchanged") for a change. */
export function direction(change: number): "up" | "down" | "unchanged" {
  return change > 0 ? "up" : change < 0 ? "down" : "unchanged";
}

/**
 * The ordinal word for a rank, or a numeral past ten.
 * @example ordinal(2) // "second"; ordinal(14) // "14th"
 */
export function ordinal(n: number): string {
  const word = ORDINALS[n];
  if (word) return word;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** A count in words up to ten: "two months", "11 months". */
export function countWord(n: number): string {
  const words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  return words[n] ?? String(n);
}

/**
 * A month as people write it.
 * @example monthLabel("2025-08") // "August 2025"; monthLabel("2025-08", false) // "August"
 */
export function monthLabel(month: string, withYear = true): string {
  const [y, m] = month.split("-");
  const name = MONTHS[Number(m) - 1] ?? month;
  return withYear ? `${name} ${y}` : name;
}

/** A short month label for charts and tables: "Aug 2025". */
export function shortMonth(month: string): string {
  return `${monthLabel(month, false).slice(0, 3)} ${month.slice(0, 4)}`;
}

/**
 * A period of any kind: a month, a year or a cumulative range.
 * @example periodLabel("2025-01..2025-11") // "January-November 2025"
 */
export function periodLabel(period: string): string {
  const range = period.split("..");
  if (range.length === 2) {
    const [a = "", b = ""] = range;
    return a.slice(0, 4) === b.slice(0, 4)
      ? `${monthLabel(a, false)}-${monthLabel(b)}`
      : `${monthLabel(a)} to ${monthLabel(b)}`;
  }
  return /^\d{4}-\d{2}$/.test(period) ? monthLabel(period) : period;
}

/** A calendar date `YYYY-MM-DD` as "4 April 2025" (partial dates as far as known). */
export function dateLabel(date: string): string {
  const [y, m, d] = date.split("-");
  if (!m) return date;
  const month = monthLabel(`${y}-${m}`);
  return d ? `${Number(d)} ${month}` : month;
}

/** A list joined the English way: "a, b and c". */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
