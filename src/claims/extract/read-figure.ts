// Reads one figure of a clause into a claim: its product, destination and period, how each was
// established (its own clause, its sentence, carried from earlier text, or a default), the other
// readings the text allows, and its mode (reported, forecast, another country's statistics, ...).

import { basePeriod } from "../../analytics/month-figures.js";
import { MONTH_NAMES, isMonth, monthsFrom, parsePeriod, spanBefore } from "../../domain/period.js";
import type {
  ClaimKind,
  ExtractedClaim,
  Grounding,
  Mode,
  Reading,
  Stated,
  StatedChange,
  StatedShare,
} from "../types.js";
import { attachPeriod, attachSeries, possessivePeriod } from "./attach.js";
import { beforeThat, isPartialSpan, levelReading, previousLabel, relativePeriod } from "./bases.js";
import { carried, type Discourse } from "./discourse.js";
import {
  ENGLISH_MONTH_NAME,
  NAMED_OTHER_GOOD,
  NON_TRADE_NOUN,
  SHARE_IN_COMMAS,
  TRADE_WORD,
} from "./lexicon.js";
import { modeOf, type SentenceMarks } from "./modes.js";
import { baseWordedAsWhole, wholeMonthNamed } from "./month-whole-base.js";
import { basisIn, lastBasisIn } from "./change-bases.js";
import { measureOfChange } from "./change-measure.js";
import { rankOfShare } from "./rank-measure.js";
import type { EarlierChange } from "./find-changes.js";
import { fromIndex, parseMonth, type PeriodMention } from "./periods.js";
import type { ClauseRead, Figure } from "./read-clause.js";
import { levelReachedInSpan, monthsOfMoment } from "./span-levels.js";
import { sentenceBeforeInParagraph } from "./sentence-around.js";
import { monthBaseOfSpan } from "./month-base-span.js";
import { sinceMonth } from "./since-policy.js";
import { sinceThen } from "./since-then.js";
import { monthsBetween } from "./months-between.js";
import { productUnion } from "./product-union.js";
import { formerLatterProduct } from "./former-products.js";
import { exportedAfterImports, importsCarried } from "./carried-imports.js";
import { monthsBack } from "./months-back.js";
import { outerBasis } from "./outer-basis.js";
import { monthNamedBy } from "./find-year-extremes.js";
import type { PartnerMention } from "./subjects.js";
import {
  SUM_WORDS,
  choosePartner,
  concessive,
  countedGroup,
  describedBy,
  joinedBefore,
} from "./figure-partner.js";
import {
  levelOfRank,
  pairOf,
  carriedPair,
  baseOfMonth,
  pointedMonth,
  rankPeriod,
  relativeAntecedent,
  runAfterMonth,
  movedBetweenMonths,
  sharePeriods,
  inBrackets,
  subjectSpan,
  unfinishedSpan,
  whenMonth,
  pastAside,
  yearBefore,
  yearTotalBefore,
  spanOfBase,
} from "./figure-periods.js";
import { allMatches } from "./all-matches.js";
import { sameSpanBasis } from "./same-span-basis.js";
import { monthNamedAfterAll } from "./month-named-after-all.js";
import { monthPointedBy } from "./that-months.js";
import { inRelativeAside } from "./relative-aside.js";
import { unreadBaseAfter } from "./unread-base.js";

/** Words that say a figure holds for every destination named with it: "each took", "both Korea and India". */

/**
 * Right before a rank in apposition to the figure before it: "3,188 t in June, the highest ...";
 * tried on the last 100 characters before the rank, which hold any such run.
 */
const APPOSITIVE_RANK_BEFORE =
  /\d[\d,.]*\s?(?:t|tonnes?|tons?|metric tons|kt|kg)?(?:\s(?:in|during|for|of)\s[A-Z][a-z]+\.?(?:\s(?:19|20)\d{2})?)?,\s(?:(?:which|that)\s(?:was|is|were|are)\s)?(?:the\s|a\s|its\s|their\s)?$/;

const EACH_WORDS = /\b(?:each|both|neither)\b(?!\s(?:month|year|quarter|week|day|time|period|of\b))/i;

const DEFAULT_SERIES = "rare-earth-magnets";
const CHINA_CUSTOMS =
  /\b(?:Chinese|China's) (?:customs|official data|data)|\bGeneral Administration of Customs\b|\bGACC?\b/;

/** Between a share and the month whose whole it is of: "9.5% of", "9.5%, of". */
const SHARE_TO_WHOLE = /^,?\s?(?:of\s)?$/;
/** Between a level, its share set in commas, and the month whose whole it is of: "582 t, or 9.5%, of". */
const LEVEL_AND_SHARE_TO_WHOLE = new RegExp(`^${SHARE_IN_COMMAS}$`, "i");

/**
 * The month of the whole a share is taken of, named as that whole's owner right after it: "took 12%
 * of October's 5,473 t", "an eighth of October's 5,473 tonnes" (the share is of that month).
 */
function monthOfWhole(c: ClauseRead, f: Figure): PeriodMention | null {
  const gap = f.kind === "share" ? SHARE_TO_WHOLE : LEVEL_AND_SHARE_TO_WHOLE;
  const m = c.mentions.find((x) => x.start >= f.end && x.start - f.end <= 40);
  if (m === undefined || m.shape !== "month" || !gap.test(c.seg.text.slice(f.end, m.start))) return null;
  return /^['’]s?\s(?:(?:total|tally|volume|exports|shipments)\s(?:of\s)?)?[~≈]?\d/.test(
    c.seg.text.slice(m.end),
  )
    ? m
    : null;
}

/** A move told in the present perfect: "have risen", "has more than doubled", "have almost quintupled". */
const PRESENT_PERFECT =
  /\b(?:have|has)\s(?:(?:now|since|already|almost|nearly|more\sthan|roughly|about|just|all\sbut)\s){0,2}(?:risen|fallen|grown|climbed|jumped|surged|soared|recovered|rebounded|dropped|declined|slumped|plunged|sunk|slid|gained|increased|decreased|(?:doub|trip|treb|quadrup|quintup)led|(?:[a-z]+)fold)\b/i;

/**
 * The month a change from a base month speaks of when the clause names no other: the month after
 * the base, but the latest month a story could report for a move told in the present perfect
 * ("have risen 158% from May's low" in December: from May to November, not to June).
 */
function upToNow(clause: string, f: Figure, after: string, latest: number | null): string {
  if (latest === null || (f.kind !== "change" && f.kind !== "direction")) return after;
  const i = parseMonth(after);
  return i !== null && i < latest && PRESENT_PERFECT.test(clause) ? fromIndex(latest) : after;
}

/** "from the month before last", right after a change. */
const MONTH_BEFORE_LAST = /^\s?\S+\s(?:the\s)?month before last\b/i;

/** Publication context every stage reads. */
export interface Env {
  input: string;
  latest: number | null;
  /** The text came out in the first days of a month, before any figures of the month before. */
  early?: boolean;
  year: number | null;
  /** Whether the last subject read was a trade flow: a clause that names none continues it. */
  trade: boolean;
  /** The block being read has a question mark: in a question turn, only its sentences that end in one ask. */
  blockAsks: boolean;
  /** The block is a question whose answer opens by agreeing ("Right, ...", "Yes."): its figures are asserted. */
  confirmed: boolean;
  /** The block is an unmarked line with figures over marked bullets: it leads them (see `leadsMarkedList`). */
  leadsList: boolean;
  /** The sentence's last change so far: a clause "and in April by a further 25 t" goes its way. */
  moved: EarlierChange | null;
  /** The one product the whole text names, when it names no other (see `soleSeries`). */
  soleSeries: string | null;
  /** The sentence before spoke of a share ("did the US share hold up?"): "It rose to 12%" takes it up. */
  shareTopic: boolean;
  /** A clause before in the same sentence gave a share: "...; in July it was 38.4%" goes on with it. */
  shareBefore: boolean;
  /** A clause before, in the sentence, named China as a buyer's supplier (see `namesChinaSupplier`). */
  supplierBefore?: boolean;
  /**
   * Where the cell before ends when it gave a share, in a strip of cells set between pipes, else -1:
   * "USA 12.0%" after "DEU 20.4% |" on the same line is the next destination's share.
   */
  stripShare: number;
  /**
   * The unit the label of a strip of cells set between pipes declared ("BY DEST (T): DEU 1,118 |
   * USA 656 | ..."), and where that cell ends: it holds for the bare figures of the strip's other
   * cells on the same line. Null when no strip declared one.
   */
  stripUnit?: { unit: "t" | "kt"; at: number } | null;
  /**
   * A question, heading or lead line being answered or headed names a destination ("Is it true the
   * US got ten percent?"): a percentage right after a tonnage may be that destination's share.
   */
  destinationTopic?: boolean;
  /** Where the text first names China's own imports ("China's imports of rare earths"), or -1. */
  chinaImportsAt: number;
}

export type Draft = Omit<ExtractedClaim, "text">;

/** What follows "from" without being a place goods come from: China itself, or a month ("from May"). */
const NOT_AN_ORIGIN = new RegExp(`^(?:China|Chinese|Beijing|${MONTH_NAMES.join("|")})\\b`);

/** The origin China's imports are said to come from: its code, null for a place not known, undefined when none is named. */
function importOrigin(clause: string, partners: readonly PartnerMention[]): string | null | undefined {
  for (const m of allMatches(/\bfrom\s(?:the\s)?(?=[A-Z])/g, clause)) {
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
  return d.block === "bullet" || d.block === "answer" || TRADE_WORD.test(words) || TRADE_VERB.test(words);
}

// the lexicon's patterns are global (for matchAll): a one-shot copy for a test
const OTHER_NUMBERS = new RegExp(NON_TRADE_NOUN.source, "i");
const TRADE_VERB =
  /\b(?:took|takes?|taking|received?|receiving|bought|buys?|sent|went to|accounted for|intake|arrivals|share)\b/i;

/** The month a span ends in, set apart from the span: "the month itself", "the month alone". */
const MONTH_ITSELF = /\b(?:the|that|this)\s(?:single\s)?month\s(?:itself|alone|on\sits\sown|by\sitself)\b/i;
/** "that month", "the same month": the month the text named last. */
const THAT_MONTH = /\b(?:that|the same) month\b(?!\s(?:last|a|the|of|in)\b)/i;

/** The last month of a clause followed by an aside that tells of it: "since May, when 235 t went". */
const toldOfWhen = (x: ClauseRead) =>
  x.mentions.findLast((m) => m.shape === "month" && /^,\s(?:when|whose)\b/i.test(x.seg.text.slice(m.end)));

/** A gap or ratio taken against destinations named together: a sum word there sums its base. */
function sumIsBase(f: Figure): boolean {
  if (f.kind !== "change") return false;
  const stated = f.stated(null);
  return stated.type === "change" && stated.versus?.includes("+") === true;
}

/**
 * The neighbouring pairs of a run of three or more months the sentence names up to clause `index`,
 * earlier first: "from 14.8% in September to 10.4% in October and back to 13.7% in December" gives
 * September-October and October-December. Empty for fewer than three.
 */
function neighbouringMonths(clauses: readonly ClauseRead[], index: number): Array<[string, string]> {
  const months = clauses
    .slice(0, index + 1)
    .flatMap((x) => x.mentions.filter((m) => m.shape === "month").map((m) => m.period));
  const run = months.filter((m, i) => i === 0 || m > (months[i - 1] as string));
  if (run.length !== months.length || run.length < 3) return [];
  return run.slice(1).map((to, i) => [run[i] as string, to]);
}

/** Reads one figure: its product, destination and period, how each was established, other readings, mode. */
export function readFigure(
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
  // "a record 852 t of magnets": a rank said of the level right after it is that level's product's
  const ranked = f.kind === "rank" ? levelOfRank(c, f, null) : undefined;
  const object = f.object;
  const ownSeries = attachSeries(
    clause,
    object ? c.series.filter((x) => x.start < object.start || x.end > object.end) : c.series,
    f,
  );
  const s =
    ownSeries.chosen === null && ranked !== undefined ? attachSeries(clause, c.series, ranked) : ownSeries;
  let series: string | null = s.chosen?.value ?? null;
  let seriesHow: Grounding = "clause";
  // "magnets and rare-earth oxides both grew; the former rose 12%": the product named first
  const namedProduct = formerLatterProduct(c, index, f, clauses, d);
  // "exports of rare-earth metals, minerals and magnets fell 80%": a sum of products the data keeps
  // apart, which none of them alone can support or contradict
  const union = namedProduct === null && productUnion(clause, c.series, f);
  if (namedProduct !== null && (s.chosen === null || s.chosen.start < namedProduct.at))
    [series, seriesHow] = [namedProduct.value, namedProduct.how];
  else if (union) series = null;
  else
    s.others.forEach((o) =>
      // "rare-earth products, including magnets, rose to 6,958 t": the part named may be what the
      // writer gave the figure of, but a figure that fits only the part leaves the claim open
      s.included.includes(o)
        ? alt({ series: o, why: `${o} is named as part of it in the clause`, onlyAmbiguous: true })
        : alt({ series: o, why: `${o} is also named in the clause` }),
    );
  if (series === null && !union) {
    // "rare earth products — including magnets — slumped": what an aside names is not the subject
    const inSentence = nearest((x) =>
      asideClause(x, env.input) ? null : (x.series[x.series.length - 1]?.value ?? null),
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
    // any other product the text gave figures of earlier may be the carried figure's, as the one a
    // layer holds may (above): only to support it, and only for a tonnage or a change, which another
    // product's data rarely fits by chance (a rank or a direction often does)
    if (seriesHow === "carried" && (f.kind === "level" || f.kind === "ytd" || f.kind === "change"))
      for (const seen of d.seriesSeen)
        if (seen !== series && seen !== from.other?.value)
          alt({
            series: seen,
            why: `${seen} figures are given earlier`,
            carried: true,
            rescueOnly: true,
          });
  }

  // destination: named with the figure, the total, the sentence's, a topic, or the world by default
  let reporter = "CHN";
  // "China imported 12,622.7 t and exported 4,784.8 t": the verb nearest the figure says which
  let flow: "export" | "import" = c.imports && !exportedAfterImports(clause, f.start) ? "import" : "export";
  // "..., while total imports for the period fell to 61,000 t" after China's own imports were named
  const importsFrom =
    flow === "export"
      ? importsCarried(
          clause,
          f.start,
          () => clauses.slice(0, index).map((x) => x.seg.text),
          env.chinaImportsAt >= 0 && env.chinaImportsAt < c.seg.start,
          c.partners.length,
        )
      : null;
  if (importsFrom !== null) flow = "import";
  if (importsFrom === "text" && seriesHow !== "default") seriesHow = "carried";
  let partner = "WLD";
  let partnerHow: Grounding = "default";
  // a clause that cites China's own customs is China's figure, whatever the rest of the sentence cites
  // a later clause with figures of its own ("..., and that US import statistics show 6,812 t") names
  // the source of those figures, not of this one; one without figures ("..., Japan's data showed") does
  const later = nearest(
    (x) => (x.reporter === null ? null : x.figures.length === 0 ? x.reporter : ""),
    "after",
  );
  const reporterHere =
    c.reporter ??
    (CHINA_CUSTOMS.test(clause) ? null : (nearest((x) => x.reporter, "before") ?? (later || null)));
  const reporterOfLaterFigures = reporterHere === null && later === "";
  const origin = reporterHere === null && flow === "import" ? importOrigin(clause, c.partners) : undefined;
  if (reporterHere !== null) {
    [reporter, flow, partner, partnerHow] = [reporterHere, "import", "CHN", "clause"];
  } else if (origin !== undefined) {
    // China's imports "from Myanmar": the origin is the partner; one the lexicon does not know
    // ("from Laos") leaves the world total only as a guess, which never contradicts
    [partner, partnerHow] = origin ? [origin, "clause"] : ["WLD", "default"];
  } else {
    [partner, partnerHow] = choosePartner(c, index, f, clauses, d, alt, item);
    // any other destination the text gave figures for earlier may be the carried figure's, as for a
    // carried product, but weighed only where the data holds no figure for the one carried: there are
    // many destinations, and a wrong figure may equal another's ("Korea's share slipped. Shipments
    // there were 420.5 t" is not the US figure it equals)
    if (partnerHow === "carried" && (f.kind === "level" || f.kind === "ytd" || f.kind === "change"))
      for (const seen of d.partnersSeen)
        if (seen !== partner)
          alt({
            partner: seen,
            why: `figures for ${seen} are given earlier`,
            carried: true,
            rescueOnly: true,
            unheld: true,
          });
    // "the US and Japan together took 887 t", "... took 2,586 t between them": the figure may be
    // the sum of the destinations named together, which no single destination's figure can judge
    // ("236 t more than Japan and the US combined": the words sum the base, not the figure)
    const summed = SUM_WORDS.test(clause) && !sumIsBase(f);
    // "Together the two took about 860 t": the sum of the destinations the sentence before named,
    // carried, so it may support, never contradict
    const counted =
      summed && c.partners.length === 0 && partnerHow !== "clause" && partnerHow !== "sentence"
        ? countedGroup(clause, d.figured)
        : null;
    if (counted !== null) [partner, partnerHow] = [counted.join("+"), "carried"];
    const group = (
      partnerHow === "clause" && !summed
        ? joinedBefore(c, f).map((p) => ({ p, x: c }))
        : summed
          ? clauses.slice(0, index + 1).flatMap((x) => x.partners.map((p) => ({ p, x })))
          : []
    ).filter((g, i, all) => all.findIndex((o) => o.p.value === g.p.value) === i);
    // "the US and Japan each took about 300 t", "both Korea and India received more than 400 t":
    // the figure is said of every destination named, each of which must bear it out
    const each = !summed && EACH_WORDS.test(clause);
    if (each && group.length >= 2 && group.some((g) => g.p.value === partner))
      for (const g of group.filter((x) => x.p.value !== partner))
        alt({
          partner: g.p.value,
          why: `the figure is said of each destination named, ${g.x.seg.text.slice(g.p.start, g.p.end)} too`,
          each: true,
        });
    else if (group.length >= 2 && group.some((g) => g.p.value === partner))
      alt({
        partner: group.map((g) => g.p.value).join("+"),
        why: `the figure is the combined total of ${group.map((g) => g.x.seg.text.slice(g.p.start, g.p.end)).join(", ")}`,
      });
  }

  // period: named with the figure, in the clause, in the sentence, or carried
  // a rank describes the clause's subject ("May's 1,238 t ... was the weakest since 2009")
  // a rank set after a comma ("..., before recovering to 3,188 t in June, the highest in three months")
  // is said of the figure right before it: the last month named before it, not the clause's first
  const appositive =
    f.kind === "rank" && APPOSITIVE_RANK_BEFORE.test(clause.slice(Math.max(0, f.start - 100), f.start));
  const subject =
    f.kind === "rank"
      ? (relativeAntecedent(c, f, clauses[index - 1]) ?? rankSubject(c, f, appositive))
      : null;
  const own =
    (f.kind === "rank" ? monthNamedBy(c, f) : null) ??
    (f.kind === "share" || f.kind === "level" ? monthOfWhole(c, f) : null) ??
    possessivePeriod(clause, c.mentions, f) ??
    subject ??
    attachPeriod(
      clause,
      f.kind === "share" ? sharePeriods(c, f) : f.kind === "rank" ? unbeaten(c, f) : unwindowed(c),
      f,
      c.figures,
      f.kind,
    );
  // "below September's 854 t, when Korea took 14.8%", "below March, whose 5,666 t": what follows ", when"
  // or ", whose" is of the month before it
  const inWhen = whenMonth(clause, c.mentions, f);
  let period: string | null =
    inWhen !== null && (own === null || own.end <= inWhen.at || pastAside(clause, f, own))
      ? inWhen.period
      : (own?.period ?? null);
  let periodHow: Grounding = period !== null ? "clause" : "default";
  let sequenced = false;
  let carriedMonth = false;
  // ... though the clause's subject may be meant ("6,146 t in August and 5,774 t in September, the
  // highest since January"): that month is another reading
  const clauseSubject = appositive ? c.own.find((p) => p.end <= f.start) : undefined;
  if (clauseSubject !== undefined && clauseSubject.period !== period)
    alt({ period: clauseSubject.period, why: "the rank may be said of the clause's subject" });
  // ... or of the figure right before it, though that is a base ("from 582 t in November, itself
  // down from 656 t in October, the highest since January's 877 t")
  const rightBefore = appositive
    ? c.mentions.findLast((p) => p.end <= f.start && p.role === "base")
    : undefined;
  if (
    rightBefore !== undefined &&
    rightBefore.period !== period &&
    rightBefore.period !== clauseSubject?.period
  )
    alt({ period: rightBefore.period, why: "the rank may be said of the figure right before it" });
  // "the April total of 2,626 t, which itself was down by about half from March's": a change in a
  // relative clause may be said of the level it follows, as a rank there is
  // (looked for only where a relative pronoun stands right before the change: the search runs over the clause's figures)
  const antecedent =
    f.kind === "change" && RELATIVE_BEFORE.test(clause.slice(Math.max(0, f.start - 60), f.start))
      ? relativeAntecedent(c, f)
      : null;
  if (antecedent !== null && antecedent.period !== period)
    alt({
      period: antecedent.period,
      why: "the change may be said of the level the relative clause follows",
      rescueOnly: true,
    });
  if (own?.ahead !== undefined && period === own.period)
    alt({ period: own.ahead, why: "a month named without its year may be the coming one" });
  // "last October" in a story of December: that year's October, or the one of the year before
  if (own?.lastOrYearBefore !== undefined && period === own.period)
    alt({ period: own.lastOrYearBefore, why: '"last" before a month may mean that month a year earlier' });
  // "exports were 5,774 t last month" on 5 November: October's figures were not out yet
  if (own?.monthBefore !== undefined && period === own.period)
    alt({
      period: own.monthBefore,
      why: '"last month" before its figures were out may mean the latest month reported',
    });

  // "by October, exports had eased to 5,473 t": that month's figure, or the year so far up to it
  const byMonth = own?.orPeriod !== undefined && period === own.period;
  if (byMonth && own?.orPeriod !== undefined)
    alt({
      period: own.orPeriod,
      why: own.orPeriod.includes("..")
        ? "the year so far up to the month named"
        : "the month's own figure, reached by then",
    });
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
  if (own?.unnamed === true && period === own.period) {
    periodHow = "carried";
    // "In October, as traders digested September's data, shipments fell": the month of the aside is
    // only a reading; the one an earlier clause of the sentence names is another
    const earlier = own.shape === "month" ? nearest((x) => x.own[0]?.period ?? null, "before") : null;
    if (earlier !== null && earlier !== period)
      alt({ period: earlier, why: "a period named earlier in the sentence" });
  }
  // "## 2024 / Exports for the year were 58,152 t": a year whose number the words leave to the text
  // may be the other year the text named before; which one is unsure, so it never contradicts
  const namedYear =
    own?.yearUnsaid === true && period === own.period
      ? (carried(d, "period").value?.value.slice(0, 4) ?? null)
      : null;
  if (namedYear !== null && namedYear !== period?.slice(0, 4)) {
    periodHow = "carried";
    alt({
      period: `${namedYear}-01..${namedYear}-12`,
      why: `the year is ${namedYear}, which the text named before`,
      carried: true,
    });
  }
  // "Vietnam's 444 t made up 8.1% of October's total": the month of a share said of the figure dates
  // it when nothing else does; after a period carried from earlier text it is only another reading
  const shareMonth =
    own === null && f.kind !== "share"
      ? attachPeriod(clause, unwindowed(c), f, c.figures, f.kind, true)
      : null;
  // "the highest since January; that month's 6,357 t": the month the possessive points back to
  const pointed =
    period === null
      ? monthPointedBy(
          [...clauses.slice(0, index).map((x) => x.seg.text), clause.slice(0, f.start)].join(" "),
          env.input,
          (clauses[0] as ClauseRead).seg.start,
          { latest: env.latest, year: env.year },
          f.kind === "rank",
        )
      : null;
  if (pointed !== null) {
    [period, periodHow] = [pointed, "carried"];
    const from = carried(d, "period").value;
    if (from !== null && from.value !== pointed)
      alt({ period: from.value, why: "the month the text is on", carried: true });
  }
  if (period === null) {
    // an earlier clause's period runs on; a later clause's ("...; they had been 172 t in June") may be
    // its own, so a period carried from before is read first and the later one kept as a reading
    // "In 2025 ...: in May they fell to 1,238 t, and US shipments dropped to 46 t that month": "that
    // month" is the last month the clause before named, not the year it opened with
    const thatMonth = THAT_MONTH.test(clause);
    // "Germany took 1,118 t (Sept: 1,288 t); its share was 20.4%": a month in brackets dates the
    // figure beside it, not the clauses after it, which it can only suggest; "since May, when 235 t
    // went to Vietnam - nearly a fifth of exports that month": the month an aside told of
    // "For US carmakers, who had watched May deliveries shrink, the 619 t of July came as a relief;
    // it was 13 times the May figure": a relative aside's month is the aside's, when the clause has its own
    const told = (x: ClauseRead) => {
      const all = unwindowed(x).filter((p) => !inBrackets(x.seg.text, p));
      const main = all.filter((p) => !inRelativeAside(x.seg.text, p));
      return main.length > 0 ? main : all;
    };
    const ownOf = (x: ClauseRead) =>
      (thatMonth
        ? (told(x).findLast((p) => p.shape === "month")?.period ?? toldOfWhen(x)?.period)
        : undefined) ??
      told(x)[0]?.period ??
      null;
    const earlier = nearest((x) => (concessive(x) ? null : ownOf(x)), "before");
    const bracketed =
      earlier === null
        ? nearest((x) => x.own.find((p) => inBrackets(x.seg.text, p))?.period ?? null, "before")
        : null;
    if (bracketed !== null)
      alt({ period: bracketed, why: "a month named in brackets earlier in the sentence", carried: true });
    // "..., and analysts say exports could top 6,500 t in January": a forecast's month is not a reading
    const later =
      earlier === null
        ? nearest((x) => (concessive(x) || foretold(x) ? null : (x.own[0]?.period ?? null)), "after")
        : null;
    const conceded = nearest((x) => (concessive(x) && !foretold(x) ? (x.own[0]?.period ?? null) : null));
    if (conceded !== null) alt({ period: conceded, why: "a period named in a concessive clause" });
    const from = carried(d, "period");
    // "854 t in September, and 569 t came next": a clause that says it came later may be of the next month
    const next = earlier === null || !SEQUENCE.test(clause) ? null : parseMonth(earlier);
    sequenced = next !== null;
    if (next !== null) alt({ period: fromIndex(next + 1), why: "the clause says it came later" });
    if (earlier !== null) [period, periodHow] = [earlier, sequenced ? "carried" : "sentence"];
    else if (item !== null && later !== null) [period, periodHow] = [later, "clause"];
    else if (from.value !== null) [period, periodHow, carriedMonth] = [from.value.value, "carried", true];
    else if (later !== null) [period, periodHow] = [later, "sentence"];
    // "Exports reached 44,355 t by August, and the month itself was up 22.6%": the last month of the
    // span the clause before named, not the span
    const spanEnd = /^\d{4}-\d{2}\.\.(\d{4}-\d{2})$/.exec(period ?? "")?.[1];
    if (earlier !== null && spanEnd !== undefined && MONTH_ITSELF.test(clause)) period = spanEnd;
    // "January-November cumulative exports were 51.44 kt, while exports to the US were 0.58 kt": a
    // span the clause before names as part of its own subject is that subject's; a clause with a
    // destination of its own may be on the month the text is on, so the span only suggests a reading
    const spanOwner = earlier === null ? null : nearest((x) => (ownOf(x) === earlier ? x : null), "before");
    if (spanOwner !== null && partnerHow === "clause" && subjectSpan(spanOwner, partner)) {
      periodHow = "carried";
      if (from.value !== null && from.value.value !== earlier)
        alt({ period: from.value.value, why: "the month the text is on", carried: true });
    }
    if (later !== null && later !== period)
      alt({ period: later, why: "a period named later in the sentence" });
    // the month the story is on, unless a base month without its year was placed before the main one
    const storyBase =
      from.story === true &&
      c.mentions.some((m) => m.role === "base" && m.shape === "month" && !m.explicitYear);
    // "that month" names a month: a span told before it is no reading of it
    const spanForMonth = thatMonth && from.other?.value.includes("..") === true;
    // "Jul - Magnet exports to Germany reach 1,346 t": a timeline's line led by its own date is of
    // that date; the month an earlier line gave ("Jan 2025 - ...") is no reading of it
    const dateLed = earlier !== null && index > 0 && dateLabelLeads(clauses[0] as ClauseRead, earlier);
    if (from.other && from.other.value !== period && !storyBase && !spanForMonth && !dateLed)
      alt({ period: from.other.value, why: `"${from.other.why}" earlier`, carried: true });
    if (shareMonth !== null && period !== null && shareMonth.period !== period)
      alt({ period: shareMonth.period, why: "the month of a share said of the figure" });
    else if (shareMonth !== null && period === null) [period, periodHow] = [shareMonth.period, "clause"];
  }
  // the month after the clause's own base month (a year after, on a year-on-year base)
  const afterBase = (): string | null => {
    const base = c.mentions.find((m) => m.role === "base" && m.shape === "month");
    const i = base ? parseMonth(base.period) : null;
    return i === null ? null : fromIndex(i + (basisIn(clause) === "yoy" ? 12 : 1));
  };
  // the half a year after the clause's own base half ("than the first half of 2024": H1 2025)
  const spanBaseAYearOn = (): string | null => {
    const base = c.mentions.find(
      (m) =>
        m.role === "base" &&
        m.period.includes("..") &&
        /\b(?:half|H[12])\b.*\b(?:19|20)\d{2}\b/i.test(clause.slice(m.start, m.end)),
    );
    const [a, b] = base ? base.period.split("..").map(parseMonth) : [null, null];
    return a == null || b == null ? null : `${fromIndex(a + 12)}..${fromIndex(b + 12)}`;
  };
  const movedTo = period === null ? movedBetweenMonths(c, f) : null;
  if (movedTo !== null) [period, periodHow] = [movedTo, "clause"];
  else if (period === null) {
    // "slipped to 582 t from October's 656 t": a clause that names a month only as its base speaks
    // of the month after it; a guess, so it never contradicts
    const after = afterBase();
    if (after !== null) [period, periodHow] = [upToNow(clause, f, after, env.latest), "default"];
  } else if (
    periodHow === "carried" &&
    !period.includes("..") &&
    own === null &&
    spanBaseAYearOn() !== null
  ) {
    // "... said it was about 19% lower than the first half of 2024": a half named with its year as the
    // base of a clause with no period of its own is set against the same half a year on, not the
    // month the text is on; a guess, so it never contradicts
    alt({ period, why: "the month the text is on", carried: true });
    period = spanBaseAYearOn();
  } else if (periodHow === "carried" && period.includes("..") && own === null) {
    // "Q3 magnet exports ... / 2) Germany took 1,288 t, down 4% from August": a span carried from a
    // heading is no month's base; the month the clause's own base is before is its month, a guess too
    const after = afterBase();
    if (after !== null) {
      alt({ period, why: "the span the text is on", carried: true });
      period = after;
    }
  }
  // "the month before, it had taken 172 t": a period counted from the one the text is on
  // "9.5 per cent in November, from almost 12 per cent a month before": words right after a figure
  // move the period the clause names
  const followed = f.level === true || f.kind === "share";
  // a value labelled "previous", or one "before that" in a clause naming no period, is read on the
  // month before, a guess that never contradicts
  const labelled =
    f.level === true && (previousLabel(clause, f.start) || (own === null && beforeThat(clause, f.start)))
      ? parseMonth(period ?? "")
      : null;
  if (labelled !== null) periodHow = "default";
  const relative =
    labelled !== null
      ? fromIndex(labelled - 1)
      : own === null
        ? relativePeriod(clause, f.start, f.end, followed, period)
        : relativePeriod(clause, f.start, f.end, followed, own.period, true);
  // "between June and November ... nearly doubled, from 1,364 t to 2,568.8 t": each end is its own
  const between =
    own === null
      ? periodHow === "carried"
        ? carriedPair(c, f, carried(d, "period").value)
        : null
      : (pairOf(c, own, f) ?? laterLevelPair(c, own, f));
  // "slid to 5,473 t between August and October": the span's last month, or its total; unsure
  const moment = own === null || between !== null ? null : monthsOfMoment(clause, own, f);
  const reached =
    moment !== null
      ? (moment.at(-1) ?? null)
      : own === null || between !== null
        ? null
        : levelReachedInSpan(clause, own, f);
  if (moment !== null) {
    // "briefly fell under 50 t in April-May": a month of the span, which one unsaid; never its total
    moment.slice(0, -1).forEach((m) => alt({ period: m, why: "the moment may be this month of the span" }));
    periodHow = "carried";
  } else if (reached !== null && own !== null) {
    alt({ period: own.period, why: "the figure may be the span's total" });
    periodHow = "carried";
  }
  // "..., with shipments up from 4,725 t": a base the sentence's change set; the month before stays
  const outer = f.level ? outerBasis(clauses, index, f.start, period) : null;
  const ownRead = f.level ? levelReading(clause, f.start, f.end, c.mentions, c.changes, period, null) : null;
  const outerRead =
    outer === null ? ownRead : levelReading(clause, f.start, f.end, c.mentions, c.changes, period, outer);
  const ownBase = ownRead?.period ?? null;
  const outerBase = outerRead?.period ?? null;
  if (outerBase !== ownBase && ownBase !== null && between === null && reached === null && relative === null)
    alt({ period: ownBase, why: "the base may be the month before" });
  // "5,473 t, up from 4,725 t": a base level no words date may be the month before's or the year before's
  const otherBase =
    between === null && reached === null && relative === null ? (outerRead?.other ?? null) : null;
  if (otherBase !== null) {
    periodHow = "default";
    alt({ period: otherBase, why: "the base figure may be of another month the words do not name" });
  }
  // "above the full-year 2024 total of 55,431 t": the year names the total the level is
  const yearTotal = f.level === true ? yearTotalBefore(clause, f.start) : null;
  let claimPeriod =
    yearTotal ??
    between?.period ??
    reached ??
    relative ??
    (f.level ? outerBase : f.kind === "rank" ? rankPeriod(c, f, period) : period);
  if ((period === null || yearTotal !== null) && claimPeriod !== null) periodHow = "clause";
  // "slipped to 564 tons from 582 tons in November", in a clause that names no month of its own: the
  // month named with the level dates it, whatever the clause's own month was guessed to be
  else if (periodHow === "default" && outerRead?.named === true && claimPeriod === outerBase)
    periodHow = "clause";
  // "... in August before declining for two straight months": a run told after the month, counted
  // to its last month; how far it runs the words only imply, so it never contradicts
  const runOn = f.kind === "rank" ? runAfterMonth(c, f, claimPeriod) : null;
  if (runOn !== null) [claimPeriod, periodHow] = [runOn, "default"];
  // "from over 400 t in 2024 to 46 t by May": a level its own words date elsewhere is not the "by" month's
  if (byMonth && claimPeriod !== period) {
    const i = alternatives.findIndex((a) => a.period === own?.orPeriod);
    if (i >= 0) alternatives.splice(i, 1);
  }
  // "exports in 2024 have reached 52,105 t" in a story of early December 2024: a span not over when
  // the story appeared is the part of it so far, a reading the words do not date for certain
  const unfinished = unfinishedSpan(claimPeriod, env.latest);
  if (unfinished !== null) [claimPeriod, periodHow] = [unfinished, "carried"];
  // "the following month they fell": the words said which month came next
  if (relative !== null && sequenced) periodHow = "sentence";
  // "rose to 41.8% from 37.6%": the share before is the month before's, or the year before's; a guess
  // (one its own words date, "from 9.6% the month before", is that month already)
  const before = f.movedFrom === true && relative === null ? parseMonth(claimPeriod ?? "") : null;
  if (before !== null) {
    alt({ period: fromIndex(before - 12), why: "the share it moved from may be a year earlier's" });
    periodHow = "default";
    claimPeriod = fromIndex(before - 1);
  }
  // "Between January and November they totalled 5,378 t; the month alone fell 11% from October": a
  // change against one month is a month's, not that of a span another clause names; which month is
  // a guess, so it never contradicts
  if (monthBaseOfSpan(c, f, claimPeriod, periodHow)) {
    claimPeriod = claimPeriod?.split("..")[1] ?? null;
    periodHow = "default";
  }
  // "against 782 t the whole of 2024": a period named right after a level, with at most a preposition
  // between, may be the level's own though no words tie it there: the period read is then a guess,
  // and the named one another reading (unless it is the period the level was read against, as the
  // span a level was reached in: "sank to 402 t between March and July")
  const namedAfter = f.level === true ? periodRightAfter(c, f) : null;
  if (
    namedAfter !== null &&
    namedAfter !== own &&
    claimPeriod !== null &&
    namedAfter.period !== claimPeriod
  ) {
    alt({ period: namedAfter.period, why: "the period named right after the figure may be its own" });
    periodHow = "default";
  }
  const first = f.stated(claimPeriod);
  let kind: ClaimKind = f.kind;
  let stated =
    between?.basis && (first.type === "change" || first.type === "direction")
      ? { ...first, basis: between.basis }
      : first;
  // "... and 77% from the month before that", "in three months": the base is that many months back
  const twoBack = stated.type === "change" ? monthsBack(clause, f.end, claimPeriod) : null;
  if (twoBack !== null && stated.type === "change") {
    // "last month ... up 12.4% from the month before last": counted from the publication date, the
    // month before last is the one before the claim's when the claim's is last month
    if (
      MONTH_BEFORE_LAST.test(clause.slice(f.end, f.end + 60)) &&
      env.latest !== null &&
      claimPeriod === fromIndex(env.latest)
    )
      alt({ basis: "mom", why: '"the month before last" counts back from when the text came out' });
    stated = { ...stated, basis: twoBack };
  }
  // "Jan was 6,357 t. Aug is the highest since then": the window starts at the month named before
  const then = stated.type === "rank" ? sinceThen(clauses, index, f, claimPeriod, d) : null;
  if (then !== null && stated.type === "rank") {
    stated = { ...stated, scope: { type: "since", period: then.period } };
    if (then.how === "carried") periodHow = "carried";
  }
  // "the smallest US share since May": a rank of the destination's share, not of its tonnage
  if (stated.type === "rank" && stated.scope.type !== "destinations" && rankOfShare(clause, f.start, f.end))
    stated = { ...stated, measure: "share" };
  // "...; the difference between the two months was 307 t": from the earlier month to the later
  const between2 =
    stated.type === "change" && stated.unsigned === true ? monthsBetween(clauses, index, f) : null;
  if (between2 !== null && stated.type === "change") {
    if (between2.months !== null)
      [claimPeriod, stated] = [between2.months.period, { ...stated, basis: between2.months.base }];
    periodHow = between2.how;
  }
  // "rose 32% in December compared with December last year" in a story of January: "last year" is the
  // year of the claim's own month there, so the base the writer means is that month a year earlier
  if (
    (stated.type === "change" || stated.type === "direction") &&
    claimPeriod !== null &&
    /^\d{4}-\d{2}$/.test(claimPeriod) &&
    stated.basis === claimPeriod &&
    /\blast\syear\b/i.test(clause.slice(f.end))
  )
    stated = { ...stated, basis: "yoy" };
  let basisHow: Grounding | undefined;
  if (stated.type === "change" || stated.type === "direction") {
    const named =
      f.baseNamed === true ||
      between?.basis !== undefined ||
      yearBefore(clause, f.end, claimPeriod) ||
      /^\d{4}-\d{2}$/.test(stated.basis) ||
      // only words in the clause set a span against the one right before it ("q/q")
      (claimPeriod !== null && stated.basis === spanBefore(claimPeriod)) ||
      (stated.type === "direction" && (stated.basis !== "mom" || MOM_WORDS.test(clause)));
    basisHow = named ? "clause" : "default";
    if (!named && unreadBaseAfter(clause, c.mentions, f, claimPeriod)) basisHow = "carried";
    // "eased 3.3% over the same period": the base the sentence used just before; one read back from
    // an earlier sentence is never certain
    const upTo = c.seg.start + f.start;
    const same = named
      ? undefined
      : sameSpanBasis(clause.slice(f.end), env.input.slice(Math.max(0, upTo - 400), upTo));
    if (same !== undefined) {
      if (same !== null) stated = { ...stated, basis: same };
      const inSentence = same !== null && lastBasisIn(env.input.slice(clauses[0]?.seg.start ?? upTo, upTo));
      basisHow = inSentence === same ? "sentence" : "carried";
    }
    // "62,585 t in 2025, 10,300 t more than in 2023": a base year other than the year before is the
    // base of a full year's change; of a month's or a part of a year's, which months of it the
    // words do not say, so the base the reader falls back to never contradicts
    const fallback = stated.basis === "yoy" || stated.basis === "mom";
    const ownYear = Number(claimPeriod?.slice(0, 4));
    // "January-September: 39,817 t, a 7.5% decrease compared to 2024": a part of a year set against
    // a whole earlier year is most likely set against the same months of it, but a part may also be
    // measured against the year's total ("already 25% below 2024"), so it only supports
    const part = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(claimPeriod ?? "");
    const wholeYear = /^(\d{4})-01\.\.\1-12$/.exec(stated.basis);
    if (part && wholeYear && part[1] === part[3] && claimPeriod !== `${ownYear}-01..${ownYear}-12`) {
      const year = Number(wholeYear[1]);
      if (year < ownYear) {
        stated = { ...stated, basis: `${year}-${part[2]}..${year}-${part[4]}` };
        basisHow = "carried";
      }
    }
    const found = fallback ? baseYearAfter(clause, c.mentions, f.end, claimPeriod) : null;
    // the year before, where the change is already read year on year, changes nothing
    const baseYear = found === ownYear - 1 && stated.basis === "yoy" ? null : found;
    if (baseYear !== null && claimPeriod === `${ownYear}-01..${ownYear}-12`)
      stated = { ...stated, basis: baseYear === ownYear - 1 ? "yoy" : `${baseYear}-01..${baseYear}-12` };
    else if (baseYear === ownYear - 1) {
      // "June's exports were 60% above the 2024 level": the same months a year before, never the
      // month before; of a single month it may also be the year's average, so it is unsure
      stated = { ...stated, basis: "yoy" };
      if (!claimPeriod?.includes("..")) basisHow = "carried";
    } else if (baseYear !== null) basisHow = "carried";
    // "In January the US took 877 t; June was 60% below that": the base is the month of the figure
    // pointed back to; one the sentence does not date leaves the base unsure, so it never contradicts
    if (f.baseBack === true) {
      const back = pointedMonth(c, f, claimPeriod, nearest);
      // "In May they fell to 46 t. By December they were 564 t, twelve times that trough": the month
      // of the figure before, or the month the text spoke of last, is a base that may support
      const before =
        back === null && !named
          ? baseOfMonth(d.pointed?.period ?? d.last.period?.value ?? null, claimPeriod)
          : null;
      if (back !== null) {
        stated = { ...stated, basis: back };
        basisHow = "sentence";
      } else {
        if (before !== null) stated = { ...stated, basis: before };
        basisHow = "carried";
      }
    }
    // "Since the truce in May, shipments have recovered; in November they were 582 t": a change
    // counted from the month "since" names, to a month another clause gives; unsure, so it never
    // contradicts
    const since = f.baseNamed === true ? null : sinceMonth(clause, c.mentions, f);
    if (since !== null) {
      stated = { ...stated, basis: since };
      basisHow = "carried";
    }
    // "grew 12.9% in 2025", "fell 11.9% in the first half": the months of a year from January have
    // no month before them to be set against, only the same months a year earlier, unless words the
    // reader has not read as a base set them against something ("up 8% on the second half of 2024")
    const fromJanuary =
      stated.basis === "yoy" &&
      /^(\d{4})-01\.\.\1-\d{2}$/.test(claimPeriod ?? "") &&
      !SET_AGAINST_AFTER.test(clause.slice(f.end, f.end + 80)) &&
      !SET_AGAINST_ANYWHERE.test(clause);
    if (!named && f.baseBack !== true && since === null && !fromJanuary)
      alt({
        basis: stated.basis === "yoy" ? "mom" : "yoy",
        why: "the text does not name the comparison base",
      });
    // "up 30% from last October" in a story of December: the base may be the October a year earlier
    const lastBase = c.mentions.find((m) => m.role === "base" && m.lastOrYearBefore)?.lastOrYearBefore;
    if (lastBase !== undefined && lastBase !== claimPeriod && stated.basis !== "yoy")
      alt({ basis: lastBase, why: '"last" before the base month may mean that month a year earlier' });
    const later = f.participleBasis?.(claimPeriod);
    if (later !== undefined && later !== stated.basis)
      alt({ basis: later, why: "the base the clause after it names may be the change's" });
    // "rose 10.5% from January to October to 52,699 t": the span may be the months the change is over,
    // against the same months a year before, as much as one month set against another
    const span = spanOfBase(clause, c.mentions, stated.basis, claimPeriod);
    // (a reading the words allow, not one they suggest: where the data lacks that span, the month's
    // reading stands, as "tripled between May (235 t) and December (509 t)" means it)
    if (span !== null)
      alt({
        period: span,
        basis: "yoy",
        why: "the months named may be the span the change is over",
        rescueOnly: true,
      });
    const onNow = named ? null : nowAgainstEarlier(clauses, index, f, claimPeriod, d);
    if (onNow !== null)
      alt({
        period: onNow,
        basis: claimPeriod as string,
        why: "the month the text is on, set against the earlier month whose figure the sentence gave first",
        carried: true,
        rescueOnly: true,
      });
  }
  if (stated.type === "change" && stated.unit === "%" && claimPeriod !== null && isMonth(claimPeriod)) {
    const words = clause.slice(f.start, f.end);
    const after = clause.slice(f.end, f.end + 60);
    // "Germany took 1,118 t in October, about a fifth of September's volume": the base may be the
    // month's whole, which the ratio can be taken of too (it bears the words out, never refutes them)
    const wholeAt = basePeriod(claimPeriod, stated.basis);
    if (wholeAt !== null && baseWordedAsWhole(words, after))
      alt({
        stated: { ...stated, versus: "WLD", versusPeriod: wholeAt },
        why: "the base is that month's whole, of every destination",
        rescueOnly: true,
      });
    // "Germany took 1,118 t in October, about a fifth of October's volume": a fraction of the figure's
    // own month's whole, said of a destination, is its share of that month, not a change on October a
    // year before (which, with the destination's year-earlier figure held, would refute a true text);
    // the change stays a reading that can bear the words out, never one that refutes them
    if (partner !== "WLD" && wholeMonthNamed(words, after) === Number(claimPeriod.slice(5))) {
      alt({ stated, why: "the fraction may set the month against itself a year before", rescueOnly: true });
      stated = shareOfOwnMonth(stated);
      kind = "share";
    }
  }
  if (f.partOf && stated.type === "share") changeReadings(stated).forEach(alt);
  // "rose for four months in a row from May to August": the count may be of the months the span
  // names, the first of them the one the run set out from (three rises), which the words leave open
  if (
    stated.type === "streak" &&
    stated.basis === undefined &&
    stated.past === undefined &&
    stated.before !== true &&
    monthsOfRunSpan(period, claimPeriod) === stated.n
  )
    alt({
      stated: { ...stated, n: stated.n - 1 },
      why: "the count may be of the months the span names, the first of them the one the run set out from",
    });
  // "the value of magnet shipments climbed 30%", "fell 20% in yuan terms": a change of the value in
  // money, checked against values where the data holds them, never against tonnes
  if ((stated.type === "change" && stated.unit === "%") || stated.type === "direction") {
    const measure = measureOfChange(clauses, index, f);
    if (measure === "share") stated = { ...stated, measure: "share" };
    if (measure === "value-or-qty")
      alt({ stated, why: "the change may be of the tonnage, not of the value named before it" });
    if (measure === "value" || measure === "value-or-qty") stated = { ...stated, measure: "value" };
    if (measure === "either")
      alt({ stated: { ...stated, measure: "value" }, why: "the change may be of the value named before it" });
  }
  // "Looking back at 2024, the autumn was calm. In October, exports stood at 4,725 t": a month named
  // without its year, whose year the text does not give in its own sentence, may be of the year the
  // text spoke of last rather than the one the publication date suggests
  const spokenYear = carried(d, "period").value?.value.slice(0, 4);
  if (
    own !== null &&
    own.shape === "month" &&
    !own.explicitYear &&
    claimPeriod === own.period &&
    spokenYear !== undefined &&
    /^\d{4}$/.test(spokenYear) &&
    spokenYear !== claimPeriod.slice(0, 4) &&
    !/\b(?:19|20)\d{2}\b/.test(clauses.map((x) => x.seg.text).join(" "))
  )
    alt({
      period: `${spokenYear}${claimPeriod.slice(4)}`,
      why: `the month may be of ${spokenYear}, the year the text spoke of just before`,
      // where that year's data holds nothing, the month read stands
      rescueOnly: true,
    });
  // "the 6,357 t shipped in January" in a story of early February: last January, whose figure was out
  if (own?.yearBefore !== undefined && claimPeriod === own.period && fixedScope(stated))
    alt({
      period: own.yearBefore,
      why: "a month named without its year may be last year's, whose figure was out",
      unheld: true,
    });
  // "Total magnet exports for 2025 stood at 51,440 t in November", "shipped 51,440 t through the end of
  // November": a month's level in a clause that speaks of a total or of the year so far may be the
  // year's to that month; only that reading fitting leaves the claim open, not borne out
  if (
    f.kind === "level" &&
    claimPeriod !== null &&
    /^\d{4}-(?:0[2-9]|1[0-2])$/.test(claimPeriod) &&
    YEAR_SO_FAR_WORDS.test(clause)
  )
    alt({
      period: `${claimPeriod.slice(0, 4)}-01..${claimPeriod}`,
      why: "the clause speaks of a total or of the year so far, which may run from January to the month",
      onlyAmbiguous: true,
      // where the data holds no such total, the month read stands
      rescueOnly: true,
    });
  // "went from 14.8% in September to 10.4% in October and back to 13.7% in December: a drop of 4.4
  // points": a move of a share told after a run of months may be between any two neighbouring ones
  if (stated.type === "change" && stated.unit === "pp")
    for (const [from, to] of neighbouringMonths(clauses, index))
      alt({
        period: to,
        basis: from,
        why: "the move may be between two neighbouring months the sentence named",
      });
  // "Rare-earth exports in November rose 20%" in a story of 25 November: the month was still running,
  // so this year's figure is a forecast or a part of the month, and last year's (the reading taken) a
  // guess no word of the text backs; the year is then not certain enough to refute the figure with
  if (
    own?.ahead !== undefined &&
    claimPeriod === own.period &&
    env.latest !== null &&
    own.ahead === fromIndex(env.latest + 1) &&
    !yearNamedIn(env.input, claimPeriod.slice(0, 4))
  )
    periodHow = "default";
  const cumulative = f.kind === "level" && isPartialSpan(claimPeriod);
  // a world total over a year or a run of months, in a sentence that names no product, is where a
  // story on one product most often quotes a broader aggregate or another source's revised total
  if (seriesHow === "text" && partner === "WLD" && claimPeriod?.includes("..") === true)
    seriesHow = "carried";
  // "down 28% from March last year", "... that month" after a sentence on that month: named after all
  if (carriedMonth && periodHow === "carried" && claimPeriod !== null && claimPeriod === period)
    periodHow =
      monthNamedAfterAll(clauses, index, claimPeriod, env.input, { latest: env.latest, year: null }) ??
      periodHow;
  return {
    start: c.seg.start + f.start,
    end: c.seg.start + f.end,
    kind: cumulative ? "ytd" : kind,
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
    mode: notWhole(
      own !== null && claimPeriod === own.period ? own : null,
      underLead(
        d,
        modeOf({
          clause,
          sentence:
            reporterHere === null && CHINA_CUSTOMS.test(clause)
              ? { ...marks, otherReporter: false, chinaCustoms: true }
              : reporterOfLaterFigures
                ? { ...marks, otherReporter: false }
                : marks,
          start: f.start,
          end: f.end,
          question: marks.question,
          year: env.year,
          chinaImportsBefore: env.chinaImportsAt >= 0 && env.chinaImportsAt < c.seg.start,
          previous: c.seg.sentenceStart ? sentenceBeforeInParagraph(env.input, c.seg.start) : null,
          following: env.input.slice(c.seg.start + f.end, c.seg.start + f.end + 60),
        }),
      ),
    ),
  };
}

/** A preposition that dates a level: "in", "across", "throughout". */
const DATING_PREPOSITION = "(?:in|during|for|of|throughout|across|within|through)\\s";
/** Between a level and a period that may be its own: nothing, or a preposition that dates. */
const DATING_GAP = new RegExp(`^\\s(?:${DATING_PREPOSITION})?$`, "i");
/** A dating preposition opening a period mention ("in November"). */
const DATING_LEAD = new RegExp(`^${DATING_PREPOSITION}`, "i");

/** The period named right after a level, before any other figure, that is neither a base nor a since. */
function periodRightAfter(c: ClauseRead, f: Figure): PeriodMention | null {
  const clause = c.seg.text;
  const m = c.mentions.find((m) => m.start >= f.end && m.start - f.end <= 12);
  if (m === undefined || m.role === "since") return null;
  if (c.figures.some((g) => g !== f && g.start >= f.end && g.start < m.start)) return null;
  const lead = DATING_LEAD.exec(clause.slice(m.start))?.[0] ?? "";
  return DATING_GAP.test(clause.slice(f.end, m.start) + lead) ? m : null;
}

/** Words of a running or whole total: "total", "cumulative", "so far", "for 2025", "through the end of". */
const YEAR_SO_FAR_WORDS =
  /\b(?:total(?!(?:led|ed|ling|ing)\b)|cumulative(?:ly)?|so far|to date|year[- ]to[- ]date|ytd|for the year|this year|the year['’]s|for (?:19|20)\d{2}|in all|altogether|combined|running|(?:through|until|till|up to|by|at|as of) the end of|end[- ](?:of[- ])?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/i;

/**
 * The year the first period named after a change, close by, names as its base ("10,300 t more than
 * in 2023" of 2025, "rose 19.7% in 2025 from their 2023 level"; the claim's own period may come
 * between), when it is before the claim's year; else null.
 */
function baseYearAfter(
  clause: string,
  mentions: readonly PeriodMention[],
  end: number,
  period: string | null,
): number | null {
  const year = period === null ? null : Number(period.slice(0, 4));
  const next = mentions
    .filter((m) => m.start >= end && m.start - end <= 40 && !(m.role === "main" && m.period === period))
    .reduce<PeriodMention | null>((a, m) => (a === null || m.start < a.start ? m : a), null);
  if (year === null || next === null || next.role !== "base" || next.shape !== "year") return null;
  // "decrease 3.4%, compared to same period last year increase 22.6%": past a comma, the year is the
  // base of the change that follows it, not of this one
  if (/[,;]\s/.test(clause.slice(end, next.start))) return null;
  const base = Number(next.period.slice(0, 4));
  return base < year ? base : null;
}

/**
 * A figure stated as fact for a half or quarter not over at publication ("Q4" in October), or for a
 * part of a month ("the first half of December"), is not checked: no customs figure covers it.
 */
function notWhole(own: PeriodMention | null, mode: Mode): Mode {
  if (mode !== "reported" || own === null) return mode;
  return own.unfinished === true ? "unfinished" : own.part === true ? "part-month" : mode;
}

/** A list item under a title that says its items are forecasts or another country's data takes that mode. */
function underLead(d: Discourse, mode: Mode): Mode {
  if (mode === "reported" && d.links) return "link";
  return mode === "reported" && d.block === "bullet" && d.leadMode !== null ? d.leadMode : mode;
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

/**
 * "were 4,416 t in November 2024 and 5,493.9 t a year later, a rise of about 24%": a move told after
 * a level dated relative to the month the clause names, later than it, is that level's month set
 * against the month named; null for any other figure.
 */
function laterLevelPair(
  c: ClauseRead,
  own: PeriodMention,
  f: Figure,
): { period: string; basis: string } | null {
  if ((f.kind !== "change" && f.kind !== "direction") || own.shape !== "month" || own.end > f.start)
    return null;
  const clause = c.seg.text;
  const level = c.figures.findLast((x) => x.kind === "level" && x.start > own.end && x.end <= f.start);
  if (level === undefined) return null;
  const later = relativePeriod(clause, level.start, level.end, true, own.period, true);
  return later !== null && later > own.period ? { period: later, basis: own.period } : null;
}

/** How many months the span `period` names ("2025-05..2025-08": 4) when the run was counted to its end, else null. */
function monthsOfRunSpan(period: string | null, runEnd: string | null): number | null {
  const m = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(period ?? "");
  if (m === null || m[2] !== runEnd) return null;
  return monthsFrom(m[1] as string, m[2]) + 1;
}

/** Whether the text names `year` anywhere ("2024", "in 2024's first half"), or "last year". */
const yearNamedIn = (input: string, year: string) =>
  new RegExp(`(?<!\\d)${year}(?!\\d)|\\blast\\syear\\b`, "i").test(input);

/** A fraction read as a change ("a fifth of" as -80%) read back as the share it names (20%). */
function shareOfOwnMonth(s: StatedChange): StatedShare {
  return {
    type: "share",
    pct: 100 + s.pct,
    hedge: s.hedge,
    raw: s.raw,
    low: up(s.low),
    high: up(s.high),
    ...(s.firm !== undefined ? { firm: { low: up(s.firm.low), high: up(s.firm.high) } } : {}),
    ...(s.halfUnit !== undefined ? { halfUnit: s.halfUnit } : {}),
  };
}

const up = (x: number | null) => (x === null ? null : 100 + x);

/** An aside set off by dashes that gives examples of what came before: "— including magnets —", "— mostly NdFeB —". */
const ASIDE_OPENING =
  /^\W*(?:including|such as|mostly|mainly|chiefly|largely|led by|dominated by|notably|especially|particularly|in particular|among them|not least)\b/i;
/**
 * A clause set between two dashes ("rare earths — a feedstock for magnet makers — jumped"): it opens
 * with one, and one follows it on its line (a dash on the next line marks a list item).
 */
const DASH_OPENING = /^(?:-{1,2}|—)\s/;
const DASH_AFTER = /^[ \t]*(?:-{1,2}|—)\s/;
export const asideClause = (x: ClauseRead, input?: string) =>
  ASIDE_OPENING.test(x.seg.text) ||
  (input !== undefined &&
    DASH_OPENING.test(x.seg.text) &&
    DASH_AFTER.test(input.slice(x.seg.start + x.seg.text.length, x.seg.start + x.seg.text.length + 4)));

/** Words by which a clause says it comes after the one before: "569 t came next", "then 569 t left". */
const SEQUENCE = /\b(?:then|next|followed(?!\sby\b)|afterwards?|after that|later|subsequently|this time)\b/i;

const MOM_WORDS = /\b(?:month[- ]on[- ]month|m\/m|mom|from the previous month|sequentially)\b/i;

/** After a product's name: what the noun phrase is about when it is not the product's trade. */
export const NOT_TRADE_AFTER =
  /^\s(?:(?:spot|market|contract|average|benchmark)\s)?(?:prices?|price forecasts?|forecasts?|quotes?|quotations|futures|output|production|mining|reserves|stockpiles?|capacity|demand|consumption|processing|refining|smelting|shortages?|shortfalls?|scarcity)\b/i;

/**
 * The period a rank's clause opened with, its subject (after a comma, the last one named before it);
 * but where the clause opened with a year or a span and names a month after it, before the rank, the
 * month ranked is that one ("2025年稀土出口增长12.9%，其中6月出口7742.2吨，为全年单月最高": June is the
 * year's highest month, not the year).
 */
function rankSubject(c: ClauseRead, f: Figure, appositive: boolean): PeriodMention | null {
  const before = c.own.filter((p) => p.end <= f.start);
  if (appositive) return before.at(-1) ?? null;
  const first = before[0] ?? null;
  if (first === null || first.shape === "month") return first;
  return before.findLast((p) => p.shape === "month" && p.start > first.end) ?? first;
}

/** After a change, words that set it against something: "from the previous six months", "on H2". */
const SET_AGAINST_AFTER =
  /^[^.;]*?\b(?:from|than|on|over|versus|vs\.?|against|relative|previous|preceding|prior|sequential(?:ly)?)\b/i;
/** Anywhere in a clause, words that set a change against something: "compared with", "relative to". */
const SET_AGAINST_ANYWHERE = /\b(?:compar(?:ed|ing|es?)\s(?:with|to)|relative\sto|versus|vs\.?|against)\s/i;

/**
 * A figure that may be moved a year back whole: a level, share or direction, a change on the month
 * or year before, a rank on record or among destinations (a rank "since June" or "of the year", a
 * change on a named month, is tied to its other months).
 */
function fixedScope(s: Stated): boolean {
  if (s.type === "change") return s.basis === "mom" || s.basis === "yoy";
  if (s.type === "rank") return s.scope.type === "record" || s.scope.type === "destinations";
  return s.type === "level" || s.type === "share" || s.type === "direction";
}

/** Before a clause's own month, words that make it a forecast's: "could top 6,500 t in January". */
const FORETOLD_BEFORE =
  /\b(?:could|might|may|will|would|should|expects?|expected|forecasts?|projected|likely to|set to)\s(?!have\b)/;

/** The clause's own month is a forecast's ("analysts say exports could top 6,500 t in January"). */
function foretold(x: ClauseRead): boolean {
  const own = x.own[0];
  return own !== undefined && FORETOLD_BEFORE.test(x.seg.text.slice(0, own.start));
}

/**
 * The clause's own periods a figure may take, less the month that dates the event a rank's "since"
 * window counts from ("That was the highest since the export controls began in April").
 */
function unwindowed(c: ClauseRead): PeriodMention[] {
  return c.own.filter((m) => m.windowEvent !== true);
}

/** After a rank, the month that alone beats it: "the second-largest tally, beaten only by the 6,357 t of January". */
const BEATEN_BY =
  /^[^.;:!?]{0,60}?\b(?:beaten|topped|bettered|surpassed|exceeded|outdone|eclipsed)\s(?:only\s)?by\s(?:the\s)?(?:[\d,.]+\s?(?:t|tonnes|tons)\s(?:of|in|shipped\sin)\s)?$/i;

/** The clause's months less the one a rank says alone beats it, which is the record's, not the rank's. */
function unbeaten(c: ClauseRead, f: Figure): PeriodMention[] {
  return unwindowed(c).filter((m) => m.start < f.end || !BEATEN_BY.test(c.seg.text.slice(f.end, m.start)));
}

/** Words that put a change in the present after a figure of the past: "so exports are up", "they have now climbed". */
const NOW_AFTER = /\b(?:now|are|is|has|have|stand|stands)\b/i;
/** A level told in the past perfect, as of a month before the one the text is on: "the bloc had taken 2,060.3 t". */
const HAD_BEFORE_LEVEL =
  /\bhad\s(?:(?:only|just|already|still)\s)?(?:been|taken|received|bought|imported|shipped|exported|come|stood|totalled|totaled|reached|got)\b[^.;,]{0,40}$/i;
/** A relative pronoun opening the clause words right before a figure: ", which itself was down by". */
const RELATIVE_BEFORE = /,\s(?:which|that)\s[^,;]{0,50}$/i;
/** Right after that level, words that draw a move from it: ", so growth came to", ", which means". */
const DRAWN_FROM_LEVEL = /^[^.;]{0,20}?,\s(?:so|meaning|which means|hence|thus)\b/i;

/**
 * "In October 2024 it had shipped 4,725 t, so exports are up 15.8%", "While exports stood at 4,725 t
 * in October 2024, they have now climbed 16%": a change told in the present after a level of an
 * earlier month may run from that month to the month the text is on, a later one. That month, or null.
 */
function nowAgainstEarlier(
  clauses: readonly ClauseRead[],
  index: number,
  f: Figure,
  claimPeriod: string | null,
  d: Discourse,
): string | null {
  const on = carried(d, "period").value?.value ?? null;
  const [since, now] = [parseMonth(claimPeriod ?? ""), parseMonth(on ?? "")];
  if (since === null || now === null || now <= since) return null;
  const c = clauses[index] as ClauseRead;
  const level = c.figures.findLast((g) => g.kind === "level" && g.end <= f.start);
  const between =
    level !== undefined
      ? c.seg.text.slice(level.end, f.start)
      : index > 0 && clauses[index - 1]?.figures.some((g) => g.kind === "level") === true
        ? c.seg.text.slice(0, f.start)
        : null;
  if (between !== null && NOW_AFTER.test(between)) return on;
  // "In October the bloc had taken 2,060.3 t, so growth came to nearly 25%": the past perfect dates
  // the level before the month the text is on, and the move drawn from it runs up to that month
  return level !== undefined &&
    HAD_BEFORE_LEVEL.test(c.seg.text.slice(Math.max(0, level.start - 80), level.start)) &&
    DRAWN_FROM_LEVEL.test(c.seg.text.slice(level.end, f.start))
    ? on
    : null;
}

/**
 * A line of a timeline led by its date alone, set off by a dash or colon: "Jul - ", "Oct 9 - ",
 * "Jan 2025 – ", "June: ". The clause holds nothing but the date, which is `month`.
 */
const DATE_LABEL = new RegExp(
  `^\\s*(?:[-*•·]\\s*)?(?:${ENGLISH_MONTH_NAME})\\.?(?:\\s\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s(?:19|20)\\d{2})?\\s*[-–—:]?\\s*$`,
);

function dateLabelLeads(first: ClauseRead, month: string): boolean {
  return DATE_LABEL.test(first.seg.text) && first.own.length === 1 && first.own[0]?.period === month;
}
