// How time grows with input size, for `verify` and each ingest adapter: the same kind of input at
// 1x, 2x, 4x and 8x, each timed a few times (the fastest kept, the others being the machine's
// noise), and the exponent of a least-squares fit of log time on log size. 1 is linear; the drill
// flags anything above 1.3.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verifyClaims } from "../../src/claims/index.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { emptyStore } from "../helpers/stores.js";
import { mutate, ROW_FORMATS, seedTexts } from "./fuzz-inputs.js";
import { seeded } from "./seeded.js";

export const FACTORS = [1, 2, 4, 8];
/** Above this exponent, time grows faster than the input: the drill fails. */
export const EXPONENT_LIMIT = 1.3;

export interface Scaling {
  target: string;
  unit: string;
  sizes: number[];
  ms: number[];
  exponent: number;
}

/** The slope of the least-squares line through (log size, log ms). */
export function exponentOf(sizes: readonly number[], ms: readonly number[]): number {
  const xs = sizes.map(Math.log);
  const ys = ms.map((m) => Math.log(Math.max(m, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

async function fastest(reps: number, run: () => Promise<void>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const started = performance.now();
    await run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** `verify` on texts of `base` characters and more: the corpus's dev texts, mutated, one after another. */
export async function verifyScaling(store: Store, base = 20_000, reps = 3, seed = 1): Promise<Scaling> {
  const random = seeded(seed);
  const seeds = seedTexts();
  const sizes = FACTORS.map((f) => f * base);
  const ms: number[] = [];
  let text = "";
  for (const size of sizes) {
    while (text.length < size) text += `${mutate(random, seeds[Math.floor(random() * seeds.length)]!)}\n\n`;
    const input = text.slice(0, size);
    ms.push(
      await fastest(reps, async () => void (await verifyClaims(store, input, { published: "2025-12-20" }))),
    );
  }
  return { target: "verify", unit: "characters", sizes, ms, exponent: exponentOf(sizes, ms) };
}

/** Each adapter on clean files of `base` rows and more, each into a fresh `:memory:` store. */
export async function ingestScaling(base = 2_000, reps = 2, seed = 1): Promise<Scaling[]> {
  const random = seeded(seed);
  const dir = mkdtempSync(join(tmpdir(), "lodestone-scaling-"));
  const out: Scaling[] = [];
  try {
    for (const format of ROW_FORMATS) {
      const sizes = FACTORS.map((f) => f * base);
      const ms: number[] = [];
      for (const size of sizes) {
        const path = join(dir, format.fileName(size));
        writeFileSync(path, format.assemble(format.rows(random, size, 0, 0)));
        let total = Infinity;
        for (let i = 0; i < reps; i++) {
          const store = await emptyStore();
          try {
            total = Math.min(total, await fastest(1, async () => void (await ingestFiles(store, [path]))));
          } finally {
            store.close();
          }
        }
        ms.push(total);
      }
      out.push({ target: format.name, unit: "rows", sizes, ms, exponent: exponentOf(sizes, ms) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
