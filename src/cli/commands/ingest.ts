// `lodestone ingest <path...>`: store China customs and UN Comtrade files, Lodestone's curated
// figures and events; each batch all-or-nothing. The input format option is `--input-format`:
// `--format` is the global output option.
import type { Command } from "commander";
import { INGEST_FORMATS, type IngestFormat } from "../../ingest/adapter.js";
import { formatProblem, InputError, UsageError } from "../../errors.js";
import { isPartialDate } from "../../domain/period.js";
import { withStore, type CliIo, type GlobalOptions } from "../context.js";
import { renderJson } from "../output.js";
import { renderProgress, type IngestProgress } from "../../ingest/progress.js";

interface IngestCliOptions extends GlobalOptions {
  inputFormat: string;
  published?: string;
  flow?: string;
}

/** Exit code 1 when any file was rejected. */
export function registerIngest(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("ingest")
    .description(
      "store official statistics (China customs, UN Comtrade) or curated figures and events; a batch with any bad row stores nothing",
    )
    .argument(
      "<path...>",
      "files: China customs query-platform CSV (English or Chinese), UN Comtrade JSON or bulk .gz, figures or events CSV",
    )
    .option("--input-format <format>", `input file format: ${INGEST_FORMATS.join(", ")}`, "auto")
    .option("--published <date>", "release date of official files (YYYY-MM-DD): the vintage of their figures")
    .option(
      "--flow <flow>",
      "export or import, for customs files that do not say (else read from the file name)",
    )
    .addHelpText(
      "after",
      `
Prints {"inserted","unchanged","rejected":[{"file","line","field","reason"}],"rejected_more","files"} as JSON;
the first 100 problems are listed and the rest counted. Files of one official download go together.
Examples:
  $ lodestone ingest magnets-export-2025-11.csv --published 2025-12-20
  $ lodestone --db trade.duckdb ingest comtrade-850511.json figures.csv`,
    )
    .action(async (paths: string[], _o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<IngestCliOptions>();
      if (!INGEST_FORMATS.includes(opts.inputFormat as IngestFormat)) {
        throw new UsageError(
          `unknown input format: ${opts.inputFormat} (expected ${INGEST_FORMATS.join(", ")})`,
        );
      }
      if (opts.published !== undefined && !isPartialDate(opts.published)) {
        throw new InputError(`invalid --published date: ${opts.published} (expected YYYY-MM-DD)`);
      }
      if (opts.flow !== undefined && opts.flow !== "export" && opts.flow !== "import") {
        throw new InputError(`invalid --flow: ${opts.flow} (expected export or import)`);
      }
      // the adapters (and their SQL) load only for this command
      const { ingestFiles } = await import("../../ingest/ingest-files.js");
      const result = await withStore(
        io,
        opts,
        (store) =>
          ingestFiles(store, paths, {
            format: opts.inputFormat as IngestFormat,
            published: opts.published ?? null,
            flow: (opts.flow as "export" | "import" | undefined) ?? null,
            progress: progressBar(io),
          }),
        "write",
      );
      for (const f of result.files) io.stderr(`${f.file}: read as ${f.format}\n`);
      for (const note of result.notes ?? []) io.stderr(`note: ${note}\n`);
      if (!opts.published && result.files.some((f) => f.format.startsWith("China customs"))) {
        io.stderr(
          "note: no --published date, so these customs figures have no vintage (--as-of leaves them out)\n",
        );
      }
      io.stdout(renderJson(result));
      if (result.rejected.length > 0) {
        const more = result.rejected_more > 0 ? `\n... and ${result.rejected_more} more problems` : "";
        io.stderr(
          `rejected (nothing stored from these files):\n${result.rejected.map(formatProblem).join("\n")}${more}\n`,
        );
        setExit(1);
      }
    });
}

/**
 * On a terminal (stderr), each step of an ingest as a bar redrawn in place, with the time taken;
 * a step that is over keeps its line. Nothing when stderr is not a terminal.
 */
function progressBar(io: CliIo): ((p: IngestProgress) => void) | undefined {
  if (!io.stderrIsTty) return undefined;
  const start = Date.now();
  return (p) => io.stderr(`\r\x1b[K${renderProgress(p, Date.now() - start)}${p.done ? "\n" : ""}`);
}
