// UN Comtrade records in the shape the API v1 returns them (every column, numbers as numbers,
// codes as the API types them), and writers for an API envelope and a gzip tab-separated bulk file.
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Store } from "../../src/store/open-store.js";

export type ComtradeRecord = Record<string, string | number | boolean | null>;

const COLUMNS = [
  "typeCode",
  "freqCode",
  "refPeriodId",
  "refYear",
  "refMonth",
  "period",
  "reporterCode",
  "reporterISO",
  "reporterDesc",
  "flowCode",
  "flowDesc",
  "partnerCode",
  "partnerISO",
  "partnerDesc",
  "partner2Code",
  "partner2ISO",
  "partner2Desc",
  "classificationCode",
  "classificationSearchCode",
  "isOriginalClassification",
  "cmdCode",
  "cmdDesc",
  "aggrLevel",
  "isLeaf",
  "customsCode",
  "customsDesc",
  "mosCode",
  "motCode",
  "motDesc",
  "qtyUnitCode",
  "qtyUnitAbbr",
  "qty",
  "isQtyEstimated",
  "altQtyUnitCode",
  "altQtyUnitAbbr",
  "altQty",
  "isAltQtyEstimated",
  "netWgt",
  "isNetWgtEstimated",
  "grossWgt",
  "isGrossWgtEstimated",
  "cifvalue",
  "fobvalue",
  "primaryValue",
  "legacyEstimationFlag",
  "isReported",
  "isAggregate",
] as const;

const PARTNERS: Record<number, [string, string]> = {
  0: ["W00", "World"],
  842: ["USA", "USA"],
  392: ["JPN", "Japan"],
  276: ["DEU", "Germany"],
  410: ["KOR", "Rep. of Korea"],
};

/** One record: China's exports of HS 850511 to a partner in a month, with kilograms and dollars. */
export function comtradeRecord(
  period: string,
  partnerCode: number,
  kg: number,
  usd: number,
  extra: ComtradeRecord = {},
): ComtradeRecord {
  const [iso, desc] = PARTNERS[partnerCode] ?? ["X", "?"];
  return {
    typeCode: "C",
    freqCode: period.length === 6 ? "M" : "A",
    refPeriodId: Number(`${period}01`.slice(0, 8)),
    refYear: Number(period.slice(0, 4)),
    refMonth: period.length === 6 ? Number(period.slice(4)) : 52,
    period,
    reporterCode: 156,
    reporterISO: "CHN",
    reporterDesc: "China",
    flowCode: "X",
    flowDesc: "Export",
    partnerCode,
    partnerISO: iso,
    partnerDesc: desc,
    partner2Code: 0,
    partner2ISO: "W00",
    partner2Desc: "World",
    classificationCode: "H6",
    classificationSearchCode: "HS",
    isOriginalClassification: true,
    cmdCode: "850511",
    cmdDesc:
      "Permanent magnets and articles intended to become permanent magnets after magnetisation; of metal",
    aggrLevel: 6,
    isLeaf: true,
    customsCode: "C00",
    customsDesc: "TOTAL CPC",
    mosCode: "0",
    motCode: 0,
    motDesc: "TOTAL MOT",
    qtyUnitCode: 8,
    qtyUnitAbbr: "kg",
    qty: kg,
    isQtyEstimated: false,
    altQtyUnitCode: 8,
    altQtyUnitAbbr: "kg",
    altQty: kg,
    isAltQtyEstimated: false,
    netWgt: kg,
    isNetWgtEstimated: false,
    grossWgt: kg + 1000,
    isGrossWgtEstimated: false,
    cifvalue: null,
    fobvalue: usd,
    primaryValue: usd,
    legacyEstimationFlag: 0,
    isReported: true,
    isAggregate: false,
    ...extra,
  };
}

/** The API's answer around the records. */
export function comtradeEnvelope(records: ComtradeRecord[], error = ""): string {
  return JSON.stringify({ elapsedTime: "0.31 secs", count: records.length, data: records, error });
}

/** A bulk file: gzip, tab-separated, a header of the record columns, `\r\n`-free. */
export function writeComtradeBulk(path: string, records: ComtradeRecord[]): void {
  const lines = [
    COLUMNS.join("\t"),
    ...records.map((r) =>
      COLUMNS.map((c) => (r[c] === null || r[c] === undefined ? "" : String(r[c]))).join("\t"),
    ),
  ];
  writeFileSync(path, gzipSync(`${lines.join("\n")}\n`));
}

/**
 * The website's CSV export: the same columns capitalised (`CmdCode`, `PrimaryValue`), every cell
 * quoted, a byte-order mark, `\r\n` line ends and booleans as `True`/`False`.
 */
export function writeComtradeExport(path: string, records: ComtradeRecord[]): void {
  const cell = (v: ComtradeRecord[string] | undefined) =>
    v === null || v === undefined ? '""' : `"${typeof v === "boolean" ? (v ? "True" : "False") : String(v)}"`;
  const lines = [
    COLUMNS.map((c) => `"${c[0]!.toUpperCase()}${c.slice(1)}"`).join(","),
    ...records.map((r) => COLUMNS.map((c) => cell(r[c])).join(",")),
  ];
  writeFileSync(path, `\ufeff${lines.join("\r\n")}\r\n`);
}

const LEGACY_FLOW: Record<string, number> = { M: 1, X: 2, RX: 3, RM: 4 };

/**
 * The legacy site's CSV (before 2023): its own column names ("Trade Flow Code", "Netweight (kg)",
 * "Trade Value (US$)"), the flow as a number, breakdown codes left empty when they are totals.
 */
export function writeComtradeLegacy(path: string, records: ComtradeRecord[]): void {
  const columns: [string, (r: ComtradeRecord) => string | number | boolean | null | undefined][] = [
    ["Classification", () => "H6"],
    ["Year", (r) => r.refYear],
    ["Period", (r) => r.period],
    ["Aggregate Level", (r) => r.aggrLevel],
    ["Trade Flow Code", (r) => LEGACY_FLOW[String(r.flowCode)]],
    ["Trade Flow", (r) => r.flowDesc],
    ["Reporter Code", (r) => r.reporterCode],
    ["Reporter", (r) => r.reporterDesc],
    ["Reporter ISO", (r) => r.reporterISO],
    ["Partner Code", (r) => r.partnerCode],
    ["Partner", (r) => r.partnerDesc],
    ["Partner ISO", (r) => (r.partnerISO === "W00" ? "WLD" : r.partnerISO)],
    ["2nd Partner Code", () => ""],
    ["Customs Proc. Code", () => ""],
    ["Mode of Transport Code", (r) => (r.motCode === 0 ? "" : r.motCode)],
    ["Commodity Code", (r) => r.cmdCode],
    ["Commodity", (r) => r.cmdDesc],
    ["Qty Unit Code", (r) => r.qtyUnitCode],
    ["Qty Unit", () => "Weight in kilograms"],
    ["Qty", (r) => r.qty],
    ["Netweight (kg)", (r) => r.netWgt],
    ["Trade Value (US$)", (r) => r.primaryValue],
    ["Flag", () => 0],
  ];
  const quote = (v: string | number | boolean | null | undefined) =>
    `"${v === null || v === undefined ? "" : String(v)}"`;
  const lines = [
    columns.map(([name]) => quote(name)).join(","),
    ...records.map((r) => columns.map(([, get]) => quote(get(r))).join(",")),
  ];
  writeFileSync(path, `${lines.join("\n")}\n`);
}

/** China's 850511 exports in 2025 (world, USA, Japan), with a breakdown row and a re-export row that are left out. */
export function sampleRecords(): ComtradeRecord[] {
  return [
    comtradeRecord("202510", 0, 7_512_345, 310_456_789),
    comtradeRecord("202511", 0, 8_010_002, 331_000_123.5),
    comtradeRecord("202511", 842, 700_500, 29_876_543),
    comtradeRecord("202511", 392, 410_250, 17_654_321, { isNetWgtEstimated: true }),
    comtradeRecord("202511", 842, 300_000, 12_000_000, { motCode: 1000, motDesc: "Sea" }),
    comtradeRecord("202511", 0, 5_000, 99_000, { flowCode: "RX", flowDesc: "Re-export" }),
  ];
}

/** M49 codes with distinct ISO3 codes in data/codes/m49.csv. */
const CODES = [
  36, 40, 56, 76, 124, 152, 156, 170, 203, 208, 246, 251, 276, 300, 344, 348, 360, 372, 376, 380, 392, 410,
  458, 484, 528, 554, 579, 608, 616, 620, 643, 682, 699, 702, 704, 710, 724, 752, 757, 764,
];

/**
 * A large bulk file of `rows` distinct figures, written by DuckDB itself (generating it in
 * JavaScript would take longer than ingesting it): for benchmarks and fault tests.
 */
export async function writeComtradeBulkSql(store: Store, path: string, rows: number): Promise<void> {
  const n = CODES.length;
  const code = (x: string) => `[${CODES.join(", ")}][(${x}) % ${n} + 1]`;
  await store.execute(`COPY (
    SELECT 'C' AS typeCode, 'M' AS freqCode, 0 AS refPeriodId, 2005 + m // 12 AS refYear, m % 12 + 1 AS refMonth,
      CAST(2005 + m // 12 AS VARCHAR) || lpad(CAST(m % 12 + 1 AS VARCHAR), 2, '0') AS period,
      ${code("r")} AS reporterCode, '' AS reporterISO, 'Reporter' AS reporterDesc, CASE WHEN c % 2 = 0 THEN 'X' ELSE 'M' END AS flowCode,
      'Export' AS flowDesc, CASE WHEN p = 0 THEN 0 ELSE ${code("r + p")} END AS partnerCode, '' AS partnerISO, 'Partner' AS partnerDesc,
      0 AS partner2Code, 'W00' AS partner2ISO, 'World' AS partner2Desc, 'H6' AS classificationCode, 'HS' AS classificationSearchCode,
      true AS isOriginalClassification, CASE WHEN c % 10 = 9 THEN '0805' ELSE '8505' END || lpad(CAST(c // 2 % 100 AS VARCHAR), 2, '0') AS cmdCode,
      'Description of the commodity, with a comma' AS cmdDesc, 6 AS aggrLevel, true AS isLeaf, 'C00' AS customsCode, 'TOTAL CPC' AS customsDesc,
      '0' AS mosCode, 0 AS motCode, 'TOTAL MOT' AS motDesc, 8 AS qtyUnitCode, 'kg' AS qtyUnitAbbr, hash(i, 'q') % 10000000 AS qty,
      false AS isQtyEstimated, 8 AS altQtyUnitCode, 'kg' AS altQtyUnitAbbr, hash(i, 'q') % 10000000 AS altQty, false AS isAltQtyEstimated,
      hash(i, 'q') % 10000000 AS netWgt, false AS isNetWgtEstimated, hash(i, 'q') % 10000000 + 50 AS grossWgt, false AS isGrossWgtEstimated,
      NULL AS cifvalue, hash(i, 'v') % 1000000000 / 100 AS fobvalue, hash(i, 'v') % 1000000000 / 100 AS primaryValue,
      0 AS legacyEstimationFlag, true AS isReported, false AS isAggregate
    FROM (SELECT i, i % 240 AS m, i // 240 % ${n} AS r, i // ${240 * n} % ${n} AS p, i // ${240 * n * n} AS c FROM range(${rows}) t(i))
  ) TO '${path}' (FORMAT csv, DELIMITER '\t', HEADER, COMPRESSION gzip)`);
}
