// Turkish trade news read through its English words: "Çin'in nadir toprak mıknatısı ihracatı ekim
// ayında bir önceki aya göre yüzde 5,2 azalarak 5.473 tona indi" says what "China's rare-earth
// magnet exports in October from the previous month fell 5.2% to 5,473 tonnes" says. The reading
// copy (reading-copy.ts) puts these words in place of the Turkish ones, as it does for Russian
// (russian-words.ts); claims are still quoted as written. Turkish writes a dot between thousands and
// a comma before decimals ("5.473 ton", "yüzde 5,2", "301,8 milyon dolar"), thousands as a word
// ("6 bin 150 ton"), the percent sign before the number ("%12"), and its cases as suffixes
// ("ekimde", "ABD'ye", "5.473 tona"). A word the glossary does not hold is left as it is, and no
// figure in a Turkish sentence is checked against data with certainty (unread-language.ts).

import { glossary, type Gloss, type Rule } from "./glossary.js";

/** Letters only Turkish writes, and its trade words: only a text with both is read through the glossary. */
const TURKISH_LETTER = /[ıİğĞşŞ]/u;
const TURKISH_WORD = /(?<![\p{L}])(?:ihracat\p{L}*|yüzde|göre|mıknatıs\p{L}*|nadir toprak)(?![\p{L}])/iu;

/** A figure as Turkish writes it: "5.473", "5.378,5", "12,4", "656". */
const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d{1,4})?|\d+(?:,\d{1,4})?`;
/** "6 bin 150", "51 bin 440", "6 bin": thousands written as a word. */
const THOUSANDS = String.raw`(\d{1,3})\sbin(?:\s(\d{1,3}))?`;
/**
 * A tonne and the case suffixes it takes: "tona" (to), "tonla" (with), "tondan" (from), "tonun"; the
 * suffix is the last group of the patterns that end in it.
 */
const TON = String.raw`(?:metrik\s)?ton(a|la|dan|luk|u|un|dur|da)?`;
const TON_CASE: Record<string, string> = { a: "to ", la: "with ", dan: "from " };

const MONTH_STEMS: Array<[string, string]> = [
  ["ocak", "January"],
  ["şubat", "February"],
  ["mart", "March"],
  ["nisan", "April"],
  ["mayıs", "May"],
  ["haziran", "June"],
  ["temmuz", "July"],
  ["ağustos", "August"],
  ["eylül", "September"],
  ["ekim", "October"],
  ["kasım", "November"],
  ["aralık", "December"],
];
const MONTH = `(?:${MONTH_STEMS.map(([s]) => s).join("|")})`;
/** A month with the locative it takes alone ("ekimde", "aralıkta") or as "ekim ayında". */
const MONTH_IN = `(${MONTH})(?:da|de|ta|te|\\sayında)`;

function monthOf(word: string): string {
  const w = word.toLocaleLowerCase("tr");
  return MONTH_STEMS.find(([s]) => w.startsWith(s))?.[1] ?? word;
}

/** Destinations, each with what it reads as bare and with a dative suffix ("ABD'ye": to the US). */
const PLACES: Array<[string, string]> = [
  ["ABD|Amerika\\sBirleşik\\sDevletleri", "the US"],
  ["Almanya", "Germany"],
  ["Japonya", "Japan"],
  ["Güney\\sKore", "South Korea"],
  ["Vietnam", "Vietnam"],
  ["Hindistan", "India"],
  ["Avrupa\\sBirliği|AB", "the EU"],
  ["Hollanda", "the Netherlands"],
  ["Tayland", "Thailand"],
  ["Meksika", "Mexico"],
  ["Türkiye", "Turkey"],
];

/** A Turkish figure in English digits: "5.473" -> "5,473", "5.378,5" -> "5,378.5", "12,4" -> "12.4". */
function englishNumber(turkish: string): string {
  const [whole = "", decimals] = turkish.replace(/\./g, "").split(",");
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+$)/g, ",") : whole;
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

function thousands(g: string[]): string {
  const n = Number(g[0]) * 1000 + Number(g[1] ?? 0);
  return englishNumber(String(n));
}

const RISE = "artışla|artarak|arttı|yükseldi|yükselerek|büyüdü";
const FALL = "azalarak|azaldı|düşerek|düştü|geriledi|gerileyerek|düşüşle|indi";

const ORDINAL: Record<string, string> = { ikinci: "second", üçüncü: "third", dördüncü: "fourth" };
const ORDINALS = "ikinci|üçüncü|dördüncü";

/** Phrases first, then words; where two rules match the same words, the first wins. */
const RULES: Rule[] = [
  // spans: "ocak-ekim döneminde", "Ocak-kasım döneminde"
  [
    `(${MONTH})\\s?[-–]\\s?(${MONTH})(?:\\s(?:döneminde|dönemi|aylarında|arasında))?`,
    (g) => `in ${monthOf(g[0] ?? "")}-${monthOf(g[1] ?? "")}`,
  ],
  // ranks, in the order English puts them: "ocak ayından bu yana en yüksek seviyeye ulaştı" (reached
  // the highest level since January), "üst üste ikinci ay düşmüş oldu" (fell for a second straight month)
  [
    `(${MONTH})(?:\\sayından|tan|ten|dan|den)\\sbu\\syana\\sen\\s(yüksek|düşük)\\sseviye\\p{L}*(?:\\s(?:ulaştı|çıktı|indi|geriledi))?`,
    (g) => `reached the ${g[1] === "yüksek" ? "highest" : "lowest"} level since ${monthOf(g[0] ?? "")}`,
  ],
  [`(${MONTH})(?:\\sayından|tan|ten|dan|den)\\sbu\\syana`, (g) => `since ${monthOf(g[0] ?? "")}`],
  [
    `(?:kayıtların\\stutulmaya\\sbaşlandığından|kayıtlar\\sbaşladığından)\\sbu\\syana\\s(${ORDINALS})\\sen\\syüksek(?:\\saylık\\srakam)?`,
    (g) => `the ${ORDINAL[(g[0] ?? "").toLocaleLowerCase("tr")]}-highest monthly figure on record`,
  ],
  ["kayıtların\\stutulmaya\\sbaşlandığından\\sbu\\syana", () => "on record"],
  [
    `(?:üst\\süste|art\\sarda)\\s(${ORDINALS})\\say\\s(?:(düş|geril|azal)|(art|yüksel))\\p{L}*(?:\\soldu)?`,
    (g) => `${g[1] ? "fell" : "rose"} for a ${ORDINAL[(g[0] ?? "").toLocaleLowerCase("tr")]} straight month`,
  ],
  // "üst üste ikinci aylık yükseliş" (a second straight monthly rise), the run said as a noun
  [
    `(?:üst\\süste|art\\sarda)\\s(${ORDINALS})\\saylık\\s(?:(düşüş|gerileme|azalış)|(yükseliş|artış))`,
    (g) => `a ${ORDINAL[(g[0] ?? "").toLocaleLowerCase("tr")]} straight monthly ${g[1] ? "fall" : "rise"}`,
  ],
  // "yılın ilk 11 ayında" (in the first 11 months of the year)
  [`yılın\\silk\\s(\\d{1,2})\\sayında`, (g) => `in the first ${g[0]} months of the year`],
  // bases: "ekime göre" (against October, the dative before "göre")
  [`(${MONTH})(?:[ıiuü]?n[ae]|y?[ae])\\s(?:göre|kıyasla)`, (g) => `from ${monthOf(g[0] ?? "")}`],
  ["(?:bir\\s)?önceki\\say(?:a|la)\\s(?:göre|kıyasla)|aylık\\sbazda", () => "from the previous month"],
  ["geçen\\syılın\\saynı\\sayına\\sgöre|yıllık\\sbazda|bir\\syıl\\söncesine\\sgöre", () => "year on year"],
  ["geçen\\syılın\\saynı\\sdönemine\\sgöre", () => "from the same period last year"],
  [`(\\d{1,2})\\s(${MONTH})['’]?(?:da|de|ta|te)`, (g) => `on ${g[0]} ${monthOf(g[1] ?? "")}`],
  // the base with its figure: "eylüldeki 4.000,3 tona göre" (from September's 4,000.3 tonnes)
  [
    `(${MONTH})(?:daki|deki|taki|teki|\\sayındaki)\\s(${NUM})\\s(?:metrik\\s)?tona\\s(?:göre|kıyasla)`,
    (g) => `from ${monthOf(g[0] ?? "")}'s ${englishNumber(g[1] ?? "")} tonnes`,
  ],
  // "eylüldeki 5.774 ton" (September's 5,774 tonnes)
  [`(${MONTH})(?:daki|deki|taki|teki|\\sayındaki)`, (g) => `${monthOf(g[0] ?? "")}'s`],
  [MONTH_IN, (g) => `in ${monthOf(g[0] ?? "")}`],
  // changes: the size before its verb ("yüzde 5,2 azalarak", "yüzde 56 artışla")
  [`(?:yüzde\\s|%\\s?)(${NUM})\\s(?:${RISE})`, (g) => `rose ${englishNumber(g[0] ?? "")}%`],
  [`(?:yüzde\\s|%\\s?)(${NUM})\\s(?:${FALL})`, (g) => `fell ${englishNumber(g[0] ?? "")}%`],
  // the size made an adjective by its suffix: "yüzde 8,6'lık artış" (an 8.6 percent rise)
  [
    `yüzde\\s(${NUM})['’]?l[ıiuü]k\\s(?:(artış)|düşüş)`,
    (g) => `a ${g[1] ? "rise" : "fall"} of ${englishNumber(g[0] ?? "")}%`,
  ],
  [`yüzde\\s(${NUM})\\sartış`, (g) => `a rise of ${englishNumber(g[0] ?? "")}%`],
  // the noun before the size: "artış yüzde 11,6" (the rise is 11.6%)
  [`artış\\s(?:yüzde\\s|%\\s?)(${NUM})`, (g) => `a rise of ${englishNumber(g[0] ?? "")}%`],
  [`düşüş\\s(?:yüzde\\s|%\\s?)(${NUM})`, (g) => `a fall of ${englishNumber(g[0] ?? "")}%`],
  [`yüzde\\s(${NUM})\\sdüşüş`, (g) => `a fall of ${englishNumber(g[0] ?? "")}%`],
  [`(?:yüzde\\s|%\\s?)(${NUM})`, (g) => `${englishNumber(g[0] ?? "")}%`],
  // figures
  [`${THOUSANDS}\\s${TON}`, (g) => `${TON_CASE[g[2] ?? ""] ?? ""}${thousands(g)} tonnes`],
  [`(${NUM})\\s${TON}`, (g) => `${TON_CASE[g[1] ?? ""] ?? ""}${englishNumber(g[0] ?? "")} tonnes`],
  [`(${NUM})\\smilyon\\s(?:ABD\\s)?dolar\\p{L}*`, (g) => `$${englishNumber(g[0] ?? "")} million`],
  // ranks
  [`(${ORDINALS})\\sen\\syüksek`, (g) => `${ORDINAL[(g[0] ?? "").toLocaleLowerCase("tr")]}-highest`],
  ["en\\syüksek\\sseviye\\p{L}*", () => "the highest level"],
  ["en\\sdüşük\\sseviye\\p{L}*", () => "the lowest level"],
  [
    "(?:üst\\süste|art\\sarda)\\s(ikinci|üçüncü|dördüncü)\\say",
    (g) => `for a ${ORDINAL[(g[0] ?? "").toLocaleLowerCase("tr")]} straight month`,
  ],
  // "1.118 tonla en büyük alıcı olurken" (was the biggest buyer with 1,118 tonnes, while ...)
  ["en\\sbüyük\\salıcı\\s(?:oldu|olurken|olmaya\\sdevam\\set\\p{L}*)", () => "was the biggest buyer"],
  ["en\\sbüyük\\salıcı\\p{L}*", () => "the biggest buyer"],
  ["aylık\\srakam", () => "monthly figure"],
  ["Bu,", () => "That was"],
  ["aynı\\sdönemde", () => "in the same period"],
  ["ve", () => "and"],
  ["toplam\\sihracat\\siçindeki\\spayı", () => "share of total exports"],
  // forecasts
  ["tahmin\\sediyor|bekliyor|öngörüyor", () => "expect"],
  ["Analistler", () => "Analysts"],
  // products and flows
  [
    "nadir\\stoprak\\smıknatıs(?:ı|ları|larının|ının)?\\s(?:ihracatı|ihracatının|sevkiyatı)",
    () => "rare-earth magnet exports",
  ],
  ["mıknatıs\\s(?:ihracatı|ihracatının|sevkiyatı|sevkiyatları)", () => "magnet exports"],
  ["nadir\\stoprak\\sürünleri(?:\\s(?:ihracatı|ihracatının))?", () => "rare-earth product exports"],
  ["nadir\\stoprak\\s(?:ihracatı|ihracatının)", () => "rare earth exports"],
  // "nadir toprak elementi" (rare-earth elements), as the customs heading names them
  ["nadir\\stoprak\\selement\\p{L}*", () => "rare earths"],
  ["nadir\\stoprak\\smıknatıs\\p{L}*", () => "rare-earth magnets"],
  ["mıknatıs\\p{L}*", () => "magnets"],
  ["ihracat\\p{L}*", () => "exports"],
  ["ithalat\\p{L}*", () => "imports"],
  ["Çin['’](in|den)", (g) => (g[0] === "den" ? "from China" : "China's")],
  // destinations: "ABD'ye" (to the US), "ABD'nin" (the US's), "Almanya" (Germany)
  ...PLACES.map(([p, en]): Rule => [
    `(${p})(?:['’]?(y?[ae])|['’](n?[ıiuü]n)|['’](d[ae]n))?`,
    (g) => (g[1] ? `to ${en}` : g[2] ? `${en}'s` : g[3] ? `from ${en}` : en),
  ]),
];

/**
 * Where a rule can start: a letter, or a figure (or the percent sign before one) that does not go on
 * from a figure before it ("5.473", not its "473").
 */
const RULE_START = /(?<![\p{L}\d.,])[\p{L}\d%]/gu;
const glosses = glossary(RULES, RULE_START, /\S/u);

/** Whether a text is written in Turkish: letters only Turkish writes, and its trade words. */
export const turkishText = (text: string): boolean => TURKISH_LETTER.test(text) && TURKISH_WORD.test(text);

/**
 * The English words to read in place of a text's Turkish ones, left to right; none for a text not
 * written in Turkish (`whole`: the text is known to be, and this is one of its sentences).
 * @example turkishGlosses("Kasımda ABD'ye 528 ton mıknatıs gönderildi.").map((g) => g.word) // ["in November", "to the US", "528 tonnes", "magnets"]
 */
export function turkishGlosses(text: string, whole = false): Gloss[] {
  return whole || turkishText(text) ? glosses(text) : [];
}
