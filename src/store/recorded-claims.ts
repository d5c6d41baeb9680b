// Verdicts on checked articles, kept as claims of their publisher so that articles feed the track
// record. An article is keyed by its URL (or a hash of its text when it has none); recording it
// again replaces its earlier verdicts in one transaction. The verdict itself is stored as JSON:
// its shape belongs to the claims stage.
import type { Store } from "./open-store.js";
import { queryOnce, Where } from "./sql.js";

/** The article a set of verdicts came from. */
export interface RecordedArticle {
  /** The article's URL, or `sha256:<hex>` of its text. */
  article: string;
  publisher: string;
  url: string | null;
  published: string | null;
}

export interface RecordedClaimRow extends RecordedArticle {
  seq: number;
  recorded_at: string;
  verdict: "supported" | "contradicted" | "unverifiable";
  /** The verdict as JSON text. */
  claim: string;
}

/**
 * Replace the verdicts recorded for one article; returns how many were stored.
 * @example await recordClaims(store, { article: url, publisher: "Example News", url, published: "2025-12-20" }, claims)
 */
export async function recordClaims(
  store: Store,
  article: RecordedArticle,
  claims: { verdict: RecordedClaimRow["verdict"] }[],
  now: Date = new Date(),
): Promise<number> {
  return store.transaction(async () => {
    await store.execute("DELETE FROM recorded_claims WHERE article = ?", [article.article]);
    for (const [seq, claim] of claims.entries()) {
      await store.execute("INSERT INTO recorded_claims VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
        article.article,
        seq,
        article.publisher,
        article.url,
        article.published,
        now.toISOString(),
        claim.verdict,
        JSON.stringify(claim),
      ]);
    }
    return claims.length;
  });
}

/**
 * Recorded verdicts, optionally of one publisher, by publisher, article and order in the article.
 * @example await recordedClaims(store, { publisher: "Example News" })
 */
export async function recordedClaims(
  store: Store,
  filter: { publisher?: string } = {},
): Promise<RecordedClaimRow[]> {
  const where = new Where().in("publisher", filter.publisher);
  const rows = await store.query<RecordedClaimRow>(
    `SELECT article, seq, publisher, url, published, CAST(recorded_at AS VARCHAR) AS recorded_at, verdict, claim
     FROM recorded_claims ${where.sql()} ORDER BY publisher, article, seq`,
    where.params,
  );
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/**
 * Changes whenever figures are ingested or verdicts recorded: what a computed track record depends on.
 * @example await dataFingerprint(store) // "878:0:2026-12-02 05:00:00:0:"
 */
export async function dataFingerprint(store: Store): Promise<string> {
  // unprepared: a reused prepared count(*) answers from the statistics of when it was prepared. The
  // rows are counted in the stored table, not the view of observations (one row per stored row): a
  // text's check asks for the fingerprint each time, and planning the view's derived columns cost
  // more than the rest of the query
  const [row] = await queryOnce<{ n: string; last: string | null; claims: string; recorded: string | null }>(
    store.conn,
    `SELECT (SELECT count(*) FROM observation_rows) AS n,
            (SELECT CAST(max(ingested_at) AS VARCHAR) FROM ingests) AS last, r.claims, r.recorded
     FROM (SELECT count(*) AS claims, CAST(max(recorded_at) AS VARCHAR) AS recorded FROM recorded_claims) r`,
  );
  return [row?.n, row?.last ?? "", row?.claims, row?.recorded ?? ""].join(":");
}
