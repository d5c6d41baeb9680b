// `lodestone verify <file|->`: check every trade figure an article states against the data.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { renderJsonLd, renderText, verifyClaims } from "../../claims/index.js";
import { isDate } from "../../domain/period.js";
import { InputError } from "../../errors.js";
import { asOfOption, withStore, type CliIo, type GlobalOptions } from "../context.js";
import { pickFormat, renderJson } from "../output.js";

export function registerVerify(program: Command, io: CliIo): void {
  program
    .command("verify")
    .description("find the numeric trade claims in a text and say supported, contradicted or unverifiable, with evidence")
    .argument("<file>", "a text file, or - for standard input")
    .option("--published <date>", "publication date (YYYY-MM-DD); 'in November' means the latest November before it")
    .addHelpText("after", `
Formats: text (default: the text with each claim marked, then one line per claim), json, jsonld
(schema.org ClaimReview). Colour only on a terminal and without NO_COLOR.
Examples:
  $ lodestone verify article.txt --published 2025-12-20
  $ pbpaste | lodestone verify - --published 2025-12-20 --format json | jq .summary`)
    .action(async (file: string, _o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { published?: string }>();
      const format = pickFormat(opts.format ?? "text", io.isTty, ["text", "json", "jsonld"]);
      const published = opts.published;
      if (published !== undefined && !isDate(published)) {
        throw new InputError(`invalid --published date: ${published} (expected YYYY-MM-DD)`);
      }
      const text = file === "-" ? await io.readStdin() : await readText(file);
      const result = await withStore(io, opts, (store) => verifyClaims(store, text, { published: opts.published, asOf: asOfOption(opts) }));
      if (format === "json") return io.stdout(renderJson(result));
      if (format === "jsonld") return io.stdout(renderJson(renderJsonLd(result, { reviewed: opts.published })));
      io.stdout(renderText(text, result, { color: io.isTty && !io.env.NO_COLOR }));
    });
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}
