// `lodestone series <id>`: the resolved monthly values of one series.
import type { Command } from "commander";
import { checkFilterValues, explainEmpty } from "../../analytics/check-filters.js";
import { getSeries, type SeriesPoint } from "../../analytics/series.js";
import { isMonth } from "../../domain/period.js";
import { InputError } from "../../errors.js";
import { asOfOption, withStore, type CliIo, type GlobalOptions } from "../context.js";
import { groupDigits, pickFormat, renderCsv, renderJson, renderTable, type Column } from "../output.js";
import { keyOf, withKeyOptions, type KeyOptions } from "./options.js";

export function registerSeries(program: Command, io: CliIo): void {
  withKeyOptions(program.command("series"))
    .description("print the monthly series of one commodity, resolved across sources")
    .argument("<id>", "series id, e.g. rare-earth-magnets")
    .option("--from <YYYY-MM>", "first month")
    .option("--to <YYYY-MM>", "last month")
    .addHelpText(
      "after",
      `
Examples:
  $ lodestone series rare-earth-magnets
  $ lodestone series rare-earth-magnets --partner USA --format json
  $ lodestone series rare-earths --from 2025-01 --format csv > rare-earths.csv`,
    )
    .action(async (id: string, _o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & KeyOptions & { from?: string; to?: string }>();
      for (const m of [opts.from, opts.to])
        if (m !== undefined && !isMonth(m)) throw new InputError(`invalid month: ${m} (expected YYYY-MM)`);
      checkFilterValues({ from: opts.from, to: opts.to });
      const format = pickFormat(opts.format, io.isTty);
      const key = keyOf(opts);
      const result = await withStore(io, opts, async (store) => {
        const result = await getSeries(store, {
          series: id,
          ...key,
          from: opts.from,
          to: opts.to,
          asOf: asOfOption(opts),
        });
        if (result.points.length === 0)
          await explainEmpty(store, { series: id, partner: key.partner, reporter: key.reporter });
        return result;
      });
      if (format === "json") return io.stdout(renderJson(result));
      const columns: Column<SeriesPoint>[] = [
        { header: "period", value: (p) => p.period },
        {
          header: `value (${result.unit ?? "?"})`,
          value: (p) => (format === "csv" ? String(p.value) : groupDigits(String(p.value))),
          align: "right",
        },
        { header: "sources", value: (p) => p.sources, align: "right" },
        {
          header: "conflict",
          value: (p) => (format === "csv" ? String(p.conflict) : p.conflict ? "conflict" : ""),
        },
        {
          header: "derived",
          value: (p) => (format === "csv" ? String(p.derived) : p.derived ? "derived" : ""),
        },
      ];
      if (format === "csv") return io.stdout(renderCsv(result.points, columns));
      io.stdout(`${result.series}  ${result.reporter} ${result.flow}s to ${result.partner}\n\n`);
      io.stdout(renderTable(result.points, columns));
    });
}
