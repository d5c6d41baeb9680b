// Finds every trade-figure claim in a text, in stages: segment (blocks, sentences, clauses),
// recognise (changes, levels, ranks, shares, directions, periods in each clause), attach (each
// figure to its own clause's product, destination and period), discourse (what carries over from
// headings, lead lines, questions and earlier sentences), then the claim's mode. Every claim says
// how each part of its reading was established and which other readings the text allows.
// This module runs the stages over blocks and sentences; one figure is read in `read-figure.ts`,
// its destination chosen in `figure-partner.ts`, and its period, where its clause names several, in
// `figure-periods.ts`.

import { cautionsMarked, sentenceTests } from "./cautions.js";
import { fiscalYearsMarked } from "./fiscal-years.js";
import { sentencesNumbered } from "./sentence-numbers.js";
import { statedWordsRead } from "./stated-words.js";
import { reviewedMarked } from "./reviewed-claims.js";
import { sentenceReadingsMarked } from "./sentence-readings.js";
import { comparesAside, namesTopicMonth } from "./comparison-months.js";
import { carryVoice } from "./carried-voice.js";
import { changeOfCount } from "./count-changes.js";
import { addMonths, isMonth } from "../../domain/period.js";
import { toTonnes } from "../../domain/units.js";
import type { ExtractOptions, ExtractedClaim, Grounding } from "../types.js";
import { afterEarlierEvent, labelsFigure, widensMagnets, type Span } from "./attach.js";
import {
  enterBlock,
  leaveSentence,
  newDiscourse,
  soleSeries,
  topicOf,
  type Discourse,
  type Topic,
  unitNamed,
} from "./discourse.js";
import { sentenceMarks } from "./modes.js";
import { bareLevels, unitScope, writtenUnit } from "./bare-figures.js";
import { parallelPartners, parallelPeriods, parallelSeries, type ListedFigure } from "./parallel-lists.js";
import {
  fromIndex,
  parseMonth,
  resolveMonthName,
  toIndex,
  yearBackOpening,
  yearMentioned,
  type PeriodMention,
} from "./periods.js";
import { SAME_MONTH_OF, listLevel, listShare, readClause, readable, siblingShare } from "./read-clause.js";
import { askedMove, figureMove, sizeOfMove } from "./move-size.js";
import { leadsMarkedList, segmentBlock, splitBlocks, type Block, type Segment } from "./segment.js";
import { CHINA_IMPORTS, findPartners, findSeries } from "./subjects.js";
import { readTable, tableCaption, tableUnit } from "./tables.js";
import { markRetracted } from "./retracted-figures.js";
import { recordHolder } from "./figure-periods.js";
import { type Draft, type Env, NOT_TRADE_AFTER, asideClause, readFigure } from "./read-figure.js";
import { allMatches } from "./all-matches.js";
import { antecedentOf, pointsBack, resolvePointing } from "./pointing-back.js";
import { namesChinaSupplier } from "./find-shares.js";
import { readingCopy, type ReadingCopy } from "./reading-copy.js";
import { sentenceAround } from "./sentence-around.js";
import { headlinePeriods } from "./headline-periods.js";
import { pointedWholes } from "./pointed-wholes.js";
import { relativePeriod } from "./bases.js";

import { markClausePartners, markClauseSeries } from "./clause-partners.js";
import { CJK_LETTERS, ENGLISH_MONTH_NAME } from "./lexicon.js";
import { mailDateAt, mailDates } from "./mail-dates.js";
import { turkishGlosses, turkishText } from "./turkish-words.js";
import { inRelativeAside } from "./relative-aside.js";
import { dutchGlosses, dutchText } from "./dutch-words.js";
import { polishGlosses, polishText } from "./polish-words.js";
import { malayGlosses, malayText } from "./malay-words.js";
import { scandinavianGlosses, scandinavianText } from "./scandinavian-words.js";
import { hindiGlosses, hindiText } from "./hindi-words.js";
import { thaiGlosses, thaiText } from "./thai-words.js";
import { ukrainianGlosses, ukrainianText } from "./ukrainian-words.js";

/** "Japan and the US took 305 t and 582 t, respectively": the words that pair two lists for certain. */
const RESPECTIVELY = /\brespectively\b/i;

/**
 * Extracts the trade-figure claims of a text, each with its exact span.
 * @example extractClaims("Magnet exports rose 12% in November.", { published: "2025-12-20" })
 *   // [{ kind: "change", series: "rare-earth-magnets", period: "2025-11", stated: { pct: 12, ... } }]
 */
export function extractClaims(text: string, opts: ExtractOptions = {}): ExtractedClaim[] {
  const r = readClaims(text, opts);
  return r.claims.map(r.asWritten);
}

/** The claims of a text as the reader read them: in the text it read, and how to quote each as written. */
export interface ReadClaims {
  /** The text as read (see `readingCopy`): claims' offsets are in it. */
  read: string;
  claims: ExtractedClaim[];
  /** A claim with its offsets and quoted words in the text as written. */
  asWritten: <T extends ExtractedClaim>(c: T) => T;
}

/**
 * Reads the claims of a text: "26,5 %", "5.493,9 toneladas" kept by a translation, "5,774 metric
 * tons", a subtitle's cue lines, a word hyphenated at a line's end are read in the form the reader
 * knows, and quoted as written. The checker judges them on the text as read, the words the reader saw.
 */
export function readClaims(text: string, opts: ExtractOptions = {}): ReadClaims {
  const original = typeof text === "string" ? text : "";
  const copy = readingCopy(original);
  const claims = extractFrom(copy.read, opts);
  if (copy.read === original) return { read: copy.read, claims, asWritten: (c) => c };
  // a sentence the reading copy put into English words is still in its own language
  const written = <T extends ExtractedClaim>(c: T) => asWritten(c, original, copy);
  const { language } = sentenceTests();
  // a sentence of a Turkish text with a Turkish word is Turkish, whatever letters it has ("Vietnam (444 ton) ve ..."),
  // and so of a Dutch, Polish, Malay, Swedish, Norwegian, Hindi, Thai or Ukrainian text with a word of its language
  const glossaries = [
    [turkishText, turkishGlosses],
    [dutchText, dutchGlosses],
    [polishText, polishGlosses],
    [malayText, malayGlosses],
    [scandinavianText, scandinavianGlosses],
    [hindiText, hindiGlosses],
    [thaiText, thaiGlosses],
    [ukrainianText, ukrainianGlosses],
  ] as const;
  const read = glossaries.filter(([inLanguage]) => inLanguage(original)).map(([, glosses]) => glosses);
  const inReadLanguage = (s: string) => read.some((glosses) => glosses(s, true).length > 0);
  return {
    read: copy.read,
    claims: claims.map((c) => {
      const w = written(c);
      const sentence = sentenceAround(original, w.start, w.end);
      return language(sentence) || inReadLanguage(sentence)
        ? { ...c, cautions: [...(c.cautions ?? []), "written-language" as const] }
        : c;
    }),
    asWritten: written,
  };
}

function extractFrom(input: string, opts: ExtractOptions): ExtractedClaim[] {
  let latest = latestMonth(opts.published);
  const blocks = splitBlocks(input);
  const env: Env = {
    input,
    latest,
    early: EARLY_IN_MONTH.test(opts.published ?? ""),
    year: yearAfter(latest),
    trade: true,
    blockAsks: false,
    confirmed: false,
    leadsList: false,
    moved: null,
    soleSeries: soleSeries(
      input,
      blocks.filter((b) => b.kind === "heading" && LABEL.test(input.slice(b.start, b.end))),
    ),
    shareTopic: false,
    shareBefore: false,
    stripShare: -1,
    chinaImportsAt: chinaImportsAt(input),
  };
  const d = newDiscourse();
  const claims: ExtractedClaim[] = [];
  let sentence = 0;
  let previous: Block | null = null;
  // each message of a pasted thread is read as of the date it was sent
  const sent = mailDates(input).filter((m) => opts.published === undefined || m.date <= opts.published);
  let dated = opts.published;
  for (const [b, block] of blocks.entries()) {
    const date = sent.length === 0 ? dated : (mailDateAt(sent, block.start) ?? opts.published);
    if (date !== dated) {
      dated = date;
      latest = latestMonth(date);
      Object.assign(env, { latest, early: EARLY_IN_MONTH.test(date ?? ""), year: yearAfter(latest) });
    }
    const indent =
      /^[ \t]*/.exec(input.slice(block.start, block.end))?.[0].replace(/\t/g, "    ").length ?? 0;
    enterBlock(d, block.kind, block.paragraphStart, indent);
    const next = blocks[b + 1];
    env.blockAsks = input.slice(block.start, block.end).includes("?");
    env.leadsList = leadsMarkedList(input, block, next);
    env.confirmed =
      block.kind === "question" &&
      next?.kind === "answer" &&
      AGREES.test(input.slice(next.start, Math.min(next.end, next.start + 60))) &&
      !AHEAD.test(input.slice(block.start, block.end));
    if (block.kind === "table") {
      const caption = tableCaption(input, previous, block);
      const footer = next !== undefined && next.kind !== "table" ? input.slice(next.start, next.end) : "";
      const cells = readTable(input, block, caption, d, latest, footer);
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
  }
  // "went to 48 markets, down from 53 in July, a 9% fall": the change is the count's, no tonnage's
  const read = pointedWholes(headlinePeriods(markRetracted(claims), blocks, input), input).filter(
    (c) => !((c.kind === "change" || c.kind === "direction") && changeOfCount(input, c.start)),
  );
  const marked = sentenceReadingsMarked(cautionsMarked(fiscalYearsMarked(read, input), input), input);
  return sentencesNumbered(reviewedMarked(statedWordsRead(marked, input), input), input);
}

/**
 * A heading that is only a label of a few words, with no figure ("Rare earths", "MAGNETS:", "Rare-earth
 * magnets"): what it names heads its section, and may be the field's name rather than the product.
 */
const LABEL = /^\W*(?:[\p{L}'’-]+\s?){1,4}:?\s*$/u;

/** A claim read from the rewritten digits, with its words and stated figures as the text writes them. */
function asWritten<T extends ExtractedClaim>(c: T, original: string, copy: ReadingCopy): T {
  // a text read in another order than written (text-columns.ts) may map a span's ends out of order
  const [start, end] = [copy.toWritten(c.start, "start"), copy.toWritten(c.end)].sort((a, b) => a - b) as [
    number,
    number,
  ];
  const written = <T extends { raw: string }>(s: T): T => {
    const at = copy.read.indexOf(s.raw, Math.max(0, c.start - 300));
    return at < 0 || at > c.end + 300
      ? s
      : { ...s, raw: original.slice(copy.toWritten(at, "start"), copy.toWritten(at + s.raw.length)) };
  };
  const stated = <T extends ExtractedClaim["stated"]>(s: T): T => ("raw" in s ? written(s) : s);
  return {
    ...c,
    start,
    end,
    text: original.slice(start, end),
    stated: stated(c.stated),
    alternatives: c.alternatives.map((r) => (r.stated ? { ...r, stated: stated(r.stated) } : r)),
  };
}

/** Words that name a part another category takes in: "that includes magnets", "including the magnets". */
const INCLUDED_BEFORE =
  /\b(?:includ(?:es|ing|ed)|contains?|containing|such\sas)\s(?:(?:the|its|some|all)\s)?$/i;

/** The month before publication, the latest an article can report. */
/** A date in the first six days of its month, before China's customs publish any of the month before's figures. */
const EARLY_IN_MONTH = /^\d{4}-\d{2}-0[1-6]$/;

/** The year of the month after `latest`: the year of publication. */
function yearAfter(latest: number | null): number | null {
  return latest === null ? null : Math.floor((latest + 1) / 12);
}

function latestMonth(published: string | undefined): number | null {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(published ?? "");
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return toIndex(Number(m[1]), month) - 1;
}

function readSentence(segs: Segment[], d: Discourse, env: Env): Draft[] {
  const first = segs[0] as Segment;
  const last = segs[segs.length - 1] as Segment;
  const text = env.input.slice(first.start, Math.min(last.start + last.text.length, first.start + 2000));
  const after = last.start + last.text.length;
  const marks = sentenceMarks(text.replace(/[\r\n]/g, " "), env.input.slice(after, after + 200));
  let year: number | null = null;
  let dated: string | null = null;
  env.moved = null;
  env.shareBefore = false;
  env.supplierBefore = false;
  const topic = topicOf(d, "partner");
  env.destinationTopic = topic !== null && topic.value !== "WLD";
  const read = segs.map((seg, i) => {
    const r = readable(seg);
    const named = yearMentioned(r.text.replace(SAME_MONTH_OF, (m) => " ".repeat(m.length)));
    year = named ?? year;
    // "A year ago, exports were 4,181 t in September": the opening dates its own clause's months
    const back = named === null ? yearBackOpening(r.text, env.latest) : null;
    const c = readClause(r, { latest: env.latest, year: back ?? year, dated, early: env.early }, env);
    env.shareBefore ||= c.figures.some((f) => f.kind === "share");
    env.supplierBefore ||= namesChinaSupplier(r.text);
    const own = c.mentions.find((m) => m.shape === "month" && m.role === "main");
    if (own !== undefined) dated = own.explicitYear ? own.period : null;
    return listLevel(listShare(c, d, segs[i + 1]?.text), d);
  });
  const written = writtenUnit(read);
  const cell = stripCell(env.input, first.start, after);
  const strip = cell ? stripUnit(env, text, first.start, after) : null;
  env.stripUnit = strip;
  const scope =
    unitScope(written, d, first.sentence, text) ??
    (strip === null ? null : { unit: strip.unit, how: "declared" });
  // an answer turn, or the sentence right after a question that asked for tonnes or about a
  // destination ("us?" in a chat, then "590, -5% mom"), opens with its answer
  const answers =
    (first.block === "answer" && first.blockStart) ||
    d.askedUnit?.at === first.sentence - 1 ||
    d.askedDestinationAt === first.sentence - 1;
  const clauses = read.map((c, i) => bareLevels(c, scope, i === 0 && answers));
  // "higher than a year earlier, by 21.4%": the size of the move the clause before named; an
  // answer's "By 46%": of the move its question asked about
  clauses.forEach((c, i) => {
    const before = clauses[i - 1];
    clauses[i] = sizeOfMove(c, () => (before ? figureMove(before) : d.askedMove));
  });
  // "..., with an 18.6% share; the US 9.5%": a destination and a percentage alone after a share;
  // so is a cell of a strip set between pipes ("DEU 20.4% | USA 12.0%") under a caption on shares
  const sameStrip = env.stripShare >= 0 && !env.input.slice(env.stripShare, first.start).includes("\n");
  let shareBefore = cell && (env.shareTopic || sameStrip);
  clauses.forEach((c, i) => {
    clauses[i] = siblingShare(c, shareBefore);
    shareBefore ||= c.figures.some((f) => f.kind === "share");
  });
  env.stripShare = cell && clauses.some((c) => c.figures.some((f) => f.kind === "share")) ? after : -1;
  const question = asks(first, text, env.blockAsks, env.input.slice(after, after + 40));
  // only the sentence right after a question answers it
  d.askedMove = question ? askedMove(clauses) : null;
  const out: Draft[] = [];
  const named: Topic = { series: null, partner: null, period: null };
  const at = first.sentence;
  const datingLead =
    (clauses.every((c) => c.figures.length === 0) && /:\s*$/.test(last.text)) || env.leadsList;
  clauses.forEach((c, i) => {
    // a question its answer agrees with states its figures ("So exports came in at 5,494 t?" "Right, ...")
    const asking = question && !env.confirmed;
    for (const f of c.figures) out.push(readFigure(c, i, f, clauses, d, env, { ...marks, question: asking }));
    // "our NdPr oxide price forecast", "rare earth output": a product named as the head of something
    // other than its trade is not what the text goes on to speak of
    const s = asideClause(c, env.input)
      ? undefined
      : c.series
          .filter((x) => !NOT_TRADE_AFTER.test(c.seg.text.slice(x.end, x.end + 30)))
          // "Including powder and alloy, exports to Japan were 686 t": the widening is that figure's own
          .filter((x) => !widensMagnets(c.seg.text, x))
          // "a wider basket that includes magnets": what a category takes in is not what the text speaks of
          .filter((x) => !INCLUDED_BEFORE.test(c.seg.text.slice(Math.max(0, x.start - 30), x.start)))
          .pop();
    if (s) named.series = { value: s.value, why: c.seg.text.slice(s.start, s.end), at };
    // a month that labels one figure of a list ("(Oct: 656 t)"), or one named in an aside in brackets
    // ("(Sep '24 was 4,915t)"), is not what the text goes on speaking of; a lead without figures that
    // dates what follows in brackets ("Key data (May 2025, China customs):") names it (a heading's
    // bracketed month is more often its edition's: "Supply conditions (December 2025)"); nor is a
    // label's bracketed month before its colon ("Latest (2025-10): 5,473 | m/m: -5.2%"), which dates
    // its row as a data strip writes it
    const aside = (m: Span) => {
      const before = c.seg.text.slice(0, m.start);
      if (LABEL_CLOSE.test(c.seg.text.slice(m.end, m.end + 4))) return false;
      return before.lastIndexOf("(") > before.lastIndexOf(")") && !datingLead;
    };
    // an unnamed quarter ("in the quarter") is the reader's inference, not a period the text named
    const topical = c.own.filter(
      (m) =>
        !aside(m) &&
        namesTopicMonth(m) &&
        !recordHolder(c.seg.text, m) &&
        m.unnamed !== true &&
        // "the highest since the controls began in April": the month of the window's event is not
        // what the text goes on about
        m.windowEvent !== true &&
        // "restarted at 4.26 t after nothing left the country in May": nor is an earlier event's month
        !c.figures.some(
          (f) => f.end <= m.start && afterEarlierEvent(c.seg.text, f.end, m.start, c.figures),
        ) &&
        !(labelsFigure(c.seg.text, m, c.figures) && c.figures.some((f) => f.end <= m.start)),
    );
    // "For carmakers, who had watched May deliveries shrink to 46 t, the 619 t of July ...": a relative
    // aside's month is the aside's, not what the text goes on about, where the clause has its own
    const p =
      pairedMonths(c.seg.text, topical) ?? topical.find((m) => !inRelativeAside(c.seg.text, m)) ?? topical[0];
    if (p) named.period = { value: p.period, why: c.seg.text.slice(p.start, p.end), at };
    // "And the US, any better?": a question's destination after "and" is what it asks about
    const partner = c.partners.filter((x) => !x.weak || question).pop();
    if (partner)
      named.partner = { value: partner.value, why: c.seg.text.slice(partner.start, partner.end), at };
  });
  // "Japan and the US took 305 t and 582 t": figures in a list parallel to one of destinations
  // "..., respectively" pairs them for certain: no other name of the list is a reading of a figure
  const paired = parallelPartners(text, spansOf(out, first.start));
  const respectivePartners = RESPECTIVELY.test(text)
    ? new Set([...paired.values()].map((p) => p.partner))
    : null;
  for (const [i, p] of paired) {
    const x = out[i] as Draft;
    if (x.reporter !== "CHN") continue;
    const others = [...(respectivePartners ?? [])].filter((q) => q !== p.partner);
    out[i] = {
      ...x,
      partner: p.partner,
      grounds: { ...x.grounds, partner: "clause" },
      ...(others.length > 0
        ? { otherClausePartners: [...new Set([...(x.otherClausePartners ?? []), ...others])] }
        : {}),
    };
  }
  // "gallium and germanium exports rose to 9,007 kg and 763 kg": figures in a list parallel to one
  // of products, each its own product's and none of the others'
  const pairedSeries = parallelSeries(text, spansOf(out, first.start));
  for (const [i, p] of pairedSeries) {
    const x = out[i] as Draft;
    out[i] = {
      ...x,
      series: p.series,
      grounds: { ...x.grounds, series: "clause" },
      alternatives: x.alternatives.filter((a) => a.series === undefined || !p.listed.includes(a.series)),
      otherListedSeries: p.listed,
    };
  }
  // "antimony and germanium fell 88% and 95%, respectively, in June compared with January": the
  // month and base said after a list paired "respectively" are every item's
  if (RESPECTIVELY.test(text)) {
    shareTrailing(out, [...paired.keys()]);
    shareTrailing(out, [...pairedSeries.keys()]);
  } else if ([...paired.keys()].every((i) => out[i]?.kind === "share")) {
    // "Germany, the US and Korea took 20.4%, 12.0% and 10.4% of China's October exports": the
    // whole named after a row of shares is every share's
    shareTrailing(out, [...paired.keys()]);
  }
  // "in July, August and September came to 5,577 t, 6,146 t and 5,774 t": each figure its own month
  const sentenceYear = yearMentioned(text);
  for (const [i, p] of parallelPeriods(text, spansOf(out, first.start, PERIOD_LISTED), (mo, y) => {
    const idx = resolveMonthName(mo, y ?? sentenceYear, env.latest);
    return idx === null ? null : fromIndex(idx);
  })) {
    const x = out[i] as Draft;
    out[i] = {
      ...x,
      kind: x.kind === "ytd" ? "level" : x.kind,
      period: p.period,
      grounds: { ...x.grounds, period: "clause" },
    };
  }
  doubleLevels(out);
  if (out.length > 0)
    d.figured = [
      ...new Set(
        out
          .filter((x) => x.reporter === "CHN" && x.grounds.partner === "clause")
          .map((x) => x.partner)
          .filter((p) => p !== "WLD" && !p.includes("+")),
      ),
    ];
  // "Germany and India were the two biggest": a name joined to a firm one in a run of names counts
  const names = clauses.flatMap((c) =>
    c.partners.filter((x, k, all) => !x.weak || listedAfterFirm(c.seg.text, all, k)).map((x) => x.value),
  );
  if (names.length > 0) d.names = names;
  const products = [...new Set(clauses.flatMap((c) => c.series.map((x) => x.value)))];
  if (products.length > 0 || names.length > 0) d.products = products;
  // "China's exports reached 4,343.5 t. Vietnam's customs said ... The figure was up 8.6%": after
  // China's own figures in the paragraph, "the figure" may point back to them; only a paragraph on
  // someone else's figures hands their voice on
  if (first.paragraphStart) d.told = false;
  d.voice = carryVoice(out, text, d.told ? null : d.voice);
  d.told ||= out.some((x) => x.mode === "reported");
  // "That's just shy of the 6,357 t shipped in January": a sentence whose subject points back at the
  // figure before goes on about that figure's month; a month it compares with is not what follows,
  // nor the month of "Only January's 6,356 tons was higher" said after it
  const before = d.pointed;
  const pointing = before !== null && !question && pointsBack(text, before);
  if (
    before !== null &&
    before.period !== null &&
    before.named.period &&
    named.period !== null &&
    named.period.value !== before.period &&
    (pointing || (!question && comparesAside(text)))
  )
    named.period = { value: before.period, why: "the figure the sentence points back at", at };
  // "That was a record", "The figure was 35% above a year earlier": the figure before, as named there
  resolvePointing(out, clauses, text, pointing ? before : null);
  d.pointed = antecedentOf(out, text, question);
  // what the sentence's own figures were read as is what a following "it" or "that" points back to
  const lastClaim = out[out.length - 1];
  const firm = (g: Grounding) => g === "clause" || g === "sentence";
  // "US-bound shipments were 5,933 t, roughly 10% of China's 57,392-tonne total": the whole a share
  // is taken of is not what the text goes on about; the share's destination is
  const topical = out.findLast((x) => !wholeOfShare(x, out, env.input));
  if (topical && firm(topical.grounds.partner))
    named.partner = { value: topical.partner, why: "the figure before", at };
  // ... but not a product a qualifier widened for that figure alone ("Including powder and alloy, ...")
  const widened = (series: string) =>
    clauses.some((c) => c.series.some((x) => x.value === series && widensMagnets(c.seg.text, x)));
  if (lastClaim?.series && firm(lastClaim.grounds.series) && !widened(lastClaim.series))
    named.series = { value: lastClaim.series, why: "the figure before", at };
  // "Exports closed 2025 at 5,952 t for December. Korea took 815 t": the month the figures were
  // read as, not the year the sentence also names, is what the next sentence goes on about
  const lead = out.find((c) => c.mode === "reported");
  // (not a record's holder: "the biggest month of the year was January, at 877 t")
  const heldRecord = (period: string) =>
    clauses.some((c) => c.own.some((m) => m.period === period && recordHolder(c.seg.text, m)));
  if (
    lead?.period &&
    firm(lead.grounds.period) &&
    !lead.period.includes("..") &&
    !heldRecord(lead.period) &&
    named.period !== null &&
    named.period.value.includes("..") &&
    out.every((c) => c.period !== named.period?.value)
  )
    named.period = { value: lead.period, why: "the figure before", at };
  // "Korea's imports of rare earths from China were 2,100 t": another country's own figures name its
  // product and China as their partner; neither is what a story on China's exports goes on about, nor
  // is the product of a company's own shipments ("Shin-Etsu said its magnet sales rose 4%")
  if (
    out.length > 0 &&
    out.every((x) => x.reporter !== "CHN" || x.mode === "other-reporter" || x.mode === "company")
  ) {
    named.series = null;
    named.partner = null;
  }
  // "Related: China's gallium exports surge in December": another story's headline, whose product,
  // destination and month are that story's, not what the text under it goes on about; so too a
  // headline without a figure ("Read more: China's Rare-Earth Grip Tightens")
  if (out.length > 0 ? out.every((x) => x.mode === "link") : marks.link) {
    named.series = null;
    named.partner = null;
    named.period = null;
  }
  // "And the month before?", "What about a year earlier?": a question asks of the period its thread
  // is on, moved as its words say, and of the thread's destination when it names none
  if (question && named.period === null) {
    const on = d.thread?.period ?? d.last.period;
    const asked = text.replace(ASKED_ABOUT, "and ");
    const moved = on === null ? null : relativePeriod(asked, asked.length, asked.length, false, on.value);
    if (moved !== null) {
      named.period = { value: moved, why: "the question counts from the period before", at };
      named.partner ??= d.thread?.partner ?? null;
    }
  }
  // "The US took 12% of the total in October." gave a share without the noun: "In November it was 9.5%" takes it up
  env.shareTopic = SHARE_NOUN.test(text) || out.some((f) => f.kind === "share");
  // "For November customs published no figure for Germany": a month said to lack a figure is not
  // the month the text goes on to speak of
  if (out.length === 0 && NO_FIGURE.test(text)) named.period = null;
  // "the licence backlog could push January volumes": a month a sentence without figures looks ahead
  // to is not the month the text goes on to speak of
  if (out.length === 0 && named.period !== null && LOOKS_AHEAD.test(text)) named.period = null;
  // "Supply Chain Watch, November 2025" over a piece of November: a heading's month that no figure
  // could be of yet dates the piece, not the figures under it
  if (out.length === 0 && first.block === "heading" && afterLatest(named.period?.value ?? null, env.latest))
    named.period = null;
  // "exports to the US were 305 tons, while Japan received 582 tons": each clause's figure is its own
  markClausePartners(out, clauses, text, env.input);
  markClauseSeries(out, clauses, text, env.input);
  // "By December they had recovered to 564 t": a month reached by the past perfect is the story's own;
  // so is one told after a reporting verb, whose past perfect only shifts the tense back ("The officer
  // reported that exports had recovered to 3,188 t in June")
  const background = PAST_PERFECT.test(text) && !BY_MONTH.test(text) && !BACKSHIFTED.test(text);
  // "July's were up 75% on the month. June was 3,188.": a sentence that only gives the level of the
  // month a monthly change just told was measured from names the change's base, not the month the
  // text goes on about (a question or a line without figures between them, "from what?", asks for it)
  const base = d.moveBase;
  const baseOnly =
    base !== null &&
    named.period?.value === base.period &&
    out.length > 0 &&
    out.every((x) => x.kind === "level" && x.period === base.period && x.partner === base.partner);
  d.moveBase = monthBase(out) ?? (question || (out.length === 0 && named.period === null) ? base : null);
  for (const c of out) {
    if (c.reporter !== "CHN" || c.mode !== "reported") continue;
    // the last named last: the readings are weighed in that order
    if (c.series !== null && c.grounds.series === "clause") moveLast(d.seriesSeen, c.series);
    if (c.grounds.partner === "clause" && !c.partner.includes("+")) moveLast(d.partnersSeen, c.partner);
  }
  leaveSentence(d, named, {
    figures: out.length,
    question,
    lead: /:\s*$/.test(last.text) || env.leadsList,
    leadsList: env.leadsList,
    words: text.slice(0, 200),
    flashback: background || comparesAside(text) || baseOnly,
    background,
    tonnes: written,
    at,
    ...(first.block === "heading" && destinationApart(text) ? { destinationApart: true } : {}),
  });
  return out;
}

/**
 * A cell of a one-line strip of cells set between pipes ("Latest: 5,473 | m/m: -5.2%"): a sentence
 * the pipe closes, or one that opens right after a pipe on the same line.
 */
function stripCell(input: string, start: number, end: number): boolean {
  return (
    /\|\s*$/.test(input.slice(start, end)) || /\|[ \t]*$/.test(input.slice(Math.max(0, start - 8), start))
  );
}

/**
 * The unit in force for a cell of a strip: the one its own label declares ("BY DEST (T): DEU 1,118"),
 * else the one an earlier cell on the same line declared.
 */
function stripUnit(env: Env, text: string, start: number, end: number): NonNullable<Env["stripUnit"]> | null {
  const own = unitNamed(text);
  if (own !== null) return { unit: own, at: end };
  const before = env.stripUnit ?? null;
  return before !== null && !env.input.slice(before.at, start).includes("\n") ? before : null;
}

/** The month a sentence's last change on the month before was measured from, if it told one. */
function monthBase(out: readonly Draft[]): { period: string; partner: string } | null {
  const change = out.filter((x) => x.kind === "change" && x.stated.type === "change").pop();
  if (change === undefined || change.period === null || !isMonth(change.period)) return null;
  if (change.stated.type !== "change" || change.stated.basis !== "mom") return null;
  return { period: addMonths(change.period, -1), partner: change.partner };
}

/** A month later than the latest a text can report. */
function afterLatest(period: string | null, latest: number | null): boolean {
  const i = period === null || latest === null || !isMonth(period) ? null : parseMonth(period);
  return i !== null && latest !== null && i > latest;
}

/** A weak name that follows a firm one in a run of names ("Germany and India", "Japan, Korea and India"). */
function listedAfterFirm(
  text: string,
  names: readonly { start: number; end: number; weak: boolean }[],
  k: number,
): boolean {
  for (let j = k; j > 0; j--) {
    const [a, b] = [names[j - 1], names[j]] as [(typeof names)[number], (typeof names)[number]];
    if (!/^(?:,\s?|,?\s(?:and|&)\s)(?:the\s)?$/i.test(text.slice(a.end, b.start))) return false;
    if (!a.weak) return true;
  }
  return false;
}

/** The claims' spans in their sentence (those of other kinds than `kinds` left out of any list). */
function spansOf(out: Draft[], at: number, kinds?: ReadonlySet<string>): ListedFigure[] {
  return out.map((x) => ({
    start: x.start - at,
    end: x.end - at,
    kind:
      kinds === undefined || kinds.has(x.kind) ? (x.kind === "ytd" ? "level" : x.kind) : `other:${x.kind}`,
  }));
}

/** The kinds of figure a list of months can give each its month: not ranks, which carry their own window. */
const PERIOD_LISTED: ReadonlySet<string> = new Set(["level", "ytd", "change", "share"]);

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
 * "China magnets: September print softer, Korea surprises", "Magnet exports slump as US shipments
 * plunge": a headline about the total's product that names a destination apart, past a comma, colon
 * or a conjunction, and not as where the exports went ("to Japan", "Japan-bound", "Japan's"), is
 * not a headline about that destination.
 */
function destinationApart(text: string): boolean {
  const p = findPartners(text)
    .filter((x) => !x.weak)
    .pop();
  if (!p) return false;
  const before = text.slice(0, p.start);
  const subject = [
    ...findSeries(before),
    ...allMatches(/\b(?:China|Chinese)\b/g, before).map((m) => ({ end: m.index + m[0].length })),
  ]
    .map((x) => x.end)
    .reduce((a, b) => Math.max(a, b), -1);
  if (subject < 0) return false;
  const between = text.slice(subject, p.start);
  // "11月稀土磁铁出口增一成 对日本大增三成五": a Chinese, Japanese or Korean headline sets its facts
  // apart with a space, "，", "、" or "…"
  if (CJK_HEADLINE_GAP.test(between)) return true;
  return (
    (/[,:;]/.test(between) || HEADLINE_CONJUNCTION.test(between)) &&
    !/\b(?:to|for|into|in)\s(?:the\s)?$/i.test(before) &&
    !/^(?:['’]s|-bound)/.test(text.slice(p.end))
  );
}

/** "Magnet exports slump as US shipments plunge": a conjunction that passes to another fact. */
const HEADLINE_CONJUNCTION = /\b(?:as|while|whereas|but|amid|after)\s/i;

/** Where a headline in Chinese, Japanese or Korean passes from one fact to the next. */
const CJK_HEADLINE_GAP = new RegExp(
  `[${CJK_LETTERS}\\d%％](?:[ \\u3000]+|\\s?[，、…]+\\s?)[${CJK_LETTERS}]`,
  "u",
);

/** A share spoken of: what a following "it rose to 12%" may take up. */
/** Right after a label's bracketed month: the bracket closes on the label's colon ("(2025-10): "). */
const LABEL_CLOSE = /^\s?\)\s?:/;

const SHARE_NOUN = /\b(?:share|portion|proportion|slice)\b/i;
/** A sentence saying a figure is missing: "published no figure for November", "was not disclosed". */
/** A sentence that looks ahead: "could push", "will lift", "is expected to", "are set to". */
const LOOKS_AHEAD = /\b(?:could|will|might|shall|(?:is|are)\s(?:expected|likely|set|poised)\sto)\s/;

const NO_FIGURE =
  /\b(?:no|without)\s(?:[\w-]+\s){0,2}(?:figures?|data|numbers?|breakdown|details?)\b|\b(?:not|never|n't)\s(?:yet\s)?(?:been\s)?(?:published|released|disclosed|reported|available|broken out|given)\b|\bwithheld\b/i;

/**
 * "August had been the strongest month", "April's 2,626 t had themselves been half of March's", "In
 * June, Germany had taken 2 t": a sentence that looks back from the story's month, an adverb or
 * "themselves" after "had" or not, a verb of moving or of shipping and receiving; not a relative
 * clause ("slipped to 5,952 t in December from November's 6,150 t, which had been the
 * second-highest"), which looks back on another figure while the sentence stays on its month.
 */
const PAST_PERFECT =
  /(?<!\b(?:which|that)\s)\bhad\s(?:(?:already|themselves|itself|also|even|just|[a-z]{3,}ly)\s)?(?:been|risen|fallen|grown|climbed|dropped|slipped|jumped|peaked|reached|hit|totall?ed|stood|collapsed|plunged|plummeted|slumped|tumbled|sunk|crashed|shrunk|dwindled|declined|dipped|slid|surged|soared|rebounded|recovered|stalled|dried up|taken|received|shipped|exported|sent|bought|imported|absorbed)\b/i;

/**
 * A reporting verb and "that" before the past perfect: the tense of reported speech, shifted back from
 * the speaker's simple past ("reported that exports had recovered", "told the board that shipments
 * had fallen"), not a look back from the story's month.
 */
const BACKSHIFTED =
  /\b(?:(?:reported|said|noted|stated|explained|confirmed|added|announced|observed|pointed\sout)\s|told\s(?:[\w'’-]+\s){1,4}?)that\s[^.;:!?]{0,100}?\bhad\s/i;

/** "By December 2025", "by the end of October": the month a past perfect reaches, not one it looks back on. */
const BY_MONTH = new RegExp(`\\b[Bb]y\\s(?:the\\s(?:end|close)\\sof\\s)?(?:${ENGLISH_MONTH_NAME})\\b`);

/** A statement with a tag ("..., if I read the data right?", "..., correct?") asserts; it does not ask. */
const TAG_QUESTION =
  /(?:\bright|\bcorrect|\bisn't it|\baren't they|\bdidn't (?:it|they)|\bwasn't it|\bno)\s?\?\s*$/i;

/**
 * A statement put to the reader to judge ("True or false: November's exports were a record."): a
 * quiz's or a fact-check's prompt asks, whatever its punctuation; its answer says what holds.
 */
const QUIZ_PROMPT =
  /^\W*(?:\d{1,2}[.)]\s*)?(?:true or false|fact or fiction|real or fake|right or wrong)\s*[:?.,–—-]/i;
/** The same prompt after the statement: "November's exports were 6,500 t. True or false?" */
const QUIZ_PROMPT_AFTER = /^[\s"”’)]*(?:true or false|fact or fiction|real or fake|right or wrong)\s*\?/i;

/** A quiz's answer that the statement put to judge holds: "True.", "Answer: true", "A: Fact". */
const QUIZ_TRUE = /^[\s"”’)]*(?:(?:Answer|A)\s?[:.)]\s*)?(?:True|Fact|Real|Right)\b(?!\s+or\b)/i;

/**
 * A sentence that asks: a sentence ending in "?" that is not a tagged statement, or any sentence of a
 * question turn without a question mark. What a questioner states before asking ("Customs shows
 * 5,774 t in September. Is that hurting you?") is a statement.
 */
function asks(first: Segment, sentence: string, blockAsks: boolean, next: string): boolean {
  if (first.block === "question" && (!blockAsks || first.question)) return true;
  // "... were 62,585 tonnes. True or false? True.": a prompt its answer says holds asserts the statement
  if (QUIZ_PROMPT_AFTER.test(next)) return !QUIZ_TRUE.test(next.replace(QUIZ_PROMPT_AFTER, ""));
  if (QUIZ_PROMPT.test(sentence)) return !QUIZ_TRUE.test(next);
  return first.question && (!TAG_QUESTION.test(sentence.slice(-40)) || ANSWERED_NO.test(next));
}

/** "What about", "How about" opening a question (after its speaker's label): what follows is what it asks of. */
const ASKED_ABOUT = /^\s*(?:[A-Z][\w.]{0,20}:\s*)?(?:and\s)?(?:what|how)\sabout\s/i;

/**
 * A reply that opens by saying no, after a tagged statement ("..., right?" "No - ..."), with or
 * without its speaker ("metalsnerd wrote:", "Anna:"): the statement was a question answered no.
 */
const ANSWERED_NO =
  /^\s*(?:(?:@?[\w.'’-]{1,30}(?:\s[\w.'’-]{1,30}){0,2}\s(?:wrote|said|replied|answered)|[A-Z][\w.'’-]{0,20}(?:\s[A-Z][\w.'’-]{0,20}){0,2}|A\d{0,2})\s?[:.)]\s*)?(?:No|Nope|Not quite|Not really|Wrong)\b/;

/** A question about what may come ("Will exports top 7,000 t?"): agreeing with it states no figure. */
const AHEAD =
  /\b(?:will|would|could|might|may|should|shall|going to|expect(?:s|ed)?|forecasts?|projected|next (?:month|year)|if)\b/i;

/** An answer that opens by agreeing with its question, or hedges first ("Roughly, yes", "For magnets, yes"). */
const AGREES =
  /^\W*(?:[A-Z][\w.'-]{0,20}(?: [A-Z][\w.'-]{0,20}){0,2}:\s*|A\d{0,2}[:.)]\s*|Answer:\s*)?(?:Yes|Yeah|Right|Correct|Exactly|Indeed|That's right|That is right|That's correct|(?:Roughly|Broadly|Basically|Essentially|Largely|Mostly|More or less|Pretty much|Near enough|Give or take|For (?:the )?[\w'-]+(?: [\w'-]+){0,4}),\s(?:yes|yeah|right|correct))\b(?!,?\s(?:but|though|except)\b)/;

/**
 * A story on China's own trade figures: "China's exports of rare earths declined 3%", "Chinese
 * exports", "data from the General Administration of Customs". Its bare "Imports tumbled 24.1% to
 * 16,922 t" with no importer named are China's imports, as wire copy writes them, carried.
 */
const CHINA_TRADE_STORY =
  /\b(?:China['’]s|Chinese)\s(?:[\w-]+\s){0,4}?exports\b|\bGeneral Administration of Customs\b/i;

/**
 * Where the text first names China's own imports, or its own trade figures (`CHINA_TRADE_STORY`), or
 * -1 (bounded to its first 200,000 characters).
 */
function chinaImportsAt(input: string): number {
  const head = input.length > 200_000 ? input.slice(0, 200_000) : input;
  const found = [CHINA_IMPORTS.exec(head)?.index, CHINA_TRADE_STORY.exec(head)?.index].filter(
    (i): i is number => i !== undefined,
  );
  return found.length === 0 ? -1 : Math.min(...found);
}

/** Adds a value to a set as its last one, moving it there if it was in already. */
function moveLast(set: Set<string>, value: string): void {
  set.delete(value);
  set.add(value);
}

/**
 * "Exports of antimony and germanium fell 88% and 95%, respectively, in June compared with January":
 * the month and base said after a list the sentence pairs "respectively" are every item's, where an
 * item's own clause names none.
 */
function shareTrailing(out: Draft[], listed: readonly number[]): void {
  if (listed.length < 2) return;
  const last = out[Math.max(...listed)] as Draft;
  for (const i of listed) {
    const x = out[i] as Draft;
    if (
      x === last ||
      x.kind !== last.kind ||
      x.grounds.period === "clause" ||
      last.grounds.period !== "clause"
    )
      continue;
    const basis =
      x.stated.type === "change" && last.stated.type === "change" && x.grounds.basis === "default"
        ? { stated: { ...x.stated, basis: last.stated.basis }, basisHow: last.grounds.basis }
        : null;
    out[i] = {
      ...x,
      period: last.period,
      ...(basis === null ? {} : { stated: basis.stated }),
      grounds: {
        ...x.grounds,
        period: "clause",
        ...(basis?.basisHow === undefined ? {} : { basis: basis.basisHow }),
      },
      alternatives: x.alternatives.filter((a) => a.period === undefined && a.basis === undefined),
    };
  }
}

/** A level right after a share and the words that take the share "of" it ("10% of China's 57,392-tonne total"). */
function wholeOfShare(x: Draft, out: Draft[], input: string): boolean {
  return (
    x.kind !== "share" &&
    out.some(
      (s) =>
        s.kind === "share" &&
        s.end <= x.start &&
        /\bof\b/i.test(input.slice(s.start, x.start)) &&
        /^[\s\w'’-]{0,25}$/.test(input.slice(s.end, x.start)),
    )
  );
}

/**
 * "5,473 t in October and 6,150 t in November": months listed with a figure each, joined by "and",
 * leave the text on the later of them (what a change said next is of); null for any other clause.
 */
function pairedMonths(clause: string, own: PeriodMention[]): PeriodMention | null {
  const [first, second] = own;
  if (own.length !== 2 || first === undefined || second === undefined) return null;
  if (first.shape !== "month" || second.shape !== "month") return null;
  if (!/^[^;:.]{0,40}\band\s[^;:.]{0,40}$/.test(clause.slice(first.end, second.start))) return null;
  if (!/\d/.test(clause.slice(first.end, second.start))) return null;
  const [i, j] = [parseMonth(first.period), parseMonth(second.period)];
  return i !== null && j !== null && j > i ? second : null;
}
