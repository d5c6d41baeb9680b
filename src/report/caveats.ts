// Caveats a reader needs before quoting the brief: figures resting on one source, sources that
// disagree, values derived from cumulative totals, months missing from the record, and
// destinations reported last month but not this one.
import type { Stats } from "../analytics/types.js";
import type { Conflict } from "../store/types.js";
import type { BriefNote, BriefSentence } from "./brief-types.js";
import { formatQty, joinList, monthLabel, periodLabel } from "./format-figures.js";
import { partnerName } from "./partner-names.js";
import { sentence } from "./sentence.js";

export interface CaveatInput {
  stats: Stats;
  notes: BriefNote[];
  conflicts: Conflict[];
  /** Destinations with a figure last month and none this month. */
  dropped: string[];
}

const label = (partner: string, period: string) =>
  `${partner === "WLD" ? "the total" : partnerName(partner)} for ${periodLabel(period)}`;

/**
 * The caveats, most serious first.
 * @example caveatSentences({ stats, notes, conflicts: [], dropped: ["DEU"] }).map((s) => s.id)
 */
export function caveatSentences(input: CaveatInput): BriefSentence[] {
  const out: BriefSentence[] = [];
  for (const c of input.conflicts) {
    const others = c.sides.filter((s) => s.value !== c.resolved);
    const used = c.sides.find((s) => s.value === c.resolved);
    out.push(
      sentence(`conflict:${c.partner}:${c.period}`, [
        `Sources disagree on ${label(c.partner, c.period)}: ${formatQty(Number(c.resolved))} ${c.unit} is used`,
        used ? ` (${joinList(used.origins)})` : "",
        `, against ${joinList(others.map((s) => `${formatQty(Number(s.value))} ${c.unit} (${joinList(s.origins)})`))}.`,
      ]),
    );
  }
  const derived = input.notes.filter((n) => n.derived);
  if (derived.length > 0) {
    out.push(
      sentence("derived", [
        `Derived, not stated by any source: ${joinList(derived.map((n) => `${label(n.partner, n.period)} [${n.n}]`))}, backed out of cumulative totals.`,
      ]),
    );
  }
  const single = input.notes.filter((n) => n.basis === "single");
  if (single.length > 0) {
    out.push(
      sentence("single-source", [
        `One source only: ${joinList(single.map((n) => `${label(n.partner, n.period)} [${n.n}]`))}.`,
      ]),
    );
  }
  const gaps = input.stats.record_gaps;
  if (gaps.length > 0) {
    out.push(
      sentence("record-gaps", [
        `Missing from the record: ${joinList(gaps.map((g) => monthLabel(g)))}. Ranks, records and "highest since" are among the months held; a missing month could change them.`,
      ]),
    );
  }
  if (input.dropped.length > 0) {
    out.push(
      sentence("dropped-destinations", [
        `No ${monthLabel(input.stats.period)} figure for ${joinList(input.dropped.map(partnerName))}, which had one the month before; they are left out of movers and shares.`,
      ]),
    );
  }
  return out;
}
