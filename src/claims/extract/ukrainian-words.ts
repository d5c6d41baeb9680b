// Ukrainian trade news read through its English words: "Китай у грудні експортував 5 952 т магнітів
// із рідкісноземельних металів, що на 3,2% менше, ніж у листопаді" says what "China in December
// exported 5,952 tonnes rare-earth magnets, 3.2% less than in November" says. The reading copy
// (reading-copy.ts) puts these words in place of the Ukrainian ones before the Russian glossary
// reads what the two languages share; claims are still quoted as written. Ukrainian sets thousands
// apart by a space and decimals by a comma ("5 952 т", "57,4 тис. тонн", "3,2%") and names its
// months in words of its own ("грудень", "у грудні", "з червня"). A word the glossary does not hold
// is left as it is, and no figure in a Cyrillic sentence is checked against data with certainty
// (cautions.ts).

import { MONTH_NAMES } from "../../domain/period.js";
import { glossary, type Gloss, type Rule } from "./glossary.js";

/** Letters Ukrainian writes and Russian does not, and its trade words: a text needs both. */
const UKRAINIAN_LETTER = /[іїєґІЇЄҐ]/u;
const UKRAINIAN_WORD = /(?<![\p{L}])(?:експорт\p{L}*|рідкісноземельн\p{L}*|магніт\p{L}*)(?![\p{L}])/iu;

/** Each month's stem, in calendar order; its cases add an ending ("грудень", "грудня", "грудні", "груднем"). */
const STEMS = [
  "січ",
  "лют",
  "берез",
  "квіт",
  "трав",
  "черв",
  "лип",
  "серп",
  "верес",
  "жовт",
  "листопад",
  "груд",
];
const MONTH = `(?:${STEMS.join("|")})\\p{L}{0,4}`;
function monthOf(word: string): string {
  const w = word.toLowerCase();
  const i = STEMS.findIndex((s) => w.startsWith(s));
  return MONTH_NAMES[Math.max(i, 0)] as string;
}

/** A figure as Ukrainian writes it: "5 952", "4 392", "57,4", "3,2". */
const NUM = String.raw`\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,4})?|\d+(?:,\d{1,4})?`;
function englishNumber(written: string): string {
  const [whole = "", decimals] = written.replace(/[ \u00a0]/g, "").split(",");
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, ",") : whole;
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

const PLACES: Array<[string, string]> = [
  ["США|Сполучених\\sШтатів|Сполучені\\sШтати", "the US"],
  ["Німеччин\\p{L}{1,2}", "Germany"],
  ["Японі\\p{L}{1,2}", "Japan"],
  ["Південн\\p{L}{1,2}\\sКоре\\p{L}{1,2}", "South Korea"],
  ["В['’]?єтнам\\p{L}{0,2}", "Vietnam"],
  ["Інді\\p{L}{1,2}", "India"],
  ["ЄС|Європейськ\\p{L}{1,3}\\sСоюз\\p{L}{0,2}", "the EU"],
  ["Україн\\p{L}{1,2}", "Ukraine"],
];
const PLACE = PLACES.map(([p]) => p).join("|");
const placeOf = (word: string) => PLACES.find(([p]) => new RegExp(`^(?:${p})$`, "u").test(word))?.[1] ?? word;

/** Phrases first, then words; where two rules match the same words, the first wins. */
const RULES: Rule[] = [
  // figures and units
  [`(${NUM})\\sтис\\.\\s(?:тонн|т)(?![\\p{L}])`, (g) => `${englishNumber(g[0] ?? "")} thousand tonnes`],
  [`(${NUM})\\s(?:тонн\\p{L}{0,2}|т)(?![\\p{L}])`, (g) => `${englishNumber(g[0] ?? "")} tonnes`],
  [
    `на\\s(${NUM})\\s?%\\s(менше|більше)`,
    (g) => `${englishNumber(g[0] ?? "")}% ${g[1] === "менше" ? "less" : "more"}`,
  ],
  [`(${NUM})\\s?%`, (g) => `${englishNumber(g[0] ?? "")}%`],
  // bases and periods
  ["у\\sрічному\\sвимірі|у\\sріч(?:ному)?\\sобчисленні|рік\\sдо\\sроку", () => "year on year"],
  ["(?:ніж\\s)?роком\\sраніше", () => "than a year earlier"],
  [`порівняно\\sз\\s(${MONTH})`, (g) => `compared with ${monthOf(g[0] ?? "")}`],
  [`ніж\\s(?:у|в)\\s(${MONTH})`, (g) => `than in ${monthOf(g[0] ?? "")}`],
  ["за\\sпідсумками\\s(\\d{4})\\sроку", (g) => `in all of ${g[0]}`],
  ["за\\s(\\d{4})\\sрік", (g) => `in all of ${g[0]}`],
  ["(?:у|в)\\s(\\d{4})\\sроці", (g) => `in ${g[0]}`],
  [
    `(?:у|в)\\s(${MONTH})(?:\\s(\\d{4})\\sроку)?`,
    (g) => `in ${monthOf(g[0] ?? "")}${g[1] ? ` ${g[1]}` : ""}`,
  ],
  // ranks: the buyer after its verb, read in English order
  [
    `найбільшим\\sпокупцем(?:\\sмагнітів)?(?:\\s(?:у|в)\\s(${MONTH}))?\\sзалиш(?:ився|илася|илися|илось)\\s(${PLACE})`,
    (g) => `${g[0] ? `in ${monthOf(g[0])} ` : ""}${placeOf(g[1] ?? "")} remained the largest buyer`,
  ],
  [`найнижч\\p{L}+\\s(?:рівень\\s)?з\\s(${MONTH})`, (g) => `the lowest level since ${monthOf(g[0] ?? "")}`],
  [`найвищ\\p{L}+\\s(?:рівень\\s)?з\\s(${MONTH})`, (g) => `the highest level since ${monthOf(g[0] ?? "")}`],
  [MONTH, (_g, whole) => monthOf(whole)],
  // changes
  ["скоротив(?:ся|ся|ла|лася|ли)?|зменшив(?:ся|ла|лася)?|знизив(?:ся|ла|лася)?", () => "fell"],
  ["зріс|зросла|зросли|збільшив(?:ся|ла|лася)?", () => "rose"],
  ["менше", () => "less"],
  ["більше", () => "more"],
  ["на(?=\\s\\d)", () => "by"],
  ["до(?=\\s\\d)", () => "to"],
  // products and flows
  [
    "магніт(?:ів|и)\\s(?:із|з)\\sрідкісноземельних\\sметалів|рідкісноземельних\\sмагнітів",
    () => "rare-earth magnets",
  ],
  [
    "рідкісноземельн\\p{L}{0,3}\\sтовар\\p{L}{0,3}|рідкісноземельн\\p{L}{0,3}\\sпродукц\\p{L}{0,3}",
    () => "rare-earth products",
  ],
  ["(?:самих\\s)?рідкісноземельних\\sметалів|рідкісноземельні\\sметали", () => "rare earths"],
  ["зокрема|в\\sтому\\sчислі", () => "including"],
  ["магніт(?:ів|и)", () => "magnets"],
  ["експортував(?:ла|ли)?", () => "exported"],
  ["експорт\\p{L}{0,2}", () => "exports"],
  ["Китай|КНР", () => "China"],
  ...PLACES.map(([p, en]): Rule => [`до\\s(?:${p})`, () => `to ${en}`]),
  ...PLACES.map(([p, en]): Rule => [p, () => en]),
  // the grammar words a sentence needs to be read
  ["загального\\sобсягу", () => "of the total"],
  ["склав|склала|становив|становила", () => "was"],
  ["надійшло", () => "went"],
  ["або", () => "or"],
  ["проте|але", () => "but"],
  ["що", () => "which is"],
];

/** Where a rule can start: a letter, or a figure that does not go on from a figure before it. */
const RULE_START = /(?<![\p{L}\d.,]|\d[ \u00a0])[\p{L}\d]/gu;
const glosses = glossary(RULES, RULE_START, /\S/u);

/** Whether a text is written in Ukrainian: letters only Ukrainian writes, and its trade words. */
export const ukrainianText = (text: string): boolean =>
  UKRAINIAN_LETTER.test(text) && UKRAINIAN_WORD.test(text);

/**
 * The English words to read in place of a text's Ukrainian ones, left to right; none for a text not
 * written in Ukrainian (`whole`: the text is known to be, and this is one of its sentences).
 * @example ukrainianGlosses("До США надійшло 564 т магнітів.").map((g) => g.word) // ["To the US", "went", "564 tonnes", "magnets"]
 */
export function ukrainianGlosses(text: string, whole = false): Gloss[] {
  return whole || ukrainianText(text) ? glosses(text) : [];
}
