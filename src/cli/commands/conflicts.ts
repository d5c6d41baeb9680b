// `lodestone conflicts`: figures on which sources disagree beyond rounding, every side shown.
import type { Command } from "commander";
import { checkedListing } from "../../analytics/check-filters.js";
import { listConflicts } from "../../store/conflicts.js";
import type { Conflict } from "../../store/types.js";
import { asOfOption, withStore, type CliIo, type GlobalOptions } from "../context.js";
import { groupDigits, pickFormat, renderCsv, renderJson, renderTable, type Column } from "../output.js";

interface SideRow {
  conflict: Conflict;
  side: Conflict["sides"][number];
  resolved: boolean;
}

export function registerConflicts(program: Command, io: CliIo): void {
  program
    .command("conflicts")
    .description("list figures whose sources disagree beyond rounding, with every side and its sources")
    .option("--series <id>", "only this series")
    .option("--partner <iso3>", "only this partner")
    .addHelpText(
      "after",
      `
Examples:
  $ lodestone conflicts
  $ lodestone conflicts --series rare-earth-magnets --partner JPN --format json`,
    )
    .action(async (_o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { series?: string; partner?: string }>();
      const format = pickFormat(opts.format, io.isTty);
      const filter = { series: opts.series, partner: opts.partner?.toUpperCase() };
      const conflicts = await withStore(io, opts, (store) =>
        checkedListing(store, filter, () => listConflicts(store, { ...filter, asOf: asOfOption(opts) })),
      );
      if (format === "json") return io.stdout(renderJson(conflicts));
      const rows: SideRow[] = conflicts.flatMap((c) =>
        c.sides.map((side, i) => ({ conflict: c, side, resolved: i === 0 })),
      );
      const table = format === "table";
      const columns: Column<SideRow>[] = [
        { header: "series", value: (r) => r.conflict.series, max: table ? 20 : undefined },
        { header: "partner", value: (r) => r.conflict.partner },
        { header: "period", value: (r) => r.conflict.period },
        { header: "measure", value: (r) => r.conflict.measure, max: table ? 7 : undefined },
        { header: "value", value: (r) => (table ? groupDigits(r.side.value) : r.side.value), align: "right" },
        { header: "unit", value: (r) => r.conflict.unit },
        { header: "resolved", value: (r) => (table ? (r.resolved ? "<-" : "") : String(r.resolved)) },
        { header: "origins", value: (r) => r.side.origins.join("; "), max: table ? 18 : undefined },
        {
          header: "sources",
          value: (r) => (table ? String(r.side.sources.length) : r.side.sources.map((s) => s.id).join(";")),
          align: table ? "right" : "left",
        },
      ];
      io.stdout(table ? renderTable(rows, columns) : renderCsv(rows, columns));
    });
}
