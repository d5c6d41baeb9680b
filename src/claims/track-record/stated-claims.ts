// A source's stored figure read as the claims that source made: its level, its stated changes (each
// with its base), its rank (with its scope) and its streak, each an `ExtractedClaim` the checker
// verifies like a claim found in text. A stored row is explicit, so every part is read from the
// statement itself (grounds `clause`); where curation corrected the source's own mistake (a
// mislabelled series, swapped change bases) the claim is what the source printed.

import type { StatedFigure } from "../../analytics/statements.js";
import type { ClaimKind, ExtractedClaim, Stated, Tolerance } from "../types.js";
import { statedWordsOf } from "../extract/stated-words.js";
import { ordinal, rankScope, rankWords } from "../verify/rank/stated-scope.js";

/** A claim built from a stored figure, with the figure it came from. */
export interface StatedClaim {
  claim: ExtractedClaim;
  figure: StatedFigure;
}

/**
 * The claims one stored figure makes. `othersStep` is the rounding step of the value the other
 * origins give for the same key: a level agrees with it within the coarser of the two steps, the
 * rule the store resolves by (6,150 and 6,149.95 agree).
 * @example statedClaims(row) // [{ claim: { kind: "level", stated: { type: "level", value: 6150, ... } } }, ...]
 */
export function statedClaims(figure: StatedFigure, othersStep = 0): StatedClaim[] {
  const printed = asPrinted(figure);
  if (printed.measure !== "qty" && printed.measure !== "share") return []; // money and prices are not checked against tonnages
  const period = /^\d{4}$/.test(printed.period)
    ? `${printed.period}-01..${printed.period}-12`
    : printed.period;
  const out: StatedClaim[] = [];
  const add = (kind: ClaimKind, stated: Stated, what: string) => {
    const text = `${subject(printed)}, ${printed.period}: ${what}`;
    out.push({
      figure,
      claim: {
        text,
        start: 0,
        end: text.length,
        kind,
        series: printed.series,
        reporter: printed.reporter,
        flow: printed.flow,
        partner: printed.partner,
        period,
        // read as the reader reads a text's figures
        stated: statedWordsOf(stated),
        grounds: { series: "clause", partner: "clause", period: "clause", basis: "clause" },
        alternatives: [],
        mode: "reported",
      },
    });
  };
  const month = /^\d{4}-\d{2}$/.test(period);
  if (printed.value !== null && printed.measure === "qty" && printed.unit === "t") {
    const value = Number(printed.value);
    const step = Math.max(Number(printed.precision_unit ?? 0), othersStep);
    const raw = `${group(printed.value)} t`;
    add(
      month ? "level" : "ytd",
      { type: "level", value, unit: "t", hedge: null, raw, ...around(value, step) },
      raw,
    );
  }
  if (printed.value !== null && printed.measure === "share" && printed.partner !== "WLD") {
    const pct = Number(printed.value);
    const raw = `${printed.value}% of the total`;
    add("share", { type: "share", pct, hedge: null, raw, ...around(pct, halfStep(printed.value)) }, raw);
  }
  if (printed.measure !== "qty") return out;
  const changes: [string | null, string][] = [
    [printed.stated_mom_pct, "mom"],
    [printed.stated_yoy_pct, "yoy"],
  ];
  const base = /^vs (\d{4}-\d{2})$/.exec(printed.stated_change_basis ?? "");
  if (base) changes.push([printed.stated_change_pct, base[1]!]); // an unspecified base cannot be checked
  for (const [text, basis] of changes) {
    if (text === null) continue;
    const pct = Number(text);
    const raw = `${pct > 0 ? "+" : ""}${text}% ${basis === "mom" ? "on the month" : basis === "yoy" ? "on the year" : `on ${basis}`}`;
    add(
      "change",
      {
        type: "change",
        pct,
        unit: "%",
        basis,
        direction: pct < 0 ? "down" : "up",
        hedge: null,
        raw,
        ...around(pct, halfStep(text)),
      },
      raw,
    );
  }
  const scope = rankScope(printed.stated_rank_scope);
  if (printed.stated_rank !== null && printed.stated_rank_direction !== null && scope !== null && month) {
    const raw = rankWords(printed.stated_rank, printed.stated_rank_direction, scope);
    add(
      "rank",
      { type: "rank", n: printed.stated_rank, direction: printed.stated_rank_direction, scope, raw },
      raw,
    );
  }
  if (printed.stated_streak !== null && printed.stated_streak !== 0 && month) {
    const n = Math.abs(printed.stated_streak);
    const raw = `${ordinal(n)} straight monthly ${printed.stated_streak > 0 ? "rise" : "fall"}`;
    add("rank", { type: "streak", n, direction: printed.stated_streak > 0 ? "up" : "down", raw }, raw);
  }
  return out;
}

/**
 * The figure as the source printed it, undoing curation that corrected the source's own mistake:
 * a series relabelled because the page sold one category as another, change bases the page
 * swapped. A relabelling because the page itself defines a wider scope is the source's meaning, kept.
 */
export function asPrinted(f: StatedFigure): StatedFigure {
  const note = f.correction ?? "";
  let out = f;
  const series = /series (\S+) -> (\S+): ([^;]*)/.exec(note);
  if (series && series[2] === f.series && !/definition/.test(series[3]!))
    out = { ...out, series: series[1]! };
  if (/change bases swapped/.test(note))
    out = { ...out, stated_mom_pct: f.stated_yoy_pct, stated_yoy_pct: f.stated_mom_pct };
  return out;
}

function subject(f: StatedFigure): string {
  const who = f.partner === "WLD" ? "" : ` ${f.flow === "export" ? "to" : "from"} ${f.partner}`;
  return `${f.reporter === "CHN" ? "" : `${f.reporter} `}${f.series} ${f.flow}s${who}`;
}

function around(x: number, half: number): Tolerance {
  const r = (v: number) => Math.round(v * 1e9) / 1e9;
  return { low: r(x - half), high: r(x + half) };
}

/** Half the last printed digit: "12" -> 0.5, "-6.1" -> 0.05. */
function halfStep(text: string): number {
  const decimals = text.split(".")[1]?.length ?? 0;
  return 0.5 / 10 ** decimals;
}

function group(value: string): string {
  const [int = "", frac] = value.split(".");
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${g}.${frac}` : g;
}
