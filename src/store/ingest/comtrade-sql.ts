// UN Comtrade records (API v1 JSON envelopes and bulk tab-separated files, the same columns),
// validated and normalised in SQL: M49 reporter and partner codes to ISO3 (0 = world), flows X/M
// to export/import, periods YYYYMM or YYYY, net weight or a quantity in kilograms to exact tonnes,
// the primary value in US dollars. Rows that break a total down (second partner, customs procedure,
// mode of transport) and re-exports or re-imports are left out.
import { statSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Store } from "../open-store.js";
import { execute, queryOnce } from "../sql.js";
import {
  exactDecimalSql,
  kgToTonnesSql,
  outOfRangeSql,
  plainDecimalSql,
  plainKgToTonnesSql,
} from "./decimal-sql.js";
import { addProblemsSql } from "./problems.js";

/** The record fields Lodestone reads, as text. */
export const COMTRADE_FIELDS = [
  "freqCode",
  "period",
  "reporterCode",
  "reporterISO",
  "flowCode",
  "partnerCode",
  "partnerISO",
  "partner2Code",
  "cmdCode",
  "customsCode",
  "motCode",
  "qtyUnitCode",
  "qty",
  "isQtyEstimated",
  "netWgt",
  "isNetWgtEstimated",
  "altQtyUnitCode",
  "altQty",
  "isAltQtyEstimated",
  "primaryValue",
  "isReported",
] as const;
export const COMTRADE_REQUIRED = [
  "period",
  "reporterCode",
  "flowCode",
  "partnerCode",
  "cmdCode",
  "primaryValue",
] as const;

/** Stage an API envelope's records as a view (`line` = the record's position, 1-based) with text fields. */
export async function stageComtradeJson(
  conn: DuckDBConnection,
  path: string,
  view: string,
  gzip = false,
): Promise<string | null> {
  // the envelope is one object as large as the file (a compressed one, some times larger); DuckDB
  // allocates buffers of this size, so a fixed 2 GB bound failed under the ingest's memory limit
  const size = statSync(path).size;
  const objectSize = gzip ? Math.min(2_000_000_000, size * 50) : size + 1024;
  await execute(
    conn,
    `CREATE OR REPLACE TEMP TABLE ${view}_raw AS
    SELECT * FROM read_json(?, columns = {data: 'JSON[]', error: 'VARCHAR'}, format = 'auto', maximum_object_size = ${objectSize})`,
    [path],
  );
  const [env] = await queryOnce<{ error: string | null; n: string | null }>(
    conn,
    `SELECT error, CAST(len(data) AS VARCHAR) AS n FROM ${view}_raw LIMIT 1`,
  );
  if (env?.error) return `the API answered with an error: ${env.error}`;
  if (env?.n === null || env?.n === undefined) return "no data array in the envelope";
  await execute(
    conn,
    `CREATE OR REPLACE TEMP TABLE ${view}_records AS
    SELECT CAST(generate_subscripts(data, 1) AS BIGINT) AS line, unnest(data) AS r FROM ${view}_raw`,
  );
  await execute(
    conn,
    `CREATE OR REPLACE TEMP VIEW ${view} AS SELECT line, ${COMTRADE_FIELDS.map((f) => `nullif(r->>'${f}', '') AS "${f}"`).join(", ")}
    FROM ${view}_records`,
  );
  return null;
}

export async function dropComtradeJson(conn: DuckDBConnection, view: string): Promise<void> {
  await execute(
    conn,
    `DROP VIEW IF EXISTS ${view}; DROP TABLE IF EXISTS ${view}_records; DROP TABLE IF EXISTS ${view}_raw`,
  );
}

/** One staged file: a view with `line` and the fields (missing ones null), its vintage. */
export interface ComtradeStagedFile {
  f: number;
  /** A query with `line` (or not, read straight from a file) and the fields as text. */
  select: string;
  /** The parameters of `select` (a file's path). */
  params?: string[];
  vintage: string | null;
}

const NUM = `'^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$'`;
/** A plain figure: digits (at most 15 before the point), no sign or exponent. */
const PLAIN = `'[0-9]{1,15}(\\.[0-9]+)?'`;
const COMMODITY = `'TOTAL|[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{8}|[0-9]{10}'`;
/** An M49 code as the code table writes it: no leading zeros, `0` for the world. */
const m49 = (x: string) =>
  `CASE WHEN ltrim(trim(${x}), '0') = '' AND trim(${x}) <> '' THEN '0' ELSE ltrim(trim(${x}), '0') END`;
const isTrue = (x: string) => `lower(coalesce(${x}, '')) IN ('true', '1')`;
/** The records kept: totals (no breakdown) of plain exports and imports. */
const KEPT = "NOT breakdown AND NOT other_flow";

/**
 * The records of every file (columns f, line, vintage and the fields, and any a file has besides:
 * null for the others), with their parameters.
 */
function recordsSql(files: ComtradeStagedFile[]): { sql: string; params: (string | null)[] } {
  return {
    sql: files
      .map((file) => `SELECT ${file.f} AS f, CAST(? AS VARCHAR) AS vintage, * FROM (${file.select})`)
      .join(" UNION ALL BY NAME "),
    params: files.flatMap((f) => [f.vintage, ...(f.params ?? [])]),
  };
}

/**
 * The records of `records` parsed: codes to ISO3, flow, period, series, the kilograms to store.
 * `plain` when only records whose figures are plain (see `PLAIN`) will be used: their kilograms are
 * found without testing the figures again, and M49 codes are matched as written, by their forms of
 * up to three digits (`code_m49_forms`), not normalised row by row (see `PLAIN_AND_FINE`).
 */
function parsedSql(records: string, plain = false): string {
  const qty = plain
    ? "qtyUnitCode = '8' AND qty IS NOT NULL"
    : `qtyUnitCode = '8' AND regexp_matches(coalesce(qty, ''), ${NUM})`;
  const netWgt = plain ? "netWgt IS NOT NULL" : `regexp_matches(coalesce(netWgt, ''), ${NUM})`;
  // a weight of zero beside a value that is not is a weight not reported (the API writes 0 for it):
  // no tonnage, rather than a stored 0 t that would contradict any real one
  const zero = (x: string) =>
    plain ? `ltrim(${x}, '0.') = ''` : `coalesce(TRY_CAST(${x} AS DOUBLE) = 0, false)`;
  const weighs = (x: string) => `(NOT ${zero(x)} OR ${zero("primaryValue")})`;
  const alt = plain
    ? "altQtyUnitCode = '8' AND altQty IS NOT NULL"
    : `altQtyUnitCode = '8' AND regexp_matches(coalesce(altQty, ''), ${NUM})`;
  // the kilograms a record states: its quantity where counted in kg, its net weight, or its
  // alternative quantity in kg, a reported one before an estimate (an estimated quantity beside a
  // reported weight is Comtrade's guess, the weight what the reporter declared)
  const weights: [string, string, string][] = [
    [`${qty} AND ${weighs("qty")}`, "qty", "isQtyEstimated"],
    [`${netWgt} AND ${weighs("netWgt")}`, "netWgt", "isNetWgtEstimated"],
    [`${alt} AND ${weighs("altQty")}`, "altQty", "isAltQtyEstimated"],
  ];
  const reported = weights.map(([ok, x, est]) => `WHEN ${ok} AND NOT ${isTrue(est)} THEN ${x}`).join(" ");
  const estimated = weights.map(([ok, x]) => `WHEN ${ok} THEN ${x}`).join(" ");
  return `SELECT r.*,
      (coalesce(partner2Code, '0') NOT IN ('0', '') OR coalesce(customsCode, 'C00') NOT IN ('C00', '')
        OR coalesce(motCode, '0') NOT IN ('0', '')) AS breakdown,
      CASE flowCode WHEN 'X' THEN 'export' WHEN 'M' THEN 'import' END AS flow,
      coalesce(flowCode, '') IN ('RX', 'RM', 'DX', 'FM', 'MIP', 'XIP', 'MOP', 'XOP') AS other_flow,
      coalesce(rp.iso3, CASE WHEN regexp_full_match(coalesce(reporterISO, ''), '[A-Z]{3}') THEN reporterISO END) AS reporter,
      coalesce(pp.iso3, CASE WHEN regexp_full_match(coalesce(partnerISO, ''), '[A-Z]{3}') AND partnerISO <> 'W00' THEN partnerISO END) AS partner,
      CASE WHEN regexp_full_match(coalesce(period, ''), '[0-9]{6}') THEN period[1:4] || '-' || period[5:6]
           WHEN regexp_full_match(coalesce(period, ''), '[0-9]{4}') THEN period END AS period_text,
      coalesce(hs.series, 'hs-' || lower(cmdCode)) AS series,
      CASE ${reported} ${estimated} END AS kg,
      CASE ${weights.map(([ok, , est]) => `WHEN ${ok} AND NOT ${isTrue(est)} THEN false`).join(" ")}
        ${weights.map(([ok]) => `WHEN ${ok} THEN true`).join(" ")} ELSE false END AS kg_estimated
    FROM (${records}) r
    ${
      plain
        ? `LEFT JOIN code_m49_forms rp ON rp.form = r.reporterCode LEFT JOIN code_m49_forms pp ON pp.form = r.partnerCode`
        : `LEFT JOIN code_m49 rp ON rp.code = ${m49("r.reporterCode")} LEFT JOIN code_m49 pp ON pp.code = ${m49("r.partnerCode")}`
    }
    LEFT JOIN code_hs_series hs ON hs.code = r.cmdCode`;
}

/** Why a figure is not a number, with a hint when it has a decimal comma (`1234,5`). */
const notANumber = (x: string) =>
  `'not a number: ' || coalesce(${x}, '(empty)') || CASE WHEN regexp_full_match(coalesce(${x}, ''), '-?[0-9]+,[0-9]{1,2}|-?[0-9]+,[0-9]{4,}|-?[0-9]{4,},[0-9]+')
    THEN ' (a decimal comma? write ' || replace(${x}, ',', '.') || ')' ELSE '' END`;

/** The checks of a kept record: the field it names, when it fails (on `ct_parsed`'s columns), and why. */
const CHECKS: [string, string, string][] = [
  [
    "period",
    `period_text IS NULL OR (length(period_text) = 7 AND CAST(period_text[6:7] AS INTEGER) NOT BETWEEN 1 AND 12)`,
    `'invalid period: ' || coalesce(period, '(empty)') || ' (expected YYYYMM or YYYY)'`,
  ],
  [
    "flowCode",
    `flow IS NULL`,
    `'unknown flow code: ' || coalesce(flowCode, '(empty)') || ' (expected X or M)'`,
  ],
  ["reporterCode", `reporter IS NULL`, `'unknown reporter code: ' || coalesce(reporterCode, '(empty)')`],
  ["partnerCode", `partner IS NULL`, `'unknown partner code: ' || coalesce(partnerCode, '(empty)')`],
  [
    "cmdCode",
    `NOT regexp_full_match(coalesce(cmdCode, ''), ${COMMODITY})`,
    `'invalid commodity code: ' || coalesce(cmdCode, '(empty)') || CASE WHEN regexp_full_match(coalesce(cmdCode, ''), '[0-9]+') AND length(cmdCode) % 2 = 1
      THEN ' (a leading zero was probably lost: 0' || cmdCode || '?)' ELSE ' (expected HS digits, kept as text)' END`,
  ],
  ["primaryValue", `NOT regexp_matches(coalesce(primaryValue, ''), ${NUM})`, notANumber("primaryValue")],
  ["netWgt", `netWgt IS NOT NULL AND NOT regexp_matches(netWgt, ${NUM})`, notANumber("netWgt")],
  ["qty", `qty IS NOT NULL AND NOT regexp_matches(qty, ${NUM})`, notANumber("qty")],
  ["altQty", `altQty IS NOT NULL AND NOT regexp_matches(altQty, ${NUM})`, notANumber("altQty")],
  ...(["primaryValue", "netWgt", "qty", "altQty"] as const).map((x): [string, string, string] => [
    x,
    `regexp_matches(coalesce(${x}, ''), ${NUM}) AND ${outOfRangeSql(x, x)} IS NOT NULL`,
    outOfRangeSql(x, x),
  ]),
];

/**
 * True when an M49 code means the same matched as written by its forms (`code_m49_forms`) as
 * normalised (`m49`): unless it has zeros before more than three digits (`0842`), which only the
 * normalised match finds; left to the full parse, or the reporter's or partner's ISO column would
 * be read instead.
 */
const asWritten = (x: string) => `(NOT starts_with(coalesce(${x}, ''), '0') OR length(${x}) <= 3)`;

/**
 * True when a record passes every check, and its figures are plain: a narrower test than `CHECKS`
 * (a negative zero or an exponent fails it, and is left to them) that costs a fraction of theirs.
 */
const PLAIN_AND_FINE = `coalesce(flow IS NOT NULL AND reporter IS NOT NULL AND partner IS NOT NULL
  AND (length(period_text) = 4 OR period_text[6:7] BETWEEN '01' AND '12')
  AND regexp_full_match(cmdCode, ${COMMODITY}) AND regexp_full_match(primaryValue, ${PLAIN})
  AND ${asWritten("reporterCode")} AND ${asWritten("partnerCode")}
  AND (netWgt IS NULL OR regexp_full_match(netWgt, ${PLAIN})) AND (qty IS NULL OR regexp_full_match(qty, ${PLAIN}))
  AND (altQty IS NULL OR regexp_full_match(altQty, ${PLAIN})), false)`;

/** Parse every file's records into `ct_parsed`, and record their problems. */
export async function parseComtradeRows(store: Store, files: ComtradeStagedFile[]): Promise<void> {
  const records = recordsSql(files);
  await store.execute(`CREATE OR REPLACE TEMP TABLE ct_parsed AS ${parsedSql(records.sql)}`, records.params);
  await addProblemsSql(
    store,
    CHECKS.map(
      ([field, bad, reason]) =>
        `SELECT f, line, '${field}', ${reason} FROM ct_parsed WHERE ${KEPT} AND (${bad})`,
    ).join(" UNION ALL "),
  );
}

/** The same figure stated twice with different numbers (two files or two records of one batch). */
export async function checkComtradeDuplicates(store: Store): Promise<void> {
  // grouped on one hash of the key: a narrow aggregate, where seven text columns would cost seconds
  await addProblemsSql(
    store,
    `
    SELECT max(f), max(line), 'primaryValue', 'the same figure is given twice with different numbers (also on line ' || CAST(min(line) AS VARCHAR) || ')'
    FROM ct_parsed WHERE ${KEPT}
    GROUP BY ${DUPLICATE_KEY}
    HAVING count(DISTINCT coalesce(kg, '') || '|' || primaryValue) > 1`,
  );
}

/** What makes two records state the same figure. */
const DUPLICATE_KEY = "hash(vintage, reporter, flow, cmdCode, partner, period_text)";

/**
 * A record's resolved key, but for the measure (see `KEY` in resolved-cache.ts), hashed. Records
 * whose keys differ state different figures too (one code has one series), so distinct keys need
 * no search for duplicates; and then no staged key is given twice.
 */
const RESOLVED_KEY = "hash(reporter, flow, series, partner, period_text)";

/**
 * An observation's columns from a parsed record, for one measure or (`measure` a column) either:
 * the quantity in tonnes from the kilograms, or the primary value in dollars, each with its
 * original, its precision and notes.
 */
function observationColumns(sourceSql: string, measure: "qty" | "value" | "column", plain = false): string {
  const qty = {
    value: plain ? plainKgToTonnesSql("kg") : kgToTonnesSql("kg"),
    precision_unit: `CAST(power(10, -greatest(length(split_part(kg, '.', 2)) + 3, 0)) AS DECIMAL(38, 6))`,
    unit: "'t'",
    original_value: "kg",
    original_unit: "'kg'",
    estimated: "CASE WHEN kg_estimated THEN 'estimated' END",
  };
  const value = {
    value: plain ? plainDecimalSql("primaryValue") : exactDecimalSql("primaryValue"),
    precision_unit: `CAST(power(10, -greatest(length(split_part(primaryValue, '.', 2)), 0)) AS DECIMAL(38, 6))`,
    unit: "'USD'",
    original_value: "primaryValue",
    original_unit: "'USD'",
    estimated: "NULL",
  };
  const pick = (k: keyof typeof qty) =>
    measure === "column"
      ? `CASE measure WHEN 'qty' THEN ${qty[k]} WHEN 'value' THEN ${value[k]} END`
      : (measure === "qty" ? qty : value)[k];
  return `${sourceSql} AS source_id, reporter, flow, series, cmdCode AS hs_code, partner, period_text AS period,
      ${measure === "column" ? "measure" : `'${measure}' AS measure`}, ${pick("value")} AS value, ${pick("precision_unit")} AS precision_unit,
      ${pick("unit")} AS unit, ${pick("original_value")} AS original_value, ${pick("original_unit")} AS original_unit,
      vintage, 'final' AS status,
      nullif(concat_ws('; ', ${pick("estimated")}, CASE WHEN lower(coalesce(isReported, 'true')) IN ('false', '0') THEN 'not reported: estimated by UN Comtrade' END), '') AS note`;
}

/** An observation's id: the derived one (its source, key and value), which is stored as null. */
const ID = "CAST(NULL AS VARCHAR) AS id";

/** The observations of the checked records, as `ct_stage` with the columns of `observation_rows`. */
export async function stageComtradeObservations(store: Store, sourceSql: string): Promise<void> {
  await store.execute(
    `CREATE OR REPLACE TEMP TABLE ct_stage AS SELECT * EXCLUDE (ingest_id) FROM observation_rows LIMIT 0`,
  );
  await store.execute(`INSERT INTO ct_stage BY NAME
    SELECT ${ID}, *
    FROM (SELECT ${observationColumns(sourceSql, "qty")} FROM ct_parsed WHERE ${KEPT} AND kg IS NOT NULL
          UNION ALL SELECT ${observationColumns(sourceSql, "value")} FROM ct_parsed WHERE ${KEPT})`);
}

/**
 * The observations of every file in one pass from the records to `ct_stage`, with no table between,
 * when nothing is wrong: returns each file's number of records and the observations staged, or
 * null when a record fails a check or two records state one figure (then the records are parsed
 * again, to word the problems with their lines). `ct_stage` has the observations' columns and `f`
 * (and no row for records left out). Every staged observation has a value; `keysOnce` when each
 * has a key of its own too.
 */
export async function stageComtradeDirect(
  store: Store,
  files: ComtradeStagedFile[],
  sourceSql: string,
): Promise<{ records: Map<number, number>; observations: number; keysOnce: boolean } | null> {
  const records = recordsSql(files);
  // each record becomes its observations (two measures, or the value alone), a record left out or
  // failing a check one row without a measure, counted and removed. Records are read as they are:
  // one with a space in a cell the full parse would trim (`spaced`) fails, whether kept or not.
  await store.execute(
    `CREATE OR REPLACE TEMP TABLE ct_stage AS
    SELECT ${ID}, * FROM (
      SELECT f, fails, key, ${observationColumns(sourceSql, "column", true)} FROM (
        SELECT *, unnest(CASE WHEN NOT kept OR fails THEN [CAST(NULL AS VARCHAR)] WHEN kg IS NULL THEN ['value'] ELSE ['qty', 'value'] END) AS measure
        FROM (SELECT *, ${KEPT} AS kept, (${KEPT} AND NOT ${PLAIN_AND_FINE}) OR coalesce(spaced, false) AS fails, CASE WHEN ${KEPT} THEN ${RESOLVED_KEY} END AS key
              FROM (${parsedSql(records.sql, true)}))))`,
    records.params,
  );
  // each record kept has one `value` observation: as many distinct keys among them as records
  // prove every key given once, and every figure (one code has one series)
  const [found] = await queryOnce<{
    fails: string;
    left_out: string;
    staged: string;
    values: string;
    keys: string;
  }>(
    store.conn,
    `SELECT count(*) FILTER (WHERE fails) AS fails, count(*) FILTER (WHERE measure IS NULL) AS left_out,
      count(measure) AS staged, count(*) FILTER (WHERE measure = 'value') AS values,
      count(DISTINCT key) FILTER (WHERE measure = 'value') AS keys
    FROM ct_stage`,
  );
  if (Number(found?.fails) > 0) return null;
  const keysOnce = found?.keys === found?.values;
  // a key given twice may be a figure given twice (the same twice is kept once, two numbers are a
  // problem: the full parse decides), or figures of two vintages or codes of one series
  if (!keysOnce) {
    const [twice] = await queryOnce<{ n: string }>(
      store.conn,
      `SELECT count(*) AS n FROM (SELECT 1 FROM ct_stage WHERE measure = 'value'
        GROUP BY hash(vintage, reporter, flow, hs_code, partner, period) HAVING count(*) > 1)`,
    );
    if (Number(twice?.n) > 0) return null;
  }
  const counts = await queryOnce<{ f: number; n: string }>(
    store.conn,
    "SELECT f, count(*) FILTER (WHERE measure IS NULL OR measure = 'value') AS n FROM ct_stage GROUP BY f",
  );
  if (Number(found?.left_out) > 0) await store.execute("DELETE FROM ct_stage WHERE measure IS NULL");
  return {
    records: new Map(counts.map((r) => [Number(r.f), Number(r.n)])),
    observations: Number(found?.staged),
    keysOnce,
  };
}

export async function comtradeSources(
  store: Store,
): Promise<{ source_id: string; vintage: string | null }[]> {
  return queryOnce(store.conn, "SELECT DISTINCT source_id, vintage FROM ct_stage ORDER BY source_id");
}

export async function dropParsedComtrade(store: Store): Promise<void> {
  await store.execute("DROP TABLE IF EXISTS ct_parsed");
}

export async function dropComtradeTables(store: Store): Promise<void> {
  await store.execute("DROP TABLE IF EXISTS ct_parsed; DROP TABLE IF EXISTS ct_stage");
}
