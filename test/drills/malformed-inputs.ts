// The drill catalogue: malformed inputs in Lodestone's curated CSV formats (figures and events),
// each of which must end in a clear error (file, line, field and a short reason) with the store
// exactly as before (every table, compared by a canonical dump). Shared by `npm run drills` (a
// table) and the slow tests (every drill passes); malformed-official.ts holds the official formats.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { dumpStore } from "../helpers/stores.js";
import { ingestOutcome } from "./outcome.js";

const HEAD = "source_id,source_kind,publisher,reporter,flow,series,partner,period,measure,value,unit";
const ROW = "drill-1,press,Drill Daily,CHN,export,rare-earth-magnets,WLD,2025-11,qty,6150,t";
const EVENTS_HEAD = "id,announced,effective,authority,kind,summary";
const EVENT = "E-DRILL,2025-11-01,2025-11-08,MOFCOM,export_control,A drill";

/** A good figures row with one cell replaced. */
function figure(column: string, value: string): string {
  const cols = HEAD.split(",");
  const cells = ROW.split(",");
  cells[cols.indexOf(column)] = value;
  return `${HEAD}\n${cells.join(",")}\n`;
}

export interface Drill {
  name: string;
  input: string | Buffer;
}

export const DRILLS: Drill[] = [
  { name: "empty file", input: "" },
  { name: "only a byte-order mark", input: "\uFEFF" },
  { name: "misspelt column, no rows", input: `${HEAD.replace("unit", "units")}\n` },
  { name: "wrong header", input: "a,b,c\n1,2,3\n" },
  { name: "required column missing", input: `${HEAD.replace(",unit", "")}\n${ROW.replace(/,t$/, "")}\n` },
  { name: "short row", input: `${HEAD}\n${ROW.split(",").slice(0, 6).join(",")}\n` },
  { name: "long row", input: `${HEAD}\n${ROW},extra,cells\n` },
  { name: "unterminated quote", input: `${HEAD}\n${ROW.replace("Drill Daily", '"Drill Daily')}\n` },
  {
    name: "NUL bytes",
    input: Buffer.concat([
      Buffer.from(`${HEAD}\n`),
      Buffer.from("drill-1,press,Drill\u0000Daily,CHN,export,rare-earth-magnets,WLD,2025-11,qty,6150,t\n"),
    ]),
  },
  {
    name: "invalid UTF-8",
    input: Buffer.concat([
      Buffer.from(`${HEAD}\n`),
      Buffer.from("drill-1,press,"),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from(",CHN,export,rare-earth-magnets,WLD,2025-11,qty,6150,t\n"),
    ]),
  },
  { name: "UTF-16 file", input: Buffer.from(`\uFEFF${HEAD}\n${ROW}\n`, "utf16le") },
  { name: "binary garbage", input: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) },
  { name: "bad period", input: figure("period", "2025-13") },
  { name: "period range backwards", input: figure("period", "2025-11..2025-01") },
  { name: "period as words", input: figure("period", "Nov 2025") },
  { name: "value not a number", input: figure("value", "six thousand") },
  { name: "value with a thousands comma", input: figure("value", '"6,150"') },
  { name: "negative quantity", input: figure("value", "-6150") },
  { name: "value NaN", input: figure("value", "NaN") },
  { name: "value Infinity", input: figure("value", "Infinity") },
  { name: "value 1e400", input: figure("value", "1e400") },
  { name: "unknown unit", input: figure("unit", "furlongs") },
  { name: "unknown flow", input: figure("flow", "re-export") },
  { name: "unknown measure", input: figure("measure", "vibes") },
  { name: "unknown source kind", input: figure("source_kind", "blog") },
  { name: "bad source id", input: figure("source_id", "Drill Source!") },
  { name: "reporter not ISO3", input: figure("reporter", "China") },
  { name: "partner not ISO3", input: figure("partner", "U.S.") },
  { name: "series not a slug", input: figure("series", "Rare Earth Magnets") },
  { name: "empty publisher", input: figure("publisher", "") },
  { name: "formula injection in publisher", input: figure("publisher", "=cmd|' /C calc'!A0") },
  { name: "formula injection in value", input: figure("value", "=1+1") },
  { name: "huge field (1 MB publisher)", input: figure("publisher", "x".repeat(1 << 20)) },
  { name: "URL with a quote", input: `${HEAD},url\n${ROW},"https://x.org/a""b"\n` },
  { name: "URL of another scheme", input: `${HEAD},url\n${ROW},javascript:alert(1)\n` },
  { name: "published date impossible", input: `${HEAD},published\n${ROW},2025-02-30\n` },
  {
    name: "one source, two publishers",
    input: `${HEAD}\n${ROW}\n${ROW.replace("Drill Daily", "Other Daily").replace("WLD", "JPN")}\n`,
  },
  {
    name: "good rows then one bad row",
    input: `${HEAD}\n${ROW}\n${ROW.replace("WLD", "USA")}\n${ROW.replace("WLD", "JPN").replace("2025-11", "2025-99")}\n`,
  },
  { name: "CRLF with a bad row", input: `${HEAD}\r\n${ROW.replace("2025-11", "2025-00")}\r\n` },
  { name: "BOM with a bad row", input: `\uFEFF${HEAD}\n${ROW.replace("qty,6150", "qty,x")}\n` },
  { name: "event without dates", input: `${EVENTS_HEAD}\n${EVENT.replace("2025-11-01,2025-11-08", ",")}\n` },
  {
    name: "event with an impossible date",
    input: `${EVENTS_HEAD}\n${EVENT.replace("2025-11-08", "2025-11-31")}\n`,
  },
  {
    name: "event kind not snake_case",
    input: `${EVENTS_HEAD}\n${EVENT.replace("export_control", "Export Control")}\n`,
  },
  { name: "duplicate event id", input: `${EVENTS_HEAD}\n${EVENT}\n${EVENT}\n` },
  { name: "event URL with angle brackets", input: `${EVENTS_HEAD},url\n${EVENT},https://x.org/<script>\n` },
];

export interface DrillResult {
  name: string;
  /** The first problem as reported, or the error's message. */
  error: string;
  /** Reported with a file, a line and a field (or thrown as a short one-line message), where expected. */
  clear: boolean;
  unchanged: boolean;
  ms: number;
}

/** A drill of any catalogue: its input, and optionally its file's name and where the problem must be. */
export interface AnyDrill {
  name: string;
  input: string | Buffer | (() => string | Buffer);
  file?: string;
  at?: { line: number; field: string };
}

/** Run every drill against the store: each input written to a file and ingested. */
export async function runDrills(store: Store, drills: readonly AnyDrill[] = DRILLS): Promise<DrillResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "lodestone-drills-"));
  const out: DrillResult[] = [];
  try {
    for (const [i, drill] of drills.entries()) {
      const file = join(dir, drill.file ?? `drill-${i + 1}.csv`);
      const input = typeof drill.input === "function" ? drill.input() : drill.input;
      // each drill its own source id, so a drill that is wrongly accepted cannot colour the next
      writeFileSync(
        file,
        typeof input === "string" ? input.replaceAll("drill-1,", `drill-${i + 1},`) : input,
      );
      const before = await dumpStore(store);
      const started = performance.now();
      const outcome = await ingestOutcome(() => ingestFiles(store, [file]), file);
      const ms = performance.now() - started;
      const placed =
        !drill.at || (outcome.problem?.line === drill.at.line && outcome.problem.field === drill.at.field);
      out.push({
        name: drill.name,
        error:
          outcome.kind === "stored" ? `accepted: ${outcome.detail}` : outcome.detail.replace(`${file}:`, ""),
        clear: (outcome.kind === "rejected" || outcome.kind === "refused") && placed,
        unchanged: (await dumpStore(store)) === before,
        ms,
      });
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
