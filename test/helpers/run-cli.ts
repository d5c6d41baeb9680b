// Run the CLI in-process with captured output, as a user would in a pipeline. Each run gets its own
// database holding the reference data, as `:memory:` would give, but copied from the file the test
// run loaded once (see stores.ts): loading the dataset afresh for every command made CLI tests the slowest.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/context.js";
import { referenceTemplateFile } from "./stores.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

let copies = 0;

/** A fresh database file with the reference data and its resolved cache, and a way to remove it. */
async function referenceCopy(): Promise<{ path: string; remove: () => void }> {
  const file = await referenceTemplateFile();
  const path = join(copiesDir(), `run-${++copies}.duckdb`);
  copyFileSync(file, path);
  return { path, remove: () => ["", ".wal"].forEach((ext) => rmSync(`${path}${ext}`, { force: true })) };
}

let dir: string | undefined;
function copiesDir(): string {
  if (dir) return dir;
  const made = mkdtempSync(join(tmpdir(), "lodestone-cli-"));
  process.once("exit", () => rmSync(made, { recursive: true, force: true }));
  return (dir = made);
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
