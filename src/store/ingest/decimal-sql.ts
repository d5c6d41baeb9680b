import { AMBIGUOUS_COMMA, DOT_GROUPED_DECIMAL_COMMA, ONE_COMMA } from "../../domain/decimal.js";

// Exact decimals from text in SQL, fast. DuckDB parses text into DECIMAL(38, x) (a 128-bit
// integer) some hundred times slower than into DECIMAL(18, x); figures with up to 12 integer
// digits take the fast path and are widened exactly, larger ones the slow one. Either way the
// value is the decimal as printed, never a floating-point approximation.

/** `text` (a plain or exponent decimal) as DECIMAL(38, 6), in SQL. */
export function exactDecimalSql(text: string): string {
  return `CASE WHEN length(split_part(split_part(lower(${text}), 'e', 1), '.', 1)) <= 12 AND NOT contains(lower(${text}), 'e')
    THEN ${narrowDecimal(text)} ELSE CAST(${text} AS DECIMAL(38, 6)) END`;
}

/** `exactDecimalSql` for a text known to be a plain decimal (digits, perhaps a point and more digits). */
export function plainDecimalSql(text: string): string {
  return `CASE WHEN length(split_part(${text}, '.', 1)) <= 12 THEN ${narrowDecimal(text)} ELSE CAST(${text} AS DECIMAL(38, 6)) END`;
}

const narrowDecimal = (text: string) => `CAST(CAST(${text} AS DECIMAL(18, 6)) AS DECIMAL(38, 6))`;

/** A DECIMAL(38, 6) as text (`582.000000`), taking the fast path where the value fits DECIMAL(18, 6). */
export function decimalTextSql(value: string): string {
  return `CASE WHEN abs(${value}) < 1000000000000 THEN CAST(CAST(${value} AS DECIMAL(18, 6)) AS VARCHAR) ELSE CAST(${value} AS VARCHAR) END`;
}

/**
 * Why a figure that reads as a number cannot be stored, in SQL (NULL when it can): figures of trade
 * are never below zero, and none comes near 10^20 (DECIMAL(38, 6) keeps 32 digits before the point,
 * and a unit's shift must still fit). `number` is the plain number, `shown` the cell as written.
 */
export function outOfRangeSql(number: string, shown: string): string {
  return `CASE WHEN ${number} LIKE '-%' AND TRY_CAST(${number} AS DOUBLE) <> 0
      THEN 'negative: ' || ${shown} || ' (figures of trade are never below zero)'
    WHEN length(ltrim(split_part(split_part(lower(${number}), 'e', 1), '.', 1), '-0')) > 20
      OR coalesce(abs(TRY_CAST(${number} AS DOUBLE)) >= 1e20, true)
      THEN 'too large: ' || left(${shown}, 24) || CASE WHEN length(${shown}) > 24 THEN '...' ELSE '' END || ' (more than 20 digits)' END`;
}

/**
 * Kilograms as text to tonnes as DECIMAL(38, 6), in SQL: exactly `exactDecimalSql(kg) * 0.001`
 * rounded to six places, but for plain non-negative figures of up to 15 integer digits by shifting
 * the decimal point in the text, since arithmetic on 128-bit decimals costs seconds on a million rows.
 */
export function kgToTonnesSql(kg: string): string {
  return `CASE WHEN length(split_part(${kg}, '.', 1)) <= 15 AND NOT starts_with(${kg}, '-') AND NOT contains(lower(${kg}), 'e')
    THEN ${plainKgToTonnesSql(kg)}
    ELSE CAST(${exactDecimalSql(kg)} * 0.001 AS DECIMAL(38, 6)) END`;
}

/**
 * `kgToTonnesSql` for a plain decimal of up to 15 integer digits. Up to 12 (every figure of trade
 * but a few), DuckDB's decimal reader shifts the point itself, given the figure with an exponent
 * (`1234.5e-3`): seven times cheaper than moving the point by text functions (`1234.5` ->
 * `1.2345`), which larger figures take, as the reader refuses them into DECIMAL(18, 6).
 */
export function plainKgToTonnesSql(kg: string): string {
  const whole = `split_part(${kg}, '.', 1)`;
  const padded = `lpad(${whole}, CAST(greatest(length(${whole}), 4) AS INTEGER), '0')`; // lpad cuts a longer text
  const moved = `left(${padded}, length(${padded}) - 3) || '.' || right(${padded}, 3) || split_part(${kg}, '.', 2)`;
  return `CASE WHEN length(${whole}) <= 12 THEN ${narrowDecimal(`${kg} || 'e-3'`)} ELSE ${narrowDecimal(moved)} END`;
}

/**
 * A figure as a spreadsheet writes it with thousands grouped (`1,234,567.5`) without its commas, in
 * SQL; any other text as it is (for the checks to judge). Only for comma-separated files, where a
 * comma in a quoted figure cannot be a decimal comma (a spreadsheet that writes those separates
 * its cells with semicolons).
 */
export function ungroupedSql(text: string): string {
  return `CASE WHEN regexp_full_match(${text}, '-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?') THEN replace(${text}, ',', '') ELSE ${text} END`;
}

/**
 * A figure as a spreadsheet set to a European language writes it, with a decimal comma, as a plain
 * decimal, in SQL: where the comma can be nothing else, since thousands grouped by a comma have one
 * to three digits before it and three after (`455012,5`, `26740000,00`, `3,5`), or dots group the
 * thousands before it (`1.207.430,5`). Any other text as it is, `14,275` included: a decimal comma
 * or a thousands one, for the checks to refuse (the rule of `fromDecimalComma`). Only for files
 * separated by semicolons or tabs.
 */
export function decimalCommaSql(text: string): string {
  const full = (pattern: string) => `regexp_full_match(${text}, '-?(${pattern})')`;
  return `CASE WHEN ${full(DOT_GROUPED_DECIMAL_COMMA)} THEN replace(replace(${text}, '.', ''), ',', '.')
    WHEN ${full(ONE_COMMA)} AND NOT ${full(AMBIGUOUS_COMMA)} THEN replace(${text}, ',', '.') ELSE ${text} END`;
}

/**
 * A figure whose thousands are grouped by spaces, as a spreadsheet set to French and many other
 * languages writes them (`1 207 430`, with a plain, a no-break U+00A0, a narrow no-break U+202F or
 * a thin U+2009 space), without the spaces, in SQL: a space never marks a fraction, so the digits
 * are the figure. Groups must be of three digits (`12 34` stays as it is, for the checks to refuse);
 * a fraction after them keeps its mark, for the reader of decimal commas to judge.
 */
export function spaceGroupedSql(text: string): string {
  return `CASE WHEN regexp_full_match(${text}, '-?[0-9]{1,3}([ \\x{00A0}\\x{202F}\\x{2009}][0-9]{3})+([.,][0-9]+)?')
    THEN regexp_replace(${text}, '[ \\x{00A0}\\x{202F}\\x{2009}]', '', 'g') ELSE ${text} END`;
}
