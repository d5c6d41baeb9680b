// Finds every trade-figure claim in a text, in stages: segment (blocks, sentences, clauses),
// recognise (changes, levels, ranks, shares, directions, periods in each clause), attach (each
// figure to its own clause's product, destination and period), discourse (what carries over from
// headings, lead lines, questions and earlier sentences), then the claim's mode. Every claim says
// how each part of its reading was established and which other readings the text allows.

import { MONTH_NAMES, isMonth, parsePeriod } from "../../domain/period.js";
import { toTonnes } from "../../domain/units.js";
import type { ExtractOptions, ExtractedClaim, Grounding, Mode, Reading, StatedShare } from "../types.js";
import {
  attachPartner,
  attachPeriod,
  attachSeries,
  labelsFigure,
  possessivePeriod,
  type Span,
} from "./attach.js";
import { isPartialSpan, levelPeriod, relativePeriod } from "./bases.js";
import {
  carried,
  enterBlock,
  leaveSentence,
  newDiscourse,
  soleSeries,
  topicOf,
  type Discourse,
  type Named,
  type Topic,
} from "./discourse.js";
import { ENGLISH_MONTH_NAME, NAMED_OTHER_GOOD, NON_TRADE_NOUN, TRADE_NOUN } from "./lexicon.js";
import { modeOf, sentenceMarks, type SentenceMarks } from "./modes.js";
import { bareLevels, unitScope, writtenUnit } from "./bare-figures.js";
import { basisIn } from "./change-bases.js";
import { measureOfChange } from "./change-measure.js";
import type { EarlierChange } from "./find-changes.js";
import { parallelPartners } from "./parallel-lists.js";
import { fromIndex, parseMonth, toIndex, yearMentioned, type PeriodMention } from "./periods.js";
import {
  SAME_MONTH_OF,
  listLevel,
  listShare,
  readClause,
  readable,
  siblingShare,
  type ClauseRead,
  type Figure,
} from "./read-clause.js";
import { segmentBlock, splitBlocks, type Block, type Segment } from "./segment.js";
import { levelReachedInSpan } from "./span-levels.js";
import { monthNamedBy } from "./find-year-extremes.js";
import {
  BACK_REFERENCE,
  CHINA_IMPORTS,
  FIGURE_SUBJECT,
  findPartners,
  findSeries,
  type PartnerMention,
} from "./subjects.js";
import { readTable, tableUnit } from "./tables.js";
import { markRetracted } from "./retracted-figures.js";

const DEFAULT_SERIES = "rare-earth-magnets";
const CHINA_CUSTOMS =
  /\b(?:Chinese|China's) (?:customs|official data|data)|\bGeneral Administration of Customs\b|\bGACC?\b/;

/** Publication context every stage reads. */
interface Env {
  input: string;
  latest: number | null;
  year: number | null;
  /** Whether the last subject read was a trade flow: a clause that names none continues it. */
  trade: boolean;
  /** The block being read has a question mark: in a question turn, only its sentences that end in one ask. */
  blockAsks: boolean;
  /** The block is a question whose answer opens by agreeing ("Right, ...", "Yes."): its figures are asserted. */
  confirmed: boolean;
  /** The sentence's last change so far: a clause "and in April by a further 25 t" goes its way. */
  moved: EarlierChange | null;
  /** The one product the whole text names, when it names no other (see `soleSeries`). */
  soleSeries: string | null;
  /** The sentence before spoke of a share ("did the US share hold up?"): "It rose to 12%" takes it up. */
  shareTopic: boolean;
  /** Where the text first names China's own imports ("China's imports of rare earths"), or -1. */
  chinaImportsAt: number;
}

/**
 * Extracts the trade-figure claims of a text, each with its exact span.
 * @example extractClaims("Magnet exports rose 12% in November.", { published: "2025-12-20" })
 *   // [{ kind: "change", series: "rare-earth-magnets", period: "2025-11", stated: { pct: 12, ... } }]
 */
export function extractClaims(text: string, opts: ExtractOptions = {}): ExtractedClaim[] {
  const input = typeof text === "string" ? text : "";
  const latest = latestMonth(opts.published);
  const env: Env = {
    input,
    latest,
    year: latest === null ? null : Math.floor((latest + 1) / 12),
    trade: true,
    blockAsks: false,
    confirmed: false,
    moved: null,
    soleSeries: soleSeries(input),
    shareTopic: false,
    chinaImportsAt: chinaImportsAt(input),
  };
  const d = newDiscourse();
  const claims: ExtractedClaim[] = [];
  let sentence = 0;
  let previous: Block | null = null;
  const blocks = splitBlocks(input);
  blocks.forEach((block, b) => {
    enterBlock(d, block.kind, block.paragraphStart);
    const next = blocks[b + 1];
    env.blockAsks = input.slice(block.start, block.end).includes("?");
    env.confirmed =
      block.kind === "question" &&
      next?.kind === "answer" &&
      AGREES.test(input.slice(next.start, Math.min(next.end, next.start + 60))) &&
      !AHEAD.test(input.slice(block.start, block.end));
    if (block.kind === "table") {
      // a title right above the table, or a heading a blank line above it, is its caption; so is
      // the last sentence of a paragraph a blank line above that introduces it ("The table shows
      // monthly exports (tonnes).")
      const caption =
        previous === null
          ? ""
          : !block.paragraphStart || previous.kind === "heading"
            ? input.slice(previous.start, previous.end)
            : introducesTable(input.slice(previous.start, previous.end));
      const cells = readTable(input, block, caption, d, latest);
      for (const c of cells) claims.push(c);
      d.declared.paragraph = tableUnit(input, block, caption);
      // the text after a table goes on about the latest month of its columns
      const month = cells
        .map((c) => c.period)
        .filter((p): p is string => p !== null && isMonth(p))
        .sort()
        .pop();
      if (month !== undefined)
        leaveSentence(
          d,
          { series: null, partner: null, period: { value: month, why: "the table", at: sentence } },
          { figures: cells.length, question: false, lead: false, words: "" },
        );
    } else {
      const segs = segmentBlock(input, block, sentence);
      let from = 0;
      for (let i = 1; i <= segs.length; i++) {
        if (i < segs.length && !(segs[i] as Segment).sentenceStart) continue;
        for (const c of readSentence(segs.slice(from, i), d, env))
          claims.push({ ...c, text: input.slice(c.start, c.end) });
        from = i;
      }
      if (segs.length > 0) sentence = (segs[segs.length - 1] as Segment).sentence + 1;
    }
    previous = block;
  });
  return markRetracted(claims);
}

/** Words by which a sentence points to a table under it, or gives its unit in brackets. */
const INTRODUCES_TABLE =
  /\b(?:table|tabulated|below|as follows|following (?:figures|numbers|table))\b|\((?:t|kt|tonnes|tons|metric tons|in tonnes)\)/i;

/** The last sentence of a paragraph when it introduces the table after it, else "". */
function introducesTable(paragraph: string): string {
  const tail = paragraph.length > 600 ? paragraph.slice(-600) : paragraph;
  const sentences = tail.trim().split(/(?<=[.!?])\s+(?=[A-Z"“(])/);
  const last = sentences[sentences.length - 1] ?? "";
  return INTRODUCES_TABLE.test(last) ? last : "";
}

/** The month before publication, the latest an article can report. */
function latestMonth(published: string | undefined): number | null {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(published ?? "");
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return toIndex(Number(m[1]), month) - 1;
}

type Draft = Omit<ExtractedClaim, "text">;

function readSentence(segs: Segment[], d: Discourse, env: Env): Draft[] {
  const first = segs[0] as Segment;
  const last = segs[segs.length - 1] as Segment;
  const text = env.input.slice(first.start, Math.min(last.start + last.text.length, first.start + 2000));
  const after = last.start + last.text.length;
  const marks = sentenceMarks(text.replace(/[\r\n]/g, " "), env.input.slice(after, after + 200));
  let year: number | null = null;
  env.moved = null;
  const read = segs.map((seg, i) => {
    const r = readable(seg);
    year = yearMentioned(r.text.replace(SAME_MONTH_OF, (m) => " ".repeat(m.length))) ?? year;
    return listLevel(listShare(readClause(r, { latest: env.latest, year }, env), d, segs[i + 1]?.text), d);
  });
  const written = writtenUnit(read);
  const scope = unitScope(written, d, first.sentence, text);
  const clauses = read.map((c, i) =>
    bareLevels(c, scope, i === 0 && first.block === "answer" && first.blockStart),
  );
  // "..., with an 18.6% share; the US 9.5%": a destination and a percentage alone after a share
  let shareBefore = false;
  clauses.forEach((c, i) => {
    clauses[i] = siblingShare(c, shareBefore);
    shareBefore ||= c.figures.some((f) => f.kind === "share");
  });
  const question = asks(first, text, env.blockAsks);
  const out: Draft[] = [];
  const named: Topic = { series: null, partner: null, period: null };
  const at = first.sentence;
  clauses.forEach((c, i) => {
    // a question its answer agrees with states its figures ("So exports came in at 5,494 t?" "Right, ...")
    const asking = question && !env.confirmed;
    for (const f of c.figures) out.push(attach(c, i, f, clauses, d, env, { ...marks, question: asking }));
    // "our NdPr oxide price forecast", "rare earth output": a product named as the head of something
    // other than its trade is not what the text goes on to speak of
    const s = asideClause(c)
      ? undefined
      : c.series.filter((x) => !NOT_TRADE_AFTER.test(c.seg.text.slice(x.end, x.end + 30))).pop();
    if (s) named.series = { value: s.value, why: c.seg.text.slice(s.start, s.end), at };
    // a month that labels one figure of a list ("(Oct: 656 t)"), or one named in an aside in brackets
    // ("(Sep '24 was 4,915t)"), is not what the text goes on speaking of
    const aside = (m: Span) => {
      const before = c.seg.text.slice(0, m.start);
      return before.lastIndexOf("(") > before.lastIndexOf(")");
    };
    // an unnamed quarter ("in the quarter") is the reader's inference, not a period the text named
    const p = c.own.find(
      (m) =>
        !aside(m) &&
        !recordHolder(c.seg.text, m) &&
        m.unnamed !== true &&
        !(labelsFigure(c.seg.text, m, c.figures) && c.figures.some((f) => f.end <= m.start)),
    );
    if (p) named.period = { value: p.period, why: c.seg.text.slice(p.start, p.end), at };
    // "And the US, any better?": a question's destination after "and" is what it asks about
    const partner = c.partners.filter((x) => !x.weak || question).pop();
    if (partner)
      named.partner = { value: partner.value, why: c.seg.text.slice(partner.start, partner.end), at };
  });
  // "Japan and the US took 305 t and 582 t": figures in a list parallel to one of destinations
  for (const [i, p] of parallelPartners(
    text,
    out.map((x) => ({ start: x.start - first.start, end: x.end - first.start, kind: x.kind })),
  )) {
    const x = out[i] as Draft;
    if (x.reporter === "CHN")
      out[i] = { ...x, partner: p.partner, grounds: { ...x.grounds, partner: "clause" } };
  }
  doubleLevels(out);
  // what the sentence's own figures were read as is what a following "it" or "that" points back to
  const lastClaim = out[out.length - 1];
  const firm = (g: Grounding) => g === "clause" || g === "sentence";
  if (lastClaim && firm(lastClaim.grounds.partner))
    named.partner = { value: lastClaim.partner, why: "the figure before", at };
  if (lastClaim?.series && firm(lastClaim.grounds.series))
    named.series = { value: lastClaim.series, why: "the figure before", at };
  // "Korea's imports of rare earths from China were 2,100 t": another country's own figures name its
  // product and China as their partner; neither is what a story on China's exports goes on about
  if (out.length > 0 && out.every((x) => x.reporter !== "CHN" || x.mode === "other-reporter")) {
    named.series = null;
    named.partner = null;
  }
  env.shareTopic = SHARE_NOUN.test(text);
  // "For November customs published no figure for Germany": a month said to lack a figure is not
  // the month the text goes on to speak of
  if (out.length === 0 && NO_FIGURE.test(text)) named.period = null;
  leaveSentence(d, named, {
    figures: out.length,
    question,
    lead: /:\s*$/.test(last.text),
    words: text.slice(0, 200),
    flashback: PAST_PERFECT.test(text),
    tonnes: written,
    at,
    ...(first.block === "heading" && destinationApart(text) ? { destinationApart: true } : {}),
  });
  return out;
}

/**
 * "The US received 353 t in June, versus 46 t": two different tonnages a sentence gives one product
 * and destination for one month cannot both be that month's; the other is a base, another month's or
 * another destination's that the reader did not place. Neither is certain of its month.
 */
function doubleLevels(out: Draft[]): void {
  // money is not tonnes (toTonnes gives null): a value beside a volume is no clash
  const tonnes = (x: Draft) =>
    x.kind === "level" && x.stated.type === "level" ? toTonnes(x.stated.value, x.stated.unit) : null;
  const same = (x: Draft, y: Draft) =>
    x.series === y.series && x.partner === y.partner && x.period === y.period;
  const clashing = out.map((x, i) => {
    const v = tonnes(x);
    return (
      v !== null &&
      x.period !== null &&
      out.some((y, j) => {
        const w = tonnes(y);
        return j !== i && w !== null && same(x, y) && Math.abs(w - v) > 0.02 * Math.max(w, v);
      })
    );
  });
  clashing.forEach((c, i) => {
    const x = out[i] as Draft;
    if (c) out[i] = { ...x, grounds: { ...x.grounds, period: "default" } };
  });
}

/**
 * "China magnets: September print softer, Korea surprises": a headline about the total's product
 * that names a destination apart, past a comma or colon and not as where the exports went ("to
 * Japan", "Japan-bound", "Japan's"), is not a headline about that destination.
 */
function destinationApart(text: string): boolean {
  const p = findPartners(text)
    .filter((x) => !x.weak)
    .pop();
  if (!p) return false;
  const before = text.slice(0, p.start);
  const subject = [
    ...findSeries(before),
    ...[...before.matchAll(/\b(?:China|Chinese)\b/g)].map((m) => ({ end: m.index + m[0].length })),
  ]
    .map((x) => x.end)
    .reduce((a, b) => Math.max(a, b), -1);
  if (subject < 0) return false;
  const between = text.slice(subject, p.start);
  return (
    /[,:;]/.test(between) &&
    !/\b(?:to|for|into|in)\s(?:the\s)?$/i.test(before) &&
    !/^(?:['’]s|-bound)/.test(text.slice(p.end))
  );
}

/** What follows "from" without being a place goods come from: China itself, or a month ("from May"). */
const NOT_AN_ORIGIN = new RegExp(`^(?:China|Chinese|Beijing|${MONTH_NAMES.join("|")})\\b`);

/** The origin China's imports are said to come from: its code, null for a place not known, undefined when none is named. */
function importOrigin(clause: string, partners: readonly PartnerMention[]): string | null | undefined {
  for (const m of clause.matchAll(/\bfrom\s(?:the\s)?(?=[A-Z])/g)) {
    const at = m.index + m[0].length;
    if (NOT_AN_ORIGIN.test(clause.slice(at))) continue;
    return partners.find((p) => p.start >= m.index && p.start <= at)?.value ?? null;
  }
  return undefined;
}

/** The sentence names, before the figure, a good the data keeps no series for (and no series: see the caller). */
function otherGoodBefore(
  clauses: ClauseRead[],
  index: number,
  clause: string,
  f: { start: number },
): boolean {
  if (NAMED_OTHER_GOOD.test(clause.slice(0, f.start))) return true;
  return clauses.slice(Math.max(0, index - 6), index).some((x) => NAMED_OTHER_GOOD.test(x.seg.text));
}

/**
 * A sentence about trade: it names exports, shipments, a buyer or what one took (or is a list item or
 * an answer, which speak of their lead or question), and nothing that makes its numbers something
 * else (output, capacity, prices, reserves). Only there does what the text carries over read as certain.
 */
function tradeSentence(clauses: ClauseRead[], d: Discourse): boolean {
  const words = clauses.map((c) => c.seg.text).join(" ");
  if (OTHER_NUMBERS.test(words)) return false;
  // a list item or an answer speaks of what its lead line or question asked
  return d.block === "bullet" || d.block === "answer" || TRADE_WORDS.test(words) || TRADE_VERB.test(words);
}

// the lexicon's patterns are global (for matchAll): one-shot copies for a test
const TRADE_WORDS = new RegExp(TRADE_NOUN.source, "i");
const OTHER_NUMBERS = new RegExp(NON_TRADE_NOUN.source, "i");
const TRADE_VERB =
  /\b(?:took|takes?|taking|received?|receiving|bought|buys?|sent|went to|accounted for|intake|arrivals|share)\b/i;

/** A share spoken of: what a following "it rose to 12%" may take up. */
const SHARE_NOUN = /\b(?:share|portion|proportion|slice)\b/i;
/** A sentence saying a figure is missing: "published no figure for November", "was not disclosed". */
const NO_FIGURE =
  /\b(?:no|without)\s(?:[\w-]+\s){0,2}(?:figures?|data|numbers?|breakdown|details?)\b|\b(?:not|never|n't)\s(?:yet\s)?(?:been\s)?(?:published|released|disclosed|reported|available|broken out|given)\b|\bwithheld\b/i;

/** "August had been the strongest month": a sentence that looks back from the story's month. */
const PAST_PERFECT =
  /\bhad\s(?:already\s|previously\s)?(?:been|risen|fallen|grown|climbed|dropped|slipped|jumped|peaked|reached|hit|totall?ed|stood)\b/i;

/** A statement with a tag ("..., if I read the data right?", "..., correct?") asserts; it does not ask. */
const TAG_QUESTION =
  /(?:\bright|\bcorrect|\bisn't it|\baren't they|\bdidn't (?:it|they)|\bwasn't it|\bno)\s?\?\s*$/i;

/**
 * A sentence that asks: a sentence ending in "?" that is not a tagged statement, or any sentence of a
 * question turn without a question mark. What a questioner states before asking ("Customs shows
 * 5,774 t in September. Is that hurting you?") is a statement.
 */
function asks(first: Segment, sentence: string, blockAsks: boolean): boolean {
  if (first.block === "question" && (!blockAsks || first.question)) return true;
  return first.question && !TAG_QUESTION.test(sentence.slice(-40));
}

/** A question about what may come ("Will exports top 7,000 t?"): agreeing with it states no figure. */
const AHEAD =
  /\b(?:will|would|could|might|may|should|shall|going to|expect(?:s|ed)?|forecasts?|projected|next (?:month|year)|if)\b/i;

/** An answer that opens by agreeing with its question. */
const AGREES =
  /^\W*(?:[A-Z][\w.'-]{0,20}(?: [A-Z][\w.'-]{0,20}){0,2}:\s*|A\d{0,2}[:.)]\s*|Answer:\s*)?(?:Yes|Yeah|Right|Correct|Exactly|Indeed|That's right|That is right|That's correct)\b(?!,?\s(?:but|though|except)\b)/;

/** Reads one figure: its product, destination and period, how each was established, other readings, mode. */
function attach(
  c: ClauseRead,
  index: number,
  f: Figure,
  clauses: ClauseRead[],
  d: Discourse,
  env: Env,
  marks: SentenceMarks & { question: boolean },
): Draft {
  const clause = c.seg.text;
  const alternatives: Reading[] = [];
  const alt = (r: Reading) => {
    if (
      !alternatives.some(
        (a) =>
          a.series === r.series &&
          a.partner === r.partner &&
          a.period === r.period &&
          a.basis === r.basis &&
          a.stated === r.stated,
      )
    )
      alternatives.push(r);
  };
  const nearest = <T>(
    pick: (x: ClauseRead) => T | null,
    side: "before" | "after" | "both" = "both",
  ): T | null => {
    // a sentence cut into many pieces (a run without punctuation) is searched only nearby
    if (side !== "after")
      for (let i = index - 1; i >= Math.max(0, index - 6); i--) {
        const v = pick(clauses[i] as ClauseRead);
        if (v !== null) return v;
      }
    if (side !== "before")
      for (let i = index + 1; i < Math.min(clauses.length, index + 7); i++) {
        const v = pick(clauses[i] as ClauseRead);
        if (v !== null) return v;
      }
    return null;
  };

  // "2. 46 t: US magnet shipments in April": the words after a list item's leading figure are its own
  const item = describedBy(c, index, f, clauses);

  // series: the figure's own noun phrase, else the sentence, else carried
  const s = attachSeries(clause, c.series, f);
  let series: string | null = s.chosen?.value ?? null;
  let seriesHow: Grounding = "clause";
  s.others.forEach((o) => alt({ series: o, why: `${o} is also named in the clause` }));
  if (series === null) {
    // "rare earth products — including magnets — slumped": what an aside names is not the subject
    const inSentence = nearest((x) =>
      asideClause(x) ? null : (x.series[x.series.length - 1]?.value ?? null),
    );
    const from = carried(d, "series");
    if (inSentence !== null) [series, seriesHow] = [inSentence, "sentence"];
    // "Cobalt imports from Congo fell 11% to 582 t": a sentence on another good is not the text's product
    else if (otherGoodBefore(clauses, index, clause, f)) [series, seriesHow] = [null, "clause"];
    // a product carried over in a text that names no other is the text's own, in a sentence on trade
    else if (from.value !== null && from.value.value === env.soleSeries && tradeSentence(clauses, d))
      [series, seriesHow] = [from.value.value, "text"];
    else if (from.value !== null) [series, seriesHow] = [from.value.value, "carried"];
    // a text that never names its product is read as about the magnet line, the one the press follows
    else [series, seriesHow] = [DEFAULT_SERIES, "default"];
    if (from.other && from.other.value !== series)
      alt({ series: from.other.value, why: `"${from.other.why}" earlier`, carried: true });
  }

  // destination: named with the figure, the total, the sentence's, a topic, or the world by default
  let reporter = "CHN";
  let flow: "export" | "import" = c.imports ? "import" : "export";
  let partner = "WLD";
  let partnerHow: Grounding = "default";
  // a clause that cites China's own customs is China's figure, whatever the rest of the sentence cites
  const reporterHere = c.reporter ?? (CHINA_CUSTOMS.test(clause) ? null : nearest((x) => x.reporter));
  const origin = reporterHere === null && flow === "import" ? importOrigin(clause, c.partners) : undefined;
  if (reporterHere !== null) {
    [reporter, flow, partner, partnerHow] = [reporterHere, "import", "CHN", "clause"];
  } else if (origin !== undefined) {
    // China's imports "from Myanmar": the origin is the partner; one the lexicon does not know
    // ("from Laos") leaves the world total only as a guess, which never contradicts
    [partner, partnerHow] = origin ? [origin, "clause"] : ["WLD", "default"];
  } else {
    [partner, partnerHow] = choosePartner(c, index, f, clauses, d, alt, item);
    // "the US and Japan together took 887 t", "... took 2,586 t between them": the figure may be
    // the sum of the destinations named together, which no single destination's figure can judge
    const summed = SUM_WORDS.test(clause);
    const group = (
      partnerHow === "clause" && !summed
        ? joinedBefore(c, f).map((p) => ({ p, x: c }))
        : summed
          ? clauses.slice(0, index + 1).flatMap((x) => x.partners.map((p) => ({ p, x })))
          : []
    ).filter((g, i, all) => all.findIndex((o) => o.p.value === g.p.value) === i);
    if (group.length >= 2 && group.some((g) => g.p.value === partner))
      alt({
        partner: group.map((g) => g.p.value).join("+"),
        why: `the figure is the combined total of ${group.map((g) => g.x.seg.text.slice(g.p.start, g.p.end)).join(", ")}`,
      });
  }

  // period: named with the figure, in the clause, in the sentence, or carried
  // a rank describes the clause's subject ("May's 1,238 t ... was the weakest since 2009")
  const subject =
    f.kind === "rank" ? (relativeAntecedent(c, f) ?? c.own.find((p) => p.end <= f.start) ?? null) : null;
  const own =
    (f.kind === "rank" ? monthNamedBy(c, f) : null) ??
    possessivePeriod(clause, c.mentions, f) ??
    subject ??
    attachPeriod(clause, f.kind === "share" ? sharePeriods(c, f) : c.own, f, c.figures, f.kind);
  // "below September's 854 t, when Korea took 14.8%", "below March, whose 5,666 t": what follows ", when"
  // or ", whose" is of the month before it
  const inWhen = whenMonth(clause, c.mentions, f);
  let period: string | null =
    inWhen !== null && (own === null || own.end <= inWhen.at) ? inWhen.period : (own?.period ?? null);
  let periodHow: Grounding = period !== null ? "clause" : "default";
  let sequenced = false;
  if (own?.ahead !== undefined && period === own.period)
    alt({ period: own.ahead, why: "a month named without its year may be the coming one" });
  // "the year to October" may also mean the calendar year so far
  if (own !== null && /^(?:the\s)?year\s/i.test(clause.slice(own.start, own.end))) {
    const end = own.period.split("..")[1] ?? "";
    alt({
      period: `${end.slice(0, 4)}-01..${end}`,
      why: "the year to a month may be the calendar year so far",
    });
  }
  // "So far this year, exports were 45,290 t" after a sentence on September: the year to date may run
  // to the month the text is on rather than to the latest month a story could report, and the words
  // do not say which, so the reading can support, never contradict
  if (own?.toDate === true && period === own.period) {
    const on = carried(d, "period").value?.value ?? null;
    const span = parsePeriod(own.period);
    if (
      span !== null &&
      on !== null &&
      isMonth(on) &&
      on.slice(0, 4) === span.start.slice(0, 4) &&
      on < span.end
    ) {
      periodHow = "carried";
      alt({
        period: `${span.start}..${on}`,
        why: `the year to date may run to ${on}, the month the text is on`,
      });
    }
  }
  // "at 1,400 t for the quarter": which quarter is the reader's inference, so it can support, never contradict
  if (own?.unnamed === true && period === own.period) periodHow = "carried";
  // "Vietnam's 444 t made up 8.1% of October's total": the month of a share said of the figure dates
  // it when nothing else does; after a period carried from earlier text it is only another reading
  const shareMonth =
    own === null && f.kind !== "share" ? attachPeriod(clause, c.own, f, c.figures, f.kind, true) : null;
  if (period === null) {
    // an earlier clause's period runs on; a later clause's ("...; they had been 172 t in June") may be
    // its own, so a period carried from before is read first and the later one kept as a reading
    const earlier = nearest((x) => (concessive(x) ? null : (x.own[0]?.period ?? null)), "before");
    const later =
      earlier === null ? nearest((x) => (concessive(x) ? null : (x.own[0]?.period ?? null)), "after") : null;
    const conceded = nearest((x) => (concessive(x) ? (x.own[0]?.period ?? null) : null));
    if (conceded !== null) alt({ period: conceded, why: "a period named in a concessive clause" });
    const from = carried(d, "period");
    // "854 t in September, and 569 t came next": a clause that says it came later may be of the next month
    const next = earlier === null || !SEQUENCE.test(clause) ? null : parseMonth(earlier);
    sequenced = next !== null;
    if (next !== null) alt({ period: fromIndex(next + 1), why: "the clause says it came later" });
    if (earlier !== null) [period, periodHow] = [earlier, sequenced ? "carried" : "sentence"];
    else if (item !== null && later !== null) [period, periodHow] = [later, "clause"];
    else if (from.value !== null) [period, periodHow] = [from.value.value, "carried"];
    else if (later !== null) [period, periodHow] = [later, "sentence"];
    if (later !== null && later !== period)
      alt({ period: later, why: "a period named later in the sentence" });
    if (from.other && from.other.value !== period)
      alt({ period: from.other.value, why: `"${from.other.why}" earlier`, carried: true });
    if (shareMonth !== null && period !== null && shareMonth.period !== period)
      alt({ period: shareMonth.period, why: "the month of a share said of the figure" });
    else if (shareMonth !== null && period === null) [period, periodHow] = [shareMonth.period, "clause"];
  }
  if (period === null) {
    // "slipped to 582 t from October's 656 t": a clause that names a month only as its base speaks
    // of the month after it (a year after, on a year-on-year base); a guess, so it never contradicts
    const base = c.mentions.find((m) => m.role === "base" && m.shape === "month");
    const i = base ? parseMonth(base.period) : null;
    if (i !== null) [period, periodHow] = [fromIndex(i + (basisIn(clause) === "yoy" ? 12 : 1)), "default"];
  }
  // "the month before, it had taken 172 t": a period counted from the one the text is on
  // "9.5 per cent in November, from almost 12 per cent a month before": words right after a figure
  // move the period the clause names
  const followed = f.level === true || f.kind === "share";
  const relative =
    own === null
      ? relativePeriod(clause, f.start, f.end, followed, period)
      : relativePeriod(clause, f.start, f.end, followed, own.period, true);
  // "between June and November ... nearly doubled, from 1,364 t to 2,568.8 t": each end is its own
  const between = own === null ? null : pairOf(c, own, f);
  // "slid to 5,473 t between August and October": the span's last month, or its total; unsure
  const reached = own === null || between !== null ? null : levelReachedInSpan(clause, own, f);
  if (reached !== null && own !== null) {
    alt({ period: own.period, why: "the figure may be the span's total" });
    periodHow = "carried";
  }
  let claimPeriod =
    between?.period ??
    reached ??
    relative ??
    (f.level
      ? levelPeriod(clause, f.start, f.end, c.mentions, c.changes, period)
      : f.kind === "rank"
        ? rankPeriod(c, f, period)
        : period);
  if (period === null && claimPeriod !== null) periodHow = "clause";
  // "exports in 2024 have reached 52,105 t" in a story of early December 2024: a span not over when
  // the story appeared is the part of it so far, a reading the words do not date for certain
  const unfinished = unfinishedSpan(claimPeriod, env.latest);
  if (unfinished !== null) [claimPeriod, periodHow] = [unfinished, "carried"];
  // "the following month they fell": the words said which month came next
  if (relative !== null && sequenced) periodHow = "sentence";
  // "rose to 41.8% from 37.6%": the share before is the month before's, or the year before's; a guess
  const before = f.movedFrom === true ? parseMonth(claimPeriod ?? "") : null;
  if (before !== null) {
    alt({ period: fromIndex(before - 12), why: "the share it moved from may be a year earlier's" });
    periodHow = "default";
    claimPeriod = fromIndex(before - 1);
  }
  const first = f.stated(claimPeriod);
  let stated =
    between?.basis && (first.type === "change" || first.type === "direction")
      ? { ...first, basis: between.basis }
      : first;
  let basisHow: Grounding | undefined;
  if (stated.type === "change" || stated.type === "direction") {
    const named =
      f.baseNamed === true ||
      between?.basis !== undefined ||
      yearBefore(clause, f.end, claimPeriod) ||
      /^\d{4}-\d{2}$/.test(stated.basis) ||
      (stated.type === "direction" && (stated.basis !== "mom" || MOM_WORDS.test(clause)));
    basisHow = named ? "clause" : "default";
    // "In January the US took 877 t; June was 60% below that": the base is the month of the figure
    // pointed back to; one the sentence does not date leaves the base unsure, so it never contradicts
    if (f.baseBack === true) {
      const back = pointedMonth(c, f, claimPeriod, nearest);
      if (back !== null) {
        stated = { ...stated, basis: back };
        basisHow = "sentence";
      } else basisHow = "carried";
    }
    if (!named && f.baseBack !== true)
      alt({
        basis: stated.basis === "yoy" ? "mom" : "yoy",
        why: "the text does not name the comparison base",
      });
  }
  if (f.partOf && stated.type === "share") changeReadings(stated).forEach(alt);
  // "the value of magnet shipments climbed 30%", "fell 20% in yuan terms": a change of the value in
  // money, checked against values where the data holds them, never against tonnes
  if ((stated.type === "change" && stated.unit === "%") || stated.type === "direction") {
    const measure = measureOfChange(clauses, index, f);
    if (measure === "value-or-qty")
      alt({ stated, why: "the change may be of the tonnage, not of the value named before it" });
    if (measure === "value" || measure === "value-or-qty") stated = { ...stated, measure: "value" };
    if (measure === "either")
      alt({ stated: { ...stated, measure: "value" }, why: "the change may be of the value named before it" });
  }
  const cumulative = f.kind === "level" && isPartialSpan(claimPeriod);
  // a world total over a year or a run of months, in a sentence that names no product, is where a
  // story on one product most often quotes a broader aggregate or another source's revised total
  if (seriesHow === "text" && partner === "WLD" && claimPeriod?.includes("..") === true)
    seriesHow = "carried";
  return {
    start: c.seg.start + f.start,
    end: c.seg.start + f.end,
    kind: cumulative ? "ytd" : f.kind,
    series,
    reporter,
    flow,
    partner,
    period: claimPeriod,
    stated,
    grounds: {
      series: seriesHow,
      partner: partnerHow,
      period: periodHow,
      ...(basisHow ? { basis: basisHow } : {}),
      ...(f.unit ? { unit: f.unit } : {}),
    },
    alternatives,
    mode: underLead(
      d,
      modeOf({
        clause,
        sentence:
          reporterHere === null && CHINA_CUSTOMS.test(clause)
            ? { ...marks, otherReporter: false, chinaCustoms: true }
            : marks,
        start: f.start,
        end: f.end,
        question: marks.question,
        year: env.year,
        chinaImportsBefore: env.chinaImportsAt >= 0 && env.chinaImportsAt < c.seg.start,
      }),
    ),
  };
}

/** A list item under a title that says its items are forecasts or another country's data takes that mode. */
function underLead(d: Discourse, mode: Mode): Mode {
  if (mode === "reported" && d.links) return "link";
  return mode === "reported" && d.block === "bullet" && d.leadMode !== null ? d.leadMode : mode;
}

/**
 * The periods a share may be of: the clause's own, and a month right after the share even where it
 * names a comparison ("rose to 11% in June from 4% in May": 4% is May's share).
 */
function sharePeriods(c: ClauseRead, f: Figure) {
  const clause = c.seg.text;
  const next = c.mentions.find(
    (m) => m.start >= f.end && /^,?\s(?:in|during|for)\s/i.test(clause.slice(f.end, m.start + 4)),
  );
  if (!next || next.role === "main" || next.start - f.end > 12) return c.own;
  return [...c.own, next].sort((a, b) => a.start - b.start);
}

/**
 * "Germany took 1,346 t, or 21.9%": a bare percentage after a tonnage is read as the part's share,
 * but the same words may give the tonnage's change, up or down, on either base: each is a reading,
 * so a figure right as a change is never called a wrong share.
 */
function changeReadings(s: StatedShare): Reading[] {
  const out: Reading[] = [];
  for (const sign of [1, -1])
    for (const basis of ["mom", "yoy"]) {
      const tol = sign > 0 ? { low: s.low, high: s.high } : { low: neg(s.high), high: neg(s.low) };
      out.push({
        basis,
        stated: {
          type: "change",
          pct: sign * s.pct,
          unit: "%",
          basis,
          direction: sign > 0 ? "up" : "down",
          hedge: s.hedge,
          raw: s.raw,
          ...tol,
          ...(s.halfUnit !== undefined ? { halfUnit: s.halfUnit } : {}),
        },
        why: `the percentage after the tonnage is its change ${sign > 0 ? "up" : "down"} on the ${basis === "mom" ? "month" : "year"}`,
        onlyAmbiguous: true,
      });
    }
  return out;
}

const neg = (x: number | null) => (x === null ? null : -x);

/** Around a month named as the holder of a record: "the record high recorded last January", "January remains the top month". */
const RECORD_HOLDER_BEFORE =
  /\bthe\s(?:[\w-]+\s){0,2}?(?:record|peak|high|top|best)\b(?:\s[\w-]+)?\s(?:recorded|set|seen|reached|hit|posted|registered)\s(?:(?:back\s)?in\s)?(?:(?:last|this)\s)?$/i;
const RECORD_HOLDER_AFTER =
  /^(?:['’]s)?\s(?:(?:still|also)\s)?(?:remains|remained|is|was|stands|stood|holds|held)\s(?:still\s)?(?:as\s)?(?:the\s)?(?:(?:all-time|monthly|single)\s)?(?:top|record|highest|biggest|largest|peak|best)\b/i;

/**
 * A month the sentence names only as a record's holder: the story goes on about the month it was
 * on, not about the record's ("... still below the record high recorded last January. Compared with
 * the previous month, exports rose 12%").
 */
function recordHolder(clause: string, m: Span): boolean {
  return (
    RECORD_HOLDER_BEFORE.test(clause.slice(Math.max(0, m.start - 60), m.start)) ||
    RECORD_HOLDER_AFTER.test(clause.slice(m.end, m.end + 50))
  );
}

/** An aside set off by dashes that gives examples of what came before: "— including magnets —", "— mostly NdFeB —". */
const ASIDE_OPENING =
  /^\W*(?:including|such as|mostly|mainly|chiefly|largely|led by|dominated by|notably|especially|particularly|in particular|among them|not least)\b/i;
const asideClause = (x: ClauseRead) => ASIDE_OPENING.test(x.seg.text);

/**
 * A span that runs past the latest month a story could report: cut to that month when two or more
 * of its months are out, kept whole when only its first is; null for a span that is over.
 */
function unfinishedSpan(period: string | null, latest: number | null): string | null {
  const span = period === null || latest === null ? null : parsePeriod(period);
  if (span === null || span.kind === "month" || latest === null) return null;
  const [start, end] = [parseMonth(span.start), parseMonth(span.end)];
  if (start === null || end === null || end <= latest || start > latest) return null;
  return start === latest ? (period as string) : `${span.start}..${fromIndex(latest)}`;
}

/**
 * "Despite curbs imposed in April, ...", "Although shipments to the US slumped, ...", "After falling in
 * October, ...": what a concessive or an earlier time's clause says happened at its own time and place; its month and destination are not the main
 * clause's, so they are only offered as readings.
 */
const CONCESSIVE =
  /^\W*(?:despite|in spite of|notwithstanding|although|though|even though|even as|even after|after|following|having)\b/i;
const concessive = (x: ClauseRead) => CONCESSIVE.test(x.seg.text);

/** "a seven-month high of 6,146 t in August": a rank said of a level takes that level's period. */
const RANK_OF =
  /^\s(?:of|at)\s(?:(?:about|around|nearly|almost|some|roughly|just over|just under|more than)\s)?$/i;
const RECORD_HOLDER_END = /\brecord\b.*\b(?:remains|is|was|stands at|belongs to|still)$/i;
const HELD_BY = /^\s[A-Z][a-z]+['’]s\s$/;

/**
 * The period a rank is said of: that of the level it introduces ("down from a seven-month high of
 * 6,146 tons in August" is August's rank), or the base month when it is the starting point ("fell
 * from a six-month high"); otherwise the clause's.
 */
function rankPeriod(c: ClauseRead, f: Figure, period: string | null): string | null {
  const clause = c.seg.text;
  // "the record for magnets remains January's 6,357 t": the record is the month's whose figure follows
  const holder = RECORD_HOLDER_END.test(clause.slice(f.start, f.end));
  const g = c.figures.find(
    (x) =>
      x.level === true &&
      x.start >= f.end &&
      (RANK_OF.test(clause.slice(f.end, x.start)) || (holder && HELD_BY.test(clause.slice(f.end, x.start)))),
  );
  // "from 6,146 tons in August (the highest point in seven months)": a rank set in brackets right
  // after a tonnage is that tonnage's, of its own month (after a comma it may be the clause's)
  const h =
    g ??
    c.figures.find(
      (x) => x.level === true && x.end <= f.start && RANK_APPOSED.test(clause.slice(x.end, f.start)),
    );
  const named = h
    ? (possessivePeriod(clause, c.mentions, h)?.period ??
      levelPeriod(clause, h.start, h.end, c.mentions, c.changes, null))
    : null;
  const at = named ?? levelPeriod(clause, f.start, f.end, c.mentions, c.changes, period);
  // "four straight monthly gains up to October", "from July to September": a run is counted to the
  // last month of the span it is said over (not a whole year, which names no month the run reached)
  const span = at === null ? null : parsePeriod(at);
  if (span?.kind !== "range" || f.stated(at).type !== "streak") return at;
  const wholeYear = span.start.endsWith("-01") && span.end === `${span.start.slice(0, 4)}-12`;
  return wholeYear ? at : span.end;
}

/** Between a tonnage (and its month) and a rank set in brackets beside it: " in August (the ". */
const RANK_APPOSED = /^(?:\s(?:in|for|during)\s[A-Z][a-z]+\.?(?:\s\d{4})?)?\s\((?:the\s|a\s|an\s|its\s)?$/;

/** Right before the first figure of "from 1,364 t to 2,568.8 t", and before the second. */
const FROM_FIGURE = /\bfrom\s(?:(?:about|around|roughly|some|nearly|almost|just over|just under)\s)?$/i;
const TO_FIGURE = /\bto\s(?:(?:about|around|roughly|some|nearly|almost|just over|just under)\s)?$/i;

/**
 * "Between April and May, exports to the US shrank from 246 t to 46 t", "fell by a third between
 * March and April": a change over two months is the later month's against the earlier, and the
 * figures it runs from and to are each of its own month. Not a total over the months ("Between June
 * and November, China exported 33,321 t"): only a change, or the ends of "from ... to ...".
 */
function pairOf(c: ClauseRead, own: PeriodMention, f: Figure): { period: string; basis?: string } | null {
  const clause = c.seg.text;
  const words = clause.slice(own.start, own.end);
  if (own.shape !== "range" || !/^(?:between|from)\s[\s\S]*\s(?:and|to)\s/i.test(words)) return null;
  const [a, b] = own.period.split("..") as [string, string];
  const from = parseMonth(a);
  const to = parseMonth(b);
  if (from === null || to === null) return null;
  const levels = c.figures.filter((x) => x.kind === "level");
  const start = levels.find((x) => FROM_FIGURE.test(clause.slice(Math.max(0, x.start - 24), x.start)));
  const end = start
    ? levels.find(
        (x) => x.start > start.end && TO_FIGURE.test(clause.slice(Math.max(0, x.start - 24), x.start)),
      )
    : undefined;
  // "from April to May" opens a span as well: only the ends given as figures make it a change
  // as does a level the series moved to ("From May to July, exports sank to 4,937 t")
  const paired =
    /^between\s/i.test(words) ||
    end !== undefined ||
    levels.some((x) => levelReachedInSpan(clause, own, x) !== null);
  if (f.kind === "level") return f === start && paired ? { period: a } : f === end ? { period: b } : null;
  if ((f.kind !== "change" && f.kind !== "direction") || !paired) return null;
  // "between January and March the total was ..., 5.1% above the first quarter of 2024": a change
  // that names its own base is the span's, against that base
  if (c.mentions.some((m) => m.role === "base" && m.start >= f.start && m.start - f.end <= 40)) return null;
  return { period: b, basis: to - from === 1 ? "mom" : to - from === 12 ? "yoy" : a };
}

/** ", when" or ", whose" after a month, then no other period before the figure: the figure is of that month. */
function whenMonth(
  clause: string,
  mentions: PeriodMention[],
  f: Figure,
): { period: string; at: number } | null {
  const w = [
    ...clause
      .slice(0, f.start)
      .matchAll(/,\s(?=(?:when|whose|which saw|at which (?:point|time)|by which time)\b)/gi),
  ].pop();
  if (w === undefined) return null;
  const m = mentions.filter((x) => x.end <= w.index).pop();
  if (m === undefined || m.shape !== "month" || w.index - m.end > 24) return null;
  if (mentions.some((x) => x.start > w.index && x.start < f.start)) return null;
  // "Compared with October 2024, when 4,725 t left, shipments were up 15.8%": past the comma that
  // closes an aside on the month compared with, the figure is the main clause's, not that month's
  if (m.role === "base" && /,\s/.test(clause.slice(w.index + 1, f.start))) return null;
  return { period: m.period, at: w.index };
}

/** "fell 6% from 2023", "1.3% lower than in 2024": the year a change is measured against, named after it. */
const BASE_YEAR_AFTER =
  /^\s(?:[\w-]+\s){0,2}?(?:from|than|on|over|versus|vs\.?|against|compared (?:with|to))\s(?:(?:in|the|levels? (?:of|in))\s){0,2}((?:19|20)\d{2})\b(?![-/]\d)/i;

/** True when a full year's change names the year before it as its base. */
function yearBefore(clause: string, end: number, period: string | null): boolean {
  const full = period === null ? null : /^(\d{4})-01\.\.\1-12$/.exec(period);
  const m = full ? BASE_YEAR_AFTER.exec(clause.slice(end, end + 60)) : null;
  return m !== null && Number(m[1]) === Number(full?.[1]) - 1;
}

/** Words by which a clause says it comes after the one before: "569 t came next", "then 569 t left". */
const SEQUENCE = /\b(?:then|next|followed(?!\sby\b)|afterwards?|after that|later|subsequently|this time)\b/i;

/**
 * Words for every destination but some: "the rest of the world", "markets other than Japan", "ex-US",
 * "outside the US" (not the US, which a name right after "outside" would otherwise be read as).
 */
const ALL_BUT =
  /\b(?:the rest of the world|(?:all\s)?other (?:destinations|countries|markets|buyers|trading partners)|everywhere else|(?:destinations|countries|markets|buyers|places)\s(?:other than|outside|beyond|apart from|excluding|except)|ex-(?:US|U\.S\.|China|Japan|Germany))\b/i;
/**
 * The same before a name, which must be capitalised: "outside the US", "excluding Japan" (not
 * "excluding powder", "every month except March").
 */
const ALL_BUT_NAME = new RegExp(
  `\\b(?:[Oo]utside|[Bb]eyond|[Ee]xcluding|[Ee]xcept(?:\\sfor)?)\\s(?:of\\s)?(?:the\\s)?(?=[A-Z])(?!NdFeB|REEs?\\b|RE\\b|(?:${ENGLISH_MONTH_NAME})\\b)`,
);
/** "to other countries", "to other markets" with nothing after that narrows them ("in Asia", "such as"). */
const OTHER_COUNTRIES =
  /\bto\s(?:all\s)?other\s(?:countries|markets|nations)\b(?!\s(?:in|of|such|including|like|that|which|than|besides|except|outside|apart|beyond|across)\b)/i;

/**
 * "China increased its exports of rare earth metals to other countries by 23%": where nothing but
 * China has been named, the other countries are every country China sells to, the world total;
 * after a destination ("the US took less; other countries more") they are the rest of the world.
 */
function abroadOnly(c: ClauseRead, index: number, clauses: ClauseRead[], d: Discourse): boolean {
  if (!OTHER_COUNTRIES.test(c.seg.text)) return false;
  if (clauses.slice(0, index + 1).some((x) => x.partners.some((p) => p.value !== "CHN"))) return false;
  const before = carried(d, "partner");
  return before.value === null && before.other === null && topicOf(d, "partner") === null;
}

/** A clause whose subject is the total: "Total exports of 5,774 t were down 6.1%", "the total rose". */
const TOTAL_SUBJECT =
  /^\W*(?:(?:and|but|while)\s)?(?:(?:the|China['’]s)\s)?(?:overall\s|total\s)(?:exports|shipments|magnet exports|volumes?)\b|^\W*(?:(?:and|but|while)\s)?the total\s(?:was|were|rose|fell|came|reached|stood|climbed|dropped)\b/i;
/** The partner of a figure for every destination but some ("the rest of the world"): no series holds it. */
export const REST_OF_WORLD = "ROW";
const WORLD_WORDS = /\b(?:worldwide|globally|in total|overall|to all destinations|to the world)\b/i;

const MOM_WORDS = /\b(?:month[- ]on[- ]month|m\/m|mom|from the previous month|sequentially)\b/i;

/** Words that make a figure the sum of the destinations named before it ("took 2,586 t between them"). */
const SUM_WORDS = /\b(?:between them|combined|together|jointly|collectively|altogether)\b/i;

/** Destinations joined by "and" or commas ("Germany, South Korea and the US"). */
const JOINED = /^(?:,|,?\s(?:and|&|plus|as well as))\s(?:the\s)?$/i;

/**
 * "Germany, South Korea and the US together took 2,700 t": destinations named together right before
 * one figure, which may be their combined total rather than the last one's. Empty when the figure
 * has one destination, or a list says "respectively".
 */
function joinedBefore(c: ClauseRead, f: Figure): PartnerMention[] {
  if (/\brespectively\b/i.test(c.seg.text) || f.list) return [];
  const group = joinedGroup(c, f.start);
  const first = group[0];
  if (group.length < 2 || first === undefined) return [];
  // a number between them ("Germany 1,227 t and the US 582 t") gives each its own figure
  const numbered = (x: Figure) => x !== f && x.kind !== "direction" && x.kind !== "rank";
  return c.figures.some((x) => numbered(x) && x.start >= first.start && x.start < f.start) ? [] : group;
}

/** The destinations joined together last before `at` ("Germany, South Korea and Vietnam"). */
function joinedGroup(c: ClauseRead, at: number): PartnerMention[] {
  const clause = c.seg.text;
  const before = c.partners.filter((p) => p.end <= at);
  const group = before.slice(-1);
  for (let i = before.length - 1; i > 0; i--) {
    const [a, b] = [before[i - 1] as PartnerMention, before[i] as PartnerMention];
    if (!JOINED.test(clause.slice(a.end, b.start))) break;
    group.unshift(a);
  }
  return group;
}

/** A clause that names its own subject ("magnet exports", "China's shipments") and points nowhere back. */
/** Between a figure and a rank said of it in a relative clause: "418 t (in July), which traders call the". */
const RELATIVE_GAP = /^(?:\s(?:in|for|during)\s[^,;()]{1,24})?,\s(?:which|that)\s[^,;]{0,50}$/i;

/**
 * "below July's 418 tonnes, which traders call the highest this year": a rank in a relative clause is
 * said of the level it follows, so that level's own month is the rank's.
 */
function relativeAntecedent(c: ClauseRead, f: Figure): PeriodMention | null {
  const clause = c.seg.text;
  const g = c.figures.filter((x) => x.kind === "level" && x.end <= f.start).pop();
  if (g === undefined || !RELATIVE_GAP.test(clause.slice(g.end, f.start))) return null;
  return (
    possessivePeriod(clause, c.mentions, g) ??
    c.mentions.find((m) => m.start >= g.end && m.end <= f.start && m.shape === "month") ??
    null
  );
}

/** After a product's name: what the noun phrase is about when it is not the product's trade. */
const NOT_TRADE_AFTER =
  /^\s(?:(?:spot|market|contract|average|benchmark)\s)?(?:prices?|price forecasts?|forecasts?|quotes?|quotations|futures|output|production|mining|reserves|stockpiles?|capacity|demand|consumption|processing|refining|smelting|shortages?|shortfalls?|scarcity)\b/i;

/** China's customs named as a figure's source ("according to Chinese customs", "China's customs data"). */
const CUSTOMS_SOURCE =
  /\b(?:China['’]s|Chinese|China)\s(?:(?:General\s)?Administration\sof\sCustoms|customs(?:\s(?:authorit(?:y|ies)|agency|office|administration|bureau))?)\b/gi;

function freshSubject(c: ClauseRead, f: Figure): "named" | "bare" | null {
  const before = c.seg.text.slice(0, f.start);
  // "China shipped 1,433 tonnes there" points back even after its figure
  if (BACK_REFERENCE.test(c.seg.text)) return null;
  // "December was the lowest month for magnet exports since June": a product named in a rank's own
  // words (a share's, "4% of China's magnet exports", names the whole it is of, not its subject)
  const own = f.kind === "share" ? f.start : f.end;
  // "as recorded by Chinese customs", "China's customs data show": the source, not the subject
  const subject = before.replace(CUSTOMS_SOURCE, "");
  if (c.series.some((s) => s.start < own) || /\b(?:China|Chinese|Beijing)\b/.test(subject)) return "named";
  return /\b(?:exports|shipments|outbound|overseas sales)\b/i.test(before) ? "bare" : null;
}

/** Before a list item's leading figure: only its mark ("- ", "2. "); after it, a colon or a dash. */
const ITEM_MARK = /^\s*(?:(?:[-*•·▪◦‣–]|\d{1,2}[.)/])\s*)?$/;
const ITEM_GAP = /^\s?[:–—-]\s/;

/**
 * The clauses that describe a list item's leading figure ("1. 6,357 t: January's magnet exports",
 * "3. 46 t - what the US got in May"): the words after it in its own clause and the rest of the
 * item. Null for any other figure.
 */
function describedBy(c: ClauseRead, index: number, f: Figure, clauses: ClauseRead[]): ClauseRead[] | null {
  const clause = c.seg.text;
  if (c.seg.block !== "bullet" || index !== 0 || !ITEM_MARK.test(clause.slice(0, f.start))) return null;
  const rest = clause.slice(f.end);
  const next = clauses[index + 1];
  const dashed = rest.trim() === "" && next !== undefined && /^\s*[-–—]\s/.test(next.seg.text);
  // "7. 3: straight monthly rises in China's exports": a count read with its gap as one streak
  const gapInside = /^\d{1,2}\s?[:–—-]\s/.test(clause.slice(f.start, f.end));
  return ITEM_GAP.test(rest) || dashed || gapInside ? clauses.slice(index) : null;
}

/** "..., the latter 15 t more than a month earlier": a figure said of the one named last. */
const LATTER = /\bthe latter(?:['’]s)?\s(?:[\w'’-]+\s){0,3}$/i;

/**
 * "Japan received 226 t and Thailand 96 t, the latter 15 t more than a month earlier": the
 * destination named last before "the latter", in its clause or the sentence's clauses before it.
 */
function latterPartner(c: ClauseRead, index: number, f: Figure, clauses: ClauseRead[]): string | null {
  const m = LATTER.exec(c.seg.text.slice(0, f.start));
  if (m === null) return null;
  for (let i = index; i >= Math.max(0, index - 6); i--) {
    const x = clauses[i] as ClauseRead;
    const p = x.partners.filter((n) => i < index || n.end <= m.index).pop();
    if (p) return p.value;
  }
  return null;
}

/** A clause that is only a destination's name, after a list's joining word: "and Germany", "then Korea". */
const NAME_ONLY_BEFORE = /^\W*(?:(?:and|or|while|then|followed by)\s)?$/i;

/**
 * "The two main buyers were Japan, with 2,004 kg, and Germany, with 2,000 kg": a "with" clause right
 * after a clause that is only a destination's name is that destination's figure, though a name alone
 * is a weak mention elsewhere.
 */
function namedJustBefore(c: ClauseRead, index: number, clauses: ClauseRead[]): string | null {
  if (!/^\W*with\s/i.test(c.seg.text)) return null;
  const prev = clauses[index - 1];
  if (prev === undefined || prev.partners.length !== 1 || prev.figures.length > 0) return null;
  const p = prev.partners[0] as (typeof prev.partners)[number];
  const text = prev.seg.text;
  return NAME_ONLY_BEFORE.test(text.slice(0, p.start)) && /^\W*$/.test(text.slice(p.end)) ? p.value : null;
}

/** The destination a list item's words give its leading figure: one they name, or the total when they name none. */
function itemPartner(item: ClauseRead[], f: Figure): [string, Grounding] | null {
  for (const [i, x] of item.entries()) {
    const p = x.partners.find((m) => !m.weak && (i > 0 || m.start >= f.end));
    if (p) return [p.value, "clause"];
  }
  const words = item.map((x, i) => (i === 0 ? x.seg.text.slice(f.end) : x.seg.text)).join(" ");
  return /\b(?:exports|shipments|exported|shipped|total)\b/i.test(words) ? ["WLD", "clause"] : null;
}

function choosePartner(
  c: ClauseRead,
  index: number,
  f: Figure,
  clauses: ClauseRead[],
  d: Discourse,
  alt: (r: Reading) => void,
  item: ClauseRead[] | null,
): [string, Grounding] {
  // a destination's rank names its destination itself ("the largest buyer was Germany")
  if (f.partner) return [f.partner.value, "clause"];
  // "supply to the rest of the world", "destinations other than the US": neither the total nor the
  // destination named, but the total less some destinations, which the data does not hold: a world
  // figure that happens to equal it neither supports nor contradicts it
  const upTo = c.seg.text.slice(0, f.start);
  if (abroadOnly(c, index, clauses, d)) return ["WLD", "clause"];
  if (ALL_BUT.test(upTo) || ALL_BUT_NAME.test(upTo)) return [REST_OF_WORLD, "default"];
  const latter = latterPartner(c, index, f, clauses);
  if (latter !== null) return [latter, "sentence"];
  // a bare percentage after a tonnage is the share of that tonnage's destination; after the total
  // it is taken of ("out of a total of 1,238 t, or less than 4%"), of the destination the clause names
  const part = f.partOf ? attachPartner(c.seg.text, c.partners, f.partOf, "level", c.figures) : null;
  const own =
    f.partOf && !(part !== null && "total" in part)
      ? part
      : attachPartner(c.seg.text, c.partners, f, f.ofShare ? "share" : f.kind, c.figures);
  const from = carried(d, "partner");
  const topic = topicOf(d, "partner");
  const offer = (n: Named | null, chosen: string) => {
    if (n !== null && n.value !== chosen) alt({ partner: n.value, why: `"${n.why}" earlier`, carried: true });
  };
  if (own !== null) {
    if ("total" in own) offer(topic, "WLD");
    return [own.partner, "clause"];
  }
  const described = item === null ? null : itemPartner(item, f);
  if (described !== null) return described;
  // "China shipped 5,774 t worldwide, ..., marking a second monthly decline": the clause says it is the total
  if (WORLD_WORDS.test(c.seg.text.slice(0, f.start))) return ["WLD", "clause"];
  const fresh = freshSubject(c, f);
  const named = namedJustBefore(c, index, clauses);
  if (named !== null) return [named, "sentence"];
  // "The US saw a sharp rise, with shipments reaching 619 t": a "with" clause on bare shipments
  // goes on about the clause before it, a reading that can support, never contradict
  if (fresh === "bare" && /^\W*with\s/i.test(c.seg.text)) {
    const p = clauses[index - 1]?.partners.filter((m) => !m.weak).pop();
    if (p !== undefined) {
      offer({ value: "WLD", why: "no destination named with the figure", at: 0 }, p.value);
      return [p.value, "carried"];
    }
  }
  // an earlier clause of the same sentence, when this one names no subject of its own
  for (let i = index - 1; i >= Math.max(0, index - 6) && fresh === null; i--) {
    const x = clauses[i] as ClauseRead;
    const p = ownerOfLast(x) ?? x.partners.filter((m) => !m.weak).pop();
    if (p && concessive(x) && !concessive(c))
      offer({ value: p.value, why: x.seg.text.slice(p.start, p.end), at: 0 }, "WLD");
    else if (p) return [p.value, "sentence"];
    // "China shipped 5,774 t worldwide, down 6.1%, marking a second monthly decline": still the total
    else if (x.figures.length > 0 && (WORLD_WORDS.test(x.seg.text) || TOTAL_SUBJECT.test(x.seg.text)))
      return ["WLD", "sentence"];
  }
  // "The November tally had been 60 t lower": a month's figure as the subject points back to what
  // was spoken of (not across bullets, each its own fact)
  const figureSubject = c.seg.block !== "bullet" && FIGURE_SUBJECT.test(c.seg.text);
  const back =
    BACK_REFERENCE.test(c.seg.text) || (fresh === null && (c.seg.sentenceStart === false || figureSubject));
  // under a heading, a lead line or a question about a destination, only a named total leaves it
  if (topic !== null) {
    offer({ value: "WLD", why: "no destination named with the figure", at: 0 }, topic.value);
    return [topic.value, "carried"];
  }
  // "Korea took 854t!! almost 15% of everything": a share, or its change in points, is some
  // destination's, never the total's, so one that names none is the destination spoken of last
  const shareOfLast =
    (f.kind === "share" || f.ofShare === true) && from.value !== null && from.value.value !== "WLD";
  if ((back || shareOfLast) && from.value !== null) {
    offer({ value: "WLD", why: "no destination named with the figure", at: 0 }, from.value.value);
    return [from.value.value, "carried"];
  }
  offer(topic, "WLD");
  offer(from.value ?? from.other, "WLD");
  return ["WLD", fresh === null ? "default" : "clause"];
}

/**
 * The destination that owns the last figure of a clause ("And Germany, Europe's biggest buyer, took
 * 1,116 t"): what a clause after it with no subject of its own goes on about. Null when that figure
 * is the total's or has no destination named.
 */
function ownerOfLast(x: ClauseRead): PartnerMention | null {
  const f = x.figures[x.figures.length - 1];
  if (f === undefined) return null;
  const own = attachPartner(x.seg.text, x.partners, f, f.kind, x.figures);
  if (own === null || "total" in own) return null;
  return x.partners.find((m) => m.value === own.partner) ?? null;
}

/** The month of the figure a "below that" points back to: the last dated before it in the clause or sentence. */
function pointedMonth(
  c: ClauseRead,
  f: Figure,
  claimPeriod: string | null,
  nearest: <T>(pick: (x: ClauseRead) => T | null, side?: "before" | "after" | "both") => T | null,
): string | null {
  const other = (m: PeriodMention) => m.shape === "month" && m.period !== claimPeriod;
  const inClause = c.own.filter((m) => m.end <= f.start && other(m)).pop();
  const month = inClause?.period ?? nearest((x) => x.own.filter(other).pop()?.period ?? null, "before");
  const own = parseMonth(claimPeriod ?? "");
  const base = month === null ? null : parseMonth(month);
  if (own === null || base === null || base >= own) return null;
  return own - base === 1 ? "mom" : own - base === 12 ? "yoy" : (month as string);
}

/** Where the text first names China's own imports, or -1 (bounded to its first 200,000 characters). */
function chinaImportsAt(input: string): number {
  const m = CHINA_IMPORTS.exec(input.length > 200_000 ? input.slice(0, 200_000) : input);
  return m === null ? -1 : m.index;
}
