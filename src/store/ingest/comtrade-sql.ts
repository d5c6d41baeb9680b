// UN Comtrade records (API v1 JSON envelopes and bulk tab-separated files, the same columns),
// validated and normalised in SQL: M49 reporter and partner codes to ISO3 (0 = world), flows X/M
// to export/import, periods YYYYMM or YYYY, net weight or a quantity in kilograms to exact tonnes,
// the primary value in US dollars. Rows that break a total down (second partner, customs procedure,
// mode of transport) and re-exports or re-imports are left out.
import { statSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Store } from "../open-store.js";
import { execute, queryOnce } from "../sql.js";
import { decimalTextSql, exactDecimalSql, kgToTonnesSql, outOfRangeSql } from "./decimal-sql.js";
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
  select: string;
  vintage: string | null;
}

const NUM = `'^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$'`;
/** An M49 code as the code table writes it: no leading zeros, `0` for the world. */
const m49 = (x: string) =>
  `CASE WHEN ltrim(trim(${x}), '0') = '' AND trim(${x}) <> '' THEN '0' ELSE ltrim(trim(${x}), '0') END`;
const isTrue = (x: string) => `lower(coalesce(${x}, '')) IN ('true', '1')`;
/** The records kept: totals (no breakdown) of plain exports and imports. */
const KEPT = "NOT breakdown AND NOT other_flow";

/** Parse every file's records into `ct_parsed`, and record their problems. */
export async function parseComtradeRows(store: Store, files: ComtradeStagedFile[]): Promise<void> {
  const union = files
    .map((file) => `SELECT ${file.f} AS f, CAST(? AS VARCHAR) AS vintage, * FROM (${file.select})`)
    .join(" UNION ALL ");
  await store.execute(
    `CREATE OR REPLACE TEMP TABLE ct_parsed AS
    WITH r AS (${union})
    SELECT r.*,
      (coalesce(partner2Code, '0') NOT IN ('0', '') OR coalesce(customsCode, 'C00') NOT IN ('C00', '')
        OR coalesce(motCode, '0') NOT IN ('0', '')) AS breakdown,
      CASE flowCode WHEN 'X' THEN 'export' WHEN 'M' THEN 'import' END AS flow,
      coalesce(flowCode, '') IN ('RX', 'RM', 'DX', 'FM', 'MIP', 'XIP', 'MOP', 'XOP') AS other_flow,
      coalesce(rp.iso3, CASE WHEN regexp_full_match(coalesce(reporterISO, ''), '[A-Z]{3}') THEN reporterISO END) AS reporter,
      coalesce(pp.iso3, CASE WHEN regexp_full_match(coalesce(partnerISO, ''), '[A-Z]{3}') AND partnerISO <> 'W00' THEN partnerISO END) AS partner,
      CASE WHEN regexp_full_match(coalesce(period, ''), '[0-9]{6}') THEN period[1:4] || '-' || period[5:6]
           WHEN regexp_full_match(coalesce(period, ''), '[0-9]{4}') THEN period END AS period_text,
      coalesce(hs.series, 'hs-' || lower(cmdCode)) AS series,
      CASE WHEN qtyUnitCode = '8' AND regexp_matches(coalesce(qty, ''), ${NUM}) THEN qty
           WHEN regexp_matches(coalesce(netWgt, ''), ${NUM}) THEN netWgt END AS kg,
      CASE WHEN qtyUnitCode = '8' AND regexp_matches(coalesce(qty, ''), ${NUM}) THEN ${isTrue("isQtyEstimated")}
           ELSE ${isTrue("isNetWgtEstimated")} END AS kg_estimated
    FROM r
    LEFT JOIN code_m49 rp ON rp.code = ${m49("r.reporterCode")}
    LEFT JOIN code_m49 pp ON pp.code = ${m49("r.partnerCode")}
    LEFT JOIN code_hs_series hs ON hs.code = r.cmdCode`,
    files.map((f) => f.vintage),
  );
  const checks: [string, string, string][] = [
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
      `NOT regexp_full_match(coalesce(cmdCode, ''), 'TOTAL|[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{8}|[0-9]{10}')`,
      `'invalid commodity code: ' || coalesce(cmdCode, '(empty)') || CASE WHEN regexp_full_match(coalesce(cmdCode, ''), '[0-9]+') AND length(cmdCode) % 2 = 1
        THEN ' (a leading zero was probably lost: 0' || cmdCode || '?)' ELSE ' (expected HS digits, kept as text)' END`,
    ],
    [
      "primaryValue",
      `NOT regexp_matches(coalesce(primaryValue, ''), ${NUM})`,
      `'not a number: ' || coalesce(primaryValue, '(empty)')`,
    ],
    ["netWgt", `netWgt IS NOT NULL AND NOT regexp_matches(netWgt, ${NUM})`, `'not a number: ' || netWgt`],
    ["qty", `qty IS NOT NULL AND NOT regexp_matches(qty, ${NUM})`, `'not a number: ' || qty`],
    ...(["primaryValue", "netWgt", "qty"] as const).map((x): [string, string, string] => [
      x,
      `regexp_matches(coalesce(${x}, ''), ${NUM}) AND ${outOfRangeSql(x, x)} IS NOT NULL`,
      outOfRangeSql(x, x),
    ]),
  ];
  await addProblemsSql(
    store,
    checks
      .map(
        ([field, bad, reason]) =>
          `SELECT f, line, '${field}', ${reason} FROM ct_parsed WHERE ${KEPT} AND (${bad})`,
      )
      .join(" UNION ALL "),
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
    GROUP BY hash(vintage, reporter, flow, cmdCode, partner, period_text)
    HAVING count(DISTINCT coalesce(kg, '') || '|' || primaryValue) > 1`,
  );
}

/** The observations of the checked records, as `ct_stage` with the columns of `observations`. */
export async function stageComtradeObservations(store: Store, sourceSql: string): Promise<void> {
  const columns = (measure: "qty" | "value") => {
    const value = measure === "qty" ? kgToTonnesSql("kg") : exactDecimalSql("primaryValue");
    const original = measure === "qty" ? "kg" : "primaryValue";
    const estimated = measure === "qty" ? "CASE WHEN kg_estimated THEN 'estimated' END" : "NULL";
    return `${sourceSql} AS source_id, reporter, flow, series, cmdCode AS hs_code, partner, period_text AS period,
      CASE WHEN length(period_text) = 4 THEN 'year' ELSE 'month' END AS period_kind,
      CASE WHEN length(period_text) = 4 THEN period_text || '-01' ELSE period_text END AS period_start,
      CASE WHEN length(period_text) = 4 THEN period_text || '-12' ELSE period_text END AS period_end,
      '${measure}' AS measure, ${value} AS value,
      CAST(power(10, -greatest(length(split_part(${original}, '.', 2))${measure === "qty" ? " + 3" : ""}, 0)) AS DECIMAL(38, 6)) AS precision_unit,
      '${measure === "qty" ? "t" : "USD"}' AS unit, ${original} AS original_value, '${measure === "qty" ? "kg" : "USD"}' AS original_unit,
      vintage, 'final' AS status,
      nullif(concat_ws('; ', ${estimated}, CASE WHEN lower(coalesce(isReported, 'true')) IN ('false', '0') THEN 'not reported: estimated by UN Comtrade' END), '') AS note`;
  };
  await store.execute(
    `CREATE OR REPLACE TEMP TABLE ct_stage AS SELECT * EXCLUDE (ingest_id) FROM observations LIMIT 0`,
  );
  await store.execute(`INSERT INTO ct_stage BY NAME
    SELECT concat_ws('|', source_id, reporter, flow, series, partner, period, measure, ${decimalTextSql("value")}) AS id, *
    FROM (SELECT ${columns("qty")} FROM ct_parsed WHERE ${KEPT} AND kg IS NOT NULL
          UNION ALL SELECT ${columns("value")} FROM ct_parsed WHERE ${KEPT})`);
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
