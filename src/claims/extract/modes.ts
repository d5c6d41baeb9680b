// What kind of statement holds a figure. Only a report of what happened is checked against China's
// customs data; a forecast, a target, a hypothetical, a question, a correction's misstated figure,
// a company's own shipments and another country's own statistics are read but never checked as
// China's customs figure, so that none of them can be called "contradicted".

import type { Mode } from "../types.js";
import { findReporter } from "./subjects.js";

/** Where the figure sits: its clause and sentence, and the offsets of the figure in the clause. */
export interface ModeContext {
  clause: string;
  /** What the whole sentence says about its figures (see `sentenceMarks`). */
  sentence: SentenceMarks;
  start: number;
  end: number;
  /** The sentence is a question (ends with "?" or is a Q turn). */
  question: boolean;
  /** The year of publication, when known: a later year named with the figure is a forecast. */
  year: number | null;
}

const CORRECTION = /\b(?:correction|corrects?|corrected|earlier version|previous version|misstated|misreported|incorrectly|erroneously|wrongly|mistakenly)\b/i;
const MISSTATED_BEFORE = /\b(?:incorrectly|erroneously|wrongly|mistakenly|misstated|misreported|originally (?:said|stated|reported|gave)|earlier version|previous version)\b/i;
const RIGHT_FIGURE = /\b(?:correct(?:ed)? (?:figure|number|volume)|actually|in fact|should have (?:said|read|been)|rather|instead)\b/i;
const NEGATED_BEFORE = /(?:\bnot|\binstead of|\brather than|\bnor)\s(?:(?:the|a|an|about|around)\s)?$/i;
const HYPOTHETICAL_OPENING = /^\W*(?:(?:Were|Should|Had)\s(?:[\w'-]+\s){1,6}?(?:to\s|be\s|have\s|fall|rise|drop|reach)|If\b|Suppose|Imagine|Assuming|Hypothetically|In (?:a|the) (?:worst|best)[- ]case)/;
const HYPOTHETICAL_BEFORE = /\b(?:if|unless|hypothetical(?:ly)?|scenario|were (?:[\w-]+\s){0,3}to|would (?:have|be|mean)|in theory)\b/i;
const TARGET_BEFORE = /\b(?:targets?|targeted|targeting|goal|aims? (?:to|for|at)|aiming|plans? to|planned|quotas?|ceiling|cap(?:ped)? (?:at|of)|pledged?|committed to)\b/i;
const FORECAST_BEFORE =
  /\b(?:could|might|will|would|shall|should|expected|expects?|expectations?|forecasts?|forecasted|projected|projects?|projections?|predicts?|predicted|likely|set to|poised|on track|on course|seen (?:rising|falling|reaching|at)|outlook|anticipated?|going to|next (?:year|month|quarter))\b|\bmay\s(?:be|rise|fall|top|reach|exceed|climb|drop|hit|surpass|double)\b/;
/** "a faster-than-expected 12%" reports a figure against forecasts; it is no forecast itself. */
const NOT_FORECAST = /\b(?:than|beat|beating|missed|exceeded|above|below)\s(?:analysts'?\s)?(?:expected|expectations?|forecasts?)|-than-(?:expected|forecast)/i;
const COMPANY_BEFORE =
  /\b(?:the (?:company|firm|group|maker|manufacturer|producer|supplier|miner|exporter)(?:'s)?|company|firm's|maker's|its own|Co\.|Ltd\.?|Inc\.?|Corp\.?|Holdings|plc|GmbH|JL Mag|Jinli|Zhong Ke San Huan|Ningbo Yunsheng|Yunsheng|Baotou Tianhe|Shenghe|(?:China )?Northern Rare Earth|China Rare Earth Group|Lynas|MP Materials|Iluka|Neo Performance|Proterial|Shin-Etsu|TDK|Vacuumschmelze|Niron|Arafura)\b/;
const OTHER_IMPORTS =
  /\b(?:Japan(?:ese|'s)?|U\.S\.|US|American|India(?:n|'s)?|(?:South )?Korea(?:n|'s)?|German(?:y's)?|EU|European|Vietnam(?:ese|'s)?)\s(?:[\w-]+\s){0,3}imports?\b|\bimports?\s(?:of\s(?:[\w-]+\s){1,5})?from\sChina\b|\bimported\sfrom\sChina\b/i;

/** Marks of a whole sentence, read once: a correction, a hypothetical opening, another country's statistics. */
export interface SentenceMarks {
  correction: boolean;
  hypothetical: boolean;
  otherReporter: boolean;
}

/** Reads the sentence-wide marks; bounded to the sentence's first 2,000 characters. */
export function sentenceMarks(sentence: string): SentenceMarks {
  const s = sentence.length > 2000 ? sentence.slice(0, 2000) : sentence;
  return { correction: CORRECTION.test(s), hypothetical: HYPOTHETICAL_OPENING.test(s), otherReporter: findReporter(s) !== null };
}

/**
 * The mode of the figure at `[start, end)` of the clause.
 * @example modeOf({ clause: "exports could top 7,000 tonnes", sentence: sentenceMarks("..."), start: 21, end: 33, question: false, year: 2025 }) // "forecast"
 */
export function modeOf(ctx: ModeContext): Mode {
  const before = ctx.clause.slice(Math.max(0, ctx.start - 90), ctx.start);
  const near = ctx.clause.slice(Math.max(0, ctx.start - 45), ctx.start);
  if (ctx.question) return "question";
  if (NEGATED_BEFORE.test(before.slice(-24))) return "correction";
  const opening = ctx.clause.slice(Math.max(0, ctx.start - 240), ctx.start);
  if (ctx.sentence.correction && MISSTATED_BEFORE.test(opening) && !RIGHT_FIGURE.test(lastPart(opening, MISSTATED_BEFORE))) return "correction";
  if (ctx.sentence.hypothetical || HYPOTHETICAL_BEFORE.test(before)) return "hypothetical";
  if (TARGET_BEFORE.test(near)) return "target";
  if (futureYear(ctx)) return "forecast";
  if (FORECAST_BEFORE.test(before) && !NOT_FORECAST.test(before)) return "forecast";
  if (ctx.sentence.otherReporter || OTHER_IMPORTS.test(before)) return "other-reporter";
  if (COMPANY_BEFORE.test(before)) return "company";
  return "reported";
}

/** The text after the last match of `re` in `text`. */
function lastPart(text: string, re: RegExp): string {
  let at = 0;
  for (const m of text.matchAll(new RegExp(re.source, "gi"))) at = m.index + m[0].length;
  return text.slice(at);
}

/** A year after publication named right around the figure ("by 2027", "in 2026"). */
function futureYear(ctx: ModeContext): boolean {
  if (ctx.year === null) return false;
  const around = ctx.clause.slice(Math.max(0, ctx.start - 40), ctx.end + 30);
  for (const m of around.matchAll(/\b(?:by|in|for|through|until)\s((?:19|20)\d{2})\b/g)) if (Number(m[1]) > ctx.year) return true;
  return false;
}
