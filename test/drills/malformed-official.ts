// The drill catalogue for the official formats: China customs query-platform downloads (English and
// Chinese, UTF-8 and GB18030), UN Comtrade API answers (JSON) and bulk files (gzip, tab-separated).
// Each input must end in a clear error naming the file, and the line and field where the problem
// has one, with the store exactly as before. Shared by `npm run drills` and the slow tests.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { comtradeEnvelope, comtradeRecord, sampleRecords } from "../helpers/comtrade-files.js";

const fixture = (name: string) => new URL(`../fixtures/official/${name}`, import.meta.url).pathname;
const EN = readFileSync(fixture("gacc-en-magnets-export-202511.csv"), "utf8").replace(/^\uFEFF/, "");
const ZH_BYTES = readFileSync(fixture("gacc-zh-magnets-export-202511.csv"));
const ZH = new TextDecoder("gb18030").decode(ZH_BYTES);

export interface OfficialDrill {
  name: string;
  /** The file's name: customs files say their flow in it, bulk files their release date. */
  file: string;
  input: () => string | Buffer;
  /** Where the first problem must be, when the problem has a place. */
  at?: { line: number; field: string };
}

/** The English file's line `n` (1-based) changed by `edit`. */
function enLine(n: number, edit: (line: string) => string): string {
  const lines = EN.split("\r\n");
  lines[n - 1] = edit(lines[n - 1]!);
  return lines.join("\r\n");
}

/** GB18030 bytes of a Chinese-mode text made of the fixture's own characters (Node decodes GB18030 but has no encoder). */
function gb18030(text: string): Buffer {
  const known = new Map<string, Buffer>();
  for (let i = 0; i < ZH_BYTES.length;) {
    const length = ZH_BYTES[i]! < 0x80 ? 1 : 2;
    const bytes = ZH_BYTES.subarray(i, i + length);
    known.set(new TextDecoder("gb18030").decode(bytes), bytes);
    i += length;
  }
  return Buffer.concat([...text].map((ch) => known.get(ch) ?? Buffer.from(ch)));
}

function zhLine(n: number, edit: (line: string) => string): Buffer {
  const lines = ZH.split("\r\n");
  lines[n - 1] = edit(lines[n - 1]!);
  return gb18030(lines.join("\r\n"));
}

/** Pseudo-random bytes from a fixed seed (the same garbage every run). */
export function garbage(bytes: number, seed = 1): Buffer {
  const out = Buffer.alloc(bytes);
  let s = seed >>> 0;
  for (let i = 0; i < bytes; i += 4) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out.writeUInt32LE(s, Math.min(i, bytes - 4));
  }
  return out;
}

const MB50 = 50 * 1024 * 1024;
const json = (records = sampleRecords()) => comtradeEnvelope(records);
const TSV_HEAD = Object.keys(comtradeRecord("202511", 0, 1, 1));
const tsv = (records = sampleRecords(), head = TSV_HEAD) =>
  [head.join("\t"), ...records.map((r) => head.map((c) => String(r[c] ?? "")).join("\t"))].join("\n") + "\n";
const CT = "COMTRADE-FINAL-CM156202511H6[2025-12-28]";

export const OFFICIAL_DRILLS: OfficialDrill[] = [
  // China customs, English mode
  {
    name: "customs EN: a required column renamed",
    file: "en-export-1.csv",
    input: () => EN.replace('"Unit",', '"Measure",'),
    at: { line: 1, field: "(Unit)" },
  },
  {
    name: "customs EN: quantity column missing",
    file: "en-export-2.csv",
    input: () => EN.replace('"Quantity",', ""),
    at: { line: 1, field: "(Quantity)" },
  },
  {
    name: "customs EN: short row",
    file: "en-export-3.csv",
    input: () => enLine(3, (l) => l.split(",").slice(0, 5).join(",")),
    at: { line: 3, field: "(row)" },
  },
  {
    name: "customs EN: long row",
    file: "en-export-4.csv",
    input: () => enLine(4, (l) => `${l}"x","y","z",`),
    at: { line: 4, field: "(row)" },
  },
  {
    name: "customs EN: unterminated quote",
    file: "en-export-5.csv",
    input: () => enLine(2, (l) => l.replace('"United States"', '"United States')),
    at: { line: 2, field: "(row)" },
  },
  {
    name: "customs EN: NUL byte in a quantity",
    file: "en-export-6.csv",
    input: () => enLine(2, (l) => l.replace('"500,123"', '"500\u0000123"')),
    at: { line: 2, field: "Quantity" },
  },
  {
    name: "customs EN: bytes neither UTF-8 nor GB18030",
    file: "en-export-7.csv",
    input: () =>
      Buffer.concat([
        Buffer.from(
          enLine(3, () => "")
            .split("\r\n")
            .slice(0, 2)
            .join("\r\n") + "\r\n",
        ),
        Buffer.from([0x22, 0xff, 0xff, 0xff, 0x22, 0x2c, 0x0d, 0x0a]),
      ]),
  },
  {
    // a spreadsheet's "Unicode text" copy is read; one cut off inside its last character is not
    name: "customs EN: UTF-16 file cut inside a character",
    file: "en-export-8.csv",
    input: () => Buffer.concat([Buffer.from(`\uFEFF${EN}`, "utf16le"), Buffer.from([0x41])]),
  },
  {
    name: "customs EN: BOM, a quantity in letters",
    file: "en-export-9.csv",
    input: () => `\uFEFF${enLine(3, (l) => l.replace('"81,877"', '"eighty"'))}`,
    at: { line: 3, field: "Quantity" },
  },
  {
    name: "customs EN: LF line ends, an impossible month",
    file: "en-export-10.csv",
    input: () => enLine(5, (l) => l.replace('"202511"', '"202513"')).replaceAll("\r\n", "\n"),
    at: { line: 5, field: "Date of data" },
  },
  {
    // "Nov 2025" is read now; a two-digit year is not (is "Nov-25" November 2025 or 25 November?)
    name: "customs EN: month in words with a two-digit year",
    file: "en-export-11.csv",
    input: () => enLine(2, (l) => l.replace('"202511"', '"Nov-25"')),
    at: { line: 2, field: "Date of data" },
  },
  {
    name: "customs EN: negative quantity",
    file: "en-export-12.csv",
    input: () => enLine(4, (l) => l.replace('"305,000"', '"-305,000"')),
    at: { line: 4, field: "Quantity" },
  },
  {
    name: "customs EN: unknown unit",
    file: "en-export-13.csv",
    input: () => enLine(4, (l) => l.replace('"Kilogram"', '"Furlong"')),
    at: { line: 4, field: "Unit" },
  },
  {
    name: "customs EN: unknown partner code",
    file: "en-export-14.csv",
    input: () => enLine(4, (l) => l.replace('"116","Japan"', '"999","Atlantis"')),
    at: { line: 4, field: "Trading partner code" },
  },
  {
    name: "customs EN: commodity code with a letter",
    file: "en-export-15.csv",
    input: () => enLine(2, (l) => l.replace('"85051110"', '"8505111O"')),
    at: { line: 2, field: "Commodity code" },
  },
  {
    name: "customs EN: formula injection in a quantity",
    file: "en-export-16.csv",
    input: () => enLine(2, (l) => l.replace('"500,123"', "\"=cmd|' /C calc'!A0\"")),
    at: { line: 2, field: "Quantity" },
  },
  {
    name: "customs EN: formula injection in a dollar value",
    file: "en-export-17.csv",
    input: () => enLine(2, (l) => l.replace('"21,345,678"', '"=HYPERLINK(""http://x"")"')),
    at: { line: 2, field: "US dollar" },
  },
  {
    name: "customs EN: huge field (1 MB quantity)",
    file: "en-export-18.csv",
    input: () => enLine(2, (l) => l.replace('"500,123"', `"${"9".repeat(1 << 20)}"`)),
    at: { line: 2, field: "Quantity" },
  },
  {
    name: "customs EN: no flow in the name or the file",
    file: "en-magnets-202511.csv",
    input: () => EN,
    at: { line: 2, field: "(flow)" },
  },
  {
    name: "customs EN: line ends change from CRLF to LF",
    file: "en-export-20.csv",
    input: () => `${EN}\n`,
    at: { line: 2, field: "(file)" },
  },
  {
    name: "customs EN: 50 MB of garbage under a good header",
    file: "en-export-19.csv",
    input: () => Buffer.concat([Buffer.from(EN.split("\r\n")[0] + "\r\n"), garbage(MB50, 19)]),
  },
  // China customs, Chinese mode (GB18030)
  {
    name: "customs CN: a required column renamed",
    file: "zh-出口-1.csv",
    input: () => zhLine(1, (l) => l.replace('"第一计量单位"', '"计量单位"')),
    at: { line: 1, field: "(第一计量单位)" },
  },
  {
    name: "customs CN: short row",
    file: "zh-出口-2.csv",
    input: () => zhLine(3, (l) => l.split(",").slice(0, 4).join(",")),
    at: { line: 3, field: "(row)" },
  },
  {
    name: "customs CN: quantity in characters",
    file: "zh-出口-3.csv",
    input: () => zhLine(2, (l) => l.replace('"500,123"', '"一般"')),
    at: { line: 2, field: "第一数量" },
  },
  {
    name: "customs CN: unknown unit",
    file: "zh-出口-4.csv",
    input: () => zhLine(2, (l) => l.replace('"千克"', '"美元"')),
    at: { line: 2, field: "第一计量单位" },
  },
  {
    name: "customs CN: bytes that are not GB18030",
    file: "zh-出口-5.csv",
    input: () => {
      const lines = ZH_BYTES.toString("latin1").split("\r\n");
      lines[3] = `"202511",${"\u0080\u00ff\u0080\u00ff"}`;
      return Buffer.from(lines.join("\r\n"), "latin1");
    },
    at: { line: 4, field: "(encoding)" },
  },
  {
    name: "customs CN: the file ends inside a character",
    file: "zh-出口-6.csv",
    input: () => Buffer.concat([ZH_BYTES.subarray(0, ZH_BYTES.length - 2), Buffer.from([0x81])]),
  },
  {
    name: "customs CN: UTF-8 with BOM, an impossible month",
    file: "zh-出口-7.csv",
    input: () => `\uFEFF${ZH.replace('"202511"', '"202500"')}`,
    at: { line: 2, field: "数据年月" },
  },
  {
    name: "customs CN: NUL bytes in the header",
    file: "zh-出口-8.csv",
    input: () => `${ZH.replace('"数据年月"', '"数据\u0000年月"')}`,
  },
  // UN Comtrade API answers (JSON)
  { name: "Comtrade JSON: truncated", file: `${CT}-1.json`, input: () => json().slice(0, 900) },
  {
    name: "Comtrade JSON: the API's error field set",
    file: `${CT}-2.json`,
    input: () => comtradeEnvelope([], "Request rate limit exceeded"),
  },
  {
    name: "Comtrade JSON: data not an array",
    file: `${CT}-3.json`,
    input: () => '{"elapsedTime":"0.1 secs","count":1,"data":"none","error":""}',
  },
  {
    name: "Comtrade JSON: data null",
    file: `${CT}-4.json`,
    input: () => '{"elapsedTime":"0.1 secs","count":0,"data":null,"error":""}',
  },
  {
    name: "Comtrade JSON: a record without its commodity code",
    file: `${CT}-5.json`,
    input: () => json(sampleRecords().map((r, i) => (i === 1 ? { ...r, cmdCode: null } : r))),
    at: { line: 2, field: "cmdCode" },
  },
  {
    name: "Comtrade JSON: net weight in words",
    file: `${CT}-6.json`,
    input: () => json(sampleRecords().map((r, i) => (i === 0 ? { ...r, netWgt: "lots", qty: "lots" } : r))),
    at: { line: 1, field: "netWgt" },
  },
  {
    name: "Comtrade JSON: an impossible period",
    file: `${CT}-7.json`,
    input: () => json(sampleRecords().map((r, i) => (i === 2 ? { ...r, period: "202513" } : r))),
    at: { line: 3, field: "period" },
  },
  {
    name: "Comtrade JSON: formula injection in the flow",
    file: `${CT}-8.json`,
    input: () =>
      json(sampleRecords().map((r, i) => (i === 0 ? { ...r, flowCode: "=cmd|' /C calc'!A0" } : r))),
    at: { line: 1, field: "flowCode" },
  },
  {
    name: "Comtrade JSON: a record without its flow",
    file: `${CT}-24.json`,
    input: () => json(sampleRecords().map((r, i) => (i === 1 ? { ...r, flowCode: null } : r))),
    at: { line: 2, field: "flowCode" },
  },
  {
    name: "Comtrade JSON: a value of 1e400",
    file: `${CT}-25.json`,
    input: () => json(sampleRecords().map((r, i) => (i === 0 ? { ...r, primaryValue: "1e400" } : r))),
    at: { line: 1, field: "primaryValue" },
  },
  {
    name: "Comtrade JSON: negative value",
    file: `${CT}-9.json`,
    input: () => json(sampleRecords().map((r, i) => (i === 1 ? { ...r, primaryValue: -5 } : r))),
    at: { line: 2, field: "primaryValue" },
  },
  {
    name: "Comtrade JSON: one record twice with two values",
    file: `${CT}-10.json`,
    input: () => json([...sampleRecords(), { ...sampleRecords()[1]!, primaryValue: 1 }]),
  },
  {
    name: "Comtrade JSON: NaN and a trailing comma",
    file: `${CT}-11.json`,
    input: () => '{"elapsedTime":"0.1 secs","count":1,"data":[{"qty":NaN,}],"error":""}',
  },
  {
    name: "Comtrade JSON: UTF-16",
    file: `${CT}-12.json`,
    input: () => Buffer.from(`\uFEFF${json()}`, "utf16le"),
  },
  {
    name: "Comtrade JSON: huge field (1 MB period)",
    file: `${CT}-13.json`,
    input: () => json(sampleRecords().map((r, i) => (i === 0 ? { ...r, period: "2".repeat(1 << 20) } : r))),
    at: { line: 1, field: "period" },
  },
  // UN Comtrade bulk files (gzip, tab-separated)
  {
    name: "Comtrade bulk: corrupt gzip",
    file: `${CT}-14.gz`,
    input: () => {
      const gz = gzipSync(
        tsv(Array.from({ length: 400 }, (_, i) => comtradeRecord("202511", 0, i + 1, i + 1))),
      );
      for (let i = 200; i < gz.length - 20; i += 97) gz[i] = gz[i]! ^ 0x5a;
      return gz;
    },
  },
  {
    name: "Comtrade bulk: truncated gzip",
    file: `${CT}-15.gz`,
    input: () => {
      const gz = gzipSync(
        tsv(Array.from({ length: 400 }, (_, i) => comtradeRecord("202511", 0, i + 1, i + 1))),
      );
      return gz.subarray(0, Math.floor(gz.length / 2));
    },
  },
  {
    name: "Comtrade bulk: gzip of garbage",
    file: `${CT}-16.gz`,
    input: () => gzipSync(garbage(100_000, 16)),
  },
  {
    name: "Comtrade bulk: the period column missing",
    file: `${CT}-17.gz`,
    input: () =>
      gzipSync(
        tsv(
          sampleRecords(),
          TSV_HEAD.filter((c) => c !== "period"),
        ),
      ),
    at: { line: 1, field: "period" },
  },
  {
    name: "Comtrade bulk: columns shifted by one",
    file: `${CT}-18.gz`,
    input: () => gzipSync(tsv(sampleRecords()).replace(/\n(?=.)/g, "\nextra\t")),
    at: { line: 2, field: "(row)" },
  },
  {
    name: "Comtrade bulk: short row",
    file: `${CT}-19.gz`,
    input: () =>
      gzipSync(
        tsv().replace(/\n([^\n]*)\n$/, (_m, l: string) => `\n${l.split("\t").slice(0, 9).join("\t")}\n`),
      ),
    at: { line: 7, field: "(row)" },
  },
  {
    name: "Comtrade bulk: unknown partner code",
    file: `${CT}-20.gz`,
    input: () =>
      gzipSync(
        tsv(sampleRecords().map((r, i) => (i === 2 ? { ...r, partnerCode: 999, partnerISO: "" } : r))),
      ),
    at: { line: 4, field: "partnerCode" },
  },
  {
    name: "Comtrade bulk: NUL bytes in a value",
    file: `${CT}-21.gz`,
    input: () =>
      gzipSync(tsv(sampleRecords().map((r, i) => (i === 0 ? { ...r, primaryValue: "31\u00000" } : r)))),
    at: { line: 2, field: "primaryValue" },
  },
  {
    name: "Comtrade bulk: BOM, CRLF, a value in words",
    file: `${CT}-22.tsv`,
    input: () =>
      `\uFEFF${tsv(sampleRecords().map((r, i) => (i === 1 ? { ...r, primaryValue: "many" } : r))).replaceAll("\n", "\r\n")}`,
    at: { line: 3, field: "primaryValue" },
  },
  {
    name: "Comtrade bulk: bytes that are not UTF-8 in a code",
    file: `${CT}-24.tsv`,
    input: () => Buffer.from(tsv().replace("\t850511\t", "\t850511\u00ac\t"), "latin1"),
    at: { line: 2, field: "cmdCode" },
  },
  {
    name: "Comtrade bulk: 50 MB of garbage in gzip",
    file: `${CT}-23.gz`,
    input: () => Buffer.concat([gzipSync(`${TSV_HEAD.join("\t")}\n`), garbage(MB50, 23)]),
  },
  { name: "50 MB of garbage", file: "garbage-export.csv", input: () => garbage(MB50, 50) },
];
