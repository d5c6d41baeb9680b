// A month's rank as Chinese, Japanese and Korean outlets state it: in its year ("为全年最高", "全年单月最高",
// "为全年第二高", "年内で2番目に少なかった", "올해 최고치") and over a run of months it names ("创9个月新高",
// "創7個月新低", "半年来最高", "9개월 만에 최고"). Cheap patterns, run only on clauses in those scripts.

import { cjkCount } from "./lexicon.js";
import type { RankHit } from "./find-ranks.js";
import { allMatches } from "./all-matches.js";

const HIGH = /^(?:高|多|大|고|대|大き)$/;
/** "全年第二高", "年内で2番目に少な", "全年最高", "올해 최고치": the month ranked among its year's. */
const IN_YEAR =
  /(?:全年|年内|年內|今年以来|今年以來|本年|年間|올해|연중)(?:单月|單月|で|の|的)?\s?(?:第([二三四五六七八九十]|\d{1,2})(高|低|多|少|大)|最(高|低|多|少|大)|(\d{1,2})番目に(多|少|高|低|大き)|최(고|저|대)치?)/g;
/** "创9个月新高", "創7個月新低", "半年来最高", "9개월 만에 최고", "9カ月ぶりの高水準". */
const N_MONTHS =
  /(?:(\d{1,2}|[一二三四五六七八九十]{1,3})\s?[个個]?月|(半)年)(?:来|來|以来|以來)?(?:新|最)(高|低)|(\d{1,2})\s?(?:개월|カ月|か月|ヶ月)\s?(?:만에|래|ぶりの?)\s?(?:최(고|저)|(高|低)(?:水準|値))/g;

/** Every rank stated in one of these languages in a clause. */
export function findCjkRanks(clause: string): RankHit[] {
  const out: RankHit[] = [];
  if (!/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(clause)) return out;
  const span = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of allMatches(IN_YEAR, clause)) {
    const n = m[1] ? cjkCount(m[1]) : m[4] ? Number(m[4]) : 1;
    const word = m[2] ?? m[3] ?? m[5] ?? m[6] ?? "";
    if (n === null || n < 1 || n > 12) continue;
    out.push({
      ...span(m),
      type: "rank",
      n,
      direction: HIGH.test(word) ? "high" : "low",
      scope: { type: "year", year: null },
    });
  }
  for (const m of allMatches(N_MONTHS, clause)) {
    const months = m[2] ? 6 : cjkCount(m[1] ?? m[4] ?? "");
    if (months === null || months < 2 || months > 60) continue;
    out.push({
      ...span(m),
      type: "rank",
      n: 1,
      direction: HIGH.test(m[3] ?? m[5] ?? m[6] ?? "") ? "high" : "low",
      scope: { type: "months", months },
    });
  }
  return out;
}
