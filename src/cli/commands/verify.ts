// `lodestone verify <input...>`: check every trade figure that articles state against the data.
// Inputs are text files, saved HTML pages, JSON Lines feeds, folders of them, or - for standard
// input; each article is checked against its own publication date, and gives one result.
import type { Command } from "commander";
import { renderJsonLd, renderText } from "../../claims/index.js";
import { verifyArticles, type ArticleResult } from "../../claims/track-record/verify-articles.js";
import { isDate } from "../../domain/period.js";
import { InputError } from "../../errors.js";
import { recordClaims } from "../../store/recorded-claims.js";
import { asOfOption, withStore, type CliIo, type GlobalOptions } from "../context.js";
import { pickFormat, renderJson, renderTable, type Column } from "../output.js";

interface VerifyOptions extends GlobalOptions {
  published?: string;
  publisher?: string;
  record?: boolean;
}

export function registerVerify(program: Command, io: CliIo): void {
  program
    .command("verify")
    .description(
      "find the numeric trade claims in articles and say supported, contradicted or unverifiable, with evidence",
    )
    .argument(
      "<input...>",
      "text files, saved HTML pages, JSON Lines feeds, folders of them, or - for standard input",
    )
    .option(
      "--published <date>",
      "publication date (YYYY-MM-DD) of articles that do not state their own; 'in November' means the latest November before it",
    )
    .option("--publisher <name>", "publisher of articles that do not name one (for --record)")
    .option(
      "--record",
      "keep the verdicts as claims of each article's publisher, for `lodestone publishers` (re-recording an article replaces them)",
    )
    .addHelpText(
      "after",
      `
An HTML page is read for its article text (no menus, sidebars or comments) and its own publication
date (article:published_time, JSON-LD datePublished, or a <time> element) and publisher; a text
file or standard input for a date line at its head ("Published: 20 Dec 2025", "BEIJING, Dec 20, 2025
(Agency) -"), which --published does not override; a dateline without its year ("BEIJING, Dec 20
(Agency) -") is read in the year that puts it nearest --published. A JSON Lines feed has one {"url","published","publisher","text"} object per line.
Formats: text (the default for one article: the text with each claim marked, then one line per
claim), table (the default for several: one row per article), json (one result, or a list),
jsonl (one result per line), jsonld (schema.org ClaimReview). Colour only on a terminal and without NO_COLOR.
Examples:
  $ lodestone verify article.txt --published 2025-12-20
  $ pbpaste | lodestone verify - --published 2025-12-20 --format json | jq .summary
  $ lodestone verify saved-pages/ feed.jsonl --format jsonl
  $ lodestone verify story.html --record`,
    )
    .action(async (inputs: string[], _o, cmd: Command) => {
      const opts = cmd.optsWithGlobals<VerifyOptions>();
      const published = opts.published;
      if (published !== undefined && !isDate(published)) {
        throw new InputError(`invalid --published date: ${published} (expected YYYY-MM-DD)`);
      }
      // the article readers (Readability over linkedom for saved pages) load only when verify runs
      const { defaultReadEffects, readArticles } = await import("../../articles/read-articles.js");
      const articles = await readArticles(
        inputs,
        { ...defaultReadEffects, readStdin: io.readStdin },
        published,
      );
      const format = pickFormat(opts.format ?? (articles.length === 1 ? "text" : "table"), io.isTty, [
        "text",
        "table",
        "json",
        "jsonl",
        "jsonld",
      ]);
      const asOf = asOfOption(opts);
      const results = await withStore(
        io,
        opts,
        async (store) => {
          const checked = await verifyArticles(store, articles, {
            published,
            publisher: opts.publisher,
            asOf,
            record: opts.record,
          });
          // with --record, each article's verdicts replace its earlier ones in the track record
          for (const { result, record } of checked) {
            if (opts.record && record)
              result.recorded = await recordClaims(store, record.article, record.claims);
          }
          return checked.map((c) => c.result);
        },
        opts.record ? "write" : "read",
      );
      io.stdout(
        render(
          results,
          articles.map((a) => a.text),
          format,
          io,
          published,
        ),
      );
    });
}

function render(
  results: ArticleResult[],
  texts: string[],
  format: string,
  io: CliIo,
  published: string | undefined,
): string {
  switch (format) {
    case "json":
      return renderJson(results.length === 1 ? results[0] : results);
    case "jsonl":
      return results.map((r) => JSON.stringify(r)).join("\n") + "\n";
    case "jsonld":
      return renderJson(
        results.flatMap((r) => renderJsonLd(r, { reviewed: published, appearanceUrl: r.url ?? undefined })),
      );
    case "table":
      return renderTable(results, COLUMNS);
    default: {
      const color = io.isTty && !io.env.NO_COLOR;
      if (results.length === 1) return renderText(texts[0]!, results[0]!, { color });
      return results.map((r, i) => `== ${heading(r)}\n\n${renderText(texts[i]!, r, { color })}`).join("\n");
    }
  }
}

function heading(r: ArticleResult): string {
  const about = [r.publisher, r.published].filter(Boolean).join(", ");
  return about ? `${r.input} (${about})` : r.input;
}

const COLUMNS: Column<ArticleResult>[] = [
  { header: "input", value: (r) => r.input, max: 40 },
  { header: "publisher", value: (r) => r.publisher, max: 24 },
  { header: "published", value: (r) => r.published },
  { header: "claims", value: (r) => r.claims.length, align: "right" },
  { header: "supported", value: (r) => r.summary.supported, align: "right" },
  { header: "contradicted", value: (r) => r.summary.contradicted, align: "right" },
  { header: "unverifiable", value: (r) => r.summary.unverifiable, align: "right" },
  { header: "recorded", value: (r) => r.recorded, align: "right" },
];
