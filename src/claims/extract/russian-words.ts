// Russian trade news read through its English words: "экспорт редкоземельных магнитов в ноябре
// вырос на 12,4% по сравнению с октябрем, до 6150 тонн" says what "exports of rare-earth magnets in
// November rose by 12.4% compared with October, to 6150 tonnes" says, word for word and in the same
// order. The reading copy (reading-copy.ts) puts these words in place of the Russian ones, so every
// later stage reads one language; claims are still quoted as written. Months and countries are
// read in every case ("в ноябре", "к ноябрю", "с ноября"; "в Японию", "Японии"); a word the
// glossary does not hold is left as it is, and no figure is checked against data in a Russian
// sentence with certainty (cautions.ts).

import { MONTH_NAMES } from "../../domain/period.js";
import { YEAR } from "./lexicon.js";
import { CARDINALS } from "./numbers.js";
import { glossary, type Gloss, type Rule } from "./glossary.js";

/** Whether a text holds any Cyrillic letter: only then is it read through the glossary. */
export const CYRILLIC = /\p{Script=Cyrillic}/u;

export type { Gloss };

/** Weekdays in the cases a date takes after "в" ("в среду"), Monday first, and their English names. */
const WEEKDAYS = [
  "понедельник",
  "вторник",
  "сред[ауы]",
  "четверг",
  "пятниц[ауы]",
  "суббот[ауы]",
  "воскресень[ея]",
];
const WEEKDAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Month stems, in calendar order, with their case endings and adjectives ("ноябрьского"). */
const STEMS = [
  "январ",
  "феврал",
  "март",
  "апрел",
  "ма",
  "июн",
  "июл",
  "август",
  "сентябр",
  "октябр",
  "ноябр",
  "декабр",
];
const ADJECTIVE_STEMS = [
  "январск",
  "февральск",
  "мартовск",
  "апрельск",
  "майск",
  "июньск",
  "июльск",
  "августовск",
  "сентябрьск",
  "октябрьск",
  "ноябрьск",
  "декабрьск",
];
const ADJ = "(?:ий|ого|ому|ом|ая|ой|ую|ое|ие|их|им|ими)";
/** A month's adjective in any case: "июньского", "майским". */
const MONTH_ADJECTIVE = `(?:${ADJECTIVE_STEMS.join("|")})${ADJ}`;
const MONTH =
  "(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю|ем|ём)|(?:март|август)(?:а|е|у|ом)?|ма(?:й|я|е|ю|ем)" +
  `|(?:${ADJECTIVE_STEMS.join("|")})${ADJ}`;

/** The English name of a Russian month word in any case, or of its adjective. */
function monthOf(word: string): string {
  const w = word.toLowerCase();
  const adjective = ADJECTIVE_STEMS.findIndex((s) => w.startsWith(s));
  if (adjective >= 0) return MONTH_NAMES[adjective] as string;
  // "ма" opens "март" too: calendar order tries "март" before "ма"
  const i = STEMS.findIndex((s) => w.startsWith(s));
  return MONTH_NAMES[Math.max(i, 0)] as string;
}

/** Countries and blocs in every case, each with its English name; "в" before the accusative is "to". */
const PLACES: Array<[string, string]> = [
  ["США|Соедин[её]нн(?:ые|ых|ым|ыми) Штат(?:ы|ов|ам|ами|ах)", "the US"],
  ["Южн(?:ая|ой|ую) Коре(?:я|и|ю|ей|е)", "South Korea"],
  ["Коре(?:я|и|ю|ей|е)", "South Korea"],
  ["Япони(?:я|и|ю|ей)", "Japan"],
  ["Германи(?:я|и|ю|ей)", "Germany"],
  ["Инди(?:я|и|ю|ей)", "India"],
  ["Вьетнам(?:а|у|ом|е)?", "Vietnam"],
  ["Мексик(?:а|и|у|ой|е)", "Mexico"],
  ["Таиланд(?:а|у|ом|е)?", "Thailand"],
  ["Итали(?:я|и|ю|ей)", "Italy"],
  ["Франци(?:я|и|ю|ей)", "France"],
  ["Нидерланд(?:ы|ов|ам|ами|ах)", "the Netherlands"],
  ["Польш(?:а|и|у|ей|е)", "Poland"],
  ["Тайван(?:ь|я|ю|ем|е)", "Taiwan"],
  ["Малайзи(?:я|и|ю|ей)", "Malaysia"],
  ["Великобритани(?:я|и|ю|ей)", "the UK"],
  ["Турци(?:я|и|ю|ей)", "Turkey"],
  ["Бразили(?:я|и|ю|ей)", "Brazil"],
  ["Австрали(?:я|и|ю|ей)", "Australia"],
  ["Канад(?:а|ы|у|ой|е)", "Canada"],
  ["Росси(?:я|и|ю|ей)", "Russia"],
  ["Евросоюз(?:а|у|ом|е)?|ЕС", "the EU"],
  ["Кита(?:й|я|ю|ем|е)|КНР|Поднебесн(?:ая|ой|ую)", "China"],
];
const PLACE = PLACES.map(([p]) => p).join("|");
/** Accusative endings: "в Японию", "в Германию", "в США", "в Китай": where goods go. */
const ACCUSATIVE = /(?:ю|у|США|Штаты|Вьетнам|Таиланд|Китай|ЕС|Евросоюз|Тайвань|Нидерланды)$/;

const PLACE_PATTERNS = PLACES.map(([p, en]) => [new RegExp(`^(?:${p})$`, "iu"), en] as const);

/** A place's English name; a word in lower case ("германий" is germanium) is no place, so `whole` stays. */
function placeOf(word: string, whole: string): string {
  if (!/^\p{Lu}/u.test(word)) return whole;
  for (const [p, en] of PLACE_PATTERNS) if (p.test(word)) return en;
  return whole;
}

/** A decimal comma made a point: "12,4%" is "12.4%". */
const decimal = (figure: string) => figure.replace(/(\d),(\d{1,2})(?!\d)/g, "$1.$2");

const COUNT_WORDS: Record<string, number> = {
  двух: 2,
  трех: 3,
  трёх: 3,
  четырех: 4,
  четырёх: 4,
  пяти: 5,
  шести: 6,
  семи: 7,
  восьми: 8,
  девяти: 9,
  десяти: 10,
  одиннадцати: 11,
  двенадцати: 12,
  два: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
};
const COUNT = Object.keys(COUNT_WORDS).join("|");
/** The English words for one to twelve, by value; a larger count stays in digits. */
const EN_COUNT: Record<number, string> = Object.fromEntries(
  Object.entries(CARDINALS)
    .filter(([, n]) => n <= 12)
    .map(([word, n]) => [n, word]),
);
const countOf = (w: string) => EN_COUNT[COUNT_WORDS[w.toLowerCase()] ?? Number(w)] ?? w;

const NUM = "\\d[\\d\\s.,]*\\d|\\d";
const PCT = `(?:${NUM})\\s?%`;
const YEAR_WORD = "(?:\\s(?:года|году|год|г\\.))?";
/** The product in the genitive, after its noun ("экспорт редкоземельных магнитов"): "of ...". */
const OF_MAGNETS =
  "(?:(китайских)\\s)?(?:(постоянных)\\s)?(?:(редкоземельных)\\s)?(?:(постоянных)\\s)?магнитов(?:\\s(из\\sредкоземельных\\s(?:металлов|элементов)))?";

/** The stems of the verbs of rising and falling, for what comes after them. */
const UP = "вырос|возрос|увеличил|подскочил|повысил|нарастил";
const DOWN = "снизил|сократил|упал|уменьшил|рухнул|обвалил";

/** Phrases first, then words; at one place the first rule that matches wins. */
const RULES: Rule[] = [
  // spans and full years: "за январь–октябрь 2025 года", "с января по октябрь", "по итогам 2025 года"
  [
    `(?:(за|в)\\s)?(${MONTH})\\s?[-–—]\\s?(${MONTH})(?:\\s(${YEAR})${YEAR_WORD})?`,
    (g) => `${g[0] ? "in " : ""}${monthOf(g[1] ?? "")}-${monthOf(g[2] ?? "")}${g[3] ? ` ${g[3]}` : ""}`,
  ],
  [`с\\s(${MONTH})\\sпо\\s(${MONTH})`, (g) => `from ${monthOf(g[0] ?? "")} to ${monthOf(g[1] ?? "")}`],
  [`(?:по\\sитогам|за)\\s(?:всего\\s)?(${YEAR})${YEAR_WORD}`, (g) => `in all of ${g[0]}`],
  // bases
  [
    "по\\sсравнению\\sс\\s(?:аналогичным|тем\\sже)\\s(?:периодом|месяцем)\\s(?:прошлого|предыдущего)\\sгода|в\\sгодовом\\s(?:выражении|исчислении|сопоставлении)|год\\sк\\sгоду|к\\s(?:аналогичному|тому\\sже)\\s(?:периоду|месяцу)\\s(?:прошлого|предыдущего)\\sгода",
    () => "year on year",
  ],
  [
    "по\\sсравнению\\sс\\sпредыдущим\\sмесяцем|к\\s(?:предыдущему|прошлому)\\sмесяцу|в\\sмесячном\\s(?:выражении|исчислении)|месяц\\sк\\sмесяцу",
    () => "from the previous month",
  ],
  ["по\\sсравнению\\sс\\sпрошлым\\sгодом|к\\sпрошлому\\sгоду", () => "from a year earlier"],
  [`по\\sсравнению\\sс\\s(${MONTH})`, (g) => `compared with ${monthOf(g[0] ?? "")}`],
  ["по\\sсравнению\\sс(?=\\s)", () => "compared with"],
  [
    "аналогичн(?:ого|ым|ому)\\sпериод(?:а|ом|у)\\s(?:прошлого|предыдущего)\\sгода",
    () => "the same period last year",
  ],
  [`к\\s(${MONTH})`, (g) => `from ${monthOf(g[0] ?? "")}`],
  [",?\\s?(чем\\s)?годом\\sранее", (g) => (g[0] ? " than a year earlier" : " a year earlier")],
  [",?\\s?(чем\\s)?месяцем\\sранее", (g) => (g[0] ? " than a month earlier" : " a month earlier")],
  ["за\\sмесяц", () => "on the month"],
  ["за\\sгод", () => "on the year"],
  // periods
  [`(?:в\\s)?прошлом\\sмесяце`, () => "last month"],
  [`(?:в\\s)?(?:прошлом|минувшем)\\sгоду|прошлого\\sгода`, () => "last year"],
  [`(?:в\\s)?(?:этом|текущем|нынешнем)\\sгоду`, () => "this year"],
  ["с\\sначала\\s(?:этого\\s|текущего\\s)?года", () => "so far this year"],
  // halves, quarters and the first months of a year: "в первом полугодии", "за первые 11 месяцев"
  [
    "(?:в\\s|за\\s)?(перв|втор)(?:ом|ое|ого)\\sполугоди(?:и|е|я)|(?:в\\s|за\\s)?(перв|втор)(?:ой|ую)\\sполовин(?:е|у)\\sгода",
    (g) => `in the ${(g[0] ?? g[1] ?? "").toLowerCase().startsWith("перв") ? "first" : "second"} half`,
  ],
  // a trailing span: "за последние 12 месяцев" (over the last 12 months)
  [
    `(?:за|в\\sтечение)\\s(?:последние|прошедшие)\\s(${COUNT}|\\d{1,2})\\sмесяц\\p{L}*`,
    (g) => `over the past ${countOf(g[0] ?? "")} months`,
  ],
  [
    `(?:за\\s|в\\s)(?:первы(?:е|х)\\s)?(${COUNT}|\\d{1,2})\\sмесяц\\p{L}*(?:\\s(?:(${YEAR})\\s)?(?:года|г\\.))?`,
    (g) => `in the first ${countOf(g[0] ?? "")} months${g[1] ? ` of ${g[1]}` : ""}`,
  ],
  [
    `(?:чем\\s)?за\\sтот\\sже\\sпериод\\s(${YEAR})\\sгода`,
    (g, whole) => `${/^чем/i.test(whole) ? "than " : ""}in the same period of ${g[0]}`,
  ],
  [
    "(?:чем\\s)?(?:за\\s)?(?:тот\\sже|аналогичный)\\sпериод\\s(?:прошлого|предыдущего)\\sгода",
    (_g, whole) => `${/^чем/i.test(whole) ? "than " : ""}in the same period last year`,
  ],
  // streaks: "второй месяц подряд", "третьим месяцем роста подряд"
  [
    "(втор|трет|четв[её]рт|пят|шест)\\p{L}*\\sмесяц\\p{L}*\\s(?:(роста|увеличения)|(снижения|сокращения|падения))?\\s?подряд",
    (g) =>
      `the ${ORDINAL_EN[(g[0] ?? "").toLowerCase().replace("ё", "е")] as string} ${g[1] ? "straight monthly rise" : g[2] ? "straight monthly fall" : "month in a row"}`,
  ],
  [",\\s?чем(?=\\s)", () => " than"],
  [`(в|во|чем\\sв|с|со|до|после)\\s(${MONTH})(?:\\s(${YEAR})${YEAR_WORD})?`, (g) => monthPhrase(g)],
  [
    `(в|во|с|со|до|после)\\s(${YEAR})${YEAR_WORD}`,
    (g) => `${PREPOSITION[(g[0] ?? "").toLowerCase()] ?? "in"} ${g[1]}`,
  ],
  [`(${YEAR})\\s(?:года|году|год|г\\.)`, (g) => g[0] ?? ""],
  [MONTH, (_g, whole) => monthOf(whole)],
  // ranks: "шестимесячного максимума", "максимума за шесть месяцев", "самого высокого уровня с января"
  [
    `(${COUNT}|\\d{1,2})[-\\s]?месячн(?:ого|ый|ым|ом)\\s(максимум|минимум)\\p{L}*`,
    (g) => `a ${countOf(g[0] ?? "")}-month ${g[1] === "минимум" ? "low" : "high"}`,
  ],
  [
    "полугодов(?:ого|ой|ый)\\s(максимум|минимум)\\p{L}*",
    (g) => `a six-month ${g[0] === "минимум" ? "low" : "high"}`,
  ],
  [
    `(максимум|минимум)\\p{L}*\\sза\\s(?:последние\\s)?(${COUNT}|\\d{1,2})\\sмесяц\\p{L}*`,
    (g) => `a ${countOf(g[1] ?? "")}-month ${g[0] === "минимум" ? "low" : "high"}`,
  ],
  [
    "(?:сам(?:ого|ый|ом|ым)\\s)?(?:высок(?:ого|ий|ом|им)|максимальн(?:ого|ый|ом|ым)|наивысш(?:его|ий|ем|им))\\sуров(?:ня|ень|не|нем)",
    () => "the highest level",
  ],
  [
    "(?:сам(?:ого|ый|ом|ым)\\s)?(?:низк(?:ого|ий|ом|им)|минимальн(?:ого|ый|ом|ым)|наинизш(?:его|ий|ем|им))\\sуров(?:ня|ень|не|нем)",
    () => "the lowest level",
  ],
  ["рекордн\\p{L}*|рекорд(?:а|ом|е|ы)?", () => "record"],
  ["максимум(?:а|ом|е|ы)?", () => "the highest"],
  ["минимум(?:а|ом|е|ы)?", () => "the lowest"],
  // a ranking list: "на первом месте — Германия, на втором — США, на третьем — Южная Корея"
  [
    `на\\s(первом|втором|третьем|четв[её]ртом|пятом)(?:\\sместе)?(\\sсреди\\s(?:покупателей|импортеров|получателей|стран))?\\s?[—–-]\\s?(${PLACE})`,
    (g, whole) =>
      `${placeOf(g[2] ?? "", whole)} ranked ${PLACE_ORDINAL[(g[0] ?? "").toLowerCase().replace("ё", "е").slice(0, 4)] as string}${g[1] ? " among buyers" : ""}`,
  ],
  [
    "втор(?:ым|ой|ого|ая|ое|ую)\\sкрупнейш\\p{L}*|втор(?:ым|ой|ого|ая|ое|ую)\\sпо\\sвеличине",
    () => "the second-largest",
  ],
  [
    "трет(?:ьим|ий|ьей|ьего|ья|ью)\\sкрупнейш\\p{L}*|трет(?:ьим|ий|ьей|ьего|ья|ью)\\sпо\\sвеличине",
    () => "the third-largest",
  ],
  ["крупнейш\\p{L}*|сам(?:ым|ый|ой|ая)\\sкрупн\\p{L}*", () => "the largest"],
  ["втор(?:ым|ой|ого|ая|ое|ую)", () => "second"],
  ["трет(?:ьим|ий|ьей|ьего|ья|ью)", () => "third"],
  ["покупател(?:ем|ь|я|и|ей|ям)|импортер(?:ом|а|ы|ов)?|получател(?:ем|ь|я|и|ей)", () => "buyer"],
  ["рынк(?:ом|а|и|ов)|рынок", () => "market"],
  // changes and comparisons: "на 56% больше", "на 12,4%", "в 2,6 раза"
  // before a month's adjective the comparative takes its base: "на 57% больше июньского объема" is
  // "57% more than June's volume"
  [
    `на\\s(${PCT})\\s(больше|выше)(?=\\s${MONTH_ADJECTIVE}(?!\\p{L}))`,
    (g) => `${decimal(g[0] ?? "")} more than`,
  ],
  [
    `на\\s(${PCT})\\s(меньше|ниже)(?=\\s${MONTH_ADJECTIVE}(?!\\p{L}))`,
    (g) => `${decimal(g[0] ?? "")} less than`,
  ],
  [`на\\s(${PCT})\\s(больше|выше)`, (g) => `${decimal(g[0] ?? "")} more`],
  [`на\\s(${PCT})\\s(меньше|ниже)`, (g) => `${decimal(g[0] ?? "")} less`],
  [`в\\s(${NUM})\\sраза?`, (g) => `${g[0]} times`],
  ["вдвое", () => "twofold"],
  // shares: "на США пришлось", "на долю Германии пришлось"
  [
    `на\\s(?:долю\\s)?(${PLACE})(?=\\s[^.;]{0,40}?(?:пришл|приход))`,
    (g, whole) => placeOf(g[0] ?? "", whole),
  ],
  ["пришлось|приходится|приходилось", () => "accounted for"],
  ["(?:от\\s)?(?:всего|общего)\\s(?:объ[её]ма\\s)?(?:экспорта|поставок)", () => "of total exports"],
  ["(?:от\\s)?общего\\sобъ[её]ма", () => "of the total"],
  ["дол(?:я|и|ю|ей)", () => "share"],
  ["(?<=%\\s?)экспорта", () => "of exports"],
  // products
  [
    OF_MAGNETS,
    (g) =>
      `of ${g[0] ? "Chinese " : ""}${g[1] || g[3] ? "permanent " : ""}${g[2] || g[4] ? "rare-earth " : ""}magnets`,
  ],
  [
    "(?:постоянные\\s)?редкоземельные\\s(?:постоянные\\s)?магниты|магниты\\sиз\\sредкоземельных\\s(?:металлов|элементов)",
    () => "rare-earth magnets",
  ],
  ["магнит(?:ы|ам|ами|ах|а)?", () => "magnets"],
  ["редкоземельных\\s(?:металлов|элементов)|редкоземов", () => "of rare earths"],
  ["редкоземельные\\s(?:металлы|элементы)|редкоземы|РЗМ|РЗЭ", () => "rare earths"],
  ["редкоземельн\\p{L}*", () => "rare-earth"],
  ["продукци(?:я|и|ю|ей)", () => "products"],
  ["сурьм(?:а|ы|у|ой)", () => "antimony"],
  ["галли(?:й|я|ю|ем)", () => "gallium"],
  // places: "в Японию" (to), "из Китая" (from)
  [`(в|во|из|для)\\s(${PLACE})`, (g, whole) => placePhrase(g, whole)],
  [`(${PLACE})`, (g, whole) => placeOf(g[0] ?? "", whole)],
  ["китайск\\p{L}*", () => "Chinese"],
  ["американск\\p{L}*", () => "US"],
  ["японск\\p{L}*", () => "Japanese"],
  ["немецк\\p{L}*", () => "German"],
  // units and numbers: "6150 тонн", "656 т", "5,77 тыс. т", "5493,9"
  // a comma before "тыс." is a decimal comma whatever digits follow it: "10,468 тысячи тонн"
  ["(?<![\\d.,])(\\d{1,3}),(\\d{1,3})(?=\\s?(?:тыс|млн))", (g) => `${g[0]}.${g[1]}`],
  ["(?:тыс\\.?|тысяч[иа]?)\\s?(?:т\\.?(?!\\p{L})|тонн\\p{L}*)", () => "thousand tonnes"],
  ["тыс\\.|тысяч[иа]?", () => "thousand"],
  ["млн", () => "million"],
  ["тонн(?:а|ы|е|у|ой|ам|ами|ах)?", () => "tonnes"],
  ["(?<=\\d\\s?)т(?!\\p{L})", () => "t"],
  ["кг|килограмм(?:ов|а|ы)?", () => "kg"],
  ["процентн(?:ых|ого|ый)\\sпункт(?:а|ов)?|п\\.\\s?п\\.", () => "percentage points"],
  ["процент(?:а|ов)?", () => "percent"],
  ["(?<![\\d.,])(\\d{1,12}),(\\d{1,2})(?![\\d,])", (g) => `${g[0]}.${g[1]}`],
  // verbs
  [
    "вырос(?:ла|ли|ло)?|возрос(?:ла|ли|ло)?|увеличил(?:ся|ась|ись|ось)|подскочил(?:а|и|о)?|повысил(?:ся|ась|ись|ось)",
    () => "rose",
  ],
  // without its reflexive ending the verb takes an object: "Китай увеличил экспорт ... на 11,7%" is
  // "China increased exports ... by 11.7%", as "нарастил" and "повысил" are
  ["увеличил(?:а|и|о)?|нарастил(?:а|и|о)?|повысил(?:а|и|о)?", () => "increased"],
  ["увеличившись|выросши|подскочив", () => "rising"],
  // "купила 1 116 тонн, прибавив 46% к июню": bought 1,116 tonnes, up 46% from June
  ["прибавив(?=\\s\\d)", () => "up"],
  [
    "снизил(?:ся|ась|ись|ось)|сократил(?:ся|ась|ись|ось|а|и|о)?|упал(?:а|и|о)?|уменьшил(?:ся|ась|ись|ось)|рухнул(?:а|и|о)?|обвалил(?:ся|ась|ись|ось)",
    () => "fell",
  ],
  ["снизившись|сократившись|уменьшившись|упав", () => "falling"],
  ["рост(?:а|ом)?", () => "a rise"],
  ["снижени(?:е|я|ем)|сокращени(?:е|я|ем)|падени(?:е|я|ем)", () => "a fall"],
  ["составил(?:а|и|о)?|составляет|составлял(?:а|и|о)?", () => "was"],
  ["достиг(?:ла|ли|ло|нув)?", () => "reached"],
  ["экспортировал(?:а|и|о)?|вывез(?:ла|ли|ло)?", () => "exported"],
  ["импортировал(?:а|и|о)?|ввез(?:ла|ли|ло)?", () => "imported"],
  ["поставил(?:а|и|о)?|отгрузил(?:а|и|о)?|направил(?:а|и|о)?", () => "shipped"],
  ["(?:было\\s|были\\s)?(?:отгружено|отправлено|поставлено|вывезено|экспортировано)", () => "were shipped"],
  ["закупил(?:а|и|о)?|купил(?:а|и|о)?|приобр[её]л(?:а|и|о)?", () => "bought"],
  ["получил(?:а|и|о)?", () => "received"],
  ["занял(?:а|и|о)?", () => "took"],
  ["остал(?:ась|ся|ись|ось)", () => "remained"],
  ["стал(?:а|и|о)?", () => "was"],
  ["сообщил(?:а|и|о)?|заявил(?:а|и|о)?", () => "said"],
  // a figure set against forecasts is a reported one: "совпали с прогнозами аналитиков" (matched
  // analysts' forecasts), "соответствовал ожиданиям" (was in line with expectations)
  ["совпал(?:и|а|о)?\\s(?:с|со)(?=\\sпрогноз|\\sожидани)", () => "matched"],
  [
    "соответствовал(?:и|а|о)?(?=\\sпрогноз|\\sожидани)|оправдал(?:и|а|о)?(?=\\sпрогноз|\\sожидани)",
    () => "met",
  ],
  ["ожидани(?:е|я|ям|ями|ях)", () => "expectations"],
  // what is not a fact: forecasts, hypotheticals, questions
  ["мож(?:ет|ем|ут)|мог(?:ла|ли|ло|ут)?", () => "could"],
  ["ожида(?:ется|ются|ет|ют|ли|лось)", () => "is expected"],
  ["прогноз\\p{L}*", () => "forecast"],
  ["план\\p{L}*", () => "plan"],
  ["если", () => "if"],
  ["бы", () => "would"],
  ["не", () => "not"],
  // weekdays date a release: "в среду, 20 августа" is "on Wednesday, 20 August"
  [`(?:в|во)(?=\\s(?:${WEEKDAYS.join("|")})(?!\\p{L}))`, () => "on"],
  ...WEEKDAYS.map((stem, i): [string, () => string] => [`${stem}(?!\\p{L})`, () => WEEKDAY_EN[i] ?? ""]),
  // nouns and the small words
  ["экспорт(?:а|у|ом|е)?", () => "exports"],
  ["импорт(?:а|у|ом|е)?", () => "imports"],
  ["поставк(?:и|а|ам|ами|ах|у)|поставок", () => "shipments"],
  ["объ[её]м(?:а|ом|е|ы)?", () => "volume"],
  // money: "стоимость поставок" (the value of shipments), "на сумму $60 млн" (worth)
  ["стоимост(?:ь|и|ью)", () => "the value of"],
  ["на\\sсумму", () => "worth"],
  ["по\\sданным|согласно", () => "according to"],
  ["таможн(?:и|я|ей)|таможенн\\p{L}*", () => "customs"],
  ["около|примерно|порядка|приблизительно", () => "about"],
  // "почти на 75%" is "by nearly 75%": the size of a change, hedged
  ["почти\\sна(?=\\s\\d)", () => "by nearly"],
  ["(?:около|примерно|приблизительно)\\sна(?=\\s\\d)", () => "by about"],
  ["почти", () => "nearly"],
  ["(?:более|свыше|больше)(?=\\s\\d)", () => "more than"],
  ["(?:менее|меньше)(?=\\s\\d)", () => "less than"],
  ["лишь|только|всего(?=\\s\\d)", () => "only"],
  [`(?:больше|выше)(?=\\s${MONTH_ADJECTIVE}(?!\\p{L}))`, () => "more than"],
  [`(?:меньше|ниже)(?=\\s${MONTH_ADJECTIVE}(?!\\p{L}))`, () => "less than"],
  ["больше|выше", () => "more"],
  ["меньше|ниже", () => "less"],
  // "выросла до 1346 т, или на 20,6%": the same rise told as its size
  [`или\\sна(?=\\s\\d)(?<=(?:${UP})\\p{L}*\\s[^.;]{0,40})`, () => "up by"],
  [`или\\sна(?=\\s\\d)(?<=(?:${DOWN})\\p{L}*\\s[^.;]{0,40})`, () => "down by"],
  ["на(?=\\s\\d)", () => "by"],
  ["до(?=\\s\\d)", () => "to"],
  // "с 420,5 т до 656 т": from one figure to another; "Германия с 1118 т": with
  ["с(?=\\s\\d[^.;]{0,30}?\\sдо\\s\\d)", () => "from"],
  ["против", () => "against"],
  // the present has no verb to be: "Это второй месяц" is "That is the second month"
  ["(?:это|этот|эта)(?=\\s(?:стал|был|оказал))", () => "that"],
  ["это|этот|эта", () => "that is"],
  ["что(?=\\sна\\s\\d)", () => "which is"],
  ["что", () => "that"],
  ["чем", () => "than"],
  ["или", () => "or"],
  ["и", () => "and"],
  ["а\\sтакже", () => "and"],
  ["а", () => "and"],
  ["из", () => "from"],
  ["в", () => "in"],
  ["с", () => "with"],
  ["после", () => "after"],
];

/** The streak rule's ordinal stems ("второй месяц подряд"), ё read as е. */
const ORDINAL_EN: Record<string, string> = {
  втор: "second",
  трет: "third",
  четверт: "fourth",
  пят: "fifth",
  шест: "sixth",
};

/** The ranking list's places by their first four letters ("первом", "третьем"). */
const PLACE_ORDINAL: Record<string, string> = {
  перв: "first",
  втор: "second",
  трет: "third",
  четв: "fourth",
  пято: "fifth",
};

const PREPOSITION: Record<string, string> = {
  в: "in",
  во: "in",
  со: "since",
  "чем в": "than in",
  с: "since",
  до: "until",
  после: "after",
};

function monthPhrase(g: string[]): string {
  const p = (g[0] ?? "").toLowerCase().replace(/\s+/g, " ");
  return `${PREPOSITION[p] ?? "in"} ${monthOf(g[1] ?? "")}${g[2] ? ` ${g[2]}` : ""}`;
}

function placePhrase(g: string[], whole: string): string {
  const word = g[1] ?? "";
  if (!/^\p{Lu}/u.test(word)) return whole;
  const en = placeOf(word, whole);
  if (g[0] === "из") return `from ${en}`;
  if (g[0] === "для") return `for ${en}`;
  return `${ACCUSATIVE.test(word) ? "to" : "in"} ${en}`;
}

/**
 * Where a rule can start: a Cyrillic letter; a space or comma before one (", чем", " годом ранее");
 * a digit of a figure that Cyrillic follows within a few characters ("2025 года", "5,77 тыс.",
 * "6-месячного") or of a decimal comma ("12,4"). The glossary is tried only there: tried at every
 * place of a long text with one Russian sentence, it cost more than the rest of the reading.
 */
const RULE_START =
  /\p{Script=Cyrillic}|[\s,](?=\s?\p{Script=Cyrillic})|\d(?=\d*,\d|[\d\s,-]{0,8}\p{Script=Cyrillic})/gu;

/**
 * The English words to read in place of a text's Russian ones, left to right; none for a text
 * without Cyrillic letters.
 * @example russianGlosses("656 т в Японию").map((g) => g.word) // ["t", "to Japan"]
 */
export const russianGlosses: (text: string) => Gloss[] = glossary(RULES, RULE_START, CYRILLIC);
