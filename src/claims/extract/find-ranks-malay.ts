// Ranks as Indonesian and Malay outlets state them: "tertinggi sejak Januari" (the highest since
// January), "tertinggi dalam sembilan bulan" and "level tertinggi tujuh bulan" (a nine- or seven-month
// high), "tertinggi kedua sepanjang sejarah" (the second highest on record), "tertinggi tahun ini"
// (the highest this year), and a run of months: "penurunan dua bulan berturut-turut" (a second fall
// in a row). As in the other languages, only a rank with its window is read; the month after "sejak"
// is found by the period grammar as the rank's "since" month.

import type { RankHit } from "./find-ranks.js";
import { allMatches } from "./all-matches.js";

/** Numbers in words, as a count of months or a place. */
const NUMBERS: Record<string, number> = {
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  "dua belas": 12,
};
const ORDINALS: Record<string, number> = { kedua: 2, ketiga: 3, keempat: 4, kelima: 5 };
const COUNT = `(\\d{1,2}|dua\\sbelas|${Object.keys(NUMBERS).join("|")})`;
const L = "(?<![\\p{L}])";
const R = "(?![\\p{L}])";
/** The extreme, with a place before the second: "tertinggi", "terendah kedua". */
const EXTREME = `${L}(tertinggi|terendah|terbesar|terkecil)(?:\\s(${Object.keys(ORDINALS).join("|")}))?`;

const SINCE = new RegExp(`${EXTREME}\\s(?:sejak|semenjak)${R}(?!\\s(?:rekor|awal\\stahun\\s(?!ini)))`, "giu");
const MONTHS = new RegExp(`${EXTREME}\\s(?:dalam\\s)?${COUNT}\\sbulan(?:\\sterakhir)?${R}`, "giu");
const RECORD = new RegExp(`${EXTREME}\\s(?:sepanjang\\s(?:sejarah|masa)|dalam\\ssejarah)${R}`, "giu");
const YEAR = new RegExp(`${EXTREME}\\s(?:(?:sepanjang|pada)\\s)?tahun\\sini${R}`, "giu");
/** "penurunan dua bulan berturut-turut", "naik tiga bulan berturut-turut": the direction in the words before. */
const STREAK = new RegExp(`${L}${COUNT}\\sbulan\\sberturut-turut${R}`, "giu");
const DOWN_BEFORE = /(?:penurunan|turun|menurun|merosot|melemah|anjlok|susut)\s(?:[\p{L},]+\s){0,3}$/iu;
const UP_BEFORE =
  /(?:kenaikan|naik|meningkat|peningkatan|melonjak|tumbuh|pertumbuhan)\s(?:[\p{L},]+\s){0,3}$/iu;

const HINT = /(?<![\p{L}])(?:tertinggi|terendah|terbesar|terkecil|berturut-turut)(?![\p{L}])/iu;
const span = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
const countOf = (w: string) => (/^\d+$/.test(w) ? Number(w) : NUMBERS[w.toLowerCase().replace(/\s+/g, " ")]);
const directionOf = (w: string) => (/^(?:terendah|terkecil)$/i.test(w) ? "low" : "high");

/** Every rank stated in Indonesian or Malay in a clause. */
export function findMalayRanks(clause: string): RankHit[] {
  if (!HINT.test(clause)) return [];
  const out: RankHit[] = [];
  const place = (m: RegExpMatchArray) => (m[2] ? (ORDINALS[m[2].toLowerCase()] ?? 1) : 1);
  const scopes: [RegExp, NonNullable<RankHit["scope"]>][] = [
    [SINCE, { type: "since", period: null }],
    [RECORD, { type: "record" }],
    [YEAR, { type: "year", year: null }],
  ];
  for (const [re, scope] of scopes)
    for (const m of allMatches(re, clause))
      out.push({
        ...span(m),
        type: "rank",
        n: place(m),
        direction: directionOf(m[1] ?? ""),
        scope: { ...scope },
      });
  for (const m of allMatches(MONTHS, clause)) {
    const months = countOf(m[3] ?? "");
    if (months === undefined || months < 2 || months > 60) continue;
    out.push({
      ...span(m),
      type: "rank",
      n: place(m),
      direction: directionOf(m[1] ?? ""),
      scope: { type: "months", months },
    });
  }
  for (const m of allMatches(STREAK, clause)) {
    const n = countOf(m[1] ?? "");
    if (n === undefined || n < 2 || n > 24) continue;
    const before = clause.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
    const direction = DOWN_BEFORE.test(before) ? "down" : UP_BEFORE.test(before) ? "up" : null;
    if (direction === null) continue;
    out.push({ ...span(m), type: "streak", n, direction, scope: null });
  }
  return out;
}
