// Who and what a clause is about: the series (magnets vs rare earths vs rare-earth products), the
// destination ("to the US", "US-bound", "Japan's", "Germany, the largest buyer"), whose statistics
// (China's customs unless the text cites another country's own data), and whether a number's
// nearest subject is a trade figure at all or a tariff, a price, revenue.

import {
  MONTH_NAME,
  COUNT_NOUNS,
  NON_TRADE_NOUN,
  DEALING_NOUN,
  PARTNERS,
  TAKEN_AFTER_CAPITAL,
  PROPER_POSSESSIVE,
  SERIES_PATTERNS,
  TRADE_NOUN,
} from "./lexicon.js";
import { allMatches, eachMatch, latin1Stub } from "./all-matches.js";
import { hinted, testHinted } from "./hints.js";

export interface Mention<T> {
  value: T;
  start: number;
  end: number;
}

/**
 * Every name in one alternation, a group per entry, tried in the lexicon's order at each position;
 * `start` (a look ahead, capturing nothing) says where a name can begin, so that the engine tries the
 * names only there. A name that needs the "u" flag (a property escape such as \p{L}) may only join a
 * "u" alternation: without the flag the escape would be read as its letters.
 */
function combine(res: RegExp[], flags: string, start = ""): RegExp {
  const needsU = res.find((r) => !flags.includes("u") && /\\[pP]\{/.test(r.source));
  if (needsU) throw new Error(`a name needs the "u" flag: /${needsU.source}/`);
  return new RegExp(`${start}(?:${res.map((r) => `(${r.source})`).join("|")})`, flags);
}

/** The index of the entry whose group matched. */
function entryOf(m: RegExpMatchArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}

/**
 * Where a series name can begin: a word's first letter or digit, where the letter begins a name in the
 * lexicon (no name begins with j, l, q, u or x), a hyphen or a character past ASCII (German
 * "-Magnete", the Chinese, Japanese and Korean names, "ímanes"), or a space or bracket before one
 * (" （含磁粉及合金）", "(含磁粉"): only the Chinese name of magnets with their powder and alloy begins
 * at a space or a bracket, and its next character is past ASCII or a bracket before one. Without it
 * the engine tries all seventy names at every character; tried at every space, they cost more than
 * at all the words' starts. Every name in the lexicon begins so (its test checks).
 */
export const SERIES_START = String.raw`(?:(?<![A-Za-z])(?=[abcdefghikmnoprstvwyz\d])|(?=[-\u0080-\uffff]|\s\(?[\u0080-\uffff]|\([\u0080-\uffff]))`;
const SERIES_ANY = combine(
  SERIES_PATTERNS.map(([re]) => re),
  "gi",
  SERIES_START,
);
const PARTNER_ANY = combine(
  PARTNERS.map((p) => p.names),
  "gu",
);

/**
 * Series named in a clause, in order. At each position the most specific name is tried first, so a
 * noun phrase is read by its most specific series ("rare-earth permanent magnet exports" are magnets).
 */
export function findSeries(clause: string): Mention<string>[] {
  return [...seriesMentions(clause)];
}

/** The matches of the series alternation in a text, one at a time (see `findSeries`). */
export function seriesMatches(text: string): Generator<RegExpExecArray> {
  return eachMatch(SERIES_ANY, text);
}

/** The series named in a text, one at a time, so that a reader may stop early (see `findSeries`). */
export function* seriesMentions(clause: string): Generator<Mention<string>> {
  // every name takes two characters, or one past Latin-1 ("镓")
  if (latin1Stub(clause)) return;
  for (const m of seriesMatches(clause)) {
    const entry = entryOf(m);
    const id = SERIES_PATTERNS[entry]?.[1];
    const exact = CASE_SENSITIVE.get(entry);
    if (exact !== undefined) {
      exact.lastIndex = m.index;
      if (!exact.test(clause)) continue;
    }
    if (id === undefined || NEGATED.test(clause.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (DESCRIBED_BY_USE.test(clause.slice(Math.max(0, m.index - 40), m.index))) continue;
    yield { value: id, start: m.index, end: m.index + m[0].length };
  }
}

/**
 * Words that deny a product is the subject ("Not magnets, the upstream stuff", "rare earths rather
 * than magnets", "excluding magnets"): a name right after them names what the clause is not about.
 * "not only magnets" still names them.
 */
const NEGATED =
  /(?:^|[^\p{L}])(?:not|excluding|rather than|as opposed to|other than|apart from|instead of|unlike)\s+(?:(?:the|for|in|of)\s+)?$/iu;

/**
 * Words that tell what a product is for ("terbium, used to make magnets heat-resistant", "gallium, a
 * key input for chips and magnets"): a name right after them describes the use, not the figure's
 * product.
 */
const DESCRIBED_BY_USE =
  /\b(?:used|needed|essential|critical|vital|key|crucial|an?\s(?:key\s)?(?:input|ingredient|component))\s(?:(?:to\s(?:make|produce|build|manufacture))|in|for|of)\s(?:(?:the|making|producing|high-performance|permanent|powerful)\s){0,2}(?:[\w-]+,?\s(?:and|or)\s)?$/i;

/** Patterns written without the `i` flag ("RE exports"): the combined pattern ignores case, so they are checked again as written. */
const CASE_SENSITIVE = new Map(
  SERIES_PATTERNS.flatMap(([re], i) => (re.ignoreCase ? [] : [[i, new RegExp(re.source, "y")] as const])),
);

/** Words after a country name that make it an actor, not a destination ("US tariffs", "미국 관세", "米国の関税", "美国关税"). */
const ACTOR_AFTER =
  /^(?:[- ](?:China|Chinese)\b|\s(?:tariffs?|government|officials?|president|administration|Commerce|sanctions|talks|deal|summit|trade truce|truce|negotiators|companies|firms|industry|industries|automakers|carmakers|makers|manufacturers|producers|customs|finance ministry|Ministry|census|Census|statistics|data|stocks?|shares|markets?|economy|dollars?|Treasury|Congress|lawmakers|military|defen[cs]e|yen|won|rupees?|euros?)\b|\s?(?:의\s?|の|的)?(?:관세|정부|대통령|제재|関税|政府|大統領|制裁|关税|關稅|总统|總統))/;
/**
 * Words after a place that make it the seat of who speaks, trades or advises, not a destination ("a
 * Hong Kong brokerage said", "a Singapore-based trader", "Tokyo analysts", "a London consultancy").
 */
const SEAT_AFTER =
  /^(?:-based\b|\s(?:(?:investment|research|consulting|consultancy|trading|hedge|private|state|commodities|metals)\s)?(?:brokerages?|brokers?|banks?|lenders?|consultanc(?:y|ies)|consultants?|analysts?|economists?|strategists?|researchers?|think[- ]tanks?|funds?|investors?|traders?|trading\shouses?|journalists?|reporters?|correspondents?|diplomats?|embassy|envoys?|delegations?|ambassadors?)\b(?!\s(?:received|took|bought|purchased|imported|obtained|got)\b))/;
/**
 * A place as the nationality of one company, after "a", "an" or "the": "MagnaCo, a European magnet
 * distributor, notes that ...", "the German carmaker said": a firm, not a destination.
 */
const ONE_COMPANY_BEFORE = /\b(?:[Aa]n?|[Tt]he)\s$/;
const ONE_COMPANY_AFTER =
  /^\s(?:[\w-]+\s){0,2}?(?:distributor|wholesaler|retailer|vendor|supplier|maker|manufacturer|producer|firm|company|conglomerate|processor|refiner|miner|exporter|carmaker|automaker|start-?up)\b(?!\s(?:received|took|bought|purchased|imported|obtained|got)\b)/i;
/** The same told before the place: "one desk in Singapore told clients", "an analyst at a Tokyo bank", "traders in Seoul". */
const SEAT_BEFORE =
  /\b(?:desks?|traders?|brokers?|analysts?|economists?|strategists?|dealers?|sources?|bankers?|consultants?|researchers?|correspondents?|reporters?|offices?|teams?)\s(?:(?:based|sitting|working)\s)?(?:in|at)\s(?:an?\s|the\s)?$/i;
/**
 * A country's buyers as the subject of a verb of receiving ("German manufacturers received 1,288 t",
 * "Korean companies took 815 t"): the country is where the figure went, not an actor beside it.
 */
const BUYERS_RECEIVED_AFTER =
  /^\s(?:[a-z][\w-]*\s)?(?:companies|firms|industry|industries|automakers|carmakers|makers|manufacturers|producers)\s(?:(?:[a-z][\w-]*|\d[\d,.]*)\s){0,2}?(?:received|took|bought|purchased|imported|obtained|got|(?:were|was)\s(?:sent|shipped)|ha(?:ve|d)\sreceived)\b/;
/**
 * Capitalised words after a place that make it the name of a body ("the European Magnet Users
 * Association", "the Korea Institute for Industrial Economics and Trade"): not a destination.
 */
const ORGANISATION_AFTER =
  /^(?:\s(?:[A-Z][\w&'’-]*|for|of|and|on))*?\s(?:Association|Institute|Chamber|Council|Federation|Society|Agency|Commission|Bureau|Authority|Academy|Forum|Alliance|Consortium|Foundation|University|Centre|Center)\b/;
/**
 * A news outlet after a country's possessive ("Japan's Nikkei reported", "according to South Korea's
 * Yonhap news agency,", "Taiwan's Central News Agency"): who reported the figure, not where it went.
 * A ministry, customs or a statistics office stays the country's own (its statistics).
 */
const OUTLET_AFTER =
  /^['’]s\s(?:(?:state(?:-run|-owned)?|public|leading|largest|biggest|main|official|business|financial|economic|national)\s){0,2}(?:(?:[A-Z][\w.&'’-]*\s){0,3}(?:[Nn]ews\s[Aa]gency|newswire|wire\sservice|newspaper|daily|broadcaster|(?:news\s)?outlet|news\ssite)\b|(?!(?:[A-Z][\w.&'’-]*\s)*?(?:Ministry|Customs|Finance|Government|Cabinet|Statistics|Trade|Bureau|Office|Agency|METI|MOF)\b)[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}(?=,|\s(?:reported|said|says|reports|wrote|writes|cited|calculated|quoted|noted)\b))/;
const ACTOR_BEFORE = /(?:\b(?:by|from|against|with|between|and)\s(?:the\s)?)$/;
/**
 * "bought by Japan", "taken up by Germany": the agent of a verb of buying is the buyer, the
 * destination the figure went to, not an actor beside it.
 */
const BUYER_BEFORE =
  /\b(?:bought|purchased|imported|received|taken(?:\sup)?|absorbed|snapped\sup|sourced|ordered)\sby\s(?:the\s)?$/i;
/**
 * A counterpart, not a destination: "relations with the United States", "tensions with Japan", "a
 * trade deal with the EU". Nothing is shipped to a country so named.
 */
const COUNTERPART_BEFORE =
  /\b(?:relations?|ties|tensions?|spat|dispute|row|feud|standoff|stand-off|war|fight|talks|negotiations|deal|truce|agreement|summit|friction|contention|rivalry|confrontation|clash|détente|detente)\s(?:with)\s(?:the\s)?$/i;

/**
 * A place between a superlative and a buyer ("the top EU importer", "the biggest European buyer"):
 * the field a country is ranked in, not where the figure went.
 */
const RANK_FIELD_BEFORE =
  /\b(?:top|biggest|largest|leading|main|chief|(?:second|third)[- ](?:biggest|largest))\s$/i;
const RANK_FIELD_AFTER = /^\s(?:buyer|importer|purchaser|customer|client|recipient|destination|market)s?\b/i;

/**
 * A place a rise is credited to ("most of the growth came from Europe", "the gain stemmed from
 * India"): the destination whose purchases grew, not an actor beside the figure.
 */
const SOURCE_OF_RISE_BEFORE =
  /\b(?:growth|increase|rise|gains?|jump|rebound|recovery|boost|momentum|driver|uplift|improvement|upturn)\s(?:[\w'’-]+\s){0,3}?(?:came|comes|come|coming|stemmed|stems|derived)\sfrom\s(?:the\s)?$/i;

/** Words that set a destination aside: "rather than Japan", "instead of to the US". */
const SET_ASIDE_BEFORE = /\b(?:rather\sthan|instead\sof)\s(?:(?:to|for|from)\s)?(?:the\s)?$/i;
/** An aside that denies a destination, before its name: "Japan, not South Korea,", "the US, and not Japan,". */
const NOT_ASIDE_BEFORE = /,\s(?:and\s|but\s)?not\s(?:(?:to|for|from)\s)?(?:the\s)?$/i;

/** A destination named in a clause; `weak` when the words around it may make it an actor ("talks with Japan"). */
export interface PartnerMention extends Mention<string> {
  weak: boolean;
}

/**
 * Where a destination's name can begin: a capital, a character past ASCII (a flag, a Chinese or
 * Korean name), or the first letter of a name written in lower case: "the" and a space ("the US",
 * "the Netherlands"), "japan", "germany", "korea", "india", "viet nam". A lower-case letter inside a
 * word begins no name (every lower-case name opens on a word boundary): the "t" of "exports" or
 * "tonnes" was tried as a start, a third of all starts in press text; nor does the first letter of
 * another word ("to", "that", "in", "imports"), a sixth of those left. Every name in the lexicon
 * begins so (its tests check).
 */
export const NAME_START =
  /(?:[A-Z\u{80}-\u{10FFFF}]|(?<![A-Za-z])(?:t(?=he\s)|j(?=apan)|g(?=ermany)|k(?=orea)|i(?=ndia)|v(?=iet)))/gu;
const PARTNER_AT = new RegExp(PARTNER_ANY.source, "uy");

/**
 * The matches of every destination name, as `matchAll` gives them, but tried only where a name can
 * begin: left to itself the engine tries the whole alternation at every character of the clause.
 */
export function* partnerMatches(clause: string): Generator<RegExpExecArray> {
  NAME_START.lastIndex = 0;
  for (let c = NAME_START.exec(clause); c !== null; c = NAME_START.exec(clause)) {
    PARTNER_AT.lastIndex = c.index;
    const m = PARTNER_AT.exec(clause);
    if (m === null) continue;
    NAME_START.lastIndex = m.index + m[0].length;
    yield m;
  }
}

/**
 * A chat turn that is only a destination's two-letter code and a question mark ("[09:04] priya:
 * jp?", "de?"): the shorthand asks about that destination, as "Japan?" does. Elsewhere a two-letter
 * code is a destination only before its figure (see `PARTNERS`).
 */
const CODE_QUESTION = /^\W*(?:\[[^\]]{1,12}\]\s*)?(?:[\w.'’ -]{1,24}:\s*)?([A-Za-z]{2})\s?\?\s*$/;
const ASKED_CODES: Record<string, string> = {
  us: "USA",
  jp: "JPN",
  de: "DEU",
  kr: "KOR",
  vn: "VNM",
  nl: "NLD",
  mx: "MEX",
  th: "THA",
  pl: "POL",
  fr: "FRA",
  tw: "TWN",
};

/**
 * Two or more destinations' two-letter codes in capitals after a word that ranks against them ("4th
 * behind DE KR VN", "ahead of JP, KR and TW"): a run of codes is a list of destinations, as a lone
 * code before its figure is ("KR 854t").
 */
const CODES = Object.keys(ASKED_CODES).join("|").toUpperCase();
const CODE_RUN = new RegExp(
  `\\b(?:behind|after|ahead\\sof|trail(?:s|ed|ing)?|above|below)\\s((?:${CODES})(?:(?:,\\s?|\\s|,?\\s(?:and|&)\\s|\\/)(?:${CODES}))+)\\b`,
  "g",
);
const CODE = /[A-Z]{2}/g;

/** The destinations of every run of codes in a clause (see `CODE_RUN`). */
function codeRuns(clause: string): PartnerMention[] {
  if (!/\b[A-Z]{2}[\s,/]+[A-Z]{2}\b/.test(clause)) return [];
  return allMatches(CODE_RUN, clause).flatMap((m) => {
    const at = m.index + m[0].length - (m[1] as string).length;
    return allMatches(CODE, m[1] as string).map((c) => ({
      value: ASKED_CODES[c[0].toLowerCase()] as string,
      start: at + c.index,
      end: at + c.index + 2,
      weak: false,
    }));
  });
}

/**
 * The destinations of the last texts read: a clause's are asked for again by the readers of its
 * differences, ranks and modes, and a sentence's by each of its figures' readings. Each asker gets
 * its own list of the same mentions, which no reader changes.
 */
const partnersRead = new Map<string, readonly PartnerMention[]>();
const PARTNERS_KEPT = 8;

/** Every destination named in a clause, in order. */
export function findPartners(clause: string): PartnerMention[] {
  let found = partnersRead.get(clause);
  if (found === undefined) {
    found = readPartners(clause);
    if (partnersRead.size >= PARTNERS_KEPT) partnersRead.delete(partnersRead.keys().next().value as string);
    partnersRead.set(clause, found);
  }
  return [...found];
}

function readPartners(clause: string): PartnerMention[] {
  const asked = clause.length <= 60 ? CODE_QUESTION.exec(clause) : null;
  const code = asked ? ASKED_CODES[(asked[1] as string).toLowerCase()] : undefined;
  if (asked && code !== undefined) {
    const start = asked.index + asked[0].lastIndexOf(asked[1] as string);
    return [{ value: code, start, end: start + 2, weak: false }];
  }
  const out: PartnerMention[] = [];
  for (const m of partnerMatches(clause)) {
    const entry = PARTNERS[entryOf(m)];
    const iso = entry?.iso;
    const s = m.index;
    const e = s + m[0].length;
    const after = clause.slice(e, e + 24);
    // a capital stands for its country only before what the country takes ("Washington's take")
    if (entry?.capital === true && !TAKEN_AFTER_CAPITAL.test(clause.slice(e, e + 40))) continue;
    if (
      iso === undefined ||
      (ACTOR_AFTER.test(after) &&
        !/^-bound/.test(after) &&
        !BUYERS_RECEIVED_AFTER.test(clause.slice(e, e + 80)))
    )
      continue;
    if (COUNTERPART_BEFORE.test(clause.slice(Math.max(0, s - 30), s)) && !/^(?:'s|-bound)/.test(after))
      continue;
    // "exports to the US, rather than Japan, jumped": the destination set aside is not the figure's
    if (SET_ASIDE_BEFORE.test(clause.slice(Math.max(0, s - 24), s))) continue;
    // "Japan, not South Korea, took 228 t": so is one denied in an aside set off by commas
    if (/^,/.test(after) && NOT_ASIDE_BEFORE.test(clause.slice(Math.max(0, s - 24), s))) continue;
    if (RANK_FIELD_BEFORE.test(clause.slice(Math.max(0, s - 24), s)) && RANK_FIELD_AFTER.test(after))
      continue;
    if (
      ORGANISATION_AFTER.test(clause.slice(e, e + 64)) ||
      SEAT_AFTER.test(clause.slice(e, e + 48)) ||
      SEAT_BEFORE.test(clause.slice(Math.max(0, s - 40), s)) ||
      (ONE_COMPANY_BEFORE.test(clause.slice(Math.max(0, s - 4), s)) &&
        ONE_COMPANY_AFTER.test(clause.slice(e, e + 48)))
    )
      continue;
    if (OUTLET_AFTER.test(clause.slice(e, e + 80))) continue;
    // "And Germany, Europe's biggest buyer, took ...": an "and" that opens the clause joins no actors
    const weak =
      ACTOR_BEFORE.test(clause.slice(Math.max(0, s - 14), s)) &&
      !BUYER_BEFORE.test(clause.slice(Math.max(0, s - 30), s)) &&
      !SOURCE_OF_RISE_BEFORE.test(clause.slice(Math.max(0, s - 60), s)) &&
      !/^(?:'s|-bound)/.test(after) &&
      !/^[\W]*And\s(?:the\s)?$/.test(clause.slice(0, s));
    out.push({ value: iso, start: s, end: e, weak });
  }
  const coded = codeRuns(clause).filter((c) => !out.some((p) => c.start < p.end && c.end > p.start));
  return coded.length === 0 ? out : [...out, ...coded].sort((a, b) => a.start - b.start);
}

/** The destination a clause speaks of, or null when it names none. */
export function findPartner(clause: string): Mention<string> | null {
  return findPartners(clause).find((p) => !p.weak) ?? null;
}

/**
 * Words by which a sentence points back to a destination or figure named before it ("the region",
 * "the continent": a place such as Europe or Asia spoken of before).
 */
export const BACK_REFERENCE =
  /\b(?:they|them|their|it|its|those|these|there|such (?:shipments|exports|sales)|the (?:country|nation|destination|market|region|continent)|(?:that|this) (?:country|market|destination|region|continent|figure|level|volume|amount)|the (?:(?:correct|right|actual|revised|corrected|true) )?(?:figure|volume|level|amount|number))\b|^\W*(?:[A-Z][\w.'-]{0,20}(?: [A-Z][\w.'-]{0,20}){0,2}:\s)?(?:That|This)(?:'s|\s(?:was|is|marked|made|put|left|compares|compared|corresponds|represents|equals|means|amounts|amounted|accounts|accounted))\b/i;

/**
 * A sentence whose subject is a month's figure of what was just spoken of ("The November tally had
 * been 60 t lower", "December's volume was above October's"), or what a buyer received ("Arrivals
 * dropped by 12 t"), or the move just told ("The decline was 12 t"), after a numbered paragraph's
 * number too ("1.3 December's volume was ..."): such a subject names no
 * destination of its own, so it is the one spoken of.
 * A month's total ("The month's total was 5,952 t") is the world's.
 */
export const FIGURE_SUBJECT = new RegExp(
  // a numbered paragraph's number ("1.3 ", "14. ") goes before the subject
  `^\\W*(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}\\.?\\s)?(?:(?:But|And|Yet|Still|However|Meanwhile|By contrast),?\\s)?(?:In\\s(?:${MONTH_NAME})(?:\\s\\d{4})?,?\\s)?` +
    `(?:(?:the\\s(?:(?:${MONTH_NAME})(?:\\s\\d{4})?|month['’]s)|(?:${MONTH_NAME})['’]s)\\s(?:figure|volume|level|amount|number|tally|tonnage|intake)` +
    `|(?:the\\s)?(?:deliveries|arrivals|intake|purchases|receipts)` +
    `|the\\s(?:decline|drop|fall|rise|increase|gain|jump|dip|slide))\\b`,
  "i",
);

// a country, its capital or its people, then its own statistics' keeper: "Tokyo's trade statistics",
// "India's commerce ministry", "the U.S. Commerce Department's figures", "Vietnam's customs office",
// or the keeper's full name: "Vietnam's own General Department of Customs", "Germany's Federal Statistical Office",
// and a ministry named with capitals: "Japan's Finance Ministry", "Korea's Trade Ministry"
const REPORTER_STATS = new RegExp(
  "\\b(Japan(?:ese|'s)?|Tokyo's|U\\.S\\.(?:['’]s)?|US(?:['’]s)?|(?:the )?United States(?:['’])?|America(?:n|['’]s)|Washington's|(?:South )?Korea(?:n|'s)?|Seoul's|German(?:y|y's)?|Berlin's|India(?:n|'s)?|New Delhi's|Vietnam(?:ese|'s)?|Hanoi's|EU|European Union|Brussels'|Eurostat|Census Bureau)" +
    "\\s(?:own\\s)?(?:(?:[A-Z][\\w-]+\\s(?:(?:of|and|for)\\s)?){1,4}(?:Customs|Statistics|Association|Organi[sz]ation)\\b|(?:[A-Z][\\w-]+\\s){0,3}Statistical\\s(?:Office|Bureau|Agency|Service)|customs|finance ministry|Ministry of Finance|(?:Finance|Commerce|Trade|Industry|Economy)\\s(?:Ministry|Department)|Customs Service|customs (?:office|service|agency|department)|census|trade (?:data|statistics|figures)|import (?:data|statistics|figures)|official (?:data|statistics)|government data|statistics|(?:commerce|trade|industry) ministry|Ministry of (?:Commerce|Trade|Industry)|Commerce Department|Department of Commerce|statistics (?:office|bureau|agency)|own (?:data|figures|numbers|count|tally))",
  "g",
);

const REPORTER_ISO: Array<[RegExp, string]> = [
  [/^(?:Japan|Tokyo)/, "JPN"],
  [/^(?:U\.S\.|US|(?:the )?United States|America|Census|Washington)/, "USA"],
  [/Korea|^Seoul/, "KOR"],
  [/^(?:German|Berlin)/, "DEU"],
  [/^(?:India|New Delhi)/, "IND"],
  [/^(?:Vietnam|Hanoi)/, "VNM"],
  [/^(?:EU|European|Eurostat|Brussels)/, "EU27"],
];

/** Bodies that publish another country's own trade figures, named without the country. */
const REPORTER_BODIES: Array<[RegExp, string]> = [
  [/\bEurostat\b/, "EU27"],
  [/\bDestatis\b/, "DEU"],
  [/\bCensus (?:Bureau|data|figures|statistics)\b/, "USA"],
  [/\bKITA\b/, "KOR"],
  [/\bJETRO\b/, "JPN"],
  [/\bDGCI&?S\b/, "IND"],
];

/**
 * Someone's own import records, named without the country: "our own import statistics show the Union
 * received ...". Imports are counted by the country that takes them in, so they are that destination's
 * statistics, never China's export figures.
 */
const OWN_IMPORT_STATS =
  /\b(?:our|their|its)\s(?:own\s)?import\s(?:statistics|data|figures|numbers|records)\b/i;

/**
 * China's customs figures that a body of another country only compiled: "Chinese customs data compiled
 * by the Korea International Trade Association". The body passes China's figures on; it keeps none of
 * its own here.
 */
const CHINA_DATA_COMPILED =
  /\b(?:Chinese|China['’]s)\s(?:official\s)?customs\s(?:data|figures|statistics|numbers)\s(?:(?:as\s)?(?:compiled|collated|analy[sz]ed|processed|tallied|gathered)\sby)\s/i;

/**
 * The other side of the trade named as a source: "Japan-side data:", "on the Indian side, ministry
 * data show ...". What that side records is its own count of the goods, never China's export figure.
 */
const SIDE_STATS =
  /\b(Japan|Korea|South Korea|US|U\.S\.|America|Germany|India|Vietnam|EU)[- ]side\s(?:data|figures|statistics|numbers|records)\b|\b[Oo]n\sthe\s(Japanese|Korean|American|US|U\.S\.|German|Indian|Vietnamese|EU|European)\sside\b/;

/** The reporter when the clause cites another country's own statistics, else null (China's). */
export function findReporter(clause: string): string | null {
  const side = SIDE_STATS.exec(clause);
  if (side) {
    const who = side[1] ?? side[2] ?? "";
    for (const [re, iso] of REPORTER_ISO) if (re.test(who)) return iso;
  }
  const compiled = CHINA_DATA_COMPILED.exec(clause);
  // the compiler's name starts right after "compiled by": it reports nothing of its own
  const compiler = compiled ? compiled.index + compiled[0].length : -1;
  const skip = (at: number) => compiler >= 0 && at >= compiler && at <= compiler + 4;
  for (const m of allMatches(REPORTER_STATS, clause)) {
    if (skip(m.index)) continue;
    const who = m[1] ?? "";
    for (const [re, iso] of REPORTER_ISO) if (re.test(who)) return iso;
  }
  for (const [re, iso] of REPORTER_BODIES) {
    const b = re.exec(clause);
    if (b && !skip(b.index)) return iso;
  }
  if (OWN_IMPORT_STATS.test(clause)) return findPartner(clause)?.value ?? null;
  return null;
}

/** True when the clause speaks of China's own statistics or China as the exporter. */
export function mentionsChina(clause: string): boolean {
  return /\b(?:China|Chinese|Beijing)\b/.test(clause);
}

/**
 * True when the clause marks the world total ("overall", "in total", "China's exports"; German
 * "Chinas Ausfuhren", "Chinas Magnetexporte").
 */
export function mentionsTotal(clause: string): boolean {
  return /\b(?:overall|in total|total (?:exports|shipments)|all destinations|worldwide|globally|(?:China|Chinese)(?:'s)? (?:total |overall |outbound )?(?:[\w-]{1,20}\s){0,3}(?:exports|shipments)|Chinas\s(?:(?:gesamten|gesamte|[\wäöüß-]{1,20})\s){0,3}?[\wäöüß-]*(?:[Ee]xporte|[Aa]usfuhren))\b/i.test(
    clause,
  );
}

/**
 * Words that say "imports" of China itself ("China's imports of rare earths", "imports into China",
 * "China also imported", "Chinese purchases", another country's "shipments of ore to China", "inbound cargoes"),
 * also in German ("Chinas Einfuhren", "Importe nach China"), Chinese ("中国11月稀土进口", 中國 ... 進口 in
 * traditional characters, not "从中国进口", another country's), Korean ("중국의 희토류 수입량") and Japanese
 * ("中国の希土類輸入", and a bare "輸入量" in a story of China's customs; not in a sentence that names
 * Japan or where the goods come "from" somewhere: "日本の輸入量", "中国からの永久磁石の輸入量", Japan's purchases).
 */
export const CHINA_IMPORTS =
  /\bChina(?:['’]s)?\s(?:[\w-]{1,20}\s){0,4}imports\b|\bimports\s(?:of\s[\w -]{1,30}\s)?(?:into|by)\sChina\b|\bChina\s(?:(?:also|has|had|then|still|only|just|again|reportedly|itself)\s){0,2}(?:imported|bought|purchased|took\sin|brought\sin|sourced)\b|\bChin(?:a['’]s|ese)\s(?:[\w-]{1,20}\s){0,3}(?:purchases|intake)\b|\b(?:shipments|cargoes|deliveries|exports|sales|flows?)\s(?:of\s[\w -]{1,30}\s)?(?:in)?to\sChina\b(?!['’])|\binbound\s(?:shipments|cargoes|deliveries)\b|\bChinas\s(?:[\wäöüß-]+\s){0,3}(?:Einfuhren|Importe)\b|\b(?:Einfuhren|Importe)\s(?:[\wäöüß-]+\s){0,4}nach\sChina\b|\bChina\s(?:führte|importierte)\b|(?<![从自從])中[国國][^，。,；;出]{0,12}[进進]口|중국(?:의|은|이)\s?[^.。]{0,20}수입|中[国國](?!から)[^、。，,出]{0,12}輸入|輸入量(?<![^。]*(?:日本|から)[^。]*輸入量)/i;

/**
 * China's own imports in Italian, Spanish, Portuguese and French by the adjective ("le importazioni
 * cinesi", "las importaciones chinas", "as importações chinesas", "les importations chinoises") or
 * China as the subject of the verb ("la Cina ha importato", "China importó", "a China importou"), and
 * in Indonesian ("impor tanah jarang China", "China mengimpor"; not "impor dari China", from China).
 * "Importazioni dalla Cina" and "importaciones de China" are left out: they are as often another
 * country's purchases from China.
 */
const CHINA_IMPORTS_INTL = hinted(
  /\bimport(?:azioni|aciones|ações|acoes|ations)\s(?:[\p{L}-]+\s){0,3}?(?:cinesi|chinas|chinesas|chinoises)\b|\b(?:Cina\sha|China|Chine\sa)\s(?:import(?:ato|ó|ou|é))\b|\bimpor\s(?:(?!dari\b)[\p{L}-]+\s){0,3}China\b|\bChina\smengimpor\b/iu,
  /impor/i,
);

/** True when the clause says "imports" of China itself ("China's imports of rare earths"). */
export function mentionsChinaImports(clause: string): boolean {
  return !latin1Stub(clause) && (CHINA_IMPORTS.test(clause) || testHinted(CHINA_IMPORTS_INTL, clause));
}

/** A sum of money, then a trade balance it is the size of: " $100 billion trade deficit". */
const BALANCE_AFTER =
  /^\s?(?:[$€£¥]\s?[\d.,]+\s?(?:billion|million|bn|mn|mln|m|b)?\s|[\d.,]+\s?(?:billion|million|bn|mn)\s(?:dollars?\s|yuan\s)?)?(?:trade\s|current[- ]account\s|bilateral\s)?(?:deficits?|surplus(?:es)?|trade gap|trade balance)\b/i;

/** Nouns that head a subject the trade words after them only complete: "the price of exported magnets". */
const HEAD_NOUN =
  /^(?:prices?|priced|costs?|unit values?|demand|output|production|capacity|consumption|inventor(?:y|ies)|stocks?|stockpiles?|reserves|tariffs?|duty|duties|levy|levies|tax(?:es)?|valuation|premium|discount|quotas?)$/i;
/** Between a noun that is no trade figure and trade words that complete it: " of exported", " for Chinese". */
const HEADED_BY_OTHER =
  /^\s(?:of|for|on|paid\sfor)\s(?:the\s|China's\s|Chinese\s)?(?:[\w'’-]+\s){0,3}?[\w'’-]+$/i;

/**
 * An aside closed before the figure, set off by brackets, a pair of dashes or commas around a relative
 * clause: "China's exports of rare earths — which compete with Australian output — rose to ...", or
 * commas around a noun phrase that describes the name before it, the verb after it: "Germany, long
 * the anchor of European demand, received 1,346 t". The comma is looked for before the name behind
 * it: a look behind tried first is tried at every character, walking back over each word (thirty
 * times the cost of the whole pattern, the clause reader's costliest but two).
 */
const CLOSED_ASIDE =
  /\([^()]{1,120}\)|[—–][^—–]{1,160}?[—–]|\s-\s[^-]{1,160}?\s-\s|,\s(?:which|that|who)\s[^,;()]{1,120},|(?=,\s)(?<=\b\p{Lu}[\p{L}'’.-]*),\s(?:(?:long|once|now|still|traditionally)\s)?(?:the|a|an|its)\s[^,;()\d]{1,80}?,(?=\s\p{Ll})/gu;

/** `before` with its closed asides blanked (same length), so the words in them name no subject. */
function withoutAsides(before: string): string {
  if (!/[(—–,-]/.test(before)) return before;
  return before.replace(CLOSED_ASIDE, (m) => " ".repeat(m.length));
}

/**
 * Classifies what the number at `at` is about by the nearest subject noun before it in the clause
 * (and right after it: "a 25% tariff"): `trade`, `other`, or null when the clause does not say.
 */
export function subjectAt(clause: string, at: number, end: number): "trade" | "other" | null {
  const after = clause.slice(end, end + 30);
  // a number that ends its clause has no words after it
  const worded = !latin1Stub(after);
  if (
    worded &&
    /^\s?(?:of\s)?(?:\w+\s)?(?:tariffs?|duty|duties|levy|tax|stake|discount|premium|interest|margin|of (?:its|their|the company's) (?:revenue|sales|profit))\b/i.test(
      after,
    )
  ) {
    return "other";
  }
  // "a record $100 billion trade deficit": a rank or figure that qualifies a balance, not exports
  if (worded && BALANCE_AFTER.test(clause.slice(end, end + 50))) return "other";
  const before = withoutAsides(clause.slice(Math.max(0, at - 160), at));
  const trade = Math.max(lastMatch(TRADE_NOUN, before), lastMatch(PROPER_POSSESSIVE, before));
  const other = Math.max(lastMatch(NON_TRADE_NOUN, before), lastMatch(COUNTED, before));
  if (dealingHeads(before, trade)) return "other";
  if (trade < 0 && other < 0) return null;
  // "the average price of exported magnets rose 8%", "demand for Chinese magnets": the trade words
  // complete the noun before them, which heads the subject
  if (other >= 0 && trade > other && HEADED_BY_OTHER.test(before.slice(other, trade))) {
    const noun = allMatches(NON_TRADE_NOUN, before).pop();
    // not "the growth rate of magnet exports", "sales of magnets": a rate or the sales of the trade
    // are the trade's own figure
    if (noun !== undefined && noun.index + noun[0].length === other && HEAD_NOUN.test(noun[0]))
      return "other";
  }
  return other >= trade && other >= 0 && (other > trade || lastMatch(COUNTED, before) === other)
    ? "other"
    : "trade";
}

/** Between a dealing and the trade words that complete it, after its participle: " issued for rare earth exports". */
const DEALING_FOR =
  /^\s(?:(?:issued|granted|approved|placed|received|filed|sought|lodged)\s)?(?:of|for|on|from|by)\s(?:the\s|China's\s|Chinese\s)?(?:[\w'’-]+\s){0,3}?[\w'’-]+$/i;

/** A month's possessive ending the text: "February's". */
const MONTH_POSSESSIVE_END = new RegExp(`\\b(?:${MONTH_NAME})['’]s$`, "i");

/** Between a dealing and the figure it covers: " for about", " covering up to". */
const COVERS_FIGURE =
  /^\s(?:for|of|covering)\s(?:(?:about|around|some|nearly|roughly|up\sto|more\sthan|over|almost)\s)?$/i;

/**
 * Whether a dealing heads the subject ("orders for Chinese magnets", "licence approvals for magnet
 * exports", "magnet export permits", "Japan's new orders"), not an aside after the trade words
 * ("exports, boosted by orders from automakers, rose").
 */
function dealingHeads(before: string, trade: number): boolean {
  if (!/\b(?:orders|bookings|enquir|inquir|licen|permits|applications|approvals|freight)/i.test(before))
    return false;
  const noun = allMatches(DEALING_NOUN, before).pop();
  if (noun === undefined) return false;
  const end = noun.index + noun[0].length;
  // "licences for about 1,300 t of magnets": the figure is what the dealing covers, read for its mode;
  // "automakers trimmed their orders": a buyer's own dealings are read as the buyer's figure
  if (COVERS_FIGURE.test(before.slice(end)) || /\b(?:their|its|our)\s$/i.test(before.slice(0, noun.index)))
    return false;
  if (trade > end) return DEALING_FOR.test(before.slice(end, trade));
  // "orders for Chinese magnets rose": the dealing is the subject where the words after it say what of;
  // "once licences flowed" names no product and heads no figure
  if (trade < 0) return /^\s(?:[\w-]+\s)?(?:of|for|on|from)\s/i.test(before.slice(end, end + 30));
  // "export permits", "Japan's new orders": the trade word only qualifies the dealing; a month's
  // possessive ("booking February's orders") names no trade
  return (
    /^(?:[\s-]|\s[\w-]+\s)$/.test(before.slice(trade, noun.index)) &&
    !MONTH_POSSESSIVE_END.test(before.slice(0, trade))
  );
}

/**
 * True when the last subject a clause names is a count ("Half of the 20 largest buyers cut orders",
 * "312 licences were granted"): what it says of the count stays in its sentence, and a later sentence
 * that names no subject of its own is not about counts.
 */
export function countsLast(clause: string): boolean {
  const counted = lastMatch(COUNTED, clause);
  return (
    counted >= 0 && counted >= lastMatch(NON_TRADE_NOUN, clause) && counted >= lastMatch(TRADE_NOUN, clause)
  );
}

/** A text's own audience, among the other-subject nouns: "readers", "subscribers". */
const AUDIENCE = /^(?:readers|subscribers)$/i;

/**
 * True when a clause without a figure names the text's audience last among its subjects ("Readers
 * also asked about the United States"): they ask, they are no quantity the next sentence's figures
 * could be of, so the topic stays as it was. Not workers or visitors, whose plant or site a next
 * sentence's "its" may speak of.
 */
export function audienceLast(clause: string): boolean {
  if (/\d/.test(clause)) return false;
  const noun = allMatches(NON_TRADE_NOUN, clause).pop();
  return noun !== undefined && AUDIENCE.test(noun[0]) && noun.index >= lastMatch(TRADE_NOUN, clause);
}

/**
 * A number that counts things, written without a unit: "1,400 magnet shipments", "56 countries",
 * "312 licences". A change said after it ("..., up 30% from October") is the count's, not the tonnage's.
 * Not the destinations a trade names ("exports to 56 countries"), though "went to 56 countries"
 * counts; not a year ("2025 shipments"), nor a tonnage ("1,288 tonnes that month and shipments fell
 * to ..." weighs, it counts nothing). The words before the noun may name the product in its
 * capitals ("445 NdFeB magnet consignments").
 */
const COUNTED = new RegExp(
  `(?<!\\b(?:exports?|shipments?|sales|sent|shipped|exported)\\s(?:[\\w-]+\\s)?to\\s)\\b(?!(?:19|20)\\d{2}\\b)\\d(?:[\\d,]*\\d)?\\s(?:(?!(?:t|tonnes?|tons?|mt|kt|kg|kilo(?:gram)?s?|metric)\\s)(?:[a-z][\\w-]*|NdFeB|SmCo|REE?s?|EV)\\s){0,4}?(?:${COUNT_NOUNS})\\b(?:\\s(?:that\\s|which\\s)?(?:exported|shipped|sold|sent|imported)\\b)?`,
  "g",
);

/** Where the last match of `re` (a noun, which takes two characters) in `text` ends, or -1. */
function lastMatch(re: RegExp, text: string): number {
  if (latin1Stub(text)) return -1;
  let last = -1;
  for (const m of allMatches(re, text)) last = m.index + m[0].length;
  return last;
}
