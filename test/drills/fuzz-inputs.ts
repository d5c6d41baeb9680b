// Generated inputs for the fuzz drill, from a seed (the same inputs every run): mutations of
// real-looking inputs (the repository's fixtures, examples and the claims corpus's dev texts) mixed
// with random characters and random bytes. Texts for `verify`; rows and whole files for each adapter.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { splitCsvLine } from "../../src/ingest/file-head.js";
import {
  comtradeEnvelope,
  comtradeRecord,
  sampleRecords,
  type ComtradeRecord,
} from "../helpers/comtrade-files.js";

export type Random = () => number;

const here = (path: string) => new URL(path, import.meta.url).pathname;
const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T>(r: Random, items: readonly T[]): T => items[int(r, items.length)]!;

/** The dev texts of the claims corpus and the README's example article. */
export function seedTexts(): string[] {
  const dir = here("../claims-corpus/dev/");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(dir + f, "utf8")) as { text: string }[]).map((t) => t.text));
  return [...texts, readFileSync(here("../../examples/november-2025.txt"), "utf8")];
}

/** Pieces that trouble readers of numbers, dates and text. */
const TOKENS = [
  "12%",
  "-3.5%",
  "6,150",
  "6.150",
  "6 150",
  "1e400",
  "NaN",
  "Infinity",
  "-0",
  "0x1F",
  "١٢٣",
  "１２３",
  "万吨",
  "亿美元",
  "tonnes",
  "t",
  "kg",
  "$",
  "€",
  "rose",
  "fell",
  "doubled",
  "record",
  "highest since",
  "November",
  "Nov.",
  "2025-11",
  "202511",
  "2025-13",
  "Q3",
  "H1",
  "first 11 months",
  "year on year",
  "Japan",
  "U.S.",
  "USA",
  "Korea, Rep.",
  "\u0000",
  "\uFEFF",
  "\u202E",
  "\u200B",
  "\r",
  "\n",
  "\t",
  '"',
  "'",
  ",",
  ";",
  "|",
  "=cmd|' /C calc'!A0",
  "<script>",
  "\\",
  "%s",
  "𝟙𝟚",
  "😀",
  "\uD800",
  "",
];

/** A random string of `length` characters from the whole of Unicode (lone surrogates included). */
export function randomChars(r: Random, length: number): string {
  let s = "";
  for (let i = 0; i < length; i++)
    s += String.fromCharCode(int(r, 4) === 0 ? int(r, 0x10000) : 32 + int(r, 95));
  return s;
}

/** Random bytes as a string (decoded as UTF-8, with replacement characters where they do not decode). */
export function randomBytes(r: Random, length: number): Buffer {
  return Buffer.from(Array.from({ length }, () => int(r, 256)));
}

/** One to four edits of `text`: insert, delete, duplicate, replace a number, cut. */
export function mutate(r: Random, text: string): string {
  let s = text;
  for (let n = 1 + int(r, 4); n > 0; n--) {
    const at = int(r, s.length + 1);
    const span = 1 + int(r, 40);
    switch (int(r, 7)) {
      case 0:
        s = s.slice(0, at) + pick(r, TOKENS) + s.slice(at);
        break;
      case 1:
        s = s.slice(0, at) + s.slice(at + span);
        break;
      case 2:
        s = s.slice(0, at) + s.slice(at, at + span).repeat(1 + int(r, 5)) + s.slice(at);
        break;
      case 3:
        s = s.replace(/\d[\d,.]*/g, (m) =>
          r() < 0.2 ? pick(r, ["9".repeat(1 + int(r, 60)), "-" + m, "0", m + m]) : m,
        );
        break;
      case 4:
        s = s.slice(0, at) + randomChars(r, span) + s.slice(at);
        break;
      case 5:
        s = s.slice(0, at);
        break;
      default:
        s = s.slice(0, at) + pick(r, TOKENS) + " " + pick(r, TOKENS) + s.slice(at + span);
    }
  }
  return s;
}

/** One text for `verify`: mostly mutated corpus texts, some token soup, random characters and bytes. */
export function verifyInput(r: Random, seeds: readonly string[]): string {
  const kind = r();
  if (kind < 0.5) return mutate(r, pick(r, seeds));
  if (kind < 0.7)
    return Array.from({ length: int(r, 60) }, () => pick(r, TOKENS)).join(pick(r, [" ", "", ". "]));
  if (kind < 0.85) return randomChars(r, int(r, 400));
  return randomBytes(r, int(r, 400)).toString("utf8");
}

/** A cell's value changed to something a reader must refuse or take exactly. */
function mutateCell(r: Random, cell: string): string {
  switch (int(r, 6)) {
    case 0:
      return pick(r, TOKENS);
    case 1:
      return mutate(r, cell);
    case 2:
      return pick(r, ["", "-", " ", "0", "-1", "1e5", "1,234,567.891", "00123", "9".repeat(30), cell + cell]);
    case 3:
      return randomChars(r, int(r, 12));
    case 4:
      return cell.replace(/\d/g, () => String(int(r, 10)));
    default:
      return cell.toUpperCase();
  }
}

/** A CSV cell, quoted as the format quotes it. */
const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
const plainCsv = (cell: string) => (/[",\n\r]/.test(cell) ? quoted(cell) : cell);

/** Mutate some cells of a row (probability `rate` each row), rarely breaking the row's structure. */
function mutateRow(r: Random, cells: string[], rate: number, join: (cells: string[]) => string): string {
  if (r() >= rate) return join(cells);
  const out = [...cells];
  for (let n = 1 + int(r, 3); n > 0; n--) {
    const i = int(r, out.length);
    out[i] = mutateCell(r, out[i]!);
  }
  const line = join(out);
  return r() < 0.05 ? mutate(r, line) : line;
}

const gaccLines = readFileSync(here("../fixtures/official/gacc-en-magnets-export-202511.csv"), "utf8")
  .replace(/^\uFEFF/, "")
  .split("\r\n")
  .filter(Boolean);
const figuresLines = readFileSync(here("../fixtures/figures-sample.csv"), "utf8").split("\n").filter(Boolean);
const EVENTS_HEAD = "id,announced,effective,authority,reference,kind,summary,commodities,partners,url";

/** Cells of a CSV line. */
const cellsOf = (line: string) => splitCsvLine(line);

export interface RowFormat {
  name: string;
  /** The name of batch `i`'s file (customs files say their flow in it, Comtrade files their date). */
  fileName(i: number): string;
  /** `count` generated rows of batch `i`, each mutated with probability `rate`; row numbers keep keys distinct. */
  rows(r: Random, count: number, rate: number, i: number): string[];
  /** A file of the given rows. */
  assemble(rows: readonly string[]): string;
}

/** A row's month and a commodity code from its number, so unmutated rows never repeat a key. */
function keyOf(n: number): { month: string; code: number } {
  return {
    month: `${2000 + (Math.floor(n / 12) % 90)}${String((n % 12) + 1).padStart(2, "0")}`,
    code: Math.floor(n / 1080),
  };
}

/** A JSON value that a Comtrade field should not hold. */
function oddJson(r: Random): unknown {
  return pick(r, [
    null,
    true,
    -1,
    1e308,
    "",
    "x",
    [],
    {},
    { a: 1 },
    [1, 2],
    "9".repeat(40),
    randomChars(r, 8),
    0.1,
  ]);
}

const TSV_HEAD = Object.keys(comtradeRecord("202511", 0, 1, 1));

function comtradeRow(r: Random, n: number): ComtradeRecord {
  const { month, code } = keyOf(n);
  return { ...pick(r, sampleRecords().slice(0, 4)), period: month, cmdCode: String(100_000 + code) };
}

export const ROW_FORMATS: RowFormat[] = [
  {
    name: "customs CSV",
    fileName: (i) => `fuzz-${i}-export.csv`,
    rows: (r, count, rate, i) =>
      Array.from({ length: count }, (_, n) => {
        const cells = cellsOf(pick(r, gaccLines.slice(1)));
        const { month, code } = keyOf(i * count + n);
        cells[0] = month;
        cells[3] = String(10_000_000 + code);
        return mutateRow(r, cells, rate, (c) => `${c.map(quoted).join(",")},`);
      }),
    assemble: (rows) => [gaccLines[0], ...rows].join("\r\n"),
  },
  {
    name: "Comtrade JSON",
    fileName: (i) => `fuzz-${i}[2025-12-28].json`,
    rows: (r, count, rate, i) =>
      Array.from({ length: count }, (_, n) => {
        const record = comtradeRow(r, i * count + n);
        if (r() < rate)
          for (let k = 1 + int(r, 3); k > 0; k--)
            record[pick(r, TSV_HEAD)] = oddJson(r) as ComtradeRecord[string];
        return JSON.stringify(record);
      }),
    assemble: (rows) => comtradeEnvelope([]).replace('"data":[]', `"data":[${rows.join(",")}]`),
  },
  {
    name: "Comtrade bulk TSV",
    fileName: (i) => `COMTRADE-fuzz-${i}[2025-12-28].tsv`,
    rows: (r, count, rate, i) =>
      Array.from({ length: count }, (_, n) => {
        const record = comtradeRow(r, i * count + n);
        const cells = TSV_HEAD.map((c) => String(record[c] ?? ""));
        return mutateRow(r, cells, rate, (c) => c.map((x) => x.replace(/[\t\n\r]/g, " ")).join("\t"));
      }),
    assemble: (rows) => [TSV_HEAD.join("\t"), ...rows].join("\n"),
  },
  {
    name: "figures CSV",
    fileName: (i) => `fuzz-${i}-figures.csv`,
    rows: (r, count, rate, i) =>
      Array.from({ length: count }, (_, n) => {
        const cells = cellsOf(pick(r, figuresLines.slice(1)));
        cells[0] = `fuzz-${i}-${n}`;
        return mutateRow(r, cells, rate, (c) => c.map(plainCsv).join(","));
      }),
    assemble: (rows) => [figuresLines[0], ...rows].join("\n"),
  },
  {
    name: "events CSV",
    fileName: (i) => `fuzz-${i}-events.csv`,
    rows: (r, count, rate, i) =>
      Array.from({ length: count }, (_, n) =>
        mutateRow(
          r,
          [
            `E-FUZZ-${i}-${n}`,
            "2025-04-04",
            "2025-04-04",
            "MOFCOM",
            "",
            "export_control",
            "A fuzzed event",
            "rare-earths",
            "all",
            "https://x.example/a",
          ],
          rate,
          (c) => c.map(plainCsv).join(","),
        ),
      ),
    assemble: (rows) => [EVENTS_HEAD, ...rows].join("\n"),
  },
];

/** A whole file mutated at the byte level: flips, cuts, BOMs, another encoding, gzip (good or damaged). */
export function mutateFile(r: Random, data: string | Buffer): Buffer {
  let bytes = Buffer.from(data);
  switch (int(r, 7)) {
    case 0:
      bytes = Buffer.from(bytes);
      for (let n = 1 + int(r, 8); n > 0 && bytes.length > 0; n--) bytes[int(r, bytes.length)] = int(r, 256);
      return bytes;
    case 1:
      return bytes.subarray(0, int(r, bytes.length + 1));
    case 2:
      return Buffer.concat([Buffer.from(pick(r, ["\uFEFF", "\uFEFF\uFEFF", "\r\n", "\u0000"])), bytes]);
    case 3:
      return Buffer.from(bytes.toString("utf8"), pick(r, ["utf16le", "latin1"] as const));
    case 4:
      return Buffer.from(mutate(r, bytes.toString("utf8")));
    case 5: {
      // gzip, as bulk files come, sometimes damaged
      const gz = gzipSync(bytes);
      if (r() < 0.5)
        for (let n = 1 + int(r, 4); n > 0; n--) gz[10 + int(r, Math.max(1, gz.length - 10))] = int(r, 256);
      return gz;
    }
    default:
      return Buffer.concat([bytes, randomBytes(r, int(r, 2000))]);
  }
}
