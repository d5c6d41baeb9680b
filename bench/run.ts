// Runs every benchmark module in bench/ (its default export: an async function returning result
// rows) and prints one table. Timings are reported, never asserted: they depend on the machine.
// `npm run bench -- api claims` runs only the named modules; the last line gives the bench's peak memory.
// npm runs it with --regexp-tier-up-ticks=0, as the lodestone command sets for itself (bin/lodestone.js):
// each pattern goes straight to machine code. With the engine's default, reading one varied text
// (the claims bench) left later verifies of the 1,000-word article 2 to 3 times slower in the same
// process, patterns staying in the regexp interpreter; with the setting the order makes little difference.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface BenchResult {
  name: string;
  /** Median milliseconds. */
  ms: number;
  /** The same run's baseline, for a machine-independent ratio; null when there is none. */
  baseline_ms: number | null;
  note: string;
}

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter(
    (f) =>
      f.endsWith(".ts") && f !== "run.ts" && (only.length === 0 || only.includes(f.replace(/\.ts$/, ""))),
  )
  .sort();
const results: BenchResult[] = [];
for (const file of modules) {
  const mod = (await import(new URL(file, import.meta.url).href)) as {
    default?: () => Promise<BenchResult[]>;
  };
  if (typeof mod.default !== "function") continue;
  process.stderr.write(`running ${file} ...\n`);
  try {
    results.push(...(await mod.default()));
  } catch (err) {
    // one failing benchmark must not lose the others' figures
    results.push({
      name: `${file}: failed`,
      ms: NaN,
      baseline_ms: null,
      note: String(err instanceof Error ? err.message : err).split("\n")[0]!,
    });
  }
}
const rows = results.map((r) => [
  r.name,
  r.ms.toFixed(1),
  r.baseline_ms === null ? "" : r.baseline_ms.toFixed(1),
  r.baseline_ms ? (r.ms / r.baseline_ms).toFixed(2) : "",
  r.note,
]);
const header = ["benchmark", "ms", "baseline ms", "ratio", "note"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const line of [header, widths.map((w) => "-".repeat(w)), ...rows]) {
  process.stdout.write(
    line
      .map((v, i) => (i > 0 && i < 4 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd() + "\n",
  );
}
process.stdout.write(
  `peak memory of the bench process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
);
