// Numbers, changes and months as the dashboard writes them: "6,150 t", "+12.4%", "Nov 2025".

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A quantity with its unit, grouped by thousands; decimals only where the figure has them. */
export function formatValue(value, unit) {
  if (value === null || value === undefined) return "—";
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1;
  const text = value.toLocaleString("en-GB", { maximumFractionDigits: digits });
  return unit ? `${text} ${unit}` : text;
}

/** A signed percentage: "+12.4%", "−11.3%". */
export function formatPct(pct, digits = 1) {
  if (pct === null || pct === undefined) return "—";
  const text = Math.abs(pct).toFixed(digits);
  if (Number(text) === 0) return `${text}%`;
  return `${pct > 0 ? "+" : "−"}${text}%`;
}

/** A signed quantity: "+677 t". */
export function formatChange(value, unit) {
  if (value === null || value === undefined) return "—";
  const sign = value > 0 ? "+" : value < 0 ? "−" : "";
  return `${sign}${formatValue(Math.abs(value), unit)}`;
}

/** Percentage points: "+0.8 pp". */
export function formatPp(pp) {
  if (pp === null || pp === undefined) return "—";
  return `${pp > 0 ? "+" : pp < 0 ? "−" : ""}${Math.abs(pp).toFixed(1)} pp`;
}

/** "2025-11" -> "Nov 2025"; "2025-01..2025-11" -> "Jan–Nov 2025"; "2024" -> "2024". */
export function formatPeriod(period, long = false) {
  if (!period) return "—";
  const names = long ? LONG_MONTHS : MONTHS;
  const range = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(period);
  if (range) {
    const [, y1, m1, y2, m2] = range;
    const from = names[Number(m1) - 1];
    return y1 === y2
      ? `${from}–${names[Number(m2) - 1]} ${y2}`
      : `${from} ${y1}–${names[Number(m2) - 1]} ${y2}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  return month ? `${names[Number(month[2]) - 1]} ${month[1]}` : period;
}

/** "second", "third" … for small ranks; "12th" beyond. */
export function ordinal(n) {
  const words = [
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
  if (n >= 2 && n <= 10) return words[n];
  const tail = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${tail}`;
}

/** Month arithmetic on "YYYY-MM" text (periods are never local-time dates). */
export function addMonths(period, n) {
  const [y, m] = period.split("-").map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `from` to `to`, inclusive. */
export function monthRange(from, to) {
  const months = [];
  for (let p = from; p <= to; p = addMonths(p, 1)) months.push(p);
  return months;
}

/**
 * A server's reason in the page's words: months written out, long lists of missing months cut short.
 * @example plainReason("missing 2024-01, 2024-03, 2024-04, 2024-05") // "missing Jan 2024, Mar 2024, Apr 2024 and 1 more"
 */
export function plainReason(reason) {
  return reason
    .replace(/missing ((?:\d{4}-\d{2}(?:, )?)+)/g, (_, list) => {
      const months = list.split(/,\s*/).filter(Boolean);
      const shown = months
        .slice(0, 3)
        .map((m) => formatPeriod(m))
        .join(", ");
      return months.length > 3 ? `missing ${shown} and ${months.length - 3} more` : `missing ${shown}`;
    })
    .replace(/\d{4}-\d{2}\.\.\d{4}-\d{2}/g, (p) => formatPeriod(p))
    .replace(/\b\d{4}-\d{2}\b/g, (p) => formatPeriod(p));
}
