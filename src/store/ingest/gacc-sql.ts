// China customs query-platform rows, validated and normalised in SQL (never row by row in
// JavaScript): periods (`202511`, or a span such as `202501-202502` for January and February
// released together), partner codes or names to ISO3, commodity codes to series, quantities with
// thousands separators to exact tonnes (the original kept), and rows split by customs regime or
// location summed to the figure they split, the split kept as detail. A partner named "Total" (or
// 总值, 合计) is the world; a row without a commodity code that says "Total" is the file's grand
// total: no figure of its own, but its value must equal what the file's figures add up to.
import type { Store } from "../open-store.js";
import { derivedIdSql } from "../observation-rows.js";
import { queryOnce } from "../sql.js";
import { AMBIGUOUS_COMMA, ONE_COMMA } from "../../domain/decimal.js";
import { decimalCommaSql, exactDecimalSql, outOfRangeSql, spaceGroupedSql } from "./decimal-sql.js";
import { addProblemsSql } from "./problems.js";

/** One staged file: its view (`line`, `c0`, `c1`, ...) and which cell holds which field. */
export interface GaccStagedFile {
  f: number;
  view: string;
  cells: Partial<Record<string, number>>;
  valueUnit: "USD" | "CNY";
  /** The power of ten the money figures are in, as the file states it (3: thousands); 0 for whole units. */
  valueShift: number;
  /** The flow when the file has no flow column. */
  flow: "export" | "import" | null;
  /**
   * Saved again by a spreadsheet, tab- or semicolon-separated: its figures may have decimal commas
   * (a spreadsheet set to a European language writes them): one that cannot group thousands
   * (`581800,000`) is read as one, one that can (`14,275`) is ambiguous.
   */
  resaved: boolean;
  /** A note's first words (a regular expression), for padded note rows to pass over. */
  notePattern: string;
  /**
   * The cells read hold figures from January to the date of data (`US dollar (Jan-Nov)`): a month
   * of data becomes the span from January to it. The same file's month figures are another pass.
   */
  cumulative: boolean;
  /** The month a cumulative column's name says the span ends in, checked against the date of data. */
  cumulativeTo: number | null;
}

/** The fields a row's cells are read into (a row with none filled is passed over). */
const FIELDS = ["period", "partner_code", "partner", "code", "commodity", "regime_code", "regime"].concat([
  "location_code",
  "location",
  "qty1",
  "unit1",
  "qty2",
  "unit2",
  "usd",
  "cny",
  "flow",
]);

const NUMBER = `'^-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?$|^-?[0-9]+(\\.[0-9]+)?$'`;
/**
 * A date of data as the platform writes it (`202511`, `202501-202502`), from the ways a spreadsheet
 * or the Chinese tables write it: `2025/11`, `2025.11`, `2025年11月`, `2025年1-2月` (a span within a
 * year), a one-digit month padded; and the first day of the month that a spreadsheet made of the
 * month's cell (`2025-11-01`, `2025/11/1 0:00`), year first. Anything else (another day, a day
 * first) is left as it was, for the check to refuse.
 */
const periodWritten = (x: string) => {
  const firstDay = `regexp_replace(trim(coalesce(${x}, '')), '^([0-9]{4})(?:-([0-9]{1,2})-|/([0-9]{1,2})/|[.]([0-9]{1,2})[.])0?1(?:\\s+0?0:00(?::00)?)?$', '\\1-\\2\\3\\4')`;
  const yearSpan = `regexp_replace(${firstDay}, '^([0-9]{4})年([0-9]{1,2})月?\\s*[-~至]\\s*([0-9]{1,2})月$', '\\1-\\2 - \\1-\\3')`;
  const dashed = `replace(regexp_replace(${yearSpan}, '([0-9]{4})\\s*[/.年]\\s*([0-9]{1,2})', '\\1-\\2', 'g'), '月', '')`;
  const padded = `regexp_replace(${dashed}, '([0-9]{4})-([0-9])([^0-9]|$)', '\\1-0\\2\\3', 'g')`;
  return `CASE WHEN ${QUARTER_MATCH(x)} THEN ${quarterSpan(x)} WHEN ${NAMED_MATCH(x)} THEN ${namedMonth(x)} ELSE ${padded} END`;
};

/**
 * A month written by its English name beside a four-digit year (`November 2025`, `Nov. 2025`,
 * `2025 November`): the month. A two-digit year (`Nov-25`) is not taken: it may be a day.
 */
const MONTH_NAME =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
const NAMED = `'${MONTH_NAME}\\s*[-/ ,]?\\s*[0-9]{4}|[0-9]{4}\\s*[-/ ,]?\\s*${MONTH_NAME}'`;
const NAMED_MATCH = (x: string) => `regexp_full_match(lower(trim(coalesce(${x}, ''))), ${NAMED})`;
function namedMonth(x: string): string {
  const t = `lower(trim(${x}))`;
  const abbr = `left(regexp_extract(${t}, '[a-z]+'), 3)`;
  const month = `list_position(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'], ${abbr})`;
  return `regexp_extract(${t}, '[0-9]{4}') || '-' || lpad(CAST(${month} AS VARCHAR), 2, '0')`;
}

/**
 * A quarter as a file may date its rows (`2025Q3`, `2025-Q3`, `Q3 2025`, `2025年第三季度`): the span
 * of its three months (`2025-07 - 2025-09`), never one month.
 */
const QUARTER = `'([0-9]{4})\\s*[-/ ]?\\s*[Qq]([1-4])|[Qq]([1-4])\\s*[-/ ]?\\s*([0-9]{4})|([0-9]{4})\\s*年?\\s*第?([1-4一二三四])\\s*季度'`;
const QUARTER_MATCH = (x: string) => `regexp_full_match(trim(coalesce(${x}, '')), ${QUARTER})`;
function quarterSpan(x: string): string {
  const t = `trim(${x})`;
  const year = `regexp_extract(${t}, '[0-9]{4}')`;
  const q = `CAST(translate(regexp_extract(regexp_replace(${t}, '[0-9]{4}', ''), '[1-4一二三四]'), '一二三四', '1234') AS INTEGER)`;
  const month = (m: string) => `${year} || '-' || lpad(CAST(${m} AS VARCHAR), 2, '0')`;
  return `${month(`${q} * 3 - 2`)} || ' - ' || ${month(`${q} * 3`)}`;
}

/** A month of data read by a cumulative pass, as the span from January to it (`2025-11` -> `2025-01 - 2025-11`). */
const fromJanuary = (x: string) =>
  `CASE WHEN cumulative AND regexp_full_match(${x}, '[0-9]{4}-?[0-9]{2}') THEN ${x}[1:4] || '-01 - ' || ${x} ELSE ${x} END`;

/** A figure's field in a problem, named by its own column where a cumulative pass read it (`qty1:cumulative`). */
const cumulativeLabel = (field: string) =>
  `CASE WHEN cumulative THEN '${field}:cumulative' ELSE '${field}' END`;

/** The words a total row writes in a cell (English and Chinese, simplified and traditional). */
const TOTAL_WORDS = ["total", "totals", "grand total", "sum", "合计", "总计", "总值", "合計", "總計", "總值"];
const totalWord = (x: string) =>
  `lower(trim(coalesce(${x}, ''))) IN (${TOTAL_WORDS.map((w) => `'${w}'`).join(", ")})`;
/** A cell that states no figure: empty, or a dash (`-`, `—`, `–`) where a spreadsheet filled a gap. */
const blank = (x: string) => `(${x} IS NULL OR ${x} IN ('', '-', '—', '–'))`;

/**
 * A row that holds something: not one whose cells are all empty (a spreadsheet's blank row,
 * `;;;;`), nor a note padded to the table's width (`注：本表数据为初步统计数,,,,`).
 */
function kept(file: GaccStagedFile): string {
  const filled = FIELDS.filter((f) => file.cells[f] !== undefined).map((f) => cell(file, f));
  if (filled.length === 0) return "true";
  const count = filled.map((c) => `CAST(${c} IS NOT NULL AS INTEGER)`).join(" + ");
  const note = `regexp_matches(coalesce(${filled.join(", ")}), '${file.notePattern.replace(/'/g, "''")}', 'i')`;
  return `(${count}) > 0 AND NOT ((${count}) = 1 AND ${note})`;
}

function cell(file: GaccStagedFile, field: string): string {
  const i = file.cells[field];
  return i === undefined ? "CAST(NULL AS VARCHAR)" : `nullif(trim(c${i}), '')`;
}

/** Stage every file's rows under one view `gacc_rows`, fields parsed, not yet checked. */
export async function parseGaccRows(store: Store, files: GaccStagedFile[]): Promise<void> {
  const selects = files.map(
    (file) => `
    SELECT ${file.f} AS f, line, ${cell(file, "period")} AS period_raw, ${cell(file, "partner_code")} AS partner_code,
      ${cell(file, "partner")} AS partner_name, ${file.cells.partner_code === undefined && file.cells.partner === undefined} AS world,
      ${cell(file, "code")} AS code, ${cell(file, "commodity")} AS commodity, ${cell(file, "regime_code")} AS regime_code, ${cell(file, "regime")} AS regime,
      ${cell(file, "location_code")} AS location_code, ${cell(file, "location")} AS location,
      ${cell(file, "qty1")} AS qty1, ${cell(file, "unit1")} AS unit1, ${cell(file, "qty2")} AS qty2, ${cell(file, "unit2")} AS unit2,
      ${cell(file, file.valueUnit === "USD" ? "usd" : "cny")} AS value_raw, '${file.valueUnit}' AS value_unit, ${file.valueShift} AS value_shift,
      ${file.cells.flow === undefined ? `'${file.flow ?? ""}'` : `lower(${cell(file, "flow")})`} AS flow_raw,
      ${file.resaved} AS resaved, ${file.cumulative} AS cumulative, CAST(${file.cumulativeTo ?? "NULL"} AS INTEGER) AS cumulative_to
    FROM ${file.view}
    WHERE ${kept(file)}`,
  );
  await store.execute(`CREATE OR REPLACE TEMP TABLE gacc_parsed AS
    WITH r AS (${selects.join(" UNION ALL ")}),
    w AS (SELECT *, ${periodWritten("period_raw")} AS period_written FROM r),
    n AS (SELECT * EXCLUDE (period_written), ${fromJanuary("period_written")} AS period_norm FROM w),
    d AS (SELECT *, regexp_replace(period_norm, '[^0-9]', '', 'g') AS digits,
      NOT regexp_full_match(coalesce(code, ''), '[0-9]+')
        AND (${totalWord("period_raw")} OR ${totalWord("code")} OR ${totalWord("commodity")}
          OR ${totalWord("partner_name")} OR ${totalWord("partner_code")}) AS grand_total
      FROM n)
    SELECT d.*,
      CASE length(digits) WHEN 6 THEN digits[1:6] WHEN 8 THEN digits[1:6] WHEN 12 THEN digits[1:6] END AS p_start,
      CASE length(digits) WHEN 6 THEN digits[1:6] WHEN 8 THEN digits[1:4] || digits[7:8] WHEN 12 THEN digits[7:12] END AS p_end,
      CASE WHEN world OR (pc.iso3 IS NULL AND ${totalWord("partner_name")}) THEN 'WLD' ELSE coalesce(pc.iso3, pn.iso3) END AS partner,
      CASE flow_raw WHEN 'export' THEN 'export' WHEN 'exports' THEN 'export' WHEN '出口' THEN 'export' WHEN 'x' THEN 'export'
        WHEN 'import' THEN 'import' WHEN 'imports' THEN 'import' WHEN '进口' THEN 'import' WHEN 'm' THEN 'import' END AS flow,
      coalesce(hs.series, 'hs-' || d.code) AS series,
      u1.unit AS u1, u1.mass AS m1, u1.shift AS s1, u2.unit AS u2, u2.mass AS m2, u2.shift AS s2
    FROM d
    LEFT JOIN code_gacc_partners pc ON pc.code = d.partner_code
    LEFT JOIN (SELECT iso3, lower(name_en) AS name FROM code_gacc_partners UNION SELECT iso3, name_zh FROM code_gacc_partners) pn
      ON d.partner_code IS NULL AND pn.name = lower(d.partner_name)
    LEFT JOIN code_hs_series hs ON hs.code = d.code
    LEFT JOIN code_units u1 ON u1.name = lower(d.unit1)
    LEFT JOIN code_units u2 ON u2.name = lower(d.unit2)`);
  await dropFigureMarks(store);
  await ungroupSpaces(store);
  await ungroupDots(store);
  await passOverRowsWithoutFigures(store);
}

/**
 * Rows that state no figure, passed over: a partner whose quantity and value cells are all empty or
 * a dash (a spreadsheet filling the partners that had no trade), and a row of units under the header
 * (`,,,,,(kg),,(kg),,(US$)`) that names no date, code or partner and holds no digit.
 */
async function passOverRowsWithoutFigures(store: Store): Promise<void> {
  const figures = ["qty1", "qty2", "value_raw"];
  await store.execute(`DELETE FROM gacc_parsed WHERE NOT grand_total AND (
    (${figures.map(blank).join(" AND ")})
    OR (period_raw IS NULL AND code IS NULL AND partner_code IS NULL AND partner_name IS NULL
      AND NOT regexp_matches(concat(${figures.join(", ")}), '[0-9]')))`);
}

/**
 * A footnote's mark glued to a figure, which a note below the table explains (`581800*` provisional,
 * `14205310r` revised, `26740000(p)`), dropped: the figure is the digits. A digit cannot be a mark
 * (`5818001)` is not taken for `581800` with a note 1), so such a cell stays for the check to refuse.
 */
async function dropFigureMarks(store: Store): Promise<void> {
  const drop = (x: string) =>
    `${x} = regexp_replace(${x}, '^([0-9][0-9,.]*)\\s*(?:[*＊†‡]+|[(（][rpe][)）]|[rpe])$', '\\1')`;
  await store.execute(`UPDATE gacc_parsed SET ${drop("qty1")}, ${drop("qty2")}, ${drop("value_raw")}`);
}

/** Figures whose thousands are grouped by spaces (`1 207 430`), without them. */
async function ungroupSpaces(store: Store): Promise<void> {
  const ungroup = (x: string) => `${x} = ${spaceGroupedSql(x)}`;
  await store.execute(
    `UPDATE gacc_parsed SET ${ungroup("qty1")}, ${ungroup("qty2")}, ${ungroup("value_raw")}`,
  );
}

/** Dots in groups of three (`1.207.430`, `581.800`): how a spreadsheet set to many European languages groups thousands. */
const DOT_GROUPED = `'-?[0-9]{1,3}(\\.[0-9]{3})+'`;
const MANY_DOTS = `'-?[0-9]{1,3}(\\.[0-9]{3}){2,}'`;

/**
 * Figures of a file saved again by a spreadsheet whose dots group thousands, without them. A figure
 * with two dots or more can be nothing else (`1.207.430`); one with a single dot (`581.800`) only
 * where its unit holds whole numbers, as kilograms and the platform's whole dollars and yuan do: a
 * decimal point there would leave grams or cents, which the platform never writes. In tonnes or in
 * thousands of dollars a single dot may be a decimal point, and the check refuses it as ambiguous.
 */
async function ungroupDots(store: Store): Promise<void> {
  const ungroup = (x: string, whole: string) =>
    `${x} = CASE WHEN resaved AND (regexp_full_match(coalesce(${x}, ''), ${MANY_DOTS})
      OR (${whole} AND regexp_full_match(coalesce(${x}, ''), ${DOT_GROUPED}))) THEN replace(${x}, '.', '') ELSE ${x} END`;
  // a total row prints no unit: its quantity counts in that of the rows it totals
  const rowsWhole = `(SELECT bool_and(coalesce(w.s1, 0) < 0) FROM gacc_parsed w WHERE w.f = gacc_parsed.f AND NOT w.grand_total)`;
  const whole1 = `CASE WHEN grand_total AND s1 IS NULL THEN coalesce(${rowsWhole}, false) ELSE coalesce(s1, 0) < 0 END`;
  await store.execute(`UPDATE gacc_parsed SET ${ungroup("qty1", whole1)},
    ${ungroup("qty2", "coalesce(s2, 0) < 0")}, ${ungroup("value_raw", "value_shift = 0")}`);
  // and decimal commas where they can be nothing else (`581800,000`, `26740000,00`)
  const decimal = (x: string) => `${x} = ${decimalCommaSql(x)}`;
  await store.execute(
    `UPDATE gacc_parsed SET ${decimal("qty1")}, ${decimal("qty2")}, ${decimal("value_raw")} WHERE resaved`,
  );
}

/** Why a cell is not a number, with a hint when it reads as a decimal comma (`3,5`). */
const notANumber = (x: string) =>
  `'not a number: ' || coalesce(${x}, '(empty)') || CASE WHEN regexp_full_match(coalesce(${x}, ''), '-?(${ONE_COMMA})')
    THEN ' (a decimal comma? write ' || replace(${x}, ',', '.') || ')' ELSE '' END`;

/** Every problem of the parsed rows, into the problems table (fields by their canonical names). */
export async function checkGaccRows(store: Store): Promise<void> {
  const month = (p: string) => `(${p} IS NOT NULL AND CAST(${p}[5:6] AS INTEGER) BETWEEN 1 AND 12)`;
  const checks: [string, string, string][] = [
    [
      "period",
      `NOT (regexp_full_match(period_norm, '[0-9]{4}-?[0-9]{2}(\\s*(-|~|–|\\.\\.|to)\\s*([0-9]{4}-?)?[0-9]{2})?')
      AND ${month("p_start")} AND ${month("p_end")} AND p_start <= p_end)`,
      `'invalid date of data: ' || coalesce(period_raw, '(empty)') || CASE WHEN regexp_full_match(coalesce(period_raw, ''), '[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}')
        THEN ' (a spreadsheet turned the month into a date? write the month as YYYYMM)' ELSE ' (expected YYYYMM, a span such as 202501-202502, a quarter such as 2025Q3, or a month such as November 2025)' END`,
    ],
    [
      "period",
      `regexp_full_match(coalesce(period_raw, ''), '[0-9]{4}\\.1')`,
      `'ambiguous date of data: ' || period_raw || ' may be January, or October (' || period_raw || '0) that a spreadsheet saved as a number; write ' || period_raw[1:4] || '01 or ' || period_raw[1:4] || '10'`,
    ],
    [
      "period",
      `cumulative AND cumulative_to IS NOT NULL AND p_end IS NOT NULL AND CAST(p_end[5:6] AS INTEGER) <> cumulative_to`,
      `'the cumulative columns run to month ' || CAST(cumulative_to AS VARCHAR) || ', the date of data is ' || period_raw`,
    ],
    [
      "code",
      `NOT regexp_full_match(coalesce(code, ''), '[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{8}|[0-9]{10}')`,
      `'invalid commodity code: ' || coalesce(code, '(empty)') || CASE WHEN regexp_full_match(coalesce(code, ''), '[0-9]+') AND length(code) % 2 = 1
        THEN ' (a leading zero was probably lost: 0' || code || '?)' ELSE ' (expected 2, 4, 6, 8 or 10 digits, kept as text)' END`,
    ],
    [
      "partner_code",
      `NOT world AND partner IS NULL AND partner_code IS NOT NULL`,
      `'unknown trading partner code: ' || partner_code`,
    ],
    [
      "partner",
      `NOT world AND partner IS NULL AND partner_code IS NULL`,
      `CASE WHEN partner_name IS NULL THEN 'no trading partner (a spreadsheet that merged cells leaves the rows after the first empty: give each row its partner)'
        ELSE 'unknown trading partner: ' || partner_name END`,
    ],
    [
      "flow",
      `flow IS NULL`,
      `CASE WHEN flow_raw = '' THEN 'cannot tell exports from imports: give --flow export|import, or name the file ...export... or ...import...'
      WHEN flow_raw IN ('进出口', '进出口总值', 'import and export', 'imports and exports', 'export and import', 'exports and imports', 'total trade')
      THEN 'exports and imports added together (' || flow_raw || '): neither flow, so not stored as either; leave the row out, the export and import rows hold its figures'
      ELSE 'unknown flow: ' || flow_raw END`,
    ],
    ["qty1", `NOT ${blank("qty1")} AND NOT regexp_matches(qty1, ${NUMBER})`, notANumber("qty1")],
    ["qty2", `NOT ${blank("qty2")} AND NOT regexp_matches(qty2, ${NUMBER})`, notANumber("qty2")],
    ["value", `${blank("value_raw")} OR NOT regexp_matches(value_raw, ${NUMBER})`, notANumber("value_raw")],
    ...(["qty1", "qty2"] as const).map((x): [string, string, string] => [
      x,
      `resaved AND coalesce(${x === "qty1" ? "s1" : "s2"}, 0) >= 0
        AND regexp_full_match(coalesce(${x}, ''), '${AMBIGUOUS_COMMA}')`,
      `'ambiguous in a file saved again by a spreadsheet: ' || ${x} || ' may be ' || replace(${x}, ',', '.') || ' with a decimal comma, or '
        || replace(${x}, ',', '') || ' with a thousands comma; write it without the comma (' || replace(${x}, ',', '.') || ' or ' || replace(${x}, ',', '') || ')'`,
    ]),
    ...(["qty1", "qty2", "value_raw"] as const).map((x): [string, string, string] => [
      x === "value_raw" ? "value" : x,
      `resaved AND regexp_full_match(coalesce(${x}, ''), '[0-9]{1,3}\\.[0-9]{3}')`,
      `'ambiguous in a file saved again by a spreadsheet: ' || ${x} || ' may be ' || ${x} || ' with a decimal point, or '
        || replace(${x}, '.', '') || ' with a thousands dot; write it without the dot (' || replace(${x}, '.', '') || ') or as it is in a comma-separated file'`,
    ]),
    ...(["qty1", "qty2", "value_raw"] as const).map((x): [string, string, string] => {
      const range = outOfRangeSql(`replace(${x}, ',', '')`, x);
      return [
        x === "value_raw" ? "value" : x,
        `NOT ${blank(x)} AND regexp_matches(${x}, ${NUMBER}) AND ${range} IS NOT NULL`,
        range,
      ];
    }),
    ["unit1", `NOT ${blank("unit1")} AND u1 IS NULL`, `'unknown unit: ' || unit1`],
    ["unit2", `NOT ${blank("unit2")} AND u2 IS NULL`, `'unknown unit: ' || unit2`],
    [
      "unit1",
      `${blank("unit1")} AND NOT ${blank("qty1")} AND replace(qty1, ',', '') NOT IN ('0', '0.0')`,
      `'a quantity without a unit: ' || qty1`,
    ],
    [
      "qty1",
      `m1 AND NOT ${blank("qty1")} AND regexp_matches(qty1, ${NUMBER}) AND length(split_part(qty1, '.', 2)) - s1 > 6`,
      `'more decimals than a tonne figure keeps (6): ' || qty1`,
    ],
  ];
  const label = (field: string) =>
    ["qty1", "qty2", "value"].includes(field) ? cumulativeLabel(field) : `'${field}'`;
  const selects = checks.map(
    ([field, bad, reason]) =>
      `SELECT f, line, ${label(field)}, ${reason} FROM gacc_parsed WHERE NOT grand_total AND (${bad})`,
  );
  selects.push(`SELECT f, line, ${label("value")}, 'not a number: ' || coalesce(value_raw, '(empty)') FROM gacc_parsed
    WHERE grand_total AND (${blank("value_raw")} OR NOT regexp_matches(value_raw, ${NUMBER}))`);
  // January's cumulative figures are the month's: the same, or the file contradicts itself
  selects.push(`SELECT c.f, c.line, 'value:cumulative',
      'the cumulative figures of January are the month''s, but the file gives ' || coalesce(c.qty1, '-') || ' and ' || coalesce(c.value_raw, '-')
      || ' beside ' || coalesce(m.qty1, '-') || ' and ' || coalesce(m.value_raw, '-')
    FROM gacc_parsed c JOIN gacc_parsed m ON m.f = c.f AND m.line = c.line AND NOT m.cumulative
    WHERE c.cumulative AND c.p_start = c.p_end AND NOT c.grand_total
      AND (c.value_raw IS DISTINCT FROM m.value_raw OR c.qty1 <> m.qty1 OR c.qty2 <> m.qty2)`);
  await addProblemsSql(store, selects.join(" UNION ALL "));
}

const PERIOD = `CASE WHEN p_start = p_end THEN p_start[1:4] || '-' || p_start[5:6]
  ELSE p_start[1:4] || '-' || p_start[5:6] || '..' || p_end[1:4] || '-' || p_end[5:6] END`;
const MASS_PICK = (one: string, two: string) =>
  `CASE WHEN m1 AND NOT ${blank("qty1")} THEN ${one} WHEN m2 AND NOT ${blank("qty2")} THEN ${two} END`;
const decimals = (text: string) => `length(split_part(${text}, '.', 2))`;
const exact = (text: string) => exactDecimalSql(text);
/** A row's money figure in whole units: as printed, times the power of ten its file states. */
const scaledValue = `CAST(${exact("replace(value_raw, ',', '')")} * CAST(power(10, value_shift) AS DECIMAL(38, 6)) AS DECIMAL(38, 6))`;
/** A row's first quantity as printed (thousands separators dropped), or null where it has none. */
const firstQuantity = `CASE WHEN NOT ${blank("qty1")} AND regexp_matches(qty1, ${NUMBER}) THEN ${exact("replace(qty1, ',', '')")} END`;
/** A decimal as text without trailing zeros (`582.000000` -> `582`). */
const plain = (x: string) => `regexp_replace(CAST(${x} AS VARCHAR), '\\.?0+$', '')`;

/**
 * After a clean check: one row per figure (flow, period, partner, code, value unit) in `gacc_keys`,
 * summing the rows that split it by regime or location (and checking them against a total row
 * where the file has one). Conflicting duplicates and splits that do not add up are problems.
 */
export async function aggregateGaccRows(store: Store): Promise<void> {
  // a January file's cumulative pass repeats its month (checked equal): the month's rows stand for both
  await store.execute(`DELETE FROM gacc_parsed WHERE cumulative
    AND f IN (SELECT f FROM gacc_parsed WHERE cumulative AND NOT grand_total GROUP BY f HAVING bool_and(p_start = p_end))
    AND f IN (SELECT f FROM gacc_parsed WHERE NOT cumulative)`);
  await store.execute(`CREATE OR REPLACE TEMP TABLE gacc_lines AS
    SELECT f, line, flow, ${PERIOD} AS period, partner, code, series,
      coalesce(regime_code, '') AS regime_code, regime, coalesce(location_code, '') AS location_code, location,
      (regime_code IS NOT NULL OR location_code IS NOT NULL) AS split,
      ${exact(MASS_PICK("replace(qty1, ',', '')", "replace(qty2, ',', '')"))} AS qty_o,
      ${MASS_PICK("u1", "u2")} AS qty_unit,
      ${MASS_PICK("s1", "s2")} AS qty_shift,
      ${MASS_PICK(decimals("qty1"), decimals("qty2"))} AS qty_decimals,
      ${scaledValue} AS value, ${decimals("value_raw")} - value_shift AS value_decimals, value_unit,
      ${firstQuantity} AS qty1_o, lower(unit1) AS unit1, cumulative
    FROM gacc_parsed WHERE NOT grand_total`);
  await store.execute(`ALTER TABLE gacc_lines ADD COLUMN qty_t DECIMAL(38, 6);
    UPDATE gacc_lines SET qty_t = CAST(qty_o * CAST(power(10, qty_shift) AS DECIMAL(38, 6)) AS DECIMAL(38, 6))`);
  const part = "flow, period, partner, code, regime_code, location_code, value_unit";
  await addProblemsSql(
    store,
    `
    SELECT max(f), max(line), 'value', 'the same figure is given twice with different numbers (also on line ' || CAST(min(line) AS VARCHAR) || ')'
    FROM gacc_lines GROUP BY ${part}
    HAVING count(DISTINCT coalesce(CAST(qty_t AS VARCHAR), '-') || '|' || CAST(value AS VARCHAR)) > 1`,
  );
  await store.execute(`CREATE OR REPLACE TEMP TABLE gacc_unique AS
    SELECT * FROM gacc_lines QUALIFY row_number() OVER (PARTITION BY ${part} ORDER BY f, line) = 1`);
  await store.execute(`CREATE OR REPLACE TEMP TABLE gacc_keys AS
    SELECT flow, period, partner, code, any_value(series) AS series, value_unit,
      bool_or(NOT split) AS has_total, bool_or(split) AS has_split, min(f) AS f, min(line) FILTER (WHERE NOT split) AS total_line,
      max(qty_t) FILTER (WHERE NOT split) AS total_qty, sum(qty_t) FILTER (WHERE split) AS split_qty,
      max(qty_o) FILTER (WHERE NOT split) AS total_qty_o, sum(qty_o) FILTER (WHERE split) AS split_qty_o,
      max(value) FILTER (WHERE NOT split) AS total_value, sum(value) FILTER (WHERE split) AS split_value,
      any_value(qty_unit) AS qty_unit, max(qty_decimals - qty_shift) AS qty_scale, max(value_decimals) AS value_scale
    FROM gacc_unique GROUP BY flow, period, partner, code, value_unit`);
  await addProblemsSql(
    store,
    `
    SELECT f, total_line, CASE WHEN total_value <> split_value THEN 'value' ELSE 'qty1' END,
      'the rows that split this figure by customs regime or location add up to '
      || CASE WHEN total_value <> split_value THEN ${plain("split_value")} || ', the total row says ' || ${plain("total_value")}
         ELSE ${plain("split_qty")} || ' t, the total row says ' || ${plain("total_qty")} || ' t' END
    FROM gacc_keys WHERE has_total AND has_split AND (total_value <> split_value OR total_qty IS DISTINCT FROM split_qty)`,
  );
  await checkGrandTotals(store);
}

/**
 * A grand-total row must equal the value of the figures it totals: those of its own file (of its
 * month when it names one), or of all the files given together (a download split by the row cap
 * carries one total). Destinations are summed where the file has them, else the world rows. Its
 * quantity, where it prints one, must equal theirs too when every row it totals counts in one unit
 * (a total over commodities counted in different units adds what cannot be added).
 */
async function checkGrandTotals(store: Store): Promise<void> {
  const figureValue = `CASE WHEN k.has_total THEN NOT u.split ELSE u.split END`;
  const sum = (filter: string, x = "value") =>
    `coalesce(sum(u.${x}) FILTER (WHERE ${filter} AND u.partner <> 'WLD'), sum(u.${x}) FILTER (WHERE ${filter}))`;
  const sums = (x: string) =>
    `${sum("u.f = t.f", x)} AS file_sum, ${sum("u.f = t.f AND u.period = t.period", x)} AS period_sum, ${sum("true", x)} AS batch_sum`;
  const differs = `total IS DISTINCT FROM file_sum AND total IS DISTINCT FROM batch_sum AND total IS DISTINCT FROM period_sum`;
  const says = (what: string, unit: string) =>
    `'the total row says ' || ${plain("total")} || ${unit} || ', the ${what} of this file add up to ' || coalesce(${plain("file_sum")}, '0') || ${unit}
      || CASE WHEN batch_sum IS DISTINCT FROM file_sum THEN ' (of all files given together: ' || ${plain("batch_sum")} || ${unit} || ')' ELSE '' END`;
  await addProblemsSql(
    store,
    `
    WITH leaves AS (
      SELECT u.* FROM gacc_unique u JOIN gacc_keys k USING (flow, period, partner, code, value_unit) WHERE ${figureValue}),
    t AS (
      SELECT f, line, flow, value_unit, cumulative, ${scaledValue} AS total, ${firstQuantity} AS total_qty, lower(unit1) AS total_unit,
        CASE WHEN p_start IS NOT NULL AND p_end IS NOT NULL THEN ${PERIOD} END AS period
      FROM gacc_parsed WHERE grand_total),
    values_summed AS (
      SELECT t.f, t.line, t.cumulative, any_value(t.total) AS total, ${sums("value")}
      FROM t LEFT JOIN leaves u ON u.flow = t.flow AND u.value_unit = t.value_unit AND u.cumulative = t.cumulative
      GROUP BY t.f, t.line, t.cumulative),
    quantities_summed AS (
      SELECT t.f, t.line, t.cumulative, any_value(t.total_qty) AS total, any_value(u.unit1) AS unit, ${sums("qty1_o")}
      FROM t LEFT JOIN leaves u ON u.flow = t.flow AND u.value_unit = t.value_unit AND u.cumulative = t.cumulative
      WHERE t.total_qty IS NOT NULL GROUP BY t.f, t.line, t.cumulative
      HAVING count(u.f) > 0 AND count(DISTINCT u.unit1) = 1 AND count(u.unit1) = count(u.f) AND count(u.qty1_o) = count(u.f)
        AND coalesce(any_value(t.total_unit), any_value(u.unit1)) = any_value(u.unit1))
    SELECT f, line, ${cumulativeLabel("value")}, ${says("figures", "''")} FROM values_summed WHERE ${differs}
    UNION ALL
    SELECT f, line, ${cumulativeLabel("qty1")}, ${says("quantities", "' ' || unit")} FROM quantities_summed WHERE ${differs}`,
  );
}

/**
 * The observations (`gacc_stage`) and their split details (`gacc_details`) of the checked figures,
 * with the columns of `observations` and `observation_details`. `sourceSql` is the source id of a
 * row in SQL (from its `flow`); `vintage` the release date, or null.
 */
export async function stageGaccObservations(
  store: Store,
  sourceSql: string,
  vintage: string | null,
): Promise<void> {
  await store.execute(`CREATE OR REPLACE TEMP TABLE gacc_figures AS
    SELECT *, ${sourceSql} AS source_id FROM (
      SELECT flow, period, partner, code, series, 'qty' AS measure, 't' AS unit,
        CASE WHEN has_total THEN total_qty ELSE split_qty END AS value,
        CASE WHEN has_total THEN total_qty_o ELSE split_qty_o END AS original, qty_unit AS original_unit,
        CAST(power(10, -greatest(qty_scale, 0)) AS DECIMAL(38, 6)) AS precision_unit
      FROM gacc_keys WHERE coalesce(total_qty, split_qty) IS NOT NULL
      UNION ALL
      SELECT flow, period, partner, code, series, 'value', value_unit,
        CASE WHEN has_total THEN total_value ELSE split_value END, CASE WHEN has_total THEN total_value ELSE split_value END, value_unit,
        CAST(power(10, -value_scale) AS DECIMAL(38, 6))
      FROM gacc_keys)`);
  // the id the view derives for the stored figure (stored as null), which its details name
  await store.execute(`ALTER TABLE gacc_figures ADD COLUMN reporter VARCHAR DEFAULT 'CHN';
    ALTER TABLE gacc_figures ADD COLUMN id VARCHAR; UPDATE gacc_figures SET id = ${derivedIdSql()}`);
  await store.execute(
    `CREATE OR REPLACE TEMP TABLE gacc_stage AS SELECT * EXCLUDE (ingest_id) FROM observation_rows LIMIT 0`,
  );
  await store.execute(
    `INSERT INTO gacc_stage BY NAME
    SELECT NULL AS id, source_id, reporter, flow, series, code AS hs_code, partner, period, measure, value, precision_unit, unit, ${plain("original")} AS original_value, original_unit,
      CAST(? AS VARCHAR) AS vintage, 'final' AS status
    FROM gacc_figures`,
    [vintage],
  );
  await store.execute(`CREATE OR REPLACE TEMP TABLE gacc_details AS
    SELECT concat_ws('|', g.id, l.regime_code, l.location_code) AS id, g.id AS observation_id,
      nullif(l.regime_code, '') AS regime_code, l.regime, nullif(l.location_code, '') AS location_code, l.location,
      CASE g.measure WHEN 'qty' THEN l.qty_t ELSE l.value END AS value, g.unit,
      ${plain("CASE g.measure WHEN 'qty' THEN l.qty_o ELSE l.value END")} AS original_value,
      CASE g.measure WHEN 'qty' THEN l.qty_unit ELSE l.value_unit END AS original_unit
    FROM gacc_figures g JOIN gacc_unique l USING (flow, period, partner, code)
    WHERE l.split AND (g.measure = 'qty' OR g.unit = l.value_unit)`);
}

/** The flows present (one source per flow and release). */
export async function gaccFlows(store: Store): Promise<string[]> {
  const rows = await queryOnce<{ flow: string }>(
    store.conn,
    "SELECT DISTINCT flow FROM gacc_keys ORDER BY flow",
  );
  return rows.map((r) => r.flow);
}

export async function dropGaccTables(store: Store): Promise<void> {
  await store.execute(`DROP TABLE IF EXISTS gacc_parsed; DROP TABLE IF EXISTS gacc_lines; DROP TABLE IF EXISTS gacc_unique;
    DROP TABLE IF EXISTS gacc_keys; DROP TABLE IF EXISTS gacc_figures; DROP TABLE IF EXISTS gacc_stage; DROP TABLE IF EXISTS gacc_details`);
}
