// Verdicts on levels, changes, shares and bare directions: the stated figure against the resolved
// one, within the tolerance the claim's own wording implies. When a stated tonnage is wrong for its
// series but right for another series or another month, the explanation says so.

import { fromIndex, parseMonth } from "../extract/periods.js";
import type { Actual, ExtractedClaim, StatedChange, StatedDirection, StatedLevel, StatedShare, Verdict } from "../types.js";
import type { ClaimData, ClaimKey, Figure } from "./claim-data.js";
import { interval, pct, periodLabel, tonnes } from "./format.js";

/** What a check concludes, before evidence rows are attached. */
export interface Outcome {
  verdict: Verdict;
  explanation: string;
  actual: Actual | null;
  /** The figures the verdict rests on: their rows become the evidence. */
  figures: Figure[];
}

export const unverifiable = (explanation: string, figures: Figure[] = []): Outcome => ({ verdict: "unverifiable", explanation, actual: null, figures });

const within = (x: number, low: number | null, high: number | null) =>
  (low === null || x >= low - 1e-9) && (high === null || x <= high + 1e-9);

/** A stated tonnage for a month, a cumulative range or a full year. */
export async function checkLevel(data: ClaimData, key: ClaimKey, claim: ExtractedClaim, s: StatedLevel): Promise<Outcome> {
  const period = claim.period as string;
  const f = await data.point(key, period);
  if (!f) return unverifiable(`no ${key.series} figure for ${periodLabel(period)} (${key.partner}) in the data`);
  const actual: Actual = { value: f.value, unit: "t" };
  const stated = `stated ${s.raw.trim()}`;
  if (within(f.value, s.low, s.high)) {
    return { verdict: "supported", explanation: `${stated}, data gives ${tonnes(f.value)} for ${periodLabel(period)}`, actual, figures: [f] };
  }
  const hint = await betterMatch(data, key, period, s);
  return {
    verdict: "contradicted",
    explanation: `${stated} (${interval(s.low, s.high, "t")}), data gives ${tonnes(f.value)} for ${periodLabel(period)}${hint}`,
    actual, figures: [f],
  };
}

/** Where a wrong tonnage does fit: another series in the same period, or the same series in another month. */
async function betterMatch(data: ClaimData, key: ClaimKey, period: string, s: StatedLevel): Promise<string> {
  const low = s.low ?? s.value;
  const high = s.high ?? s.value;
  const other = await data.otherSeries(key, period, low, high);
  if (other[0]) return `; ${tonnes(s.value)} is the ${other[0].point.series} figure for that period, a different series`;
  if (!/^\d{4}-\d{2}$/.test(period)) return "";
  const months = [...(await data.monthly(key)).values()].filter((f) => f.period !== period && within(f.value, low, high));
  if (months[0]) return `; ${tonnes(s.value)} is the figure for ${periodLabel(months[0].period)}`;
  return "";
}

/** The period a change is measured against. */
export function basePeriod(period: string, basis: string): string | null {
  if (/^\d{4}-\d{2}$/.test(basis)) return basis;
  const own = parseMonth(period);
  if (own !== null) return fromIndex(own - (basis === "yoy" ? 12 : 1));
  const r = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(period);
  if (r && basis === "yoy") return `${Number(r[1]) - 1}-${r[2]}..${Number(r[3]) - 1}-${r[4]}`;
  return null;
}

async function pair(data: ClaimData, key: ClaimKey, period: string, basis: string): Promise<[Figure, Figure] | string> {
  const base = basePeriod(period, basis);
  if (base === null) return `a change over ${periodLabel(period)} needs a comparison period the text does not give`;
  const [cur, prev] = await Promise.all([data.point(key, period), data.point(key, base)]);
  if (!cur) return `no ${key.series} figure for ${periodLabel(period)} (${key.partner}) in the data`;
  if (!prev) return `no ${key.series} figure for the comparison period ${periodLabel(base)} (${key.partner}) in the data`;
  if (prev.value === 0) return `the comparison period ${periodLabel(base)} is zero: a percentage change is undefined`;
  return [prev, cur];
}

/** A stated percentage change against the previous month, a year earlier, or a named month. */
export async function checkChange(data: ClaimData, key: ClaimKey, claim: ExtractedClaim, s: StatedChange): Promise<Outcome> {
  if (s.unit === "pp") return unverifiable("a change in percentage points needs shares, which this check does not compute");
  const got = await pair(data, key, claim.period as string, s.basis);
  if (typeof got === "string") return unverifiable(got);
  const [prev, cur] = got;
  const change = (cur.value / prev.value - 1) * 100;
  const actual: Actual = { pct: change, unit: "%", from: { period: prev.period, value: prev.value }, to: { period: cur.period, value: cur.value } };
  const verdict: Verdict = within(change, s.low, s.high) ? "supported" : "contradicted";
  const range = verdict === "supported" ? "" : ` (${interval(s.low, s.high, "%")})`;
  const explanation = `stated ${pct(s.pct, 2)}${range}, data gives ${pct(change)} (${tonnes(prev.value)} in ${periodLabel(prev.period)} to ${tonnes(cur.value)} in ${periodLabel(cur.period)})`;
  return { verdict, explanation, actual, figures: [cur, prev] };
}

/** A stated rise or fall without a number. */
export async function checkDirection(data: ClaimData, key: ClaimKey, claim: ExtractedClaim, s: StatedDirection): Promise<Outcome> {
  const got = await pair(data, key, claim.period as string, s.basis);
  if (typeof got === "string") return unverifiable(got);
  const [prev, cur] = got;
  const dir = cur.value > prev.value ? "up" : cur.value < prev.value ? "down" : "flat";
  const verdict: Verdict = dir === s.direction ? "supported" : "contradicted";
  const explanation = `stated ${s.direction === "up" ? "a rise" : "a fall"}, data gives ${dir === "flat" ? "no change" : dir === "up" ? "a rise" : "a fall"} of ${pct((cur.value / prev.value - 1) * 100)} (${tonnes(prev.value)} in ${periodLabel(prev.period)} to ${tonnes(cur.value)} in ${periodLabel(cur.period)})`;
  return { verdict, explanation, actual: { direction: dir, from: { period: prev.period, value: prev.value }, to: { period: cur.period, value: cur.value } }, figures: [cur, prev] };
}

/** A destination's stated share of the total. */
export async function checkShare(data: ClaimData, key: ClaimKey, claim: ExtractedClaim, s: StatedShare): Promise<Outcome> {
  const period = claim.period as string;
  if (key.partner === "WLD") return unverifiable("a share needs a destination, and the text names none");
  const [part, total] = await Promise.all([data.point(key, period), data.point({ ...key, partner: "WLD" }, period)]);
  if (!part) return unverifiable(`no ${key.series} figure for ${key.partner} in ${periodLabel(period)} in the data`);
  if (!total || total.value === 0) return unverifiable(`no ${key.series} total for ${periodLabel(period)} in the data`);
  const share = (part.value / total.value) * 100;
  const verdict: Verdict = within(share, s.low, s.high) ? "supported" : "contradicted";
  const explanation = `stated ${s.raw.trim()} (${interval(s.low, s.high, "%")}), data gives ${share.toFixed(1)}% (${tonnes(part.value)} of ${tonnes(total.value)} in ${periodLabel(period)})`;
  return { verdict, explanation, actual: { pct: share, unit: "%" }, figures: [part, total] };
}
