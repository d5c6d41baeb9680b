// Arabic trade news read through its English words: "ارتفعت صادرات الصين من مغناطيسات المعادن
// النادرة في أغسطس ... إلى 6146 طنا" says what "rose exports of China of rare-earth magnets in August
// ... to 6146 tonnes" says, word for word and in the same order. The reading copy (reading-copy.ts)
// puts these words in place of the Arabic ones, so every later stage reads one language; claims are
// still quoted as written. Months are read in both calendars' names ("يوليو/تموز", "يونيو حزيران"),
// with the letters Arabic joins to a word in front ("بيوليو": with July); a word the glossary does not
// hold is left as it is, and no figure is checked against data in an Arabic sentence with certainty
// (cautions.ts).

import { MONTH_NAMES } from "../../domain/period.js";
import { glossary, type Gloss, type Rule } from "./glossary.js";
import { YEAR } from "./lexicon.js";

/** Months in calendar order: the names taken from the European calendar, then the Levantine ones. */
const MONTHS: string[][] = [
  ["يناير", "كانون الثاني"],
  ["فبراير", "شباط"],
  ["مارس", "آذار"],
  ["أبريل|ابريل|إبريل", "نيسان"],
  ["مايو", "أيار"],
  ["يونيو|يونيه", "حزيران"],
  ["يوليو|يوليه", "تموز"],
  ["أغسطس|اغسطس", "آب"],
  ["سبتمبر", "أيلول"],
  ["أكتوبر|اكتوبر", "تشرين الأول"],
  ["نوفمبر", "تشرين الثاني"],
  ["ديسمبر", "كانون الأول"],
];
/** One month, written once or in both names ("يوليو/تموز", "يونيو حزيران", "أغسطس (آب)"). */
const ONE_MONTH = MONTHS.map(([a, b]) => `(?:${a})(?:\\s?[/(]?\\s?(?:${b})\\)?)?|(?:${b})`).join("|");
const MONTH = `(?:${ONE_MONTH})`;
function monthOf(word: string): string {
  const w = word.replace(/^[بلو]/, "");
  const i = MONTHS.findIndex(([a, b]) => new RegExp(`^(?:${a}|${b})`).test(w));
  return MONTH_NAMES[Math.max(0, i)] as string;
}

/** Counts and ordinals in words: "سبعة أضعاف" (seven times), "للشهر الثالث" (for the third month). */
const COUNTS: Record<string, string> = {
  ثلاثة: "three",
  أربعة: "four",
  خمسة: "five",
  ستة: "six",
  سبعة: "seven",
  ثمانية: "eight",
  تسعة: "nine",
  عشرة: "ten",
};
const COUNT = Object.keys(COUNTS).join("|");
const ORDINALS: Record<string, string> = {
  الثاني: "second",
  الثالث: "third",
  الرابع: "fourth",
  الخامس: "fifth",
};
const ORDINAL = Object.keys(ORDINALS).join("|");

const PCT = "(?:\\d[\\d.,]*\\d|\\d)\\s?%";

/** Countries and blocs, with the article Arabic writes and the prepositions it joins to them. */
const PLACES: Array<[string, string]> = [
  ["الولايات\\sالمتحدة(?:\\sالأمريكية|\\sالأميركية)?|أمريكا|أميركا", "the US"],
  ["الاتحاد\\sالأوروبي|أوروبا", "the EU"],
  ["كوريا\\sالجنوبية", "South Korea"],
  ["اليابان", "Japan"],
  ["ألمانيا", "Germany"],
  ["الهند", "India"],
  ["فيتنام", "Vietnam"],
  ["المكسيك", "Mexico"],
  ["الصين", "China"],
];

/** The verbs of rising and falling, with the "and" Arabic may join to them. */
const UP = "و?(?:ارتفعت|ارتفع|زادت|زاد|صعدت|صعد|قفزت|قفز|نمت)";
const DOWN = "و?(?:انخفضت|انخفض|تراجعت|تراجع|هبطت|هبط)";
/** What rises or falls: exports (China's), shipments, the quantities exported. */
const SUBJECT = "(?:ال)?(?:صادرات|شحنات)(?:\\sالخارجية)?(?:\\sالصين)?|(?:ال)?كميات\\s(?:ال)?مصدرة";
function subjectOf(words: string): string {
  const noun = /شحنات/.test(words) ? "shipments" : "exports";
  return /الصين/.test(words) ? `China's ${noun}` : noun;
}

/** The products, after "من" (of): rare-earth magnets, permanent magnets, rare earths. */
const RARE = "(?:(?:ال)?(?:معادن|عناصر|أتربة)\\s)?(?:ال)?(?:أرضية\\s(?:ال)?)?نادرة";
const PRODUCT = `(?:ال)?مغناطيس(?:ات)?\\s${RARE}|(?:ال)?مغناطيسات\\s(?:ال)?دائمة|(?:ال)?(?:معادن|عناصر|أتربة)\\s(?:ال)?(?:أرضية\\s(?:ال)?)?نادرة`;
function productOf(words: string): string {
  const of = words.startsWith("من") ? "of " : "";
  if (/مغناطيس/.test(words)) return `${of}${/دائمة/.test(words) ? "permanent" : "rare-earth"} magnets`;
  return `${of}rare earths`;
}

/** Phrases first, then words; at one place the first rule that matches wins. */
const RULES: Rule[] = [
  // the Arabic comma: the English reader's clauses end at a comma
  ["(?<![\\d])،", () => ","],
  // products: "مغناطيسات المعادن النادرة", "المغناطيسات الأرضية النادرة", "المغناطيسات الدائمة"
  [`(?:من\\s)?(?:${PRODUCT})`, (_g, whole) => productOf(whole)],
  ["بما\\s(?:فيها|فيه|يشمل|في\\sذلك)\\s(?:ال)?مغناطيس(?:ات)?", () => "including magnets"],
  ["(?:ال)?مغناطيس(?:ات)?", () => "magnets"],
  // the verb comes first in Arabic: "ارتفعت الشحنات" (rose the shipments) is read "shipments rose"
  // with the product after the subject, the verb follows both: "China's exports of rare-earth magnets rose"
  [
    `(${UP}|${DOWN})\\s(${SUBJECT})(?:\\s(من\\s(?:${PRODUCT})))?`,
    (g) =>
      `${subjectOf(g[1] ?? "")}${g[2] ? ` ${productOf(g[2])}` : ""} ${new RegExp(`^(?:${UP})$`).test(g[0] ?? "") ? "rose" : "fell"}`,
  ],
  [SUBJECT, (_g, whole) => subjectOf(whole)],
  // changes and their bases: "بنسبة 10.2%", "بزيادة 660%", "بانخفاض 4.7%"
  [`و?بنسبة(?=\\s${PCT})`, () => "by"],
  [`و?ب(?:زيادة|ارتفاع|نمو)(?:\\sقدرها|\\sقدره|\\sنسبتها|\\sنسبته)?(?=\\s${PCT})`, () => "up"],
  [`و?ب(?:انخفاض|تراجع|هبوط)(?:\\sقدرها|\\sقدره|\\sنسبتها|\\sنسبته)?(?=\\s${PCT})`, () => "down"],
  [`(?:أقل|أدنى)\\sبنسبة(?=\\s${PCT})`, () => "lower by"],
  [`(?:أعلى|أكثر)\\sبنسبة(?=\\s${PCT})`, () => "higher by"],
  [
    "على\\sأساس\\sشهري|مقارنة\\sبالشهر\\s(?:السابق|الماضي)|عن\\sالشهر\\s(?:السابق|الماضي)",
    () => "from the previous month",
  ],
  [
    "على\\sأساس\\sسنوي|مقارنة\\sب(?:العام|الفترة\\sنفسها\\sمن\\sالعام)\\s(?:السابق|الماضي)|عن\\sالعام\\s(?:السابق|الماضي)|مما\\sكان\\sعليه\\sقبل\\sعام|قبل\\sعام",
    () => "from a year earlier",
  ],
  [`عن\\s(${MONTH})\\sمن\\sالعام\\s(?:الماضي|السابق)`, (g) => `from ${monthOf(g[0] ?? "")} last year`],
  [`مقارنة\\sب(${MONTH})`, (g) => `compared with ${monthOf(g[0] ?? "")}`],
  // ranks and streaks: "أعلى مستوى في 7 أشهر", "للشهر الثالث على التوالي", "أعلى مستوى منذ 2009"
  [
    `(?:ل)?أعلى\\sمستوى\\s(?:له\\s|لها\\s)?(?:في|خلال)\\s(\\d{1,2})\\sأشهر`,
    (g) => `the highest in ${g[0]} months`,
  ],
  [
    `(?:ل)?أدنى\\sمستوى\\s(?:له\\s|لها\\s)?(?:في|خلال)\\s(\\d{1,2})\\sأشهر`,
    (g) => `the lowest in ${g[0]} months`,
  ],
  [
    `(?:ل|إلى\\s)?(${ORDINAL})\\sأعلى\\s(?:مستوى|رقم)(?:\\sشهري)?`,
    (g) => `the ${ORDINALS[g[0] ?? ""]}-highest level`,
  ],
  [
    `(?:ل|إلى\\s)?(?:ثاني|ثالث|رابع)\\sأعلى\\s(?:مستوى|رقم)(?:\\sشهري)?`,
    (_g, whole) =>
      `the ${/ثالث/.test(whole) ? "third" : /رابع/.test(whole) ? "fourth" : "second"}-highest level`,
  ],
  [`(?:ل|إلى\\s)?أعلى\\s(?:مستوى|مستوياتها|مستوياته|رقم)(?:\\sشهري)?`, () => "the highest level"],
  [`(?:ل|إلى\\s)?أدنى\\s(?:مستوى|مستوياتها|مستوياته|رقم)(?:\\sشهري)?`, () => "the lowest level"],
  [`منذ\\s(?:عام\\s)?(${YEAR})`, (g) => `since ${g[0]}`],
  [`منذ\\s(${MONTH})`, (g) => `since ${monthOf(g[0] ?? "")}`],
  ["منذ\\sبدء\\sالبيانات", () => "since the data began"],
  [`ل?لشهر\\s(${ORDINAL})\\sعلى\\sالتوالي`, (g) => `for the ${ORDINALS[g[0] ?? ""]} month in a row`],
  ["(?:مستوى\\s)?قياسي(?:ا|ًا)?", () => "a record"],
  // multiples: "أكثر من سبعة أضعاف"
  [
    `(?:أكثر\\sمن\\s)?(${COUNT})\\sأضعاف`,
    (g, whole) => `${whole.startsWith("أكثر") ? "more than " : ""}${COUNTS[g[0] ?? ""]} times`,
  ],
  ["ثلاثة\\sأمثال", () => "three times"],
  ["(?:أكثر\\sمن)(?=\\s\\d)", () => "more than"],
  ["(?:أقل\\sمن)(?=\\s\\d)", () => "less than"],
  ["(?:نحو|حوالي|قرابة)(?=\\s\\d)", () => "about"],
  // periods: "في أغسطس", "بيوليو", "الشهر الماضي"
  [
    `(?:في|خلال)\\s(${MONTH})(?:\\s(${YEAR}))?(?:\\sالماضي)?`,
    (g) => `in ${monthOf(g[0] ?? "")}${g[1] ? ` ${g[1]}` : ""}`,
  ],
  [`[بلو]?(?:${ONE_MONTH})`, (_g, whole) => monthOf(whole)],
  ["(?:في\\s|خلال\\s)?الشهر\\s(?:الماضي|السابق)", () => "last month"],
  ["(?:في\\s|خلال\\s)?العام\\s(?:الماضي|السابق)", () => "last year"],
  ["(?:من\\s)?هذا\\sالعام", () => "this year"],
  // places: "إلى الولايات المتحدة" (to), "من الصين" (from)
  ...PLACES.map(([p, en]): Rule => [`(?:إلى|الى|ل)\\s?(?:${p})`, () => `to ${en}`]),
  ...PLACES.map(([p, en]): Rule => [`(?:${p})`, () => en]),
  ["إلى\\sالعالم", () => "worldwide"],
  // units
  ["(?:ال)?(?:أطنان|طن(?:ًا|اً|ا)?)", () => "tonnes"],
  ["كيلوغرام(?:ا|ات)?|كجم", () => "kg"],
  // trade nouns and verbs
  ["و?(?:ال)?واردات", () => "imports"],
  [UP, () => "rose"],
  ["ارتفاع", () => "a rise of"],
  [DOWN, () => "fell"],
  // "لتبلغ" (so as to reach) tells where a rise ended: "reaching"
  ["(?:لتبلغ|ليبلغ|لتصل\\sإلى|ليصل\\sإلى)", () => "reaching"],
  ["و?(?:بلغت|بلغ|وصلت\\sإلى|وصل\\sإلى)", () => "reached"],
  ["مستوا(?:ها|ه)", () => "its level"],
  ["وهو|وهي", () => "which is"],
  ["(?:صدّرت|صدرت|صدّر)(?=\\s(?:الشهر|في|\\d))", () => "exported"],
  ["(?:الإدارة\\sالعامة\\s)?(?:لل|ل)?جمارك(?:\\sالصينية)?", () => "customs"],
  ["و?(?:بحسب|وفق|وفقا\\sل|حسب)", () => "according to"],
  ["بيانات", () => "data"],
  ["حسابات", () => "calculations of"],
  ["إلى|الى", () => "to"],
  ["في", () => "in"],
  ["من", () => "of"],
  ["عن", () => "from"],
];

/** Arabic letters: only a text with one is read through the glossary. */
const ARABIC = /\p{Script=Arabic}/u;
/** Where a rule can start: an Arabic letter, the Arabic comma, or a figure's digit before one ("7 أشهر"). */
const RULE_START = /\p{Script=Arabic}|،|\d(?=[\d.,]{0,8}%?\s?\p{Script=Arabic})/gu;

/**
 * The English words to read in place of a text's Arabic ones, left to right; none for a text
 * without Arabic letters.
 * @example arabicGlosses("590 طنا في أغسطس").map((g) => g.word) // ["tonnes", "in August"]
 */
export const arabicGlosses: (text: string) => Gloss[] = glossary(RULES, RULE_START, ARABIC);
