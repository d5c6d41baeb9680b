// Changes as Spanish, Portuguese, French, Italian and Indonesian outlets word them: a noun of rise or fall with
// its size ("un aumento del 12%", "una caída del 11%", "queda de 11%", "alta de 35%", "une hausse de
// 12,4 %", "en baisse de 11,3 %", "in calo del 9%") or a verb with it ("cayeron un 20,1%", "caíram
// 11%", "ont reculé de 3,2 %", "sono aumentate del 12%", "naik 12%", "meningkat tajam sebesar 35%", and
// in the present tense of headlines, "caen un 5,2 %", "cresce 12,9%", "rebondissent de 12 %",
// "5,7% lebih tinggi"), and Vietnamese ones ("tăng 157%", "giảm gần 19%", "thấp hơn 38%"). The decimal is a comma ("12,4 %") or, in
// Latin America, a point. The base words ("interanual", "sur un mois", "su base annua") and a base
// month ("respecto a junio") are read by change-bases.ts and periods.ts. A sentence in these
// languages is never contradicted (cautions.ts): read, it can only show a figure right.

import { hinted, mayMatch } from "./hints.js";
import { changeRead, parseDecimal } from "./numbers.js";
import { ROMANCE_NUMBERS } from "./lexicon.js";
import type { Hedge } from "../types.js";
import type { ChangeRead } from "./find-changes.js";

const UP_NOUN =
  "aumento|alza|subida|incremento|crecimiento|repunte|alta|crescimento|avanço|hausse|progression|augmentation|croissance|rialzo|crescita";
const DOWN_NOUN =
  "caída|descenso|baja|disminución|retroceso|reducción|queda|baixa|recuo|redução|baisse|recul|diminution|chute|repli|calo|diminuzione|flessione|ribasso|riduzione";
const UP_VERB =
  "tăng\\svọt|tăng\\smạnh|tăng|cao\\shơn|naik|meningkat|melonjak|meloncat|tumbuh|bertambah|aumentaron|aumentó|subieron|subió|crecieron|creció|dispararon|disparó|repuntaron|repuntó|subiram|subiu|cresceram|cresceu|aumentaram|aumentou|augmenté|progressé|bondi|grimpé|gagné|crû|avancé|ganaron|ganó|ganharam|ganhou|aumentate|aumentati|aumentata|aumentato|cresciute|cresciuti|cresciuta|cresciuto|salite|saliti|salita|salito|suben|sube|crecen|crece|aumentan|aumenta|se\\sdisparan|se\\sdispara|repuntan|repunta|sobem|sobe|crescem|cresce|aumentam|disparam|dispara|augmentent|augmente|progressent|progresse|bondissent|bondit|rebondissent|rebondit|grimpent|grimpe";
const DOWN_VERB =
  "giảm\\smạnh|sụt\\sgiảm|giảm|thấp\\shơn|turun|menurun|anjlok|merosot|berkurang|cayeron|cayó|bajaron|bajó|desplomaron|desplomó|descendieron|descendió|disminuyeron|disminuyó|retrocedieron|retrocedió|caíram|caiu|recuaram|recuou|diminuíram|diminuiu|baissé|reculé|chuté|diminué|plongé|perdu|fléchi|perdieron|perdió|perderam|perdeu|calate|calati|calata|calato|diminuite|diminuiti|diminuita|diminuito|scese|scesi|sceso|scesa|caen|cae|bajan|baja|retroceden|retrocede|se\\sdesploman|se\\sdesploma|caem|cai|recuam|recua|reculent|recule|chutent|chute|baissent|plongent|plonge";
/** Hedges of these languages, each with the English hedge it means. */
const HEDGES: Record<string, Hedge> = {
  casi: "nearly",
  quase: "nearly",
  presque: "nearly",
  quasi: "nearly",
  "cerca de": "about",
  "alrededor de": "about",
  aproximadamente: "about",
  unos: "about",
  environ: "about",
  "près de": "about",
  circa: "about",
  "más de": "more_than",
  "mais de": "more_than",
  "plus de": "more_than",
  oltre: "more_than",
  hampir: "nearly",
  sekitar: "about",
  "lebih dari": "more_than",
  gần: "nearly",
  khoảng: "about",
};
const HEDGE = `(?:(${Object.keys(HEDGES).join("|")})\\s)?`;
/** The size: "12%", "12,4 %", "12.4 por ciento", "3,2 pour cent", or a number in words ("onze pour cent"). */
const SIZE = `(\\d{1,3}(?:[.,]\\d{1,2})?|(?<![\\p{L}])(?:${Object.keys(ROMANCE_NUMBERS).join("|")}))\\s?(?:%|por\\sciento|por\\scento|pour\\scent|per\\scento|persen)`;
/** What stands between a noun and its size: "del", "de un", "de", "d'", "di". */
const NOUN_LINK =
  "\\s(?:interanual\\s|mensual\\s|annuelle\\s|mensuelle\\s)?(?:del|de\\sun|de|do|da|d['’]|di|dell['’])\\s?";
/** What stands between a verb and its size: "un", "en un", "de", "del", "o", nothing. */
const VERB_LINK = "\\s(?:(?:en\\s)?un|de|del|di|dell['’]|em|o|(?:tajam\\s)?sebesar|tajam|tới|đến)?\\s?";

/**
 * Words of a month or of the past between a verb and its size: "aumentaron en noviembre un 26,5 %",
 * "subieron el mes pasado un 5 %"; two to four short words, then the size's own article.
 */
const VERB_ASIDE =
  "(?:\\s(?:en|em|in|a|al|au|el|la|le|il|o|de|du|del|do|da|mes|mês|mois|mese|pasado|passado|dernier|scorso|[\\p{Ll}]{3,10}bre|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|enero|febrero|marzo|mayo|junio|julio|janvier|février|mars|avril|mai|juin|juillet|août|gennaio|febbraio|aprile|maggio|giugno|luglio)){1,4}(?=\\s(?:un|de|del|di)\\s)";
/** The words that say which way after a size: "más", "menos", "en plus", "in meno", "lebih tinggi". */
const MORE_LESS_WORDS =
  "más|menos|plus|moins|mais|a\\smais|a\\smenos|en\\splus|en\\smoins|in\\spiù|in\\smeno|sotto|sopra|por\\sdebajo|por\\sencima|abaixo|acima|lebih\\stinggi|lebih\\srendah";
/**
 * A size, then the word that says which way: "un 11,7 % más", "2,6 % menos", "37 % de plus", "l'11,3% in meno", "il 56,9% sotto".
 * Each pattern is tried only on a clause with its words of change (most clauses are English).
 */
const MORE_LESS = hinted(
  new RegExp(
    `(?<![\\p{L}\\d.,])(?:(?:un|el|il|l['’]|o)\\s?)?${HEDGE}(?:un\\s)?${SIZE}\\s(?:de\\s)?(${MORE_LESS_WORDS})(?![\\p{L}])`,
    "giu",
  ),
  new RegExp(`(?:%|ciento|cento|cent|persen)\\s(?:de\\s)?(?:${MORE_LESS_WORDS})(?![\\p{L}])`, "iu"),
);
const NOUN_CHANGE = hinted(
  new RegExp(
    `(?<![\\p{L}])(${UP_NOUN}|${DOWN_NOUN})(?:\\s(?:fue|foi|a\\sété|è\\sstat[oa]))?${NOUN_LINK}${HEDGE}${SIZE}`,
    "giu",
  ),
  new RegExp(`(?<![\\p{L}])(?:${UP_NOUN}|${DOWN_NOUN})\\s`, "iu"),
);
const VERB_CHANGE = hinted(
  // the hedge may come before the size's article: "aumentaron casi un 75%", "crecieron más de un 10%"
  new RegExp(
    `(?<![\\p{L}])(${UP_VERB}|${DOWN_VERB})(?:${VERB_ASIDE})?${VERB_LINK}${HEDGE}(?:un\\s)?${SIZE}`,
    "giu",
  ),
  new RegExp(`(?<![\\p{L}])(?:${UP_VERB}|${DOWN_VERB})\\s`, "iu"),
);
const IS_UP = new RegExp(
  `^(?:${UP_NOUN}|${UP_VERB}|más|plus|mais|a\\smais|en\\splus|in\\spiù|sopra|por\\sencima|acima|lebih\\stinggi)$`,
  "iu",
);

/** A change worded in Spanish, Portuguese, French or Italian, with its offsets in the clause. */
export type RomanceChangeHit = ChangeRead & { start: number; end: number };

/** Every change worded in Spanish, Portuguese, French or Italian in a clause. */
export function findRomanceChanges(clause: string): RomanceChangeHit[] {
  const out: RomanceChangeHit[] = [];
  for (const p of [NOUN_CHANGE, VERB_CHANGE, MORE_LESS]) {
    if (!mayMatch(p, clause)) continue;
    const re = p.re;
    re.lastIndex = 0;
    for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
      // the way the size went is named before it, or (MORE_LESS) after it
      const [way, hedgeWord, size] = p === MORE_LESS ? [m[3], m[1], m[2]] : [m[1], m[2], m[3]];
      if (out.some((h) => m !== null && m.index < h.end && m.index + m[0].length > h.start)) continue;
      const word = ROMANCE_NUMBERS[(size ?? "").toLowerCase()];
      const parsed = parseDecimal(word === undefined ? (size ?? "").replace(",", ".") : String(word));
      if (parsed === null || parsed.value > 1000) continue;
      const hedge = hedgeWord ? (HEDGES[hedgeWord.toLowerCase()] ?? null) : null;
      const pct = IS_UP.test(way ?? "") ? parsed.value : -parsed.value;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        ...changeRead(pct, "%", hedge, parsed.halfUnit),
      });
    }
  }
  return out;
}
