// The `lodestone` command line: parses arguments, calls one core function per command, prints,
// and owns the only catch that turns errors into exit codes (1 bad input, 2 bad usage).
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import {
  InputError,
  ListenError,
  NotFoundError,
  QueryError,
  SourceFormatError,
  StoreError,
  UsageError,
} from "../errors.js";
import { defaultIo, type CliIo } from "./context.js";
import { registerBrief } from "./commands/brief.js";
import { registerConflicts } from "./commands/conflicts.js";
import { registerEvents } from "./commands/events.js";
import { registerEvidence } from "./commands/evidence.js";
import { registerFetch } from "./commands/fetch.js";
import { registerIngest } from "./commands/ingest.js";
import { registerPublishers } from "./commands/publishers.js";
import { registerSeries } from "./commands/series.js";
import { registerServe } from "./commands/serve.js";
import { registerSources } from "./commands/sources.js";
import { registerVerify } from "./commands/verify.js";
import { registerStats } from "./commands/stats.js";

/** Build the program; exposed for tests and for the README examples. */
export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command("lodestone")
    .description(
      "Rare-earth and critical-mineral trade figures with their provenance: series, analytics, claim checks, briefs.",
    )
    .option(
      "--db <path>",
      "database file (default $LODESTONE_DB, else in the user's data directory; :memory: allowed)",
    )
    .option("--as-of <date>", "read the data as it was known on this date (YYYY-MM-DD)")
    .option("--format <format>", "output format: table (default on a terminal), json, csv")
    .option("--debug", "print stack traces on errors")
    .version(packageVersion(), "-V, --version", "print the version")
    // every command's help lists the global options, which its own examples use (--format, --db)
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showSuggestionAfterError()
    .addHelpText(
      "after",
      `
Examples:
  $ lodestone series rare-earth-magnets
  $ lodestone conflicts --series rare-earth-magnets`,
    );
  registerSeries(program, io);
  registerSources(program, io);
  registerStats(program, io);
  registerEvents(program, io);
  registerConflicts(program, io);
  registerEvidence(program, io);
  registerIngest(program, io, setExit);
  registerFetch(program, io, setExit);
  registerVerify(program, io);
  registerServe(program, io);
  registerBrief(program, io);
  registerPublishers(program, io);
  for (const cmd of program.commands)
    cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  return program;
}

/** Run the CLI; resolves to the process exit code. */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version are "errors" to commander, with exit code 0
      return err.exitCode === 0 ? 0 : 2;
    }
    const debug = argv.includes("--debug");
    io.stderr(`lodestone: ${describe(err)}\n`);
    if (debug && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return exitCodeOf(err);
  }
}

/** The version in package.json, which sits two folders up from both src/cli and dist/cli. */
function packageVersion(): string {
  return (
    JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
  ).version;
}

function describe(err: unknown): string {
  if (err instanceof QueryError) return `${err.message}\n  in: ${err.sql.trim().split("\n")[0]}`;
  if (err instanceof Error) return err.message;
  return String(err);
}

function exitCodeOf(err: unknown): number {
  if (err instanceof UsageError) return 2;
  if (
    err instanceof InputError ||
    err instanceof NotFoundError ||
    err instanceof SourceFormatError ||
    err instanceof StoreError ||
    err instanceof ListenError
  )
    return 1;
  return 1;
}
