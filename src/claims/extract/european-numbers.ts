// Numbers as the German, French, Spanish, Portuguese and Italian press prints them: a dot between thousands
// ("5.952 Tonnen", "6.150 t") and a comma before decimals ("4.343,5 t", "3,2 %", "6,5 t"). A dot
// followed by exactly three digits is a thousands separator only in text written in one of those
// languages; in English it is a decimal point. "1.207,5" is read the same in any text; a lone comma
// before one or two digits ("6,5 t") is a decimal only in those languages, and is no number in
// English text, where it may be a list's comma.

import { parseDecimalDe, type ParsedNumber } from "./numbers.js";
import { allMatches } from "./all-matches.js";

/** Words of each language that English text does not use. */
const MARKERS: Record<string, RegExp> = {
  de: /\b(?:der|die|das|dem|des|und|im|auf|nach|vom|mit|gegenüber|bei|sich|wurden|betrugen|beliefen|lagen|stiegen|sanken|Exporte|Ausfuhren|Tonnen|zum|zur|sind|waren|eine|einem|einer|Prozent|Vormonat|Vorjahr\w*)\b/gi,
  fr: /(?:^|[\s(])(?:les|des|du|aux|ont|été|était|vers|avec|atteint|exportations|expéditions|mois|selon|douanes|hausse|baisse|d['’]|l['’])(?=[\s,.;:)]|[a-zà-ÿ])/gi,
  es: /(?<![\p{L}])(?:las|los|del|al|de|fueron|alcanzaron|exportaciones|envíos|toneladas|hacia|según|aduanas|aumento|caída|una|imanes|tierras|mes|exportó|vendió|recibió|compró|más|respecto|frente|con|siguió|sigue|siendo|destino|mientras)(?![\p{L}])/giu,
  it: /\b(?:gli|della|delle|degli|sono|state|pari|esportazioni|tonnellate|verso|secondo|dogane|rispetto|aumento|calo)\b/gi,
};
/**
 * Words that settle a number's format only, not the language a sentence is read in (see
 * `unread-language.ts`): Portuguese prints its numbers as Spanish does ("5.238 t", "1,6%") but
 * is not among the languages the reader reads, and Spanish "en" ("3.206 kg en marzo") is Dutch "and" too.
 */
const FORMAT_ONLY = [
  /(?<![\p{L}])(?:das|dos|foram|exportações|toneladas|para|ao|pelo|pela|queda|alta|recuo|somaram|ímãs|ímanes|chinesas|também|mês|acima|abaixo|ficou|ficaram|subiram|caíram|cresceram|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)(?![\p{L}])/giu,
  new RegExp(`${(MARKERS.es as RegExp).source}|(?<![\\p{L}])en(?![\\p{L}])`, "giu"),
  // Indonesian and Malay ("mencapai 6.150 ton pada November", "Jerman menerima 1.288 ton"), Dutch
  // ("steeg tot 5.994 ton") and Norwegian ("steg til 5.666 tonn") print thousands with a dot as well
  /(?<![\p{L}])(?:yang|dan|dari|pada|dengan|menjadi|sebesar|mencapai|ekspor|naik|turun|dibandingkan|bulan|tahun|sebelumnya|menerima|mengambil|tujuan|terbesar|disusul|sebanyak|tercatat|persen|het|een|naar|werd|steeg|daalde|tot|opzichte|av|til|fra|steg|sank|tonn|prosent)(?![\p{L}])/giu,
  // Vietnamese ("xuất khẩu 3.188 tấn", "tăng 157,5%")
  /(?<![\p{L}])(?:tấn|tháng|của|và|các|đã|với|trong|xuất|khẩu|tăng|giảm|năm|này|sang)(?![\p{L}])/giu,
  // Turkish ("yüzde 5,2 azalarak 5.473 tona indi"), whose glossary (turkish-words.ts) reads its
  // figures as written: a text that writes them so is not rewritten the English way before it
  /(?<![\p{L}])(?:yüzde|göre|ayında|tona|tonla|tondan|ihracatı|ihracat|oldu|olarak|önceki|geçen|yılın|bazda|döneminde|geriledi|düştü|arttı|yükseldi|ulaştı)(?![\p{L}])/giu,
];
const ENGLISH = /\b(?:the|of|and|to|in|were|was|from|with|by|for|on)\b/gi;

const distinct = (re: RegExp, text: string) =>
  new Set(allMatches(re, text).map((m) => m[0].trim().toLowerCase())).size;

/** How many distinct words of its likeliest language (German, French, Spanish or Italian) the clause shows. */
export function europeanMarkers(clause: string): number {
  return Math.max(...Object.values(MARKERS).map((re) => distinct(re, clause)));
}

/** Whether the clause is written in German, French, Spanish, Portuguese or Italian rather than English. */
export function europeanText(clause: string): boolean {
  const n = Math.max(europeanMarkers(clause), ...FORMAT_ONLY.map((re) => distinct(re, clause)));
  return n >= 2 && n > distinct(ENGLISH, clause);
}

/** Dotted thousands with a decimal comma ("1.207,5"): the same in every language that writes it. */
const DOTTED_WITH_DECIMALS = /^\d{1,3}(?:\.\d{3})+,\d{1,4}$/;
/** A dot before exactly three digits ("5.952"), or a comma before one or two ("6,5"). */
const EUROPEAN_ONLY = /^\d{1,3}(?:\.\d{3})+$|^\d{1,12},\d{1,2}$/;

/**
 * How the digits of a tonnage in `clause` are meant: a number when the format settles it, `null`
 * to read the digits the English way, or `"ambiguous"` when they cannot be read with certainty.
 * @example europeanNumber("5.952", "Die Exporte betrugen 5.952 t.") // { value: 5952, halfUnit: 0.5 }
 */
export function europeanNumber(digits: string, clause: string): ParsedNumber | null | "ambiguous" {
  if (DOTTED_WITH_DECIMALS.test(digits)) return parseDecimalDe(digits);
  if (!EUROPEAN_ONLY.test(digits)) return null;
  if (europeanText(clause)) return parseDecimalDe(digits);
  // "6,5 t" in English text: a list's comma or a decimal, not a number to read
  return digits.includes(",") ? "ambiguous" : null;
}
