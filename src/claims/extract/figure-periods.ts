// The period a figure is of when its clause says more than one: a rank's (of the level it introduces,
// or in a relative clause the level it follows), a change between two months ("from 246 t in April
// to 46 t in May"), a month taken up by ", when", a share's month right after it, a year named as a
// change's base, a month a "below that" points back to, and a span cut to the latest month a story
// could report.

import { parsePeriod } from "../../domain/period.js";
import { possessivePeriod, type Span } from "./attach.js";
import { levelPeriod, relativePeriod } from "./bases.js";
import { basisIn } from "./change-bases.js";
import { fromIndex, parseMonth, type PeriodMention } from "./periods.js";
import type { ClauseRead, Figure } from "./read-clause.js";
import { levelReachedInSpan } from "./span-levels.js";
import { allMatches } from "./all-matches.js";

/**
 * The periods a share may be of: the clause's own, and a month right after the share even where it
 * names a comparison ("rose to 11% in June from 4% in May": 4% is May's share).
 */
export function sharePeriods(c: ClauseRead, f: Figure) {
  const clause = c.seg.text;
  const next = c.mentions.find(
    (m) => m.start >= f.end && /^,?\s(?:in|during|for)\s/i.test(clause.slice(f.end, m.start + 4)),
  );
  if (!next || next.role === "main" || next.start - f.end > 12) return c.own;
  return [...c.own, next].sort((a, b) => a.start - b.start);
}

/** Around a month named as the holder of a record: "the record high recorded last January", "January remains the top month". */
const RECORD_HOLDER_BEFORE =
  /\bthe\s(?:[\w-]+\s){0,2}?(?:record|peak|high|top|best)\b(?:\s[\w-]+)?\s(?:recorded|set|seen|reached|hit|posted|registered)\s(?:(?:back\s)?in\s)?(?:(?:last|this)\s)?$|\b(?:the\s)?only\s(?:[\w-]+\s)?(?:bigger|higher|larger|stronger|better|busier|heavier|smaller|lower|weaker)\s(?:one|month|figure|total|tally)\s(?:was|came\sin|had\sbeen)\s$/i;
const RECORD_HOLDER_AFTER =
  /^['’]s\s[~≈]?\d[\d,.]*\s?(?:t|tons?|tonnes|kg)\s(?:remains|(?:is|was)\sstill|still\s(?:stands|holds))\s(?:the\s)?(?:(?:all-time|monthly|single)\s)?(?:top|record|highest|biggest|largest|peak|best)\b|^(?:['’]s)?\s(?:(?:still|also)\s)?(?:remains|remained|is|was|stands|stood|holds|held)\s(?:still\s)?(?:as\s)?(?:the\s)?(?:(?:all-time|monthly|single)\s)?(?:top|record|highest|biggest|largest|peak|best)\b/i;

/** The same in Korean, Japanese and Chinese: "가장 많았던 달은 (590톤을 기록했던) 8월", "最も多かったのは8月", "最多的是8月". */
const RECORD_HOLDER_BEFORE_CJK =
  /(?:가장\s?(?:많았던|적었던|컸던|높았던|낮았던)\s?달은|最も(?:多|少)かった(?:の|月)は|(?:最多|最高|最少|最低)的(?:月份)?是)(?:[^.。!?！？]|\.(?=\d)){0,30}$/;

/**
 * A month the sentence names only as a record's holder: the story goes on about the month it was
 * on, not about the record's ("... still below the record high recorded last January. Compared with
 * the previous month, exports rose 12%").
 */
export function recordHolder(clause: string, m: Span): boolean {
  return (
    RECORD_HOLDER_BEFORE.test(clause.slice(Math.max(0, m.start - 60), m.start)) ||
    RECORD_HOLDER_BEFORE_CJK.test(clause.slice(Math.max(0, m.start - 50), m.start)) ||
    RECORD_HOLDER_AFTER.test(clause.slice(m.end, m.end + 50))
  );
}

/**
 * A span that runs past the latest month a story could report: cut to that month when two or more
 * of its months are out, kept whole when only its first is; null for a span that is over.
 */
export function unfinishedSpan(period: string | null, latest: number | null): string | null {
  const span = period === null || latest === null ? null : parsePeriod(period);
  if (span === null || span.kind === "month" || latest === null) return null;
  const [start, end] = [parseMonth(span.start), parseMonth(span.end)];
  if (start === null || end === null || end <= latest || start > latest) return null;
  return start === latest ? (period as string) : `${span.start}..${fromIndex(latest)}`;
}

/** "a seven-month high of 6,146 t in August": a rank said of a level takes that level's period. */
/** Between a rank and the level it introduces: "a high of", "a record at". */
const RANK_OF =
  /^\s(?:of|at)\s(?:(?:about|around|nearly|almost|some|roughly|just over|just under|more than)\s)?$/i;
/** A rank whose noun the level follows with nothing between: "a record 6,357 t", "a record high 7,742 t". */
const RANK_NOUN_END = /\b(?:record|high|low|peak)$/i;
const RIGHT_BEFORE = /^\s(?:(?:about|around|nearly|almost|some|roughly|just over|just under|more than)\s)?$/i;
/** Between a run and the level it ran to: "sliding for three consecutive months to 4,000 t in September". */
const RUN_TO =
  /^\s(?:down\s|up\s)?to\s(?:(?:about|around|nearly|almost|some|roughly|just over|just under)\s)?$/i;
const RECORD_HOLDER_END = /\brecord\b.*\b(?:remains|is|was|stands at|belongs to|still)$/i;
const HELD_BY = /^\s[A-Z][a-z]+['’]s\s$/;
/** A rank's words that end by taking a month: "peaked in", "bottomed out during". */
const IN_END = /\s(?:in|during)$/i;
/** Between a month (with its tonnage in brackets) and a rank set beside it as a noun: "May (1,238 t), the ". */
const MONTH_APPOSED = /^(?:\s\([^()]{1,40}\))?,\s(?:the|its)\s$/;
/** A rank whose noun is a month: "worst month of last year", "strongest month so far". */
const MONTH_NOUN = /\bmonth\b/i;

/**
 * "nearly five times what it sent in May (1,238 t), the worst month of last year": a rank told as a
 * noun beside a month, after a comma, is that month's, whatever month the clause is about.
 */
function apposedMonth(c: ClauseRead, f: Figure): PeriodMention | undefined {
  const clause = c.seg.text;
  if (!MONTH_NOUN.test(clause.slice(f.start, f.end))) return undefined;
  return c.mentions.find(
    (m) => m.shape === "month" && m.end <= f.start && MONTH_APPOSED.test(clause.slice(m.end, f.start)),
  );
}

/** Right before a rank in brackets: "(", "(a ", "(the ", "(its ". */
const BRACKET_OPENS = /^\s?\((?:the\s|a\s|an\s|its\s|their\s)?$/i;

/**
 * "the 619 t shipped to the United States in July (a six-month high)": a rank in brackets right after
 * a month is said of that month, whatever month the clause opened with.
 */
function bracketedAfterMonth(c: ClauseRead, f: Figure): PeriodMention | undefined {
  const clause = c.seg.text;
  return c.mentions.find(
    (m) => m.shape === "month" && m.end <= f.start && BRACKET_OPENS.test(clause.slice(m.end, f.start)),
  );
}

/**
 * The level a rank is said of, right after it: "a record 6,357 t", "the record for magnets remains
 * January's 6,357 t", "a peak of 7,742 t", "slid for three months to 4,000 t in September".
 */
export function levelOfRank(c: ClauseRead, f: Figure, period: string | null): Figure | undefined {
  const clause = c.seg.text;
  // "the record for magnets remains January's 6,357 t": the record is the month's whose figure follows
  const holder = RECORD_HOLDER_END.test(clause.slice(f.start, f.end));
  return c.figures.find(
    (x) =>
      x.level === true &&
      x.start >= f.end &&
      (RANK_OF.test(clause.slice(f.end, x.start)) ||
        (RANK_NOUN_END.test(clause.slice(f.start, f.end)) &&
          RIGHT_BEFORE.test(clause.slice(f.end, x.start))) ||
        (holder && HELD_BY.test(clause.slice(f.end, x.start))) ||
        (RUN_TO.test(clause.slice(f.end, x.start)) && f.stated(period).type === "streak")),
  );
}

/**
 * The period a rank is said of: that of the level it introduces ("down from a seven-month high of
 * 6,146 tons in August" is August's rank), or the base month when it is the starting point ("fell
 * from a six-month high"); otherwise the clause's.
 */
export function rankPeriod(c: ClauseRead, f: Figure, period: string | null): string | null {
  const clause = c.seg.text;
  const g = levelOfRank(c, f, period);
  // "from 6,146 tons in August (the highest point in seven months)": a rank set in brackets right
  // after a tonnage is that tonnage's, of its own month (after a comma it may be the clause's)
  const h =
    g ??
    c.figures.find(
      (x) => x.level === true && x.end <= f.start && RANK_APPOSED.test(clause.slice(x.end, f.start)),
    );
  // "peaked in January ... and bottomed out in May": the month the rank's own "in" takes
  const taken = IN_END.test(clause.slice(f.start, f.end))
    ? c.mentions.find((m) => m.shape === "month" && m.start >= f.end && m.start <= f.end + 1)
    : undefined;
  // "against a record of 305 tons a month before": the level's month counted from the clause's
  const named = h
    ? (possessivePeriod(clause, c.mentions, h)?.period ??
      levelPeriod(clause, h.start, h.end, c.mentions, c.changes, null) ??
      relativePeriod(clause, h.start, h.end, true, period))
    : (taken?.period ?? apposedMonth(c, f)?.period ?? bracketedAfterMonth(c, f)?.period ?? null);
  // "That was the highest since the controls began in April": the month a "since" window counts
  // from is not the month ranked, which is then the one the clause goes on about
  const dating = c.mentions.filter((m) => m.windowEvent !== true);
  const own =
    c.mentions.some((m) => m.windowEvent === true && m.period === period) &&
    !dating.some((m) => m.period === period)
      ? null
      : period;
  const at = named ?? levelPeriod(clause, f.start, f.end, dating, c.changes, own);
  // "four straight monthly gains up to October", "from July to September": a run is counted to the
  // last month of the span it is said over (not a whole year, which names no month the run reached)
  const span = at === null ? null : parsePeriod(at);
  if (span?.kind !== "range" || f.stated(at).type !== "streak") return at;
  const wholeYear = span.start.endsWith("-01") && span.end === `${span.start.slice(0, 4)}-12`;
  return wholeYear ? at : span.end;
}

/** Words that send a run on after the month told before them: "before declining", "then fell". */
const THEN_RUN =
  /\b(?:before|then|thereafter|subsequently|after that|after which|since then)\s(?:(?:have|has|had)\s)?(?:[a-z]+\s){0,2}(?:for\s)?(?:a\s|the\s)?$/i;

/**
 * "rose to 6,146 t in August before declining for two straight months", "peaked in August, then fell
 * for two consecutive months": a run told after the clause's month runs on from it, so it is
 * counted to that month plus its length. Null when the run is the month's own or a month follows.
 */
export function runAfterMonth(c: ClauseRead, f: Figure, period: string | null): string | null {
  const s = f.stated(period);
  if (s.type !== "streak" || s.before === true) return null;
  const clause = c.seg.text;
  const from = Math.max(0, f.start - 50);
  const m = THEN_RUN.exec(clause.slice(from, f.start));
  if (m === null) return null;
  const at = from + m.index;
  const months = c.mentions.filter((x) => x.shape === "month");
  // the run goes on from the last month told before it ("... May before rebounding to ... in August, then")
  const last = months.filter((x) => x.end <= at).at(-1);
  const i = last === undefined ? null : parseMonth(last.period);
  if (i === null || months.some((x) => x.start >= at)) return null;
  return fromIndex(i + s.n);
}

/**
 * Between a tonnage (and its month) and a rank set in brackets beside it: " in August (the "; or, in
 * Korean, Japanese and Chinese, a particle that makes the tonnage the rank's ("8월 6,146톤으로 올해
 * 최고치를 찍었다", "6,150トンで過去2番目", "6146吨，创7个月新高"), where the month comes before the tonnage.
 */
const RANK_APPOSED =
  /^(?:(?:\s(?:in|for|during)\s[A-Z][a-z]+\.?(?:\s\d{4})?)?\s\((?:the\s|a\s|an\s|its\s)?|\s?(?:으로|로|で、?|[，、]\s?(?:为|為|创|創)?|,\s?(?:为|為|创|創))\s?)$/;

/** Right before the first figure of "from 1,364 t to 2,568.8 t", and before the second. */
const FROM_FIGURE = /\bfrom\s(?:(?:about|around|roughly|some|nearly|almost|just over|just under)\s)?$/i;
const TO_FIGURE = /\bto\s(?:(?:about|around|roughly|some|nearly|almost|just over|just under)\s)?$/i;
/** Between the two figures of a pair in brackets: "(6,357 t to 1,238 t)", "(3,188 t → 5,577 t)". */
const BRACKETED_TO = /^\s(?:to|→|->)\s(?:(?:about|around|roughly|some|nearly|almost)\s)?$/i;

/**
 * "Between April and May, exports to the US shrank from 246 t to 46 t", "fell by a third between
 * March and April": a change over two months is the later month's against the earlier, and the
 * figures it runs from and to are each of its own month. Not a total over the months ("Between June
 * and November, China exported 33,321 t"): only a change, or the ends of "from ... to ...".
 */
export function pairOf(
  c: ClauseRead,
  own: PeriodMention,
  f: Figure,
): { period: string; basis?: string } | null {
  const clause = c.seg.text;
  const words = clause.slice(own.start, own.end);
  if (own.shape !== "range" || !/^(?:between|from)\s[\s\S]*\s(?:and|to)\s/i.test(words)) return null;
  const [a, b] = own.period.split("..") as [string, string];
  const from = parseMonth(a);
  const to = parseMonth(b);
  if (from === null || to === null) return null;
  const { levels, start, end } = fromToLevels(c);
  // "from April to May" opens a span as well: only the ends given as figures make it a change
  // as does a level the series moved to ("From May to July, exports sank to 4,937 t")
  const between = /^between\s/i.test(words);
  const paired =
    between || end !== undefined || levels.some((x) => levelReachedInSpan(clause, own, x) !== null);
  if (f.kind === "level") {
    // "between January and May (6,357 t to 1,238 t)": a pair in brackets right after the span runs
    // from its first month to its last
    const second = levels.find((x) => x.start >= f.end && BRACKETED_TO.test(clause.slice(f.end, x.start)));
    if (second && /^\s?\($/.test(clause.slice(own.end, f.start))) return { period: a };
    const first = levels.find((x) => x.end <= f.start && BRACKETED_TO.test(clause.slice(x.end, f.start)));
    if (first && /^\s?\($/.test(clause.slice(own.end, first.start))) return { period: b };
    // "between May (235 t) and December (509 t)": each month's figure in brackets after it
    if (between && f.start > own.start && f.end < own.end) return { period: a };
    if (between && /^\s?\($/.test(clause.slice(own.end, f.start))) return { period: b };
    return f === start && paired ? { period: a } : f === end ? { period: b } : null;
  }
  if ((f.kind !== "change" && f.kind !== "direction") || !paired) return null;
  // "between January and March the total was ..., 5.1% above the first quarter of 2024": a change
  // that names its own base is the span's, against that base
  if (c.mentions.some((m) => m.role === "base" && m.start >= f.start && m.start - f.end <= 40)) return null;
  // "between January and November it shipped 58,193 t, 11.7% more than in the same months of 2024",
  // "..., up 9% on the year": the change's own words name its base, so it is the span's total's
  // ("the monthly gain between October and November" names the pair's own base: it stays the pair's)
  const basis = to - from === 1 ? "mom" : to - from === 12 ? "yoy" : a;
  const named = basisIn(clause.slice(f.start, f.end + 50));
  if (named !== null && named !== basis) return null;
  return { period: b, basis };
}

/**
 * "fell from 590 t in August to 656 t in October": a move told right before the figures it ran from
 * and to, each with its month, ran from the first month to the second, so it is the second month's
 * (its base the first); null when the figures' months are not both named, or not in that order.
 */
export function movedBetweenMonths(c: ClauseRead, f: Figure): string | null {
  if (f.kind !== "change" && f.kind !== "direction") return null;
  const clause = c.seg.text;
  const { start, end } = fromToLevels(c);
  if (start === undefined || end === undefined || start.start < f.end || start.start - f.end > 30)
    return null;
  const monthAfter = (x: Figure) =>
    c.mentions.find(
      (m) => m.shape === "month" && m.start >= x.end && MONTH_OF_FIGURE.test(clause.slice(x.end, m.start)),
    );
  const from = monthAfter(start);
  const to = monthAfter(end);
  if (from === undefined || to === undefined || to.start < end.end || from.period >= to.period) return null;
  return to.period;
}

/** Between a tonnage and the month it is of: " in ", " for ". */
const MONTH_OF_FIGURE = /^\s(?:in|for|during)\s$/i;

/** A clause's levels, and the one it runs from ("from 877 t") and the one it runs to after it ("to 46 t"). */
function fromToLevels(c: ClauseRead): { levels: Figure[]; start?: Figure; end?: Figure } {
  const clause = c.seg.text;
  const levels = c.figures.filter((x) => x.kind === "level");
  const start = levels.find((x) => FROM_FIGURE.test(clause.slice(Math.max(0, x.start - 24), x.start)));
  const end = start
    ? levels.find(
        (x) => x.start > start.end && TO_FIGURE.test(clause.slice(Math.max(0, x.start - 24), x.start)),
      )
    : undefined;
  return { levels, start, end };
}

/**
 * "How far did US-bound magnets fall between January and May?" answered "From 877 t to 46 t, a drop
 * of 831 t": a span of two months the clause carries (from a question or the sentence before) pairs
 * its ends with the figures the clause runs from and to, and a change after them is the later
 * month's against the earlier. Carried, so it may bear the figures out, never refute them.
 */
export function carriedPair(
  c: ClauseRead,
  f: Figure,
  from: { value: string; why: string } | null,
): { period: string; basis?: string } | null {
  if (from === null || !/^(?:between|from)\s[\s\S]*\s(?:and|to|through)\s/i.test(from.why)) return null;
  const [a, b] = from.value.split("..") as [string, string | undefined];
  const i = parseMonth(a);
  const j = b === undefined ? null : parseMonth(b);
  if (i === null || j === null || b === undefined || j <= i) return null;
  // "Did exports rise from October to November?" "By 12.4%.": the move asked about runs over the pair
  const basis = j - i === 1 ? "mom" : j - i === 12 ? "yoy" : a;
  if (f.answersMove === true && /^from\s/i.test(from.why)) return { period: b, basis };
  const { start, end } = fromToLevels(c);
  if (start === undefined || end === undefined) return null;
  if (f === start) return { period: a };
  if (f === end) return { period: b };
  // the move told after the pair ("..., a drop of 831 t") or right before it ("fell from 877 t to 46 t")
  const moves = f.kind === "change" || f.kind === "direction";
  if (
    moves &&
    (f.start >= end.end ||
      (f.end <= start.start && MOVE_INTO_PAIR.test(c.seg.text.slice(f.end, start.start))))
  )
    return { period: b, basis };
  return null;
}

/** Between a move and the pair it runs over: " from", " sharply from", " 77% from", " by 77% from". */
const MOVE_INTO_PAIR =
  /^\s(?:[a-z]+ly\s)?(?:(?:by\s)?[\d.,]+\s?(?:%|per\s?cent|percent|t|tonnes|tons)\s)?from\s(?:(?:about|around|roughly|some|nearly|almost)\s)?$/i;

/**
 * ", when", ", whose" or ", which marked" after a month, then no other period before the figure: the
 * figure is of that month ("slightly less than in July, which marked a record high" is July's record).
 * "When" needs no comma: "compared with 8.6 t in July when volumes more than doubled from June" is
 * July's doubling, as reporters leave the comma out before "when" as often as not.
 */
export function whenMonth(
  clause: string,
  mentions: PeriodMention[],
  f: Figure,
): { period: string; at: number } | null {
  const w = allMatches(
    /(?:,\s(?=(?:when|whose|which (?:saw|marked|set|hit|reached|was|had been|proved|became)|at which (?:point|time)|by which time)\b)|\s(?=when\b))/gi,
    clause.slice(0, f.start),
  ).pop();
  if (w === undefined) return null;
  const m = mentions.filter((x) => x.end <= w.index).pop();
  if (m === undefined || m.shape !== "month" || w.index - m.end > 24) return null;
  if (mentions.some((x) => x.start > w.index && x.start < f.start)) return null;
  // "Compared with October 2024, when 4,725 t left, shipments were up 15.8%": past the comma that
  // closes an aside on the month compared with, the figure is the main clause's, not that month's
  // so is one after "Since June, when Japan took 131 t, its purchases have more than doubled": the
  // month a move runs since
  if ((m.role === "base" || m.role === "since") && /,\s/.test(clause.slice(w.index + 1, f.start)))
    return null;
  return { period: m.period, at: w.index };
}

/**
 * True when the period found for a figure inside a ", when" aside lies past the comma that closes
 * the aside: "Compared with May, when exports were down by half from April, November's volume was
 * five times as large": the halving is May's, November is the main clause's.
 */
export function pastAside(clause: string, f: Figure, own: { start: number }): boolean {
  return own.start >= f.end && /,\s/.test(clause.slice(f.end, own.start));
}

/** "fell 6% from 2023", "1.3% lower than in 2024": the year a change is measured against, named after it. */
const BASE_YEAR_AFTER =
  /^\s(?:[\w-]+\s){0,2}?(?:from|than|on|over|versus|vs\.?|against|compared (?:with|to))\s(?:(?:in|the|levels? (?:of|in))\s){0,2}((?:19|20)\d{2})\b(?![-/]\d)/i;

/** True when a full year's change names the year before it as its base. */
export function yearBefore(clause: string, end: number, period: string | null): boolean {
  const full = period === null ? null : /^(\d{4})-01\.\.\1-12$/.exec(period);
  const m = full ? BASE_YEAR_AFTER.exec(clause.slice(end, end + 60)) : null;
  return m !== null && Number(m[1]) === Number(full?.[1]) - 1;
}

/**
 * A clause that opens on a rank set after the clause before, on a dash and a relative pronoun ("- which
 * was the") or an article ("the", "— the", "a"): "After slumping to 1,238 t in May, the lowest in five
 * years, exports recovered".
 */
const DASHED_RELATIVE = /^\s*[-–—]\s(?:which|that)\s[^,;]{0,50}$/i;
const SET_OFF_RANK = /^\s*(?:[,–—-]\s*)?(?:the|a|its|their)\s$/i;
/** Before a level that is a comparison's base: "from 689 t", "than the 5,473 t". */
const BASE_LEVEL_BEFORE =
  /\b(?:from|than|against|versus|vs\.?|compared\s(?:with|to)|over)\s(?:the\s)?(?:[a-z]+\s)?$/i;
/** Between a figure and a rank said of it in a relative clause: "418 t (in July), which traders call the". */
const RELATIVE_GAP = /^(?:\s(?:in|for|during)\s[^,;()]{1,24})?,\s(?:which|that)\s[^,;]{0,50}$/i;

/**
 * "below July's 418 tonnes, which traders call the highest this year": a rank in a relative clause is
 * said of the level it follows, so that level's own month is the rank's.
 */
export function relativeAntecedent(c: ClauseRead, f: Figure, before?: ClauseRead): PeriodMention | null {
  const clause = c.seg.text;
  const g = c.figures.filter((x) => x.kind === "level" && x.end <= f.start).pop();
  // "up from 1,238 t in May - which was the lowest in the data": a relative clause set off by a dash
  // is a clause of its own, said of the level that closes the clause before it; so is a rank set in
  // apposition after a comma or a dash ("After slumping to 1,238 t in May, the lowest in five years")
  const opening = clause.slice(0, f.start);
  const setOff = SET_OFF_RANK.test(opening);
  if (g === undefined && before !== undefined && (DASHED_RELATIVE.test(opening) || setOff)) {
    const h = before.figures.filter((x) => x.kind === "level").pop();
    const rest = h === undefined ? "" : before.seg.text.slice(h.end);
    if (h === undefined || !/^(?:\s(?:in|for|during)\s[^,;()]{1,24})?\s*$/i.test(rest)) return null;
    // "down 93% from 689 t in May 2024 - the lowest for the US": a base is not what the rank is of
    if (setOff && BASE_LEVEL_BEFORE.test(before.seg.text.slice(Math.max(0, h.start - 30), h.start)))
      return null;
    return (
      possessivePeriod(before.seg.text, before.mentions, h) ??
      before.mentions.find((m) => m.start >= h.end && m.shape === "month") ??
      null
    );
  }
  if (g === undefined || !RELATIVE_GAP.test(clause.slice(g.end, f.start))) return null;
  return (
    possessivePeriod(clause, c.mentions, g) ??
    c.mentions.find((m) => m.start >= g.end && m.end <= f.start && m.shape === "month") ??
    null
  );
}

/** The month of the figure a "below that" points back to: the last dated before it in the clause or sentence. */
export function pointedMonth(
  c: ClauseRead,
  f: Figure,
  claimPeriod: string | null,
  nearest: <T>(pick: (x: ClauseRead) => T | null, side?: "before" | "after" | "both") => T | null,
): string | null {
  const other = (m: PeriodMention) => m.shape === "month" && m.period !== claimPeriod;
  const inClause = c.own.filter((m) => m.end <= f.start && other(m)).pop();
  const month = inClause?.period ?? nearest((x) => x.own.filter(other).pop()?.period ?? null, "before");
  return baseOfMonth(month, claimPeriod);
}

/** A month before the claim's as the change's base: "mom", "yoy" or the month itself; null if not before. */
export function baseOfMonth(month: string | null, claimPeriod: string | null): string | null {
  const own = parseMonth(claimPeriod ?? "");
  const base = parseMonth(month ?? "");
  if (own === null || base === null || base >= own) return null;
  return own - base === 1 ? "mom" : own - base === 12 ? "yoy" : (month as string);
}

/** A span set before a clause's subject noun: "January-November cumulative exports", "Jan-Nov shipments". */
const SPAN_SUBJECT =
  /^(?:['’]s)?\s(?:(?:cumulative|combined|total|overall|magnet|rare[- ]earth|permanent)\s){0,3}(?:exports|shipments|sales|volumes|deliveries)\b/i;

/**
 * A clause whose span of months is part of its own subject ("January-November cumulative exports
 * were 51.44 kt"), with no destination or another one than `partner`: the span is that subject's, so
 * a later clause naming a destination of its own is not dated by it for certain.
 */
export function subjectSpan(x: ClauseRead, partner: string): boolean {
  const m = x.own[0];
  if (m === undefined || m.shape !== "range") return false;
  const clause = x.seg.text;
  return (
    /^(?:(?:and|but|while|whereas)\s)?(?:the\s)?(?:(?:cumulative|combined|total|overall)\s)?$/i.test(
      clause.slice(0, m.start).trimStart(),
    ) &&
    SPAN_SUBJECT.test(clause.slice(m.end)) &&
    !x.partners.some((p) => p.value === partner)
  );
}

/**
 * A period named inside brackets with a figure of its own: "1,118 t (Sept: 1,288 t)", "(1,288 t in
 * September)"; not brackets that only date what stands before them ("YTD (Jan-Aug) metal 2,384t").
 */
export function inBrackets(clause: string, m: Span): boolean {
  const before = clause.slice(0, m.start);
  const open = before.lastIndexOf("(");
  if (open <= before.lastIndexOf(")")) return false;
  const close = clause.indexOf(")", m.end);
  const rest = clause.slice(open + 1, m.start) + clause.slice(m.end, close < 0 ? undefined : close);
  return /\d/.test(rest);
}

/**
 * A year that names the total a level is: "above the full-year 2024 total of 55,431 t", "the 2024
 * tally (58,152 t)", "2023's annual total was 52,307 t". The level is that year's, whatever span the
 * rest of the clause is about; a month's or a part's year ("the December 2025 total of 5,952 t",
 * "the H1 2025 total") names no whole year.
 */
const YEAR_TOTAL_BEFORE =
  /(?<!\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|H[12]|Q[1-4]|half|quarter|months?|period)\.?[\s-])\b((?:19|20)\d{2})(?:['’]s)?\s(?:(?:full[- ]year|whole[- ]year|calendar[- ]year|annual|yearly)\s)?(?:total|tally|figure|volume|amount|sum)\s?(?:\(|of\s|was\s|came\sto\s|stood\sat\s|at\s|:\s)(?:(?:about|around|some|roughly|nearly|almost|just\sover|just\sunder|over|under)\s)?$/i;

/** The whole year a level is the total of, by the words right before it, or null. */
export function yearTotalBefore(clause: string, start: number): string | null {
  const words = clause.slice(Math.max(0, start - 70), start);
  if (!/(?:19|20)\d{2}/.test(words)) return null;
  const m = YEAR_TOTAL_BEFORE.exec(words);
  return m ? `${m[1]}-01..${m[1]}-12` : null;
}

/** Between the two ends of a span of months: "January to October", "Januari hingga Oktober". */
const SPAN_JOIN =
  /^\s?(?:to|through|thru|until|till|-|–|hingga|sampai|a|al|à|bis|до)\s?(?:the\send\sof\s)?$/i;

/**
 * The span from a change's base month to its own month, when the clause names it as one ("rose
 * 10.5% from January to October to 52,699 t"): read as October set against January, the change may
 * as well be of the months from January to October against the same months a year before. Null when
 * the clause does not name the two months as a span, or the base is not an earlier month of the same year.
 */
export function spanOfBase(
  clause: string,
  mentions: PeriodMention[],
  basis: string | undefined,
  period: string | null,
): string | null {
  if (basis === undefined || period === null) return null;
  if (!/^\d{4}-\d{2}$/.test(basis) || !/^\d{4}-\d{2}$/.test(period)) return null;
  if (basis.slice(0, 4) !== period.slice(0, 4) || basis >= period) return null;
  const span = `${basis}..${period}`;
  if (mentions.some((m) => m.period === span)) return span;
  const from = mentions.findIndex((m) => m.period === basis && m.shape === "month");
  const to = from < 0 ? undefined : mentions[from + 1];
  if (to === undefined || to.period !== period) return null;
  return SPAN_JOIN.test(clause.slice(mentions[from]!.end, to.start)) ? span : null;
}
