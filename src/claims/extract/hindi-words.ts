// Hindi trade news read through its English words: "अक्टूबर में चीन ने 5,473 टन रेयर अर्थ मैग्नेट का
// निर्यात किया, जो सितंबर की तुलना में 5.2 प्रतिशत कम है" says what "in October China 5,473 tonnes
// rare-earth magnets exported, which compared with September 5.2% less" says. The reading copy
// (reading-copy.ts) puts these words in place of the Hindi ones, as it does for Arabic
// (arabic-words.ts); claims are still quoted as written. Hindi business sites write figures as
// English does ("5,473 टन", "7.6 प्रतिशत") and borrow the product's English name in Devanagari
// letters. A word the glossary does not hold is left as it is, and no figure in a sentence in
// Devanagari is checked against data with certainty (cautions.ts).

import { MONTH_NAMES } from "../../domain/period.js";
import { glossary, type Gloss, type Rule } from "./glossary.js";

/** The months as Hindi writes the English names, in calendar order. */
const MONTHS = [
  "जनवरी",
  "फरवरी|फ़रवरी",
  "मार्च",
  "अप्रैल",
  "मई",
  "जून",
  "जुलाई",
  "अगस्त",
  "सितंबर|सितम्बर",
  "अक्टूबर|अक्तूबर",
  "नवंबर|नवम्बर",
  "दिसंबर|दिसम्बर",
];
const MONTH = `(?:${MONTHS.join("|")})`;
function monthOf(word: string): string {
  const i = MONTHS.findIndex((m) => new RegExp(`^(?:${m})$`, "u").test(word));
  return MONTH_NAMES[Math.max(0, i)] as string;
}

/** A figure as Hindi business sites write it: "5,473", "7.6", "416". */
const NUM = String.raw`\d{1,3}(?:,\d{2,3})+(?:\.\d{1,4})?|\d+(?:\.\d{1,4})?`;

const PLACES: Array<[string, string]> = [
  ["अमेरिका|अमरीका|संयुक्त\\sराज्य", "the US"],
  ["जर्मनी", "Germany"],
  ["जापान", "Japan"],
  ["दक्षिण\\sकोरिया", "South Korea"],
  ["वियतनाम", "Vietnam"],
  ["भारत", "India"],
  ["यूरोपीय\\sसंघ", "the EU"],
  ["चीन", "China"],
];

/** Ordinals before "सबसे बड़ा" (the largest): "पांचवां सबसे बड़ा खरीदार" is the fifth-largest buyer. */
const ORDINALS: Record<string, string> = {
  दूसरा: "second",
  तीसरा: "third",
  चौथा: "fourth",
  पांचवां: "fifth",
  पाँचवाँ: "fifth",
};
const ORDINAL = Object.keys(ORDINALS).join("|");

/** Phrases first, then words; where two rules match the same words, the first wins. */
const RULES: Rule[] = [
  // figures and units
  [`(${NUM})\\sटन`, (g) => `${g[0]} tonnes`],
  [`(${NUM})\\s?(?:प्रतिशत|फीसदी|फ़ीसदी|%)`, (g) => `${g[0]}%`],
  // spans and bases
  [
    `(${MONTH})\\s?[-–]\\s?(${MONTH})(?:\\sअवधि)?(?:\\sमें|\\sके\\sदौरान)?`,
    (g) => `in ${monthOf(g[0] ?? "")}-${monthOf(g[1] ?? "")}`,
  ],
  [`(${MONTH})\\sसे\\s(${MONTH})\\s(?:के\\sबीच|तक)`, (g) => `in ${monthOf(g[0] ?? "")}-${monthOf(g[1] ?? "")}`],
  ["पिछले\\sसाल\\sकी\\sसमान\\sअवधि\\s(?:से|की\\sतुलना\\sमें)", () => "from the same period last year"],
  // "compared with last year's October" dates the figure to this October and sets its base a year back
  [`पिछले\\sसाल\\s(${MONTH})\\sकी\\sतुलना\\sमें`, (g) => `in ${monthOf(g[0] ?? "")}, year on year,`],
  [`(${MONTH})\\sकी\\sतुलना\\sमें`, (g) => `compared with ${monthOf(g[0] ?? "")}`],
  ["पिछले\\sमहीने\\sकी\\sतुलना\\sमें", () => "from the previous month"],
  [`(${MONTH})\\s(?:में|के\\sदौरान)`, (g) => `in ${monthOf(g[0] ?? "")}`],
  [MONTH, (_g, whole) => monthOf(whole)],
  ["पिछले\\sसाल", () => "last year"],
  ["इस\\sसाल", () => "this year"],
  // ranks
  [`(${ORDINAL})\\sसबसे\\sबड़ा\\s(?:खरीदार|गंतव्य)`, (g) => `the ${ORDINALS[g[0] ?? ""]}-largest buyer`],
  ["सबसे\\sबड़ा\\sखरीदार|सबसे\\sबड़ा\\sगंतव्य", () => "the largest buyer"],
  ["सबसे\\sबड़ा", () => "the largest"],
  // changes
  ["कम|घटा|घटकर|गिरा|गिरकर", () => "less"],
  ["अधिक|ज़्यादा|ज्यादा|बढ़ा|बढ़कर", () => "more"],
  // products and flows
  ["रेयर\\sअर्थ\\sमैग्नेट|दुर्लभ\\sपृथ्वी\\sचुंबक", () => "rare-earth magnets"],
  ["रेयर\\sअर्थ|दुर्लभ\\sपृथ्वी\\sतत्व|दुर्लभ\\sमृदा", () => "rare earths"],
  ["मैग्नेट|चुंबक", () => "magnets"],
  ["निर्यात", () => "exports"],
  ["आयात", () => "imports"],
  ...PLACES.map(([p, en]): Rule => [`(?:${p})\\sको`, () => `to ${en}`]),
  ...PLACES.map(([p, en]): Rule => [`(?:${p})\\sका`, () => `${en}'s`]),
  ...PLACES.map(([p, en]): Rule => [p, () => en]),
  // the grammar words a sentence needs to be read
  ["के\\sअनुसार", () => "according to"],
  ["सीमा\\sशुल्क(?:\\sविभाग)?", () => "customs"],
  ["आंकड़ों|आंकड़े", () => "data"],
  ["के\\sसाथ", () => "with"],
  ["जबकि", () => "while"],
  ["और", () => "and"],
  ["कुल", () => "total"],
  ["रहा|रही|है|था|थी", () => "was"],
];

/** Devanagari letters: only a text with one is read through the glossary. */
const DEVANAGARI = /\p{Script=Devanagari}/u;
/** Where a rule can start: a Devanagari letter, or a figure before one ("5,473 टन"). */
const RULE_START = /\p{Script=Devanagari}|(?<![\d.,])\d(?=[\d.,]{0,12}\s?(?:\p{Script=Devanagari}|%))/gu;

const glosses = glossary(RULES, RULE_START, DEVANAGARI);

/** Whether a text is written (at least in part) in Devanagari. */
export const hindiText = (text: string): boolean => DEVANAGARI.test(text);

/**
 * The English words to read in place of a text's Hindi ones, left to right; none for a text
 * without Devanagari letters.
 * @example hindiGlosses("भारत को 416 टन").map((g) => g.word) // ["to India", "416 tonnes"]
 */
export const hindiGlosses = (text: string, _whole = false): Gloss[] => glosses(text);
