// Verifies the trade figures a text states: extract the claims, read the resolved data for each,
// give a verdict with the figures, an explanation in one sentence, the evidence rows and the
// independent origins that report the same figure (DESIGN sections 5 and 6).

import type { Store } from "../store/open-store.js";
import type { EvidenceRow } from "../store/types.js";
import { extractClaims } from "./extract/extract-claims.js";
import type { ClaimEvidence, ExtractedClaim, Tolerance, Verdict, VerifiedClaim, VerifyResult } from "./types.js";
import { claimData, toTonnes, type ClaimData, type ClaimKey } from "./verify/claim-data.js";
import { checkChange, checkDirection, checkLevel, checkShare, unverifiable, type Outcome } from "./verify/check-figures.js";
import { checkRank } from "./verify/check-rank.js";

export interface VerifyOptions {
  /** Publication date `YYYY-MM-DD`; relative periods resolve against it. */
  published?: string;
  /** Read the data as known on this date. */
  asOf?: string | null;
  /** Evidence rows listed per figure (agreeing rows first). Default 5. */
  evidencePerFigure?: number;
}

/**
 * Extracts and checks every claim in `text`.
 * @example const r = await verifyClaims(store, "Magnet exports rose 12% in November.", { published: "2025-12-20" });
 *   r.claims[0].verdict // "supported"
 */
export async function verifyClaims(store: Store, text: string, opts: VerifyOptions = {}): Promise<VerifyResult> {
  return checkClaims(store, extractClaims(text, { published: opts.published }), opts);
}

/**
 * Checks claims that were already read (from a text, or built from a stored figure of a source).
 * @example await checkClaims(store, extractClaims(text, { published }), { published })
 */
export async function checkClaims(store: Store, extracted: ExtractedClaim[], opts: VerifyOptions = {}): Promise<VerifyResult> {
  const data = claimData(store, opts.asOf ?? null);
  const claims: VerifiedClaim[] = [];
  for (const claim of extracted) claims.push(await verifyOne(data, claim, opts.evidencePerFigure ?? 5));
  const summary: Record<Verdict, number> = { supported: 0, contradicted: 0, unverifiable: 0 };
  for (const c of claims) summary[c.verdict]++;
  return { published: opts.published ?? null, claims, summary };
}

async function verifyOne(data: ClaimData, claim: ExtractedClaim, perFigure: number): Promise<VerifiedClaim> {
  const outcome = cautious(claim, await check(data, claim));
  const key = keyOf(claim);
  const evidence: ClaimEvidence[] = [];
  const corroboration = new Set<string>();
  for (const f of key ? outcome.figures : []) {
    const rows = await data.evidence(key as ClaimKey, f);
    rows.filter((r) => r.agrees).slice(0, perFigure).forEach((r) => evidence.push(toEvidence(r)));
    if (f === outcome.figures[0]) for (const r of rows) if (reportsStated(claim, r, outcome)) corroboration.add(r.origin);
  }
  return {
    ...claim, actual: outcome.actual, verdict: outcome.verdict, explanation: outcome.explanation,
    tolerance: toleranceOf(claim), evidence, corroboration: [...corroboration].sort(),
  };
}

/** A contradiction stands only on a reading the claim's own sentence makes certain. */
function cautious(claim: ExtractedClaim, outcome: Outcome): Outcome {
  if (outcome.verdict !== "contradicted") return outcome;
  const unsure = (["series", "partner", "period"] as const).filter((p) => claim.grounds[p] === "carried" || claim.grounds[p] === "default");
  if (unsure.length === 0) return outcome;
  const why = unsure.map((p) => `${p} ${claim.grounds[p] === "carried" ? "carried over from earlier text" : "not named"}`).join(", ");
  return { ...outcome, verdict: "unverifiable", explanation: `ambiguous (${why}); on that reading: ${outcome.explanation}` };
}

function keyOf(claim: ExtractedClaim): ClaimKey | null {
  if (claim.series === null) return null;
  return { series: claim.series, reporter: claim.reporter, flow: claim.flow, partner: claim.partner };
}

function check(data: ClaimData, claim: ExtractedClaim): Promise<Outcome> {
  const key = keyOf(claim);
  if (key === null) return Promise.resolve(unverifiable("the text does not say which product the figure is for"));
  if (claim.period === null) return Promise.resolve(unverifiable("the text gives no period that can be resolved (no publication date?)"));
  const s = claim.stated;
  switch (s.type) {
    case "level": return checkLevel(data, key, claim, s);
    case "change": return checkChange(data, key, claim, s);
    case "direction": return checkDirection(data, key, claim, s);
    case "share": return checkShare(data, key, claim, s);
    default: return checkRank(data, key, claim, s);
  }
}

/** True when an evidence row of the main figure reports what the claim states. */
function reportsStated(claim: ExtractedClaim, row: EvidenceRow, outcome: Outcome): boolean {
  const s = claim.stated;
  if (s.type === "level") {
    const v = toTonnes(row.value, row.unit);
    return v !== null && (s.low === null || v >= s.low - 1e-9) && (s.high === null || v <= s.high + 1e-9);
  }
  return outcome.verdict === "supported" && row.agrees;
}

function toleranceOf(claim: ExtractedClaim): Tolerance | null {
  const s = claim.stated;
  return "low" in s ? { low: s.low, high: s.high } : null;
}

function toEvidence(r: EvidenceRow): ClaimEvidence {
  return { source: r.source_id, publisher: r.publisher, origin: r.origin, url: r.url, period: r.period, partner: r.partner, value: r.value, unit: r.unit };
}
