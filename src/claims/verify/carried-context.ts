// When a period carried over from earlier text is certain enough to contradict. On its own a carried
// period only makes a reading plausible; it becomes certain when independent evidence in the text
// corroborates it, so that a reader could not doubt which month the figure is for:
// - the text's frame: the month is the latest the publication date allows (or the one before), the
//   latest period the whole text names (forecasts of coming months aside), and the first it names
//   as a figure's own;
// - the thread: since the text last named the month as a figure's own, it named no other period
//   but as a comparison's base or a rank's "since";
// - the figure's own sentence names no other destination or product, and no words that leave the
//   month in doubt (a period of its own, another good, a firm, another reporter, another time, a
//   perfect tense: carried-words.ts);
// - every other period the text names is checked too: if any of them fits the stated figure, or has
//   no figure to judge, the claim stays unverifiable (the writer may have meant that one).
// The destination must be named in the figure's clause, and the product too (or be the only one the
// whole text names): only the period may be carried.

import { monthIndex } from "../../domain/period.js";
import { findPeriods, type PeriodMention } from "../extract/periods.js";
import { findSeries } from "../extract/subjects.js";
import { segment, type BlockKind, type Segment } from "../extract/segment.js";
import type { ExtractedClaim, Grounding } from "../types.js";
import type { PlannedReading } from "./readings.js";
import { sentenceDoubtsMonth, textBetweenMovesOn } from "./carried-words.js";
import { mentionsIn, sentenceAround } from "./sentence-readings.js";

/** A carried period the text corroborates: why, and the other periods the claim must also fail on. */
export interface Corroboration {
  why: string;
  readings: PlannedReading[];
}

const named = (g: Grounding | undefined) => g === "clause" || g === "sentence" || g === "text";

interface Mention extends PeriodMention {
  /** Offset in the whole text. */
  at: number;
}

/** Blocks whose figures may carry a month: prose, bullets and answers, not table cells. */
const CARRYING: ReadonlySet<BlockKind> = new Set(["prose", "bullet", "answer"]);

/** The last month of a period (`YYYY-MM` or `YYYY-MM..YYYY-MM`), as an index. */
const endOf = (period: string) => monthIndex(period.split("..").pop() as string);

/** What the policy reads of a text, once for all its claims. */
interface TextFrame {
  segments: Segment[];
  /** Every period the text names, in order. */
  mentions: Mention[];
  /** The latest period the text names, forecasts of months not yet released aside. */
  latestNamed: number;
  /** The first period the text names as a figure's own, and the products its sentence names. */
  opening: { mention: Mention; series: string[] } | null;
  /** The products the whole text names. */
  series: Set<string>;
}

function readFrame(text: string, latest: number): TextFrame {
  const segments = segment(text);
  const mentions: Mention[] = [];
  for (const s of segments)
    for (const m of findPeriods(s.text, { latest, year: null }))
      mentions.push({ ...m, at: s.start + m.start });
  // a month past the latest released, or a coming month, is a forecast's
  const released = mentions.filter((m) => m.ahead === undefined && (endOf(m.period) ?? Infinity) <= latest);
  const first = released.find((m) => m.role === "main");
  return {
    segments,
    mentions,
    latestNamed: Math.max(-Infinity, ...released.map((m) => endOf(m.period) as number)),
    opening: first
      ? {
          mention: first,
          series: findSeries(sentenceAround(text, first.at, first.at + 1)).map((x) => x.value),
        }
      : null,
    series: new Set(findSeries(text).map((x) => x.value)),
  };
}

/** Corroborates the carried months of one text's claims. */
export interface CarriedPeriods {
  /** The corroboration of a claim's carried month, or null when it is not carried or is in doubt. */
  corroborate(claim: ExtractedClaim, main: PlannedReading): Corroboration | null;
}

/**
 * The carried-month policy for one text: its frame is read once, when a claim first needs it.
 * @example carriedPeriods(text, claims, "2025-12-22").corroborate(claim, main)
 *   // "Exports hit 6,150 t in November. Japan took 226 t." -> Japan's figure is November's
 */
export function carriedPeriods(
  text: string,
  claims: readonly ExtractedClaim[],
  published: string | undefined,
): CarriedPeriods {
  const pub = /^(\d{4})-(\d{2})/.exec(published ?? "");
  const latest = pub ? Number(pub[1]) * 12 + Number(pub[2]) - 2 : null;
  let frame: TextFrame | null = null;
  return {
    corroborate(claim, main) {
      if (latest === null || !candidate(claim, latest)) return null;
      frame ??= readFrame(text, latest);
      return corroborate(claim, main, text, frame, claims, latest);
    },
  };
}

/** A claim whose month alone is carried, in a month the publication date frames. */
function candidate(claim: ExtractedClaim, latest: number): boolean {
  const g = claim.grounds;
  const period = claim.period;
  if (claim.mode !== "reported" || g.period !== "carried" || period === null || period.includes(".."))
    return false;
  // the product named with the figure itself, or the only one the whole text names; the destination
  // named in the figure's own clause (elsewhere in the sentence it may be a topic the figure is not
  // about: "Germany stayed top as shipments rose 12%"); the unit written with it
  if (g.series !== "clause" && g.series !== "text") return false;
  if (g.partner !== "clause" || (g.unit !== undefined && !named(g.unit))) return false;
  // a story on the latest month released, or the one before it
  const own = monthIndex(period);
  return own !== null && own <= latest && own >= latest - 1;
}

function corroborate(
  claim: ExtractedClaim,
  main: PlannedReading,
  text: string,
  frame: TextFrame,
  claims: readonly ExtractedClaim[],
  latest: number,
): Corroboration | null {
  const period = claim.period as string;
  const clause = frame.segments.filter((x) => x.start <= claim.start).pop();
  if (clause === undefined || !CARRYING.has(clause.block)) return null;
  // the frame: the latest period the text names, the first it names as a figure's own, in a sentence
  // on the figure's product (products are released on different days) unless the text names no other
  if (frame.latestNamed > (monthIndex(period) as number)) return null;
  const opening = frame.opening;
  if (opening?.mention.period !== period) return null;
  const series = claim.series as string;
  if (!opening.series.includes(series) && !(frame.series.size === 1 && frame.series.has(series))) return null;
  // the thread: since the month was last named as a figure's own, no other period is named but as
  // a comparison's base or a rank's "since"
  const sentence = sentenceAround(text, claim.start, claim.end);
  const sentenceStart = text.lastIndexOf(sentence, claim.start);
  const before = frame.mentions.filter((m) => m.at < sentenceStart && m.role === "main");
  const from = before.filter((m) => m.period === period).pop();
  if (from === undefined || before.some((m) => m.at > from.at && m.period !== period)) return null;
  // ... no heading or question opens another topic, and no other words of time come between
  const fromEnd = from.at + from.end - from.start;
  const opened = frame.segments.some(
    (x) => x.start > from.at && x.start < sentenceStart && (x.block === "heading" || x.question),
  );
  if (opened || textBetweenMovesOn(text.slice(fromEnd, sentenceStart), period, latest)) return null;
  if (sentenceDoubtsMonth(claim, sentence, claim.start - sentenceStart, latest)) return null;
  // one figure of its kind for the destination in the sentence: of two ("5.0% (4.1%)", "305 t, against
  // 226 t", "rose 35% after 12%"), one is a comparison's, of a month the sentence does not name;
  // changes on different bases ("24% on the year and 26% on September") are both the month's
  const sentenceEnd = sentenceStart + sentence.length;
  const basis = (c: ExtractedClaim) => ("basis" in c.stated ? c.stated.basis : null);
  const twin = (c: ExtractedClaim) =>
    c !== claim &&
    c.start >= sentenceStart &&
    c.start < sentenceEnd &&
    c.kind === claim.kind &&
    c.partner === claim.partner &&
    basis(c) === basis(claim);
  if (claims.some(twin)) return null;
  // the sentence names no other destination or product the figure could be for
  const m = mentionsIn(sentence);
  if ([...m.partners].some((p) => p !== "WLD" && p !== claim.partner)) return null;
  if ([...m.series].some((x) => x !== series)) return null;
  const source = text.slice(from.at, fromEnd).replace(/[.,;:]$/, "");
  return {
    why: `period carried over from earlier text and confirmed by the text's frame (${period} is the month the text opens on, the latest it names, and the last it named before the figure, "${source}")`,
    readings: otherReadings(claim, main, frame.mentions, claims, latest),
  };
}

/**
 * Every other period the text names as a figure's own, or gives a figure for, as a reading the claim
 * must fail on too: months and spans for a level, share or change (a change's not at or before its
 * base), months for a rank. A period after the latest month released has no figure yet: not a reading.
 */
function otherReadings(
  claim: ExtractedClaim,
  main: PlannedReading,
  mentions: readonly Mention[],
  claims: readonly ExtractedClaim[],
  latest: number,
): PlannedReading[] {
  const period = claim.period as string;
  const own = monthIndex(period) as number;
  const base =
    main.basis === "mom"
      ? own - 1
      : main.basis === "yoy"
        ? own - 12
        : main.basis
          ? monthIndex(main.basis)
          : null;
  const others = new Set<string>();
  // a level or share may be any month's the text names, even as a base ("from 656 t in October")
  const levelLike = claim.kind === "level" || claim.kind === "share" || claim.kind === "ytd";
  const namedPeriods = mentions.filter((m) => levelLike || m.role === "main").map((m) => m.period);
  for (const p of [...namedPeriods, ...claims.map((c) => c.period)])
    if (p !== null && p !== period) others.add(p);
  const out: PlannedReading[] = [];
  for (const p of others) {
    const end = endOf(p);
    if (end === null || end > latest) continue;
    if (claim.kind === "rank" && p.includes("..")) continue;
    if (base !== null && end <= base) continue;
    out.push({
      ...main,
      period: p,
      why: `the figure is for ${p}, which the text also names`,
      rescueOnly: false,
      supportsOnlyAmbiguity: true,
    });
  }
  return out;
}
