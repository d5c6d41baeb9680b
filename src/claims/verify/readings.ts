// The readings under which a claim is checked: the main one the reader chose, the alternatives it
// listed, and the other comparison base when the text names none. A reading is *certain* only when
// the claim is a reported figure and its series, partner and period were named in its own sentence
// (or in the sentence right before, whose figure its subject points back at).

import { seriesKey, type SeriesKey } from "../../domain/series-key.js";
import type { ExtractedClaim, Grounding, Reading, Stated } from "../types.js";

export interface PlannedReading {
  key: SeriesKey;
  period: string | null;
  /** `mom`, `yoy` or a base month, for changes and directions. */
  basis: string | null;
  stated: Stated;
  /** Why this reading is plausible; null for the main reading. */
  why: string | null;
  /** The alternative reading of the claim this one comes from; absent for the main reading. */
  from?: Reading;
  /**
   * A reading the text does not suggest, only allows (the other comparison base when the text names
   * none): it can show a figure is right, but its lack of data does not make the main reading unsure.
   */
  rescueOnly: boolean;
  /** When this reading fits, the claim is ambiguous rather than supported. */
  supportsOnlyAmbiguity?: boolean;
}

const named = (g: Grounding | undefined) =>
  g === "clause" || g === "sentence" || g === "text" || g === "pointed";

/** True when the main reading is certain enough to contradict: a unit not written with the figure never is. */
export function isCertain(claim: ExtractedClaim): boolean {
  const g = claim.grounds;
  return (
    claim.mode === "reported" &&
    named(g.series) &&
    named(g.partner) &&
    named(g.period) &&
    // a base pointed back to ("below that") but not found in the sentence is a guess
    g.basis !== "carried" &&
    (g.unit === undefined || named(g.unit))
  );
}

/** The series key a stated figure is checked in: money against values, everything else against quantities. */
export function keyFor(claim: ExtractedClaim, series: string, partner: string, stated: Stated): SeriesKey {
  const money =
    (stated.type === "level" && stated.unit !== "t" && stated.unit !== "kg") ||
    ((stated.type === "change" || stated.type === "direction" || stated.type === "share") &&
      stated.measure === "value");
  return seriesKey({
    series,
    reporter: claim.reporter,
    flow: claim.flow,
    partner,
    measure: money ? "value" : "qty",
  });
}

function basisOf(stated: Stated): string | null {
  return stated.type === "change" || stated.type === "direction" ? stated.basis : null;
}

/** The main reading first, then every alternative, without duplicates. Null series means no reading. */
export function readingsOf(claim: ExtractedClaim, convention: "mom" | "yoy" | null = null): PlannedReading[] {
  if (claim.series === null) return [];
  const main: PlannedReading = {
    key: keyFor(claim, claim.series, claim.partner, claim.stated),
    period: claim.period,
    basis: basisOf(claim.stated),
    stated: claim.stated,
    why: null,
    rescueOnly: false,
  };
  const out = [main];
  // a reading weighed only where the main one has no data comes after any the text suggests outright,
  // so that the same reading suggested both ways is kept as the outright one
  const alternatives = [
    ...claim.alternatives.filter((a) => a.unheld !== true),
    ...claim.alternatives.filter((a) => a.unheld === true),
  ];
  for (const alt of alternatives) {
    const basisOnly =
      alt.basis !== undefined &&
      alt.series === undefined &&
      alt.partner === undefined &&
      alt.period === undefined &&
      alt.stated === undefined;
    const stated = alt.stated ?? claim.stated;
    out.push({
      key: keyFor(claim, alt.series ?? claim.series, alt.partner ?? claim.partner, stated),
      period: alt.period ?? claim.period,
      basis: alt.basis ?? basisOf(stated),
      stated,
      why: alt.why,
      from: alt,
      // where the text names one base for its other changes, an unnamed base follows that habit:
      // the other base may still show the figure right, but no longer makes the reading unsure
      rescueOnly:
        alt.rescueOnly === true || (basisOnly && convention !== null && convention === basisOf(claim.stated)),
      // a bare rise or fall fits either base about half the time: fitting the other one shows
      // the text is ambiguous, not that it is right
      supportsOnlyAmbiguity: (basisOnly && claim.stated.type === "direction") || alt.onlyAmbiguous === true,
    });
  }
  // a percentage change without a named base is read on the month, as the press mostly means it;
  // when only the year-on-year change fits the stated figure, that is the reading the writer meant
  const basis = main.basis;
  if (claim.stated.type === "change" && (basis === "mom" || basis === "yoy") && !named(claim.grounds.basis)) {
    const other = basis === "mom" ? "yoy" : "mom";
    const why =
      other === "yoy"
        ? "the change is year-on-year (the text names no base)"
        : "the change is on the previous month (the text names no base)";
    for (const r of [...out])
      if (r.basis === basis)
        out.push({ ...r, basis: other, why: r.why ? `${r.why}; ${why}` : why, rescueOnly: true });
  }
  const seen = new Set<string>();
  // the readings mostly share the claim's stated figure: it is written out once; the two parts of
  // the id are each whole JSON, so they tell readings apart exactly as one array of all four would
  const statedIds = new Map<Stated, string>();
  return out.filter((r) => {
    let stated = statedIds.get(r.stated);
    if (stated === undefined) statedIds.set(r.stated, (stated = JSON.stringify([r.stated])));
    const id = JSON.stringify([r.key, r.period, r.basis]) + stated;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * The readings the claim's sentence suggests (`sentenceReadings`), each on the main reading with
 * what it names instead; weighed after every other, without merging (see `readingsOf`).
 */
export function sentenceReadingsOf(claim: ExtractedClaim, main: PlannedReading): PlannedReading[] {
  return (claim.sentenceReadings ?? []).map((r) => ({
    ...main,
    key:
      r.series === undefined && r.partner === undefined
        ? main.key
        : seriesKey({
            ...main.key,
            series: r.series ?? main.key.series,
            partner: r.partner ?? main.key.partner,
          }),
    period: r.period ?? main.period,
    basis: r.basis ?? main.basis,
    why: r.why,
    rescueOnly: r.rescueOnly === true,
    ...(r.onlyAmbiguous === true ? { supportsOnlyAmbiguity: true } : {}),
    // a reading weighed only where the data holds nothing for the main one (see `Reading.unheld`)
    ...(r.unheld === true ? { from: { why: r.why, unheld: true as const } } : {}),
  }));
}
