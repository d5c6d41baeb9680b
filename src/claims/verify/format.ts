// How verdict explanations write numbers and periods: rounded for display only, never in data.

import { MONTH_NAMES } from "../../domain/period.js";
import type { SeriesKey } from "../../domain/series-key.js";

// one formatter per precision: building one per call costs more than the whole check; and the same
// few figures are written again and again (every claim about a month quotes it), so each is written once
const formatters = new Map<number, Intl.NumberFormat>();
const written = new Map<string, string>();
function number(n: number, decimals: number): string {
  // -0 writes as "-0", which String(-0) does not tell apart from 0
  const key = `${decimals}:${Object.is(n, -0) ? "-0" : n}`;
  const known = written.get(key);
  if (known !== undefined) return known;
  let f = formatters.get(decimals);
  if (!f) formatters.set(decimals, (f = new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals })));
  const out = f.format(n);
  // a long-running server sees ever new figures: start over rather than grow without end
  if (written.size >= 10000) written.clear();
  written.set(key, out);
  return out;
}

/** "6,150 t", "420.5 t". */
export function tonnes(n: number): string {
  return `${number(n, 3)} t`;
}

/** The months that outrank a month (at most three), as a contradiction lists them: "August 2025's 6,146 t, ...". */
export function monthsAbove(better: readonly { period: string; value: number }[], rank: number): string {
  return better
    .slice(0, Math.min(3, rank - 1))
    .map((b) => `${periodLabel(b.period)}'s ${tonnes(b.value)}`)
    .join(", ");
}

/**
 * An amount of money in its currency, with the scale a reporter would write it in: "301.8 million
 * USD", "2.1 billion CNY", "850,000 USD". Never written with "t".
 */
export function money(n: number, currency: string): string {
  const a = Math.abs(n);
  if (a >= 1e9) return `${number(n / 1e9, 4)} billion ${currency}`;
  if (a >= 1e6) return `${number(n / 1e6, 4)} million ${currency}`;
  return `${number(n, 2)} ${currency}`;
}

/** "+12.4%", "-11.3%" (one decimal, or none for whole numbers). */
export function pct(n: number, decimals = 1): string {
  const rounded = Number(n.toFixed(decimals));
  const sign = rounded > 0 ? "+" : "";
  return `${sign}${number(rounded, decimals)}%`;
}

/** "November 2025", "January-November 2025", "2025". */
export function periodLabel(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
  const r = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(period);
  if (r && r[1] === r[3]) {
    if (r[2] === "01" && r[4] === "12") return `full-year ${r[1]}`;
    return `${MONTH_NAMES[Number(r[2]) - 1]}-${MONTH_NAMES[Number(r[4]) - 1]} ${r[1]}`;
  }
  return period;
}

/** The stated interval in words: "6,145-6,155 t", "at least 6,000 t". */
export function interval(low: number | null, high: number | null, unit: "t" | "%"): string {
  const f = (x: number) => (unit === "t" ? tonnes(x) : `${Number(x.toFixed(2))}%`);
  if (low === null && high === null) return "any value";
  if (low === null) return `at most ${f(high as number)}`;
  if (high === null) return `at least ${f(low)}`;
  return `${unit === "t" ? number(low, 3) : Number(low.toFixed(2))}-${f(high)}`;
}

/**
 * What is missing when the data holds no figure for a key: its value in money or its quantity.
 * @example noFigure(key, "November 2025") // "no rare-earth-magnets figure for November 2025 (USA) in the data"
 */
export function noFigure(key: SeriesKey, label: string): string {
  return `no ${key.series} ${key.measure === "value" ? "value" : "figure"} for ${label} (${key.partner}) in the data`;
}
