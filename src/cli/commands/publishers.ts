// `lodestone publishers`: each publisher's track record, its stated figures (and recorded
// articles) checked against what the other origins say.
import type { Command } from "commander";
import { trackRecord, type PublisherRecord } from "../../claims/track-record/publishers.js";
import { asOfOption, withStore, type CliIo, type GlobalOptions } from "../context.js";
import { pickFormat, renderCsv, renderJson, renderTable, type Column } from "../output.js";

export function registerPublishers(program: Command, io: CliIo): void {
  program
    .command("publishers")
    .description(
      "who gets the numbers right: every publisher's stated figures checked against the other origins",
    )
    .option("--origin <name>", "only publishers relying on this origin, e.g. Reuters")
    .option("--series <id>", "only statements about this series")
    .addHelpText(
      "after",
      `
Each stated level, change, rank and streak is checked like a claim in an article, against the data
without the publisher's own origin: a source never supports itself. Sorted by the share of
contradicted statements, then by how many were checked. JSON adds each contradicted statement with
the figure checked and its evidence. Checking every statement in the store takes a while; --origin
and --series make it quick.
Examples:
  $ lodestone publishers --origin SCMP
  $ lodestone publishers --series rare-earth-magnets --format json | jq '.[0].contradicted_claims'`,
    )
    .action(async (_o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { origin?: string; series?: string }>();
      const format = pickFormat(opts.format, io.isTty);
      const asOf = asOfOption(opts);
      const rows = await withStore(io, opts, (store) =>
        trackRecord(store, { origin: opts.origin, series: opts.series, asOf }),
      );
      if (format === "json") return io.stdout(renderJson(rows));
      const wide = format === "csv";
      const columns: Column<PublisherRecord>[] = [
        { header: "publisher", value: (r) => r.publisher, max: wide ? undefined : 36 },
        { header: "origin", value: (r) => r.origin, max: wide ? undefined : 18 },
        { header: "sources", value: (r) => r.sources, align: "right" },
        { header: "checked", value: (r) => r.checked, align: "right" },
        { header: "supported", value: (r) => r.supported, align: "right" },
        { header: "contradicted", value: (r) => r.contradicted, align: "right" },
        { header: "unverifiable", value: (r) => r.unverifiable, align: "right" },
        {
          header: "typical_error",
          value: (r) => (r.typical_error === null ? "" : wide ? r.typical_error : r.typical_error.toFixed(1)),
          align: "right",
        },
      ];
      io.stdout(wide ? renderCsv(rows, columns) : renderTable(rows, columns));
    });
}
