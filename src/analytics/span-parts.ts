// A span's total from the figures held, as an analyst makes it when no source states it: its
// months and shorter spans added end to end (January-June plus July is January-July), or a longer
// span that starts or ends with it less what lies beyond (January-July less July is
// January-June). China's customs release a year to date every month and its months one by one, so
// most spans a text quotes can be made from what is held even where no source states them.

import { monthIndex, parsePeriod } from "../domain/period.js";

/** A held period of a composed span: added, or taken away. */
export interface SpanPart {
  period: string;
  sign: 1 | -1;
}

/** A span held, by month index (inclusive). */
interface Piece {
  period: string;
  start: number;
  end: number;
}

/** The longest span composed (two years): a longer one is not a total a text states. */
export const MAX_COMPOSED = 24;

/**
 * The held periods that make `period` (a span `YYYY-MM..YYYY-MM`), or null: its months when every
 * one is held, else the fewest months and spans that make it. `held` lists
 * every period held: months, spans and full years (`YYYY`). A span held as it is asked is not
 * composed (the caller has it); a span of one month is a month.
 * @example spanParts("2024-01..2024-06", ["2024-01..2024-07", "2024-07"])
 *   // [{ period: "2024-01..2024-07", sign: 1 }, { period: "2024-07", sign: -1 }]
 */
export function spanParts(period: string, held: Iterable<string>): SpanPart[] | null {
  const span = parsePeriod(period);
  if (span?.kind !== "range") return null;
  const start = monthIndex(span.start);
  const end = monthIndex(span.end);
  if (start === null || end === null || end <= start || end - start + 1 > MAX_COMPOSED) return null;
  const pieces: Piece[] = [];
  // in a fixed order, so that the same periods held always make the same span
  for (const p of [...new Set(held)].sort()) {
    const h = parsePeriod(p);
    const s = h && monthIndex(h.start);
    const e = h && monthIndex(h.end);
    if (s === null || e === null || s === undefined || e === undefined || p === period) continue;
    if (e - s + 1 <= MAX_COMPOSED) pieces.push({ period: p, start: s, end: e });
  }
  // its months alone when every one is held: as exact as they are
  const months = tile(
    pieces.filter((p) => p.start === p.end),
    start,
    end,
  );
  if (months) return months.map((x) => ({ period: x, sign: 1 }));
  let best = tile(pieces, start, end)?.map((x): SpanPart => ({ period: x, sign: 1 }));
  // a longer span from the same start less what follows, or to the same end less what precedes
  for (const outer of pieces) {
    const rest =
      outer.start === start && outer.end > end
        ? tile(pieces, end + 1, outer.end)
        : outer.end === end && outer.start < start
          ? tile(pieces, outer.start, start - 1)
          : null;
    if (rest === null) continue;
    const parts: SpanPart[] = [
      { period: outer.period, sign: 1 },
      ...rest.map((x): SpanPart => ({ period: x, sign: -1 })),
    ];
    if (!best || parts.length < best.length) best = parts;
  }
  return best ?? null;
}

/** The fewest held pieces laid end to end from month index `start` to `end`, or null. */
function tile(pieces: readonly Piece[], start: number, end: number): string[] | null {
  // fewest[i]: the fewest pieces that cover start..i-1 exactly
  const fewest: (string[] | null)[] = Array.from({ length: end - start + 2 }, () => null);
  fewest[0] = [];
  for (let i = 0; i <= end - start; i++) {
    const before = fewest[i];
    if (!before) continue;
    for (const p of pieces) {
      if (p.start !== start + i || p.end > end) continue;
      const at = p.end - start + 1;
      const current = fewest[at];
      if (!current || current.length > before.length + 1) fewest[at] = [...before, p.period];
    }
  }
  return fewest[end - start + 1] ?? null;
}
