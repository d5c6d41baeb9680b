// Whole articles checked one by one, each against its own publication date, and optionally
// recorded as claims of its publisher so that checked articles feed the track record.

import { createHash } from "node:crypto";
import type { Article } from "../../articles/article.js";
import { InputError } from "../../errors.js";
import type { Store } from "../../store/open-store.js";
import { recordClaims } from "../../store/recorded-claims.js";
import type { VerifyResult } from "../types.js";
import { verifyClaims } from "../verify.js";

/** One article's verification. */
export interface ArticleResult extends VerifyResult {
  input: string;
  url: string | null;
  publisher: string | null;
  title: string | null;
  /** How many verdicts were recorded for the publisher (null when not recorded). */
  recorded: number | null;
}

export interface VerifyArticlesOptions {
  /** Publication date for articles that do not state their own. */
  published?: string;
  /** Publisher for articles that do not name one. */
  publisher?: string;
  asOf?: string | null;
  /** Store the verdicts as claims of each article's publisher (replacing its earlier ones). */
  record?: boolean;
  now?: Date;
}

/**
 * Verify each article; with `record`, keep its verdicts in the track record.
 * @example await verifyArticles(store, await readArticles(["saved/"]), { record: true })
 */
export async function verifyArticles(
  store: Store,
  articles: Article[],
  opts: VerifyArticlesOptions = {},
): Promise<ArticleResult[]> {
  if (opts.record) {
    const nameless = articles.find((a) => !(a.publisher ?? opts.publisher));
    if (nameless)
      throw new InputError(`--record needs a publisher: ${nameless.input} names none (give --publisher)`);
  }
  const out: ArticleResult[] = [];
  for (const a of articles) {
    const published = a.published ?? opts.published;
    const result = await verifyClaims(store, a.text, { published, asOf: opts.asOf ?? null });
    const publisher = a.publisher ?? opts.publisher ?? null;
    let recorded: number | null = null;
    if (opts.record && publisher) {
      const article = {
        article: a.url ?? `sha256:${createHash("sha256").update(a.text).digest("hex")}`,
        publisher,
        url: a.url,
        published: published ?? null,
      };
      recorded = await recordClaims(
        store,
        article,
        result.claims.map((c) => ({ ...c, context: sentenceAround(a.text, c.start, c.end) })),
        opts.now,
      );
    }
    out.push({ input: a.input, url: a.url, publisher, title: a.title, ...result, recorded });
  }
  return out;
}

/** The sentence holding a claim, so a recorded verdict can be read without its article. */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from =
    Math.max(
      before.lastIndexOf("\n"),
      ...[". ", "! ", "? "].map((m) => {
        const i = before.lastIndexOf(m);
        return i < 0 ? -1 : i + 1;
      }),
    ) + 1;
  const rest = /[.!?](\s|$)|\n/.exec(text.slice(end));
  const to = rest ? end + rest.index + 1 : text.length;
  return text.slice(from, to).trim().slice(0, 500);
}
