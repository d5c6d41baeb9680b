// `lodestone sources`: the documents figures came from, with kind and origin.
import type { Command } from "commander";
import { checkedListing, checkFilterValues } from "../../analytics/check-filters.js";
import { listSources, type SourceListing } from "../../store/catalog.js";
import { withStore, type CliIo, type GlobalOptions } from "../context.js";
import { pickFormat, renderCsv, renderJson, renderTable, type Column } from "../output.js";

export function registerSources(program: Command, io: CliIo): void {
  program
    .command("sources")
    .description("list the sources figures came from, with kind (official, wire, press, industry) and origin")
    .option("--origin <name>", "only sources relying on this origin, e.g. Reuters")
    .option("--kind <kind>", "only official, wire, press or industry sources")
    .option("--series <id>", "only sources with figures for this series")
    .addHelpText(
      "after",
      `
Examples:
  $ lodestone sources --origin Reuters
  $ lodestone sources --series rare-earth-magnets --format csv`,
    )
    .action(async (_o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { origin?: string; kind?: string; series?: string }>();
      const filter = { origin: opts.origin, kind: opts.kind, series: opts.series };
      checkFilterValues(filter);
      const format = pickFormat(opts.format, io.isTty);
      const rows = await withStore(io, opts, (store) =>
        checkedListing(store, filter, () => listSources(store, filter)),
      );
      if (format === "json") return io.stdout(renderJson(rows));
      const wide = format === "csv";
      const columns: Column<SourceListing>[] = [
        // ids stay whole in a table so they can be copied; the publisher is in the id, and in csv/json
        { header: "id", value: (s) => s.id },
        { header: "kind", value: (s) => s.kind },
        { header: "origin", value: (s) => s.origin, max: wide ? undefined : 18 },
        ...(wide ? [{ header: "publisher", value: (s: SourceListing) => s.publisher }] : []),
        { header: "published", value: (s) => s.published },
        { header: "figures", value: (s) => s.observations, align: "right" },
        ...(wide
          ? [
              { header: "url", value: (s: SourceListing) => s.url },
              { header: "url_status", value: (s: SourceListing) => s.url_status },
            ]
          : []),
      ];
      io.stdout(format === "csv" ? renderCsv(rows, columns) : renderTable(rows, columns));
    });
}
