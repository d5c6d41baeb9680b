// Who gets the numbers right: every publisher's statements (the figures it stated in the store, and
// the verdicts recorded on its articles) counted by verdict, with how far off the contradicted ones
// were and each contradicted claim with its evidence.

import {
  dataFingerprint,
  recordedClaims,
  sourcesPerPublisher,
  type RecordedClaimRow,
  type Store,
} from "../../analytics/statements.js";
import type { Actual, ClaimEvidence, ClaimKind, Stated, Verdict, VerifiedClaim } from "../types.js";
import { checkStatedFigures, type CheckedStatement } from "./check-stated.js";

/** One checked statement of a publisher. */
export interface ClaimOnRecord {
  /** The statement: the stored figure in words, or the article's sentence part. */
  text: string;
  /** Around the statement: the article's sentence, or the note kept with a stored figure. */
  context: string | null;
  kind: ClaimKind;
  series: string | null;
  partner: string;
  period: string | null;
  verdict: Verdict;
  explanation: string;
  stated: Stated;
  actual: Actual | null;
  evidence: ClaimEvidence[];
  /** The stored source id, or the recorded article (its URL, or a hash of its text). */
  source: string;
  url: string | null;
  published: string | null;
  /** `figure` for a figure stored in the data, `article` for a recorded article. */
  from: "figure" | "article";
  /** How far off: % of the figure for a level, percentage points for a change or share; null otherwise. */
  error: number | null;
}

export interface PublisherRecord {
  publisher: string;
  origin: string;
  sources: number;
  checked: number;
  supported: number;
  contradicted: number;
  unverifiable: number;
  /** Median absolute error of the contradicted claims (see `ClaimOnRecord.error`), or null. */
  typical_error: number | null;
  contradicted_claims: ClaimOnRecord[];
}

/** A publisher's record with every checked statement, not only the contradicted ones. */
export interface PublisherDetail extends PublisherRecord {
  claims: ClaimOnRecord[];
}

export interface TrackRecordOptions {
  origin?: string;
  series?: string;
  publisher?: string;
  asOf?: string | null;
}

/**
 * One record per (publisher, origin), by contradicted share, then checked count.
 * @example const [worst] = await trackRecord(store); worst.contradicted_claims[0].explanation
 */
export async function trackRecord(store: Store, opts: TrackRecordOptions = {}): Promise<PublisherRecord[]> {
  return (await computed(store, opts)).map(({ claims: _claims, ...record }) => record);
}

/**
 * One publisher's record (its origins together) with every checked statement, or null when the
 * store holds nothing of that publisher.
 * @example (await publisherDetail(store, "FortuneFwd (garbled rewrite)"))?.claims.length
 */
export async function publisherDetail(
  store: Store,
  publisher: string,
  opts: Omit<TrackRecordOptions, "publisher"> = {},
): Promise<PublisherDetail | null> {
  const parts = await computed(store, { ...opts, publisher });
  if (parts.length === 0) return null;
  const claims = parts.flatMap((p) => p.claims);
  const origin = [...new Set(parts.map((p) => p.origin))].join("; ");
  const detail = summarise(
    { ...emptyRecord(publisher, origin), sources: parts.reduce((n, p) => n + p.sources, 0) },
    claims,
  );
  return { ...detail, claims };
}

/**
 * Track records kept per database connection (request views of one store share it) and data
 * state: checking every statement in the store takes a while.
 */
const memos = new WeakMap<
  object,
  { fingerprint: string; answers: Map<string, Promise<PublisherDetail[]>> }
>();

async function computed(store: Store, opts: TrackRecordOptions): Promise<PublisherDetail[]> {
  const fingerprint = await dataFingerprint(store);
  let memo = memos.get(store.conn);
  if (memo?.fingerprint !== fingerprint) memos.set(store.conn, (memo = { fingerprint, answers: new Map() })); // only the latest data's
  const key = JSON.stringify([opts.origin, opts.series, opts.publisher, opts.asOf ?? null]);
  let hit = memo.answers.get(key);
  if (!hit) {
    hit = compute(store, opts);
    memo.answers.set(key, hit);
    const answers = memo.answers;
    hit.catch(() => answers.delete(key));
  }
  return hit;
}

function emptyRecord(publisher: string, origin: string): PublisherRecord {
  return {
    publisher,
    origin,
    sources: 0,
    checked: 0,
    supported: 0,
    contradicted: 0,
    unverifiable: 0,
    typical_error: null,
    contradicted_claims: [],
  };
}

async function compute(store: Store, opts: TrackRecordOptions): Promise<PublisherDetail[]> {
  const filter = { origin: opts.origin, series: opts.series, publisher: opts.publisher };
  const [checked, counts, recorded] = await Promise.all([
    checkStatedFigures(store, { ...filter, asOf: opts.asOf }),
    sourcesPerPublisher(store, filter),
    opts.origin !== undefined && opts.publisher !== undefined && opts.origin !== opts.publisher
      ? []
      : recordedClaims(store, { publisher: opts.publisher ?? opts.origin }),
  ]);
  const records = new Map<string, { record: PublisherRecord; claims: ClaimOnRecord[] }>();
  const entry = (publisher: string, origin: string) => {
    const id = JSON.stringify([publisher, origin]);
    let e = records.get(id);
    if (!e) {
      e = { record: emptyRecord(publisher, origin), claims: [] };
      records.set(id, e);
    }
    return e;
  };
  for (const c of counts) entry(c.publisher, c.origin).record.sources = c.sources;
  for (const c of checked) entry(c.figure.publisher, c.figure.origin).claims.push(fromFigure(c));
  const articles = new Map<string, Set<string>>();
  for (const r of recorded) {
    const claim = fromArticle(r);
    if (opts.series !== undefined && claim.series !== opts.series) continue;
    entry(r.publisher, r.publisher).claims.push(claim);
    articles.set(r.publisher, (articles.get(r.publisher) ?? new Set()).add(r.article));
  }
  for (const [publisher, set] of articles) entry(publisher, publisher).record.sources += set.size;
  return [...records.values()]
    .map(({ record, claims }) => ({ ...summarise(record, claims), claims }))
    .sort(byContradictedShare);
}

function summarise(record: PublisherRecord, claims: ClaimOnRecord[]): PublisherRecord {
  const out = { ...record, checked: claims.length };
  for (const c of claims) out[c.verdict]++;
  out.contradicted_claims = claims.filter((c) => c.verdict === "contradicted");
  out.typical_error = median(
    out.contradicted_claims.map((c) => c.error).filter((e): e is number => e !== null),
  );
  return out;
}

function byContradictedShare(a: PublisherRecord, b: PublisherRecord): number {
  const share = (r: PublisherRecord) => (r.checked === 0 ? -1 : r.contradicted / r.checked);
  return (
    share(b) - share(a) ||
    b.checked - a.checked ||
    a.publisher.localeCompare(b.publisher) ||
    a.origin.localeCompare(b.origin)
  );
}

function fromFigure(c: CheckedStatement): ClaimOnRecord {
  return {
    ...pick(c.claim),
    context: c.figure.note,
    source: c.figure.source_id,
    url: c.figure.url,
    published: c.figure.published,
    from: "figure",
  };
}

function fromArticle(r: RecordedClaimRow): ClaimOnRecord {
  const claim = JSON.parse(r.claim) as VerifiedClaim & { context?: string };
  return {
    ...pick(claim),
    context: claim.context ?? null,
    source: r.article,
    url: r.url,
    published: r.published,
    from: "article",
  };
}

function pick(c: VerifiedClaim): Omit<ClaimOnRecord, "context" | "source" | "url" | "published" | "from"> {
  return {
    text: c.text,
    kind: c.kind,
    series: c.series,
    partner: c.partner,
    period: c.period,
    verdict: c.verdict,
    explanation: c.explanation,
    stated: c.stated,
    actual: c.actual,
    evidence: c.evidence,
    error: errorOf(c),
  };
}

/** How far a stated figure is from the data: % of the figure for levels, points for changes and shares. */
export function errorOf(c: Pick<VerifiedClaim, "stated" | "actual">): number | null {
  const s = c.stated;
  const a = c.actual;
  if (a === null) return null;
  if (s.type === "level" && a.value !== undefined && a.value !== 0)
    return (Math.abs(s.value - a.value) / Math.abs(a.value)) * 100;
  if ((s.type === "change" || s.type === "share") && a.pct !== undefined) return Math.abs(s.pct - a.pct);
  return null;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
