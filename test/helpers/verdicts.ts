// The verdicts `verify` gives a text, as [claim words, verdict] pairs: what the claim tests compare.
import { verifyClaims } from "../../src/claims/index.js";
import type { Store } from "../../src/store/open-store.js";

/** `[text, verdict]` of every claim found in `text`, checked against `store` as of `published`. */
export async function verdictsOf(
  store: Store,
  text: string,
  published = "2025-12-20",
): Promise<Array<[string, string | undefined]>> {
  return (await verifyClaims(store, text, { published })).claims.map((c) => [c.text, c.verdict]);
}

/** `[text, period, verdict]` of every claim found in `text`, as of `published`: what the period tests compare. */
export async function periodsOf(
  store: Store,
  text: string,
  published = "2025-12-20",
): Promise<Array<[string, string | null, string | undefined]>> {
  return (await verifyClaims(store, text, { published })).claims.map((c) => [c.text, c.period, c.verdict]);
}

/** The claim `verify` reads at the words `quote` of `text`, as of `published`, or undefined. */
export async function claimAt(store: Store, text: string, quote: string, published = "2025-12-20") {
  return (await verifyClaims(store, text, { published })).claims.find((c) => c.text === quote);
}

/** What `verify` made of the claim at `quote`: its verdict, product, destination and period (null when not found). */
export async function readingAt(store: Store, text: string, quote: string, published = "2025-12-20") {
  const c = await claimAt(store, text, quote, published);
  return {
    verdict: c?.verdict ?? null,
    series: c?.series ?? null,
    partner: c?.partner ?? null,
    period: c?.period ?? null,
  };
}

/**
 * The kind, product, destination, period, figure (tonnes or percent) and verdict `verify` gives the
 * claim at `quote`, or null when no claim is read there: what the table tests compare cell by cell.
 */
export async function cellAt(store: Store, text: string, quote: string, published: string) {
  const c = await claimAt(store, text, quote, published);
  const s = c?.stated;
  const figure = s?.type === "level" ? s.value : s?.type === "change" || s?.type === "share" ? s.pct : null;
  return c === undefined ? null : [c.kind, c.series, c.partner, c.period, figure, c.verdict];
}

/**
 * What `verify` made of each claim of `text`, as of `published`: its words, product, period, stated
 * figure (a change's percent and hedge, a level's value), verdict, and whether the verdict is on the
 * reading the claim names (`named`) rather than on another reading.
 */
export async function claimsRead(store: Store, text: string, published: string) {
  return (await verifyClaims(store, text, { published })).claims.map((c) => ({
    words: c.text.trim(),
    series: c.series,
    period: c.period,
    stated:
      c.stated.type === "change"
        ? [c.stated.pct, c.stated.hedge]
        : c.stated.type === "level"
          ? c.stated.value
          : null,
    verdict: c.verdict,
    named: !c.explanation.startsWith("on the reading"),
  }));
}

/** The words, kind, destination, period and verdict of every claim `verify` reads in `text`, as of `published`. */
export async function claimsOf(store: Store, text: string, published: string) {
  return (await verifyClaims(store, text, { published })).claims.map((c) => ({
    text: c.text,
    kind: c.kind,
    partner: c.partner,
    period: c.period,
    verdict: c.verdict,
  }));
}

/** The words, destination, period and verdict of the first change `verify` reads in `text`, or undefined. */
export async function firstChange(store: Store, text: string, published: string) {
  const c = (await claimsOf(store, text, published)).find((x) => x.kind === "change");
  return c && { text: c.text, partner: c.partner, period: c.period, verdict: c.verdict };
}
