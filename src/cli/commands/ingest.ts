// `lodestone ingest <path...>`: store files in Lodestone's own formats, each all-or-nothing.
import type { Command } from "commander";
import { INGEST_FORMATS, ingestFiles, type IngestFormat } from "../../ingest/ingest-files.js";
import { formatProblem, UsageError } from "../../errors.js";
import { withStore, type CliIo, type GlobalOptions } from "../context.js";
import { renderJson } from "../output.js";

/** Exit code 1 when any file was rejected. */
export function registerIngest(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("ingest")
    .description("store figures or policy events from CSV files; a file with any bad row stores nothing")
    .argument("<path...>", "CSV files in the figures or events format")
    .option("--format <format>", `input file format: ${INGEST_FORMATS.join(", ")} (output is always JSON)`, "auto")
    .addHelpText("after", `
Prints {"inserted","unchanged","rejected":[{"file","line","field","reason"}]} as JSON.
Examples:
  $ lodestone ingest my-figures.csv
  $ lodestone --db trade.duckdb ingest figures.csv events.csv`)
    .action(async (paths: string[], _o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { format: string }>();
      if (!INGEST_FORMATS.includes(opts.format as IngestFormat)) {
        throw new UsageError(`unknown input format: ${opts.format} (expected ${INGEST_FORMATS.join(", ")})`);
      }
      const result = await withStore(io, opts, (store) => ingestFiles(store, paths, opts.format as IngestFormat), "write");
      io.stdout(renderJson(result));
      if (result.rejected.length > 0) {
        io.stderr(`rejected (nothing stored from these files):\n${result.rejected.map(formatProblem).join("\n")}\n`);
        setExit(1);
      }
    });
}
