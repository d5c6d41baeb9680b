// Periods as Chinese, Japanese, Korean and German outlets name them: "2025年11月", "11月份", "11월",
// "1-11月", "1至11月", "前11个月", "上半年", "2025年全年"; "im ersten Halbjahr", "in den ersten neun
// Monaten", "im Gesamtjahr 2025"; Vietnamese "tháng 6", "tháng Sáu", "tháng 10/2025", "tháng trước",
// "nửa đầu năm 2025", "từ đầu năm đến nay". Cheap patterns, run only when the clause holds such words.

import { GERMAN_NUMBERS, cjkCount, parseCount } from "./lexicon.js";
import { range, yearFor } from "./period-spans.js";
import {
  fromIndex,
  pad,
  relativeYear,
  resolveMonthName,
  type PeriodAnchor,
  type RawMention,
} from "./periods.js";
import { allMatches } from "./all-matches.js";
import { yearOf } from "../../domain/period.js";

/** A year before a CJK month or span: "2025年", "2025년", or "this year" / "last year" (올해, 작년, 今年, 去年). */
const CJK_YEAR_BEFORE = "(?:(\\d{4})\\s?[年년]|(올해|금년|작년|지난해|今年|本年|去年|上年))\\s?";
const CJK_RANGE = new RegExp(
  `(?:${CJK_YEAR_BEFORE})?(\\d{1,2})\\s?(?:(?:月\\s?)?(?:-|–|—|~|～|∼|〜|至|到)|월\\s?부터|月\\s?から)\\s?(\\d{1,2})\\s?[月월]`,
  "g",
);
const CJK_MONTH = new RegExp(
  `(?:${CJK_YEAR_BEFORE})?(?<![\\d.])(\\d{1,2})\\s?[月월](?!\\s?\\d{1,2}\\s?日)`,
  "g",
);
/**
 * The year so far up to a month: "7월까지의 누계", "7월까지 누적", "7月までの累計", "截至7月累计",
 * "截至7月底，累计出口": the months from January to that one, not that month alone.
 */
const CJK_TO_MONTH = new RegExp(
  `(?:${CJK_YEAR_BEFORE})?(\\d{1,2})\\s?[月월]\\s?(?:까지(?:의)?\\s?(?:누계|누적)|までの?\\s?累計)` +
    `|(?:截至|截止)\\s?(?:(\\d{4})\\s?年\\s?)?(\\d{1,2})\\s?月(?:份|底|末)?(?=[^\\d。；;]{0,8}?(?:累计|累計))`,
  "g",
);
/**
 * "前11个月", "首三個月", "头10个月" (the spoken "first" some outlets write): the first months of a year. Not "前一个月" written with the character for one:
 * that is "the month before" ("比前一個月減少3.2%"), as a span of one month is written as that month.
 */
const CJK_FIRST_N =
  /(?:(\d{4})\s?年\s?)?(?:前(?!\s?一\s?[个個]月)|首|[头頭](?!\s?一\s?[个個]月))\s?(\d{1,2}|[一二三四五六七八九十]{1,3})\s?[个個]?月/g;
const CJK_HALF = new RegExp(`(?:${CJK_YEAR_BEFORE})?(?:([上下])半年|([상하])반기)`, "g");
const LAST_YEAR_WORDS = /^(?:작년|지난해|去年|上年)$/;
/** A whole year named: "2025年全年", "2025一整年", "2025년 전체", and last year's: "去年全年", "去年一整年". */
const CJK_YEAR =
  /(?<!\d)(\d{4})\s?年?\s?(?:全年|一?整年)|(\d{4})\s?년\s?전체|(去年|上年)\s?(?:全年|一?整年)/g;
/**
 * "全年累计出口", "通年では": the whole year without its number, the year the sentence or the story is
 * about; not a rank's window ("全年单月最高", "全年第二高") nor a year already named ("2025年全年").
 */
const CJK_WHOLE_YEAR =
  /(?<![\d年]\s?)(?:全年|通年)(?!\s?(?:单月|單月|第|最|的?最|以来|以來|で\d|の?\d{1,2}番目))/g;
/**
 * A year named alone, not before a month, a half or a count of months: "中國2025年共出口", "2023년
 * 수출량", and last year as a word ("去年出口", "지난해 수출량"). Not a base ("比去年", "2024年同期",
 * "지난해 같은 달", "작년 대비", "去年の同じ月"): those compare with a part of that year.
 */
const CJK_BARE_YEAR =
  /(?<![比较較与與和跟对對]\s?|\d)(?:((?:19|20)\d{2})\s?[年년]|(去年|上年|지난해|작년))(?!\s?(?:\d|[一二三四五六七八九十]{1,3}\s?月|[上下]半年|[상하]반기|前|全年|一?整年|전체|同期|同月|同比|の同じ|以来|以來|以降|以后|以後|이후|동기|동월|같은|대비|보다|比|[月월底末초말]|초|말))/g;
/**
 * A year cut to two digits, as Japanese headlines and business dailies write it: "25年は6.26万トン",
 * "24年通年の輸出量". Only before a topic or possessive particle or a word for the whole year, and not
 * after words that count years back ("過去10年の", "近10年"), where the number is a count of years.
 */
const CJK_SHORT_YEAR =
  /(?<![\d.]|過去|过去|近|この|這|这)(1[5-9]|2\d)\s?年(?=\s?(?:は|の(?!月別)|通年|全年))/g;
const DE_FIRST_N =
  /\bin den ersten (\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf) Monaten(?: (?:des Jahres |von )?((?:19|20)\d{2}))?/gi;
/**
 * "im ersten Halbjahr (2025)", "im gesamten ersten Halbjahr" (the whole first half), "in der zweiten
 * Jahreshälfte"; "im Halbjahr" alone is the half just reported.
 */
const DE_HALF =
  /\b(?:im|in der) (?:gesamten )?(?:(ersten|zweiten) )?(?:Halbjahr|Jahreshälfte)(?: ((?:19|20)\d{2}))?\b/gi;
const DE_YEAR = /\b(?:im|für das) (?:Gesamtjahr|Jahr|gesamten Jahr)(?: ((?:19|20)\d{2}))?/gi;
/**
 * "im vergangenen Jahr", "im letzten Jahr", "im abgelaufenen Jahr": the year before publication's, the
 * claim's own year (the year before a comparison's, "im Vorjahr", is a base and not among them).
 */
const DE_LAST_YEAR = /\b(?:im|des)\s(?:vergangenen|letzten|abgelaufenen)\sJahr(?:es)?\b/gi;
/**
 * "last month": 上月, 上个月, 先月, 지난달, "im vergangenen Monat", the month before publication; after a word
 * of comparison (较上月, 지난달보다) it is a base, which the basis words already say.
 */
const LAST_MONTH =
  /(?<![比较較对對与與和跟]\s?)上(?:个|個)?月(?!\s?(?:份\s?)?(?:相比|比较|比較))|先月(?!比|と比べ|から|より)|지난\s?달(?!\s?(?:대비|보다|에 비해))|\b(?:im\s)?(?:vergangenen|letzten)\sMonat\b/gi;

/**
 * "比10月", "較上年10月", "对比10月", "与10月相比", "10월 대비", "10월보다", Japanese "6月比で", "6月比75%増",
 * "6月と比べて" (not Chinese "6月比5月", where June is compared), and with the base figure
 * between: "9월 420.5톤에서" (from September's 420.5 t), "9월 5,774톤보다", "10月の226トンから", "6月の4260キログラムから", or
 * in brackets, "5월(46t)보다", "6월(7742.2t)보다는", and the
 * figure a rank is set below: "1月の6357トンに次ぐ" (second to January's 6,357 t), "1月の過去最高に次ぐ"
 * (second to January's record).
 * The month is the comparison base. "에서"/"から" alone also open a range ("9월에서 10월까지"), so they
 * count only after a figure, or right before the percentage itself ("10月から12%増えた": up 12% from
 * October), where no second month can follow.
 */
const CJK_BASE_BEFORE = /(?:比|较|較|对比|對比|相比|与|與|和|跟)\s?(?:\d{4}\s?[年년]\s?)?$/;
const CJK_BASE_AFTER =
  /^\s?(?:份\s?)?(?:[的의の]\s?)?(?:\(\s?[\d.,천만万千]{1,14}\s?(?:톤|t|kg|公?[吨噸]|トン)?\s?\)\s?)?(?:(?:[\d.,천만万千]{1,14}\s?(?:톤|t|kg|公?[吨噸]|公斤|千克|トン|キロ(?:グラム)?|킬로그램)\s?(?:の\s?)?)?(?:相比|比较|比較|대비|보다|에 비해|과 비교|와 비교|より|比(?=で|\s?[+\-−]?\d+(?:[.,]\d+)?\s?[%％])|[とに]比べ)|[\d.,천만万千]{1,14}\s?(?:톤|t|kg|公?[吨噸]|公斤|千克|トン|キロ(?:グラム)?|킬로그램)\s?(?:에서|から|に次[ぐい]))|^\s?(?:에서|から)\s?(?=[+\-−]?\d+(?:[.,]\d+)?\s?[%％])|^\s?の\s?(?:過去)?(?:最高|最多)(?:水準|値|記録)?\s?に次[ぐい]/;

/**
 * Chinese "从5月的46吨(飙升至353吨)": from May's 46 t; the month is the starting figure's, as in
 * "from May's 46 tonnes". "从1月到10月" opens a span, so the month is a base only before its figure.
 */
const CJK_FROM_BEFORE = /[从從]\s?$/;
const CJK_FROM_FIGURE = /^\s?(?:份\s?)?的\s?[\d.,万萬千]{1,14}\s?(?:公?[吨噸]|公斤|千克)/;

/**
 * "1월 이후 가장 큰", "自1月份以来", "1월(6,356t) 이후", "1월(6천356t) 이후", "1月の6357トン以来",
 * "8月以降": the month opens a
 * rank's window, it is not the claim's month; nor is a policy's start ("8月から実施している規制").
 */
const CJK_SINCE_AFTER =
  /^\s?(?:份\s?)?(?:\(\s?[\d.,천만]{1,9}\s?(?:t|톤|吨|噸|トン)?\s?\)\s?|の\s?[\d.,]{1,9}\s?(?:トン|t)\s?)?(?:이후|以来|以來|以降|から(?:実施|施行|強化|導入))/;

/**
 * A month that dates an event a later count runs from: "米政権が4月に相互関税を打ち出してから" (since
 * Washington announced tariffs in April), "4월에 관세를 발표한 이후" (since tariffs were announced in
 * April). It names when the event happened, not a figure's month.
 */
const CJK_EVENT_SINCE_AFTER =
  /^\s?(?:に[^。、，,.!?]{1,32}?(?:て|で)から|에\s[^.,。!?]{1,32}?(?:한|된)\s?(?:이후|뒤))/;

/** Vietnamese months by number ("tháng 6", "tháng 10/2025", "tháng 5 năm 2025") and by name ("tháng Sáu"). */
const VI_MONTH_NUMBER =
  /(?<![\p{L}])tháng\s(\d{1,2})(?:\s?\/\s?((?:19|20)\d{2})|\snăm\s((?:19|20)\d{2}))?(?![\d/])/giu;
const VI_MONTH_NAMES: Record<string, number> = {
  Giêng: 1,
  Một: 1,
  Hai: 2,
  Ba: 3,
  Tư: 4,
  Bốn: 4,
  Năm: 5,
  Sáu: 6,
  Bảy: 7,
  Tám: 8,
  Chín: 9,
  Mười: 10,
  "Mười Một": 11,
  "Mười Hai": 12,
};
const VI_MONTH_NAME = new RegExp(
  `(?<![\\p{L}])tháng\\s(Mười\\sMột|Mười\\sHai|${Object.keys(VI_MONTH_NAMES).join("|")})(?![\\p{L}])(?:\\snăm\\s((?:19|20)\\d{2}))?`,
  "gu",
);
/** "tháng trước" (last month); "so với tháng trước" is a base, which the basis words read. */
const VI_LAST_MONTH = /(?<![\p{L}])(?<!so\svới\s)tháng\s(?:trước|rồi)(?![\p{L}])/giu;
/** "nửa đầu năm 2025", "6 tháng đầu năm" ("sáu tháng"), "nửa cuối năm"; "7 tháng đầu năm 2025"; "(tính) từ đầu năm (đến nay)". */
const VI_HALF = /(?<![\p{L}])(?:nửa\s(đầu|cuối)|(?:6|sáu)\stháng\s(đầu|cuối))\snăm(?:\s((?:19|20)\d{2}))?/giu;
/** The count of months in digits or in words: "sáu tháng đầu năm", "mười một tháng đầu năm". */
const VI_COUNT: Record<string, number> = {
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  "mười một": 11,
};
const VI_FIRST_N =
  /(?<![\p{L}\d])(\d{1,2}|mười\smột|mười|hai|ba|bốn|năm|sáu|bảy|tám|chín)\stháng\sđầu\snăm(?:\s((?:19|20)\d{2}))?/giu;
const VI_YEAR_TO_DATE = /(?<![\p{L}])(?:tính\s)?từ\sđầu\snăm(?:\s(?:đến|tới)\snay)?(?![\p{L}])/giu;
/** A year: "năm 2025", "cả năm 2025" (the whole of 2025); not a month's ("tháng 12 năm 2025") nor a span's. */
const VI_YEAR = /(?<![\p{L}])(?:cả\s)?năm\s((?:19|20)\d{2})(?!\d)/giu;
const VI_NOT_A_YEAR_BEFORE = /(?:tháng\s(?:\d{1,2}|[\p{L}]+(?:\s[\p{L}]+)?)|đầu|cuối|nửa|cùng\skỳ)\s$/iu;
/** Before a Vietnamese base month: "so với tháng 5", "so với mức 1.238 tấn vào tháng Năm", "từ 590 tấn trong tháng 8". */
const VI_BASE_BEFORE = /(?:so\svới|từ)\s(?:mức\s)?(?:[\d.,]+\s?tấn\s)?(?:(?:vào|hồi|trong)\s)?$/iu;

const spanOf = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });

/** The half of year `y` a match names: the first (January-June) or the second (July-December). */
function halfYear(
  m: RegExpMatchArray,
  y: number,
  first: boolean,
  anchor: PeriodAnchor,
  named: boolean,
): RawMention {
  return {
    ...spanOf(m),
    period: first ? range(y, 1, 6, anchor, named) : range(y, 7, 12, anchor, named),
    shape: "range",
    role: "main",
  };
}

/** Every period named in one of these languages in a clause. */
export function findIntlPeriods(clause: string, anchor: PeriodAnchor): RawMention[] {
  const out: RawMention[] = [];
  const cjk = /[月월年년달]|반기|지난해|작년/.test(clause);
  const de = /\b(?:Monaten|Monat|Halbjahr|Jahreshälfte|Gesamtjahr|Jahr)\b/.test(clause);
  if (/tháng|năm/i.test(clause)) out.push(...vietnamesePeriods(clause, anchor));
  if (!cjk && !de) return out;
  if (anchor.latest !== null)
    for (const m of allMatches(LAST_MONTH, clause))
      out.push({ ...spanOf(m), period: fromIndex(anchor.latest), shape: "month", role: "main" });
  const latestYear = anchor.latest === null ? null : yearOf(anchor.latest);
  const first = (n: number | null, year: string | undefined, m: RegExpMatchArray) => {
    const y = year ? Number(year) : (anchor.year ?? latestYear);
    if (n !== null && n >= 1 && n <= 12 && y !== null)
      out.push({ ...spanOf(m), period: range(y, 1, n, anchor, Boolean(year)), shape: "range", role: "main" });
  };
  if (cjk) {
    for (const m of allMatches(CJK_RANGE, clause)) {
      const a = Number(m[3]);
      const b = Number(m[4]);
      if (a < 1 || b > 12 || b <= a) continue;
      const y = namedYear(m, anchor) ?? yearFor(b, anchor);
      if (y !== null)
        out.push({ ...spanOf(m), period: `${y}-${pad(a)}..${y}-${pad(b)}`, shape: "range", role: "main" });
    }
    for (const m of allMatches(CJK_TO_MONTH, clause)) {
      const y = namedYear(m, anchor) ?? (m[4] ? Number(m[4]) : null);
      first(Number(m[3] ?? m[5]), y === null ? undefined : String(y), m);
    }
    for (const m of allMatches(CJK_FIRST_N, clause)) first(cjkCount(m[2] ?? ""), m[1], m);
    for (const m of allMatches(CJK_HALF, clause)) {
      const named = namedYear(m, anchor);
      const y = named ?? anchor.year ?? latestYear;
      const first = m[3] === "上" || m[4] === "상";
      if (y !== null) out.push(halfYear(m, y, first, anchor, named !== null));
    }
    for (const m of allMatches(CJK_YEAR, clause)) {
      const y = m[3] ? relativeYear(anchor, "last") : Number(m[1] ?? m[2]);
      if (y !== null) out.push({ ...spanOf(m), period: `${y}-01..${y}-12`, shape: "year", role: "main" });
    }
    for (const m of allMatches(CJK_WHOLE_YEAR, clause)) {
      const y = anchor.year ?? latestYear;
      if (y !== null) out.push({ ...spanOf(m), period: `${y}-01..${y}-12`, shape: "year", role: "main" });
    }
    for (const m of allMatches(CJK_BARE_YEAR, clause)) {
      const y = m[1] ? Number(m[1]) : relativeYear(anchor, "last");
      if (y !== null) out.push({ ...spanOf(m), period: `${y}-01..${y}-12`, shape: "year", role: "main" });
    }
    for (const m of allMatches(CJK_SHORT_YEAR, clause)) {
      const y = 2000 + Number(m[1]);
      out.push({ ...spanOf(m), period: `${y}-01..${y}-12`, shape: "year", role: "main" });
    }
    for (const m of allMatches(CJK_MONTH, clause)) {
      const month = Number(m[3]);
      if (month < 1 || month > 12) continue;
      const named = namedYear(m, anchor);
      const idx = resolveMonthName(month, named ?? anchor.year, anchor.latest);
      if (idx === null) continue;
      const at = m.index ?? 0;
      const after = clause.slice(at + m[0].length, at + m[0].length + 30);
      const before = clause.slice(Math.max(0, at - 4), at);
      const base =
        CJK_BASE_BEFORE.test(before) ||
        CJK_BASE_AFTER.test(after) ||
        (CJK_FROM_BEFORE.test(before) && CJK_FROM_FIGURE.test(after));
      const event = CJK_EVENT_SINCE_AFTER.test(clause.slice(at + m[0].length, at + m[0].length + 40));
      const role = CJK_SINCE_AFTER.test(after) || event ? "since" : base ? "base" : null;
      out.push({
        ...spanOf(m),
        period: fromIndex(idx),
        shape: "month",
        explicitYear: named !== null,
        ...(role ? { role } : {}),
      });
    }
  }
  if (de) {
    for (const m of allMatches(DE_FIRST_N, clause))
      first(parseCount(m[1] ?? "") ?? GERMAN_NUMBERS[(m[1] ?? "").toLowerCase()] ?? null, m[2], m);
    for (const m of allMatches(DE_HALF, clause)) {
      const y = m[2] ? Number(m[2]) : (anchor.year ?? latestYear);
      const latestMonth = anchor.latest === null ? null : fromIndex(anchor.latest);
      if (m[1] === undefined && (latestMonth === null || m[2])) continue;
      const h1 = m[1] === undefined ? Number(latestMonth?.slice(5)) <= 6 : m[1].toLowerCase() === "ersten";
      if (y !== null) out.push(halfYear(m, y, h1, anchor, Boolean(m[2])));
    }
    for (const m of allMatches(DE_YEAR, clause)) {
      const y = m[1] ? Number(m[1]) : null;
      if (y !== null) out.push({ ...spanOf(m), period: `${y}-01..${y}-12`, shape: "year", role: "main" });
    }
    for (const m of allMatches(DE_LAST_YEAR, clause)) {
      const y = relativeYear(anchor, "last");
      if (y !== null) out.push({ ...spanOf(m), period: `${y}-01..${y}-12`, shape: "year", role: "main" });
    }
  }
  return out;
}

/** The periods a Vietnamese clause names, months set against the claim's read as bases. */
function vietnamesePeriods(clause: string, anchor: PeriodAnchor): RawMention[] {
  const out: RawMention[] = [];
  const latestYear = anchor.latest === null ? null : yearOf(anchor.latest);
  const month = (m: RegExpMatchArray, n: number | undefined, year: string | undefined) => {
    if (n === undefined || n < 1 || n > 12) return;
    const named = year ? Number(year) : null;
    const idx = resolveMonthName(n, named ?? anchor.year, anchor.latest);
    if (idx === null) return;
    const at = m.index ?? 0;
    const base = VI_BASE_BEFORE.test(clause.slice(Math.max(0, at - 40), at));
    out.push({
      ...spanOf(m),
      period: fromIndex(idx),
      shape: "month",
      explicitYear: named !== null,
      ...(base ? { role: "base" as const } : {}),
    });
  };
  for (const m of allMatches(VI_MONTH_NUMBER, clause)) month(m, Number(m[1]), m[2] ?? m[3]);
  for (const m of allMatches(VI_MONTH_NAME, clause))
    month(m, VI_MONTH_NAMES[(m[1] ?? "").replace(/\s/, " ")], m[2]);
  if (anchor.latest !== null)
    for (const m of allMatches(VI_LAST_MONTH, clause))
      out.push({ ...spanOf(m), period: fromIndex(anchor.latest), shape: "month", role: "main" });
  for (const m of allMatches(VI_HALF, clause)) {
    const y = m[3] ? Number(m[3]) : (anchor.year ?? latestYear);
    const first = (m[1] ?? m[2]) === "đầu";
    if (y !== null) out.push(halfYear(m, y, first, anchor, Boolean(m[3])));
  }
  for (const m of allMatches(VI_FIRST_N, clause)) {
    const n = VI_COUNT[(m[1] ?? "").toLowerCase().replace(/\s+/, " ")] ?? Number(m[1]);
    const y = m[2] ? Number(m[2]) : (anchor.year ?? latestYear);
    if (n >= 1 && n <= 12 && y !== null)
      out.push({ ...spanOf(m), period: range(y, 1, n, anchor, Boolean(m[2])), shape: "range", role: "main" });
  }
  for (const m of allMatches(VI_YEAR, clause)) {
    const at = m.index ?? 0;
    if (VI_NOT_A_YEAR_BEFORE.test(clause.slice(Math.max(0, at - 20), at))) continue;
    const y = Number(m[1]);
    const base = /so\svới\s$/iu.test(clause.slice(Math.max(0, at - 8), at));
    out.push({ ...spanOf(m), period: `${y}-01..${y}-12`, shape: "year", role: base ? "base" : "main" });
  }
  if (anchor.latest !== null && latestYear !== null)
    for (const m of allMatches(VI_YEAR_TO_DATE, clause)) {
      const last = anchor.latest - latestYear * 12 + 1;
      out.push({
        ...spanOf(m),
        period: range(latestYear, 1, last, anchor, false),
        shape: "range",
        role: "main",
      });
    }
  return out;
}

/** The year a match names before its month or span (groups 1 and 2 of `CJK_YEAR_BEFORE`), or null. */
function namedYear(m: RegExpMatchArray, anchor: PeriodAnchor): number | null {
  if (m[1]) return Number(m[1]);
  if (m[2]) return relativeYear(anchor, LAST_YEAR_WORDS.test(m[2]) ? "last" : "this");
  return null;
}
