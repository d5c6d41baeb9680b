// Dutch trade news read through its English words: "China heeft in november 6.150 ton magneten van
// zeldzame aardmetalen uitgevoerd, 12,4 procent meer dan in oktober" says what "China has in
// November 6,150 tonnes rare-earth magnets exported, 12.4% more than in October" says. The reading
// copy (reading-copy.ts) puts these words in place of the Dutch ones, as it does for Turkish
// (turkish-words.ts); claims are still quoted as written. Dutch writes a dot between thousands and a
// comma before decimals ("6.150 ton", "2.568,8 ton", "12,4 procent"), so a figure is read that way
// only in a text written in Dutch. A word the glossary does not hold is left as it is, and no figure
// in a Dutch sentence is checked against data with certainty (extract-claims.ts marks it).

import { glossary, type Gloss, type Rule } from "./glossary.js";

/**
 * Words of Dutch that neither English nor German writes: a text with three of them, one a trade word,
 * is written in Dutch.
 */
const DUTCH_WORD =
  /(?<![\p{L}])(?:het|een|naar|werd|zijn|ook|heeft|uitgevoerd|uitvoer|zeldzame|aardmetalen|procent|steeg|daalde|zakte|ten\sopzichte|t\.o\.v\.|bedroeg|ruim|jaarbasis|verscheept|maanden|dan|ging|kwam|bleef|volgde|kreeg|vorige|eerder)(?![\p{L}])/giu;
const DUTCH_TRADE =
  /(?<![\p{L}])(?:zeldzame|aardmetalen|uitgevoerd|uitvoer|procent|verscheept|magneten|magneetexport|magneetuitvoer)(?![\p{L}])/iu;

/** A figure as Dutch writes it: "6.150", "2.568,8", "12,4", "815". */
const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d{1,4})?|\d+(?:,\d{1,4})?`;

/** A Dutch figure in English digits: "6.150" -> "6,150", "2.568,8" -> "2,568.8", "12,4" -> "12.4". */
function englishNumber(dutch: string): string {
  const [whole = "", decimals] = dutch.replace(/\./g, "").split(",");
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, ",") : whole;
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

const MONTHS: Array<[string, string]> = [
  ["januari", "January"],
  ["februari", "February"],
  ["maart", "March"],
  ["april", "April"],
  ["mei", "May"],
  ["juni", "June"],
  ["juli", "July"],
  ["augustus", "August"],
  ["september", "September"],
  ["oktober", "October"],
  ["november", "November"],
  ["december", "December"],
];
const MONTH = `(?:${MONTHS.map(([d]) => d).join("|")})`;
const monthOf = (word: string) => MONTHS.find(([d]) => d === word.toLowerCase())?.[1] ?? word;

/** Counts of months: "de eerste elf maanden" (the first eleven months). */
const COUNTS: Record<string, string> = {
  twee: "two",
  drie: "three",
  vier: "four",
  vijf: "five",
  zes: "six",
  zeven: "seven",
  acht: "eight",
  negen: "nine",
  tien: "ten",
  elf: "eleven",
};
const COUNT = Object.keys(COUNTS).join("|");

/** Destinations and blocs. */
const PLACES: Array<[string, string]> = [
  ["de\\sVerenigde\\sStaten|Verenigde\\sStaten|de\\sVS|VS", "the US"],
  ["Duitsland", "Germany"],
  ["Zuid-Korea", "South Korea"],
  ["Japan", "Japan"],
  ["Vietnam", "Vietnam"],
  ["India", "India"],
  ["de\\sEuropese\\sUnie|Europese\\sUnie|de\\sEU", "the EU"],
  ["Nederland", "the Netherlands"],
  ["Mexico", "Mexico"],
];

/** Phrases first, then words; where two rules match the same words, the first wins. */
const RULES: Rule[] = [
  // figures and units
  [`(${NUM})\\s(?:ton|tonnen)`, (g) => `${englishNumber(g[0] ?? "")} tonnes`],
  [`(${NUM})\\s?(?:procent|%)`, (g) => `${englishNumber(g[0] ?? "")}%`],
  [`(${NUM})\\smiljoen\\s(?:dollar|Amerikaanse\\sdollar)`, (g) => `$${englishNumber(g[0] ?? "")} million`],
  ["procent", () => "percent"],
  // bases and spans
  ["ten\\sopzichte\\svan|t\\.o\\.v\\.|vergeleken\\smet", () => "compared with"],
  ["op\\sjaarbasis|jaar-op-jaar|jaar\\sop\\sjaar", () => "year on year"],
  ["(?:dan\\s)?een\\smaand\\seerder|(?:dan\\s)?de\\smaand\\sdaarvoor", () => "than a month earlier"],
  ["(?:dan\\s)?een\\sjaar\\seerder|(?:dan\\s)?een\\sjaar\\sgeleden", () => "than a year earlier"],
  [
    `(?:over|in|voor)\\sde\\seerste\\s(${COUNT})\\smaanden`,
    (g) => `in the first ${COUNTS[g[0] ?? ""]} months`,
  ],
  ["(?:over|in|voor)\\sheel\\s(\\d{4})", (g) => `in all of ${g[0]}`],
  [`(?:in|over)\\s(${MONTH})`, (g) => `in ${monthOf(g[0] ?? "")}`],
  [MONTH, (_g, whole) => monthOf(whole)],
  ["vorig\\sjaar", () => "last year"],
  ["dit\\sjaar", () => "this year"],
  // ranks
  ["het\\shoogste\\sniveau|hoogste\\sniveau", () => "the highest level"],
  ["het\\slaagste\\sniveau|laagste\\sniveau", () => "the lowest level"],
  ["sinds", () => "since"],
  // changes
  ["een\\sstijging\\svan", () => "a rise of"],
  ["een\\sdaling\\svan", () => "a fall of"],
  ["steeg|stegen", () => "rose"],
  ["daalde|daalden|zakte|zakten", () => "fell"],
  ["meer\\sdan", () => "more than"],
  ["minder\\sdan", () => "less than"],
  ["meer", () => "more"],
  ["minder", () => "less"],
  [`met(?=\\s(?:${NUM})\\s?(?:procent|%))`, () => "by"],
  ["tot(?=\\s\\d)", () => "to"],
  ["ruim|bijna\\s(?=\\d)", (_g, whole) => (whole.startsWith("ruim") ? "more than" : "nearly")],
  ["ongeveer|circa|zo['’]n", () => "about"],
  ["van\\shet\\stotaal", () => "of the total"],
  ["het\\sverschil\\smet", () => "the gap from"],
  // products and flows
  [
    "(?:permanente\\s)?magneten\\s(?:van|uit|op\\sbasis\\svan)\\szeldzame(?:\\saard)?metalen|zeldzame-aardmagneten|zeldzame\\saardmagneten",
    () => "rare-earth magnets",
  ],
  ["magneetexport|magneetuitvoer", () => "magnet exports"],
  ["zeldzame\\saardmetalen|zeldzame\\saarden", () => "rare earths"],
  ["magneten", () => "magnets"],
  ["export|uitvoer", () => "exports"],
  ["uitgevoerd|geëxporteerd", () => "exported"],
  ["verscheept", () => "shipped"],
  ["(?:Chinese|Chinees)", () => "Chinese"],
  ...PLACES.map(([p, en]): Rule => [`naar\\s(?:${p})`, () => `to ${en}`]),
  ...PLACES.map(([p, en]): Rule => [p, () => en]),
  // the grammar words a sentence needs to be read
  ["bleef", () => "remained"],
  ["op\\séén", () => "the top destination"],
  ["volgde", () => "followed"],
  ["ging", () => "went"],
  ["kreeg", () => "received"],
  ["nam", () => "took"],
  ["kwam\\suit\\sop|bedroeg", () => "was"],
  ["kwam", () => "came"],
  ["uit\\sop(?=\\s\\d)", () => "to"],
  ["werd", () => "was"],
  ["heeft", () => "has"],
  ["de|het", () => "the"],
  ["een", () => "a"],
  ["van", () => "of"],
  ["en", () => "and"],
  ["maar", () => "but"],
  ["dan", () => "than"],
  ["naar", () => "to"],
  ["met", () => "with"],
];

/** Where a rule can start: a letter, or a figure that does not go on from a figure before it. */
const RULE_START = /(?<![\p{L}\d.,])[\p{L}\d]/gu;
const glosses = glossary(RULES, RULE_START, /\S/u);

/** Whether a text is written in Dutch: three distinct Dutch words, one of them a trade word. */
export function dutchText(text: string): boolean {
  if (!DUTCH_TRADE.test(text)) return false;
  const words = new Set(text.match(DUTCH_WORD)?.map((w) => w.toLowerCase()));
  return words.size >= 3;
}

/**
 * The English words to read in place of a text's Dutch ones, left to right; none for a text not
 * written in Dutch (`whole`: the text is known to be, and this is one of its sentences).
 * @example dutchGlosses("Naar Japan ging 305 ton magneten.").map((g) => g.word) // ["to Japan", "went", "305 tonnes", "magnets"]
 */
export function dutchGlosses(text: string, whole = false): Gloss[] {
  return whole || dutchText(text) ? glosses(text) : [];
}
