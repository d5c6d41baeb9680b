// `lodestone evidence <series> <period>`: the source rows behind one resolved value.
import type { Command } from "commander";
import { checkedListing } from "../../analytics/check-filters.js";
import { parsePeriod } from "../../domain/period.js";
import { InputError } from "../../errors.js";
import { evidenceFor } from "../../store/evidence.js";
import type { EvidenceRow } from "../../store/types.js";
import { asOfOption, withStore, type CliIo, type GlobalOptions } from "../context.js";
import { groupDigits, pickFormat, renderCsv, renderJson, renderTable, type Column } from "../output.js";
import { keyOf, withKeyOptions, type KeyOptions } from "./options.js";

export function registerEvidence(program: Command, io: CliIo): void {
  withKeyOptions(program.command("evidence"))
    .description("list every source row behind one resolved value, and whether it agrees")
    .argument("<id>", "series id, e.g. rare-earth-magnets")
    .argument("<period>", "YYYY-MM, YYYY or YYYY-MM..YYYY-MM")
    .addHelpText(
      "after",
      `
Examples:
  $ lodestone evidence rare-earth-magnets 2025-11
  $ lodestone evidence rare-earth-magnets 2025-12 --partner JPN --format json`,
    )
    .action(async (id: string, period: string, _o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & KeyOptions>();
      if (!parsePeriod(period))
        throw new InputError(`invalid period: ${period} (expected YYYY-MM, YYYY or YYYY-MM..YYYY-MM)`);
      const format = pickFormat(opts.format, io.isTty);
      const key = keyOf(opts);
      const rows = await withStore(io, opts, (store) =>
        checkedListing(store, { series: id, partner: key.partner, reporter: key.reporter }, () =>
          evidenceFor(store, { series: id, period, ...key }, asOfOption(opts)),
        ),
      );
      if (format === "json") return io.stdout(renderJson(rows));
      const table = format === "table";
      const columns: Column<EvidenceRow>[] = [
        { header: "value", value: (r) => (table ? groupDigits(r.value) : r.value), align: "right" },
        { header: "agrees", value: (r) => (table ? (r.agrees ? "yes" : "NO") : String(r.agrees)) },
        { header: "kind", value: (r) => r.kind },
        { header: "origin", value: (r) => r.origin, max: table ? 16 : undefined },
        { header: "publisher", value: (r) => r.publisher, max: table ? 30 : undefined },
        { header: "vintage", value: (r) => r.vintage },
        ...(table
          ? []
          : [
              { header: "source_id", value: (r: EvidenceRow) => r.source_id },
              { header: "url", value: (r: EvidenceRow) => r.url },
            ]),
      ];
      if (!table) return io.stdout(renderCsv(rows, columns));
      io.stdout(renderTable(rows, columns));
    });
}
