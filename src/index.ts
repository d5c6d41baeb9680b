// Lodestone's programmatic API: the same core functions the CLI and the HTTP API call.

// store: opening, ingesting, resolving, provenance
export { openStore, defaultDbPath, type Store, type StoreOptions } from "./store/open-store.js";
export { openLodestone, loadReferenceData } from "./ingest/reference-data.js";
export { ingestFiles, ingestText, type IngestResult } from "./ingest/ingest-files.js";
export { resolve } from "./store/resolved-values.js";
export { evidenceFor } from "./store/evidence.js";
export { listConflicts } from "./store/conflicts.js";
export { listSources, listEvents, listSeries } from "./store/catalog.js";
export type * from "./store/types.js";

// analytics
export { getSeries, type SeriesResult } from "./analytics/series.js";
export { computeStats, computeStatsMany } from "./analytics/stats.js";
export type * from "./analytics/types.js";

// claims and briefs
export { extractClaims, verifyClaims, renderText, renderJsonLd } from "./claims/index.js";
export { trackRecord, publisherDetail, type PublisherRecord } from "./claims/track-record/publishers.js";
export {
  verifyArticles,
  type ArticleRecord,
  type ArticleResult,
} from "./claims/track-record/verify-articles.js";
export { recordClaims } from "./store/recorded-claims.js";
export { readArticles, type Article } from "./articles/read-articles.js";
export { buildBrief } from "./report/build-brief.js";
export { renderBriefHtml } from "./report/render-html.js";
export { renderBriefMarkdown } from "./report/render-markdown.js";

// interfaces
export { createApp } from "./server/app.js";
export { startServer } from "./server/start-server.js";
export { main } from "./cli/main.js";

export * from "./errors.js";
