// The recognising stage for one clause: every figure the grammars find (changes, levels and values,
// ranks, shares, bare directions), the periods, products and destinations the clause names, and
// the labels of notes and lists ("2025 RE magnet exports:", "YTD", "Japan: 5%" under a lead about
// shares). Clauses in capitals are read in title case. Nothing here looks beyond the clause.

import { movedField } from "./share-moves.js";
import type { ExtractedClaim, Grounding, Hedge, Stated, Tolerance } from "../types.js";
import { ownPeriods, type Span } from "./attach.js";
import {
  basisFor,
  changeBasis,
  earlierRate,
  laterChangeOwns,
  participleOwns,
  rankStated,
  sameMonthsOf,
} from "./bases.js";
import type { Discourse } from "./discourse.js";
import { findChanges, type ChangeHit, type EarlierChange } from "./find-changes.js";
import { namesDifference } from "./find-amount-changes.js";
import { objectProduct, ratioPartner, ratioProduct, versusPartner } from "./partner-gap.js";
import { findComparisons } from "./find-comparisons.js";
import { findDirections } from "./find-directions.js";
import { findLevels, findShares, type LevelHit } from "./find-figures.js";
import {
  EARLIER_AT_END,
  ITEM_NAME,
  asSupplierShare,
  findShareValues,
  fractionShare,
  type ShareHit,
} from "./find-shares.js";
import { findMoney } from "./find-money.js";
import { findDestinationRanks, findUnnamedDestinationRank } from "./find-destination-ranks.js";
import { findRanks } from "./find-ranks.js";
import { HEDGE_WORDS, NUM, WORD_NUM, hedgeOf, parseDecimal, roundTol, toleranceFor } from "./numbers.js";
import { ENGLISH_MONTH_NAME, FRACTION_WORDS } from "./lexicon.js";
import { findPeriods, fromIndex, type PeriodMention } from "./periods.js";
import { policyObject } from "./policy-objects.js";
import type { Segment } from "./segment.js";
import {
  findPartners,
  findReporter,
  findSeries,
  mentionsChinaImports,
  countsLast,
  audienceLast,
  subjectAt,
  type Mention,
  type PartnerMention,
} from "./subjects.js";
import { allMatches } from "./all-matches.js";
import { indexOf, yearOf } from "../../domain/period.js";
import { outsideAsides } from "./relative-aside.js";

/** Between a share set in commas and the destination it went to: ", went to the", ", was exported to", ", to". */
const SENT_TO_AFTER =
  /^\s?\)?,\s(?:(?:was|were|had\sbeen)\s)?(?:(?:went|goes|exported|shipped|sent|delivered|destined|bound|headed|going)\s)?(?:to|for)\s(?:the\s)?$/i;

/** One recognised figure of a clause, before it is attached. */
export interface Figure extends Span {
  kind: ExtractedClaim["kind"];
  stated: (period: string | null) => Stated;
  /** The comparison base was named ("from October", "on year"), not assumed. */
  baseNamed?: boolean;
  /** The base a later "-ing" clause names ("..., recovering from May's 46 t"): a reading, not the base. */
  participleBasis?: (period: string | null) => string;
  /** The base is an earlier figure pointed back to ("60% below that", "up 5% on this level"). */
  baseBack?: boolean;
  /** A level's own period differs from the clause's ("5,473 t in October", "from 5,473 t"). */
  level?: boolean;
  /** How the unit was read when not written plainly with the number (see `ClaimGrounds.unit`). */
  unit?: Grounding;
  /** A change of a share in percentage points: it belongs to the destination the share is of. */
  ofShare?: boolean;
  /**
   * A bare percentage after a part's tonnage ("Japan 305 t (5%)"): the share of that tonnage's
   * destination; the same words may state its change.
   */
  partOf?: Span;
  /** Its place in a list of numbers sharing one unit ("1,288, 854 and 444 tonnes"). */
  list?: { index: number; size: number };
  /** A share the current one moved from, its month unnamed ("rose to 41.8% from 37.6%"): the month before. */
  movedFrom?: boolean;
  /** The size of the move a question asked about ("Did exports rise from October to November?" "By 12.4%."). */
  answersMove?: boolean;
  /** The destination the figure is said of, when its own words name it ("Germany remained the No.1 destination"). */
  partner?: { value: string; why: string };
  /** What a difference is set against ("outstripped rare earth exports by 656 t"): its product is not the figure's. */
  object?: Span;
}

/** A clause with what the recognisers found in it. */
export interface ClauseRead {
  seg: Segment;
  mentions: PeriodMention[];
  own: PeriodMention[];
  changes: ChangeHit[];
  figures: Figure[];
  series: Mention<string>[];
  partners: PartnerMention[];
  reporter: string | null;
  imports: boolean;
}

const SHARE_ITEM = /^\W*[^:]{1,50}:\s*(\d{1,2}(?:\.\d{1,3})?)\s?(?:%|per ?cent)\s*$/i;
const SHARE_WORD = /\b(?:shares?|portion|proportion|% of (?:the )?total)\b/i;

/** "Oct: 656", and with the month's change in brackets after it: "Oct: 656 (+235.5)". */
const LEVEL_ITEM = new RegExp(
  `^\\W*[^:]{1,60}:\\s*(${NUM})(?:\\s?\\(\\s?([+\\-−–])\\s?(${NUM})\\s?\\))?\\s*$`,
);

/**
 * "March: 5,238" under a heading or lead line that names the unit ("China magnet exports, first
 * quarter 2026 (t)"), and a row of such labels on one line ("Jul 6.0 | Aug 5.8 | Sep 4.0"): tonnages
 * whose unit is the heading's, so they can support but never contradict.
 */
export function listLevel(c: ClauseRead, d: Discourse): ClauseRead {
  const clause = c.seg.text;
  if (c.figures.length > 0 || !d.unit) return c;
  const m = c.seg.block === "bullet" ? LEVEL_ITEM.exec(clause) : null;
  const numbers: Array<[string, number]> = m
    ? [[m[1] as string, clause.lastIndexOf(m[1] as string)]]
    : rowCells(clause);
  const factor = d.unit === "kt" ? 1e3 : 1;
  const figures: Figure[] = [];
  for (const [num, start] of numbers) {
    const parsed = parseDecimal(num);
    if (parsed === null || /^(?:19|20)\d{2}$/.test(num)) return c;
    const value = roundTol(parsed.value * factor);
    const halfUnit = roundTol(parsed.halfUnit * factor);
    const end = start + num.length;
    const tol = toleranceFor(value, halfUnit, null);
    const stated = (): Stated => ({
      type: "level",
      value,
      unit: "t",
      hedge: null,
      ...tol,
      raw: clause.slice(start, end),
      halfUnit,
    });
    figures.push({ start, end, kind: "level", level: true, unit: "carried", stated });
  }
  const change = m?.[3] ? bracketedChange(clause, m[2] ?? "+", m[3], factor) : null;
  if (change !== null && figures.length > 0) figures.push(change);
  return figures.length === 0 ? c : { ...c, figures };
}

/** "Oct: 656 (+235.5)": the change in brackets after a listed level, in its unit, on the month before. */
function bracketedChange(clause: string, sign: string, num: string, factor: number): Figure | null {
  const parsed = parseDecimal(num);
  if (parsed === null) return null;
  const pct = roundTol((sign === "+" ? 1 : -1) * parsed.value * factor);
  const halfUnit = roundTol(parsed.halfUnit * factor);
  const end = clause.lastIndexOf(num) + num.length;
  const start = clause.lastIndexOf(sign, end - num.length);
  const tol = toleranceFor(pct, halfUnit, null);
  return {
    start,
    end,
    kind: "change",
    unit: "carried",
    stated: () => ({
      type: "change",
      pct,
      unit: "t",
      basis: "mom",
      direction: pct < 0 ? "down" : "up",
      hedge: null,
      ...tol,
      raw: clause.slice(start, end),
      halfUnit,
    }),
  };
}

/** A cell of a one-line row: a label with letters, then its bare figure ("Jul 6.0", "DEU: 1,106"). */
const ROW_CELL = new RegExp(`^\\s*[^\\d|:]*[A-Za-z\\u00C0-\\u024F][^\\d|:]*:?\\s(${NUM})\\s*$`);

/** The bare figures of a row "Jul 6.0 | Aug 5.8 | Sep 4.0", with their offsets; empty unless every cell is one. */
function rowCells(clause: string): Array<[string, number]> {
  const cells = allMatches(/[^|]+/g, clause);
  if (cells.length < 2) return [];
  const out: Array<[string, number]> = [];
  for (const cell of cells) {
    const m = ROW_CELL.exec(cell[0]);
    if (!m) return [];
    out.push([m[1] as string, cell.index + cell[0].lastIndexOf(m[1] as string)]);
  }
  return out;
}

/** A list item's leading percentage alone ("6. 41.8%"), described past a dash in the next piece. */
const BARE_SHARE = /^\W*?(\d{1,2}(?:\.\d{1,3})?)\s?(?:%|per ?cent)\s*$/i;
/** The description past the dash names a share: "- the EU's share in November". */
const DASHED_SHARE = /^\s*[-–—]\s(?:the\s)?(?:[\w'’-]+\s){0,2}(?:share|portion|proportion|slice)\b/i;

/**
 * "Japan: 5%" in a list of shares ("Shares of China's exports:" or "EU share: 43%") is a share, and
 * so is a list item's leading "41.8%" that the words past its dash call a share (`next`).
 */
export function listShare(c: ClauseRead, d: Discourse, next?: string): ClauseRead {
  const clause = c.seg.text;
  const bullet = c.figures.length === 0 && c.seg.block === "bullet";
  const dashed = bullet && next !== undefined && DASHED_SHARE.test(next) ? BARE_SHARE.exec(clause) : null;
  const m = dashed ?? (bullet ? SHARE_ITEM.exec(clause) : null);
  if (!m || !(dashed || SHARE_WORD.test(clause) || SHARE_WORD.test(d.leadWords ?? ""))) return c;
  const parsed = parseDecimal(m[1] ?? "");
  if (parsed === null) return c;
  const start = clause.indexOf(m[1] as string, dashed ? 0 : clause.indexOf(":"));
  const end = clause.trimEnd().length;
  const tol = toleranceFor(parsed.value, parsed.halfUnit, null);
  return {
    ...c,
    figures: [
      {
        start,
        end,
        kind: "share",
        stated: () => ({
          type: "share",
          pct: parsed.value,
          hedge: null,
          ...tol,
          raw: clause.slice(start, end),
          ...movedField(clause.slice(start, end)),
        }),
      },
    ],
  };
}

/** A destination alone at the start of a clause, before its share: "and the United States for ", "Japan at ". */
const NAME_ALONE = `^\\W*(?:(?:[Aa]nd|[Ww]hile|[Ww]ith)\\s)?${ITEM_NAME}(?:(${HEDGE_WORDS})\\s)?`;
/** A clause that is a destination and a percentage alone: "USA 9.5%", "and Japan at about 5 per cent". */
const NAMED_PERCENT = new RegExp(
  `${NAME_ALONE}(\\d{1,2}(?:\\.\\d{1,3})?)\\s?(?:%|per ?cent|percent)[\\s.;,)|]*$`,
);
/** The same with a fraction: "and the United States just under a tenth". */
const NAMED_FRACTION = new RegExp(`${NAME_ALONE}((?=(?:a|one|two|three)[- ])${FRACTION_WORDS})[\\s.;,)]*$`);

/**
 * A clause that leaves "share" to the one before it: "while Germany's slipped to 18.6%", "and the
 * US's stood at 9.5%". The verb moves the share, not the destination's tonnage.
 */
const POSSESSIVE_PERCENT = new RegExp(
  `^\\W*(?:(?:[Aa]nd|[Ww]hile|[Ww]hereas|[Bb]ut)\\s)?(?:[Tt]he\\s)?[A-Z][\\w.-]*(?:\\s[A-Z][\\w.-]*){0,2}['’]s?\\s(?:(?:was|is|stood at|came to|held at|reached|hit|(?:rose|fell|grew|shrank|slid|sank|[a-z]{3,12}ed)(?:\\s(?:up|down|back))?\\sto)\\s)(?:(${HEDGE_WORDS})\\s)?(\\d{1,2}(?:\\.\\d{1,3})?)\\s?(?:%|per ?cent|percent)[\\s.;,)"”]*$`,
);

/** The same with a fraction: "and Germany's was over a fifth", "while Japan's came to about a twentieth". */
const POSSESSIVE_FRACTION = new RegExp(
  `^\\W*(?:(?:[Aa]nd|[Ww]hile|[Ww]hereas|[Bb]ut)\\s)?(?:[Tt]he\\s)?[A-Z][\\w.-]*(?:\\s[A-Z][\\w.-]*){0,2}['’]s?\\s(?:was|is|stood at|came to|held at|reached)\\s(?:(${HEDGE_WORDS})\\s)?((?=(?:a|one|two|three)[- ])${FRACTION_WORDS})[\\s.;,)"”]*$`,
);

/** A percentage's share and the interval its rounding and hedge allow; null when it is no number. */
function percentShare(words: string, hedge: Hedge | null): (Tolerance & { pct: number }) | null {
  const parsed = parseDecimal(words);
  return parsed === null
    ? null
    : { pct: parsed.value, ...toleranceFor(parsed.value, parsed.halfUnit, hedge) };
}

/**
 * "Germany keeps the top spot with an 18.6% share; the US 9.5%": a clause that gives a destination
 * and a percentage alone, after a share in the same sentence (`shareBefore`), is that destination's
 * share of the same total; so is a destination's possessive that leaves the share noun to the clause
 * before ("the latter's share rose to 13.7%, while Germany's slipped to 18.6%").
 */
export function siblingShare(c: ClauseRead, shareBefore: boolean): ClauseRead {
  const clause = c.seg.text;
  if (!shareBefore) return c;
  const alone = c.figures.length === 0;
  const m =
    (alone ? NAMED_PERCENT.exec(clause) : null) ??
    (c.figures.every((f) => f.kind === "direction") ? POSSESSIVE_PERCENT.exec(clause) : null);
  const fraction =
    m === null && alone ? (NAMED_FRACTION.exec(clause) ?? POSSESSIVE_FRACTION.exec(clause)) : null;
  const words = (m ?? fraction)?.[2];
  // a name right before its figure is a destination, even where "and the US" alone reads as weak
  const named = c.partners.find((p) => !p.weak) ?? (alone ? c.partners[0] : undefined);
  if (words === undefined || named === undefined) return c;
  const hedge = hedgeOf((m ?? fraction)?.[1]);
  const start = clause.lastIndexOf(words);
  const share = m !== null ? percentShare(words, hedge) : fractionShare(words, hedge);
  if (share === null || named.end > start) return c;
  const said = (m ?? fraction)?.[1];
  const from = said === undefined ? start : clause.lastIndexOf(said, start);
  const end = clause.trimEnd().replace(/[\s.;,)|]+$/, "").length;
  const raw = clause.slice(from, end);
  const stated = (): Stated => ({ type: "share", ...share, hedge, raw, ...movedField(raw) });
  return { ...c, figures: [{ start: from, end, kind: "share", stated }] };
}

/**
 * Periods that notes and posts write as labels: a year heading a line ("2025 RE magnet exports:
 * 57.4 kt"), a year's possessive ("vs 2024's 58.2kt"), and "YTD" for the months so far.
 */
function withLabels(clause: string, mentions: PeriodMention[], latest: number | null): PeriodMention[] {
  const extra: PeriodMention[] = [];
  const free = (s: number, e: number) => !mentions.some((m) => s < m.end && e > m.start);
  const year = (m: RegExpExecArray | RegExpMatchArray, at: number) => {
    const s = at;
    const e = s + (m[1] as string).length;
    if (free(s, e))
      extra.push({
        start: s,
        end: e,
        period: `${m[1]}-01..${m[1]}-12`,
        shape: "year",
        role: "main",
        explicitYear: true,
      });
  };
  const label = /^(\W*)((?:19|20)\d{2})\s[^:]{1,60}:/.exec(clause);
  if (label) year([label[0], label[2] as string], (label[1] as string).length);
  // "2024 was 55,431", "TOM: 2024 came in at 55,431": a year as the subject of its figure
  const subject = YEAR_SUBJECT.exec(clause);
  if (subject) year([subject[0], subject[2] as string], (subject[1] as string).length);
  for (const m of allMatches(/\b((?:19|20)\d{2})'s\s/g, clause)) year(m, m.index);
  // "(2024: 58.1kt)", "vs 2023: 52.6 kt": a year with a colon right before its figure labels it
  for (const m of allMatches(YEAR_COLON, clause)) year(m, m.index);
  const ytd = YTD.exec(clause);
  if (
    ytd &&
    latest !== null &&
    !mentions.some((m) => m.shape === "range") &&
    free(ytd.index, ytd.index + ytd[0].length)
  ) {
    // "YTD 2025" in a story of 2026: the months of 2025 so far, all of them once the year is out
    const named = ytd[1] ?? ytd[2];
    const y = named === undefined ? yearOf(latest) : Number(named);
    const end = Math.min(latest, indexOf(y, 12));
    const at = { start: ytd.index, end: ytd.index + ytd[0].length };
    // the year it names is part of the label, not a mention of its own
    const rest = extra.filter((m) => m.end <= at.start || m.start >= at.end);
    extra.length = 0;
    extra.push(...rest);
    if (end >= indexOf(y, 1))
      extra.push({
        ...at,
        period: `${y}-01..${fromIndex(end)}`,
        shape: "range",
        role: "main",
        explicitYear: named !== undefined,
      });
  }
  return extra.length === 0 ? mentions : [...mentions, ...extra].sort((a, b) => a.start - b.start);
}

/** "YTD", with the year it runs in when named next to it: "YTD 2025", "2025 YTD", "YTD-2025". */
const YTD = /\b(?:((?:19|20)\d{2})[\s-]YTD|YTD[\s-]\(?((?:19|20)\d{2})\b\)?|YTD)\b/;

/** A year that opens its clause (after a speaker's name) as the subject of a figure. */
const YEAR_SUBJECT =
  /^(\W*(?:[A-Z][A-Za-z.'-]{0,20}:\s*)?)((?:19|20)\d{2})\s(?:as a whole\s|overall\s)?(?:was|came in at|stood at|totall?ed|ended at)\s\d/;

/** A year and a colon right before a figure: "(2024: 58.1kt)", "; 2023: about 52,600 t". */
const YEAR_COLON =
  /(?<![\d.,:/-])\b((?:19|20)\d{2})\s?:\s?(?=(?:(?:about|around|some|roughly|nearly|almost|~)\s?)?\d)/g;

/** "the same month of 2024" names a comparison, not the year of the sentence's months. */
export const SAME_MONTH_OF =
  /\b(?:same|corresponding) (?:[\w-]{3,12} )?(?:months?|period|quarter|stretch|span|half) (?:of|in) (?:19|20)\d{2}\b/gi;

/** Lower-case units that capitals leave as they are: "1,106t", "57.4kt", "m/m", "9.5pc". */
const UNIT_LETTERS = /(?<=\d\s?)(?:t|kt|mt|pc|mn|bn|m|k)\b|\b[my]\/[my]\b/g;

/**
 * A month in capitals among ordinary words, as a timeline's headings write it ("AUGUST - 6,146 t, the
 * best since January"); "MAY" only before a figure or a dash, where it cannot be the verb.
 */
const CAPITAL_MONTH =
  /\b(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|MAY(?=\s?[-–—:]\s|\s\d))\b/g;

/** A month in small letters, as chats and notes write it; not "may" or "march", which are verbs too. */
const SMALL_MONTH =
  /\b(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|june|july|september|october|november|december)\b(?![-.'’]\w)/g;

/**
 * A clause in capitals (a broadcast script, a headline, a newsletter's "RE MAGNETS, DEC: DEU 1,106t")
 * in title case, so that names and months read as they do in running text; same length, so offsets
 * hold. Short words ("US", "TO") stay.
 */
export function readable(seg: Segment): Segment {
  const t = seg.text;
  if (/[a-z]/.test(t.replace(UNIT_LETTERS, ""))) {
    // search, not test: a global pattern's test() would start where its last match left off
    let text =
      t.search(CAPITAL_MONTH) >= 0 ? t.replace(CAPITAL_MONTH, (w) => w[0] + w.slice(1).toLowerCase()) : t;
    // chat and note lines write months in small letters beside their figures ("mags 6150t nov")
    if (/\d/.test(text) && text.search(SMALL_MONTH) >= 0)
      text = text.replace(SMALL_MONTH, (w) => (w[0] as string).toUpperCase() + w.slice(1));
    return text === t ? seg : { ...seg, text };
  }
  if (!/[A-Z]{4}|\b[A-Z]{3}\b/.test(t)) return seg;
  const text = t.replace(
    /[A-Z][A-Z']{3,}|\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\b/g,
    (w) => w[0] + w.slice(1).toLowerCase(),
  );
  return { ...seg, text };
}

/**
 * A clause that takes up the share spoken of before: "It rose to 12%", "It was 9.5 per cent in May",
 * "For the US, 11.1% in June",
 * or an answer that opens with it ("Q: What share went to Vietnam?" "A: About 8.1%, or 444 t").
 */
const SHARE_TAKEN_UP = new RegExp(
  `^\\W*(?:[A-Z][\\w.'-]{0,20}(?: [A-Z][\\w.'-]{0,20}){0,2}:\\s*)?(?:(?:For|And|As for)\\s(?:the\\s)?[A-Z][\\w.]*(?:\\s[A-Z][\\w.]*){0,2},\\s)?(?:(?:(?:In|By|For)\\s(?:${ENGLISH_MONTH_NAME})(?:\\s(?:19|20)\\d{2})?,?\\s(?:it|that|this)|It|That|This|(?:${ENGLISH_MONTH_NAME})['’]s)\\s(?:has\\s|had\\s)?(?:rose|risen|fell|fallen|climbed|slipped|dropped|edged (?:up|down)|eased|increased|decreased|grew|grown|shrank|dipped|was|stood|reached|held|came in|recovered|rebounded|collapsed|plunged|plummeted|slumped|tumbled|sank|jumped|surged|soared|halved|doubled|is)\\b|(?:(?:About|Around|Roughly|Nearly|Almost|Just over|Just under|Some|Over|Under|Close to)\\s)?(?:(?:\\d{1,2}(?:\\.\\d{1,2})?|(?:${WORD_NUM})(?:[\\s-]and[\\s-]a[\\s-]half)?)\\s?(?:%|per ?cent|percent)(?=[,.;]|\\s(?:in|for|of|or)\\b|$)|(?:a|one)[- ](?:half|third|quarter|fifth|sixth|eighth|tenth)(?=\\s*(?:[,.;!]|$))))`,
);

/**
 * A later clause of a sentence whose clause before gave a share, going on with the same share in
 * another month: "The EU's share was 42.8% in June; in July it was 38.4%", "..., 11.1% in June, and
 * 7.3% in September [2]", "...; it was 22.3% in September". Its month is its own, so it must name one.
 */
const GOES_ON_VERB = "(?:it|that)\\s(?:was|stood\\sat|came\\sto|had\\sbeen|[a-z]{3,12}ed\\sto)\\s";
const GOES_ON_VALUE = `(?:(?:${HEDGE_WORDS})\\s)?\\d{1,2}(?:\\.\\d{1,2})?\\s?(?:%|per ?cent|percent)`;
const SHARE_GOES_ON = new RegExp(
  `^\\W*(?:(?:and|but|while|whereas)\\s)?(?:(?:in|by|for)\\s(?:${ENGLISH_MONTH_NAME})\\b(?:\\s(?:19|20)\\d{2})?,?\\s${GOES_ON_VERB}${GOES_ON_VALUE}|(?:${GOES_ON_VERB})?${GOES_ON_VALUE}\\s(?:in|for|during)\\s(?:${ENGLISH_MONTH_NAME})\\b)(?:[^\\d]|\\[\\d{1,2}\\])*$`,
);

/** "took 12% of the total, down from 11% in July": the share's earlier value, of its own month. */
const OWN_MONTH_AFTER = /^\s(?:in|during)\s[A-Z]/;

/**
 * Between a direction and a change after it, a base figure and a conjunction ("below July's 418
 * tonnes and nearly three times the 150 tonnes of May"): the change is a second comparison, not the
 * size of the direction's move.
 */
const SECOND_COMPARISON = /^[^;]*?\d[\d,.]*\s?(?:t|tonnes?|tons?)\b[^\d;]*?\s(?:and|but|yet)\s[^\d;]*$/i;

/** A verb of receiving between a destination and its figure: " took", " received about". */
const TAKES_FIGURE =
  /^\s(?:took|received|got|bought|absorbed|was\ssent|were\ssent)\s(?:(?:about|around|some|nearly|roughly|almost|just|only|another|a\sfurther)\s)?$/i;

/** True when a destination named right before the figure is said to have taken it: "Germany took 1,341 t". */
function takenBy(clause: string, partners: PartnerMention[], at: number): boolean {
  return partners.some((p) => !p.weak && p.end <= at && TAKES_FIGURE.test(clause.slice(p.end, at)));
}

/**
 * Recognises a clause. `state.trade` says whether the last subject read was a trade flow (a clause
 * that names no subject continues it); it is updated here.
 */
export function readClause(
  seg: Segment,
  anchor: { latest: number | null; year: number | null; dated?: string | null; early?: boolean },
  state: {
    trade: boolean;
    moved?: EarlierChange | null;
    shareTopic?: boolean;
    shareBefore?: boolean;
    supplierBefore?: boolean;
    destinationTopic?: boolean;
  },
): ClauseRead {
  const clause = seg.text;
  const listed = withLabels(clause, findPeriods(clause, anchor), anchor.latest);
  // "amid the rare earth export curbs": the goods a policy covers are not the figures' product
  const series = findSeries(clause).filter((m) => !policyObject(clause, m));
  const before = state.trade;
  const partners = findPartners(clause);
  // "Demand is strong. Germany took 1,118 t of magnets": a tonnage in a clause that names its product
  // is of its trade even after a sentence on something else, unless its own subject says otherwise;
  // so is one a destination is said to have taken ("..., while the US took 589.85 mt")
  const isTrade = (s: number, e: number, productNamed = false) => {
    const subject = subjectAt(clause, s, e);
    return subject === null ? before || productNamed || takenBy(clause, partners, s) : subject === "trade";
  };
  const last = subjectAt(clause, clause.length, clause.length);
  // "China's exports of rare earths — which compete with Australian output — rose to 5,493.9 t": an
  // aside set off by a dash or bracket, with no figure of its own, does not change what the figures are of;
  // a count ("Half of the 20 largest buyers cut orders") speaks of its own sentence only
  const aside = /^\s*[—–(]/.test(clause) && !/\d/.test(clause);
  const otherLast = last === "other" && !countsLast(clause) && !audienceLast(clause);
  if (!aside && (series.length > 0 || last === "trade" || otherLast))
    state.trade = last === "trade" || series.length > 0;
  const found = findChanges(clause, state.moved ?? null);
  // "dropped 5.2% and rose 15.8% from September and October 2024, respectively": a month listed as
  // a change's base is no period of the clause's own
  const based = found.flatMap((c) => (typeof c.respective === "object" ? [c.respective] : []));
  const mentions =
    based.length === 0
      ? listed
      : listed.map((m) =>
          m.role === "main" && based.some((b) => m.start >= b.start && m.end <= b.end)
            ? { ...m, role: "base" as const }
            : m,
        );
  // the last change read goes on to the next clause of the sentence ("..., and in April by a further 25 t")
  state.moved = found.length > 0 ? (found[found.length - 1] as EarlierChange) : (state.moved ?? null);
  // "a decline of 760t, or 2.3%": a percentage after a difference is its change, not a share; nor is
  // "47% of the April total" said of all exports
  // "China is the main supplier of magnets to Japan, with a share above 70%": China's share of what Japan gets
  const shares = findShares(clause)
    .map((s) => (state.supplierBefore === true ? asSupplierShare(clause, s) : s))
    .filter((s) => !found.some((c) => (s.afterLevel || c.ofWhole) && c.start < s.end && c.end > s.start));
  const changes = found.filter((c) => !shares.some((s) => c.start < s.end && c.end > s.start));
  // in a clause about a share, its other bare percentages are values of that share
  // "... did the US share hold up?" "It rose to 12% in April": a share spoken of just before, taken up by "it"
  const takenUp =
    (state.shareTopic === true && SHARE_TAKEN_UP.test(clause)) ||
    (state.shareBefore === true && SHARE_GOES_ON.test(clause));
  const values = findShareValues(clause, [...shares, ...changes], takenUp);
  // a clause with a share and no share noun: only a value it moved from, with its own month, is read
  const earlier =
    values.length === 0 && shares.length > 0
      ? findShareValues(clause, [...shares, ...changes], true).filter(
          (h) =>
            h.start > (shares[0] as ShareHit).end &&
            EARLIER_AT_END.test(clause.slice(Math.max(0, h.start - 30), h.start)) &&
            OWN_MONTH_AFTER.test(clause.slice(h.end, h.end + 12)),
        )
      : [];
  shares.push(...values, ...earlier);
  const ranks = findRanks(clause);
  // a difference in tonnes ("a drop of 312 tonnes") is a change, not also a level; nor is a gap
  // between destinations or products ("the difference between magnets and rare earths was 1,773.7 t")
  const levels = findLevels(clause).filter(
    (l) =>
      !changes.some((c) => c.unit === "t" && l.start < c.end && l.end > c.start) &&
      !namesDifference(clause, l.start),
  );
  const money = findMoney(clause);
  const figures: Figure[] = [];
  for (const c of changes) {
    const own = baseDestination(clause, c, partners, series);
    if (
      own === null ||
      !isTrade(c.start, c.end) ||
      /\b(?:not|never)\s(?:\w+\s)?$/i.test(clause.slice(Math.max(0, c.start - 20), c.start))
    )
      continue;
    // "a gap of 277 t between the US and Japan": the first is the figure's, the second its base
    const pair = c.between
      ? partners.filter((p) => c.between && p.start >= c.between.start && p.end <= c.between.end)
      : [];
    // "... topped those to Japan by 277 t" with no other destination named: whose figure is unknown
    if (c.between && pair.length !== 2) continue;
    const versus =
      pair.length === 2
        ? (pair[1] as PartnerMention)
        : c.unit === "t"
          ? versusPartner(clause, c.end, partners)
          : c.unit === "%" && c.of === undefined
            ? ratioPartner(clause, c.start, c.end, partners)
            : null;
    // "magnets were 12% higher than rare earths", "656 t more than rare earth exports", "outstripped
    // rare earth exports by 656 t": another product's figure of the same month is the base
    const product =
      versus !== null || c.of !== undefined || c.unit === "pp"
        ? null
        : c.object !== undefined
          ? objectProduct(c.object, series)
          : ratioProduct(clause, c.start, c.end, series);
    const extra = {
      halfUnit: c.halfUnit,
      ...(versus ? { versus: versus.value } : {}),
      ...(product ? { versusSeries: product.value } : {}),
      ...(c.readings ? { readings: c.readings } : {}),
      ...(c.unsigned ? { unsigned: true } : {}),
      ...(c.range ? { range: true as const } : {}),
      ...baseFigure(clause, c, levels),
    };
    figures.push({
      start: c.start,
      end: c.end,
      kind: "change",
      ...(c.unit === "pp" ? { ofShare: true } : {}),
      ...(product !== null && c.object !== undefined ? { object: c.object } : {}),
      ...(own ? { partner: { value: own.value, why: clause.slice(own.start, own.end) } } : {}),
      ...(pair.length === 2 && !own
        ? { partner: { value: pair[0]?.value as string, why: "the gap's first destination" } }
        : {}),
      baseNamed:
        c.basis !== null ||
        c.respective !== undefined ||
        versus !== null ||
        product !== null ||
        mentions.some(
          (m) =>
            m.role === "base" &&
            !laterChangeOwns(clause, c, m, changes) &&
            !participleOwns(clause, c, m) &&
            !earlierRate(clause, c, m),
        ),
      ...(mentions.some((m) => m.role === "base" && participleOwns(clause, c, m))
        ? { participleBasis: (p: string | null) => changeBasis(clause, c, mentions, p, changes, true) }
        : {}),
      ...(c.basis === null && pointsBack(clause, c.start, c.end) ? { baseBack: true } : {}),
      stated: (p) => ({
        type: "change",
        pct: c.pct,
        unit: c.unit,
        basis: changeBasis(clause, c, mentions, p, changes),
        direction: c.pct < 0 ? "down" : "up",
        hedge: c.hedge,
        low: c.low,
        high: c.high,
        ...(c.firm ? { firm: c.firm } : {}),
        raw: clause.slice(c.start, c.end),
        ...extra,
      }),
    });
  }
  // tonnages, and values in money (a level in its currency)
  for (const l of [...levels, ...money]) {
    if (!isTrade(l.start, l.end, series.length > 0)) continue;
    figures.push({
      start: l.start,
      end: l.end,
      kind: "level",
      level: true,
      ...("unitGuessed" in l && l.unitGuessed ? { unit: "default" as const } : {}),
      ...("unitShared" in l && l.unitShared ? { unit: "carried" as const } : {}),
      ...("list" in l && l.list ? { list: l.list } : {}),
      stated: () => ({
        type: "level",
        value: l.value,
        unit: l.unit,
        hedge: l.hedge,
        low: l.low,
        high: l.high,
        ...(l.firm ? { firm: l.firm } : {}),
        raw: clause.slice(l.start, l.end),
        halfUnit: l.halfUnit,
        ...("range" in l && l.range ? { range: true as const } : {}),
      }),
    });
  }
  for (const r of ranks) {
    // "207 t below the all-time high" says how far from the record, not that the month is one;
    // "..., as buyers rebuilt their stocks. It shipped a record 6,217 t of the 17 minerals": a rank in
    // a clause that names its product is of its trade, as the tonnage beside it is
    if (
      !isTrade(r.start, r.end, series.length > 0) ||
      changes.some((c) => c.basis === "record" && r.start < c.end && r.end > c.start)
    )
      continue;
    // "the highest US figure since January": a destination inside the rank's words is its own
    const inside = partners.find((p) => !p.weak && p.start > r.start && p.end <= r.end);
    figures.push({
      start: r.start,
      end: r.end,
      kind: "rank",
      ...(inside ? { partner: { value: inside.value, why: clause.slice(inside.start, inside.end) } } : {}),
      stated: (p) => rankStated(clause, r, mentions, p),
    });
  }
  const placed = findDestinationRanks(clause, partners);
  // "..., and ranked fourth among destinations", "It was the second-largest destination": a place
  // whose destination the clause leaves out is the one the reading of the figure finds
  const unnamed = placed.length === 0 ? findUnnamedDestinationRank(clause) : null;
  if (unnamed !== null && !ranks.some((x) => unnamed.start < x.end && unnamed.end > x.start))
    figures.push({
      start: unnamed.start,
      end: unnamed.end,
      kind: "rank",
      stated: () => ({
        type: "rank",
        n: unnamed.n,
        direction: "high",
        scope: { type: "destinations" },
        raw: clause.slice(unnamed.start, unnamed.end),
      }),
    });
  for (const r of placed) {
    if (ranks.some((x) => r.start < x.end && r.end > x.start)) continue;
    figures.push({
      start: r.start,
      end: r.end,
      kind: "rank",
      partner: { value: r.partner.value, why: clause.slice(r.partner.start, r.partner.end) },
      stated: () => ({
        type: "rank",
        n: r.n,
        direction: "high",
        scope: { type: "destinations" },
        raw: clause.slice(r.start, r.end),
        ...(r.above ? { above: r.above } : {}),
      }),
    });
  }
  // "..., and was the fifth-largest destination": a place of the destination the text is on
  for (const s of shares) {
    if (!isTrade(s.start, s.end)) continue;
    // "1,346 t, or 21.9%" is a share only of a part the clause names ("Germany took ..."), not of the
    // total; or of the destination a question or heading being answered names ("Did the US get ten
    // percent?" "564 tonnes, so just under ten percent"), a reading that may support, never contradict
    // "some 582 t, or 9.5%, went to the United States": the part may be named right after, as where it went
    if (
      s.afterLevel &&
      !partners.some(
        (p) => p.end <= s.start || (p.start >= s.end && SENT_TO_AFTER.test(clause.slice(s.end, p.start))),
      ) &&
      state.destinationTopic !== true
    )
      continue;
    figures.push({
      start: s.start,
      end: s.end,
      kind: "share",
      ...(s.afterLevel ? partOf(s, levels) : {}),
      ...(s.movedFrom ? { movedFrom: true } : {}),
      stated: () => ({
        type: "share",
        pct: s.pct,
        hedge: s.hedge,
        low: s.low,
        high: s.high,
        ...(s.firm ? { firm: s.firm } : {}),
        raw: clause.slice(s.start, s.end),
        ...movedField(clause.slice(s.start, s.end)),
        halfUnit: s.halfUnit,
        ...(s.of ? { of: s.of } : {}),
        ...(s.measure ? { measure: s.measure } : {}),
        ...(s.whole ? { whole: s.whole } : {}),
      }),
    });
  }
  const directions = findDirections(clause);
  // "less than in July" is a direction against July, unless a change or a verb ("fell below") already says it
  const comparisons = findComparisons(clause).filter(
    (x) =>
      !changes.some((c) => x.start < c.end && x.end > c.start) &&
      !directions.some((v) => v.end <= x.start && x.start - v.end <= 2),
  );
  for (const dir of [...directions, ...comparisons]) {
    // "fell to $1.2 billion" speaks of the value, not the tonnage
    // a run the month broke ("the first decline in three months") does not say the month's own move
    const covered = [
      ...changes,
      ...ranks.filter((r) => r.type === "streak" && !r.before && r.past === undefined),
      ...money,
    ].some(
      (h) =>
        (h.start < dir.end + 45 &&
          h.end > dir.start &&
          h.start >= dir.start - 2 &&
          !SECOND_COMPARISON.test(clause.slice(dir.end, h.start))) ||
        (h.start <= dir.start && h.end >= dir.end),
    );
    // "the US share ... collapsed" moves a share, not a flow
    if (
      covered ||
      !isTrade(dir.start, dir.end) ||
      /\b(?:share|portion|proportion)\b[^,;]{0,60}$/i.test(clause.slice(0, dir.start))
    )
      continue;
    figures.push({
      start: dir.start,
      end: dir.end,
      kind: "direction",
      // "was down on May", "fell from May", "less than in July": a month named as the base names it
      baseNamed: mentions.some((m) => m.role === "base" && m.shape === "month" && m.start >= dir.start),
      stated: (p) => ({
        type: "direction",
        direction: dir.direction,
        basis:
          dir.year !== undefined
            ? sameMonthsOf(dir.year, p)
            : basisFor(clause, dir.start, dir.end, mentions, p, comparisons.includes(dir)),
        raw: clause.slice(dir.start, dir.end),
      }),
    });
  }
  figures.sort((a, b) => a.start - b.start);
  return {
    seg,
    mentions,
    figures,
    changes,
    // the month a rank among the same calendar month names ("the best October on record") is its own
    own: outsideAsides(
      clause,
      ownPeriods(
        clause,
        mentions,
        ranks.filter((r) => r.scope?.type !== "calendar"),
      ),
      figures,
    ),
    series,
    partners,
    reporter: findReporter(clause),
    imports: mentionsChinaImports(clause),
  };
}

/**
 * "more than double the 131 tons shipped to Japan in June": a destination named with the figure a
 * multiple is taken of is the multiple's own (undefined when none is named there), unless the
 * clause before it speaks of another destination or of the total, a comparison across flows that
 * no one flow's months can check (null).
 */
function baseDestination(
  clause: string,
  c: ChangeHit,
  partners: PartnerMention[],
  series: Mention<string>[],
): PartnerMention | null | undefined {
  const of = c.of;
  const named = of ? partners.find((p) => !p.weak && p.start >= of.start && p.end <= of.end) : undefined;
  if (named === undefined) return undefined;
  const before = partners.filter((p) => !p.weak && p.end <= c.start).pop();
  if (before) return before.value === named.value ? named : null;
  const total =
    series.some((m) => m.end <= c.start) ||
    /\b(?:exports|shipments|outbound|overseas sales)\b/i.test(clause.slice(0, c.start));
  return total ? null : named;
}

/** The tonnage a bare percentage follows ("Japan 305 t in November (5%)"): the part it is the share of. */
function partOf(s: Span, levels: LevelHit[]): { partOf?: Span } {
  const l = levels.filter((x) => x.end <= s.start).pop();
  return l ? { partOf: { start: l.start, end: l.end } } : {};
}

/**
 * The words right before a change's stated base figure: "from 4,915 t", "against 5,473 t", "compared
 * with 1,238 t", or a month's own figure right after the change's words ("almost double June's
 * 1,364 t", "up 75% on June's 3,188 t").
 */
const BASE_BEFORE = new RegExp(
  `\\b(?:from|against|versus|vs\\.?|compared\\s(?:with|to))\\s(?:(?:a|an|about|around|roughly|some)\\s)?$|^\\s(?:(?:on|over)\\s)?(?:${ENGLISH_MONTH_NAME})['’]s\\s(?:(?:about|around|roughly|some)\\s)?$`,
  "i",
);

/** Another change, or a turn to one, between a change and a base figure: the figure is the other's. */
const OTHER_CHANGE_BETWEEN = /\d\s?(?:%|pc\b|per\s?cent|percent)|\b(?:but|while|whereas|although)\b/i;

/** The base figure a change states right after it ("rose 25% to 6,146 t from 4,915 t"), as evidence of its base. */
function baseFigure(
  clause: string,
  c: ChangeHit,
  levels: LevelHit[],
): { from?: { value: number; low: number | null; high: number | null } } {
  const l = levels.find(
    (x) =>
      x.start >= c.end &&
      x.start - c.end < 60 &&
      BASE_BEFORE.test(clause.slice(c.end, x.start)) &&
      // "up 113% from November but down 57% from 3,989 t": the base of the change after it
      !OTHER_CHANGE_BETWEEN.test(clause.slice(c.end, x.start)),
  );
  return l ? { from: { value: l.value, low: l.low, high: l.high } } : {};
}

/** A comparison that ends its words, or a preposition right after them, then a pointer back: "60% below that". */
const BACK_AFTER =
  /^\s(?:(?:below|above|under|over|short of|lower than|higher than|less than|more than|than|from|on)\s)?(?:that|this|it|those|these|the latter|the (?:earlier|previous|former)(?=\s(?:level|figure|total|amount|volume|tonnage|peak|trough|tally|high|low)\b))(?:\s(?:level|figure|total|amount|volume|tonnage|number|peak|trough|mark|tally|high|low))?\b(?!['’]|\s(?:of|month|year|period|quarter|time)\b)/i;
const COMPARES_AT_END =
  /\b(?:below|above|under|over|lower|higher|less|more|short of|than|from|on|times|fold|double|triple|treble|quadruple)$|\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?:\sof)?$/i;

/**
 * The change's base is a figure the text named before and now points back to ("In January the US
 * took 877 t; June was 60% below that"): not the month before, whatever the text's habit.
 */
export function pointsBack(clause: string, start: number, end: number): boolean {
  const m = BACK_AFTER.exec(clause.slice(end, end + 40));
  if (!m) return false;
  // the pointer needs a comparison word: its own ("below that") or the change's last ("60% below" + " that")
  return (
    /^\s(?:below|above|under|over|short|lower|higher|less|more|than|from|on)\b/i.test(m[0]) ||
    COMPARES_AT_END.test(clause.slice(start, end))
  );
}
