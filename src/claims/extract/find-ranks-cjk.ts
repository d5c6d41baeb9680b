// A month's rank as Chinese, Japanese and Korean outlets state it: in its year ("为全年最高", "全年单月最高",
// "为全年第二高", "年内で2番目に少なかった", "올해 최고치") and over a run of months it names ("创9个月新高",
// "創7個月新低", "半年来最高", "9개월 만에 최고"), and a destination's place ("第一大出口目的地", "最大の輸出先",
// "2番目の規模", "독일에 이어 2위"). Cheap patterns, run only on clauses in those scripts.

import { cjkCount } from "./lexicon.js";
import type { RankHit } from "./find-ranks.js";
import type { PartnerMention } from "./subjects.js";
import { allMatches } from "./all-matches.js";
import { destinationRank } from "./find-destination-ranks-europe.js";

const HIGH = /^(?:高|多|大|고|대|大き)$/;
/**
 * "全年第二高", "年内で2番目に少な", "全年最高", "올해 최고치", "25年の月別では2番目に多い" (the second
 * highest of 2025's months), "年内次高" and "今年第二高" (the year's second highest), "今年2番目の多さ",
 * "올해 들어 두 번째로 많은" (the second most this year), "今年に入って最も多く" (the most this year): the
 * month ranked among its year's.
 */
const IN_YEAR =
  /(?:全年|年内|年內|(?:今年|ことし)(?:以来|以來|に入って)?|本年|年間|올해(?:\s?들어)?|연중|(?<=年の)月別)(?:单月|單月|では|で|の|的)?\s?(?:第([二三四五六七八九十]|\d{1,2})(高|低|多|少|大)|最(高|低|多|少|大)|(\d{1,2})番目(?:に|の)\s?(多|少|高|低|大き)|최(고|저|대)치?|次(高|低|多|少|大)|(두|세|네|\d)\s?번째(?:로)?\s?(많|적|높|낮|크|큰)|最も(多|少|高|低))/g;
/**
 * "创9个月新高", "創7個月新低", "半年来最高", "六個月高點" (a six-month high), "9개월 만에 최고", "6개월 만에
 * 가장 많았다" (the most in six months), "반년 만에 최대" (the largest in half a year), "9カ月ぶりの高水準".
 * A high point ("高點") counts only after "個月" or "半年": "7月高點" is July's.
 */
const N_MONTHS =
  /(?:(?<cn>\d{1,2}|[一二三四五六七八九十]{1,3})\s?(?:[个個]月|月(?![以来來]))|(?<half>半)年)(?:来|來|以来|以來)?的?(?:新|最)(?<cnw>高|低)|(?:(?<cp>\d{1,2}|[一二三四五六七八九十]{1,3})\s?[个個]月|(?<halfp>半)年)(?:来|來|以来|以來)?的?(?<cnp>高|低)(?:点|點|位)|(?:(?<kn>\d{1,2})\s?(?:개월|カ月|か月|ヶ月)|(?<khalf>반년|半年))\s?(?:만에|래|ぶりの?)\s?(?:최(?<kw>고|저|대|소)치?|(?<jw>高|低)(?:水準|値)|가장\s?(?<kg>많|적|높|낮|크|작))/g;
/**
 * Half a year, as Japanese and Hong Kong outlets write the window: "半年ぶりの高水準", "半年ぶりの高い水準"
 * (the highest in half a year), "創半年高位" (a half-year high).
 */
const HALF_YEAR =
  /半年(?:ぶり|来|來)(?:の|で)?\s?(?:(高|低)(?:い|き)?\s?水準|(高|低)値|最(高|低|多|少))|半年(高|低)位/g;

/**
 * Since a month it names: "1月以來的最高", "自今年1月以来单月最高", "1月以来の高水準" (or "高い水準"), "1월 이후 최고치",
 * "1월 이후 가장 많았다" (the most since January), "1月以来の多さ" (the most since January), with the month's own figure between ("1월(6,356t)
 * 이후", "1월(6천356t) 이후", "1月の6357トン以来"). The span opens at the
 * month, which the caller reads as the window's start ("2月以來最低" is since February, not two months).
 */
const SINCE_MONTH =
  /(?:(?:\d{4}\s?[年년]|今年|本年|올해)\s?)?(?<![\d.])\d{1,2}\s?[月월](?:份)?\s?(?:\(\s?[\d.,천만]{1,9}\s?(?:t|톤|吨|噸|トン)?\s?\)\s?|の\s?[\d.,]{1,9}\s?(?:トン|t)\s?)?(?:以来|以來|以降|이후)(?:的|の|で)?\s?(?:单月|單月|月間)?\s?(?:最(高|低|多|少|大)|新(高|低)|(高|低)(?:い|き)?\s?水準|최(고|저|대)치?|가장\s?(많|적|높|낮|크|작)|(多|少な)さ)/g;

/**
 * A month's place on record: "過去2番目の多さ", "過去2番目に多い", "統計が残る中で2番目に多い", "历史第二高",
 * "史上第二高", "有统计以来的第二高", "역대 두 번째로 많은", "사상 두 번째 규모", "통계 작성 이후 두 번째로
 * 많았다"; and second to the record ("1月の過去最高に次ぐ", "過去最多に次ぐ水準"), which is the second place.
 */
const ON_RECORD =
  /(?:過去|(?:統計|記録)(?:が(?:残る|ある)|の(?:残る|ある))?(?:中で|以降で?))\s?(\d{1,2})番目(?:に|の)\s?(多|少|高|低|大き)|(?:历史|歷史|史上|有(?:统计|統計|记录|記錄|纪录|紀錄)(?:数据|數據)?以[来來])(?:上)?(?:的)?\s?第([二三四五六七八九十]|\d{1,2})(高|低|多|少|大)|(?:역대|사상|통계\s?(?:작성|집계)\s?(?:이후|이래))\s?(\d|두|세|네)\s?번째(?:로)?\s?(많|적|높|낮|큰|규모)|(?:過去)?(?:最高|最多)(?:水準|値|記録)?(?:だった)?\s?に次[ぐい]/g;
/**
 * A month's first place on record: "過去最高", "過去最多の", "역대 최대치", "사상 최고", "통계 작성 이후 최대치";
 * not when the record is what the figure is second to ("過去最高に次ぐ", "역대 최대치에 이어").
 */
const FIRST_ON_RECORD =
  /過去最(高|多|低|少|大)(?:水準|値|記録)?(?!\s?(?:だった)?\s?(?:の[^。、]{0,12})?に次)|(?:역대|사상|통계\s?(?:작성|집계)\s?(?:이후|이래))\s?최(고|대|저|소)(?:치)?(?!\s?(?:였던|인)?\s?[^.。]{0,16}?(?:에\s?이어|다음으로))/g;
const KOREAN_COUNTS: Record<string, number> = { 두: 2, 세: 3, 네: 4 };
const KOREAN_HIGH = /^(?:많|높|큰|규모)$/;

/**
 * A run of rises or falls: "連續第二個月下降", "连续3个月增长", "두 달 연속 줄었다", "3개월 연속 증가",
 * "2개월째 증가했다" (a second month of rises), "2カ月連続で減少", "減少は2か月連続" (the fall is the second in a row).
 */
const STREAK =
  /(?:连续|連續)\s?第?([二三四五六七八九十两兩]|\d{1,2})\s?(?:个|個)?月\s?(下降|下滑|减少|減少|下跌|回落|增长|增長|上升|上涨|上漲|增加)|([두세네]|\d{1,2})\s?(?:달|개월)\s?(?:연속|째)\s?(?:으로\s?)?(감소|줄|하락|증가|늘|상승)|(\d{1,2})\s?(?:カ月|か月|ヶ月)連続\s?(?:で|の)?\s?(減少|減|増加|増|低下|上昇)|(減少|増加|低下|上昇)は\s?(\d{1,2})\s?(?:カ月|か月|ヶ月)連続/g;
const STREAK_UP = /^(?:增长|增長|上升|上涨|上漲|增加|증가|늘|상승|増加|増|上昇)$/;

/** Every rank stated in one of these languages in a clause. */
export function findCjkRanks(clause: string): RankHit[] {
  const out: RankHit[] = [];
  if (!/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(clause)) return out;
  const span = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of allMatches(IN_YEAR, clause)) {
    const n = m[1]
      ? cjkCount(m[1])
      : m[4]
        ? Number(m[4])
        : m[7]
          ? 2
          : m[8]
            ? (KOREAN_COUNTS[m[8]] ?? Number(m[8]))
            : 1;
    const word = m[2] ?? m[3] ?? m[5] ?? m[6] ?? m[7] ?? m[10] ?? "";
    if (n === null || n < 1 || n > 12) continue;
    out.push({
      ...span(m),
      type: "rank",
      n,
      direction: (m[9] ? KOREAN_HIGH.test(m[9]) || m[9] === "크" : HIGH.test(word)) ? "high" : "low",
      scope: { type: "year", year: null },
    });
  }
  for (const m of allMatches(ON_RECORD, clause)) {
    const n = m[1] ? Number(m[1]) : m[3] ? cjkCount(m[3]) : m[5] ? (KOREAN_COUNTS[m[5]] ?? Number(m[5])) : 2;
    const word = m[2] ?? m[4] ?? "";
    const high = m[6] ? KOREAN_HIGH.test(m[6]) : m[2] || m[4] ? HIGH.test(word) : true;
    if (n === null || !Number.isInteger(n) || n < 2 || n > 12) continue;
    out.push({ ...span(m), type: "rank", n, direction: high ? "high" : "low", scope: { type: "record" } });
  }
  for (const m of allMatches(FIRST_ON_RECORD, clause)) {
    const high = m[1] ? HIGH.test(m[1]) : /^[고대]$/.test(m[2] ?? "");
    out.push({ ...span(m), type: "rank", n: 1, direction: high ? "high" : "low", scope: { type: "record" } });
  }
  for (const m of allMatches(STREAK, clause)) {
    const count = m[1] ?? m[3] ?? m[5] ?? m[8] ?? "";
    const n = KOREAN_COUNTS[count] ?? (/^\d+$/.test(count) ? Number(count) : cjkCount(count));
    if (n === null || n < 2 || n > 24) continue;
    const up = STREAK_UP.test(m[2] ?? m[4] ?? m[6] ?? m[7] ?? "");
    out.push({ ...span(m), type: "streak", n, direction: up ? "up" : "down", scope: null });
  }
  for (const m of allMatches(SINCE_MONTH, clause)) {
    const word = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[6] ?? "";
    out.push({
      ...span(m),
      type: "rank",
      n: 1,
      direction: HIGH.test(word) || /^(?:많|높|크)$/.test(m[5] ?? "") ? "high" : "low",
      scope: { type: "since", period: null },
    });
  }
  for (const m of allMatches(HALF_YEAR, clause)) {
    const word = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
    out.push({
      ...span(m),
      type: "rank",
      n: 1,
      direction: HIGH.test(word) ? "high" : "low",
      scope: { type: "months", months: 6 },
    });
  }
  for (const m of allMatches(N_MONTHS, clause)) {
    const g = m.groups ?? {};
    const months = g["half"] || g["halfp"] || g["khalf"] ? 6 : cjkCount(g["cn"] ?? g["cp"] ?? g["kn"] ?? "");
    if (months === null || months < 2 || months > 60) continue;
    const word = g["cnw"] ?? g["cnp"] ?? g["kw"] ?? g["jw"] ?? "";
    out.push({
      ...span(m),
      type: "rank",
      n: 1,
      direction: HIGH.test(word) || /^(?:많|높|크)$/.test(g["kg"] ?? "") ? "high" : "low",
      scope: { type: "months", months },
    });
  }
  return out;
}

const CJK_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
/**
 * A destination's place: "第一大出口目的地", "最大の輸出先", "2番目の規模", "3위", "3위 수입국" (not "위안", the yuan, nor "위권", a band of places),
 * "2位", "第2位" (not "単位", a unit, nor "上位", the top places), "位居第二". After
 * "X에 이어" or "X向けに次ぐ" (following X) the place is the destination's before X, and X is above it.
 */
const PLACE =
  /第([一二三四五六七八九十]|\d{1,2})大(?:[^，。；、,;\d]{0,6}?)(?:目的地|市场|市場|买家|買家|出口国|出口國)|最大(?:的)?(?:出口)?(?:目的地|市场|市場|买家|買家)|(最大)の(?:輸出先|仕向け?先)|(\d{1,2})番目の(?:規模|輸出先|仕向け?先)|(?<![\d.])(\d{1,2})위(?![\d권안])|(?:位居|位列|排名|排在)\s?第?([一二三四五六七八九十]|\d{1,2})(?:位|名)?|(?<![\d.単上下順首])(?:第\s?)?(\d{1,2})\s?位(?![置於于数數])/g;
/**
 * The top destinations listed in order: "前三大出口目的地依次为德国、美国和越南", "最大的五個目的地依序為德國、
 * 美國...": each destination named after the words holds the place its turn in the list gives. Without
 * words of order ("分别是", "为") a list does not rank, as "the top five destinations were ..." does not.
 */
const TOP_IN_ORDER =
  /(?:前|最大的?)\s?([一二三四五六七八九十]|\d{1,2})\s?(?:大|个|個)\s?(?:出口)?(?:目的地|市场|市場|买家|買家)[^，。；,;]{0,4}?(?:依次|依序|按顺序|按順序)\s?(?:为|為|是)?/g;
/**
 * First place said of the destination named before it in the clause: "德國占比18.6%居冠", "居首",
 * "ドイツ向けが1106トンで最も多く", "독일이 1천106t으로 가장 많았고" (Germany took the most).
 */
const FIRST_PLACE = /居冠|居首(?:位)?|最も多(?:く|かった|い)|가장\s?많았(?:고|다)/g;
/**
 * Words between the destination and "the most" that make it a rank among months, not among
 * destinations: "日本向けは今年最も多かった", "1월 이후 가장 많았다", "9カ月ぶりに最も多く".
 */
const MONTHS_RANKED =
  /今年|年内|年內|全年|過去|过去|历史|歷史|史上|올해|역대|사상|以来|以來|以降|ぶり|만에|이후|[个個カか]月|개월|月間|単月|单月|單月|[。；;]/;

/** "僅次於德國的第2大": second only to the destination named after these words, which is above it. */
const SECOND_ONLY_TO = /次[於于]\s?$/;
const FOLLOWING = /^\s?(?:향|向け)?\s?(?:에\s?이어|に次ぐ|に次いで)\s?$/;

/** A destination's rank stated in Chinese, Japanese or Korean in a clause, with the destination it ranks. */
export function findCjkDestinationRanks(
  clause: string,
  partners: readonly PartnerMention[],
): Array<RankHit & { partner: PartnerMention; above?: string[] }> {
  const out: Array<RankHit & { partner: PartnerMention; above?: string[] }> = [];
  if (!CJK_SCRIPT.test(clause)) return out;
  const named = partners.filter((p) => !p.weak);
  for (const m of allMatches(TOP_IN_ORDER, clause)) {
    const n = cjkCount(m[1] ?? "");
    const end = (m.index ?? 0) + m[0].length;
    const listed = named.filter((p) => p.start >= end && !/[。；;]/.test(clause.slice(end, p.start)));
    if (n === null || listed.length === 0 || listed.length > n) continue;
    listed.forEach((p, i) => out.push(destinationRank(p.start, p.end, i + 1, p)));
  }
  for (const m of allMatches(FIRST_PLACE, clause)) {
    const start = m.index ?? 0;
    const owner = named.filter((p) => p.end <= start).pop();
    if (!owner || MONTHS_RANKED.test(clause.slice(owner.end, start))) continue;
    const end = start + m[0].length;
    out.push({
      start,
      end,
      type: "rank",
      n: 1,
      direction: "high",
      scope: { type: "destinations" },
      partner: owner,
    });
  }
  for (const m of allMatches(PLACE, clause)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const n =
      m[1] || m[5] ? cjkCount(m[1] ?? m[5] ?? "") : m[3] || m[4] || m[6] ? Number(m[3] ?? m[4] ?? m[6]) : 1;
    if (n === null || n < 1 || n > 10) continue;
    // "最大の輸出先ドイツ": the destination right after the words; else the nearest before them
    const after = named.find((p) => p.start >= end && p.start - end <= 2);
    const before = named.filter((p) => p.end <= start);
    let owner = after ?? before.pop();
    let above: string[] | undefined;
    if (
      !after &&
      owner &&
      (FOLLOWING.test(clause.slice(owner.end, start).replace(/\s?\d[\d.,]*\s?\S{0,3}$/, "")) ||
        (SECOND_ONLY_TO.test(clause.slice(Math.max(0, owner.start - 4), owner.start)) &&
          /^\s?[的，,]?\s?$/.test(clause.slice(owner.end, start))))
    ) {
      above = [owner.value];
      // "ドイツ、韓国に次ぐ3位": every destination listed before "に次ぐ" is above it
      let last: PartnerMention = owner;
      owner = before.pop();
      while (owner && /^\s?[、,と和及]\s?$/.test(clause.slice(owner.end, last.start))) {
        above.push(owner.value);
        last = owner;
        owner = before.pop();
      }
    }
    if (!owner) continue;
    out.push({
      start,
      end,
      type: "rank",
      n,
      direction: "high",
      scope: { type: "destinations" },
      partner: owner,
      ...(above && n === above.length + 1 ? { above } : {}),
    });
  }
  return out;
}
