// Verdicts on ranks ("second-highest on record", "highest since January", "lowest in nine months",
// "this year's highest") and streaks ("fifth straight monthly fall"), over the monthly record the
// store holds. A rank is contradicted by any known month that breaks it; months missing from the
// window are named as a caveat; a window that starts before the data does is unverifiable.

import { fromIndex, parseMonth } from "../extract/periods.js";
import type { ExtractedClaim, StatedRank } from "../types.js";
import type { ClaimData, ClaimKey, Figure } from "./claim-data.js";
import { unverifiable, type Outcome } from "./check-figures.js";
import { periodLabel, tonnes } from "./format.js";

/** A rank or streak claim. */
export async function checkRank(data: ClaimData, key: ClaimKey, claim: ExtractedClaim, s: StatedRank): Promise<Outcome> {
  const period = claim.period as string;
  const at = parseMonth(period);
  if (at === null) return unverifiable(`a rank needs a single month; the claim is about ${periodLabel(period)}`);
  const months = await data.monthly(key);
  const cur = months.get(period);
  if (!cur) return unverifiable(`no ${key.series} figure for ${periodLabel(period)} (${key.partner}) in the data`);
  return s.type === "streak" ? streak(months, at, cur, s) : rank(months, at, cur, s);
}

function rank(months: Map<string, Figure>, at: number, cur: Figure, s: Extract<StatedRank, { type: "rank" }>): Outcome {
  const known = [...months.keys()].map((p) => parseMonth(p) as number).sort((a, b) => a - b);
  const first = known[0] as number;
  const beats = (f: Figure) => (s.direction === "high" ? f.value > cur.value : f.value < cur.value);
  const word = s.direction === "high" ? "higher" : "lower";
  // the window of months the rank is counted in, and the month that must beat it ("since")
  let from = first;
  let anchor: number | null = null;
  if (s.scope.type === "year") from = s.scope.year * 12;
  if (s.scope.type === "months") anchor = at - s.scope.months;
  if (s.scope.type === "since") anchor = /^\d{4}$/.test(s.scope.period) ? Number(s.scope.period) * 12 + 11 : parseMonth(s.scope.period);
  if (anchor !== null) from = anchor + 1;
  if (anchor !== null && anchor < first) return unverifiable(`the data for this series starts in ${periodLabel(fromIndex(first))}, after ${periodLabel(fromIndex(anchor))}`, [cur]);
  const window: Figure[] = [];
  const gaps: string[] = [];
  for (let i = Math.max(from, first); i <= at; i++) {
    const f = months.get(fromIndex(i));
    if (f) window.push(f);
    else gaps.push(fromIndex(i));
  }
  const better = window.filter(beats).sort((a, b) => (s.direction === "high" ? b.value - a.value : a.value - b.value));
  const actualRank = better.length + 1;
  const scope = scopeLabel(s, from, at);
  const caveat = gaps.length > 0 ? `; ${gaps.length} month${gaps.length > 1 ? "s" : ""} missing in that window (${gaps.slice(0, 3).map(periodLabel).join(", ")}${gaps.length > 3 ? ", ..." : ""})` : "";
  const actual = { value: cur.value, rank: actualRank };
  const figures = [cur, ...better.slice(0, 3)];
  if (actualRank > s.n) {
    const top = better.slice(0, Math.min(3, actualRank - 1)).map((f) => `${periodLabel(f.period)}'s ${tonnes(f.value)}`).join(", ");
    return { verdict: "contradicted", explanation: `stated rank ${s.n} ${scope}, but ${top} ${better.length > 1 ? "were" : "was"} ${word}: ${tonnes(cur.value)} ranks ${actualRank} of ${window.length} months held`, actual, figures };
  }
  if (actualRank < s.n) {
    return unverifiable(`stated rank ${s.n} ${scope}, but in the data held ${tonnes(cur.value)} ranks ${actualRank}${caveat}`, figures);
  }
  if (anchor !== null && (s.scope.type === "since" || s.scope.type === "months")) {
    const edge = months.get(fromIndex(anchor));
    if (edge && !beats(edge) && edge.value !== cur.value) {
      return { verdict: "contradicted", explanation: `stated ${s.raw.trim()}, but ${periodLabel(edge.period)} (${tonnes(edge.value)}) was not ${word}: ${sinceText(months, at, cur, beats)}`, actual, figures: [cur, edge] };
    }
    if (!edge && s.scope.type === "since") return unverifiable(`every month after ${periodLabel(fromIndex(anchor))} was ${word === "higher" ? "lower" : "higher"}, but ${periodLabel(fromIndex(anchor))} itself is missing from the data`, figures);
  }
  return { verdict: "supported", explanation: `stated ${s.raw.trim()}: ${tonnes(cur.value)} ranks ${actualRank} of ${window.length} months held ${scope}${caveat}`, actual, figures };
}

/** "actually highest since January 2025" from the months before `at`. */
function sinceText(months: Map<string, Figure>, at: number, cur: Figure, beats: (f: Figure) => boolean): string {
  for (let i = at - 1; i >= at - 600; i--) {
    const f = months.get(fromIndex(i));
    if (f && beats(f)) return `the last month beyond it was ${periodLabel(f.period)} (${tonnes(f.value)})`;
  }
  return `no earlier month in the data beats ${tonnes(cur.value)}`;
}

function scopeLabel(s: Extract<StatedRank, { type: "rank" }>, from: number, at: number): string {
  switch (s.scope.type) {
    case "record": return `on record (data from ${periodLabel(fromIndex(from))})`;
    case "year": return `in ${s.scope.year}`;
    default: return `from ${periodLabel(fromIndex(from))} to ${periodLabel(fromIndex(at))}`;
  }
}

function streak(months: Map<string, Figure>, at: number, cur: Figure, s: Extract<StatedRank, { type: "streak" }>): Outcome {
  let k = 0;
  let i = at;
  let gap: string | null = null;
  const used: Figure[] = [cur];
  for (; k < s.n + 1; i--) {
    const a = months.get(fromIndex(i));
    const b = months.get(fromIndex(i - 1));
    if (!a || !b) {
      gap = fromIndex(a ? i - 1 : i);
      break;
    }
    const moved = s.direction === "up" ? a.value > b.value : a.value < b.value;
    if (!moved) break;
    used.push(b);
    k++;
  }
  const word = s.direction === "up" ? "rise" : "fall";
  const actual = { value: cur.value, streak: s.direction === "up" ? k : -k };
  if (k === s.n) {
    return { verdict: "supported", explanation: `stated ${s.n} straight monthly ${word}s, data gives ${k} to ${periodLabel(cur.period)}`, actual, figures: used };
  }
  if (gap !== null && k < s.n) {
    return unverifiable(`stated ${s.n} straight monthly ${word}s; the data shows ${k} before ${periodLabel(gap)}, which is missing`, used);
  }
  return { verdict: "contradicted", explanation: `stated ${s.n} straight monthly ${word}s, data gives ${k} to ${periodLabel(cur.period)}`, actual, figures: used };
}
