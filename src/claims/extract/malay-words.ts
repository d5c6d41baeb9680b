// Malay trade news read through its English words: "Eksport magnet nadir bumi China susut 3.2 peratus
// bulan ke bulan kepada 5,952 tan metrik pada Disember" says what "Exports rare-earth magnets China
// fell 3.2% month on month to 5,952 tonnes in December" says. The reading copy (reading-copy.ts)
// puts these words in place of the Malay ones, as it does for Turkish (turkish-words.ts); claims are
// still quoted as written. Malaysia's press writes its figures as English does ("5,952 tan metrik",
// "3.2 peratus"), unlike Indonesia's ("5.952 ton", "3,2 persen"), whose words the reader reads on
// its own; a Malay text is told apart by the words only Malay uses ("peratus", "tan metrik",
// "Disember", "berbanding"). A word the glossary does not hold is left as it is, and no figure in a
// Malay sentence is checked against data with certainty (extract-claims.ts marks it).

import { glossary, type Gloss, type Rule } from "./glossary.js";

/** Words Malay writes and Indonesian does not: a text with one is written in Malay. */
const MALAY_WORD =
  /(?<![\p{L}])(?:peratus|tan\smetrik|Disember|Ogos|Julai|berbanding|nadir\sbumi)(?![\p{L}])/iu;

/** A figure as Malaysia's press writes it: "5,952", "62,585", "3.2", "815". */
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,4})?|\d+(?:\.\d{1,4})?`;

const MONTHS: Array<[string, string]> = [
  ["Januari", "January"],
  ["Februari", "February"],
  ["Mac", "March"],
  ["April", "April"],
  ["Mei", "May"],
  ["Jun", "June"],
  ["Julai", "July"],
  ["Ogos", "August"],
  ["September", "September"],
  ["Oktober", "October"],
  ["November", "November"],
  ["Disember", "December"],
];
const MONTH = `(?:${MONTHS.map(([m]) => m).join("|")})`;
const monthOf = (word: string) => MONTHS.find(([m]) => m.toLowerCase() === word.toLowerCase())?.[1] ?? word;

const PLACES: Array<[string, string]> = [
  ["Amerika\\sSyarikat", "the US"],
  ["Jerman", "Germany"],
  ["Korea\\sSelatan", "South Korea"],
  ["Jepun", "Japan"],
  ["Vietnam", "Vietnam"],
  ["India", "India"],
  ["Kesatuan\\sEropah|EU", "the EU"],
  ["Malaysia", "Malaysia"],
];

/** Phrases first, then words; where two rules match the same words, the first wins. */
const RULES: Rule[] = [
  // figures and units
  [`(${NUM})\\s(?:tan\\smetrik|tan)(?![\\p{L}])`, (g) => `${g[0]} tonnes`],
  [`(${NUM})\\s?peratus`, (g) => `${g[0]}%`],
  [`(?:US)?\\$\\s?(${NUM})\\sjuta`, (g) => `$${g[0]} million`],
  // bases and periods
  ["bulan\\ske\\sbulan", () => "month on month"],
  ["tahun\\ske\\stahun", () => "year on year"],
  ["berbanding\\stahun\\s(?:sebelumnya|lalu)", () => "from a year earlier"],
  ["berbanding\\sbulan\\s(?:sebelumnya|lalu)", () => "from the previous month"],
  [`berbanding\\s(${MONTH})`, (g) => `compared with ${monthOf(g[0] ?? "")}`],
  ["(?:bagi\\skeseluruhan|sepanjang|bagi\\stahun)\\s(\\d{4})", (g) => `in all of ${g[0]}`],
  [`(?:pada|bagi|dalam)\\s(?:bulan\\s)?(${MONTH})`, (g) => `in ${monthOf(g[0] ?? "")}`],
  [MONTH, (_g, whole) => monthOf(whole)],
  // ranks and multiples
  ["destinasi\\sterbesar", () => "the largest destination"],
  ["lebih\\sdua\\skali\\sganda", () => "more than doubled"],
  ["dua\\skali\\sganda", () => "doubled"],
  // changes
  ["susut|merosot|turun|jatuh|menurun|berkurang", () => "fell"],
  ["meningkat|naik|melonjak|bertambah", () => "rose"],
  ["kepada(?=\\s\\d)", () => "to"],
  // products and flows
  ["magnet\\snadir\\sbumi", () => "rare-earth magnets"],
  ["nadir\\sbumi", () => "rare earths"],
  ["eksport", () => "exports"],
  ["magnet", () => "magnets"],
  ...PLACES.map(([p, en]): Rule => [`ke\\s(?:${p})`, () => `to ${en}`]),
  ...PLACES.map(([p, en]): Rule => [p, () => en]),
  // the grammar words a sentence needs to be read
  ["berjumlah|jumlahnya", () => "totalled"],
  ["kekal", () => "remained"],
  ["diikuti", () => "followed by"],
  ["ialah|adalah", () => "was"],
  ["menurut", () => "according to"],
  ["data\\skastam", () => "customs data"],
  ["dengan", () => "with"],
  ["dan", () => "and"],
  ["tetapi", () => "but"],
  ["manakala", () => "while"],
];

/** Where a rule can start: a letter, a dollar sign, or a figure that does not go on from one before it. */
const RULE_START = /(?<![\p{L}\d.,])[\p{L}\d$]/gu;
const glosses = glossary(RULES, RULE_START, /\S/u);

/** Whether a text is written in Malay (see MALAY_WORD). */
export const malayText = (text: string): boolean => MALAY_WORD.test(text);

/**
 * The English words to read in place of a text's Malay ones, left to right; none for a text not
 * written in Malay (`whole`: the text is known to be, and this is one of its sentences).
 * @example malayGlosses("Eksport ke Jepun 280 tan metrik.").map((g) => g.word) // ["Exports", "to Japan", "280 tonnes"]
 */
export function malayGlosses(text: string, whole = false): Gloss[] {
  return whole || malayText(text) ? glosses(text) : [];
}
