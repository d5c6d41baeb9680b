// Whole articles checked one by one, each against its own publication date, each with what the
// track record keeps of it (the article's key and every verdict with its sentence); storing that is
// the caller's write, so checking never writes.

import { createHash } from "node:crypto";
import type { Article } from "../../articles/article.js";
import { InputError } from "../../errors.js";
import type { Store } from "../../analytics/figure-book.js";
import type { RecordedArticle } from "../../analytics/statements.js";
import type { VerifiedClaim, VerifyResult } from "../types.js";
import { verifyClaims } from "../verify.js";
import { sentenceAround } from "../extract/sentence-around.js";

/** One article's verification. */
export interface ArticleResult extends VerifyResult {
  input: string;
  url: string | null;
  publisher: string | null;
  title: string | null;
  /** How many verdicts were recorded for the publisher (null when not recorded). */
  recorded: number | null;
}

/** What the track record keeps of one checked article: its key, publisher and dated verdicts. */
export interface ArticleRecord {
  article: RecordedArticle;
  claims: (VerifiedClaim & { context: string })[];
}

export interface VerifyArticlesOptions {
  /** Publication date for articles that do not state their own. */
  published?: string;
  /** Publisher for articles that do not name one. */
  publisher?: string;
  asOf?: string | null;
  /** Every article must name a publisher (or `publisher` be given): its verdicts are to be recorded. */
  record?: boolean;
}

/**
 * Verify each article, with what the track record would keep of it (null without a publisher).
 * @example for (const { result, record } of await verifyArticles(store, await readArticles(["saved/"]))) ...
 */
export async function verifyArticles(
  store: Store,
  articles: Article[],
  opts: VerifyArticlesOptions = {},
): Promise<{ result: ArticleResult; record: ArticleRecord | null }[]> {
  if (opts.record) {
    const nameless = articles.find((a) => !(a.publisher ?? opts.publisher));
    if (nameless)
      throw new InputError(`--record needs a publisher: ${nameless.input} names none (give --publisher)`);
  }
  const out: { result: ArticleResult; record: ArticleRecord | null }[] = [];
  for (const a of articles) {
    const published = a.published ?? opts.published;
    const result = await verifyClaims(store, a.text, { published, asOf: opts.asOf ?? null });
    const publisher = a.publisher ?? opts.publisher ?? null;
    const record: ArticleRecord | null = publisher
      ? {
          article: {
            article: a.url ?? `sha256:${createHash("sha256").update(a.text).digest("hex")}`,
            publisher,
            url: a.url,
            published: published ?? null,
          },
          claims: result.claims.map((c) => ({ ...c, context: claimSentence(a.text, c.start, c.end) })),
        }
      : null;
    out.push({
      result: { input: a.input, url: a.url, publisher, title: a.title, ...result, recorded: null },
      record,
    });
  }
  return out;
}

/** The sentence holding a claim, so a recorded verdict can be read without its article. */
export function claimSentence(text: string, start: number, end: number): string {
  return sentenceAround(text, start, end).trim().slice(0, 500);
}
