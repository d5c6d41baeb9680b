// Renders a verification as schema.org ClaimReview objects, the format fact-checkers publish.

import type { Verdict, VerifyResult } from "./types.js";

export interface RenderJsonLdOptions {
  /** Where the reviewed text appeared, when known. */
  appearanceUrl?: string;
  /** Date of the review (`YYYY-MM-DD`); passed in so output is reproducible. */
  reviewed?: string;
}

const RATING: Record<Verdict, { value: number; name: string }> = {
  supported: { value: 3, name: "Supported by the data" },
  unverifiable: { value: 2, name: "Cannot be verified with the data" },
  contradicted: { value: 1, name: "Contradicted by the data" },
};

/**
 * One ClaimReview per claim.
 * @example JSON.stringify(renderJsonLd(result, { appearanceUrl: "https://example.org/story" }))
 */
export function renderJsonLd(result: VerifyResult, opts: RenderJsonLdOptions = {}): object[] {
  return result.claims.map((c) => ({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: c.text,
    ...(opts.reviewed ? { datePublished: opts.reviewed } : {}),
    author: { "@type": "Organization", name: "Lodestone" },
    reviewRating: {
      "@type": "Rating",
      ratingValue: RATING[c.verdict].value,
      bestRating: 3,
      worstRating: 1,
      alternateName: RATING[c.verdict].name,
      ratingExplanation: c.explanation,
    },
    itemReviewed: {
      "@type": "Claim",
      ...(result.published ? { datePublished: result.published } : {}),
      appearance: opts.appearanceUrl
        ? { "@type": "CreativeWork", url: opts.appearanceUrl }
        : { "@type": "CreativeWork" },
      about: { "@type": "Thing", name: [c.series, c.partner, c.period].filter(Boolean).join(" ") },
    },
    ...(c.evidence.length ? { url: c.evidence.find((e) => e.url)?.url ?? undefined } : {}),
    citation: c.evidence
      .filter((e) => e.url)
      .map((e) => ({
        "@type": "CreativeWork",
        url: e.url,
        publisher: { "@type": "Organization", name: e.publisher },
      })),
  }));
}
