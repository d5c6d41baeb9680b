// Reads the claims corpus written for the evaluation (test/claims-corpus/*.json).

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CorpusText } from "./evaluate.js";

/** The corpus folder shipped with the repository. */
export const CORPUS_DIR = fileURLToPath(new URL("../../../test/claims-corpus/", import.meta.url));

/** Every text of every corpus file in `dir`, in file order. */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusText[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  return files.flatMap((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as CorpusText[]);
}
