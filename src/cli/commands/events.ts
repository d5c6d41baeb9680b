// `lodestone events`: policy events (export controls, licences, deals, summits).
import type { Command } from "commander";
import { checkedListing, checkFilterValues } from "../../analytics/check-filters.js";
import { isPartialDate } from "../../domain/period.js";
import { InputError } from "../../errors.js";
import { listEvents } from "../../store/catalog.js";
import type { PolicyEvent } from "../../store/types.js";
import { withStore, type CliIo, type GlobalOptions } from "../context.js";
import { pickFormat, renderCsv, renderJson, renderTable, type Column } from "../output.js";
import { printEventsAround, type AroundOptions } from "./events-around.js";

export function registerEvents(program: Command, io: CliIo): void {
  program
    .command("events")
    .description("list policy events affecting rare earths and critical minerals")
    .option("--commodity <id>", "only events concerning this series, e.g. rare-earth-magnets")
    .option("--from <date>", "events in force or announced from this date (YYYY-MM-DD)")
    .option("--to <date>", "up to this date")
    .option(
      "--around <series>",
      "the series around each event: mean level before and after (see --month, --months)",
    )
    .option(
      "--month <YYYY-MM>",
      "with --around: the month to compare with each pre-event mean (default: latest)",
    )
    .option("--months <n>", "with --around: months before and after each event", "3")
    .option("--partner <iso3>", "with --around: partner (default WLD)")
    .option("--reporter <iso3>", "with --around: reporting country (default CHN)")
    .option("--flow <flow>", "with --around: export or import")
    .option("--derived", "with --around: use months backed out of cumulative totals")
    .addHelpText(
      "after",
      `
Examples:
  $ lodestone events --from 2025-01-01
  $ lodestone events --commodity gallium --format json
  $ lodestone events --around rare-earth-magnets --month 2025-11`,
    )
    .action(async (_o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<
        GlobalOptions & { commodity?: string; from?: string; to?: string; around?: string }
      >();
      if (opts.around) return printEventsAround(io, opts as AroundOptions);
      for (const [name, v] of [
        ["--from", opts.from],
        ["--to", opts.to],
      ] as const) {
        if (v !== undefined && !isPartialDate(v))
          throw new InputError(`invalid ${name} date: ${v} (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
      }
      const filter = { commodity: opts.commodity, from: opts.from, to: opts.to };
      checkFilterValues(filter);
      const format = pickFormat(opts.format, io.isTty);
      const rows = await withStore(io, opts, (store) =>
        checkedListing(store, filter, () => listEvents(store, filter)),
      );
      if (format === "json") return io.stdout(renderJson(rows));
      const table = format === "table";
      // both dates: readers quote the announcement, the measure binds from the effective date
      const columns: Column<PolicyEvent>[] = [
        { header: "announced", value: (e) => e.announced },
        { header: "effective", value: (e) => e.effective },
        { header: "kind", value: (e) => e.kind, max: table ? 14 : undefined },
        { header: "id", value: (e) => e.id, max: table ? 22 : undefined },
        { header: "summary", value: (e) => e.summary, max: table ? 32 : undefined },
        ...(table
          ? []
          : [
              { header: "authority", value: (e: PolicyEvent) => e.authority },
              { header: "commodities", value: (e: PolicyEvent) => e.commodities.join(";") },
              { header: "partners", value: (e: PolicyEvent) => e.partners.join(";") },
              { header: "url", value: (e: PolicyEvent) => e.url },
            ]),
      ];
      io.stdout(table ? renderTable(rows, columns) : renderCsv(rows, columns));
    });
}
