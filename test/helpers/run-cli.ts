// Run the CLI in-process with captured output, as a user would in a pipeline. Each run gets its own
// database holding the reference data, as `:memory:` would give, but copied from a file prepared
// once per test process: loading the dataset afresh for every command made CLI tests the slowest.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/context.js";
import { openLodestone } from "../../src/ingest/reference-data.js";
import { refreshResolvedCache } from "../../src/store/resolved-cache.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

let template: Promise<string> | undefined;
let copies = 0;

/** A fresh database file with the reference data and its resolved cache, and a way to remove it. */
async function referenceCopy(): Promise<{ path: string; remove: () => void }> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "lodestone-cli-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, "reference.duckdb");
    const store = await openLodestone({ path: file });
    await refreshResolvedCache(store);
    store.close();
    return file;
  })();
  const file = await template;
  const path = file.replace(/reference\.duckdb$/, `run-${++copies}.duckdb`);
  copyFileSync(file, path);
  if (existsSync(`${file}.wal`)) copyFileSync(`${file}.wal`, `${path}.wal`);
  return { path, remove: () => ["", ".wal"].forEach((ext) => rmSync(`${path}${ext}`, { force: true })) };
}

export async function runCli(
  argv: string[],
  options: { stdin?: string; env?: Record<string, string>; isTty?: boolean; stderrIsTty?: boolean } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const ownDb = options.env?.LODESTONE_DB === undefined && !argv.includes("--db");
  const db = ownDb ? await referenceCopy() : null;
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTty: options.isTty ?? false,
    stderrIsTty: options.stderrIsTty ?? false,
    env: { ...(db ? { LODESTONE_DB: db.path } : {}), ...options.env },
    readStdin: async () => options.stdin ?? "",
  };
  try {
    const code = await main(argv, io);
    return { code, stdout, stderr };
  } finally {
    db?.remove();
  }
}
