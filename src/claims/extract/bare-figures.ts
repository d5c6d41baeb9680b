// Bare numbers that are tonnages because the text said the unit once: "Figures in thousand tonnes.
// The line starts at 6.36 in January", "February was 3,217" in a talk about tonnes, "Jul 5,994.3 +
// Aug 5,791.8" after a total in tonnes, "5,473 to be exact" after "about 5,500 tonnes". A bare number
// is read only inside such a scope, and only where its clause names its month, span or destination
// the way a figure line does; years, days, counts, ranks, prices and percentages are not figures.
// The unit is the scope's, never the number's own: such a figure can support, never contradict.

import type { Stated } from "../types.js";
import {
  NUM,
  WORD_NUM,
  hedgeBefore,
  hedgeOf,
  parseDecimal,
  parseNumberWords,
  roundTol,
  toleranceFor,
} from "./numbers.js";
import { unitNamed, type Discourse } from "./discourse.js";
import type { ClauseRead, Figure } from "./read-clause.js";
import { subjectAt } from "./subjects.js";
import { allMatches } from "./all-matches.js";

/** The unit in force for bare numbers, and what put it there. */
export interface UnitScope {
  unit: "t" | "kt";
  /** `declared`: a heading, lead line or sentence said it; `written`: a tonnage in the same or a recent sentence. */
  how: "declared" | "written";
}

/**
 * The unit of the tonnages a sentence writes with their unit ("5,774 tonnes": t; "6.15 kt": kt;
 * "the gap is just over 7,100 tonnes": t), if any.
 */
export function writtenUnit(clauses: ClauseRead[]): "t" | "kt" | null {
  for (const c of clauses)
    for (const f of c.figures) {
      if ((f.kind !== "level" && f.kind !== "change") || f.unit !== undefined) continue;
      const s = f.stated(null);
      if ((s.type !== "level" || s.unit !== "t") && (s.type !== "change" || s.unit !== "t")) continue;
      if (/\bkg\b|kilogram|公斤|千克/i.test(s.raw)) continue;
      // "6.15 thousand tonnes" is in kt; "six thousand tonnes" names its thousands in words, in t
      return /\d\s?(?:k\s?t\b|thousand|kilot)/i.test(s.raw) ? "kt" : "t";
    }
  return null;
}

/** Sentences back that a tonnage written with its unit still gives bare numbers theirs. */
const RECENT_TONNES = 4;

/**
 * The unit bare numbers of a sentence are counted in: the one its own tonnages are written in, else
 * the one a heading, a lead line or the sentence itself (`words`) declared, else that of a tonnage a
 * few sentences back.
 */
export function unitScope(
  written: "t" | "kt" | null,
  d: Discourse,
  at: number,
  words: string,
): UnitScope | null {
  if (written !== null) return { unit: written, how: "written" };
  // "How many tonnes went to Japan in November? 305.": the question's unit, for the sentence answering it
  if (d.askedUnit !== null && d.askedUnit.at === at - 1) return { unit: d.askedUnit.unit, how: "declared" };
  // "1,238 - May's exports in tonnes": a sentence may declare the unit of its own bare numbers
  const declared = d.unit ?? unitNamed(words) ?? d.declared.paragraph ?? d.declared.section;
  if (declared !== null) return { unit: declared, how: "declared" };
  const recent = d.lastTonnes;
  return recent !== null && at - recent.at <= RECENT_TONNES ? { unit: recent.unit, how: "written" } : null;
}

const BARE = new RegExp(`(?<![\\w$€£¥#.,/+\\-−–])(${NUM})(?![\\w%％.,/]*\\d)(?![\\w%％$€£¥'’])`, "g");
/**
 * A number in words as a speaker says a tonnage ("five hundred and sixty-nine", "eleven hundred and
 * six", "forty-six"); not glued to another word by a hyphen ("twenty-first", "two-thirds").
 */
const BARE_WORDS = new RegExp(`(?<![\\w-])(${WORD_NUM})(?![\\w-])`, "gi");

/** Below this, a number in words is more likely a count ("two buyers", "ten countries") than tonnes. */
const LEAST_WORDS = 20;

/** Right before a number: what makes it a label, a rank, a code or a price, not a figure. */
const NOT_FIGURE_BEFORE =
  /(?:\b(?:no|nos|number|page|pages|p|pp|rank|ranked|ranks|top|phase|article|chapter|section|rule|step|item|grade|class|code|hs|cn|day|days|week|weeks|q|h|version|v|level|tier|list|round|ward|room|vol|issue|annex|table|figure|chart|x)\.?\s?|[#№]\s?)$/i;

/** Right before a number: a verb or word of change makes it a difference or a rate, not a level. */
const CHANGE_BEFORE =
  /\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|up|down|by|gained|gains|lost|loses|added|adds|climbed|dropped|jumped|slipped|declined|increased|decreased|grew|shrank|plus|minus)\s(?:(?:about|around|some|roughly|nearly|almost|another|a further)\s)?$/i;

/** Right after a number: a unit, a percentage, a multiple, an ordinal, a count of something else. */
const NOT_FIGURE_AFTER =
  /^\s?(?:[%％°]|per\s?cent|percent|pct\b|pc\b|pp\b|points?\b|times\b|x\b|fold\b|-fold|-?(?:st|nd|rd|th)\b|(?:t|kt|mt|kg|tonnes?|tons?|metric|kilo\w*|thousand|million|billion|mn|bn|m|k)\b|(?:days?|weeks?|months?|years?|companies|firms|exporters|licen[cs]es|countries|destinations|products|items|people|workers|cases|times|percent)\b|[-–]\s?\d|\/)/i;

/**
 * What may follow a figure: the end, punctuation, or a word that joins or compares ("in January",
 * "to be exact", "more than"); any other word makes the number a count of it ("27 member states").
 */
const FIGURE_NEXT =
  /^(?:\s*$|\s?[,.;:()[\]+=|/–—-]|\s(?:in|for|during|of|out|to|and|or|but|while|with|from|against|versus|vs|compared|than|was|were|is|are|went|headed|more|less|fewer|higher|lower|greater|smaller|above|below|exactly|precisely|as|at|on|by|when|after|before|then|so|which|that|this|figure|total|tally|number|print|reading)\b)/i;

/** A hedge a speaker sets between the verb and the number: "May was about 5,865". */
const LABEL_HEDGE = "(?:(?:about|around|roughly|nearly|almost|some|just over|just under)\\s)?";
/**
 * Between a period or destination and the number it names: "May's ", "Jul ", "February was ",
 * "In March it was ", "July's were ", "May was about ", "2025: ", "Germany got " (a destination's
 * verb of receiving), "In June it had been " (the figure spoken of, taken up by a pronoun).
 */
const LABEL_BEFORE = new RegExp(
  `^(?:['’]s\\s(?:(?:own|total|tally|figure|volume|level)\\s)?(?:(?:was|were|came in at|stood at)\\s${LABEL_HEDGE})?|\\s?\\)?\\s?[:=]\\s?|\\s[-–—]\\s|\\s(?:(?:together|combined|alone|as a whole|in total|total|figure|tally|volume)\\s)?(?:(?:it|they|that|the figure|the total)\\s(?=was|were|is|had been|came|stood))?(?:(?:was|were|is|had been|came in at|come in at|stood at|stands at|totall?ed|reached|at|of|with|on|got|gets|took|takes|received|receives|bought|buys|imported|imports|took in)\\s${LABEL_HEDGE})?)$`,
  "i",
);

/** "to 353 tonnes from ": a change's new level written with its unit, then its old one without. */
const TO_FIGURE_FROM = new RegExp(
  `\\bto\\s(?:${NUM})\\s?(?:metric\\s)?(?:tonnes|tons|t|mt)\\s(?:(?:in|for)\\s[A-Z][a-z]{2,8}\\s)?from\\s$`,
);

/** Between a number and the destination it went to: " went to ", " were shipped to ", " headed for ". */
const WENT_TO =
  /^\s(?:went|headed|(?:were|was)\s(?:shipped|sent|exported|delivered))\s(?:to|for)\s(?:the\s)?$/i;

/** Between a number and its period named after it: "6.36 in January", "3.19 (June)". */
const PERIOD_AFTER = /^(?:\s(?:in|for|during)\s(?:the\s(?:month|quarter|year)\sof\s)?|\s?\(\s?)$/i;

/** "5,473 to be exact", "precisely 5,473": a tonnage just given, restated to the digit. */
const EXACT_AFTER = /^,?\s(?:to be (?:exact|precise)|exactly|precisely)\b/i;
const EXACT_BEFORE = /\b(?:exactly|precisely|or|i\.e\.)\s$/i;

/** "the 7,742 figure": a number named as a figure of the data. */
const FIGURE_NOUN_AFTER = /^\s(?:figure|total|tally|number|print|reading)\b/i;

/** "420.5 of 5,774 tonnes": a part of a whole written with its unit. */
const PART_OF_AFTER =
  /^\s(?:of|out of)\s(?:(?:the|a|about|around|roughly|some)\s)*\d[\d,.]*\s?(?:(?:thousand\s)?(?:tonnes|tons)|t|kt)\b/i;

/** Before a list item's leading number: only its mark ("- ", "2. "), or nothing. */
const ITEM_MARK = /^\s*(?:(?:[-*•·▪◦‣–]|\d{1,2}[.)])\s*)?$/;

/**
 * Before an answer's first word: nothing, or the speaker's name ("TOM: ", "A: "), in a chat after
 * its time stamp and in lower case ("[08:42] lin: ").
 */
const SPEAKER =
  /^\W*(?:\[[\d/:., ]{1,20}\]\s*)?(?:(?:[A-Z][A-Za-z.'-]{0,20}(?:\s[A-Z][A-Za-z.'-]{0,20})?|(?<=\]\s*)[a-z][\w.'-]{0,20}):\s*)?$/;

/**
 * Adds to a clause the bare numbers that `scope` makes tonnages, each with its unit `carried`.
 * `opensAnswer`: the clause opens an answer turn ("5,493.9, the second-highest of the year"), whose
 * period and destination are its question's.
 */
export function bareLevels(c: ClauseRead, scope: UnitScope | null, opensAnswer = false): ClauseRead {
  if (scope === null) return c;
  const clause = c.seg.text;
  const taken = (s: number, e: number) => c.figures.some((f) => s < f.end + 1 && e > f.start - 1);
  const factor = scope.unit === "kt" ? 1e3 : 1;
  const added: Figure[] = [];
  const found = [
    ...allMatches(BARE, clause).map((m) => ({ m, parsed: parseDecimal(m[1] as string) })),
    ...allMatches(BARE_WORDS, clause).map((m) => {
      const p = parseNumberWords(m[1] as string);
      return { m, parsed: p !== null && p.value >= LEAST_WORDS ? p : null };
    }),
  ];
  for (const { m, parsed } of found) {
    const num = m[1] as string;
    const start = m.index;
    const end = start + num.length;
    if (parsed === null || taken(start, end) || !plain(clause, start, end, num)) continue;
    // "prices rose 12 in April": a number the clause says is of something other than trade
    if (subjectAt(clause, start, end) === "other") continue;
    const whole = !/^\d[\d,]*\.\d/.test(num);
    // a day of a month ("May 12"), or a small count, in plain tonnes, is not a figure
    if (whole && parsed.value < 10 && scope.unit === "t") continue;
    const h = hedgeBefore(clause, start);
    if (!slotted(c, start, end, whole && parsed.value <= 31, scope, opensAnswer)) continue;
    const hedge = hedgeOf(h?.word);
    const value = roundTol(parsed.value * factor);
    const halfUnit = roundTol(parsed.halfUnit * factor);
    const tol = toleranceFor(value, halfUnit, hedge);
    const from = h?.start ?? start;
    const stated = (): Stated => ({
      type: "level",
      value,
      unit: "t",
      hedge,
      ...tol,
      raw: clause.slice(from, end),
      halfUnit,
    });
    added.push({ start: from, end, kind: "level", level: true, unit: "carried", stated });
  }
  if (added.length === 0) return c;
  return { ...c, figures: [...c.figures, ...added].sort((a, b) => a.start - b.start) };
}

/** Not a year, a date, a code or a number glued to a unit or a percentage. */
function plain(clause: string, start: number, end: number, num: string): boolean {
  if (/^(?:19|20)\d{2}$/.test(num)) return false;
  const before = clause.slice(Math.max(0, start - 30), start);
  if (NOT_FIGURE_BEFORE.test(before) || CHANGE_BEFORE.test(before)) return false;
  const after = clause.slice(end, end + 16);
  return !NOT_FIGURE_AFTER.test(after) && FIGURE_NEXT.test(after);
}

/** Whether the clause names the number's period or destination the way a figure line does. */
function slotted(
  c: ClauseRead,
  start: number,
  end: number,
  dayLike: boolean,
  scope: UnitScope,
  opensAnswer: boolean,
): boolean {
  const clause = c.seg.text;
  const before = clause.slice(0, start);
  const after = clause.slice(end);
  const labels = [...c.mentions, ...c.partners.filter((p) => !p.weak)];
  // "May's 209", "Jul 5,994.3", "2024 was 55,431", "Germany: 1,106"; "May 12" is a date
  const labelled = labels.some(
    (x) =>
      x.end <= start &&
      LABEL_BEFORE.test(clause.slice(x.end, start)) &&
      !(dayLike && /^\s?,?\s?$/.test(clause.slice(x.end, start))),
  );
  if (labelled) return true;
  // "Germany received 1,116 t in July and the US 619": a destination after "and" that lists another
  // figure beside one the clause gave with its unit ("and" before a place may name an actor elsewhere)
  const listed = c.partners.some(
    (x) =>
      x.weak &&
      x.end <= start &&
      /^\s$/.test(clause.slice(x.end, start)) &&
      /\band\s(?:the\s)?$/.test(clause.slice(Math.max(0, x.start - 9), x.start)) &&
      c.figures.some((f) => f.kind === "level" && f.end <= x.start),
  );
  if (listed) return true;
  // "Of the 6,150 t, 582 went to the United States": the number's destination named right after
  // the verb that sends it there
  if (c.partners.some((x) => !x.weak && x.start >= end && WENT_TO.test(clause.slice(end, x.start))))
    return true;
  // "The U.S., 590": a destination set off by a comma, its number ending the clause
  const commaAfter = c.partners.some(
    (x) => !x.weak && x.end <= start && /^,\s?$/.test(clause.slice(x.end, start)),
  );
  if (commaAfter && /^\s?(?:[.;]|$)/.test(after)) return true;
  // "fell by a third, to 569", "rose 56%, to 656": the level a change in the clause arrived at
  if (/\bto\s$/.test(before) && c.figures.some((f) => f.kind === "change" && f.end <= start)) return true;
  // "to 353 tonnes from 46": the level it came from, in the unit of the one it went to
  if (TO_FIGURE_FROM.test(before)) return true;
  // "6.36 in January", "3.19 (June)"
  if (c.mentions.some((x) => x.start >= end && PERIOD_AFTER.test(clause.slice(end, x.start)))) return true;
  // a figure restated or named in full only restates a tonnage the text gave with its unit
  if (scope.how === "written" && (EXACT_AFTER.test(after) || EXACT_BEFORE.test(before))) return true;
  if (/\bthe\s$/i.test(before) && FIGURE_NOUN_AFTER.test(after)) return true;
  if (PART_OF_AFTER.test(after)) return true;
  // "1,238 - May's exports in tonnes": a number that leads its line, glossed after a dash or colon
  // with the words that name its month or destination
  const glossed = /^\s?[-–—:]\s/.test(after) && ITEM_MARK.test(before);
  if (glossed && labels.some((x) => x.start >= end)) return true;
  // an answer that opens with the number ("5,493.9, the second-highest") gives what was asked
  // ("About 305."), its hedge before it
  const unhedged = before.replace(
    /\b(?:about|around|roughly|some|nearly|almost|just over|just under)\s$/i,
    "",
  );
  return opensAnswer && SPEAKER.test(unhedged) && /^\s?(?:[,.;]|$)/.test(after);
}
