// `lodestone brief [YYYY-MM]`: the monthly brief as markdown (default), self-contained HTML or JSON.
// With --out, markdown gets its charts written as SVG files next to it.
import { existsSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Command } from "commander";
import { isMonth } from "../../domain/period.js";
import { InputError, UsageError } from "../../errors.js";
import { asOfOption, withStore, type CliIo, type GlobalOptions } from "../context.js";
import { renderJson } from "../output.js";

/** The report and chart code (Plot, linkedom) loads only when a brief is written, not for other commands. */
async function loadReport() {
  const [{ buildBrief }, { briefCharts }, { renderBriefHtml }, { renderBriefMarkdown }] = await Promise.all([
    import("../../report/build-brief.js"),
    import("../../report/charts/brief-charts.js"),
    import("../../report/render-html.js"),
    import("../../report/render-markdown.js"),
  ]);
  return { buildBrief, briefCharts, renderBriefHtml, renderBriefMarkdown };
}

export function registerBrief(
  program: Command,
  io: CliIo,
  today: () => string = () => new Date().toISOString().slice(0, 10),
): void {
  program
    .command("brief")
    .description(
      "write the monthly brief: highlights, destinations, policy context, caveats, sources and charts",
    )
    .argument("[month]", "YYYY-MM (default: the latest month with data)")
    .option("--series <id>", "series id", "rare-earth-magnets")
    .option(
      "--out <file>",
      "write to this file instead of standard output (markdown charts go next to it as SVG)",
    )
    .addHelpText(
      "after",
      `
Examples:
  $ lodestone brief 2025-11
  $ lodestone brief 2025-11 --format html --out brief-2025-11.html
  $ lodestone brief --format json`,
    )
    .action(async (month: string | undefined, _o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { series: string; out?: string }>();
      if (month !== undefined && !isMonth(month))
        throw new InputError(`invalid month: ${month} (expected YYYY-MM)`);
      const format = opts.format ?? "md";
      if (!["md", "html", "json"].includes(format))
        throw new UsageError(`unknown format for brief: ${format} (expected md, html, json)`);
      if (opts.out) assertFolder(opts.out);
      const { buildBrief, briefCharts, renderBriefHtml, renderBriefMarkdown } = await loadReport();
      const brief = await withStore(io, opts, (store) =>
        buildBrief(store, { series: opts.series, period: month, asOf: asOfOption(opts), today: today() }),
      );
      let text: string;
      if (format === "json") text = renderJson(brief);
      else if (format === "html") text = renderBriefHtml(brief);
      else if (opts.out) {
        const stem = basename(opts.out).replace(/\.[^.]+$/, "");
        const links: Record<string, string> = {};
        for (const c of briefCharts(brief)) {
          const file = `${stem}-${c.name}.svg`;
          writeOut(join(dirname(opts.out), file), `${c.svg}\n`);
          links[c.name] = file;
        }
        text = renderBriefMarkdown(brief, { chartLinks: links });
      } else text = renderBriefMarkdown(brief);
      if (opts.out) writeOut(opts.out, text);
      else io.stdout(text);
    });
}

/** Fail before any work when --out names a folder that is not there (the charts would go there too). */
function assertFolder(out: string): void {
  const folder = dirname(out);
  if (!existsSync(folder)) throw new InputError(`cannot write ${out}: folder ${folder} does not exist`);
  if (!statSync(folder).isDirectory()) throw new InputError(`cannot write ${out}: ${folder} is not a folder`);
}

function writeOut(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (err) {
    throw new InputError(`cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}
