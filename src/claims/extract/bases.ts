// The comparison base of a change ("from October", "on year", a base figure "from 4,915 t") and
// the period each figure belongs to: "5,473 tonnes in October", "up from 5,473 t" (the base
// month), a rank's window ("highest since March").

import type { Stated } from "../types.js";
import { latin1Stub } from "./all-matches.js";
import { EARLIER_RATE_AFTER, basisAfter, basisIn, priorSpanBasis } from "./change-bases.js";
import type { ChangeHit } from "./find-changes.js";
import type { RankHit } from "./find-ranks.js";
import { ENGLISH_MONTH_NAME, MONTHS, YEAR, parseCount } from "./lexicon.js";
import { fromIndex, parseMonth, resolveMonthName, type PeriodMention } from "./periods.js";
import { sincePolicyMonth, sinceUndatedControls } from "./since-policy.js";
import { isMonth, yearOf } from "../../domain/period.js";

/** A month named by where it stands from the story's: "last month", "the previous month". */
const RELATIVE_MONTH =
  /^(?:(?:from|than|on|over|versus|vs\.?|against)\s)?(?:last|the (?:previous|prior|preceding)) month$/i;

/**
 * Between a move and a month, a comparison of its own: "fell to 1,118 t in October, still more than
 * in June", "which was higher than in June", "rose to 6,150 t, still below January's peak", "rose to
 * 18,043 kg, still below the 26,037 kg shipped in June 2024". The month is that comparison's, not the
 * move's base.
 */
const OTHER_COMPARISON_BEFORE =
  /(?:[,;]\s|\s(?:but|yet|though|although|while)\s)(?:(?:which|that|it|they)\s)?(?:(?:was|were|is|are|stayed|remained|stays|remains|held|stood|still|yet|even|also|well|far|much|slightly|only|way)\s){0,4}(?:(?:more|less|fewer|higher|lower|greater|smaller|larger|bigger)\sthan|below|under|beneath|above|short\sof|shy\sof)\s(?:(?:in|during)\s)?(?:the\s)?(?:(?:about|around|some|roughly)\s)?(?:\d[\d,.]*\s?(?:t|tonnes?|tons?|kg|kilograms?)\s(?:(?:shipped|exported|sent|sold|recorded|reported)\s)?(?:in|during|for)\s)?$/i;

/**
 * A change told against an earlier rate: the period after the other percentage dates that rate, not
 * the change's base. Either the change's words call it a rate ("growth slowed to 15.8% in October
 * from 45% in September", "the pace eased to 3% from 9% in May"), or the other percentage is set
 * against it ("the annual fall narrowing to 15% from 18.9% for the first half", "down 15%, after a
 * drop of 18.9% in the first half").
 */
const RATE_BEFORE_MONTH = /\d\s?(?:%|per\s?cent|percent|pc)\s(?:(?:in|for|during)\s)?$/i;
const RATE_WORDS = /\b(?:growth|pace|rate)\b/i;

export function earlierRate(clause: string, c: ChangeHit, p: PeriodMention): boolean {
  if (p.start < c.end) return false;
  const between = clause.slice(c.end, p.start);
  if (RATE_BEFORE_MONTH.test(between) && RATE_WORDS.test(clause.slice(Math.max(0, c.start - 60), c.end)))
    return true;
  return c.unit === "%" && /\d/.test(clause.slice(c.start, c.end)) && EARLIER_RATE_AFTER.test(between);
}

/** The comparison a change is made against: a named month, `yoy`, or `mom` (the default). */
export function changeBasis(
  clause: string,
  c: ChangeHit,
  mentions: PeriodMention[],
  period: string | null,
  changes: readonly ChangeHit[] = [],
  participle = false,
): string {
  if (c.basis === "record") return "record";
  // "down 6.1% and up 17.5% respectively from August and a year earlier": the base listed in its place
  if (c.respective !== undefined) {
    const at = c.respective === true ? null : c.respective;
    const named =
      at === null
        ? undefined
        : mentions.find((p) => p.shape === "month" && p.start >= at.start && p.end <= at.end);
    if (named !== undefined) return normaliseBasis(resolveBase(named, period), period);
    if (c.basis !== null) return c.basis;
  }
  // "up 148% quarter on quarter" of a quarter, "half on half" of a half: the span just before it
  const prior = period?.includes("..") ? priorSpanBasis(clause.slice(c.start, c.end + 70), period) : null;
  if (prior !== null) return prior;
  // "6월 대비 76% 늘었고, 5월의 46톤보다", "与6月相比大增76%，也较5月": a base month right before the
  // change, with only a Korean, Chinese or Japanese word of comparison between, is the change's own,
  // whatever month follows
  const adjacent = period?.includes("..")
    ? undefined
    : mentions.find(
        (p) =>
          p.role === "base" &&
          p.shape === "month" &&
          p.end <= c.start &&
          CJK_COMPARED_WITH.test(clause.slice(p.end, c.start)),
      );
  if (adjacent) return normaliseBasis(resolveBase(adjacent, period), period);
  const after = mentions.find(
    (p) =>
      p.role === "base" &&
      p.shape === "month" &&
      p.start >= c.start &&
      p.start - c.start < 90 &&
      !laterChangeOwns(clause, c, p, changes) &&
      (participle || !participleOwns(clause, c, p)) &&
      !earlierRate(clause, c, p) &&
      !RANKED_BEHIND.test(clause.slice(Math.max(0, p.start - 60), p.start)),
  );
  // "up 32% year on year and 60.3% from May", "up 75% from the previous month and 4.8% higher than
  // in July 2024": the base words right after the change are its own
  const between = after === undefined ? "" : clause.slice(c.end, after.start);
  const ownWords =
    c.basis !== null &&
    after !== undefined &&
    (YEAR_WORDS.test(between) || basisIn(between) !== null || TURN_BETWEEN.test(between));
  if (after && !ownWords && !OTHER_COMPARISON_BEFORE.test(between)) {
    const base = resolveBase(after, period);
    // "582 t in November ... an 11% decrease from last month", in a story of December: the month the
    // story calls last is the figure's own, so the words mean the month before it
    if (base === period && RELATIVE_MONTH.test(clause.slice(after.start, after.end))) return "mom";
    return normaliseBasis(base, period);
  }
  // "up 8% on the second half of 2024", "rose 8% from the second quarter": a span's change against
  // another span named right after it; one of another length leaves the base unknown
  const spanAfter =
    period !== null && period.includes("..") && c.basis === null
      ? mentions.find(
          (p) =>
            p.role === "base" &&
            p.shape === "range" &&
            p.period !== period &&
            p.start >= c.end &&
            p.start - c.end < 60 &&
            !laterChangeOwns(clause, c, p, changes) &&
            !earlierRate(clause, c, p),
        )
      : undefined;
  if (spanAfter) return spanAfter.period;
  // "down 5.1 percentage points since June", "up 30% since April": the month it runs since is the base
  const since = mentions.find(
    (p) =>
      p.role === "since" &&
      p.shape === "month" &&
      p.start >= c.end &&
      /^,?\s(?:(?:in\s)?(?:total\s|all\s|overall\s))?since\s(?:early\s|mid-?|late\s)?$/i.test(
        clause.slice(c.end, p.start),
      ),
  );
  if (since) return normaliseBasis(resolveBase(since, period), period);
  if (c.basis) return c.basis;
  // "rose 12.4% in November to 6,150 t, against 5,473 t in the previous month": a month said relative
  // to the claim's after the change is its base, before a month named earlier in the clause
  const relative = RELATIVE_BASE_AFTER.exec(clause.slice(c.end, c.end + 90));
  if (relative && !changes.some((x) => x !== c && x.start >= c.end && x.start < c.end + relative[0].length))
    return "mom";
  // "down from 228 t in September and up from 131 t in June (about 73% higher)": a change in brackets
  // right after a base month is that month's, whatever base came earlier in the clause
  // A change over a span of months is never measured against one month: "5,952 t in December, 198 t
  // below November, leaving the year at 57,392 t, 1.3% less than in 2024": November is the other move's
  const before = period?.includes("..")
    ? undefined
    : (mentions.find(
        (p) =>
          p.role === "base" &&
          p.shape === "month" &&
          p.end <= c.start &&
          /^\s?\($/.test(clause.slice(p.end, c.start)),
      ) ??
      mentions.find(
        (p) =>
          p.role === "base" &&
          p.shape === "month" &&
          p.start < c.start &&
          // "fell from June and then recovered in November": the month is the earlier move's base
          !NEXT_MOVE_BETWEEN.test(clause.slice(p.end, c.start)) &&
          !earlierChangeOwns(clause, c, p, changes),
      ));
  if (before) return normaliseBasis(resolveBase(before, period), period);
  // "30,016 t in the second half against 32,569 t in the first, a gap of roughly 2,550 t": a gap with
  // no base of its own lies between the figures of the periods its clause compares; so does a move
  // of a span set against another span ("eased to 30,016 t in the second half, versus ... the first")
  if (period !== null) {
    const other = mentions.find(
      (p) => p.period !== period && p.role !== "since" && p.period.includes("..") === period.includes(".."),
    );
    const compared =
      other !== undefined &&
      period.includes("..") &&
      SET_AGAINST.test(clause.slice(Math.max(0, other.start - 60), other.start));
    if (other && (c.unsigned === true || compared)) return normaliseBasis(resolveBase(other, period), period);
  }
  return period !== null && period.includes("..") ? "yoy" : "mom";
}

/**
 * "fell 30.9% to 4,000.3 t, down 4.3% from September 2024": a base named after another change of the
 * clause is that change's, not the one before it. So is one named right before another change, as
 * Chinese and Japanese set the base before its change ("较上年同月增长32.1%，较11月下降20.1%").
 * The same change said again in another unit ("up 65 tonnes or 14.6% from October's 444 tonnes",
 * "14.6%, or 65 t, on October") shares its base.
 */
export const laterChangeOwns = (
  clause: string,
  c: ChangeHit,
  m: PeriodMention,
  changes: readonly ChangeHit[],
) =>
  m.start >= c.end &&
  changes.some(
    (x) =>
      x !== c &&
      x.start >= c.end &&
      !restates(clause, c, x) &&
      (x.end <= m.start || (x.start >= m.end && CJK_BASE_THEN_CHANGE.test(clause.slice(m.end, x.start)))),
  );

/**
 * "halved in April compared with March and fell a further 52.9% in May": a base month named right
 * after an earlier change of the clause, before a word that joins the next move, is that change's
 * base, not the later change's.
 */
const earlierChangeOwns = (clause: string, c: ChangeHit, m: PeriodMention, changes: readonly ChangeHit[]) =>
  m.end <= c.start &&
  JOINS_NEXT_MOVE.test(clause.slice(m.end, c.start)) &&
  changes.some((x) => x !== c && x.end <= m.start && BASE_WORDS_AFTER.test(clause.slice(x.end, m.start)));

/** From an earlier change to its base month: "in April 2025 compared with ", " from ", " on ". */
const BASE_WORDS_AFTER =
  /^[^.;:%\d]{0,30}?(?:(?:19|20)\d{2}\s)?(?:from|than|on|over|against|versus|vs\.?|compared\s(?:with|to))\s(?:the\s)?$/i;

/**
 * Between that base month and the later change: a word that joins the next move ("and fell", ", then"),
 * after the earlier change's own month if it comes there ("from March in April and dropped").
 */
const JOINS_NEXT_MOVE =
  /^(?:\s?\([^()]{0,20}\))?(?:\s(?:in|for)\s[A-Z][a-z]+(?:\s(?:19|20)\d{2})?)?,?\s(?:and|but|while|then)\s[^,;:]{0,30}$/;

/**
 * What may stand between a base month and its change in Chinese, Korean or Japanese: "11月下降",
 * "6月相比增加", "6월(7742.2t)보다는 22.6% 줄었다", "9월 420.5톤에서 56.1% 증가", "10月の226トンから35％増".
 */
const CJK_BASE_THEN_CHANGE =
  /^(?:份)?(?:の)?(?:\s?\([\d.,천만万千\s]{1,16}(?:톤|t|kg|公?[吨噸]|トン)?\)|\s?[\d.,천만万千]{1,14}\s?(?:톤|t|kg|公?[吨噸]|トン))?\s?(?:相比|比较|比較|보다(?:는)?|대비|에\s비해|에서|より|から|と比べて?)?\s?$/;

/** The same change said again in another unit, right after it: "65 tonnes or 14.6%", "14.6%, or 65 t". */
const restates = (clause: string, c: ChangeHit, x: ChangeHit) =>
  (c.unit === "t") !== (x.unit === "t") && RESTATED.test(clause.slice(c.end, x.start));

const RESTATED =
  /^,?\s(?:or|i\.e\.,?)\s(?:by\s)?(?:(?:about|some|roughly|around|nearly|almost|just over|just under)\s)?$/i;

/** The month before the one a sentence is about, said relative to it: "the previous month", "a month earlier". */
const A_MONTH_BEFORE =
  "(?:a|one) month (?:earlier|ago|before|prior)|the (?:previous|prior|preceding) month|the month before";

/** A base month said relative to the claim's, after a figure: "5,473 t in the previous month". */
const RELATIVE_BASE_AFTER = new RegExp(
  `^[^;:.]*?\\d\\s?(?:%|t|tonnes?|tons?)\\s(?:in\\s)?(?:${A_MONTH_BEFORE})\\b`,
  "i",
);

/** A figure set against another's, before that one's period: "versus 32,569 t in", "against the". */
const SET_AGAINST = /\b(?:versus|vs\.?|against|compared (?:with|to))\s(?:[^;:.]|(?<=\d)\.(?=\d)){0,40}$/i;

/**
 * "climbed 76% in July to 619 t, recovering from the May trough of 46 t": a base named after a
 * comma and a verb in -ing is that verb's (what the recovery ran from), not for certain the change's.
 */
export const participleOwns = (clause: string, c: ChangeHit, m: PeriodMention) =>
  m.start >= c.end && PARTICIPLE_BREAK.test(clause.slice(c.end, m.start));

const PARTICIPLE_BREAK =
  /,\s(?:(?:and|while|thus|so)\s)?(?:\w+ly\s)?(?!(?:according|during|including|excluding|following|notwithstanding|compared)\b)[a-z]{2,}ing\b/i;

/** Only a word of comparison between a month and a change: "6월 대비 76%", "6月相比大增76%", "6月と比べて75%増". */
const CJK_COMPARED_WITH = /^\s?(?:대비|에\s비해|相比|比较|比較|对比|對比|と比べて?)\s?$/;

/**
 * A turn to another comparison between a change whose words name its base and a base month after it:
 * "전월 대비 6% 줄었지만 작년 9월보다는 많은" (down 6% on the month before, but more than last September),
 * "环比下降6%，但高于去年9月", "down 6% month on month, but above last September".
 */
const TURN_BETWEEN = /지만|그러나|반면|但|しかし|が、|\b(?:but|while|whereas|although|though|yet)\b/i;

/** Words that open a later move of the same subject: "and then", "before", "but then", "later". */
const NEXT_MOVE_BETWEEN = /\b(?:and\s(?:then|later|since)|but\sthen|then|before|afterwards|subsequently)\b/i;

const YEAR_WORDS =
  /\b(?:year[- ]on[- ]year|year[- ]over[- ]year|y\/y|yoy|on[- ](?:the[- ])?year|a year (?:earlier|ago|before)|same (?:month|period|time)|last year|month[- ]on[- ]month|m\/m|mom|on[- ](?:the[- ])?month)\b/i;

/** A base month named without a year, resolved before the claim's month. */
function resolveBase(m: PeriodMention, period: string | null): string {
  const own = period === null ? null : parseMonth(period);
  if (m.explicitYear || own === null) return m.period;
  const idx = resolveMonthName(Number(m.period.slice(5)), null, own - 1);
  return idx === null ? m.period : fromIndex(idx);
}

/**
 * The basis of a bare direction or comparison. A comparison ("above September's 228 t", "higher than
 * in September") may look forward: a month named after it without a year that falls later in the
 * same year as the claim's month, by the text's date, is that month, not the one a year before
 * ("Japan's July figure was just above September's" in December is September of the same year).
 */
export function basisFor(
  clause: string,
  s: number,
  e: number,
  mentions: PeriodMention[],
  period: string | null,
  compared = false,
): string {
  const own = compared && period !== null ? parseMonth(period) : null;
  if (own !== null && period !== null) {
    const m = mentions.find(
      (p) => p.role === "base" && p.shape === "month" && p.start >= s && p.start - e < 30,
    );
    const later = m === undefined || m.explicitYear ? null : parseMonth(m.period);
    if (m !== undefined && later !== null && later > own && m.period.slice(0, 4) === period.slice(0, 4))
      return m.period;
  }
  const hit: ChangeHit = {
    start: s,
    end: e,
    pct: 0,
    unit: "%",
    hedge: null,
    basis: null,
    low: null,
    high: null,
  };
  hit.basis = basisAfter(clause, s, e);
  return changeBasis(clause, hit, mentions, period);
}

/**
 * The base of a comparison with a year ("the first half is still well below 2024"): the claim's own
 * months in that year, "yoy" when it is the year before.
 * @example sameMonthsOf(2023, "2025-01..2025-06") // "2023-01..2023-06"
 */
export function sameMonthsOf(year: number, period: string | null): string {
  const end = Number((period ?? "").slice(-7, -3));
  if (period === null || !Number.isInteger(end) || end - year === 1) return "yoy";
  const back = (month: string) => `${Number(month.slice(0, 4)) - (end - year)}${month.slice(4)}`;
  return period.split("..").map(back).join("..");
}

/**
 * A rank's words before the month it ranks behind ("the second-highest this year behind January",
 * "second only behind January"), or a level set beside it ("rose to 6,146 t in August, just behind
 * January's 6,357 t"): the month is the rank's or the level's, not the base of a move in the clause.
 */
const RANKED_BEHIND =
  /(?:\b(?:highest|largest|biggest|best|strongest|busiest|second|third|fourth|fifth|No\.\s?\d|place|spot)\b[^.;:]{0,40}\s|\d\s?(?:t|tonnes|tons)\b[^.;:]{0,30},\s)(?:only\s|just\s|right\s|still\s)?behind\s$/i;

/** The base month named after a change ("from October"), resolved before the claim's month. */
function baseMonth(at: number, mentions: PeriodMention[], period: string | null): string | null {
  const m =
    mentions.find((p) => p.role === "base" && p.shape === "month" && p.start >= at && p.start - at < 90) ??
    mentions.find((p) => p.role === "base" && p.shape === "month" && p.start < at);
  if (!m) return null;
  const own = period === null ? null : parseMonth(period);
  if (m.explicitYear || own === null) return m.period;
  const idx = resolveMonthName(Number(m.period.slice(5)), null, own - 1);
  return idx === null ? m.period : fromIndex(idx);
}

function normaliseBasis(month: string, period: string | null): string {
  const own = period === null ? null : parseMonth(period);
  const base = parseMonth(month);
  if (own === null || base === null) return month;
  if (own - base === 1) return "mom";
  if (own - base === 12) return "yoy";
  return month;
}

/** A tonnage's own period: "5,473 tonnes in October", "up from 5,473 t" (the base), or the clause's. */
/** A period mention may begin with its own preposition ("in 2024"): the gap before it then ends without one. */
function leadingPreposition(clause: string, p: PeriodMention): string {
  return (
    /^(?:in|during|for|of|over|throughout|across|im)\s/i.exec(clause.slice(p.start, p.start + 12))?.[0] ?? ""
  );
}

/**
 * Words right after a level that date it against the claim's own period: "4,725 t a year earlier"
 * (or "prior"),
 * "5,278 tonnes shipped in the same month last year", "in the same period of 2024", "the month before",
 * "the 7,240 t of the same period of 2023".
 */
const YEAR_AGO_AFTER = new RegExp(
  `^,?\\s(?:(?:shipped|exported|sent|recorded|seen|reported|registered)\\s)?(?:(?:in|during|for|over|from|of)\\s)?(?:(?:a|one) year (?:earlier|ago|before|prior)|(?:twelve|12) months (?:earlier|ago|before|prior)|the (?:previous|prior|preceding) year|the year before|(?:the )?(?:year-earlier|year-ago|prior-year) (?:month|period|level|figure|total)|(?:the )?(?:same|corresponding|comparable) (?:month|period|time|months|quarter),?\\s(?:a year (?:earlier|ago|before)|(?:of )?last year|(?:of|in) (?:the )?(?:previous|prior|preceding) year|(?:of|in) (${YEAR})))\\b`,
  "i",
);
/**
 * A change right after such words with no comma between, as translated text orders them ("from a
 * year earlier increase 13%", "the same period last year up 5%"): the words are the change's base.
 * With a comma ("4,627 t a year earlier, up 33%") they still date the level.
 */
const CHANGE_NEXT =
  /^\s(?:(?:an?|by)\s)?(?:increas|decreas|ris|rose|fell|fall|drop|declin|grow|grew|gain|los|climb|jump|slid|up\b|down\b|higher\b|lower\b|more\b|less\b)\w*\s?(?:of\s|by\s)?[+\-−]?\d/i;
const MONTH_AGO_AFTER = new RegExp(
  `^,?\\s(?:(?:in|during)\\s)?(?:${A_MONTH_BEFORE})\\b|^,?\\s(?:im\\s)?Vormonat\\b`,
  "i",
);
/**
 * The month before said after a level in Spanish, Italian, Portuguese, French and Indonesian: "desde
 * 46 toneladas el mes anterior", "da 46 tonnellate il mese precedente", "46 toneladas no mês
 * anterior", "46 tonnes le mois précédent", "dari 46 ton sebulan sebelumnya". Not "bulan lalu" or "el
 * mes pasado": those are the month before publication.
 */
const MONTH_AGO_AFTER_INTL =
  /^,?\s(?:(?:en|in|nel|no|na|au|pada)\s)?(?:(?:el|il|o|le|du|del|do)\s)?(?:mes\santerior|mese\sprecedente|mês\santerior|mois\sprécédent|un\smes\santes|un\smese\sprima|um\smês\santes|un\smois\splus\stôt|(?:se)?bulan\ssebelumnya)(?![\p{L}])/iu;
/** German "im Vorjahresmonat", Indonesian "yang dikirim pada bulan yang sama tahun lalu" after a level. */
const YEAR_AGO_AFTER_INTL =
  /^,?\s(?:(?:im\s)?(?:Vorjahresmonat|Vorjahreszeitraum|Vorjahr)\b|(?:yang\s(?:dikirim|diekspor|tercatat)\s)?pada\s(?:bulan|periode)\syang\ssama\stahun\s(?:lalu|sebelumnya)(?![\p{L}]))/u;
/**
 * Japanese, Korean and Chinese name the base right before the figure: "前の月の226トン", "前月の226トン", as a
 * label in brackets too ("2,123kg（前月 4,045kg）", "（前年同月：1,328kg）"),
 * "전월 226톤", "전달의 226톤", "上月的226吨", "前一個月的305噸" (the month before's); "前年同月の", "전년 동월", "去年同期的" (a year before's),
 * and Korean with the figure in brackets: "작년 같은 기간 수출량(4,915t)", "지난해 같은 달(4915t)", "전월(5천473t)";
 * "1년 전 5.61t", "1年前の5.61トン", "一年前的5.61吨" (a year before's).
 * Not "先月" or "지난달": those are the month before publication, not before the claim's month.
 */
const MONTH_AGO_BEFORE_CJK =
  /(?:前の月|前月)(?:の|[\s:：])\s?$|(?:전월|전달)\s?(?:의\s?|\(\s?)?$|(?:上月|上个月|上個月|前一[个個]月)的?\s?$/;
const YEAR_AGO_BEFORE_CJK =
  /(?:前年同月|前年同期|前年の同じ月)(?:の|[\s:：])\s?$|(?:전년\s?동월|전년\s?동기|(?:지난해|작년)\s?같은\s?(?:달|기간))\s?(?:수출(?:량)?\s?)?(?:의\s?|\(\s?)?$|(?:去年同期|去年同月|上年同期|上年同月)的?\s?$|(?<![\d.])(?:1|한|일)\s?년\s?전(?:의)?\s?$|(?<![\d.])(?:1|一)\s?年前(?:の|的)\s?$/;

/** The same month or months of a year the words name: "2024年同期的3326噸", "2024年同月の", "2024년 같은 달". */
const YEAR_NAMED_BEFORE_CJK =
  /(\d{4})\s?[年년]\s?(?:同期|同月|의\s?같은\s?달|같은\s?달|동월|동기)\s?(?:的|の|의)?\s?$/;

/** A period moved by whole months ("2025-10" by -12 is "2024-10"; a span moves both ends), or to a named year. */
function shiftPeriod(period: string, months: number, year?: number): string | null {
  const move = (m: string) => {
    if (year !== undefined) return `${year}${m.slice(4)}`;
    const i = parseMonth(m);
    return i === null ? null : fromIndex(i + months);
  };
  const [a, b] = period.split("..");
  const from = move(a as string);
  if (b === undefined) return from;
  const to = move(b);
  return from === null || to === null ? null : `${from}..${to}`;
}

/**
 * The same, in front of the figure: "the previous month's 5,774 t", "the year-earlier 4,725 t", "the
 * year-ago figure was 47,689 t", "the prior-year total stood at".
 */
const HEDGE_BEFORE = "(?:(?:about|around|roughly|some|nearly|almost|just over|just under|more than)\\s)?";
const YEAR_AGO_BEFORE = new RegExp(
  `\\b(?:the\\s)?(?:year-(?:earlier|ago)|prior-year|(?:year-earlier|year-ago|prior-year) (?:month|period)(?:'s|’s)|(?:year-earlier|year-ago|prior-year) (?:month|period|level|figure|total|volume|tally)\\s(?:was|were|stood at|came to|had been|of|at))\\s${HEDGE_BEFORE}$`,
  "i",
);
/**
 * A year-back base named with its figure in brackets right after it: "up 23% from the same period
 * last year (8,511 t)", "against the same month a year earlier (4,725 t)".
 */
const YEAR_AGO_BRACKETED =
  /\b(?:(?:same|corresponding|comparable)\s(?:month|months|period|time|quarter),?\s(?:(?:of|in)\s)?(?:last|the\sprevious|the\sprior)\syear|(?:a|one)\syear\s(?:earlier|ago|before))\s?\(\s?$/i;
const MONTH_AGO_BEFORE = new RegExp(
  `\\bthe\\s(?:(?:previous|prior|preceding) month|month before)(?:'s|’s)\\s${HEDGE_BEFORE}$`,
  "i",
);

/**
 * The words between a month and a level that tell what happened in that month ("January, when they
 * hit"; German "August, als 1.346 Tonnen", after its comma, "als" being "than" too; Spanish, Italian
 * and Portuguese "cuando", "quando", French "quand", "lorsque").
 */
const WHEN_CLAUSE = new RegExp(
  `^(?:\\s(?:19|20)\\d{2})?(?:,?\\s(?:when|at which point|cuando|quando|quand|lorsque)|,\\sals)\\s(?:[\\w\\u00c0-\\u024f'’-]+\\s){0,5}${HEDGE_BEFORE}$`,
  "i",
);

/** A ", when" aside after a month named against the claim's own ("in the previous month, when the total was"). */
const WHEN_TAIL = `,\\s(?:when|at which point)\\s(?:[\\w'’-]+\\s){0,5}${HEDGE_BEFORE}$`;
const MONTH_BEFORE_WHEN = new RegExp(`\\b(?:in\\s)?(?:${A_MONTH_BEFORE})${WHEN_TAIL}`, "i");
const YEAR_BEFORE_WHEN = new RegExp(
  `\\b(?:(?:in\\s)?the\\ssame\\smonth\\s(?:of\\s)?(?:last|the\\sprevious|the\\sprior)\\syear|a\\syear\\s(?:earlier|before|ago))${WHEN_TAIL}`,
  "i",
);

/** The period of a level dated against the claim's ("4,725 t a year earlier" in an October story is October 2024). */
function datedLevel(clause: string, s: number, e: number, period: string | null): string | null {
  if (period === null) return null;
  const tail = clause.slice(e, e + 80);
  const head = clause.slice(Math.max(0, s - 40), s);
  const year = latin1Stub(tail) ? null : YEAR_AGO_AFTER.exec(tail);
  // "4.84万吨, from a year earlier increase 13%": the base of the change that follows, not the level's date
  if (year && !CHANGE_NEXT.test(tail.slice(year[0].length)))
    return shiftPeriod(period, -12, year[1] ? Number(year[1]) : undefined);
  if (
    YEAR_AGO_BEFORE.test(head) ||
    YEAR_AGO_BRACKETED.test(head) ||
    YEAR_AGO_BEFORE_CJK.test(head) ||
    YEAR_AGO_AFTER_INTL.test(tail)
  )
    return shiftPeriod(period, -12);
  const named = YEAR_NAMED_BEFORE_CJK.exec(head);
  if (named) return shiftPeriod(period, -12, Number(named[1]));
  // "down from 11.1% in the previous month, when the total was 5,577 t": the aside's level is that month's
  const aside = clause.slice(Math.max(0, s - 100), s);
  if (!period.includes("..") && MONTH_BEFORE_WHEN.test(aside)) return shiftPeriod(period, -1);
  if (!period.includes("..") && YEAR_BEFORE_WHEN.test(aside)) return shiftPeriod(period, -12);
  const monthAgo =
    MONTH_AGO_AFTER.test(tail) ||
    MONTH_AGO_AFTER_INTL.test(tail) ||
    MONTH_AGO_BEFORE.test(head) ||
    MONTH_AGO_BEFORE_CJK.test(head);
  if (!period.includes("..") && monthAgo) return shiftPeriod(period, -1);
  return null;
}

/** "for the same period", "in the same months", with nothing after that names whose: the span the clause is on. */
const SAME_SPAN_AFTER =
  /^,?\s(?:(?:in|for|over|during|of)\s)?the\s(?:same|corresponding|comparable)\s(?:period|months)\b(?!\s(?:of|in|last|a\s|the\s|one\s))/i;

/**
 * "32,812 t in January-July 2024, ahead of 2023's 31,727 t for the same period": a level a bare year
 * dates in the possessive, then said to be of the same period, is that year's part of the span the
 * clause names, not the whole year's total; null when the clause names no span short of a year.
 */
function yearsPartOfSpan(
  clause: string,
  s: number,
  e: number,
  mentions: PeriodMention[],
  period: string | null,
): string | null {
  if (
    period === null ||
    !/^(\d{4})-01\.\.\1-12$/.test(period) ||
    !SAME_SPAN_AFTER.test(clause.slice(e, e + 40))
  )
    return null;
  const own = mentions.find(
    (p) => p.shape === "year" && p.possessive === true && p.end <= s && s - p.end <= 24,
  );
  const span = mentions.find((p) => p.shape === "range" && p !== own && !/-01\.\.\d{4}-12$/.test(p.period));
  if (own === undefined || span === undefined) return null;
  const back = sameMonthsOf(Number(period.slice(0, 4)), span.period);
  return back === "yoy" ? shiftPeriod(span.period, -12) : back;
}

/**
 * The words between a level and the period that dates it: "of magnets in", "shipped to Japan in", "it sent us in", "it
 * received in", "last" ("2,626 tonnes last April"), and French and Spanish "de", "en" ("1 238 tonnes
 * de mai", "619 toneladas en julio"), Portuguese "em" and Italian "a", "ad", "nel", "di" ("590 tonnellate ad agosto",
 * "le 5.791,8 tonnellate di agosto"), Indonesian "pada (bulan)"
 * ("5.774 ton pada September"), Vietnamese "vào", "trong", "hồi" ("1.238 tấn vào tháng 5") and "của" (of:
 * "mức 1.238 tấn của tháng 5"); the
 * participle between in Spanish, Portuguese, Italian and French ("6.146 toneladas alcanzado en agosto",
 * "590 tonnellate registrate ad agosto", "6 146 tonnes atteint en août").
 */
const LEVEL_DATED_BY =
  /^,?\s(?:of\s[\w -]{2,30}?\s)?(?:(?:(?:it|they|China|Beijing)\s)?(?:shipped|exported|sent|delivered|recorded|registered|reported|seen|set|reached|hit|posted|received|took|bought|imported|got|absorbed|(?:alcanzad|registrad|exportad|enviad|alcançad|registad)[oa]s?|(?:raggiunt|registrat|esportat|spedit)[oaie]|(?:atteint|enregistré|exporté|expédié)e?s?)\s(?:(?:to\s(?:the\s)?)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}\s|(?:us|them|there|abroad)\s)?)?(?:(?:in|during|for|of|over|throughout|across|im|de|en|em|ad|a|nel|di|pada|vào|trong|hồi|của)\s(?:the\s|bulan\s)?|(?:(?:in|during)\s)?(?:last|this)\s)$/i;

/**
 * A wire alert's month set right after a tonnage, with no word between: "582 T NOV", "VS 5,473 T OCT",
 * "(5,473 t Oct)". The month must close the figure's words (the clause, a bracket or a comma follows,
 * or "vs"), so a month that opens the next words ("564 t December exports were ...") is not taken.
 */
function tickerMonth(clause: string, s: number, e: number, p: PeriodMention): boolean {
  if (p.shape !== "month" || p.possessive === true || p.start !== e + 1 || clause[e] !== " ") return false;
  if (!/\d\s?(?:t|tonnes|tons|kg)$/i.test(clause.slice(s, e))) return false;
  return /^\s*(?:$|[,;)\]]|(?:vs\.?|versus|against)\s)/i.test(clause.slice(p.end));
}

/** Words that set a level against the claim's own figure, right before it: "than the", "above", "short of". */
const COMPARED_LEVEL_BEFORE =
  /\b(?:than|above|below|under|beyond|behind|short\sof|ahead\sof|(?:exceed|top|beat|surpass|outstrip)(?:s|ed|ped|ping|ing)?)\s(?:(?:the|a|an|about|around|roughly|some|nearly|almost|just|its|their)\s){0,2}$/i;

/**
 * A level set against the claim's ("more in September than the 5,473 t of October") dated by a month
 * the text's date has reached later in the claim's own year: that month, as a comparison may look
 * forward (see `basisFor`), not the one a year before.
 */
function comparedAhead(clause: string, s: number, m: PeriodMention, period: string | null): boolean {
  const own = period === null ? null : parseMonth(period);
  const named = m.shape === "month" ? parseMonth(m.period) : null;
  if (own === null || named === null || named <= own || m.period.slice(0, 4) !== period?.slice(0, 4))
    return false;
  const before = clause.slice(Math.max(0, s - 30), s);
  if (COMPARED_LEVEL_BEFORE.test(before)) return true;
  // "5,473 t in October against 6,150 t in November": a figure set beside the claim's looks forward
  // too, to a month nearer the claim's than the one a year before ("5,294 t in January against
  // 3,326 t in December" is still the December before)
  return named - own < 6 && SET_BESIDE_BEFORE.test(before);
}

/** Words that set a level beside the claim's, right before it: "against", "versus", "compared with". */
const SET_BESIDE_BEFORE =
  /\b(?:against|versus|vs\.?|compared\s(?:with|to))\s(?:(?:the|about|around|roughly|some|nearly|almost|just)\s)?$/i;

/** Before the low end of a range of values: "ranged from", "varied between", "swung from". */
const RANGED_FROM =
  /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|fluctuat(?:e|es|ed|ing)|swung|swinging)\s(?:widely\s)?(?:from|between)\s(?:(?:about|around|roughly|some|just|a\slow\sof)\s)?$/i;

/** Right after a base level, the destination it is of: "564 t for the US", "815 t to South Korea". */
const OTHER_DESTINATION_AFTER = /^\s(?:for|to)\s(?:the\s)?\p{Lu}[\p{L}.'’-]*/u;

/** The period of a level: `levelReading`'s `period`. */
export const levelPeriod = (...args: Parameters<typeof levelReading>): string | null =>
  levelReading(...args).period;

/**
 * The period of a level (`levelPeriod`), and `other`: for a base level counted back on a base the
 * words do not name ("October's 5,473 t, up from 4,725 t", "up 15.8% from 4,725 t"), read on the
 * month before by default, the same month a year before (or the other way round), since the base
 * figure itself is the evidence; else null. `named` when a month named right after the level dates
 * it ("582 tons in November").
 */
export function levelReading(
  clause: string,
  s: number,
  e: number,
  mentions: PeriodMention[],
  changes: ChangeHit[],
  period: string | null,
  outer: string | null = null,
): { period: string | null; other: string | null; named?: true } {
  const r = (p: string | null, other: string | null = null) => ({ period: p, other });
  const dated = datedLevel(clause, s, e, period);
  if (dated !== null) return r(dated);
  const part = yearsPartOfSpan(clause, s, e, mentions, period);
  if (part !== null) return r(part);
  // "the highest since January, when they hit 6,357 t", "less than in 2024, when they hit a record 58,152 t":
  // a level in a 'when' clause is the period's before it
  const when = mentions.filter((p) => p.end <= s && WHEN_CLAUSE.test(clause.slice(p.end, s))).pop();
  if (when) return r(when.period);
  // "5,473 tonnes in October", "689 tonnes shipped in May 2024", "10,763 tons in January and February
  // combined", "131 tons shipped to Japan in June", "689 tonnes it sent us in May of last year"
  // "lagen im Juni bei 3.188 Tonnen, im ersten Halbjahr sanken sie ...": a period after a comma is the
  // next clause's when the level's own words dated it just before it
  const datedBefore = mentions.some((p) => p.role === "main" && p.end <= s && s - p.end <= 24);
  const after = mentions.find(
    (p) =>
      p.start >= e &&
      p.start - e <= 40 &&
      !(datedBefore && /^\s?,/.test(clause.slice(e, p.start))) &&
      (LEVEL_DATED_BY.test(clause.slice(e, p.start) + leadingPreposition(clause, p)) ||
        tickerMonth(clause, s, e, p)),
  );
  if (after) {
    // a base month named before the clause's own dated month ("compared with 5,994 t in July and
    // 4,723 t in August 2024") is not counted back from it: July is the latest July, as written;
    // nor are the ends of a range of values ("ranged from 1,238 t in May to 6,357 t in January"), not
    // a change from one month to a later one
    const countedBack =
      after.role === "base" &&
      !after.explicitYear &&
      !comparedAhead(clause, s, after, period) &&
      !mentions.some((p) => p.role === "main" && p.explicitYear && p.start > after.end) &&
      !RANGED_FROM.test(clause.slice(Math.max(0, s - 40), s));
    const month = countedBack ? (baseMonth(after.start - 1, [after], period) ?? after.period) : after.period;
    // "shipments in December reached 4,392 t, well above the 3,326 t in 2024": a base level a bare
    // year dates, set against a month's, is that month's in that year, not the year's total
    const sameMonth =
      after.shape === "year" &&
      period !== null &&
      /^\d{4}-\d{2}$/.test(period) &&
      COMPARED_LEVEL_BEFORE.test(clause.slice(Math.max(0, s - 30), s))
        ? `${after.period.slice(0, 4)}${period.slice(4)}`
        : null;
    // the year's total stays a reading, so the month's is supported when it fits and never contradicted
    if (sameMonth !== null && sameMonth < (period ?? "")) return r(sameMonth, after.period);
    return { ...r(month), named: true };
  }
  const from = /\b(?:from|than|compared with)\s(?:(?:a|an|about|around|roughly|some)\s)?$/i.test(
    clause.slice(Math.max(0, s - 20), s),
  );
  // "Germany's 1,106 t in December compared with 564 t for the US": a base level that a destination's
  // name follows sets one destination against another, in the same period
  if (from && OTHER_DESTINATION_AFTER.test(clause.slice(e, e + 30))) return r(period);
  // "fell 12% to $2.4 billion from $2.7 billion" in a story on a year or a span: the same span a year before
  if (from && period !== null && period.includes("..")) {
    const back = shiftPeriod(period, -12);
    if (back !== null) return r(back);
  }
  if (from && period !== null && !period.includes("..")) {
    const own = parseMonth(period);
    const c = changes.find((x) => x.start < s);
    const basis = c ? changeBasis(clause, c, mentions, period) : (outer ?? "mom");
    // no words name the base: neither the change's own nor a base another change of the text set
    const guessed = c ? c.basis === null && !mentions.some((m) => m.role === "base") : outer === null;
    if (own !== null && basis === "mom") return r(fromIndex(own - 1), guessed ? fromIndex(own - 12) : null);
    if (own !== null && basis === "yoy") return r(fromIndex(own - 12), guessed ? fromIndex(own - 1) : null);
    if (/^\d{4}-\d{2}$/.test(basis)) return r(basis);
  }
  return r(period);
}

/** Words that put a change, or a run of them, on the year. */
const ON_THE_YEAR =
  /\b(?:year[- ]on[- ]year|y\/y|yoy|annual|on\sthe\syear|(?:from|than|on|over)\s(?:a|the)\syear\s(?:earlier|ago|before)|(?:from|than|on)\s(?:the\s)?same\smonth\s(?:of\s)?(?:last|a|the\sprevious)\syear)\b/i;

/**
 * A run of changes on the year: said so in its own words ("three straight months of year-on-year
 * declines"), or after a change on the year in its clause ("rose 5.7% year on year, reversing three
 * straight months of declines"), whose run it likely is (`basisFromClause`: the monthly reading is
 * kept too, so it never contradicts on that guess alone).
 */
function yoyRun(clause: string, r: RankHit): { basis?: "yoy"; basisFromClause?: boolean } {
  const own = clause.slice(r.start, r.end);
  if (ON_THE_YEAR.test(own)) return { basis: "yoy" };
  // "fell 3% on the year, a third straight monthly decline": the run's own words put it on the month
  if (ON_THE_MONTH.test(own) || !ON_THE_YEAR.test(clause.slice(0, r.start))) return {};
  return { basis: "yoy", basisFromClause: true };
}

/**
 * "has fallen every month since June": at least as many moves as months from June to the claim's
 * month; a month the words do not place before it makes a run of none, which is never checked.
 */
function everyMonthSince(r: RankHit, raw: string, mentions: PeriodMention[], period: string | null): Stated {
  const own = period === null ? null : parseMonth(period);
  const m = mentions.find((p) => p.shape === "month" && p.start >= r.start && p.start < r.end);
  const since =
    m === undefined || own === null
      ? null
      : m.explicitYear
        ? parseMonth(m.period)
        : resolveMonthName(Number(m.period.slice(5)), null, own - 1);
  const n = since === null || own === null ? 0 : own - since;
  return { type: "streak", n, direction: r.direction === "down" ? "down" : "up", raw, atLeast: true };
}

/** Words that put a run on the month. */
const ON_THE_MONTH = /\b(?:monthly|month[- ]on[- ]month|m\/m|mom|sequential(?:ly)?)\b/i;

export function rankStated(
  clause: string,
  r: RankHit,
  mentions: PeriodMention[],
  period: string | null,
): Stated {
  const raw = clause.slice(r.start, r.end);
  if (r.type === "streak" && r.sinceNamed === true) return everyMonthSince(r, raw, mentions, period);
  if (r.type === "streak")
    return {
      type: "streak",
      n: r.n,
      direction: r.direction === "down" ? "down" : "up",
      raw,
      ...(r.before ? { before: true } : {}),
      ...(r.atLeast ? { atLeast: true } : {}),
      ...(r.past !== undefined ? { past: r.past } : yoyRun(clause, r)),
    };
  const direction = r.direction === "low" ? "low" : "high";
  let scope = r.scope;
  if (r.fromNamed === true) return fromNamedMonth(r, raw, mentions, period);
  // a record kept from a year the text gives ("since records began in 2017", "in records going back
  // to 2024") counts from that year's start, as "since at least 2017" does: it names no month beyond it
  if (scope?.type === "since" && scope.period !== null)
    return {
      type: "rank",
      n: r.n,
      direction,
      scope: { type: "since", period: String(Number(scope.period) - 1), atLeast: true },
      raw,
    };
  if (scope?.type === "since") {
    // "since the April export controls took effect": the months after the policy's month
    const policy = sincePolicyMonth(clause.slice(r.end, r.end + 80));
    const claimMonth = period === null ? null : parseMonth(period);
    const start =
      policy === null || claimMonth === null
        ? null
        : resolveMonthName(policy.month, policy.year, claimMonth - 1);
    if (start !== null && claimMonth !== null && start < claimMonth)
      return {
        type: "rank",
        n: r.n,
        direction,
        scope: { type: "since", period: fromIndex(start), atLeast: true },
        raw,
      };
    const inclusive = sinceInclusive(clause, r, mentions, claimMonth);
    if (inclusive !== null)
      return {
        type: "rank",
        n: r.n,
        direction,
        scope: { type: "since", period: inclusive, atLeast: true },
        raw,
      };
    // "since the controls took effect": the checker takes the month from the data's events
    if (sinceUndatedControls(clause.slice(r.end, r.end + 60)))
      return { type: "rank", n: r.n, direction, scope: { type: "controls" }, raw };
    const m = mentions.find((p) => p.role === "since" && p.start >= r.start && p.start - r.end < 40);
    const own = period === null ? null : parseMonth(period);
    let since = m?.period ?? null;
    if (m && !m.explicitYear && m.shape === "month" && own !== null) {
      const idx = resolveMonthName(Number(m.period.slice(5)), null, own - 1);
      since = idx === null ? since : fromIndex(idx);
    }
    if (since !== null && since.includes("..")) since = since.slice(0, 4);
    // "the lowest since early 2020": a year the period grammar leaves bare
    const bare =
      since === null
        ? /^\s*(?:at least\s)?(?:(early|the start of|the beginning of|mid|mid-|late|the end of)\s?)?((?:19|20)\d{2})\b/i.exec(
            clause.slice(r.end, r.end + 30),
          )
        : null;
    if (bare)
      since = `${bare[2]}-${/late|end/i.test(bare[1] ?? "") ? "12" : /mid/i.test(bare[1] ?? "") ? "06" : "01"}`;
    return {
      type: "rank",
      n: r.n,
      direction,
      scope: since === null ? { type: "record" } : { type: "since", period: since },
      raw,
    };
  }
  if (scope?.type === "ownPart") {
    // "the strongest month of the quarter": the calendar quarter or half holding the claim's month
    if (period === null || !isMonth(period))
      return {
        type: "rank",
        n: r.n,
        direction,
        scope: { type: "months", months: scope.months, open: true },
        raw,
      };
    const own = Number(period.slice(5));
    const from = own - ((own - 1) % scope.months);
    scope = { type: "part", from, to: from + scope.months - 1, year: Number(period.slice(0, 4)) };
  }
  if (scope?.type === "part") {
    // "the highest of any month in the first half": the claim's own year when none is named; with
    // no month to take it from, a window of that length the text leaves open (it can only support)
    const year = scope.year ?? (period === null ? null : Number(period.slice(0, 4)));
    const mm = (m: number) => `${year}-${String(m).padStart(2, "0")}`;
    return {
      type: "rank",
      n: r.n,
      direction,
      scope:
        year === null
          ? { type: "months", months: scope.to - scope.from + 1, open: true }
          : { type: "span", from: mm(scope.from), to: mm(scope.to) },
      raw,
    };
  }
  if (scope?.type === "year") {
    const year = scope.year ?? (period === null ? null : Number(period.slice(0, 4)));
    const above = year === null ? [] : exceptedMonths(r, raw, mentions, year);
    return {
      type: "rank",
      n: r.n,
      direction,
      scope: year === null ? { type: "record" } : { type: "year", year },
      raw,
      ...(r.within ? { within: true } : {}),
      ...(above.length > 0 ? { above } : {}),
      ...(above.length > 0 && !FIRMLY_EXCEPTING.test(raw) ? { aboveMayBeWhen: true as const } : {}),
    };
  }
  return {
    type: "rank",
    n: r.n,
    direction,
    scope: scope ?? { type: "record" },
    raw,
    ...(r.within ? { within: true } : {}),
  };
}

/** A count of months a period is moved by: "two months later", "3 months on". */
const N_MONTHS = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}) months";

/**
 * A period said relative to the one the text is on: "the month before, it had taken 172 t", "a year
 * earlier, shipments were 4,725 t", "Im Vormonat waren es 5.774 Tonnen", "the following month they fell", "but by the next month", "the month
 * after, it was back at 815 t", or a level followed by it
 * ("456 tonnes a month earlier"). Not a comparison base: "up 5% from a month earlier" stays the claim's.
 */
const RELATIVE_OPENING = new RegExp(
  `(?:^[-*•·–]?|[,;:]\\s?|\\b(?:and|but|then|while|und|aber)\\s)\\s*(?:(?:in|during|by|im)\\s)?(a month (?:earlier|before|ago)|the (?:month|year) (?:before|earlier)|the (?:month|year) after(?:wards)?|(?:the )?(?:previous|prior|preceding) (?:month|year)|a year (?:earlier|before|ago)|the (?:following|next|subsequent) (?:month|year)|a (?:month|year) (?:later|on)|${N_MONTHS} (?:later|on|earlier)|Vormonat|Vorjahresmonat|Folgemonat|Monat (?:zuvor|davor|danach)|(?:einen|ein) (?:Monat|Jahr) (?:zuvor|früher|davor|später))\\b(?!\\s(?:level|figure|total|period))`,
  "i",
);
const RELATIVE_AFTER = new RegExp(
  `^,?\\s(?:(?:in|during)\\s(?=the\\s))?(a month (?:earlier|before|ago)|the (?:month|year) before|the (?:previous|prior|preceding) month|a year (?:earlier|before|ago)|a (?:month|year) later|${N_MONTHS} (?:later|earlier)|the (?:following|next|subsequent) month|the month after(?:wards)?)\\b`,
  "i",
);
/** A rise or fall to a level said of the month after: "sank to under 50 tonnes the following month". */
const RELATIVE_THROUGH = new RegExp(
  `^\\s(?:to|at)\\s(?:[^\\s,;]+\\s){1,5}?(the (?:following|next|subsequent) month|the month after(?:wards)?|a month (?:later|on)|${N_MONTHS} (?:later|on))\\b`,
  "i",
);

/** A tonnage, then words that draw a move from it: "5,774 tonnes, so the drop was", "4,725 t; the rise was". */
const LEVEL_THEN_DRAWN =
  /\d\s?(?:t|tonnes|tons|kt|mt)\b[^.;]{0,20}?(?:,\s(?:so|meaning|which means|hence|thus|making)\b|;\s)/i;

/**
 * A value labelled as the previous one, right before it: "Previous: ", "(prior month: ", and a
 * wire alert's shortening, with or without its colon: "(PREV 5,493.9 T)", ", PREV 5,493.9 T", "(prev. 582 t)",
 * and a bracketed "(prior 582 t)".
 */
const PREVIOUS_LABEL =
  /(?:(?:^|[\s(,;])(?:previous|prior|prev\.?)(?:\s(?:month|reading|figure))?:\s?|\((?:previous|prior)(?:\s(?:month|reading|figure))?\s|(?:^|[\s(,;])prev\.?\s)$/i;

/**
 * "6,150 t (previous: 5,473 t)", "Previous: 5,577 t": a data release's label for the value before,
 * most often the month before's, though it may be an earlier release of the same month.
 */
export const previousLabel = (clause: string, s: number) =>
  PREVIOUS_LABEL.test(clause.slice(Math.max(0, s - 24), s));

/** A clause that opens on an earlier time with no period named: "Zuvor", "Davor", "Before that,". */
const BEFORE_THAT_OPENING = /^\s*["“‘'«„]?(?:zuvor|davor|vorher|before that|prior to that|previously)\b/i;

/**
 * "Zuvor waren es 5.774 Tonnen", "Before that, exports were 5,774 t": a value before the one the text
 * is on, most often the month before's, though the words do not say how long before.
 */
export const beforeThat = (clause: string, s: number) =>
  BEFORE_THAT_OPENING.test(clause) && !/\d/.test(clause.slice(0, s));

/**
 * The months a relative period word moves by: "a month earlier" -1, "the following year" +12; German
 * "im Vormonat" -1, "im Vorjahresmonat" -12, "einen Monat später" +1.
 */
function shiftOf(words: string): number {
  const step = /\byear\b|Jahr/i.test(words)
    ? 12
    : (parseCount(/^(\S+) months\b/i.exec(words)?.[1] ?? "") ?? 1);
  return /following|next|subsequent|later|after|\bon\b|Folge|später|danach/i.test(words) ? step : -step;
}

/**
 * The period of a figure whose clause names it only relative to the text's period (`period`): that
 * period moved, or null when the clause says nothing of the kind. With `level` (a level or a share),
 * the words right after the figure count too ("582 t a month earlier", "12 per cent a month before",
 * "from 7.3% in the previous month");
 * with `afterOnly` only they do (the clause names a period, which they move from). A rise or fall
 * takes the words after the level it goes to ("plunged to 46 t the following month").
 */
export function relativePeriod(
  clause: string,
  s: number,
  e: number,
  level: boolean,
  period: string | null,
  afterOnly = false,
): string | null {
  const own = period === null ? null : parseMonth(period);
  if (own === null) return null;
  const after = level
    ? RELATIVE_AFTER.exec(clause.slice(e, e + 40))
    : RELATIVE_THROUGH.exec(clause.slice(e, e + 70));
  const opening = afterOnly ? null : RELATIVE_OPENING.exec(clause);
  // "A month earlier it was 5,774 t, so the drop was 301 t": the opening dates the level it gives; a
  // rise or fall the clause draws from that level is the month the text is on, set against it
  if (!level && after === null && opening && LEVEL_THEN_DRAWN.test(clause.slice(opening.index, s)))
    return null;
  const words = after?.[1] ?? (opening && opening.index < s ? opening[1] : undefined);
  return words === undefined ? null : fromIndex(own + shiftOf(words));
}

/**
 * "second only to January's 6,357 t": no month but the one named beat it. Within the claim's year,
 * counted over the year (a month of it that beats it, before the one named or after, makes it false:
 * "October was beaten only by September" when January was higher too); a month of an earlier year,
 * over the months from it to the claim's, which the writer's window holds whatever it is. A month
 * named without its year is the last one before the claim's.
 */
function fromNamedMonth(r: RankHit, raw: string, mentions: PeriodMention[], period: string | null): Stated {
  const own = period === null ? null : parseMonth(period);
  const months =
    own === null
      ? []
      : mentions
          .filter((p) => p.shape === "month" && p.start >= r.start && p.start < r.end)
          .map((p) =>
            p.explicitYear
              ? parseMonth(p.period)
              : resolveMonthName(Number(p.period.slice(5)), null, own - 1),
          );
  // the earliest of the months named ("surpassed only by January and August") starts the window
  const named = months.reduce<number | null>(
    (a, b) => (b === null ? a : a === null ? b : Math.min(a, b)),
    null,
  );
  // a month not placed before the claim's, or a month named that was not read: a window of the month
  // alone, where a second place is never borne out nor refuted
  if (named === null || own === null || named >= own || months.length !== r.n - 1 || months.includes(null))
    return { type: "rank", n: r.n, direction: "high", scope: { type: "months", months: 1 }, raw };
  const above = months.map((m) => fromIndex(m as number));
  const year = yearOf(own);
  if (yearOf(named) === year)
    return { type: "rank", n: r.n, direction: "high", scope: { type: "year", year }, raw, above };
  return {
    type: "rank",
    n: r.n,
    direction: "high",
    scope: { type: "since", period: fromIndex(named - 1), atLeast: true },
    raw,
    above,
  };
}

/**
 * "the highest of the year apart from January": the months a highest of a year excepts, each of which
 * must then be above it; none when the words except none, or not as many as its place says.
 */
function exceptedMonths(r: RankHit, raw: string, mentions: PeriodMention[], year: number): string[] {
  if (r.direction === "low" || r.n < 2 || !(FIRMLY_EXCEPTING.test(raw) || AFTER_MONTHS.test(raw))) return [];
  const months = mentions
    .filter((p) => p.shape === "month" && p.start >= r.start && p.start < r.end)
    .map((p) => (p.explicitYear ? p.period : `${year}-${p.period.slice(5)}`));
  return months.length === r.n - 1 && months.every((m) => m.startsWith(`${year}-`)) ? months : [];
}

const EXCEPTING =
  /\b(?:except|bar|but\sfor|apart\sfrom|aside\sfrom|other\sthan|besides|excluding|save\sfor)\b/i;
/**
 * "the highest this year after August": most often August beat it, but the words may say when a
 * window starts (the highest of the months after August), so a month named that is below it leaves
 * the rank open rather than false.
 */
const AFTER_MONTHS = /\bafter\s/i;
/** Words that can only except the months they name ("bar August", "behind August"). */
const FIRMLY_EXCEPTING = new RegExp(`${EXCEPTING.source}|\\bbehind\\s`, "i");

/** A month name, with its year when one follows, that opens the words. */
const BARE_MONTH = new RegExp(`^(${ENGLISH_MONTH_NAME})\\b(?:,?\\s((?:19|20)\\d{2})\\b)?`, "i");
/** The words between "since" and the month or year a window starts in. */
const SINCE_LEAD = new RegExp(
  `^\\s*(?:at least\\s|(?:the|its|their|China's|Beijing's)\\s(?:(?!(?:apart|aside|except|excluding|other|save|bar|barring)\\s)[a-z-]+\\s){0,5}?(?:in|on|from|of)\\s(?=(?:early\\s|the start of\\s)?(?:(?:${ENGLISH_MONTH_NAME})\\b|(?:19|20)\\d{2}\\b)))`,
  "i",
);

/**
 * "since at least 2022", "since at least June 2024", "since the curbs began in April", "since the
 * licensing rules of April 2025", "since the export rules kicked in back in April": a window that
 * starts in the month or year named (the period before it, as a "since" scope counts), or null.
 */
function sinceInclusive(
  clause: string,
  r: RankHit,
  mentions: PeriodMention[],
  own: number | null,
): string | null {
  const after = clause.slice(r.end, r.end + 80);
  const lead = SINCE_LEAD.exec(after);
  if (!lead) return null;
  const m = mentions.find(
    (p) => p.start >= r.end + lead[0].length - 1 && p.start <= r.end + lead[0].length + 1,
  );
  // "since the rules kicked in in April": a month the period grammar leaves to the verb before it
  const bareMonth = m ? null : BARE_MONTH.exec(after.slice(lead[0].length));
  if (bareMonth && own !== null) {
    const month = MONTHS[(bareMonth[1] ?? "").toLowerCase()] as number;
    const i = resolveMonthName(month, bareMonth[2] ? Number(bareMonth[2]) : null, own - 1);
    return i === null || i >= own ? null : fromIndex(i - 1);
  }
  const year = m
    ? null
    : /^(?:(?:early|mid-?|late|the start of|the end of)\s?)?((?:19|20)\d{2})\b/.exec(
        after.slice(lead[0].length),
      );
  if (m && m.shape === "month") {
    const i = parseMonth(m.period);
    return i === null ? null : fromIndex(i - 1);
  }
  const y = m && m.shape === "year" ? Number(m.period.slice(0, 4)) : year ? Number(year[1]) : null;
  return y === null || !/at least/i.test(lead[0]) ? null : String(y - 1);
}

/** A span short of a whole calendar year: its total is a year-to-date figure, a whole year's a level. */
export function isPartialSpan(period: string | null): boolean {
  return period !== null && period.includes("..") && !/^(\d{4})-01\.\.\1-12$/.test(period);
}
