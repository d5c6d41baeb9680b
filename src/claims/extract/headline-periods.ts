// A headline's figure whose month comes on the line under it, the dek or the opening sentence
// ("China's magnet exports hit 6,150 t" over "November shipments second-highest on record"): the
// headline names no period, and the line under it names the one it reports. The figure takes that
// period as carried over, so it can be shown right but never wrong on it.

import { lastAtOrBefore } from "./sorted-search.js";
import type { ExtractedClaim } from "../types.js";
import type { Block } from "./segment.js";
import { ENGLISH_MONTH_NAME, monthNamesOf } from "./lexicon.js";

const FIRST_MONTH = new RegExp(`\\b(?:${ENGLISH_MONTH_NAME})\\b`);

/**
 * The claims, with a figure of a heading that names no period given the one period that the figures
 * of the block right under it name in their own words, or the first of several when it is also
 * the latest (none when they name none, or several that start elsewhere).
 */
export function headlinePeriods(
  claims: ExtractedClaim[],
  blocks: readonly Block[],
  input: string,
): ExtractedClaim[] {
  if (!claims.some((c) => c.period === null)) return claims;
  // the block each claim sits in, found by halving: a long text has many of both
  const blockOf = (at: number) => lastAtOrBefore(blocks, (b) => b.start, at);
  const named = new Map<number, Set<string>>();
  const first = new Map<number, string>();
  for (const c of claims) {
    if (c.period === null || (c.grounds.period !== "clause" && c.grounds.period !== "sentence")) continue;
    const b = blockOf(c.start);
    named.set(b, (named.get(b) ?? new Set()).add(c.period));
    if (!first.has(b)) first.set(b, c.period);
  }
  // the block's first month, when it is also the latest month the block names ("rose to 3,188 t in
  // June, from 1,238 t in May"): the month the story reports, the others its comparisons
  // (and the first month its words name: "November shipments beat October's 5,473 t" is on November)
  const lead = (b: number, periods: Set<string>): string | undefined => {
    const month = first.get(b);
    const block = blocks[b];
    if (month === undefined || block === undefined || !/^\d{4}-\d{2}$/.test(month)) return undefined;
    const named = FIRST_MONTH.exec(input.slice(block.start, block.end))?.[0] ?? "";
    if (!new RegExp(`^(?:${monthNamesOf(Number(month.slice(5)))})$`, "i").test(named)) return undefined;
    return [...periods].every((p) => p.slice(-7) <= month) ? month : undefined;
  };
  return claims.map((c) => {
    if (c.period !== null) return c;
    const b = blockOf(c.start);
    const next = blocks[b + 1];
    if (blocks[b]?.kind !== "heading" || (next?.kind !== "heading" && next?.kind !== "prose")) return c;
    const periods = named.get(b + 1);
    if (periods === undefined) return c;
    const period = periods.size === 1 ? [...periods][0] : lead(b + 1, periods);
    return period === undefined ? c : { ...c, period, grounds: { ...c.grounds, period: "carried" } };
  });
}
