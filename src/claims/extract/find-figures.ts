// The grammar of levels and shares in one clause: tonnages in every spelling trade news uses
// ("about 6,150 tonnes", "6.15 thousand tons", "1.2 million kg", "5.2万吨") and shares of the total
// ("a fifth of the total", "12% of all shipments", "accounting for about a quarter").

import { FRACTIONS } from "./lexicon.js";
import { HEDGE_WORDS, hedgeOf, multiplierOf, parseDecimal, roundTol, toleranceFor, tonnesPer } from "./numbers.js";
import { NUM } from "./find-changes.js";
import type { Hedge, Tolerance } from "../types.js";

/** A tonnage found in a clause, normalised to tonnes. */
export interface LevelHit extends Tolerance {
  start: number;
  end: number;
  value: number;
  unit: "t";
  hedge: Hedge | null;
}

/** A share of the total found in a clause, in percent. */
export interface ShareHit extends Tolerance {
  start: number;
  end: number;
  pct: number;
  hedge: Hedge | null;
}

const QTY = new RegExp(
  `(?:\\b(${HEDGE_WORDS})\\s{1,2})?(?<![\\d.,])(${NUM})\\s{0,2}(thousand|million|mn|m|k|万|千)?\\s{0,2}` +
    `(metric tonnes|metric tons|tonnes|tons|tonne|ton|t|kilograms|kilogrammes|kg|吨|公斤)(?![A-Za-z])`,
  "gi",
);

/** Every tonnage in a clause. */
export function findLevels(clause: string): LevelHit[] {
  const out: LevelHit[] = [];
  for (const m of clause.matchAll(QTY)) {
    const parsed = parseDecimal(m[2] ?? "");
    if (parsed === null) continue;
    const unitWord = m[4] ?? "t";
    const factor = multiplierOf(m[3]) * (unitWord === "公斤" ? 1e-3 : tonnesPer(unitWord));
    const hedge = hedgeOf(m[1]);
    const value = roundTol(parsed.value * factor);
    const tol = toleranceFor(value, parsed.halfUnit * factor, hedge);
    out.push({ start: m.index, end: m.index + m[0].length, value, unit: "t", hedge, ...tol });
  }
  return out;
}

const FRACTION_WORDS = "half|third|quarter|fifth|sixth|tenth|two-thirds|two thirds|three-quarters|three quarters";
const OF_TOTAL = "of\\s(?:the\\s|all\\s|its\\s)?(?:total|overall|all|China's|Chinese|exports|shipments|outbound|overseas|magnet|rare|the month's|sales abroad)";
const SHARE_VERB = "accounted for|accounting for|accounts for|made up|making up|makes up|took|taking|takes|represented|representing|received|absorbed|bought";
const PCT = `(${NUM})\\s?(?:%|per\\s?cent|percent|pct)(?![A-Za-z])`;
const HEDGE = `(?:(${HEDGE_WORDS})\\s)?`;

const SHARE_PATTERNS: Array<{ re: RegExp; kind: "pct" | "fraction" }> = [
  { re: new RegExp(`${HEDGE}(?:\\b(?:a|one)[- ])?\\b(${FRACTION_WORDS})\\s${OF_TOTAL}`, "gi"), kind: "fraction" },
  { re: new RegExp(`\\b(?:${SHARE_VERB})\\s${HEDGE}(?:(?:a|one)[- ])?(${FRACTION_WORDS})\\b`, "gi"), kind: "fraction" },
  { re: new RegExp(`${HEDGE}${PCT}\\s(?:share\\s)?${OF_TOTAL}`, "gi"), kind: "pct" },
  { re: new RegExp(`\\b(?:${SHARE_VERB})\\s${HEDGE}${PCT}`, "gi"), kind: "pct" },
  { re: new RegExp(`\\b(?:a|an)\\s${HEDGE}${PCT}\\sshare\\b`, "gi"), kind: "pct" },
  { re: new RegExp(`\\bshare\\s(?:of\\s(?:the\\s)?(?:total\\s)?|stood at\\s|was\\s|of\\s)${HEDGE}${PCT}`, "gi"), kind: "pct" },
];

/** Every share of the total stated in a clause. */
export function findShares(clause: string): ShareHit[] {
  const out: ShareHit[] = [];
  for (const { re, kind } of SHARE_PATTERNS) {
    for (const m of clause.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((h) => start < h.end && end > h.start)) continue;
      const hedge = hedgeOf(m[1]);
      if (kind === "fraction") {
        const pct = FRACTIONS[(m[2] ?? "").toLowerCase()];
        if (pct === undefined) continue;
        out.push({ start, end, pct: roundTol(pct), hedge, ...toleranceFor(pct, 2.5, hedge, 2.5) });
      } else {
        const parsed = parseDecimal(m[2] ?? "");
        if (parsed === null || parsed.value > 100) continue;
        out.push({ start, end, pct: parsed.value, hedge, ...toleranceFor(parsed.value, parsed.halfUnit, hedge) });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
