// `lodestone fetch comtrade`: fetch a reporter's trade from the UN Comtrade API (key from
// COMTRADE_API_KEY) and ingest it as one batch, the request recorded as its source.
import type { Command } from "commander";
import { formatProblem, InputError } from "../../errors.js";
import { isMonth } from "../../domain/period.js";
import { withStore, type CliIo, type GlobalOptions } from "../context.js";
import { renderJson } from "../output.js";

interface FetchCliOptions extends GlobalOptions {
  reporter: string;
  cmd: string;
  flow: string;
  from: string;
  to: string;
  partner?: string;
  freq: string;
  baseUrl?: string;
  maxRecords?: string;
  out?: string;
}

const list = (text: string | undefined) =>
  (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export function registerFetch(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const fetch = program.command("fetch").description("fetch official statistics from an API and ingest them");
  fetch
    .command("comtrade")
    .description("fetch from the UN Comtrade API v1 (key from COMTRADE_API_KEY) and ingest, all-or-nothing")
    .requiredOption("--reporter <code>", "reporter, ISO3 (CHN) or M49 (156)")
    .requiredOption("--cmd <codes>", "HS codes, comma-separated (850511)")
    .requiredOption("--from <YYYY-MM>", "first month")
    .requiredOption("--to <YYYY-MM>", "last month")
    .option("--flow <flows>", "X (exports), M (imports), comma-separated", "X")
    .option(
      "--partner <codes>",
      "partners, ISO3 or M49, comma-separated (default every partner and the world)",
    )
    .option("--freq <M|A>", "monthly or annual figures", "M")
    .option("--base-url <url>", "API address (default https://comtradeapi.un.org/data/v1/get)")
    .option(
      "--max-records <n>",
      "records the API returns at most per request (the cap of your subscription)",
      "100000",
    )
    .option("--out <folder>", "where the answers are saved (a fetch that stopped resumes from there)")
    .addHelpText(
      "after",
      `
Prints the ingest result as JSON, with the requests made and any warnings (an answer at the record cap).
Examples:
  $ COMTRADE_API_KEY=... lodestone fetch comtrade --reporter CHN --cmd 850511 --flow X --from 2024-01 --to 2025-12
  $ lodestone --db trade.duckdb fetch comtrade --reporter JPN --cmd 850511 --flow M --from 2025-01 --to 2025-06 --partner CHN`,
    )
    .action(async (_o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<FetchCliOptions>();
      const key = io.env.COMTRADE_API_KEY;
      if (!key)
        throw new InputError("no API key: set COMTRADE_API_KEY (a free key from comtradedeveloper.un.org)");
      for (const [name, v] of [
        ["--from", opts.from],
        ["--to", opts.to],
      ] as const) {
        if (!isMonth(v)) throw new InputError(`invalid ${name}: ${v} (expected YYYY-MM)`);
      }
      if (opts.from > opts.to) throw new InputError(`--from ${opts.from} is after --to ${opts.to}`);
      if (opts.freq !== "M" && opts.freq !== "A")
        throw new InputError(`invalid --freq: ${opts.freq} (expected M or A)`);
      const maxRecords = Number(opts.maxRecords);
      if (!Number.isInteger(maxRecords) || maxRecords < 1)
        throw new InputError(`invalid --max-records: ${opts.maxRecords}`);
      const { fetchComtradeInto } = await import("../../ingest/comtrade/fetch-comtrade.js");
      const { defaultEffects } = await import("../../ingest/comtrade/comtrade-client.js");
      const result = await withStore(
        io,
        opts,
        (store) =>
          fetchComtradeInto(
            store,
            {
              reporter: opts.reporter,
              cmd: list(opts.cmd),
              flow: list(opts.flow),
              from: opts.from,
              to: opts.to,
              partner: list(opts.partner),
              freq: opts.freq as "M" | "A",
              key,
              baseUrl: opts.baseUrl,
              maxRecords,
              folder: opts.out,
            },
            { ...defaultEffects, log: (m) => io.stderr(`${m}\n`) },
          ),
        "write",
      );
      for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
      io.stdout(renderJson(result));
      if (result.rejected.length > 0) {
        io.stderr(`rejected (nothing stored):\n${result.rejected.map(formatProblem).join("\n")}\n`);
        setExit(1);
      }
    });
  for (const c of fetch.commands)
    c.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
}
