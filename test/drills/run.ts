// `npm run drills`: every reliability drill, each printing its details as it runs, then one table of
// figures and the total time. `npm run drills -- --only kill,server` runs some; `--help` lists the
// options. Durations and counts also come from the environment (LODESTONE_DRILL_*).
import { parseArgs } from "node:util";
import { openLodestone } from "../../src/ingest/reference-data.js";
import { referenceStore } from "../helpers/stores.js";
import { fuzzIngest, fuzzVerify, type FuzzResult } from "./fuzz.js";
import { killDuringIngest, killSummary } from "./kill-ingest.js";
import { DRILLS, runDrills, type DrillResult } from "./malformed-inputs.js";
import { OFFICIAL_DRILLS } from "./malformed-official.js";
import { readersDuringIngest } from "./readers-during-ingest.js";
import { EXPONENT_LIMIT, ingestScaling, verifyScaling } from "./scaling.js";
import { GROWTH_LIMIT, serverUnderLoad } from "./server-load.js";

const NAMES = ["malformed", "readers", "kill", "fuzz", "scaling", "server"] as const;
type Name = (typeof NAMES)[number];

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    "server-seconds": { type: "string", default: process.env.LODESTONE_DRILL_SERVER_SECONDS ?? "300" },
    "fuzz-inputs": { type: "string", default: process.env.LODESTONE_DRILL_FUZZ_INPUTS ?? "100000" },
    kills: { type: "string", default: process.env.LODESTONE_DRILL_KILLS ?? "20" },
    seed: { type: "string", default: process.env.LODESTONE_DRILL_SEED ?? "1" },
    help: { type: "boolean" },
  },
});

if (values.help) {
  console.log(`npm run drills -- [options]

  --only <names>          some drills, comma-separated: ${NAMES.join(", ")}
  --server-seconds <n>    how long the server is loaded (default 300; LODESTONE_DRILL_SERVER_SECONDS)
  --fuzz-inputs <n>       generated inputs for verify, and as many for the adapters (default 100000)
  --kills <n>             kill -9 points in the large ingest (default 20; LODESTONE_DRILL_KILLS)
  --seed <n>              the seed of every random choice (default 1; LODESTONE_DRILL_SEED)`);
  process.exit(0);
}

const only = values.only ? values.only.split(",").map((s) => s.trim()) : [...NAMES];
const unknown = only.filter((n) => !NAMES.includes(n as Name));
if (unknown.length > 0) {
  console.error(`unknown drill: ${unknown.join(", ")} (known: ${NAMES.join(", ")})`);
  process.exit(2);
}
const count = (name: string, text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`invalid --${name}: ${text} (expected a whole number above 0)`);
    process.exit(2);
  }
  return n;
};
const serverSeconds = count("server-seconds", values["server-seconds"]);
const fuzzInputs = count("fuzz-inputs", values["fuzz-inputs"]);
const kills = count("kills", values.kills);
const seed = count("seed", values.seed);

const n = (x: number) => x.toLocaleString("en-US");
const rows: { drill: string; figures: string; ok: boolean }[] = [];
const started = performance.now();

/** Control characters (a NUL byte a drill quotes) shown as a middle dot, so the table stays text. */
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\u00b7");

function printCatalogue(results: DrillResult[]): void {
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`${"drill".padEnd(width)}  clear  unchanged      ms  first problem`);
  for (const r of results)
    console.log(
      `${r.name.padEnd(width)}  ${(r.clear ? "yes" : "NO").padEnd(5)}  ${(r.unchanged ? "yes" : "NO").padEnd(9)}  ${r.ms.toFixed(0).padStart(6)}  ${printable(r.error).slice(0, 90)}`,
    );
}

async function malformed(): Promise<void> {
  const store = await openLodestone({ path: ":memory:" });
  try {
    for (const [label, catalogue] of [
      ["malformed curated CSV", DRILLS],
      ["malformed official files", OFFICIAL_DRILLS],
    ] as const) {
      console.log(`\n${label}`);
      const results = await runDrills(store, catalogue);
      printCatalogue(results);
      const passed = results.filter((r) => r.clear && r.unchanged).length;
      rows.push({
        drill: label,
        figures: `${passed} of ${results.length}: a clear error, the store unchanged`,
        ok: passed === results.length,
      });
    }
  } finally {
    store.close();
  }
}

async function readers(): Promise<void> {
  const r = await readersDuringIngest();
  rows.push({
    drill: "readers during an ingest",
    figures: `${n(r.rows)} rows, ${n(r.reads)} reads saw ${r.seen.join(", ")}: ${r.ok ? "before or after, never between" : "A STATE BETWEEN"}`,
    ok: r.ok,
  });
}

async function kill(): Promise<void> {
  console.log(`\nkill -9 at ${kills} points of a large ingest`);
  const r = await killDuringIngest(60_000, kills, seed);
  console.log(`uninterrupted ingest: ${(r.fullMs / 1000).toFixed(1)} s from open to exit`);
  for (const k of r.kills)
    console.log(`  kill at ${String(k.afterMs).padStart(6)} ms  ${k.phase.padEnd(18)}  ${k.outcome}`);
  const reopened = r.kills.filter((k) => k.outcome !== "DID NOT REOPEN").length;
  rows.push({
    drill: "kill -9 during an ingest",
    figures: `${r.kills.length} kills of a ${n(r.rows)}-row file; ${killSummary(r).join("; ")}; reopened ${reopened} of ${r.kills.length}`,
    ok: r.ok,
  });
}

function fuzzRow(drill: string, results: FuzzResult[]): void {
  const inputs = results.reduce((a, r) => a + r.inputs, 0);
  const crashes = results.flatMap((r) => r.crashes);
  const crashed = results.reduce((a, r) => a + (r.outcomes.crash ?? 0), 0);
  for (const r of results)
    console.log(
      `  ${r.target.padEnd(18)} ${n(r.inputs).padStart(8)} inputs  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${JSON.stringify(r.outcomes)}`,
    );
  for (const c of crashes) console.log(`  CRASH ${c.target}: ${c.error}\n    input: ${c.input}`);
  rows.push({
    drill,
    figures: `${n(inputs)} inputs (${results.map((r) => `${r.target} ${n(r.inputs)}`).join(", ")}), ${n(crashed)} crashes`,
    ok: crashed === 0,
  });
}

/** A progress line for a long drill: `  verify: 20,000 inputs, 84 s`. */
const say = (what: string) => (done: number) =>
  console.log(
    `  ${what}: ${n(done)} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s into the drills`,
  );

async function fuzz(): Promise<void> {
  console.log(
    `\nfuzz: ${n(fuzzInputs)} generated texts for verify, ${n(fuzzInputs)} inputs for the adapters (seed ${seed})`,
  );
  const store = await referenceStore();
  try {
    fuzzRow("fuzz verify", [await fuzzVerify(store, fuzzInputs, seed, say("verify"))]);
  } finally {
    store.close();
  }
  fuzzRow("fuzz ingest adapters", await fuzzIngest(fuzzInputs, seed, 500, say("ingest")));
}

async function scaling(): Promise<void> {
  console.log("\ntime against input size (fastest of a few runs at 1x, 2x, 4x, 8x)");
  const store = await referenceStore();
  const all = [await verifyScaling(store, 20_000, 3, seed), ...(await ingestScaling(1_000, 2, seed))];
  store.close();
  for (const s of all)
    console.log(
      `  ${s.target.padEnd(18)} ${s.sizes.map(n).join("/")} ${s.unit}: ${s.ms.map((m) => m.toFixed(0)).join("/")} ms, exponent ${s.exponent.toFixed(2)}`,
    );
  const over = all.filter((s) => s.exponent > EXPONENT_LIMIT);
  rows.push({
    drill: "time ~ size^k",
    figures: `${all.map((s) => `${s.target} ${s.exponent.toFixed(2)}`).join(", ")}${over.length ? `; ABOVE ${EXPONENT_LIMIT}: ${over.map((s) => s.target).join(", ")}` : ` (all <= ${EXPONENT_LIMIT})`}`,
    ok: over.length === 0,
  });
}

async function server(): Promise<void> {
  console.log(`\nthe server under 50 connections for ${serverSeconds} s`);
  const r = await serverUnderLoad(serverSeconds, 50);
  console.log(
    `  RSS MB by sample: ${r.rssMb.map((x) => x.toFixed(0)).join(" ")} (warm-up ends at sample ${r.warmIndex + 1})`,
  );
  for (const line of r.serverErrors.slice(0, 10)) console.log(`  server said: ${line}`);
  const others = Object.entries(r.statuses).filter(([s]) => !s.startsWith("2"));
  const rss = r.rssMb;
  rows.push({
    drill: "server under load",
    figures:
      `${r.connections} connections, ${r.seconds} s: ${n(r.requests)} requests, ` +
      `${others.length === 0 ? "all 2xx" : others.map(([s, k]) => `${n(k)} x ${s}`).join(", ")} (503 from the budget: ${n(r.statuses["503"] ?? 0)}), ` +
      `${r.errors} socket errors, ${r.serverErrors.length} server errors; RSS MB first ${rss[0]?.toFixed(0)}, max ${Math.max(...rss).toFixed(0)}, last ${rss.at(-1)?.toFixed(0)}; ` +
      `after warm-up ${r.growth >= 0 ? "+" : ""}${(r.growth * 100).toFixed(0)}%${r.growth > GROWTH_LIMIT ? ` (ABOVE ${GROWTH_LIMIT * 100}%)` : ""}`,
    ok: r.ok,
  });
}

const RUN: Record<Name, () => Promise<void>> = { malformed, readers, kill, fuzz, scaling, server };
for (const name of NAMES) if (only.includes(name)) await RUN[name]();

const seconds = (performance.now() - started) / 1000;
const width = Math.max(...rows.map((r) => r.drill.length));
console.log(`\n${"drill".padEnd(width)}  ok   figures`);
console.log(`${"-".repeat(width)}  ---  ${"-".repeat(60)}`);
for (const r of rows)
  console.log(`${r.drill.padEnd(width)}  ${(r.ok ? "yes" : "NO").padEnd(3)}  ${r.figures}`);
console.log(`\ntotal time ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`);
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
