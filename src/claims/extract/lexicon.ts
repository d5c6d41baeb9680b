// Word lists of trade-news language: number words, months, series and partner names, and the
// nouns that mark a number as a trade figure or as something else (a tariff, a price, revenue).

import { CARDINALS, NUM, NUMBER_WORD } from "./numbers.js";

/** Number words up to twenty, and the twenties/thirties used for month windows. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  ...Object.fromEntries(Object.entries(CARDINALS).filter(([, n]) => n <= 20)),
  "twenty-four": 24,
  "thirty-six": 36,
};

/** Ordinals as words and as digits with suffix. */
export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};

/** Parses "five", "5", "fifth", "5th" into a number, or null. */
export function parseCount(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d{1,3}(?:st|nd|rd|th)?$/.test(w)) return Number.parseInt(w, 10);
  return ORDINALS[w] ?? NUMBER_WORDS[w] ?? null;
}

/** Chinese and Japanese numerals (simplified and traditional 两/兩), as counts of months, tenths and multiples are written. */
const CJK_NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/**
 * A count written in digits or Chinese numerals up to 19 ("11", "三", "十一"), or null.
 * @example cjkCount("十一") // 11
 */
export function cjkCount(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  if (word.length === 2 && word[0] === "十") return 10 + (CJK_NUMERALS[word[1] ?? ""] ?? 0);
  return word.length === 1 ? (CJK_NUMERALS[word] ?? null) : null;
}

/** Counts of months as the French, Spanish, Portuguese and Italian press writes them ("los primeros once meses"). */
export const ROMANCE_NUMBERS: Readonly<Record<string, number>> = {
  deux: 2,
  dos: 2,
  dois: 2,
  due: 2,
  trois: 3,
  tres: 3,
  três: 3,
  tre: 3,
  quatre: 4,
  cuatro: 4,
  quatro: 4,
  quattro: 4,
  cinq: 5,
  cinco: 5,
  cinque: 5,
  six: 6,
  seis: 6,
  sei: 6,
  sept: 7,
  siete: 7,
  sete: 7,
  sette: 7,
  huit: 8,
  ocho: 8,
  oito: 8,
  otto: 8,
  neuf: 9,
  nueve: 9,
  nove: 9,
  dix: 10,
  diez: 10,
  dez: 10,
  dieci: 10,
  onze: 11,
  once: 11,
  undici: 11,
  douze: 12,
  doce: 12,
  doze: 12,
  dodici: 12,
  quinze: 15,
  quince: 15,
  quindici: 15,
  vingt: 20,
  veinte: 20,
  vinte: 20,
  venti: 20,
  trente: 30,
  treinta: 30,
  trinta: 30,
  trenta: 30,
  cinquante: 50,
  cincuenta: 50,
  cinquenta: 50,
  cinquanta: 50,
};

/** German numbers as counts of months, multiples and percentages are written ("in den ersten neun Monaten", "das Achtfache", "elf Prozent"). */
export const GERMAN_NUMBERS: Record<string, number> = {
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  fünfzehn: 15,
  zwanzig: 20,
  dreißig: 30,
  fünfzig: 50,
};

/**
 * Places in an order as Spanish, Portuguese, Italian and French write them ("la segunda cifra más
 * alta", "classé troisième", "el principal destino"), first to third.
 */
export const ROMANCE_ORDINALS: Readonly<Record<string, number>> = {
  premier: 1,
  première: 1,
  principal: 1,
  principale: 1,
  primer: 1,
  primero: 1,
  primeiro: 1,
  primo: 1,
  deuxième: 2,
  second: 2,
  seconde: 2,
  segundo: 2,
  segunda: 2,
  secondo: 2,
  seconda: 2,
  troisième: 3,
  tercer: 3,
  tercero: 3,
  tercera: 3,
  terceiro: 3,
  terceira: 3,
  terzo: 3,
  terza: 3,
};

/** German ordinal stems glued to a superlative: "zweitgrößte", "dritthöchste" (the top place has none). */
export const GERMAN_ORDINALS: Readonly<Record<string, number>> = { zweit: 2, dritt: 3, viert: 4, fünft: 5 };

/**
 * The letters of Chinese, Japanese and Korean (Han, Hangul, Hiragana, Katakana), as the body of a
 * character class for a regex with the "u" flag: `new RegExp(`[${CJK_LETTERS}]`, "u")`.
 */
export const CJK_LETTERS = "\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}";

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  // German, where it differs from English ("im Juni", "Januar bis September")
  januar: 1,
  februar: 2,
  märz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  // French, lower case as French writes them ("en juin", "par rapport à mai")
  janvier: 1,
  février: 2,
  mars: 3,
  avril: 4,
  juin: 6,
  juillet: 7,
  août: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  // Spanish, lower case as Spanish writes them ("en junio", "respecto a mayo")
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  // Portuguese and Italian where they differ ("em novembro", "a ottobre")
  janeiro: 1,
  fevereiro: 2,
  março: 3,
  maio: 5,
  junho: 6,
  julho: 7,
  setembro: 9,
  outubro: 10,
  novembro: 11,
  dezembro: 12,
  gennaio: 1,
  febbraio: 2,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  settembre: 9,
  ottobre: 10,
  dicembre: 12,
  // Indonesian where it differs ("pada Mei", "sejak Januari")
  januari: 1,
  februari: 2,
  maret: 3,
  mei: 5,
  agustus: 8,
  desember: 12,
  // Dutch where it differs, lower case as Dutch writes them ("in juli", "sinds maart")
  maart: 3,
  augustus: 8,
};

/** For each month, the names `MONTHS` holds, longest first, as a regex alternation. */
const NAMES_OF_MONTH = Array.from({ length: 12 }, (_, i) =>
  Object.keys(MONTHS)
    .filter((k) => MONTHS[k] === i + 1)
    .sort((a, b) => b.length - a.length)
    .join("|"),
);

/** The names of month `n` (1-12) that `MONTHS` holds, longest first, as a regex alternation. */
export function monthNamesOf(n: number): string {
  return NAMES_OF_MONTH[n - 1] ?? "";
}

/** English month names and their abbreviations, for a regex. */
export const ENGLISH_MONTH_NAME =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
/**
 * Month names for a regex: English, abbreviated, German, French, Spanish, Portuguese, Italian,
 * Indonesian and Dutch where they differ. Case matters ("may", "march"). Portuguese is also written
 * with capitals ("em Novembro", as Portugal's press wrote it before 2009), except in "Rio de Janeiro",
 * and so is Spanish in some outlets ("en Noviembre"), except "Mayo" and "Julio", which are names too.
 */
export const MONTH_NAME = `${ENGLISH_MONTH_NAME}|(?<!Rio de )Janeiro|Fevereiro|Março|Abril|Maio|Junho|Julho|Agosto|Setembro|Outubro|Novembro|Dezembro|Enero|Febrero|Marzo|Junio|Septiembre|Setiembre|Octubre|Noviembre|Diciembre|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|Januari|Februari|Maret|Mei|Agustus|Desember|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december`;
/** After a month's name: it does not open a span ("over January-November 2025" is a span, not a base). */
export const NOT_A_SPAN = `(?!\\s?[-–—]\\s?(?:${MONTH_NAME})|\\s(?:to|through|thru|until|till|and)\\s(?:${MONTH_NAME}))`;
/** After a month that names a policy rather than a period: "April licensing regime", "October 9 controls", "April's curbs". */
export const MONTH_NAMES_POLICY =
  /^(?:['’]s)?\s(?:(?:\d{1,2}(?:st|nd|rd|th)?|export|licen[cs]ing|new|trade)\s){0,2}(?:licen[cs]ing|licen[cs]es?|controls?|curbs?|restrictions?|rules?|regime|ban|measures?|deal|truce|talks|summit|announcement|crackdown|tariffs?|framework|agreement|suspension)\b/i;
/** A place in an order, first to tenth, in words or as "4th", for a regex. */
export const ORDINAL_WORD =
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d(?:st|nd|rd|th)";
/** A year of this century or the last, for a regex. */
export const YEAR = "(?:19|20)\\d{2}";
/**
 * The words of an extreme, for a regex: of the highest side ("highest", "biggest", "busiest") and of
 * the lowest ("lowest", "weakest", "fewest"). Ranks read them, and a span after one is the rank's
 * window. Not "slowest": "the slowest pace since March" is said of a rate of growth, not of the level.
 */
export const HIGHEST_WORDS = "highest|largest|biggest|strongest|best|most|busiest|heaviest";
export const LOWEST_WORDS =
  "lowest|smallest|weakest|worst|poorest|fewest|quietest|softest|lightest|leanest|thinnest|slackest|feeblest";

/** Fractions of a whole, in percent. */
export const FRACTIONS: Record<string, number> = {
  half: 50,
  third: 100 / 3,
  quarter: 25,
  fourth: 25,
  fifth: 20,
  sixth: 100 / 6,
  eighth: 12.5,
  tenth: 10,
  "two-thirds": 200 / 3,
  "two thirds": 200 / 3,
  "three-quarters": 75,
  "three quarters": 75,
  "two-fifths": 40,
  "three-fifths": 60,
  "three-tenths": 30,
  fifteenth: 100 / 15,
  twentieth: 5,
};

const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  quarter: 4,
  // "a third" to "a twelfth": the ordinals from third on
  ...Object.fromEntries(Object.entries(ORDINALS).filter(([, n]) => n >= 3)),
  fifteenth: 15,
  twentieth: 20,
};

/** The noun of a fraction in words, for a regex: "half", "third", "tenths". */
const FRACTION_NOUN =
  "half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|twelfths?|fifteenths?|twentieths?";
/** A fraction in words, for a regex: "half", "a third", "one-fifth", "two-thirds", "nine-tenths". */
export const FRACTION_WORDS = `(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[- ]|an[- ](?=eighth))?(?:${FRACTION_NOUN})`;
/**
 * Matches wherever a fraction word can be written ("half", "a third"): its count is optional, so a
 * text holds a fraction where it holds a fraction's noun. Tried with the count, the engine tried it
 * at every "a" and "one" of the text before looking for the noun.
 */
export const FRACTION_HINT = new RegExp(FRACTION_NOUN, "i");

/**
 * Matches wherever a clause without a digit can state the size of a change: a number in words
 * ("up twelve percent", "a hundred tonnes more"), a fraction ("down by a third"), a multiple ("more
 * than doubled", "sevenfold", "three times", German "verdoppelt" and "das Dreifache", Spanish
 * "duplicó" and "a la mitad", French "divisées par deux", Portuguese "metade", Italian "dimezzato"),
 * a percent word, or a script whose numerals are no digits (CJK, Cyrillic). A clause
 * with a digit needs no words; a clause with neither states no size, and its changes are not looked for.
 * @example WORDED_SIZE.test("Exports more than doubled in May") // true
 */
export const WORDED_SIZE = new RegExp(
  `\\b(?:${NUMBER_WORD}|dozen)|${FRACTION_NOUN}|doubl|tripl|trebl|quadrupl|quintupl|halv|twice|fold|times|factor|%|per\\s?cent|pour\\s?cent|pct|prozent|ciento|cento|persen|verdopp|verdreif|vervierf|fache|halbier|hälfte|duplic|dobl|dobr|doppi|divis|mitad|redujeron|redujo|moiti|metade|met[àa]|raddopp|dimezz|[\\u0400-\\u04ff\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff10-\\uff19]`,
  "i",
);

/**
 * The figure a multiple or fraction is taken of, written with its unit ("the 172 tonnes", "the
 * 2,626t"), then the words that date it ("shipped to Japan in", "it sent us in", "of"): a
 * comparison with that month, for a regex.
 */
export const DATED_BASE_FIGURE = `the\\s(?:(?:about|around|some|roughly|nearly|almost)\\s)?(?:${NUM})\\s?(?:tonnes?|tons?|t|mt|kt|k\\st|kg|kilograms?|metric\\s(?:tons|tonnes))\\b(?:\\s(?!(?:and|but|while|which|who|that|was|were|is|are)\\b)[\\w'’-]+){0,5}?\\s(?:in|of|during|for)\\s`;
/** The same figure with the period that dates it: "the 689 tonnes shipped in May 2024". */
export const DATED_FIGURE = `${DATED_BASE_FIGURE}(?:${MONTH_NAME}|${YEAR}|last\\s(?:year|month)|the\\s(?:same|previous|prior)\\s(?:month|year)|a\\syear)\\b`;
/**
 * What was shipped, said as a clause before its period: "what China shipped", "what it sold abroad",
 * "the amount sent", "the volume exported".
 */
export const WHAT_WAS_SHIPPED =
  "what\\s(?:[\\w'’-]+\\s){0,4}?(?:(?:shipped|sent|exported|sold|took|bought|received|imported|got|delivered)(?:\\s(?:it|them|there))?|left(?:\\s(?:the\\s|Chinese\\s|China['’]s\\s)?(?:ports?|country|docks|China))?)|the\\s(?:amount|volume|tonnage|quantity)\\s(?:(?:it|China|they)\\s)?(?:shipped|sent|exported|sold|delivered|seen|recorded)";
/**
 * The whole a share is of, after a month's possessive: "15% of September's total", "9.5% of
 * November's magnets", "a fifth of May's rare-earth exports" (a part of that month's whole, not a
 * multiple of its level).
 */
export const MONTH_WHOLE_NOUN =
  "(?:(?:magnet|rare[- ]earth|total|overall)\\s)?(?:total|volume|exports|shipments|tally|sales|outflows?|deliveries|magnets|rare[- ]earths)";
/**
 * The same wholes for a fraction, less "volume": "a tenth of October's exports" is a share of that
 * month, but "a tenth of April's volume" compares with April's level.
 */
export const FRACTION_WHOLE_NOUN = MONTH_WHOLE_NOUN.replace("volume|", "");
/** Another period's figure named by its possessive: "April's", "last year's", "the previous month's". */
export const PERIOD_POSSESSIVE = `(?:${MONTH_NAME}|last\\s(?:year|month)|the\\s(?:previous|prior|preceding)\\s(?:month|year))['’]s?\\b`;
/**
 * A month's own figure of the subject the clause speaks of, for a ratio taken of it: "their January
 * 2025 volume", "its April level", "the April level", "the level in March". With "its" or "their"
 * a volume or amount is the subject's own too, but not a total, exports or shipments ("exports to
 * Japan were 5% of its November total" may take China's whole, "its" being China); after "the" only
 * a level, figure, tonnage or intake is ("the April total" may be the whole of April).
 */
export const MONTH_OWN_LEVEL = `(?:(?:its|their)\\s(?:${MONTH_NAME})(?:\\s${YEAR})?\\s(?:level|figure|tonnage|intake|tally|volume|amount)|the\\s(?:${MONTH_NAME})(?:\\s${YEAR})?\\s(?:level|figure|tonnage|intake)|the\\s(?:level|figure)\\s(?:of|in|for|seen\\sin)\\s(?:${MONTH_NAME}))\\b`;
const MONTH_AT = new RegExp(`\\b(?:${MONTH_NAME})(?:\\s${YEAR})?\\b`, "i");
/** True when `words` name a month ("1,238 t in May, "): a clause's own month, before a figure. */
export function monthNamedIn(words: string): boolean {
  return MONTH_AT.test(words);
}

/**
 * True when the month named at `at` ("of their January volume", "the August 2024 level") is not
 * one the clause names before it: "exports to India in July were 9% of its July total" is a share
 * of July's whole.
 */
export function anotherMonthAt(clause: string, at: number): boolean {
  const month = MONTH_AT.exec(clause.slice(at, at + 60))?.[0];
  return month !== undefined && !clause.slice(0, at).toLowerCase().includes(month.toLowerCase());
}

/**
 * A fraction in words as a percentage, or null ("two-thirds": 66.67; "nine-tenths": 90; "a fifth": 20).
 * @example fractionOf("nine-tenths") // 90
 */
export function fractionOf(words: string): number | null {
  const m = /^(?:(an?|one|two|three|four|five|six|seven|eight|nine)[- ])?([a-z]+?)s?$/i.exec(words.trim());
  if (!m) return null;
  const d = DENOMINATORS[(m[2] ?? "").toLowerCase()] ?? DENOMINATORS[(m[2] ?? "").toLowerCase() + "s"];
  const n = m[1] && !/^an?$/i.test(m[1]) ? (NUMBER_WORDS[m[1].toLowerCase()] ?? null) : 1;
  if (d === undefined || n === null || n >= d) return null;
  return (n / d) * 100;
}

/** Multiplicative change words: the factor applied to the earlier value. */
export const FOLD: Record<string, number> = Object.fromEntries(
  Object.entries(CARDINALS).filter(([, n]) => n >= 2 && n <= 10),
);

/** An element's symbol where it names the good: before a trade noun, or after a quantity's "of". */
function elementSymbol(symbol: string): RegExp {
  return new RegExp(
    `\\b${symbol}(?=\\s(?:exports?|shipments?|outbounds?|export\\svolumes?|sales\\sabroad)\\b)|(?<=\\d\\s?(?:t|tonnes?|tons|kg|kilograms?)\\sof\\s)${symbol}\\b`,
    "g",
  );
}

/**
 * The minor metals as Chinese, Japanese, Korean, German, French, Spanish, Portuguese and Italian
 * outlets name them: German joins the metal to the noun ("Galliumausfuhren", "Antimonprodukte"), the
 * graphite grades come first ("grafito en escamas" is flake graphite, "球形石墨" spherical). Written
 * without Unicode classes: the names are tried as one pattern that reads code units.
 */
const MINOR_METALS_INTL: Array<[RegExp, string]> = [
  [
    /镓|鎵|ガリウム|갈륨|(?<![A-Za-zÀ-ÿ])(?:galio|gálio|gallio)(?![A-Za-zÀ-ÿ])|\bGallium(?=ausfuhr|export|einfuhr|liefer)/gi,
    "gallium",
  ],
  [
    /锗|鍺|ゲルマニウム|게르마늄|(?<![A-Za-zÀ-ÿ])(?:germanio|germânio)(?![A-Za-zÀ-ÿ])|\bGermanium(?=ausfuhr|export|einfuhr|liefer)/gi,
    "germanium",
  ],
  [
    /锑|銻|アンチモン|안티몬|(?<![A-Za-zÀ-ÿ])(?:antimonio|antimoine|antimônio|antimon)(?![A-Za-zÀ-ÿ])|\bAntimon(?=ausfuhr|export|einfuhr|liefer|produkt)/gi,
    "antimony",
  ],
  [
    /仲钨酸铵|仲鎢酸銨|パラタングステン酸アンモニウム|(?<![A-Za-zÀ-ÿ])(?:paratungstato\sd[ie]\s(?:ammonio|amonio)|paratungstate\sd'ammonium)(?![A-Za-zÀ-ÿ])/gi,
    "tungsten-apt",
  ],
  [
    /钨|鎢|タングステン|텅스텐|(?<![A-Za-zÀ-ÿ])(?:tungsteno|tungstène|tungstênio|wolfram)(?![A-Za-zÀ-ÿ])/gi,
    "tungsten",
  ],
  [
    /鳞片石墨|鱗片石墨|(?<![A-Za-zÀ-ÿ])(?:grafito\sen\sescamas|grafite\sem\sflocos|graphite\sen\spaillettes|flockengraphit)(?![A-Za-zÀ-ÿ])/gi,
    "graphite-flake",
  ],
  [
    /球形石墨|(?<![A-Za-zÀ-ÿ])(?:grafito\sesférico|grafite\sesférica|graphite\ssphérique|kugelgraphit)(?![A-Za-zÀ-ÿ])/gi,
    "graphite-spherical",
  ],
  [/石墨|黒鉛|흑연|(?<![A-Za-zÀ-ÿ])(?:grafito|grafite|graphit)(?![A-Za-zÀ-ÿ])/gi, "graphite"],
  [/镝|鏑|ジスプロシウム|디스프로슘|(?<![A-Za-zÀ-ÿ])disprosio(?![A-Za-zÀ-ÿ])/gi, "dysprosium"],
  [/铽|鋱|テルビウム|테르븀|(?<![A-Za-zÀ-ÿ])terbio(?![A-Za-zÀ-ÿ])/gi, "terbium"],
];

/**
 * Series by the words the press uses for them. Order matters: at each position the first name that
 * matches is read, so the most specific names come first and the most specific series named in a
 * noun phrase is read ("rare-earth permanent magnets" are magnets, not
 * rare earths). Names of a product the data does not keep apart map to the nearest series only when
 * the data's series is that product; "sintered"/"bonded" magnets are a part of the magnet line, read
 * as their own id so that the magnet total is not checked against them.
 * The names are read in one alternation without the "u" flag (it makes the alternation several times
 * slower), so a letter is written [A-Za-zÀ-ÿ], never \p{L}: without "u", [\p{L}] is the characters
 * "p", "{", "L" and "}", and "magneti" would be read in "magnetic".
 */
export const SERIES_PATTERNS: Array<[RegExp, string]> = [
  // rare earths said to leave the magnets out: "RE (non-magnet) exports", "non-magnet rare earths"
  [
    /\b(?:RE|REE|[Rr]are[- ][Ee]arths?)\s?\((?:non|ex)-magnets?\)|\b(?:[Nn]on|[Ee]x)-magnet\s(?:[Rr]are[- ][Ee]arths?|REEs?|REs?)\b/g,
    "rare-earths",
  ],
  [
    // "magnets and alloys", "magnets including powder"; a list of the three: "magnets, powder and alloys"
    /\b(?:rare[- ]earth\s)?magnets?(?:,?\s(?:and|plus|including|incl\.?|with)\s(?:magnet(?:ic)?\s)?(?:powders?|alloys?)(?:\s(?:and|or|&)\s(?:powders?|alloys?))?|,\s(?:magnet(?:ic)?\s)?(?:powders?|alloys?),?\s(?:and|or|&)\s(?:powders?|alloys?))\b/gi,
    "rare-earth-magnets-incl-powder-alloy",
  ],
  [
    /\b(?:rare[- ]earth\s)?magnet(?:ic)?\s(?:powders?|alloys?)(?:\s(?:and|or|&)\s(?:powders?|alloys?))?\b/gi,
    "rare-earth-magnets-incl-powder-alloy",
  ],
  // a qualifier apart from the noun ("Including powder and alloys, magnet exports ...") widens the magnet line
  [
    /\b(?:including|incl\.?|plus|counting)\s(?:(?:magnet(?:ic)?|semi-finished)\s)?(?:powders?|alloys?)(?:\s(?:and|or|&)\s(?:powders?|alloys?))?\b|\b(?:powders?|alloys?)\s(?:and|&)\s(?:powders?|alloys?)\sincluded\b/gi,
    "rare-earth-magnets-incl-powder-alloy",
  ],
  [/\brare[- ]earth\smagnet(?:ic)?\smaterials?\b/gi, "rare-earth-magnet-materials"],
  // magnets with no rare earths in them, and magnets as scrap: no magnet series holds them
  [
    /\b(?:all\s)?permanent[- ]magnets?\sof\s(?:all|every)\s(?:kinds?|types?|sorts?)\b|\ball\s(?:kinds|types|sorts)\sof\s(?:permanent\s)?magnets\b/gi,
    "magnets-of-all-kinds",
  ],
  [
    /\b(?:ferrite|ceramic|alnico|hard ferrite|non-rare[- ]earth)[- ](?:permanent[- ])?magnets?\b/gi,
    "non-rare-earth-magnets",
  ],
  [
    /\b(?:(?:rare[- ]earth|NdFeB|permanent|neodymium|sintered)[- ]{1,2}){0,2}magnets?\s(?:scrap|waste|swarf)\b|\b(?:scrap|waste|recycled|end-of-life)\s(?:(?:rare[- ]earth|NdFeB|permanent|neodymium)[- ]{1,2}){0,2}magnets?\b/gi,
    "magnet-scrap",
  ],
  // goods next to the magnets in the tariff, which no magnet series holds: parts of magnets,
  // samarium-cobalt magnets, the NdFeB alloy magnets are made from, and goods with magnets in them
  [/\bparts\sof\s(?:permanent\s)?magnets?\b|\bmagnet\sparts\b/gi, "magnet-parts"],
  [
    /\b(?:samarium[- ]cobalt|SmCo)(?:[- ](?:permanent|rare[- ]earth))?[- ]magnets?\b/gi,
    "samarium-cobalt-magnets",
  ],
  [
    /\b(?:NdFeB|neodymium[- ]iron[- ]boron)\s(?:alloys?|strips?|flakes?|ingots?)(?:\s(?:strips?|flakes?))?\b/gi,
    "ndfeb-alloy",
  ],
  [
    /\b(?:motors?|vehicles?|cars|turbines?|devices|products|goods|equipment|assemblies|components)\s(?:containing|with|using|that use|made with|built with|fitted with)\s(?:[\w-]+\s){0,2}magnets?\b/gi,
    "goods-with-magnets",
  ],
  [
    /\b(?:(?:rare[- ]earth|NdFeB|neodymium)[- ]{1,2})?(?:sintered|bonded)(?:[- ]{1,2}(?:NdFeB|neodymium|rare[- ]earth|permanent)){0,2}[- ]{1,2}magnets?\b/gi,
    "sintered-or-bonded-magnets",
  ],
  // magnets named by what they are made of: "permanent magnets of rare-earth metals" (the tariff's
  // wording), "magnets made from rare earths": the rare earths are the magnets' material, not a product
  [
    /\b(?:permanent\s)?magnets?\s(?:of|made\s(?:of|from|with)|containing)\s(?:the\s)?rare[- ]earths?(?:\s(?:metals?|elements?))?\b/gi,
    "rare-earth-magnets",
  ],
  // Indonesian and Dutch: "magnet tanah jarang", "magnet permanen berbasis tanah jarang" (magnets made
  // of rare earths, not rare earths), "magnet rare earth" (the English name kept after the Indonesian
  // noun), "zeldzame aardmagneten"
  [
    /(?<![A-Za-zÀ-ÿ])magnet(?:\s(?:permanen\s)?(?:(?:berbasis|berbahan(?:\sbaku)?|dari|logam)\s)?(?:tanah\sjarang|rare[- ]earth))(?![A-Za-zÀ-ÿ])|(?<![A-Za-zÀ-ÿ])zeldzame[- ]aard(?:metaal)?magneten(?![A-Za-zÀ-ÿ])/gi,
    "rare-earth-magnets",
  ],
  [
    // "mags" is the trading desk's shorthand ("sep mags up 6% m/m"); "rare earth permanent magnetic
    // materials" is how customs name the magnets' line (HS 85051110), not rare earths
    /\b(?:(?:rare[- ]earths?|RE|permanent|finished|NdFeB|neodymium(?:[- ]iron[- ]boron)?|REPM)[- ]{1,2}){0,3}(?:magnets?|mags)\b|\bNdFeB\b|\bREPMs?\b|\b(?:(?:rare[- ]earths?|NdFeB|neodymium)[- ]{1,2}){0,2}permanent[- ]magnetic\smaterials?\b/gi,
    "rare-earth-magnets",
  ],
  // magnets with their powder and alloy, in Chinese and Japanese: "（含磁粉及合金）", "计入磁粉及合金等半成品",
  // "磁石用の粉末・合金を含む", "（磁粉・合金を含む）"; named before or after the magnets, it widens their line
  [
    /(?:稀土永磁|永磁|磁[铁鐵])?\s?[（(]?(?:含|包括|包含|计入|計入)?(?:稀土)?磁粉[及和与與、・]合金(?:を含む)?|(?:磁石用の)?粉末[・と]合金を含む/g,
    "rare-earth-magnets-incl-powder-alloy",
  ],
  // simplified and traditional Chinese, Japanese: 稀土磁铁/磁鐵, 永磁, 釹鐵硼, レアアース磁石, 希土類マグネット, 永久磁石,
  // and the broadcasters' "レアアースを使った磁石" (magnets that use rare earths);
  // Korean; German,
  // whose "Permanentmagnete aus Seltenen Erden" (or "Dauermagnete", the everyday word for permanent
  // magnets) are magnets made of rare earths, not rare earths
  [
    /稀土永磁(?:体|體|材料)?|(?:稀土)?(?:永磁|磁[铁鐵体體])(?:体|體|材料)?|[钕釹][铁鐵]硼(?:永磁)?(?:磁[体體铁鐵])?|(?:レアアース|ネオジム)(?:\s?[（(]希土類[)）])?(?:\s|を(?:使った|使用した|用いた|使う))?磁石|希土類(?:を(?:使った|使用した|用いた|使う))?磁石|(?:希土類|レアアース|ネオジム)\s?マグネット|(?:希土類)?永久磁石|희토류\s?(?:영구\s?)?자석|영구\s?자석|\b(?:Seltenerd|Permanent|Dauer|Neodym)?-?[Mm]agnet(?:(?:e|en)\b(?:\saus\s(?:Seltenen\sErden|Seltenerden?)\b)?|(?=(?:export|ausfuhr|liefer|import|einfuhr)))/g,
    "rare-earth-magnets",
  ],
  // Vietnamese: "nam châm đất hiếm", "nam châm vĩnh cửu (từ) đất hiếm"
  [
    /(?<![A-Za-zÀ-ỹ])nam\schâm(?:\svĩnh\scửu)?(?:\s(?:từ\s)?đất\shiếm)?(?![A-Za-zÀ-ỹ])/gi,
    "rare-earth-magnets",
  ],
  // Spanish: "imanes de tierras raras", "imanes permanentes"
  [/\bimanes(?:\s(?:permanentes\s)?de\stierras\sraras|\spermanentes)?\b/gi, "rare-earth-magnets"],
  // French, Italian and Portuguese: "aimants en terres rares", "magneti in terre rare", "ímãs de terras raras"
  [
    /\baimants(?:\s(?:permanents\s)?(?:aux|de|à|en)\sterres\srares|\spermanents)?(?![A-Za-zÀ-ÿ])|\bmagneti(?:\s(?:permanenti\s)?(?:di|alle|a|in)\sterre\srare|\spermanenti)?(?![A-Za-zÀ-ÿ])|(?<![A-Za-zÀ-ÿ])(?:ím[ãa]s|ímanes)(?:\s(?:permanentes\s)?de\sterras\sraras|\spermanentes)?(?![A-Za-zÀ-ÿ])/gi,
    "rare-earth-magnets",
  ],
  // analysts' shorthand in capitals: "CN RE exports", "REE shipments", and the raw material set apart
  // from the magnets in a note's line: "RE (raw) Aug: 5,791.8t", "Raw RE: 5,494t", "RE total for July",
  // "RE 58,193t" (case matters: "re" is a word; "RE:" heading a mail's subject has no tonnage after it)
  [
    /\bREEs?\b|\bRE(?=\s(?:exports?|shipments?|outbounds?|export volumes?|total|overall)\b|\s?\((?:raw|crude|unprocessed)\)|:?\s\d[\d,.]*\s?(?:t|kt|mt|tonnes?|tons?)\b)|(?<=\b[Rr]aw\s)RE\b/g,
    "rare-earths",
  ],
  [/\brare[- ]earth\s(?:products?|goods)\b/gi, "rare-earth-products"],
  // the category named again without its head: "the products category climbed to 6,422 t", "the
  // broader products total", "the product basket"
  [
    /\b(?:the\s)?(?:broad(?:er)?\s)?products?\s(?:category|total|aggregate|basket)\b/gi,
    "rare-earth-products",
  ],
  // the desks' shorthand: "RE products" (case matters: "re" is a word)
  [/\bRE\s(?:products?|goods)\b/g, "rare-earth-products"],
  [/\b(?:NdPr|Pr-?Nd|praseodymium[- ]neodymium|neodymium[- ]praseodymium)\s(?:oxides?)\b/gi, "ndpr-oxide"],
  [/\bdysprosium\soxides?\b/gi, "dysprosium-oxide"],
  [/\bmixed\srare[- ]earth\scarbonates?\b/gi, "rare-earth-carbonate-mixed"],
  // customs' own name for it is "rare earth metal ore" (稀土金属矿): the ore, not rare earth metals
  [/\brare[- ]earth\s(?:metals?\s)?ores?\b/gi, "rare-earth-ore"],
  [/\brare[- ]earth\sconcentrates?\b/gi, "rare-earth-concentrate"],
  [/\brare[- ]earth\soxides?\sand\scompounds\b/gi, "rare-earth-oxides-compounds"],
  [/\brare[- ]earth\soxides?\b/gi, "rare-earth-oxides"],
  [/\brare[- ]earth\scompounds\b/gi, "rare-earth-compounds"],
  [/\brare[- ]earth\smetals?\s(?:and|&)\s(?:their\s)?alloys\b/gi, "rare-earth-metals-alloys"],
  [
    /\brare[- ]earths?\b(?:\s(?:elements|metals))?|\b(?:group of |family of )?(?:17|seventeen)\s(?:rare[- ]earth\s)?(?:minerals|elements|metals)\b|\b(?:17|seventeen)-(?:mineral|element|metal)\s(?:group|family|basket)\b|稀土|희토류|レアアース|希土類|\bSelten(?:en?|er) Erden\b|\bSeltenerd(?:en|metalle|elemente)?\b|\btierras\sraras\b|\bterres\srares\b|\bterre\srare\b|\bterras\sraras\b|\btanah\sjarang\b|\bzeldzame\saard(?:metalen|elementen)\b|\bsj(?:e|æ)ldne\sjord(?:arter|metaller)\b|\bsällsynta\sjordartsmetaller\b|(?<![A-Za-zÀ-ỹ])đất\shiếm(?![A-Za-zÀ-ỹ])/gi,
    "rare-earths",
  ],
  // the oxide and the metal named in Japanese, Chinese and Korean trade statistics ("酸化アンチモン輸出量",
  // "氧化锑出口", "锑锭"): the grade, not antimony as a whole
  [/(?:三)?酸化アンチモン|(?:三)?氧化(?:二)?[锑銻]|(?:삼)?산화\s?안티몬/g, "antimony-oxide"],
  [/[锑銻]锭|[锑銻]錠|金属[锑銻]|(?:金属)?アンチモン地金|金属アンチモン/g, "antimony-metal"],
  ...MINOR_METALS_INTL,
  [/\bgallium\b/gi, "gallium"],
  [/\bgermanium\b/gi, "germanium"],
  // metals desks write the element's symbol: "Sb metal exports", "Sb oxide", "China Ge exports" (case matters)
  [/\bSb\s(?:metal|ingots?)\b/g, "antimony-metal"],
  [/\bSb\s?(?:trioxide|oxides?)\b|\bSb2O3\b/g, "antimony-oxide"],
  [/\bSb(?=\s(?:exports?|shipments?|products?|volumes?)\b)/g, "antimony"],
  [/\bGa(?=\s(?:exports?|shipments?|volumes?)\b)/g, "gallium"],
  [/\bGe(?=\s(?:exports?|shipments?|volumes?)\b)/g, "germanium"],
  [/\bDy(?=\s(?:exports?|shipments?|volumes?)\b)/g, "dysprosium"],
  [/\bTb(?=\s(?:exports?|shipments?|volumes?)\b)/g, "terbium"],
  [/\bantimony\s(?:metal|ingots?)\b/gi, "antimony-metal"],
  [/\bantimony\s(?:trioxide|oxides?)\b/gi, "antimony-oxide"],
  [/\bantimony\b/gi, "antimony"],
  // a grade left bare after its sibling named in full: "antimony metal exports totalled 2,384t and
  // oxide 23,483t", "flake graphite exports were 1,427 t and spherical 948 t" (checked after the word,
  // so the look back runs only where the grade is written)
  [
    /\boxides?\b(?!\sof\b)(?<=\bantimony\s(?:metal|ingots?)\b[^.;!?]{0,60}?\band\soxides?)/gi,
    "antimony-oxide",
  ],
  [/\bmetal\b(?<=\bantimony\s(?:trioxide|oxides?)\b[^.;!?]{0,60}?\band\smetal)/gi, "antimony-metal"],
  // the sibling may itself be bare before a trade noun: "flake exports came to 3,236 t and spherical
  // to 2,567 t", "flake exports fell by 94%, to 1,427 t, and spherical ones by 92%"
  [
    /\bspherical\b(?<=\bflake\s(?:graphite|exports?|shipments?|volumes?)\b[^.;!?]{0,60}?\band\sspherical)/gi,
    "graphite-spherical",
  ],
  [
    /\bflake\b(?<=\bspherical\s(?:graphite|exports?|shipments?|volumes?)\b[^.;!?]{0,60}?\band\sflake)/gi,
    "graphite-flake",
  ],
  // the element symbols, where they name a traded good: "Sb exports", "11.2 t of Ga" (case matters)
  [elementSymbol("Ga"), "gallium"],
  [elementSymbol("Ge"), "germanium"],
  [elementSymbol("Sb"), "antimony"],
  // "flake exports", "spherical shipments": the graphite grade alone before a trade noun
  [
    /\bflake\sgraphite\b|\bgraphite\sflakes?\b|\bflake(?=\s(?:exports?|shipments?|volumes?)\b)/gi,
    "graphite-flake",
  ],
  [/\bspherical\sgraphite\b|\bspherical(?=\s(?:exports?|shipments?|volumes?)\b)/gi, "graphite-spherical"],
  [/\bgraphite\b/gi, "graphite"],
  [/\bammonium\sparatungstate\b/gi, "tungsten-apt"],
  // "APT exports", "tungsten APT": the trade's own capitals for ammonium paratungstate
  [/\b(?:tungsten\s)?APT\b/g, "tungsten-apt"],
  [/\btungsten\b/gi, "tungsten"],
  [/\bdysprosium\b/gi, "dysprosium"],
  [/\bterbium\b/gi, "terbium"],
  [/\byttrium\b/gi, "yttrium"],
];

/**
 * Traded goods the data keeps no series for, or names of a kind of material that no series name
 * took (read where no series was named): a text that names one also speaks of something besides
 * its series, so a figure whose sentence names no product may be that good's.
 */
export const OTHER_GOODS =
  /\b(?:lithium|cobalt|nickel|copper|steel|alumini?um|zinc|tin|manganese|vanadium|molybdenum|indium|bismuth|tellurium|polysilicon|silicon|titanium|magnesium|fluorspar|fluorite|uranium|tantalum|niobium|chromium|platinum|palladium|iron ore|coal|crude|soybeans?|batteries|battery cells|solar (?:panels|cells|wafers)|semiconductors|chips|minerals?|metals?|elements|oxides?|ores?|concentrates?|alloys?|powders?|carbonates?|compounds|REEs?|REOs?|NdPr|neodymium|praseodymium|samarium|lanthanum|cerium|scandium|europium|gadolinium|holmium|lutetium)\b/i;

/**
 * Goods the data keeps no series for, by a name no series shares (not "metals" or "oxides", which
 * may stand for a series named before), one rare earth's oxide or metal ("neodymium oxide",
 * "praseodymium metal"), and a magnet metal traded as itself ("NdPr exports", "shipments of
 * neodymium", not "neodymium-iron-boron magnets"): the subject of a trade figure that names one is that good.
 */
export const NAMED_OTHER_GOOD =
  /\b(?:(?:neodymium|praseodymium|samarium|gadolinium|holmium|lutetium|europium)\s(?:oxides?|metals?|carbonates?|chlorides?|fluorides?|compounds)|(?:NdPr|Pr-?Nd|neodymium|praseodymium|samarium)(?=\s(?:exports?|shipments?|sales|deliveries|volumes?)\b)|(?<=\b(?:exports?|shipments?|sales|deliveries)\sof\s)(?:NdPr|neodymium|praseodymium|samarium)(?![- ](?:iron|boron|cobalt|magnets?|permanent|based)\b)|lithium|cobalt|nickel|copper|steel|alumini?um|zinc|manganese|vanadium|molybdenum|indium|bismuth|tellurium|polysilicon|silicon|titanium|magnesium|fluorspar|uranium|tantalum|niobium|chromium|platinum|palladium|iron ore|lanthanum|cerium|coal|crude oil|soybeans?|batteries|battery cells|solar (?:panels|cells|wafers)|semiconductors|chips)\b/i;

/**
 * What a country takes of the goods, after its capital's possessive: "Washington's take", "Tokyo's
 * imports". The names below match a capital before any possessive; the reader keeps only those this
 * follows (so the one pattern of every name stays short).
 */
export const TAKEN_AFTER_CAPITAL =
  /^['’]s?\s(?:take|share|purchases|imports|intake|haul|allocation|orders|buying|receipts|deliveries|shipments|tally|volumes?|portion|slice|quota)\b/;

/** The names of destinations by their capitals, before a possessive (see `TAKEN_AFTER_CAPITAL`). */
function capitalsTaking(
  capitals: Record<string, string>,
): Array<{ iso: string; names: RegExp; capital: true }> {
  return Object.entries(capitals).map(([iso, city]) => ({
    iso,
    names: new RegExp(String.raw`\b(?:${city})(?=['’])`, "gu"),
    capital: true,
  }));
}

/**
 * Destinations by name, demonym, ISO code, flag, in capitals ("UNITED STATES") and in the Chinese,
 * Japanese, Korean and German of translated reports; the European Union as the press goes on to call it ("the
 * bloc", "the Union"). "US" before "$" or "dollars" is money, not a place ("US$288 million", "the
 * US-dollar value", "U.S. dollars"). A
 * two-letter code ("DE", "JP") is a destination only right before its figure ("DE 1,346t", "JP:
 * 228t"), never before a year ("IN 2025"). Auto-captions and chat write names in lower case ("to the
 * us", "japan"): a country's own name is read so too, and "us" only after "the".
 */
export const PARTNERS: Array<{ iso: string; names: RegExp; capital?: true }> = [
  // "Voice of America" (美國之音) and Deutsche Welle (德國之聲) are broadcasters, not destinations;
  // Korean writes a destination as a prefix: 대미 ("to the US"), 대일 ("to Japan"), 대독 ("to Germany");
  // Chinese shortens it before exports: 对美出口, 对日出口, and Japanese the same with its own
  // characters: 対米輸出 (米 for the US), 対日, 対独 (独 for Germany), 対韓, and 米 alone before its
  // figure in brackets in a list of buyers ("主に米(2,091t)、台湾(603t)"); German reports say "the Federal Republic"
  {
    iso: "USA",
    names:
      /\b(?:the United States(?: of America)?|United States|the States|Uncle Sam|THE UNITED STATES|UNITED STATES|U\.S\.A?\.?|USA|US|(?<!\b(?:Latin|North|South|Central)\s)(?:America|Americans)|American|AMERICA)(?![A-Za-z$]|\.?[\s-]?dollars?\b|\.?\$|\.?\s\$(?<!\b(?:to|the) US \$))|\u{1F1FA}\u{1F1F8}|美国(?!之音)|美國(?!之音)|(?<=[对對向])美(?=(?:稀土(?:永磁|磁[铁鐵体體])?|磁[铁鐵体體])?(?:出口|進口|进口|输出|輸出))|米国|アメリカ|(?<![\u4e00-\u9fff])米(?=向け|\s?[(（]\s?\d)|(?<=対)米(?=輸出|輸入)|미국|(?<![가-힣])대미(?=\s|수출|수입|[^가-힣]|$)|Vereinigten Staaten|Vereinigte Staaten|[EÉ]tats-Unis|\bEstados Unidos\b|(?<=\b(?:os|aos|dos|nos|pelos|para os)\s)EUA\b|\bStati Uniti\b|\bEE\.\s?UU\.?(?![\p{L}])|\bEEUU\b|\bthe u\.?s\.?(?![\p{L}$])|\bthe united states\b|\bAmerika Serikat\b|(?<=\b(?:ke|dari|di|oleh|untuk|dan|de)\s)(?:AS|VS)\b|(?<![\p{L}])(?:Mỹ|Hoa Kỳ)(?![\p{L}])/gu,
  },
  {
    iso: "JPN",
    names:
      /\b(?:Japan|Japanese|JAPAN|JPN)\b|\bJP(?=:?\s?\d)(?!:?\s?(?:19|20)\d{2}\b)|\u{1F1EF}\u{1F1F5}|日本|(?<=[对對向対])日(?=(?:稀土(?:永磁|磁[铁鐵体體])?|磁[铁鐵体體])?(?:出口|進口|进口|输出|輸出|輸入))|일본|(?<![가-힣])대일(?=\s|수출|수입|[^가-힣]|$)|\bJapon\b|\bJap(?:ón|ão)(?![\p{L}])|\bGiappone\b|\bjapan(?:ese)?\b|\bJepang\b|(?<![\p{L}])Nhật(?: Bản)?(?![\p{L}])/gu,
  },
  {
    iso: "DEU",
    names:
      /\b(?:Germany|German|GERMANY|DEU)\b|\bDE(?=:?\s?\d)(?!:?\s?(?:19|20)\d{2}\b)|\u{1F1E9}\u{1F1EA}|德国(?!之声)|德國(?!之聲)|(?<=[对對向])德(?=(?:稀土(?:永磁|磁[铁鐵体體])?|磁[铁鐵体體])?(?:出口|進口|进口|输出|輸出))|(?<=対)独(?=輸出|輸入)|ドイツ|\bthe Federal Republic(?: of Germany)?\b|독일|(?<![가-힣])대독(?=\s|수출|수입|[^가-힣]|$)|Deutschland|\bAllemagne\b|\bAleman(?:ia|ha)\b|\bGermania\b|\bgermany\b|\bJerman\b|\bDuitsland\b|(?<![\p{L}])Đức(?![\p{L}])/gu,
  },
  {
    iso: "KOR",
    names:
      /\b(?:South Korea|S\. Korea|(?<!\b(?:North|N\.)\s)Korea|South Korean|(?<!\bNorth\s)Korean|SOUTH KOREA|(?<!\bNORTH\s)KOREA|KOR|ROK)\b|\bKR(?=:?\s?\d)(?!:?\s?(?:19|20)\d{2}\b)|\u{1F1F0}\u{1F1F7}|韩国|韓國|韓国|南韓|南韩|(?<=[对對向対])[韩韓](?=(?:稀土(?:永磁|磁[铁鐵体體])?|磁[铁鐵体體])?(?:出口|進口|进口|输出|輸出|輸入))|한국|Südkorea|Corée du Sud|\bCorea(?: del Su[rd])?\b|\bCoreia(?: do Sul)?\b|(?<!\bnorth\s)\bkorea\b|(?<![\p{L}])Hàn Quốc(?![\p{L}])/gu,
  },
  // North Korea, named so that its "Korea" is not read as the South
  { iso: "PRK", names: /\b(?:North Korea|N\. Korea|NORTH KOREA|DPRK|PRK)\b|북한/gu },
  {
    iso: "IND",
    names:
      /\b(?:India|Indian|INDIA|IND)\b|\bIN(?=:?\s?\d)(?!:?\s?(?:19|20)\d{2}\b)|\u{1F1EE}\u{1F1F3}|印度|インド|인도|Indien|\bInde\b|\bindia\b|(?<![\p{L}])Índia(?![\p{L}])|(?<![\p{L}])Ấn Độ(?![\p{L}])/gu,
  },
  {
    iso: "VNM",
    names:
      /\b(?:Vietnam|Viet Nam|Vietnamese|VIETNAM|VNM)\b|\bVN(?=:?\s?\d)(?!:?\s?(?:19|20)\d{2}\b)|\u{1F1FB}\u{1F1F3}|越南|ベトナム|베트남|\bviet ?nam\b|(?<![\p{L}])Vietnã(?![\p{L}])|(?<![\p{L}])Việt Nam(?![\p{L}])/gu,
  },
  {
    iso: "NLD",
    names:
      /\b(?:the Netherlands|Netherlands|Holland|Dutch|NETHERLANDS|NLD)\b|\bNL(?=:?\s?\d)(?!:?\s?(?:19|20)\d{2}\b)|\u{1F1F3}\u{1F1F1}|荷兰|荷蘭|オランダ|네덜란드|Niederlanden?|\bBelanda\b/gu,
  },
  {
    iso: "THA",
    names:
      /\b(?:Thailand|Thai|THAILAND|THA)\b|\bTH(?=:?\s?\d)(?!:?\s?(?:19|20)\d{2}\b)|\u{1F1F9}\u{1F1ED}|泰国|泰國|태국|(?<![\p{Script=Katakana}ー])タイ(?![\p{Script=Katakana}ー])|\b(?:Tailandia|Thaïlande|Tailândia|Thailandia)\b|(?<![\p{L}])Thái Lan(?![\p{L}])/gu,
  },
  {
    iso: "MYS",
    names:
      /\b(?:Malaysia|Malaysian|MALAYSIA|MYS)\b|\u{1F1F2}\u{1F1FE}|马来西亚|馬來西亞|マレーシア|말레이시아/gu,
  },
  {
    iso: "MEX",
    names: /\b(?:Mexico|Mexican|MEXICO|MEX)\b|\u{1F1F2}\u{1F1FD}|墨西哥|メキシコ|멕시코|Mexiko/gu,
  },
  {
    iso: "POL",
    names: /\b(?:Poland|Polish|POLAND|POL)\b|\u{1F1F5}\u{1F1F1}|波兰|波蘭|ポーランド|폴란드|Polen/gu,
  },
  {
    iso: "ITA",
    names: /\b(?:Italy|Italian|ITALY|ITA)\b|\u{1F1EE}\u{1F1F9}|意大利|イタリア|이탈리아|Italien|\bItalia\b/gu,
  },
  {
    iso: "FRA",
    names: /\b(?:France|French|FRANCE|FRA)\b|\u{1F1EB}\u{1F1F7}|法国|法國|フランス|프랑스|Frankreich/gu,
  },
  {
    iso: "GBR",
    names:
      /\b(?:Britain|British|the UK|UK|United Kingdom|UNITED KINGDOM|GBR)\b|\bU\.K\.?(?![\p{L}])|\u{1F1EC}\u{1F1E7}|英国|英國|영국|Großbritannien/gu,
  },
  { iso: "TWN", names: /\b(?:Taiwan|Taiwanese|TAIWAN|TWN)\b|\u{1F1F9}\u{1F1FC}|台湾|台灣|대만/gu },
  {
    iso: "PHL",
    names:
      /\b(?:the Philippines|Philippines|Philippine|PHILIPPINES|PHL)\b|\u{1F1F5}\u{1F1ED}|菲律宾|필리핀/gu,
  },
  { iso: "MMR", names: /\b(?:Myanmar|Burma|MYANMAR|MMR)\b|\u{1F1F2}\u{1F1F2}/gu },
  { iso: "IDN", names: /\b(?:Indonesia|Indonesian|INDONESIA|IDN)\b|\u{1F1EE}\u{1F1E9}/gu },
  { iso: "CAN", names: /\b(?:Canada|Canadian|CANADA)\b|\u{1F1E8}\u{1F1E6}/gu },
  { iso: "AUS", names: /\b(?:Australia|Australian|AUSTRALIA|AUS)\b|\u{1F1E6}\u{1F1FA}/gu },
  { iso: "BRA", names: /\b(?:Brazil|Brazilian|BRAZIL|BRA)\b|\u{1F1E7}\u{1F1F7}/gu },
  {
    iso: "RUS",
    names:
      /\b(?:Russia|Russian|RUSSIA|RUS|Russland|Rusia|Russie|Rússia)\b|\u{1F1F7}\u{1F1FA}|俄罗斯|俄羅斯|ロシア|러시아/gu,
  },
  { iso: "HKG", names: /\b(?:Hong Kong|HONG KONG|HKG)\b|\u{1F1ED}\u{1F1F0}/gu },
  { iso: "SGP", names: /\b(?:Singapore|SINGAPORE|SGP)\b|\u{1F1F8}\u{1F1EC}/gu },
  { iso: "ESP", names: /\b(?:Spain|Spanish|SPAIN|ESP)\b|\u{1F1EA}\u{1F1F8}/gu },
  { iso: "CZE", names: /\b(?:Czech Republic|Czechia|Czech|CZE)\b|\u{1F1E8}\u{1F1FF}/gu },
  { iso: "AUT", names: /\b(?:Austria|Austrian|AUT)\b|\u{1F1E6}\u{1F1F9}/gu },
  { iso: "HUN", names: /\b(?:Hungary|Hungarian|HUN)\b|\u{1F1ED}\u{1F1FA}/gu },
  { iso: "TUR", names: /\b(?:Turkey|Türkiye|Turkish|TUR)\b|\u{1F1F9}\u{1F1F7}/gu },
  {
    iso: "BEL",
    names:
      /\b(?:Belgium|Belgian|BEL|Belgien|Bélgica|Belgique|Belgio)\b|\u{1F1E7}\u{1F1EA}|比利时|比利時|ベルギー|벨기에/gu,
  },
  { iso: "SWE", names: /\b(?:Sweden|Swedish|SWE)\b|\u{1F1F8}\u{1F1EA}/gu },
  { iso: "CHE", names: /\b(?:Switzerland|Swiss|CHE)\b|\u{1F1E8}\u{1F1ED}/gu },
  { iso: "ISR", names: /\b(?:Israel|Israeli|ISR)\b|\u{1F1EE}\u{1F1F1}/gu },
  {
    iso: "ARE",
    names:
      /\b(?:the United Arab Emirates|United Arab Emirates|UAE)\b|\bU\.A\.E\.?(?![\p{L}])|\u{1F1E6}\u{1F1EA}/gu,
  },
  // smaller European buyers the minor-metal and magnet breakdowns list ("Estonia with 500 kg"): by
  // their names only, since their adjectives and codes also name languages, firms and time zones
  { iso: "EST", names: /\bEstonia\b|\u{1F1EA}\u{1F1EA}/gu },
  { iso: "NOR", names: /\bNorway\b|\u{1F1F3}\u{1F1F4}/gu },
  { iso: "PRT", names: /\bPortugal\b|\u{1F1F5}\u{1F1F9}/gu },
  { iso: "DNK", names: /\bDenmark\b|\u{1F1E9}\u{1F1F0}/gu },
  { iso: "FIN", names: /\bFinland\b|\u{1F1EB}\u{1F1EE}/gu },
  { iso: "SVK", names: /\bSlovakia\b|\u{1F1F8}\u{1F1F0}/gu },
  { iso: "ROU", names: /\bRomania\b|\u{1F1F7}\u{1F1F4}/gu },
  { iso: "SVN", names: /\bSlovenia\b|\u{1F1F8}\u{1F1EE}/gu },
  // the continents the customs breakdown sums up (Southeast Asia, the Asia-Pacific and South Africa
  // are other places); Europe is read as the European Union, with the continent as another reading
  {
    iso: "ASIA_region",
    names: /(?<!\b(?:South|Southeast|East|West|Central|North|Northeast)[\s-])\bAsia\b(?![\s-]Pacific)/gu,
  },
  { iso: "NAM_region", names: /\bNorth America\b/gu },
  { iso: "SAM_region", names: /\bSouth America\b/gu },
  { iso: "AFR_region", names: /(?<!\bSouth\s)\bAfrica\b/gu },
  { iso: "OCE_region", names: /\bOceania\b/gu },
  {
    iso: "EU27",
    names:
      /\b(?:the European Union|European Union|EU|EU27|EU-27|Europe|European|EUROPEAN UNION)\b|\b[Tt]he (?:(?:27|twenty-seven)[- ](?:nation|member|country) |European )?bloc\b|\b[Tt]he Union\b(?!\sof\b)|\b[Tt]he\s(?:27|twenty-seven|EU|bloc['’]s)\s(?:member\s(?:states|countries|nations)|members)\b|\u{1F1EA}\u{1F1FA}|欧盟|歐盟|유럽연합|EU-Staaten|\bUnión Europea(?![\p{L}])|\bUnion européenne(?![\p{L}])|\bUnione [Ee]uropea\b|\bUnião Europeia\b|\bEuropäischen? Union\b|\bUE\b|\bUni Eropa\b|\bEuropese Unie\b/gu,
  }, // a capital for its country, only with a possessive the goods are counted in ("Washington's take
  // slipped to 564 t", "Seoul's purchases rebounded"): said of anything else, a capital is its government
  ...capitalsTaking({
    USA: "Washington",
    JPN: "Tokyo",
    KOR: "Seoul",
    DEU: "Berlin",
    IND: "New Delhi|Delhi",
    VNM: "Hanoi",
    THA: "Bangkok",
    MYS: "Kuala Lumpur",
    MEX: "Mexico City",
    POL: "Warsaw",
    ITA: "Rome",
    FRA: "Paris",
    GBR: "London",
    TWN: "Taipei",
    PHL: "Manila",
    IDN: "Jakarta",
    CAN: "Ottawa",
    AUS: "Canberra",
    EU27: "Brussels",
  }),
];

/** Nouns that make the nearest number a trade figure. */
export const TRADE_NOUN =
  /\b(?:exports?|exported|exps?|shipments?|shipped|imports?|imported|deliveries|outbound|overseas sales|sales abroad|sales(?=\s(?:to|of)\s)|volumes?|purchases|buyers?|flows?|those|total)\b|-bound\b|\b(?:Exporte|Ausfuhren?|Lieferungen)\b|出口|输出|輸出|수출/gi;

/** A capitalised possessive ("Japan's", "China's"): in this domain, a country's trade. */
export const PROPER_POSSESSIVE = /\b[A-Z][a-z]{1,20}'s(?![a-z])/g;

/** `TRADE_NOUN` for a one-shot test (the global pattern keeps its position between calls). */
export const TRADE_WORD = new RegExp(TRADE_NOUN.source, "i");

/** Things a number counts rather than weighs: "56 countries", "312 licences", "the 20 largest buyers". */
export const COUNT_NOUNS =
  "countries|destinations|markets|shipments|consignments|containers|cargoes|batches|declarations|licen[cs]es|permits|applications|approvals|companies|firms|exporters|importers|buyers|customers|vessels|ships|vehicles|cars|orders|deals|contracts";

/**
 * Paperwork and dealings around a trade that are no trade figure when they head the subject: "orders
 * for Chinese magnets", "licence approvals for magnet exports", "export permits".
 */
export const DEALING_NOUN =
  /\b(?:orders|bookings|enquiries|inquiries|licen[cs]es|permits|applications|approvals|freight(?:\srates?)?)\b/gi;

/**
 * Nouns that make the nearest number something other than a trade figure; a country's "export
 * earnings" or "export revenue" is the value of its exports, a trade figure.
 */
export const NON_TRADE_NOUN =
  /\b(?:tariffs?|duty|duties|levy|levies|tax(?:es)?|rates?|prices?|priced|unit values?|values? per (?:tonne|ton|kg|kilogram)|order books?|backlogs?|costs?|inventor(?:y|ies)|jobs|stocks?|shares(?! of)|share price|index|indices|(?<!\bexports?\s)(?:revenue|earnings)|profits?|income|(?<!-bound\s(?:magnet\s|rare[- ]earth\s)?)sales(?! abroad)|circulation|readers|readership|subscribers|GDP|inflation|output|production|produced|capacity|quotas?|reserves|mined|(?<!\b(?:metals?|materials|resources) (?:&|and) )mining|smelting|stockpiles?|consumption|demand|valuation|market value|market cap|(?:trade )?deficits?|surplus(?:es)?|trade balance|trade gap|employees|workers|salary|wages|pay|payrolls?|headcount|(?:un)?employment|hiring|vacancies|temperatures?|degrees|rainfall|snowfall|weather|water levels?|visitors|tourists|attendance|population|emissions|budget|spending|investment|funding|stake|margin|yields?|bonds?|currency|yuan|dollar|euro|premium|discount|votes?|polls?|approval)\b/gi;

/** Verbs of rising and falling, with their direction. */
export const UP_VERBS =
  "rose|risen|rise|rises|rising|grown|increased|increase|increases|grew|grow|grows|climbed|climb|climbs|jumped|jump|jumps|surged|surge|surges|soared|soar|soars|gained|gain|gains|advanced|rebounded|rebound|recovered|recover|picked up|edged up|spiked|swelled|expanded|accelerated|leapt|leaped|ticked up|went up|climbing|jumping|surging|soaring|gaining|rebounding|growing|increasing|added|adding|advancing|leaping|spiking";
export const DOWN_VERBS =
  "fell|fallen|fall|falls|falling|sunk|shrunk|declined|decline|declines|dropped|drop|drops|slipped|slip|slips|slid|slide|slides|plunged|plunge|plunges|plummeted|plummet|plummets|plummeting|tumbled|tumble|tumbles|sank|sink|sinks|slumped|slump|slumps|decreased|decrease|decreases|eased|ease|eases|contracted|shrank|shrink|shrinks|collapsed|edged down|dipped|dip|dips|retreated|ticked down|went down|lost|shed|cratered|sagged|slipping|dropping|declining|plunging|tumbling|sinking|sliding|decreasing|easing|shrinking|contracting|slumping|dipping|collapsing|retreating|sagging|cratering";

/** Verbs that take a fraction of their subject's own size: "lost a third of their volume". */
export const OWN_SIZE_VERBS = "lost|shed|gained|added";
/** What a subject's own size is called: "of their volume", "of its value". */
export const OWN_SIZE = "volume|value|level|tonnage|size|weight";

/** Verbs that move their object up or down ("lifted exports to India by 143%", "cut shipments by 81%"). */
export const CAUSE_UP =
  "lift|lifts|lifted|lifting|raise|raises|raised|raising|boost|boosts|boosted|boosting|increased|increasing|expanded|expanding";
export const CAUSE_DOWN =
  "cut|cuts|cutting|lower|lowers|lowered|lowering|reduce|reduces|reduced|reducing|trim|trims|trimmed|trimming|shaved|shaving|slash|slashed|slashing|squeezed|squeezing";

const CAUSES_UP = new RegExp(`^(?:${CAUSE_UP})$`, "i");
const CAUSES_DOWN = new RegExp(`^(?:${CAUSE_DOWN})$`, "i");

/** The way a verb moves its object: "lifted" up, "cut" down; null for any other word. */
export function causeDirection(verb: string): "up" | "down" | null {
  return CAUSES_UP.test(verb) ? "up" : CAUSES_DOWN.test(verb) ? "down" : null;
}

/** Rise and fall verbs in the past tense ("rose", "slumped", "picked up"), as used of a flow. */
export const PAST_MOVES =
  "rose|increased|grew|climbed|jumped|surged|soared|gained|advanced|rebounded|recovered|picked up|edged up|spiked|swelled|expanded|leapt|leaped|ticked up|went up|fell|declined|dropped|slipped|slid|plunged|plummeted|tumbled|sank|slumped|decreased|eased|contracted|shrank|collapsed|edged down|dipped|retreated|ticked down|went down|cratered|sagged";

/** Nouns of rising and falling ("a 12% rise", "a fifth straight monthly fall"). */
export const UP_NOUNS =
  "rise|increase|jump|gain|surge|rebound|climb|advance|spike|uptick|growth|leap|rally|lift";
export const DOWN_NOUNS =
  "fall|decline|drop|decrease|slump|plunge|slide|dip|contraction|retreat|downturn|collapse|crash|tumble";
/** Nouns of a move either way, or of the change itself: "the increase", "October's decline", "a swing". */
export const MOVE_NOUNS = `${UP_NOUNS}|${DOWN_NOUNS}|change|swing|recovery|reduction`;

/** Returns the direction a verb or noun names, or null. */
export function directionOf(word: string): "up" | "down" | null {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (UP_SET.has(w)) return "up";
  if (DOWN_SET.has(w)) return "down";
  return null;
}

const UP_SET = new Set([
  ...UP_VERBS.split("|"),
  ...UP_NOUNS.split("|"),
  "up",
  "higher",
  "above",
  "more",
  "greater",
  "larger",
  "bigger",
]);
const DOWN_SET = new Set([
  ...DOWN_VERBS.split("|"),
  ...DOWN_NOUNS.split("|"),
  "down",
  "lower",
  "below",
  "less",
  "fewer",
  "smaller",
]);

/**
 * A tonnage's share set in commas before the whole it is of, in a regular expression's source:
 * ", or 9.5%, of" in "The US took 582 t, or 9.5%, of November's 6,150 t".
 */
export const SHARE_IN_COMMAS = String.raw`,\sor\s(?:(?:about|around|roughly|some|nearly|almost|just)\s)?\d[\d.,]*\s?(?:%|per\s?cent|percent),\sof\s`;
