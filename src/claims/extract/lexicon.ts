// Word lists of trade-news language: number words, months, series and partner names, and the
// nouns that mark a number as a trade figure or as something else (a tariff, a price, revenue).

/** Number words up to twenty, and the twenties/thirties used for month windows. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, "twenty-four": 24, "thirty-six": 36,
};

/** Ordinals as words and as digits with suffix. */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12,
};

/** Parses "five", "5", "fifth", "5th" into a number, or null. */
export function parseCount(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d{1,3}(?:st|nd|rd|th)?$/.test(w)) return Number.parseInt(w, 10);
  return ORDINALS[w] ?? NUMBER_WORDS[w] ?? null;
}

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Fractions of a whole, in percent. */
export const FRACTIONS: Record<string, number> = {
  half: 50, third: 100 / 3, quarter: 25, fifth: 20, sixth: 100 / 6, tenth: 10,
  "two-thirds": 200 / 3, "two thirds": 200 / 3, "three-quarters": 75, "three quarters": 75,
};

/** Multiplicative change words: the factor applied to the earlier value. */
export const FOLD: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** Series by the words the press uses for them. Order matters: narrower names first. */
export const SERIES_PATTERNS: Array<[RegExp, string]> = [
  [/\brare[- ]earth products\b/gi, "rare-earth-products"],
  [/\b(?:(?:rare[- ]earth|permanent|NdFeB|neodymium(?:[- ]iron[- ]boron)?|REPM)[- ]{1,2})?magnets?\b/gi, "rare-earth-magnets"],
  [/\brare[- ]earths?\b(?:\s(?:elements|metals|oxides|compounds))?/gi, "rare-earths"],
  [/\bgallium\b/gi, "gallium"],
  [/\bgermanium\b/gi, "germanium"],
  [/\bantimony\b/gi, "antimony"],
  [/\bgraphite\b/gi, "graphite"],
  [/\btungsten\b/gi, "tungsten"],
  [/\bdysprosium\b/gi, "dysprosium"],
  [/\bterbium\b/gi, "terbium"],
];

/** Destinations by name and demonym; `caseSensitive` names would collide with ordinary words. */
export const PARTNERS: Array<{ iso: string; names: RegExp }> = [
  { iso: "USA", names: /\b(?:the United States|United States|U\.S\.A?\.?|USA|US|America|American)(?![a-z])/g },
  { iso: "JPN", names: /\b(?:Japan|Japanese)\b/g },
  { iso: "DEU", names: /\b(?:Germany|German)\b/g },
  { iso: "KOR", names: /\b(?:South Korea|Korea|South Korean|Korean)\b/g },
  { iso: "IND", names: /\b(?:India|Indian)\b/g },
  { iso: "VNM", names: /\b(?:Vietnam|Viet Nam|Vietnamese)\b/g },
  { iso: "NLD", names: /\b(?:the Netherlands|Netherlands|Dutch)\b/g },
  { iso: "THA", names: /\b(?:Thailand|Thai)\b/g },
  { iso: "MYS", names: /\b(?:Malaysia|Malaysian)\b/g },
  { iso: "MEX", names: /\b(?:Mexico|Mexican)\b/g },
  { iso: "POL", names: /\b(?:Poland|Polish)\b/g },
  { iso: "ITA", names: /\b(?:Italy|Italian)\b/g },
  { iso: "FRA", names: /\b(?:France|French)\b/g },
  { iso: "GBR", names: /\b(?:Britain|British|the UK|UK)\b/g },
  { iso: "TWN", names: /\b(?:Taiwan|Taiwanese)\b/g },
  { iso: "PHL", names: /\b(?:the Philippines|Philippines|Philippine)\b/g },
  { iso: "EU27", names: /\b(?:the European Union|European Union|EU|Europe|European)\b/g },
];

/** Nouns that make the nearest number a trade figure. */
export const TRADE_NOUN =
  /\b(?:exports?|exported|shipments?|shipped|imports?|imported|deliveries|outbound|overseas sales|sales abroad|sales(?=\s(?:to|of)\s)|volumes?|purchases|buyers?|flows?|those|total)\b|-bound\b/gi;

/** A capitalised possessive ("Japan's", "China's"): in this domain, a country's trade. */
export const PROPER_POSSESSIVE = /\b[A-Z][a-z]{1,20}'s(?![a-z])/g;

/** Nouns that make the nearest number something other than a trade figure. */
export const NON_TRADE_NOUN =
  /\b(?:tariffs?|duty|duties|levy|levies|tax(?:es)?|rates?|prices?|priced|stocks?|shares(?! of)|share price|index|indices|revenue|profits?|earnings|income|sales(?! abroad)|circulation|readers|readership|subscribers|GDP|inflation|output|production|produced|capacity|quotas?|reserves|mined|mining|smelting|stockpiles?|consumption|demand|valuation|market value|market cap|employees|workers|salary|wages|budget|spending|investment|funding|stake|margin|yields?|bonds?|currency|yuan|dollar|euro|premium|discount|votes?|polls?|approval)\b/gi;

/** Verbs of rising and falling, with their direction. */
export const UP_VERBS =
  "rose|risen|rise|rises|rising|grown|increased|increase|increases|grew|grow|grows|climbed|climb|climbs|jumped|jump|jumps|surged|surge|surges|soared|soar|soars|gained|gain|gains|advanced|rebounded|rebound|recovered|recover|picked up|edged up|spiked|swelled|expanded|accelerated|leapt|leaped|ticked up|went up|climbing|jumping|surging|soaring|gaining|rebounding|growing|increasing";
export const DOWN_VERBS =
  "fell|fallen|fall|falls|falling|sunk|shrunk|declined|decline|declines|dropped|drop|drops|slipped|slip|slips|slid|slide|slides|plunged|plunge|plunges|plummeted|tumbled|tumble|sank|sink|slumped|slump|decreased|decrease|eased|ease|contracted|shrank|shrink|collapsed|edged down|dipped|dip|retreated|ticked down|went down|lost|cratered|sagged|slipping|dropping|declining|plunging|tumbling|sinking|sliding|decreasing|easing|shrinking|contracting";

/** Nouns of rising and falling ("a 12% rise", "a fifth straight monthly fall"). */
export const UP_NOUNS = "rise|increase|jump|gain|surge|rebound|climb|advance|spike|uptick|growth";
export const DOWN_NOUNS = "fall|decline|drop|decrease|slump|plunge|slide|dip|contraction|retreat|downturn";

/** Returns the direction a verb or noun names, or null. */
export function directionOf(word: string): "up" | "down" | null {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (UP_SET.has(w)) return "up";
  if (DOWN_SET.has(w)) return "down";
  return null;
}

const UP_SET = new Set([...UP_VERBS.split("|"), ...UP_NOUNS.split("|"), "up", "higher", "above", "more"]);
const DOWN_SET = new Set([...DOWN_VERBS.split("|"), ...DOWN_NOUNS.split("|"), "down", "lower", "below", "less", "fewer"]);
