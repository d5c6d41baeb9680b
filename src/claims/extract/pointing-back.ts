// "Exports of magnets reached 6,150 t in November. The figure was 35% above a year earlier.": a
// sentence whose subject points back at the figure of the sentence right before it ("that", "this",
// "it", "the figure", "the volume") speaks of what that figure was of. Its product, destination and
// month are then named, in the sentence pointed back to, not guessed from what the text has been
// about, so they can contradict (grounds `pointed`). Only where the reference is plain:
// - the pointing words are the subject of the sentence's first clause, and the figure is said of
//   that subject (its clause, or one that goes on with "and ..." without a subject of its own);
// - the sentence before is in the same block (a paragraph or an answer turn: a heading, a list, a
//   table or a change of speaker ends it), states China's own figures, asks nothing, quotes no one,
//   and all its figures are of one product, destination and period;
// - a part is passed on as named only where that sentence named it itself: a part it carried over
//   stays carried, and the figure's own sentence naming another value for a part leaves it alone.
// A level in the pointing sentence ("That compares with 5,473 t") is what the figure is measured
// against, not the figure itself, and takes nothing.

import type { ExtractedClaim, Grounding, Reading } from "../types.js";
import type { ClauseRead } from "./read-clause.js";
import { ENGLISH_MONTH_NAME } from "./lexicon.js";

type Draft = Omit<ExtractedClaim, "text">;
const PARTS = ["series", "partner", "period"] as const;
type Part = (typeof PARTS)[number];

/** The one reading the figures of a sentence shared: what a pointing-back subject after it takes up. */
export interface Antecedent {
  series: string | null;
  partner: string;
  period: string | null;
  reporter: string;
  flow: "export" | "import";
  /** The parts the sentence named itself; the others it carried over or filled by default. */
  named: Record<Part, boolean>;
  /** Other readings its figures allowed of a part: the figure pointed at allows them too. */
  alternatives: Reading[];
}

/** Grounds that name a part: in the clause, the sentence, the text's only product, or a sentence pointed back to. */
const NAMED: ReadonlySet<Grounding> = new Set<Grounding>(["clause", "sentence", "text", "pointed"]);

/** Quotation marks: a quoted voice is not the narrator's, and what it says does not run on across the quote. */
const QUOTE = /["“”«»„]/;

/**
 * The reading a sentence's figures share, or null when it has none, gives several (a reference to
 * "that" would be ambiguous), is not China's own report, asks, or quotes someone.
 * @example antecedentOf(drafts of "Magnet exports reached 6,150 t in November.", text) // { partner: "WLD", period: "2025-11", ... }
 */
export function antecedentOf(out: readonly Draft[], sentence: string, question: boolean): Antecedent | null {
  const first = out[0];
  if (first === undefined || question || QUOTE.test(sentence)) return null;
  const one = out.every(
    (x) =>
      x.mode === "reported" &&
      x.reporter === "CHN" &&
      x.series === first.series &&
      x.partner === first.partner &&
      x.period === first.period &&
      x.reporter === first.reporter &&
      x.flow === first.flow,
  );
  if (!one) return null;
  const named = (p: Part) => out.every((x) => NAMED.has(x.grounds[p]));
  return {
    series: first.series,
    partner: first.partner,
    period: first.period,
    reporter: first.reporter,
    flow: first.flow,
    named: { series: named("series"), partner: named("partner"), period: named("period") },
    alternatives: out.flatMap((x) =>
      x.alternatives.filter(
        (a) => a.series !== undefined || a.partner !== undefined || a.period !== undefined,
      ),
    ),
  };
}

/** Words before the subject that leave it the subject: "But that was ...", "On the year it was ...". */
const OPENING =
  /(?:(?:and|but|yet|so|still|even so|overall|all told|in all|on the (?:year|month)|year[- ]on[- ]year|month[- ]on[- ]month|from a year (?:earlier|ago)),?\s)?/;
/**
 * The pointing subject: a pronoun, or a noun for "the figure just given", which may name the figure's
 * month ("The November figure"): a month other than the figure's points at nothing (see the parts
 * compared in `resolvePointing`).
 */
const SUBJECT = new RegExp(
  `(?:that|this|it|they|(?:the|that|this) (?:(?:${ENGLISH_MONTH_NAME})(?:\\s(?:19|20)\\d{2})?\\s)?(?:figure|volume|tonnage|amount|level|total|tally))(?:['’]s\\s|\\s(?:(?:also|still|thus|itself|again|now|even|nonetheless|nevertheless|alone)\\s)?)`,
);
/** What the subject does: is, marks, compares, rises ... (not says, expects, or a modal's guess). */
const VERB =
  /(?:was|is|were|are|marked|marks|made|makes|put|puts|left|leaves|came|comes|compares|compared|represented|represents|equall?ed|equals|amounted|amounts|accounted|accounts|made up|brought|brings|took|takes|gave|gives|rose|fell|climbed|dropped|jumped|slipped|eased|declined|grew|increased|decreased|stood|stands|ranked|ranks|topped|tops|exceeded|exceeds|beat|trailed|edged|surged|slumped|soared|plunged|set|extended|ended|broke|meant|means)\b/;
const POINTING = new RegExp(
  `^\\W*${OPENING.source}(?:${SUBJECT.source})(?:${VERB.source}|(?<=['’]s\\s))`,
  "i",
);
/**
 * Subjects that only look like pointing back: "That's why ...", "It is expected that ...", "It was
 * the first time that exports ...", "This was because ...": a clause, an excuse or an empty "it".
 */
const NOT_POINTING =
  /^\W*(?:that|this|it)(?:['’]s|\s(?:is|was))\s(?:why|because|how|where|when|what|not\s(?:clear|known)|(?:un)?clear|(?:un)?likely|possible|expected|hard|difficult|easy|worth|too early|the (?:first|second|third|last) time)\b|^\W*(?:it|this|that)(?:['’]s|\s(?:is|was))\s[^.;:,]{0,60}?\b(?:that|whether)\s/i;

/**
 * True when the sentence's subject points back at the figure before it. "The total" and "the tally"
 * point back only at a total: after a destination's figure they may be the whole it is part of.
 */
export function pointsBack(sentence: string, antecedent: Antecedent): boolean {
  const m = POINTING.exec(sentence);
  if (m === null || NOT_POINTING.test(sentence)) return false;
  return !/\b(?:total|tally)\b/i.test(m[0]) || antecedent.partner === "WLD";
}

/** How a later clause that goes on with the subject opens: "..., and the highest level on record". */
const GOES_ON = /^\W*(?:(?:and|but|or)\s+(?:also\s+|still\s+)?|(?:-{1,2}|—)\s*)?/i;
/** Words that give a clause a subject of its own before its figure. */
const OWN_SUBJECT =
  /\b(?:exports?|shipments?|imports?|sales|deliveries|purchases|intake|arrivals|buyers?|China|Chinese|they|it|its|their|this|that|these|those|which|who|whose)\b/i;

/** The indices of the clauses whose figures are said of the sentence's subject. */
function subjectClauses(clauses: readonly ClauseRead[]): Set<number> {
  const out = new Set<number>([0]);
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i] as ClauseRead;
    const first = c.figures[0];
    if (first === undefined) break;
    // its words before the figure, past "and" or a dash, give it no subject of its own
    const lead = c.seg.text.slice(0, first.start).replace(GOES_ON, "");
    if (OWN_SUBJECT.test(lead) || c.partners.length > 0 || c.series.length > 0) break;
    out.add(i);
  }
  return out;
}

/**
 * Gives the figures said of a pointing-back subject the parts the sentence before named (grounds
 * `pointed`), in place; a figure whose own sentence names another value for a part, and every level,
 * is left as read. `antecedent` is the figure before when the sentence, no question, points back at
 * it (`pointsBack`), else null.
 * @example resolvePointing(drafts, clauses, "The figure was 35% above a year earlier.", antecedent)
 */
export function resolvePointing(
  out: Draft[],
  clauses: readonly ClauseRead[],
  sentence: string,
  antecedent: Antecedent | null,
): void {
  if (antecedent === null || QUOTE.test(sentence)) return;
  const said = subjectClauses(clauses);
  const inClause = (x: Draft) =>
    [...said].some((i) => {
      const c = clauses[i] as ClauseRead;
      return x.start >= c.seg.start && x.end <= c.seg.start + c.seg.text.length;
    });
  out.forEach((x, k) => {
    if (x.kind === "level" || x.kind === "ytd" || x.mode !== "reported" || !inClause(x)) return;
    if (x.reporter !== antecedent.reporter || x.flow !== antecedent.flow) return;
    // the sentence names another product, destination or period for the figure (or the text's
    // topic gave it one): not the figure before
    if (PARTS.some((p) => x[p] !== antecedent[p])) return;
    const grounds = { ...x.grounds };
    const taken = PARTS.filter((p) => antecedent.named[p] && !NAMED.has(grounds[p]));
    if (taken.length === 0) return;
    for (const p of taken) grounds[p] = "pointed";
    // readings offered only because the part was carried over give way to the figure pointed at;
    // the readings that figure itself allowed come with it
    const kept = x.alternatives.filter((a) => a.carried !== true || !taken.some((p) => a[p] !== undefined));
    const alternatives = [...kept];
    for (const a of antecedent.alternatives)
      if (
        !alternatives.some((b) => b.series === a.series && b.partner === a.partner && b.period === a.period)
      )
        alternatives.push(a);
    out[k] = { ...x, grounds, alternatives };
  });
}
