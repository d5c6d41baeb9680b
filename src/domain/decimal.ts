// Exact decimals as text. Values travel from file to JSON without a floating-point step:
// unit changes are decimal-point shifts, and precision is read off the digits as printed.

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** True for a plain decimal such as `6149.95`, `-3.2` or `582` (no separators, no exponent). */
export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

// Decimal commas, as a spreadsheet set to a European language writes figures (`455012,5`,
// `1.207.430,5`). One rule, read in TypeScript for tables taken row by row and in SQL for files
// DuckDB reads: the patterns below are written in the syntax both regular-expression engines share.

/** A figure with a decimal comma and dots grouping the thousands before it: `1.207.430,5`. */
export const DOT_GROUPED_DECIMAL_COMMA = "[0-9]{1,3}(\\.[0-9]{3})+,[0-9]+";
/** A figure with one comma between digits: `455012,5`, `3,5`, `14,275`. */
export const ONE_COMMA = "[0-9]+,[0-9]+";
/** One comma that may as well group thousands as mark decimals: `14,275` is 14.275 or 14275. */
export const AMBIGUOUS_COMMA = "[0-9]{1,3},[0-9]{3}";

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);
const DOT_GROUPED_DECIMAL_COMMA_RE = whole(DOT_GROUPED_DECIMAL_COMMA);
const ONE_COMMA_RE = whole(ONE_COMMA);
const AMBIGUOUS_COMMA_RE = whole(AMBIGUOUS_COMMA);

/**
 * An unsigned figure written with a decimal comma as a plain decimal (`1.207.430,5` ->
 * `1207430.5`, `3,5` -> `3.5`); `"ambiguous"` when the comma may group thousands (`14,275`);
 * null when the text has no decimal comma.
 */
export function fromDecimalComma(text: string): string | "ambiguous" | null {
  if (AMBIGUOUS_COMMA_RE.test(text)) return "ambiguous";
  if (DOT_GROUPED_DECIMAL_COMMA_RE.test(text)) return text.replace(/\./g, "").replace(",", ".");
  if (ONE_COMMA_RE.test(text)) return text.replace(",", ".");
  return null;
}

/**
 * Multiply a decimal by 10^places exactly, e.g. `shiftDecimal("26037", -3)` is `"26.037"`.
 */
export function shiftDecimal(text: string, places: number): string {
  if (!isDecimal(text)) throw new RangeError(`not a decimal: ${text}`);
  const negative = text.startsWith("-");
  const [intPart = "", fracPart = ""] = (negative ? text.slice(1) : text).split(".");
  let digits = intPart + fracPart;
  let point = intPart.length + places;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  const result = trimDecimal(`${digits.slice(0, point) || "0"}.${digits.slice(point)}`);
  return negative && result !== "0" ? `-${result}` : result;
}

/** Drop leading zeros of the integer part and trailing zeros of the fraction: `"06149.950"` -> `"6149.95"`. */
export function trimDecimal(text: string): string {
  const negative = text.startsWith("-");
  const [intPart = "", fracPart = ""] = (negative ? text.slice(1) : text).split(".");
  const int = intPart.replace(/^0+(?=\d)/, "") || "0";
  const frac = fracPart.replace(/0+$/, "");
  const out = frac ? `${int}.${frac}` : int;
  return negative && out !== "0" ? `-${out}` : out;
}

/**
 * The rounding step a printed figure implies, as a decimal string: `6145.623` -> `0.001`,
 * `6146` -> `1`, `6150` -> `10`, `27900` -> `100`. Trailing zeros of an integer count as rounding,
 * but never coarser than 1% of the value, so `6000` means "to the ten", not "to the thousand" —
 * unless the source itself said the figure is approximate ("about 400 t": to the hundred).
 */
export function precisionUnit(text: string, approximate = false): string {
  const abs = text.replace(/^-/, "");
  const [intPart = "", fracPart = ""] = abs.split(".");
  if (fracPart.length > 0) return shiftDecimal("1", -fracPart.length);
  const trailing = intPart === "0" ? 0 : (/0*$/.exec(intPart)?.[0].length ?? 0);
  const magnitude = intPart.replace(/^0+/, "").length;
  const cap = approximate ? trailing : Math.max(0, magnitude - 3);
  return shiftDecimal("1", Math.min(trailing, cap));
}

/**
 * The exact sum of decimals, e.g. `sumDecimals(["0.1", "0.2"])` is `"0.3"` (never `0.30000000000000004`).
 */
export function sumDecimals(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map((v) => (v.split(".")[1] ?? "").length));
  let total = 0n;
  for (const v of values) total += scaled(v, scale);
  return unscaled(total, scale);
}

/** The exact difference `a - b`, e.g. `subtractDecimals("6150", "5473.5")` is `"676.5"`. */
export function subtractDecimals(a: string, b: string): string {
  return sumDecimals([a, b.startsWith("-") ? b.slice(1) : `-${b}`]);
}

function scaled(text: string, scale: number): bigint {
  if (!isDecimal(text)) throw new RangeError(`not a decimal: ${text}`);
  const negative = text.startsWith("-");
  const [int = "", frac = ""] = (negative ? text.slice(1) : text).split(".");
  const n = BigInt(int + frac.padEnd(scale, "0"));
  return negative ? -n : n;
}

function unscaled(n: bigint, scale: number): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(scale + 1, "0");
  const text = scale > 0 ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  const out = trimDecimal(text);
  return negative && out !== "0" ? `-${out}` : out;
}

/**
 * The mean of decimals as a number, rounded once: the exact sum divided by the count in one
 * floating-point step (what an exact average in the database gives, not a sum already rounded).
 * @example meanOfDecimals(["0.2", "0.449", "0"]) // 0.21633333333333332
 */
export function meanOfDecimals(values: readonly string[]): number {
  const scale = Math.max(0, ...values.map((v) => (v.split(".")[1] ?? "").length));
  let total = 0n;
  for (const v of values) total += scaled(v, scale);
  return Number(total) / (values.length * 10 ** scale);
}
