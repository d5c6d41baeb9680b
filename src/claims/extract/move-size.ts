// The size of a move said apart from its verb: "Exports were higher in July than a year earlier,
// by 21.4%", and an answer that gives how far the move its question asked about went ("How much did
// exports to Germany rise in July?" "By 46%, to 1,116 tonnes."; "So gallium was below April?"
// "Slightly, by about 11%."). The move's direction and base are those the words before named.

import type { Stated } from "../types.js";
import { allMatches } from "./all-matches.js";
import { basisFor } from "./bases.js";
import { HEDGE_WORDS, changeRead, hedgeOf, parseAmount } from "./numbers.js";
import type { ClauseRead, Figure } from "./read-clause.js";
import { subjectAt } from "./subjects.js";

/** A move a question asks about: its direction and the base its words name. */
export interface AskedMove {
  direction: "up" | "down";
  basis: (period: string | null) => string;
  baseNamed: boolean;
  /** The question asked for the move in percent ("By what percentage did ... rise?"). */
  inPercent?: true;
}

/**
 * "By 46%", "Yes, by 21.4%", "Slightly, by about 11%", "Answer: by 6.0%", "TOM: By about 53%,
 * yes": a clause that opens with the size of a move, with no verb of its own.
 */
const SIZE_OPENING = new RegExp(
  `^\\W*(?:[A-Z][\\w.'-]{0,20}(?: [A-Z][\\w.'-]{0,20}){0,2}:\\s*)?(?:(?:Yes|Yeah|Yep|Right|Correct|Indeed|Slightly|Sharply|Marginally|Only\\sslightly)[,.!]?\\s+)?([Bb]y\\s(?:(${HEDGE_WORDS})\\s)?(\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|per\\s?cent|percent))(?![\\w%])`,
);
/**
 * After a question that asked for the size in percent ("By what percentage did exports rise?",
 * "What was the percentage fall?"), the size alone opens its answer: "About 12.4%.", "A: 12.4 per cent".
 */
const BARE_SIZE_OPENING = new RegExp(
  `^\\W*(?:[A-Z][\\w.'-]{0,20}(?: [A-Z][\\w.'-]{0,20}){0,2}:\\s*)?((?:(${HEDGE_WORDS}|${HEDGE_WORDS.replace(/\b([a-z])/g, (x) => x.toUpperCase())})\\s)?(\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|per\\s?cent|percent))(?![\\w%])(?=\\s*(?:[.;,!)]|$))`,
);
/** A question's words that ask for a size in percent. */
const PERCENT_ASKED =
  /\b(?:by\s)?(?:what|which|how\smany)\s(?:percentage|per\s?cent|percent)\b|\bhow\smuch\b[^?]{0,80}\b(?:in\spercent(?:age)?\s?(?:terms)?|in\sper\scent)\b|\bwhat\s(?:was|is)\sthe\s(?:percentage|per\s?cent|percent)\s(?:rise|fall|increase|decrease|drop|decline|gain|change|jump)\b/i;

/** The cheap test before the patterns: a percentage. */
const SIZE_HINT = /\d\s?(?:%|per)/;

/** "more than half", "less than 5%": a bound on a size, not a direction. */
const NOT_A_BOUND = "(?!\\sthan\\s(?:half|a\\s(?:half|third|quarter|fifth|tenth)|\\d))";
/** Words of a move in a question, up or down: "did ... rise", "grow", "more than", "below April". */
const UP_ASKED = new RegExp(
  `\\b(?:rise|rose|risen|grow|grew|grown|increase|increased|climb|climbed|jump|jumped|gain|gained|more${NOT_A_BOUND}|higher|bigger|larger|above)\\b`,
  "gi",
);
const DOWN_ASKED = new RegExp(
  `\\b(?:fall|fell|fallen|drop|dropped|decline|declined|shrink|shrank|shrunk|slip|slipped|less${NOT_A_BOUND}|lower|smaller|fewer|below|under)\\b`,
  "gi",
);

/**
 * The move a question asks about, when its words name one direction only ("Up or down?" names
 * none): the direction and the base the question's clause names with it.
 */
export function askedMove(clauses: readonly ClauseRead[]): AskedMove | null {
  let found: { c: ClauseRead; start: number; end: number; direction: "up" | "down" } | null = null;
  for (const c of clauses) {
    const text = c.seg.text;
    const ups = allMatches(UP_ASKED, text);
    const downs = allMatches(DOWN_ASKED, text);
    if (ups.length > 0 && downs.length > 0) return null;
    const m = ups[0] ?? downs[0];
    if (m === undefined) continue;
    // "How much did NdPr prices rise?": a move of something other than the trade has no size here
    if (subjectAt(text, m.index, m.index + m[0].length) === "other") return null;
    if (found !== null) return null;
    found = { c, start: m.index, end: m.index + m[0].length, direction: ups.length > 0 ? "up" : "down" };
  }
  if (found === null) return null;
  const { c, start, end, direction } = found;
  return {
    direction,
    basis: (p) => basisFor(c.seg.text, start, end, c.mentions, p),
    baseNamed: c.mentions.some((m) => m.role === "base"),
    ...(clauses.some((x) => PERCENT_ASKED.test(x.seg.text)) ? { inPercent: true as const } : {}),
  };
}

/** The move a clause's direction figure states, for a size said after it in the next clause. */
export function figureMove(c: ClauseRead): AskedMove | null {
  const dir = c.figures.find((f) => f.kind === "direction");
  if (dir === undefined) return null;
  const at = dir.stated(null);
  if (at.type !== "direction") return null;
  return {
    direction: at.direction === "down" ? "down" : "up",
    basis: (p) => {
      const s = dir.stated(p);
      return s.type === "direction" ? s.basis : "mom";
    },
    baseNamed: dir.baseNamed === true,
  };
}

/** ", by 21.4%" right after a move's words, with no other figure between. */
const SIZE_AFTER = new RegExp(
  `^[^\\d;:]{0,60}?,\\s([Bb]y\\s(?:(${HEDGE_WORDS})\\s)?(\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|per\\s?cent|percent))(?![\\w%])`,
);
/** "Up, about 8.6% on September's": the size right after the move's word, its base after it. */
const SIZE_NEXT = new RegExp(
  `^,\\s((?:(${HEDGE_WORDS})\\s)?(\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|per\\s?cent|percent))(?=\\s(?:on|from|against|versus|vs\\.?|compared|over)\\s)`,
);

/**
 * The clause with the size of a move read as a change: the size it opens with, of the move before
 * (`moveBefore`: the question's, or the clause before's, asked only for a clause with a percentage), or the size said right after its own direction ("higher
 * than a year earlier, by 21.4%", "Up, about 8.6% on September's"). A clause that gives that change
 * itself, or another figure at those words, is left as it is.
 */
export function sizeOfMove(c: ClauseRead, moveBefore: () => AskedMove | null): ClauseRead {
  const clause = c.seg.text;
  if (!SIZE_HINT.test(clause)) return c;
  const move = moveBefore();
  const opening =
    move === null
      ? null
      : (SIZE_OPENING.exec(clause) ?? (move.inPercent ? BARE_SIZE_OPENING.exec(clause) : null));
  if (opening !== null && move !== null) return withSize(c, opening, opening.index, move, true);
  const dir = c.figures.find((f) => f.kind === "direction");
  const own = dir === undefined ? null : figureMove({ ...c, figures: [dir] });
  const rest = dir === undefined ? "" : clause.slice(dir.end);
  const after = dir === undefined ? null : (SIZE_AFTER.exec(rest) ?? SIZE_NEXT.exec(rest));
  return own !== null && after !== null && dir !== undefined ? withSize(c, after, dir.end, own) : c;
}

/** `c` with the size matched by `m` (at `at` in the clause) read as a change of `move`. */
function withSize(
  c: ClauseRead,
  m: RegExpExecArray,
  at: number,
  move: AskedMove,
  answers = false,
): ClauseRead {
  const clause = c.seg.text;
  if (m[1] === undefined) return c;
  const start = at + m.index + m[0].length - m[1].length;
  const end = at + m.index + m[0].length;
  // a figure of the clause's own there ("12% of the total") is not the move's size
  if (c.figures.some((f) => f.start < end && f.end > start)) return c;
  const parsed = parseAmount(m[3] ?? "");
  if (parsed === null || parsed.value > 1000) return c;
  const pct = move.direction === "down" ? -parsed.value : parsed.value;
  const read = changeRead(pct, "%", hedgeOf(m[2]), parsed.halfUnit);
  const raw = clause.slice(start, end);
  const figure: Figure = {
    start,
    end,
    kind: "change",
    baseNamed: move.baseNamed,
    ...(answers ? { answersMove: true } : {}),
    stated: (p): Stated => ({
      type: "change",
      ...read,
      basis: move.basis(p),
      direction: move.direction,
      raw,
    }),
  };
  return { ...c, figures: [...c.figures, figure].sort((a, b) => a.start - b.start) };
}
