// Polish trade news read through its English words: "W październiku Chiny wyeksportowały 5 473 ton
// magnesów z metali ziem rzadkich, o 5,2 proc. mniej niż we wrześniu" says what "In October China
// exported 5,473 tonnes rare-earth magnets, by 5.2% less than in September" says. The reading copy
// (reading-copy.ts) puts these words in place of the Polish ones, as it does for Turkish
// (turkish-words.ts); claims are still quoted as written. Polish sets thousands apart by a space and
// decimals by a comma ("5 473 ton", "4 343,5 tony", "5,2 proc."), writes thousands as a word ("5,95
// tys. ton") and declines its months ("październik", "października", "w październiku"). A word the
// glossary does not hold is left as it is, and no figure in a Polish sentence is checked against
// data with certainty (extract-claims.ts marks it).

import { glossary, type Gloss, type Rule } from "./glossary.js";

/** Letters only Polish (among the languages written about trade) writes, and its trade words. */
const POLISH_LETTER = /[ąęłńśźżĄĘŁŃŚŹŻ]/u;
const POLISH_WORD =
  /(?<![\p{L}])(?:eksport\p{L}*|proc\.|magnes\p{L}*|ziem\srzadkich|wyeksportowa\p{L}*|tys\.\s(?:ton|t))/iu;

/** A figure as Polish writes it: "5 473", "4 343,5", "5,2", "656". */
const NUM = String.raw`\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,4})?|\d+(?:,\d{1,4})?`;

/** A Polish figure in English digits: "5 473" -> "5,473", "4 343,5" -> "4,343.5", "5,2" -> "5.2". */
function englishNumber(polish: string): string {
  const [whole = "", decimals] = polish.replace(/[ \u00a0]/g, "").split(",");
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, ",") : whole;
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

/** Each month's stem and the endings of its cases: "październik", "października", "październiku". */
const MONTHS: Array<[string, string]> = [
  ["stycze[nń]|styczni[aue]", "January"],
  ["luty|lutego|lutym", "February"],
  ["marzec|marca|marcu", "March"],
  ["kwiecie[nń]|kwietni[au]", "April"],
  ["maj|maja|maju", "May"],
  ["czerwiec|czerwca|czerwcu", "June"],
  ["lipiec|lipca|lipcu", "July"],
  ["sierpie[nń]|sierpni[au]", "August"],
  ["wrzesie[nń]|wrze[sś]ni[au]", "September"],
  ["pa[zź]dziernik|pa[zź]dziernika|pa[zź]dzierniku", "October"],
  ["listopad|listopada|listopadzie", "November"],
  ["grudzie[nń]|grudni[au]", "December"],
];
const MONTH = `(?:${MONTHS.map(([p]) => p).join("|")})`;
function monthOf(word: string): string {
  const w = word.toLowerCase();
  return MONTHS.find(([p]) => new RegExp(`^(?:${p})$`, "u").test(w))?.[1] ?? word;
}

/** Destinations, in the cases a sentence about exports puts them. */
const PLACES: Array<[string, string]> = [
  ["USA|Stan[óo]w\\sZjednoczonych|Stany\\sZjednoczone", "the US"],
  ["Niemcy|Niemiec|Niemczech", "Germany"],
  [
    "Korea\\sP[lł]d\\.|Kore[aęi]\\sP[lł]d\\.|Korea\\sPo[lł]udniowa|Kore[ięa]\\sPo[lł]udniow[aąej]+|Kore[ęi]",
    "South Korea",
  ],
  ["Japonia|Japonii|Japoni[ęa]", "Japan"],
  ["Wietnam|Wietnamu", "Vietnam"],
  ["Indie|Indii", "India"],
  ["UE|Unii\\sEuropejskiej|Unia\\sEuropejska", "the EU"],
  ["Polska|Polski|Polsk[aię]", "Poland"],
];

const placeOf = (word: string) => PLACES.find(([p]) => new RegExp(`^(?:${p})$`, "u").test(word))?.[1] ?? word;

/** Phrases first, then words; where two rules match the same words, the first wins. */
const RULES: Rule[] = [
  // figures and units
  [`(${NUM})\\stys\\.\\s(?:ton|t)(?![\\p{L}])`, (g) => `${englishNumber(g[0] ?? "")} thousand tonnes`],
  [`(${NUM})\\s(?:ton|tony|tonach|t)(?![\\p{L}])`, (g) => `${englishNumber(g[0] ?? "")} tonnes`],
  // "proc." ends a sentence with its own dot, which the sentence keeps
  // (the letter after it, looked at, not read: a capital or nothing starts a new sentence)
  [
    `(${NUM})\\s?proc\\.(?=\\s*(\\S?))`,
    (g) => `${englishNumber(g[0] ?? "")}%${g[1] === "" || g[1] !== g[1]?.toLowerCase() ? "." : ""}`,
  ],
  [`(${NUM})\\s?(?:proc\\.?|procent\\p{L}*|%)`, (g) => `${englishNumber(g[0] ?? "")}%`],
  [`(${NUM})\\smln\\s(?:USD|dol\\.|dolar[óo]w)`, (g) => `$${englishNumber(g[0] ?? "")} million`],
  // bases and spans
  ["r/r|rok\\sdo\\sroku|w\\sujęciu\\s(?:rok\\sdo\\sroku|rocznym)|rdr", () => "year on year"],
  ["m/m|miesiąc\\sdo\\smiesiąca|w\\sujęciu\\smiesięcznym|mdm", () => "month on month"],
  ["(?:niż\\s)?miesiąc\\swcześniej", () => "than a month earlier"],
  ["(?:niż\\s)?rok\\swcześniej", () => "than a year earlier"],
  [`od\\s(${MONTH})\\sdo\\s(${MONTH})`, (g) => `in ${monthOf(g[0] ?? "")}-${monthOf(g[1] ?? "")}`],
  [`(?:niż\\s)(?:w|we)\\s(${MONTH})`, (g) => `than in ${monthOf(g[0] ?? "")}`],
  [`(?:w|we)\\s(${MONTH})`, (g) => `in ${monthOf(g[0] ?? "")}`],
  [`od\\s(${MONTH})`, (g) => `since ${monthOf(g[0] ?? "")}`],
  [`(${MONTH})(?![\\p{L}])`, (g) => monthOf(g[0] ?? "")],
  ["grudniow\\p{L}+", () => "December's"],
  ["w\\scałym\\s(\\d{4})\\sr\\.", (g) => `in all of ${g[0]}`],
  ["(\\d{4})\\sr\\.", (g) => g[0] ?? ""],
  ["w\\scałym\\sroku", () => "in the whole year"],
  // ranks and streaks
  ["drugi\\sz\\srzędu\\s(?:miesięczny\\s)?spadek", () => "the second straight monthly fall"],
  ["drugi\\sz\\srzędu\\s(?:miesięczny\\s)?wzrost", () => "the second straight monthly rise"],
  ["najniższ\\p{L}+\\spoziom\\p{L}*", () => "the lowest level"],
  ["najwyższ\\p{L}+\\spoziom\\p{L}*", () => "the highest level"],
  // the buyer after its verb: "Największym odbiorcą magnesów w październiku pozostały Niemcy" is
  // read "in October Germany remained the largest buyer of magnets"
  [
    `największ\\p{L}+\\sodbiorc\\p{L}+(\\smagnes[óo]w)?(?:\\s(?:w|we)\\s(${MONTH}))?\\s(?:pozostał\\p{L}*|był\\p{L}*|został\\p{L}*)\\s(${PLACES.map(([p]) => p).join("|")})`,
    (g) =>
      `${g[1] ? `in ${monthOf(g[1])} ` : ""}${placeOf(g[2] ?? "")} remained the largest buyer${g[0] ? " of magnets" : ""}`,
  ],
  ["największ\\p{L}+\\sodbiorc\\p{L}+", () => "the largest buyer"],
  ["głównymi\\sodbiorcami", () => "the main buyers"],
  // changes
  ["o(?=\\s\\d)", () => "by"],
  ["spadł\\p{L}*|spadek|zmalał\\p{L}*", () => "fell"],
  ["wzrósł|wzrosł\\p{L}*|wzrost", () => "rose"],
  ["więcej", () => "more"],
  ["mniej", () => "less"],
  ["niż", () => "than"],
  ["całego\\seksportu|całkowitego\\seksportu", () => "of total exports"],
  // products and flows
  [
    "magnes[óo]w\\s(?:z\\s)?(?:metali|pierwiastk[óo]w)?\\s?ziem\\srzadkich|magnesy\\s(?:z\\s)?(?:metali|pierwiastk[óo]w)?\\s?ziem\\srzadkich",
    () => "rare-earth magnets",
  ],
  ["(?:samych\\s)?(?:metali|pierwiastk[óo]w|surowc[óo]w)\\sziem\\srzadkich", () => "rare earths"],
  ["magnes[óo]w|magnesy|magnes[ay]", () => "magnets"],
  ["eksport\\p{L}*", () => "exports"],
  ["wyeksportował\\p{L}*|wyeksportowano|sprzedał\\p{L}*\\sza\\sgranicę", () => "exported"],
  ["Chiny|Chin", () => "China"],
  ...PLACES.map(([p, en]): Rule => [`(?:do|na)\\s(?:${p})`, () => `to ${en}`]),
  ...PLACES.map(([p, en]): Rule => [p, () => en]),
  // forecasts: "może przekroczyć 6 tys. ton" (could top 6,000 tonnes)
  ["zdaniem\\sanalityk[óo]w(?:\\s(?:domu\\smaklerskiego|banku))?", () => "analysts expect that"],
  ["może|mogą|mógłby|mogłaby", () => "could"],
  ["przekroczyć|przekroczy", () => "top"],
  ["prognozuj\\p{L}+|przewiduj\\p{L}+|oczekuj\\p{L}+", () => "expect"],
  // the grammar words a sentence needs to be read
  ["trafiło|trafiły|trafił", () => "went"],
  ["przypadło|przypadł\\p{L}*", () => "went"],
  ["wyniósł|wyniosła|wyniosło|wyniosły", () => "was"],
  ["pozostały|pozostał\\p{L}*", () => "remained"],
  ["wobec", () => "against"],
  ["czyli", () => "or"],
  ["oraz|i", () => "and"],
  ["był|była|było", () => "was"],
  ["w|we", () => "in"],
  ["do", () => "to"],
  ["z", () => "of"],
];

/** Where a rule can start: a letter, or a figure that does not go on from a figure before it. */
const RULE_START = /(?<![\p{L}\d.,]|\d[ \u00a0])[\p{L}\d]/gu;
const glosses = glossary(RULES, RULE_START, /\S/u);

/** Whether a text is written in Polish: letters only Polish writes, and its trade words. */
export const polishText = (text: string): boolean => POLISH_LETTER.test(text) && POLISH_WORD.test(text);

/**
 * The English words to read in place of a text's Polish ones, left to right; none for a text not
 * written in Polish (`whole`: the text is known to be, and this is one of its sentences).
 * @example polishGlosses("Do USA trafiło 656 ton magnesów.").map((g) => g.word) // ["to the US", "went", "656 tonnes", "magnets"]
 */
export function polishGlosses(text: string, whole = false): Gloss[] {
  return whole || polishText(text) ? glosses(text) : [];
}
