// Bulgarian trade news read through its English words: "Китай е изнесъл 5577 тона редкоземни
// магнити през юли, със 75% повече от юни" says what "China exported 5577 tonnes of rare-earth
// magnets in July, 75% more than June" says. Bulgarian shares its script, its countries and most of
// its figures with Russian, which russian-words.ts reads; these rules take the words the two do not
// share (months, "износ", "тона", "повече") and are tried first, so Russian's rules read the rest.
// As in Russian, no figure is checked against data with certainty in such a sentence (cautions.ts).

import { MONTH_NAMES } from "../../domain/period.js";
import { glossary, type Gloss, type Rule } from "./glossary.js";
import { YEAR } from "./lexicon.js";

/** Months in calendar order, as Bulgarian writes them. */
const MONTHS = [
  "януари",
  "февруари",
  "март",
  "април",
  "май",
  "юни",
  "юли",
  "август",
  "септември",
  "октомври",
  "ноември",
  "декември",
];
const MONTH = `(?:${MONTHS.join("|")})`;
const monthOf = (w: string) => MONTH_NAMES[Math.max(0, MONTHS.indexOf(w.toLowerCase()))] as string;

/** "шестмесечен": the counts that make a span of months one word. */
const COUNTS: Record<string, string> = {
  дву: "two",
  три: "three",
  четири: "four",
  пет: "five",
  шест: "six",
  седем: "seven",
  осем: "eight",
  девет: "nine",
  десет: "ten",
};
const COUNT = Object.keys(COUNTS).join("|");
const ORDINALS: Record<string, string> = {
  втори: "second",
  трети: "third",
  четвърти: "fourth",
  пети: "fifth",
};
const ORDINAL = Object.keys(ORDINALS).join("|");

const PCT = "(?:\\d[\\d\\s.,]*\\d|\\d)\\s?%";
/** A decimal comma made a point: "12,4%" is "12.4%". */
const decimal = (figure: string) => figure.replace(/(\d),(\d{1,2})(?!\d)/g, "$1.$2");

/** Phrases first, then words; at one place the first rule that matches wins. */
const RULES: Rule[] = [
  // changes: "със 75% повече от юни", "с 57% повече от предходния месец"
  [
    `(?:със|с)\\s(${PCT})\\s(повече|по-малко)\\sот\\s(${MONTH})`,
    (g) => `${decimal(g[0] ?? "")} ${g[1] === "повече" ? "more" : "less"} than ${monthOf(g[2] ?? "")}`,
  ],
  [
    `(?:със|с)\\s(${PCT})\\s(повече|по-малко)\\sот\\sпредходния\\sмесец`,
    (g) => `${decimal(g[0] ?? "")} ${g[1] === "повече" ? "more" : "less"} than the previous month`,
  ],
  [
    `(?:със|с)\\s(${PCT})\\s(повече|по-малко)\\sот\\sсъщия\\sмесец\\sна\\sминалата\\sгодина`,
    (g) => `${decimal(g[0] ?? "")} ${g[1] === "повече" ? "more" : "less"} than a year earlier`,
  ],
  [
    `(?:със|с)\\s(${PCT})\\s(повече|по-малко)`,
    (g) => `${decimal(g[0] ?? "")} ${g[1] === "повече" ? "more" : "less"}`,
  ],
  // shares: "38% от общия износ"
  [`(${PCT})\\sот\\s(?:общия|целия)\\sизнос`, (g) => `${decimal(g[0] ?? "")} of total exports`],
  // ranks and streaks: "шестмесечен връх", "за втори пореден месец"
  [
    `(${COUNT})месеч(?:ен|ния|ният)\\s(?:връх|максимум)`,
    (g) => `a ${COUNTS[(g[0] ?? "").toLowerCase()]}-month high`,
  ],
  [
    `(${COUNT})месеч(?:ен|ния|ният)\\s(?:дъно|минимум)`,
    (g) => `a ${COUNTS[(g[0] ?? "").toLowerCase()]}-month low`,
  ],
  [
    `за\\s(${ORDINAL})\\sпореден\\sмесец`,
    (g) => `for the ${ORDINALS[(g[0] ?? "").toLowerCase()]} month in a row`,
  ],
  ["най-голем(?:ият|ия|ите)|най-голям(?:ата|о)?", () => "the largest"],
  // periods
  [`(?:през|в)\\s(${MONTH})(?:\\s(${YEAR}))?`, (g) => `in ${monthOf(g[0] ?? "")}${g[1] ? ` ${g[1]}` : ""}`],
  [MONTH, (_g, whole) => monthOf(whole)],
  // products and trade
  ["редкоземни\\sмагнити", () => "rare-earth magnets"],
  ["редкоземни\\s(?:елементи|метали)", () => "rare earths"],
  ["редкоземн\\p{L}*", () => "rare-earth"],
  ["износ(?:ът|а)?", () => "exports"],
  ["внос(?:ът|а)?", () => "imports"],
  ["тона", () => "tonnes"],
  ["купувач(?:ът|а|и)?", () => "buyer"],
  ["вносител(?:ят|я|и)?", () => "importer"],
  // verbs
  ["е\\sизнесъл|е\\sизнесла|изнесе", () => "exported"],
  ["стигна|достигна", () => "reached"],
  ["нарасна|нарастна|се\\sувеличи|увеличи\\sсе", () => "rose"],
  ["спадна|намаля|се\\sсви", () => "fell"],
  ["остава", () => "remains"],
  // places Bulgarian spells its own way (the others are Russian's)
  ["САЩ", () => "the US"],
  ["Южна\\sКорея", () => "South Korea"],
  ["Виетнам", () => "Vietnam"],
  ["Мексико", () => "Mexico"],
  // the small words
  ["на\\sКитай", () => "of China"],
  ["са", () => "are"],
  ["от", () => "from"],
  ["със", () => "with"],
  ["като", () => "as"],
];

/** Words Bulgarian writes and Russian does not: only a text with one is read through these rules. */
const BULGARIAN =
  /(?<!\p{L})(?:износ(?:ът|а)?|тона|повече|през|редкоземни|юни|юли|септември|октомври)(?!\p{L})/iu;
/** Where a rule can start: a Cyrillic letter, or a figure's digit just before one ("75% повече"). */
const RULE_START = /\p{Script=Cyrillic}|\d(?=[\d\s.,]{0,8}%?\s?\p{Script=Cyrillic})/gu;

/**
 * The English words to read in place of a Bulgarian text's own words, left to right; none for a
 * text with no Bulgarian word.
 * @example bulgarianGlosses("5577 тона през юли").map((g) => g.word) // ["tonnes", "in July"]
 */
export const bulgarianGlosses: (text: string) => Gloss[] = glossary(RULES, RULE_START, BULGARIAN);
