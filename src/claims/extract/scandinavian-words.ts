// Swedish and Norwegian trade news read through their English words: "Kina exporterade 6 150 ton
// magneter av sällsynta jordartsmetaller i november, en ökning med 12,4 procent jämfört med oktober"
// says what "China exported 6,150 tonnes rare-earth magnets in November, a rise of 12.4% compared
// with October" says; Norwegian writes the same with "tonn", "prosent" and "sjeldne jordarter". The
// reading copy (reading-copy.ts) puts these words in place of the written ones, as it does for
// Turkish (turkish-words.ts); claims are still quoted as written. Both languages set thousands
// apart by a space or a dot and decimals by a comma ("6 150 ton", "5.666 tonn", "26,5 procent"), so a
// figure is read that way only in a text written in one of them. A word the glossary does not hold
// is left as it is, and no figure in such a sentence is checked against data with certainty
// (extract-claims.ts marks it).

import { glossary, type Gloss, type Rule } from "./glossary.js";

/** The trade words of the two languages: a text needs one, and three of the words below. */
const TRADE =
  /(?<![\p{L}])(?:jordart\p{L}*|procent|prosent|exporten|eksporten|exporterade|eksporterte)(?![\p{L}])/iu;
const WORDS =
  /(?<![\p{L}])(?:och|og|med|till|til|av|fra|från|jämfört|sammenlignet|ökade|økte|minskade|sjönk|falt|gick|gikk|uppgick|utgjorde|ökning|økning|månaden|måneden|årets|fjol|fjor|procent|prosent|tonn|medan|mens|sällsynta|sjeldne)(?![\p{L}])/giu;

/** A figure as they write it: "6 150", "5.666", "5 493,9", "12,4", "656". */
const NUM = String.raw`\d{1,3}(?:[ \u00a0.]\d{3})+(?:,\d{1,4})?|\d+(?:,\d{1,4})?`;

/** A figure in English digits: "6 150" -> "6,150", "5.666" -> "5,666", "5 493,9" -> "5,493.9". */
function englishNumber(written: string): string {
  const [whole = "", decimals] = written.replace(/[ \u00a0.]/g, "").split(",");
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, ",") : whole;
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

const MONTHS: Array<[string, string]> = [
  ["januari|januar", "January"],
  ["februari|februar", "February"],
  ["mars", "March"],
  ["april", "April"],
  ["maj|mai", "May"],
  ["juni", "June"],
  ["juli", "July"],
  ["augusti|august", "August"],
  ["september", "September"],
  ["oktober", "October"],
  ["november", "November"],
  ["december|desember", "December"],
];
const MONTH = `(?:${MONTHS.map(([m]) => m).join("|")})`;
function monthOf(word: string): string {
  const w = word.toLowerCase();
  return MONTHS.find(([m]) => new RegExp(`^(?:${m})$`).test(w))?.[1] ?? word;
}

/** Counts of months: "årets elva första månader", "de elleve første månedene". */
const COUNTS: Record<string, string> = {
  två: "two",
  to: "two",
  tre: "three",
  fyra: "four",
  fire: "four",
  fem: "five",
  sex: "six",
  seks: "six",
  sju: "seven",
  syv: "seven",
  åtta: "eight",
  åtte: "eight",
  nio: "nine",
  ni: "nine",
  tio: "ten",
  ti: "ten",
  elva: "eleven",
  elleve: "eleven",
};
const COUNT = Object.keys(COUNTS).join("|");

const PLACES: Array<[string, string]> = [
  ["USA", "the US"],
  ["Tyskland", "Germany"],
  ["Sydkorea|Sør-Korea", "South Korea"],
  ["Japan", "Japan"],
  ["Vietnam", "Vietnam"],
  ["Indien|India", "India"],
  ["EU", "the EU"],
  ["Sverige", "Sweden"],
  ["Norge", "Norway"],
];

/** Phrases first, then words; where two rules match the same words, the first wins. */
const RULES: Rule[] = [
  // figures and units
  [`(${NUM})\\s(?:ton|tonn)(?![\\p{L}])`, (g) => `${englishNumber(g[0] ?? "")} tonnes`],
  [`(${NUM})\\s?(?:procent|prosent|%)`, (g) => `${englishNumber(g[0] ?? "")}%`],
  [`(${NUM})\\s(?:miljoner|millioner)\\sdollar`, (g) => `$${englishNumber(g[0] ?? "")} million`],
  // bases and spans
  [
    `(?:under|i|de)\\s(?:årets\\s)?(${COUNT})\\s(?:första|første)\\s(?:månader|månaderna|måneder|månedene)(?:\\s(?:i\\sår|av\\såret))?`,
    (g) => `in the first ${COUNTS[(g[0] ?? "").toLowerCase()]} months`,
  ],
  [`jämfört\\smed\\s(${MONTH})\\si\\s(?:fjol|fjor)`, (g) => `compared with ${monthOf(g[0] ?? "")} last year`],
  ["jämfört\\smed|sammenlignet\\smed", () => "compared with"],
  [
    "(?:än\\s|enn\\s)?(?:månaden\\sinnan|måneden\\sfør|föregående\\smånad|forrige\\småned)",
    () => "than the previous month",
  ],
  ["(?:än\\s|enn\\s)?(?:året\\sinnan|året\\sfør)", () => "than a year earlier"],
  ["i\\s(?:fjol|fjor)", () => "last year"],
  [`i\\s(${MONTH})`, (g) => `in ${monthOf(g[0] ?? "")}`],
  [MONTH, (_g, whole) => monthOf(whole)],
  // ranks
  [
    "årets\\snäst\\shögsta(?:\\snivå)?|årets\\snest\\shøyeste(?:\\snivå)?",
    () => "the second-highest level this year",
  ],
  ["årets\\shögsta(?:\\snivå)?|årets\\shøyeste(?:\\snivå)?", () => "the highest level this year"],
  ["årets\\slägsta(?:\\snivå)?|årets\\slaveste(?:\\snivå)?", () => "the lowest level this year"],
  ["sedan|siden", () => "since"],
  // changes
  ["en\\s(?:ökning|økning)\\s(?:med|på)|ökningen\\s(?:var|blev)|økningen\\svar", () => "a rise of"],
  ["(?:var|blev)\\sökningen|(?:var|ble)\\søkningen", () => "the rise was"],
  ["en\\s(?:minskning|nedgang)\\s(?:med|på)", () => "a fall of"],
  ["ökade|økte|steg", () => "rose"],
  ["minskade|sjönk|falt|sank", () => "fell"],
  ["mindre\\s(?:än|enn)", () => "less than"],
  ["mer\\s(?:än|enn)|mera\\sän", () => "more than"],
  ["mindre", () => "less"],
  ["mer|mera", () => "more"],
  ["med(?=\\s\\d)", () => "by"],
  ["till(?=\\s\\d)|til(?=\\s\\d)", () => "to"],
  // products and flows
  [
    "magneter\\sav\\s(?:sällsynta\\sjordartsmetaller|sjeldne\\sjordarter|sjeldne\\sjordartsmetaller)|(?:sällsynta\\s|sjeldne\\s)?jordartsmagneter",
    () => "rare-earth magnets",
  ],
  [
    "sällsynta\\sjordartsmetaller|sällsynta\\sjordarter|sjeldne\\sjordarter|sjeldne\\sjordartsmetaller",
    () => "rare earths",
  ],
  ["exportvärdet|eksportverdien", () => "the export value"],
  ["magneterna|magnetene|magneter", () => "magnets"],
  ["exporten|eksporten|export|eksport", () => "exports"],
  ["exporterade|eksporterte", () => "exported"],
  ["Kinas", () => "China's"],
  ["Kina", () => "China"],
  ...PLACES.map(([p, en]): Rule => [`(?:till|til)\\s(?:${p})`, () => `to ${en}`]),
  ...PLACES.map(([p, en]): Rule => [p, () => en]),
  // the grammar words a sentence needs to be read
  ["uppgick\\still|utgjorde|beløp\\sseg\\still|låg\\spå|lå\\spå", () => "was"],
  ["gick|gikk", () => "went"],
  ["det\\svar", () => "that was"],
  ["och|og", () => "and"],
  ["medan|mens", () => "while"],
  ["motsvarande", () => "equal to"],
  ["för", () => "for"],
  ["av", () => "of"],
  ["med", () => "with"],
];

/** Where a rule can start: a letter, or a figure that does not go on from a figure before it. */
const RULE_START = /(?<![\p{L}\d.,]|\d[ \u00a0])[\p{L}\d]/gu;
const glosses = glossary(RULES, RULE_START, /\S/u);

/** Whether a text is written in Swedish or Norwegian: a trade word and three distinct words of theirs. */
export function scandinavianText(text: string): boolean {
  if (!TRADE.test(text)) return false;
  return new Set(text.match(WORDS)?.map((w) => w.toLowerCase())).size >= 3;
}

/**
 * The English words to read in place of a text's Swedish or Norwegian ones, left to right; none for
 * a text not written in them (`whole`: the text is known to be, and this is one of its sentences).
 * @example scandinavianGlosses("Till USA gick 582 ton magneter.").map((g) => g.word) // ["To the US", "went", "582 tonnes", "magnets"]
 */
export function scandinavianGlosses(text: string, whole = false): Gloss[] {
  return whole || scandinavianText(text) ? glosses(text) : [];
}
