// Changes as German and Chinese, Japanese and Korean outlets write them: "stiegen um 12 Prozent",
// "gingen um 5,3 Prozent zurück", "ein Plus von 12 Prozent", "同比增长12%", "环比下降5.3%",
// "前年同月比35%増", "전년 동월 대비 12% 증가". Cheap, bounded patterns; the basis words (同比, 环比,
// Vorjahr) are read by change-bases.ts from the matched span and what follows it.

import { NUM, changeRead, hedgeOf, parseDecimal, parseDecimalDe } from "./numbers.js";
import { GERMAN_NUMBERS } from "./lexicon.js";
import { europeanText } from "./european-numbers.js";
import type { ChangeRead } from "./find-changes.js";
import { allMatches } from "./all-matches.js";
import { findRomanceChanges } from "./find-changes-romance.js";

/** A change found in a clause in another language's wording. */
export type IntlChangeHit = ChangeRead & { start: number; end: number };

const NUM_DE = "\\d{1,3}(?:\\.\\d{3}){1,4}(?:,\\d{1,4})?|\\d{1,12}(?:,\\d{1,4})?";
const DE_UP =
  "stiegen|stieg|gestiegen|wuchsen|wuchs|gewachsen|kletterten|kletterte|geklettert|legten|legte|zugelegt|erhöhten sich|erhöhte sich|nahmen|nahm|zugenommen";
const DE_DOWN =
  "sanken|sank|gesunken|fielen|fiel|gefallen|gingen|ging|zurückgegangen|brachen|brach|eingebrochen|schrumpften|schrumpfte|geschrumpft|verringerten sich|verringerte sich";
/** Participles a German clause ends on: "um 20 Prozent gefallen". */
const DE_PARTICIPLE_UP = "gestiegen|gewachsen|geklettert|zugelegt|zugenommen";
const DE_PARTICIPLE = `${DE_PARTICIPLE_UP}|gesunken|gefallen|zurückgegangen|eingebrochen|geschrumpft`;
const DE_NOUN_UP = "Plus|Anstieg|Zuwachs|Wachstum";
const DE_NOUN_DOWN = "Minus|Rückgang|Einbruch";
const DE_HEDGE = "(?:(rund|etwa|knapp|fast|gut|mehr als|über|ungefähr)\\s)?";
/** A German number said in words before "Prozent": "elf Prozent mehr", "um zwanzig Prozent". */
const DE_WORD = `\\b(?:${Object.keys(GERMAN_NUMBERS).join("|")})(?![\\wäöüß])`;
const DE_PCT = `(${NUM_DE}|${DE_WORD})\\s?(?:Prozent|%)`;

// simplified and traditional characters
const CN_UP = "增长|增長|增加|上升|上涨|上漲|提高|攀升|高出|多出|增|涨|漲";
const CN_DOWN = "下降|减少|減少|下滑|下跌|回落|降低|减|減|降|跌|(?<!至)少";
/**
 * A basis before a Chinese change, with what may stand between them: "同比", "环比", Hong Kong's
 * "按月" and "按年", Taiwan's "月增" and "年減" (a month or year not after a number or a word that
 * makes it one month or year: "11月增长" is November's change); then "则", "也", "还是", and a word
 * that only says how sharply ("大涨", "暴跌").
 */
const CN_BASIS =
  "(?:同比|环比|環比|按月|按年|(?<![\\d０-９一二三四五六七八九十个個今去全本上前明每同当當])[月年])?\\s?(?:还是|還是|[则則也还還再])?\\s?(?:[大暴猛急激骤驟锐銳])?";
const JA_UP = "増加|増え|増|上回";
const JA_DOWN = "減少|減っ|減|下回";
const KO_UP = "증가|급증|늘|많(?:다|았|은|게)";
const KO_DOWN = "감소|급감|줄|적(?:다|었|은|게)";
/** A Korean hedge after the percentage: "23% 가까이 감소" (nearly), "30% 가량" (about), "넘게" (over). */
const KO_HEDGE = "(?:(가까이|가량|정도|안팎|이상|넘게)\\s?)?";

// whole-word tests for the rising words, built once rather than per match
const IS_DE_UP = new RegExp(`^(?:${DE_UP})$`, "i");
const IS_DE_NOUN_UP = new RegExp(`^(?:${DE_NOUN_UP})$`, "i");
const IS_CN_UP = new RegExp(`^(?:${CN_UP})$`);
const IS_JA_UP = new RegExp(`^(?:${JA_UP})$`);
const IS_KO_UP = new RegExp(`^(?:${KO_UP})$`);

const PATTERNS: Array<{
  re: RegExp;
  read: (m: RegExpMatchArray) => ChangeRead | null;
  /**
   * A clause the pattern is not read in; `european` says whether the clause is written in German or
   * a Romance language, worked out at most once per clause.
   */
  skip?: (clause: string, european: () => boolean) => boolean;
}> = [
  {
    // stiegen um 12 Prozent, gingen um rund 5,3 Prozent zurück
    // "ging im letzten Monat noch stärker zurück, um 55 Prozent": the separable verb's particle and a comma before "um"
    re: new RegExp(
      `\\b(${DE_UP}|${DE_DOWN})\\s(?:[\\wäöüß]{2,20}\\s){0,8}?(?:(?:zurück|ein),\\s)?um\\s${DE_HEDGE}${DE_PCT}`,
      "gi",
    ),
    read: (m) => de(IS_DE_UP.test(m[1] ?? "") ? "up" : "down", m[3], m[2]),
  },
  {
    // um über 20 Prozent gefallen, um 12 Prozent gestiegen: the participle at the clause's end
    re: new RegExp(`\\bum\\s${DE_HEDGE}${DE_PCT}\\s(?:[\\wäöüß]{2,20}\\s){0,3}?(${DE_PARTICIPLE})\\b`, "gi"),
    read: (m) => de(IS_DE_UP.test(m[3] ?? "") ? "up" : "down", m[2], m[1]),
  },
  {
    // ein Plus von 12 Prozent, ein Rückgang um 5 Prozent
    re: new RegExp(`\\b(${DE_NOUN_UP}|${DE_NOUN_DOWN})\\s(?:von|um)\\s${DE_HEDGE}${DE_PCT}`, "gi"),
    read: (m) => de(IS_DE_NOUN_UP.test(m[1] ?? "") ? "up" : "down", m[3], m[2]),
  },
  {
    // "betrug das Minus 5,2 Prozent", "lag der Zuwachs bei rund 12 Prozent", "das Plus belief sich auf
    // 8 Prozent": the move's noun as the subject of a verb of amount, in either order
    re: new RegExp(
      `\\b(?:(?:betrug|lag|belief\\ssich)\\s(?:(?:das|der|ein)\\s)?(${DE_NOUN_UP}|${DE_NOUN_DOWN})|(?:das|der)\\s(${DE_NOUN_UP}|${DE_NOUN_DOWN})\\s(?:[\\wäöüß]{2,20}\\s){0,6}?(?:betrug|lag|belief\\ssich))\\s(?:[\\wäöüß]{2,20}\\s){0,6}?(?:(?:bei|auf)\\s)?${DE_HEDGE}${DE_PCT}`,
      "gi",
    ),
    read: (m) => de(IS_DE_NOUN_UP.test(m[1] ?? m[2] ?? "") ? "up" : "down", m[4], m[3]),
  },
  {
    // 12 Prozent mehr, 5 Prozent weniger, 11,7 Prozent über dem Vorjahr
    re: new RegExp(
      `(?<![\\d.,])${DE_HEDGE}${DE_PCT}\\s(mehr|weniger|höher|niedriger|(?:über|unter)(?=\\s(?:dem|den|der|Vorjahr)))\\b`,
      "gi",
    ),
    read: (m) => de(/^(?:mehr|höher|über)$/i.test(m[3] ?? "") ? "up" : "down", m[2], m[1]),
  },
  {
    // "(-52,9%)", "+12,4 %": a signed percentage in a German, French, Spanish, Portuguese or Italian clause
    re: /(?<![\p{L}\d.,+\-−–])([+\-−–])\s?(\d{1,3}(?:\.\d{3})*(?:,\d{1,4})?)\s?(?:%|Prozent\b)/gu,
    read: (m) => de(m[1] === "+" ? "up" : "down", m[2], undefined),
    skip: (_clause, european) => !european(),
  },
  {
    // 同比增长12%, 环比下降5.3%, 增长约12%
    re: new RegExp(`${CN_BASIS}(${CN_UP}|${CN_DOWN})了?\\s?(约|近)?\\s?(${NUM})\\s?[%％]`, "g"),
    read: (m) => cjk(IS_CN_UP.test(m[1] ?? "") ? "up" : "down", m[3], m[2]),
  },
  {
    // 前年同月比35%増, 前月比12.5%減少, 前月比61%の大幅な減少 (a large fall of 61%)
    re: new RegExp(
      `(?:(?:前年同月比|前年比|前月比)\\s?)?(?<![\\d.,])(${NUM})\\s?[%％]\\s?の?(?:大幅な?|大きな|急激な|急)?(${JA_UP}|${JA_DOWN})`,
      "g",
    ),
    read: (m) => cjk(IS_JA_UP.test(m[2] ?? "") ? "up" : "down", m[1]),
  },
  {
    // 전년 동월 대비 12% 증가, 5% 감소
    re: new RegExp(
      `(?:(?:전년\\s?(?:동월\\s?|동기\\s?)?대비|전월\\s?대비)\\s?)?(?<![\\d.,])(${NUM})\\s?%\\s?${KO_HEDGE}(${KO_UP}|${KO_DOWN})`,
      "g",
    ),
    read: (m) => cjk(IS_KO_UP.test(m[3] ?? "") ? "up" : "down", m[1], m[2]),
  },
  {
    // "전달보다 75.5%, 1년 전보다 4.8% 늘었다" (up 75.5% on the month before and 4.8% on a year before):
    // two changes, each after its base, share the verb after the second; the first takes its sign
    re: new RegExp(
      `(?:(?:전월|전달|(?:1|일|한)\\s?(?:달|년)\\s?전|전년\\s?(?:동월\\s?|동기\\s?)?)\\s?(?:보다|대비|에\\s?비해))\\s?(?<![\\d.,])(${NUM})\\s?%(?=\\s?,\\s?(?:전월|전달|(?:1|일|한)\\s?(?:달|년)\\s?전|전년\\s?(?:동월\\s?|동기\\s?)?)\\s?(?:보다|대비|에\\s?비해)\\s?(?<![\\d.,])(?:${NUM})\\s?%\\s?${KO_HEDGE}(${KO_UP}|${KO_DOWN}))`,
      "g",
    ),
    read: (m) => cjk(IS_KO_UP.test(m[3] ?? "") ? "up" : "down", m[1]),
  },
  {
    // 전월比 3.2%↓, 전년 대비 32%↑: an arrow after the percentage gives its sign
    re: new RegExp(
      `(?:(?:전월|전달|전년|前月|前年)\\s?(?:동월\\s?)?(?:比|대비)\\s?)?(?<![\\d.,])(${NUM})\\s?[%％]\\s?([↑↓])`,
      "g",
    ),
    read: (m) => cjk(m[2] === "↑" ? "up" : "down", m[1]),
  },
  {
    // ▲26.5%, ▼30.9%: Korean and Chinese tickers' signs (Japanese accounts write ▲ for a minus, so
    // not in a clause with kana)
    re: /([▲▼])\s?(\d{1,3}(?:\.\d{1,4})?)\s?[%％]/g,
    read: (m) => cjk(m[1] === "▲" ? "up" : "down", m[2]),
    skip: (clause) => /[\u3040-\u30ff]/.test(clause),
  },
  {
    // ↑35%, ⬇️ 11%, 🔺12%: an arrow before the percentage, as posts and dashboards in any language write it
    re: /([↑↓⬆⬇🔺🔻])\uFE0F?\s?(\d{1,3}(?:\.\d{1,4})?)\s?[%％]/gu,
    read: (m) => cjk(/[↑⬆🔺]/u.test(m[1] ?? "") ? "up" : "down", m[2]),
  },
];

/**
 * A signed percentage right after its basis, as brokers' notes and data tables write it: "环比+26.5%",
 * "同比-5.2%", "按年+5.7%", "前月比＋32.0％", "前年同月比-3%", "전월 대비 -3.2%", "전년 대비 +12.9%".
 */
const SIGNED_AFTER_BASIS = new RegExp(
  `(?:同比|环比|環比|按月|按年|前年同月比|前年同期比|前年比|前月比|(?:전년\\s?(?:동월\\s?|동기\\s?)?|전월\\s?)대비)\\s?[:：]?\\s?([+\\-−＋－])\\s?(${NUM})\\s?[%％]`,
  "g",
);

/**
 * Every signed percentage in a clause that its basis word opens ("环比+26.5%"). The span starts at the
 * basis, so the change is measured on it: read alone, the sign and the figure would be a change whose
 * basis is the next word after it ("环比-5.2%，同比+15.8%" gave -5.2% the year's base).
 */
export function findSignedAfterBasis(clause: string): IntlChangeHit[] {
  if (!/[比비按]/.test(clause)) return [];
  return allMatches(SIGNED_AFTER_BASIS, clause).map((m) => ({
    ...(cjk(m[1] === "+" || m[1] === "＋" ? "up" : "down", m[2]) as ChangeRead),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** A size as Spanish, Portuguese, French and Italian write it, which their changes need. */
const ROMANCE_SIZE = /%|\b(?:por|pour|per)\sci?ent[oe]?\b|\bpersen\b/i;

/** Every change worded in Spanish, Portuguese, French, Italian, German, Chinese, Japanese or Korean in a clause. */
export function findIntlChanges(clause: string): IntlChangeHit[] {
  const out: IntlChangeHit[] = ROMANCE_SIZE.test(clause) ? findRomanceChanges(clause) : [];
  let isEuropean: boolean | undefined;
  const european = () => (isEuropean ??= europeanText(clause));
  // most clauses are English: skip the work when no marker of these languages is present
  // German also writes "um 3,2 %" with the sign
  if (
    !/Prozent|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af▲▼↑↓⬆⬇🔺🔻]/u.test(clause) &&
    !(clause.includes("%") && european())
  )
    return out;
  for (const { re, read, skip } of PATTERNS) {
    if (skip?.(clause, european)) continue;
    for (const m of allMatches(re, clause)) {
      const hit = read(m);
      // "stiegen im November ... um 12,4 Prozent": the figure is "um 12,4 Prozent", so the month stays outside it
      const um = m[0].search(/\bum\s/);
      const start = um > 0 && /^(?:[a-zäöüß]+)\s/i.test(m[0]) ? m.index + um : m.index;
      if (hit !== null) out.push({ ...hit, start, end: m.index + m[0].length });
    }
  }
  return out;
}

/** A percent change read with `parse` (German or plain decimals), negative when it went down. */
function pctChange(
  parse: typeof parseDecimal,
  dir: "up" | "down",
  num: string | undefined,
  hedgeWord?: string,
): ChangeRead | null {
  const parsed = parse(num ?? "");
  if (parsed === null || parsed.value > 100000) return null;
  const hedge = hedgeOf(hedgeWord);
  const pct = dir === "down" ? -parsed.value : parsed.value;
  return changeRead(pct, "%", hedge, parsed.halfUnit);
}

/** German digits, or a number word read as its digits ("elf" as "11": as loose as they are). */
const parseDe = (text: string) => {
  const word = GERMAN_NUMBERS[text.toLowerCase()];
  return word === undefined ? parseDecimalDe(text) : parseDecimal(String(word));
};
const de = (dir: "up" | "down", num: string | undefined, hedgeWord: string | undefined) =>
  pctChange(parseDe, dir, num, hedgeWord);
const cjk = (dir: "up" | "down", num: string | undefined, hedgeWord?: string) =>
  pctChange(parseDecimal, dir, num, hedgeWord);
