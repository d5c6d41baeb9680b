// The comparison base a change names in or right after its words: year on year ("y/y", "YoY", "on
// the year", "from a year earlier", "than a year prior", "compared with the same month last year", 同比, "Vorjahr") or
// month on month ("m/m", "MoM", "from the previous month", 环比, "Vormonat"); in Korean and Chinese also
// "지난해 같은 달", "去年同期", "较2024年同期" (a year earlier) and "전달 대비", "比上月" (the month before). After
// "compared to" the article may be missing, as machine translation drops it ("compared to same period
// last year", "compared to previous month").

import { monthsFrom, parsePeriod, spanBefore } from "../../domain/period.js";
import { MOVE_NOUNS } from "./lexicon.js";

// "over the same period" with no year after it is the span of time another change was told over,
// not a base a year before ("exports fell 5% from September; US sales eased 3% over the same period").
//
// Under the `iu` flags a word boundary is read with case folding ("ſ", "K" are word characters),
// and the engine then tries `\b` at every character of the text: several times slower. Each
// alternative opens with a letter, a word character, so `(?<!\w)` is the same boundary, tried only
// where that letter is.
const YOY = new RegExp(
  [
    "(?<!\\w)(?:year[- ]on[- ]year|year[- ]over[- ]year|y[- ]o[- ]y|yr/yr|on[- ](?:the[- ])?year|y/y|yoy|annual(?:ly)?|on an annual basis|year earlier|year prior|from last year)",
    `(?<!\\w)yearly\\s(?:${MOVE_NOUNS})s?(?!\\w)`,
    "(?<!\\w)(?:from|than|on|over|versus|vs\\.?|against|ahead of|behind|above|below|short of|shy of|compared (?:with|to)|in comparison (?:with|to)|relative to|regarding|in relation to|with respect to)\\s(?:(?:in|during|for)\\s)?(?!(?<=over\\s)the same (?:months?|period|time|stretch|quarter)(?! (?:a year|last year|of |in )))(?:a year (?:earlier|ago|before|prior)|the year before|(?:the |(?<=compared (?:with|to) ))(?:same|corresponding|year-earlier|year-ago) (?:months?|period|time|quarter|stretch)(?: (?:a year (?:earlier|ago|before)|last year|of last year|(?:of|in) (?:the )?previous year|(?:of|in) (?:19|20)\\d{2}|a year earlier))?|(?:the )?(?:same |corresponding )?(?:month|period|quarter) (?:of|in) (?:(?:the )?(?:previous|prior|preceding) year|last year)|(?:the )?(?:year-earlier|year-ago|prior-year|previous year's) (?:level|figure|period|month|total)s?|last year(?!['’]s\\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)(?:'s)?(?: levels?| level| figure| total)?|twelve months (?:earlier|ago|before|prior)|12 months (?:earlier|ago|before|prior))",
    // "1.2 times the year-earlier level", "twice the year-ago figure": a multiple of the level a year
    // before (the word opens the alternative, so the engine tries it only where that letter is)
    "the (?<=(?:times|twice|fold|of)\\sthe )(?:year-(?:earlier|ago|before)|(?:prior|previous|preceding)-year) (?:level|figure|total|volume|tally|month|period)(?!\\w)",
    // "5.7% higher than the 5,278 tons recorded in the same month last year": a base figure dated a year before
    "(?<!\\w)(?:from|than|over|versus|vs\\.?|against|compared (?:with|to))\\s(?:the\\s)?(?:(?:about|around|some|nearly)\\s)?\\d[\\d,.]*\\s?(?:t|tonnes|tons|metric tons)\\s(?:(?:recorded|shipped|exported|seen|sold|sent)\\s)?(?:in|during)\\s(?:the\\s)?(?:same|corresponding)\\s(?:month|period)\\s(?:a year (?:earlier|ago)|last year|of last year|(?:of|in) the previous year|(?:of|in) (?:19|20)\\d{2})",
    "同比|按年|(?<![\\d０-９一二三四五六七八九十今去全本上前明每同当當])年(?=[增減减涨漲跌降])|前年同月比|前年比|(?:1|일|한)\\s?년\\s?전(?:보다|에 비해|대비)|전년\\s?(?:동월\\s?|동기\\s?)?(?:대비|比)|(?:지난해|작년|전년)\\s?(?:같은\\s?(?:달|기간)|동월|동기)|(?:去年|上年|前年)同(?:期|月)|(?:19|20)\\d{2}\\s?[年년]\\s?(?:同(?:期|月)|동월|동기|같은\\s?(?:달|기간))|(?:前の年|前年|去年|昨年)の同じ(?:月|時期|期間)",
    "(?<!\\w)(?:Vorjahr(?:es(?:monat|zeitraum)?)?|Jahresvergleich)",
    // Spanish, Portuguese, French and Italian: "interanual", "na comparação anual", "em termos homólogos",
    // "sur un an", "par rapport au même mois de l'année précédente", "su base annua", "rispetto
    // all'anno precedente", "em relação ao ano anterior"
    "(?<![\\p{L}])(?:interanual(?:es|mente)?|en\\stérminos\\sinteranuales|na\\scomparação\\sanual|em\\stermos\\sanuais|sur\\sun\\san|en\\sglissement\\sannuel|su\\sbase\\sannua|(?:(?:respecto|frente)\\sal|que\\sen\\sel)\\smismo\\s(?:mes|periodo|período)\\sde(?:l\\saño\\s(?:anterior|pasado)|\\s(?:19|20)\\d{2})|que\\sun\\saño\\santes|año\\stras\\saño|ano\\sa\\sano|(?:respecto|con\\srespecto|frente)\\sal\\saño\\s(?:anterior|pasado)|(?:do\\s)?que\\sum\\sano\\santes|qu['’](?:il\\sy\\sa\\s)?un\\san(?:\\splus\\stôt)?|em\\stermos\\shomólogos|(?:taxa|variação)\\shomóloga|par\\srapport\\sau\\smême\\smois\\sde\\sl['’]année\\s(?:précédente|dernière)|(?:par\\srapport\\sà\\s)?la\\spériode\\scorrespondante\\sde\\sl['’]année\\s(?:précédente|dernière)|rispetto\\sallo\\sstesso\\s(?:mese|periodo)\\sdell['’]anno\\s(?:scorso|precedente)|rispetto\\sall['’]anno(?:\\s(?:scorso|precedente|prima))?|(?:em\\srelação|face)\\sao\\s(?:ano\\s(?:anterior|passado)|mesmo\\s(?:mês|período)\\sdo\\sano\\s(?:anterior|passado)))(?![\\p{L}])",
    // Vietnamese: "so với cùng kỳ năm ngoái", "so với năm ngoái", "so với năm 2024"
    "(?<![\\p{L}])so\\svới\\s(?:cùng\\skỳ|năm\\s(?:ngoái|trước|(?:19|20)\\d{2}))(?![\\p{L}])",
    // Indonesian: "secara tahunan", "dibandingkan (dengan 5.278 ton yang dikirim pada) bulan yang sama tahun lalu"
    "(?<![\\p{L}])(?:secara\\s(?:tahunan|year-on-year)|(?:dibandingkan(?:\\sdengan)?|dari)\\s(?:[\\d.,]+\\s(?:metrik\\s)?ton(?:\\smetrik)?\\s(?:yang\\s(?:dikirim|diekspor|tercatat)\\s)?pada\\s)?(?:bulan|periode)\\syang\\ssama\\s(?:tahun\\s(?:lalu|sebelumnya)|(?:pada\\s)?tahun\\s(?:19|20)\\d{2}))(?![\\p{L}])",
  ].join("|"),
  "iu",
);
const MOM = new RegExp(
  [
    "(?<!\\w)(?:month[- ]on[- ]month|month[- ]over[- ]month|m[- ]o[- ]m|on[- ](?:the[- ])?month|m/m|mom|sequentially|on a monthly basis|on a sequential basis)",
    // "a 12% monthly gain", "the steepest monthly drop": "monthly" of a move (not "the monthly total")
    `(?<!\\w)monthly\\s(?:${MOVE_NOUNS})s?(?!\\w)`,
    "(?<!\\w)(?:from|than|on|over|versus|vs\\.?|against|above|below|short of|shy of|compared (?:with|to)|in comparison (?:with|to)|relative to|regarding|in relation to|with respect to)\\s(?:(?:in|during|for)\\s)?(?:(?:the |(?<=compared (?:with|to) ))(?:previous|prior|preceding) month(?:'s)?|a month (?:earlier|ago|before|prior)|the month before|last month(?:'s)?|the month-earlier (?:level|figure))",
    // "1.8 times the prior-month level": a multiple of the level the month before
    "the (?<=(?:times|twice|fold|of)\\sthe )(?:month-(?:earlier|ago|before)|(?:prior|previous|preceding)-month) (?:level|figure|total|volume|tally)(?!\\w)",
    "前の月(?:と比べ|から|より)|环比|環比|按月|(?<![\\d０-９一二三四五六七八九十个個本上下当當每])月(?=[增減减涨漲跌降])|前月比|(?:전월|전달|(?:1|일|한)\\s?달\\s?전)\\s?(?:대비|比|보다|에\\s?비해)|(?:比|较|較|對比|对比)\\s?(?:上(?:个|個)?|前一\\s?[个個])月",
    "(?<!\\w)(?:Vormonat(?:s(?:vergleich|wert)?)?)",
    "(?<![\\p{L}])(?:intermensual|mes\\scontra\\smes|mês\\scontra\\smês|na\\scomparação\\smensal|sur\\sun\\smois|en\\sglissement\\smensuel|su\\sbase\\smensile|(?:respecto|frente)\\sal\\smes\\santerior|em\\srelação\\sao\\smês\\santerior|par\\srapport\\sau\\smois\\sprécédent|rispetto\\sal\\smese\\sprecedente)(?![\\p{L}])",
    // Vietnamese: "so với tháng trước"
    "(?<![\\p{L}])so\\svới\\stháng\\s(?:trước|liền\\strước)(?![\\p{L}])",
    // Indonesian: "secara bulanan", "dibandingkan bulan sebelumnya", "dari bulan sebelumnya"
    "(?<![\\p{L}])(?:secara\\s(?:bulanan|month-on-month)|(?:dibandingkan(?:\\sdengan)?|dari)\\sbulan\\s(?:sebelumnya|lalu))(?![\\p{L}])",
  ].join("|"),
  "iu",
);

/**
 * Words that set a quarter or a half against the one before it: "quarter on quarter", "q/q", "QoQ",
 * "on the quarter", "from the previous quarter"; "half on half", "h/h", "from the first half" is a
 * named span, read elsewhere.
 */
const PRIOR_QUARTER =
  /(?<!\w)(?:quarter[- ](?:on|over)[- ]quarter|q[- ]o[- ]q|q\/q|qoq|on[- ](?:the[- ])?quarter(?![-\w])|(?:from|than|on|over|versus|vs\.?|against|compared (?:with|to))\s(?:(?:in|during)\s)?(?:the\s)?(?:previous|prior|preceding|last) quarter|(?:a|one) quarter (?:earlier|ago|before)|the quarter before)(?!\w)/i;
const PRIOR_HALF =
  /(?<!\w)(?:half[- ](?:on|over)[- ]half|h[- ]o[- ]h|h\/h|hoh|(?:from|than|on|over|versus|vs\.?|against|compared (?:with|to))\s(?:(?:in|during)\s)?(?:the\s)?(?:previous|prior|preceding) (?:half|six months)|half a year (?:earlier|ago|before))(?!\w)/i;

/**
 * The span just before `period` when `text` sets a quarter or a half against it in the words for its
 * length ("q/q" of a quarter, "half on half" of a half), before any year-on-year or month-on-month
 * words it also has; else null.
 * @example priorSpanBasis("up 148% quarter on quarter", "2025-07..2025-09") // "2025-04..2025-06"
 */
export function priorSpanBasis(text: string, period: string): string | null {
  const p = parsePeriod(period);
  if (p === null || p.kind !== "range") return null;
  const months = monthsFrom(p.start, p.end) + 1;
  const prior = months === 3 ? PRIOR_QUARTER.exec(text) : months === 6 ? PRIOR_HALF.exec(text) : null;
  if (prior === null) return null;
  const other = [YOY.exec(text)?.index, MOM.exec(text)?.index].filter((i) => i !== undefined);
  return other.every((i) => i > prior.index) ? spanBefore(period) : null;
}

/** The basis named in or right after a change ("on year", "from a month earlier"), or null. */
export function basisAfter(clause: string, start: number, end: number): "mom" | "yoy" | null {
  const window = clause.slice(start, Math.min(clause.length, end + 70));
  return basisIn(window);
}

/**
 * The first basis named in `text`, or null. Before a change (`before`), only a comparison phrase
 * counts ("Versus a year earlier, ..."): a bare "annual" there describes the subject, not the base.
 */
export function basisIn(text: string, before = false): "mom" | "yoy" | null {
  const found = YOY.exec(text);
  const y = before && found && /^annual/i.test(found[0]) ? null : found;
  const mo = MOM.exec(text);
  if (y && (!mo || y.index <= mo.index)) return "yoy";
  if (mo) return "mom";
  return null;
}

/**
 * A basis set at the head of a long clause, far before its change, with no figure between them:
 * "Compared to the same period last year, China's rare earth magnet exports in September increased
 * by 17.5%". A figure in between may be the one the words compare, so then none is taken.
 */
export function leadingBasis(text: string): "mom" | "yoy" | null {
  const y = YOY.exec(text);
  const mo = MOM.exec(text);
  const found = y && (!mo || y.index <= mo.index) ? y : mo;
  if (found === null || /^annual/i.test(found[0])) return null;
  const rest = text.slice(found.index + found[0].length);
  if (/\d/.test(rest.replace(/\b(?:19|20)\d{2}\b/g, ""))) return null;
  return found === y ? "yoy" : "mom";
}

const YOY_ALL = new RegExp(YOY.source, "giu");
const MOM_ALL = new RegExp(MOM.source, "giu");

/**
 * The last basis named in `text`, or null: what a later "over the same period" points back to.
 * @example lastBasisIn("fell 5% from September, after rising 3% on the year") // "yoy"
 */
export function lastBasisIn(text: string): "mom" | "yoy" | null {
  const last = (re: RegExp) => [...text.matchAll(re)].pop()?.index ?? -1;
  const [y, m] = [last(YOY_ALL), last(MOM_ALL)];
  if (y < 0 && m < 0) return null;
  return y > m ? "yoy" : "mom";
}

/**
 * Between a change and a period that dates the rate it moved from: "the annual fall narrowing to 15%
 * from 18.9% for the first half", "down 15%, after a drop of 18.9% in the first half". The period is
 * that earlier rate's, not the change's own.
 */
export const EARLIER_RATE_AFTER =
  /^,?\s(?:(?:down|up)\s)?(?:from|after|against|compared\swith|versus|vs\.?)\s(?:(?:an?|the)\s)?(?:(?:about|around|nearly|almost|roughly)\s)?[+\-−]?\d+(?:\.\d+)?\s?(?:%|percent|per\scent|pc)(?:\s(?:drop|fall|decline|decrease|rise|gain|increase|slump|jump))?\s(?:in|for|during|over)\s(?:the\s)?$/i;
