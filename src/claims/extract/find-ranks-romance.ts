// Ranks as Spanish, Portuguese, Italian and French outlets state them: "la cifra más alta desde
// agosto", "la mayor cifra desde enero", "o nível mais alto desde janeiro", "il livello più alto da
// gennaio", "leur plus bas niveau depuis février", "el nivel más bajo del año", "la segunda cifra
// más alta de 2025". As in German (find-ranks-german.ts), only a rank with its window is read: "la
// cifra más alta" alone does not say over which months; "jamais enregistré" and "jamás registrado" are
// the whole record. The month after "desde", "da" or "depuis"
// is found by the period grammar as the rank's "since" month.

import type { RankHit } from "./find-ranks.js";
import { allMatches } from "./all-matches.js";
import { ROMANCE_NUMBERS, ROMANCE_ORDINALS } from "./lexicon.js";

const L = "(?<![\\p{L}])";
const R = "(?![\\p{L}])";
/** "más alta", "mais alto", "più alto", "plus haut", "mayor", "maior": the words of the highest. */
const HIGH =
  "(?:más|mais)\\s(?:alt[oa]s?|elevad[oa]s?)|più\\s(?:alt[oi]|alta|elevat[oa])|plus\\s(?:haut|élevée?|fort)e?|mayor|maior|maggiore|máxim[oa]|massim[oa]";
/** "más baja", "mais baixo", "più basso", "plus bas", "menor", "minore": the words of the lowest. */
const LOW =
  "(?:más|mais)\\s(?:baj[oa]s?|baix[oa]s?|reducid[oa])|più\\s(?:bass[oai]|ridott[oa])|plus\\s(?:bas(?:se)?|faibles?)|menor|minore|mínim[oa]|minim[oa]";
const NOUN =
  "cifras?|nivel|nível|livello|niveau|volumen|volume|dato|valor|valore|registro|patamar|chiffre|total|totale";
/** "segunda", "seconda", "deuxième", "terceira", "troisième": a place after the first, before an extreme. */
const ORDINALS = Object.keys(ROMANCE_ORDINALS).filter((w) => (ROMANCE_ORDINALS[w] ?? 1) > 1);
const ORDINAL = `(?:(${ORDINALS.join("|")})\\s)?`;
/**
 * The extreme, with its noun before or after it: "(la segunda) cifra (mensual) más alta", "la mayor
 * cifra", "il livello più alto", "leur plus bas niveau", "o maior volume".
 */
const EXTREME = `${L}${ORDINAL}(?:(?:${NOUN})(?:\\s(?:mensual|mensal|mensile|mensuel))?\\s(${HIGH}|${LOW})|(${HIGH}|${LOW})\\s(?:${NOUN}))${R}`;
/** "desde", "da", "dal", "depuis": the window opens after the month or year named. */
const SINCE = new RegExp(`${EXTREME}\\s(?:desde|da|dal|depuis)${R}(?!\\s(?:que|quando|il\\sinizio))`, "giu");
/** "del año", "do ano", "dell'anno", "de l'année", "de este año", "di quest'anno", "de 2025": the year spoken of. */
const YEAR = new RegExp(
  `${EXTREME}\\s(?:(?:del|do|de)\\s(?:este\\s|deste\\s)?año|do\\sano|deste\\sano|dell['’]anno|di\\squest['’]anno|de\\sl['’]année|de\\scette\\sannée|(?:de|del|do|di|dal)\\s((?:19|20)\\d{2}))${R}`,
  "giu",
);
/** "de la serie", "de sempre", "di sempre", "de tous les temps", "histórico", "storico", "historique": over the whole record. */
const RECORD = new RegExp(
  `${EXTREME}\\s(?:histórico|histórica|storico|storica|historique|de\\sla\\sserie|da\\ssérie|della\\sserie|de\\ssempre|di\\ssempre|de\\stous\\sles\\stemps|jamais\\s(?:enregistrée?s?|atteinte?s?|observée?s?)|jamás\\s(?:registrad[oa]s?|alcanzad[oa]s?)|já\\s(?:registrad[oa]s?|alcançad[oa]s?)|mai\\s(?:registrat[oa]|raggiunt[oa]))${R}`,
  "giu",
);
/**
 * French "au plus haut depuis janvier", "au plus bas depuis février": the level is at its extreme since
 * the month named, without a noun for it (the groups line up with EXTREME's: no ordinal, then the word).
 */
const AT_EXTREME_SINCE = new RegExp(`${L}au\\s()(plus\\s(?:haut|bas))()\\s(?:niveau\\s)?depuis${R}`, "giu");
/** The words every extreme above holds: a clause without one is not scanned. */
const HINT =
  /(?<![\p{L}])(?:más|mais|più|plus\s(?:haut|élev|fort|bas|faible)|mayor|maior|maggiore|menor|minore|máxim[oa]|massim[oa]|mínim[oa]|minim[oa])/iu;
/** Each window's pattern with the scope it gives, in the order they are read. */
const WINDOWS: Array<[RegExp, (m: RegExpMatchArray) => RankHit["scope"]]> = [
  [YEAR, (m) => ({ type: "year", year: m[4] ? Number(m[4]) : null })],
  [SINCE, () => ({ type: "since", period: null })],
  [AT_EXTREME_SINCE, () => ({ type: "since", period: null })],
  [RECORD, () => ({ type: "record" })],
];

/**
 * A window of months after the extreme, or after "máximo" and "mínimo" said as nouns: "un máximo de
 * siete meses", "la cifra más alta en 7 meses", "il massimo da sette mesi", "o maior nível em cinco
 * meses", "un plus haut de sept mois".
 */
const MONTHS = new RegExp(
  `(?:${EXTREME}|${L}()(máxim[oa]s?|mínim[oa]s?|massim[oa]|minim[oa]|plus\\shaut|plus\\sbas))\\s(?:de|en|em|in|da|di|dei|des|sur)\\s(?:(?:los|os|gli|les|i)\\s)?(?:(?:últimos|ultimi|derniers)\\s)?(\\d{1,2}|${Object.keys(ROMANCE_NUMBERS).join("|")})\\s(?:meses|mesi|mois)${R}`,
  "giu",
);

/**
 * A run of rises or falls: "la troisième hausse mensuelle consécutive", "la segunda caída consecutiva",
 * "a terceira alta seguida", "il secondo calo consecutivo".
 */
const STREAK_UP_NOUN = "hausse|progression|augmentation|subida|alza|aumento|alta|crescita|rialzo";
const STREAK_NOUN = `${STREAK_UP_NOUN}|baisse|recul|repli|chute|caída|baja|descenso|queda|recuo|calo|flessione`;
const STREAK = new RegExp(
  `${L}(${ORDINALS.join("|")})\\s(${STREAK_NOUN})\\s(?:mensuelle\\s|mensual\\s|mensal\\s|mensile\\s)?(?:consécutive|consecutiv[oa]|seguid[oa]|di\\sfila)${R}`,
  "giu",
);
const IS_STREAK_UP = new RegExp(`^(?:${STREAK_UP_NOUN})$`, "iu");
const IS_LOW = new RegExp(`^(?:${LOW})$`, "iu");
const span = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });

/** Every rank stated in Spanish, Portuguese, Italian or French in a clause. */
export function findRomanceRanks(clause: string): RankHit[] {
  const out: RankHit[] = [];
  if (/consécuti|consecutiv|seguid|di\sfila/i.test(clause))
    for (const m of allMatches(STREAK, clause)) {
      const n = ROMANCE_ORDINALS[(m[1] ?? "").toLowerCase()] ?? 1;
      const up = IS_STREAK_UP.test(m[2] ?? "");
      if (n >= 2) out.push({ ...span(m), type: "streak", n, direction: up ? "up" : "down", scope: null });
    }
  if (!HINT.test(clause)) return out;
  for (const [re, scope] of WINDOWS)
    for (const m of allMatches(re, clause)) {
      if (out.some((o) => (m.index ?? 0) < o.end && (m.index ?? 0) + m[0].length > o.start)) continue;
      const n = m[1] ? (ROMANCE_ORDINALS[m[1].toLowerCase()] ?? 1) : 1;
      const direction = IS_LOW.test(m[2] ?? m[3] ?? "") ? "low" : "high";
      out.push({ ...span(m), type: "rank", n, direction, scope: scope(m) });
    }
  for (const m of allMatches(MONTHS, clause)) {
    if (out.some((o) => (m.index ?? 0) < o.end && (m.index ?? 0) + m[0].length > o.start)) continue;
    const count = m[6] ?? "";
    const months = /^\d+$/.test(count) ? Number(count) : ROMANCE_NUMBERS[count.toLowerCase()];
    if (months === undefined || months < 2) continue;
    const n = m[1] ? (ROMANCE_ORDINALS[m[1].toLowerCase()] ?? 1) : 1;
    const word = m[2] ?? m[3] ?? m[5] ?? "";
    const direction = IS_LOW.test(word) || /bas$/i.test(word) ? "low" : "high";
    out.push({ ...span(m), type: "rank", n, direction, scope: { type: "months", months } });
  }
  return out;
}
