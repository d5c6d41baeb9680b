// A level reached over a span: "dropped to 5,473 t between August and October", "climbed to 812 t
// from June to October", "rose 75% between June and July to 5,577 t", "from May to October they rose
// fourteenfold, to 656 t". The words "<verb of change> to X" say where the series ended up, so the
// figure is most likely the span's last month; it may also be the span's total, and a reporter may
// mean a month inside the span. The reader cannot be sure which: the end month is read first, the
// total kept as another reading, and neither is certain enough to contradict.
import type { Figure } from "./read-clause.js";
import { fromIndex, parseMonth, type PeriodMention } from "./periods.js";

const MOVES = String.raw`rose|fell|dropped|slid|slipped|sank|climbed|jumped|surged|declined|decreased|increased|grew|recovered|rebounded|plunged|slumped|eased|edged (?:up|down|higher|lower)|shrank|tumbled|soared|rise|fall|drop|decline|increase|climb|recovery`;
const ROUGHLY = String.raw`(?:(?:about|around|roughly|some|nearly|almost|just over|just under)\s)?`;
/** A verb or noun of change then "to" right before the figure: "fell to", "slid back to", "a drop to". */
const MOVED_TO = new RegExp(
  String.raw`\b(?:${MOVES})(?:\s(?:back|further|sharply|steadily|gradually))?\sto\s${ROUGHLY}$`,
  "i",
);
/** A change told before the span: "rose 75% between June and July", "more than doubled from June to July". */
const MOVED_BEFORE = new RegExp(String.raw`\b(?:${MOVES}|doubled|tripled|trebled|quadrupled|halved)\b`, "i");
/** Right after the span, the level the change ended at: "... between June and July to 5,577 t", ", reaching 418 t". */
const ENDED_AT = new RegExp(
  String.raw`^,?\s(?:to|reaching|hitting|touching|to\s(?:reach|hit)|ending\sat|finishing\sat)\s${ROUGHLY}$`,
  "i",
);

/**
 * After the span, a change and then the level it ended at: "From May to October, US volumes rose more
 * than fourteenfold, to 656 t", "between June and July exports jumped 75%, reaching 5,577 t".
 */
const MOVED_THEN_ENDED = new RegExp(
  String.raw`\b(?:${MOVES}|doubled|tripled|trebled|quadrupled|halved)\b[^.;:]{0,40},\s(?:to|reaching|hitting|to\s(?:reach|hit)|ending\sat|finishing\sat)\s${ROUGHLY}$`,
  "i",
);

/** "between A and B", "from A to B", "over A-B": a span of months the clause names with its two ends. */
const TWO_ENDS = /^(?:between|from)\s[\s\S]*\s(?:and|to|through)\s/i;

/**
 * The end month of a span when the figure is a level the series moved to over it, else null.
 * @example levelReachedInSpan("slid to 5,473 t between August and October", own, f) // "2025-10"
 */
export function levelReachedInSpan(clause: string, own: PeriodMention, f: Figure): string | null {
  if (f.kind !== "level" || own.shape !== "range") return null;
  if (!TWO_ENDS.test(clause.slice(own.start, own.end))) return null;
  const movedTo = MOVED_TO.test(clause.slice(Math.max(0, f.start - 40), f.start));
  // "rose 75% between June and July to 5,577 t": the change told before the span, its end after it
  const endedAt =
    f.start >= own.end &&
    ENDED_AT.test(clause.slice(own.end, f.start)) &&
    MOVED_BEFORE.test(clause.slice(0, own.start));
  const movedThenEnded = f.start >= own.end && MOVED_THEN_ENDED.test(clause.slice(own.end, f.start));
  return movedTo || endedAt || movedThenEnded ? (own.period.split("..")[1] ?? null) : null;
}

/**
 * Words that make a level a moment inside a span, not its total: "briefly fell under 50 t in
 * April-May", "at one point sank below 50 t in the second quarter", "as little as 46 t in April-June"
 * (Spanish "once meses" is eleven months).
 */
const MOMENT =
  /\b(?:briefly|at one point|at some point|at times|at its lowest|at their lowest|at its highest|at their highest|momentarily|temporarily|for a time|once(?!\smeses)|as (?:little|low|few|much|high|many) as)\b/i;

/** The longest span whose months are each read as the moment's: a year and no more. */
const MOMENT_MONTHS = 12;

/**
 * The months of a span when the figure is a level it reached at some moment inside it, else null:
 * each month is a reading and none is certain, so the span's total is not read at all.
 * @example monthsOfMoment("briefly fell under 50 t in April-May", own, f) // ["2025-04", "2025-05"]
 */
export function monthsOfMoment(clause: string, own: PeriodMention, f: Figure): string[] | null {
  if (f.kind !== "level" || own.shape !== "range") return null;
  if (
    !MOMENT.test(clause.slice(Math.max(0, Math.min(f.start, own.start) - 60), Math.max(f.end, own.end) + 30))
  )
    return null;
  const [from, to] = own.period.split("..");
  const a = from === undefined ? null : parseMonth(from);
  const b = to === undefined ? null : parseMonth(to);
  if (a === null || b === null || b < a || b - a >= MOMENT_MONTHS) return null;
  return Array.from({ length: b - a + 1 }, (_, i) => fromIndex(a + i));
}
