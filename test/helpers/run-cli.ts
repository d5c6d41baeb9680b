// Run the CLI in-process with captured output, as a user would in a pipeline.
import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/context.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: { stdin?: string; env?: Record<string, string>; isTty?: boolean } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTty: options.isTty ?? false,
    env: { LODESTONE_DB: ":memory:", ...options.env },
    readStdin: async () => options.stdin ?? "",
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
