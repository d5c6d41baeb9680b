// Verdicts on a month's distance to the record ("1,748 t shy of the all-time peak", "within 4% of
// the record"): the record is the highest month the data holds before or after it, from analytics'
// rank, and the distance is checked as a change from that month. A wrong distance is contradicted
// only when the record's window is certain: no month missing from the data that could be the real
// record, and a history long enough to hold one.

import type { FigureBook } from "../../analytics/figure-book.js";
import { rankIn } from "../../analytics/month-figures.js";
import { monthsFrom } from "../../domain/period.js";
import type { SeriesKey } from "../../domain/series-key.js";
import type { StatedChange } from "../types.js";
import { checkChange, unverifiable, type Outcome } from "./check-figures.js";
import { noFigure, periodLabel, tonnes } from "./format.js";

/** The months of history before the month that a total's record needs (as for a stated record). */
const RECORD_HISTORY = 11;

/** A stated distance below the record for one month. */
export function checkRecordGap(book: FigureBook, key: SeriesKey, period: string, s: StatedChange): Outcome {
  const values = book.values(key);
  if (!values.get(period)) return unverifiable(noFigure(key, periodLabel(period)));
  const r = rankIn(values, period, "high", { type: "record" });
  if (r === null) return unverifiable(noFigure(key, periodLabel(period)));
  const record = r.better[0];
  if (record === undefined)
    return unverifiable(
      `stated ${s.raw.trim()}, but ${periodLabel(period)} is itself the highest month held, so the record the text means lies outside the data`,
    );
  const gap = checkChange(book, key, period, record.period, s);
  const named = `the record held is ${periodLabel(record.period)}'s ${tonnes(record.value)}: ${gap.explanation}`;
  const uncertain =
    r.gaps.length > 0
      ? `${r.gaps.length} month${r.gaps.length > 1 ? "s" : ""} missing from the data could hold the record`
      : key.partner === "WLD" && monthsFrom(r.from, period) < RECORD_HISTORY
        ? `the data holds this series only from ${periodLabel(r.from)}, too short a history to know the record`
        : null;
  if (gap.verdict === "contradicted" && uncertain !== null)
    return { ...gap, verdict: "unverifiable", explanation: `${named}; but ${uncertain}` };
  return { ...gap, explanation: named };
}
