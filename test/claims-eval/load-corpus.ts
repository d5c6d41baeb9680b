// Reads the claims corpus (test/claims-corpus/): `dev/*.json` is what the reader is tuned on,
// `frozen/*.json` is the held-out test split that no grammar change may be tuned on.

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CorpusText, Split } from "./evaluate.js";

/** The corpus folder shipped with the repository. */
export const CORPUS_DIR = fileURLToPath(new URL("../claims-corpus/", import.meta.url));

export const SPLITS: readonly Split[] = ["dev", "frozen"];

/** Every text of the given splits (default both), in folder and file order, tagged with its split. */
export function loadCorpus(splits: readonly Split[] = SPLITS, dir: string = CORPUS_DIR): CorpusText[] {
  return splits.flatMap((split) => {
    const folder = join(dir, split);
    if (!existsSync(folder)) return [];
    const files = readdirSync(folder)
      .filter((f) => f.endsWith(".json"))
      .sort();
    return files.flatMap((f) => {
      const texts = JSON.parse(readFileSync(join(folder, f), "utf8")) as Omit<CorpusText, "split" | "file">[];
      return texts.map((t) => ({ ...t, split, file: `${split}/${f}` }));
    });
  });
}
