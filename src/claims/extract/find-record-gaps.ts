// How far a month fell short of the record: "600 tonnes short of the record", "just 207 t below the
// all-time high", "1,748 tonnes shy of the all-time peak", "3.3% below the record", "within 4% of
// the record". A difference from the record month's figure, whichever month the data holds as the
// record, not a level of its own and not a claim that the month is the record.

import { NUM, changeRead, hedgeOf, parseDecimal } from "./numbers.js";
import type { ChangeRead } from "./find-changes.js";
import { allMatches } from "./all-matches.js";

/** A distance found in a clause, checked against the record month (basis `record`). */
export interface RecordGapHit extends ChangeRead {
  start: number;
  end: number;
}

const UNIT = "(t|tonnes|tons|mt|%|\\spercent|\\sper\\scent|pc)";
/** The record: "the record", "the all-time high", "its previous peak", "the record set in January". */
const RECORD =
  "(?:the\\s|its\\s|their\\s)(?:(?:previous|prior|monthly|all-time|series|single-month)\\s)*(?:record(?:\\s(?:high|level|total|month))?|all-time\\s(?:high|peak)|peak)\\b";
const HEDGE = "(?:(about|around|roughly|some|nearly|almost|just|only|barely|a\\smere)\\s)?";
/** "600 t short of the record", "3.3% below the all-time high". */
const SHORT_OF = new RegExp(
  `\\b${HEDGE}(${NUM})\\s?${UNIT}\\s(?:short\\sof|below|under|shy\\sof|off|beneath|lower\\sthan|less\\sthan)\\s${RECORD}`,
  "gi",
);
/** "within 4% of the record", "within 200 tonnes of its previous peak". */
const WITHIN = new RegExp(`\\bwithin\\s${HEDGE}(${NUM})\\s?${UNIT}\\sof\\s${RECORD}`, "gi");

const unitOf = (word: string): "t" | "%" => (/^(?:t|tonnes|tons|mt)$/i.test(word.trim()) ? "t" : "%");

/**
 * Every distance to the record in a clause, as a fall from the record month's figure.
 * @example findRecordGaps("just 207 t below the all-time high")[0]?.pct // -207
 */
export function findRecordGaps(clause: string): RecordGapHit[] {
  if (!/record|peak|all-time/i.test(clause)) return [];
  const out: RecordGapHit[] = [];
  for (const m of allMatches(SHORT_OF, clause)) {
    const parsed = parseDecimal(m[2] ?? "");
    if (parsed === null) continue;
    // "just", "only" say nothing of the size; "about" widens it
    const hedge = hedgeOf(/^(?:about|around|roughly|some)$/i.test(m[1] ?? "") ? m[1] : undefined);
    const pct = -parsed.value;
    const start = m.index ?? 0;
    out.push({
      start,
      end: start + m[0].length,
      ...changeRead(pct, unitOf(m[3] ?? ""), hedge, parsed.halfUnit),
    });
  }
  for (const m of allMatches(WITHIN, clause)) {
    const parsed = parseDecimal(m[2] ?? "");
    if (parsed === null) continue;
    const start = m.index ?? 0;
    // anywhere from the record itself down to the stated distance
    out.push({
      start,
      end: start + m[0].length,
      pct: -parsed.value,
      unit: unitOf(m[3] ?? ""),
      hedge: "less_than",
      low: -(parsed.value + parsed.halfUnit),
      high: 0,
    });
  }
  return out;
}
