// The destination a figure is of: the one its clause names, one named together with others, one a
// list item's words give, "the latter", an earlier clause's of the same sentence, or what the text
// carries from a heading, a lead line or an earlier sentence (a reading that can support, never
// contradict); the total when nothing names one. Every destination not chosen but plausible is offered
// as another reading.

import type { Grounding, Reading } from "../types.js";
import { attachPartner, outrankedBy } from "./attach.js";
import { carried, topicOf, type Discourse, type Named } from "./discourse.js";
import { excludedDestinations } from "./exclusion-partners.js";
import { firstPersonHolder } from "./first-person-holder.js";
import { levelOfRank } from "./figure-periods.js";
import { ENGLISH_MONTH_NAME, FRACTION_WORDS, SHARE_IN_COMMAS } from "./lexicon.js";
import type { ClauseRead, Figure } from "./read-clause.js";
import { ownMonthBase } from "./partner-gap.js";
import { unknownDestination } from "./unknown-places.js";
import { BACK_REFERENCE, FIGURE_SUBJECT, type PartnerMention } from "./subjects.js";

/**
 * "Despite curbs imposed in April, ...", "Although shipments to the US slumped, ...", "After falling in
 * October, ...": what a concessive or an earlier time's clause says happened at its own time and place; its month and destination are not the main
 * clause's, so they are only offered as readings.
 */
const CONCESSIVE =
  /^\W*(?:despite|in spite of|notwithstanding|although|though|even though|even as|even after|after|following|having)\b/i;
export const concessive = (x: ClauseRead) => CONCESSIVE.test(x.seg.text);

/**
 * Words for every destination but some: "the rest of the world", "markets other than Japan", "ex-US",
 * "outside the US" (not the US, which a name right after "outside" would otherwise be read as).
 */
const ALL_BUT =
  /\b(?:the rest of the world|(?:all\s)?other (?:destinations|countries|markets|buyers|trading partners)|everywhere else|(?:destinations|countries|markets|buyers|places)\s(?:other than|outside|beyond|apart from|excluding|except)|ex-(?:US|U\.S\.|China|Japan|Germany))\b/i;
/**
 * The same before a name, which must be capitalised: "outside the US", "excluding Japan", "not
 * counting the EU", "leaving aside Germany" (not "excluding powder", "every month except March").
 */
const ALL_BUT_NAME = new RegExp(
  `\\b(?:[Oo]utside|[Bb]eyond|[Ee]xcluding|[Ee]xcept(?:\\sfor)?|[Nn]ot\\scounting|[Ll]eaving\\s(?:out|aside)|[Ss]etting\\saside|[Dd]iscounting|[Oo]mitting)\\s(?:of\\s)?(?:the\\s)?(?=[A-Z])(?!NdFeB|REEs?\\b|RE\\b|(?:${ENGLISH_MONTH_NAME})\\b)`,
);
/**
 * A counted group of destinations as the subject: "three destinations took over 700 t each", "only
 * one buyer", "several markets": a figure said of some destinations the words do not name, never the
 * total's (not "45 countries", the count of every destination the total went to, nor "the two
 * markets", which points back at named ones).
 */
const UNNAMED_GROUP =
  /(?<!\b(?:the|these|those|its|their|China['’]s)\s)\b(?:(?:only|just)\s)?(?:one|two|three|four|five|six|seven|eight|nine|ten|several|a\sfew|a\shandful\sof)\s(?:(?:other|more|big|major|large|larger|leading)\s)?(?:destinations?|countries|country|markets?|buyers?|customers?|nations?|economies|importers?)\b/i;
/** "to other countries", "to other markets" with nothing after that narrows them ("in Asia", "such as"). */
const OTHER_COUNTRIES =
  /\bto\s(?:all\s)?other\s(?:countries|markets|nations)\b(?!\s(?:in|of|such|including|like|that|which|than|besides|except|outside|apart|beyond|across)\b)/i;

/**
 * "China increased its exports of rare earth metals to other countries by 23%": where nothing but
 * China has been named, the other countries are every country China sells to, the world total;
 * after a destination ("the US took less; other countries more") they are the rest of the world.
 */
function abroadOnly(c: ClauseRead, index: number, clauses: ClauseRead[], d: Discourse): boolean {
  if (!OTHER_COUNTRIES.test(c.seg.text)) return false;
  if (clauses.slice(0, index + 1).some((x) => x.partners.some((p) => p.value !== "CHN"))) return false;
  const before = carried(d, "partner");
  return before.value === null && before.other === null && topicOf(d, "partner") === null;
}

/** A clause whose subject is the total: "Total exports of 5,774 t were down 6.1%", "the total rose". */
const TOTAL_SUBJECT =
  /^\W*(?:(?:and|but|while)\s)?(?:(?:the|China['’]s)\s)?(?:overall\s|total\s)(?:exports|shipments|magnet exports|volumes?)\b|^\W*(?:(?:and|but|while)\s)?the total\s(?:was|were|rose|fell|came|reached|stood|climbed|dropped)\b/i;
/** China's exports as the subject: "China's August magnet volume", "China's rare-earth exports" (not "... to Japan"). */
const CHINA_TOTAL =
  /\bChina['’]s\s(?:[\w-]+\s){0,3}?(?:exports|shipments|volumes?|totals?|tally|sales|outflows?|deliveries)\b(?!\s(?:to|for|bound|destined|headed|there)\b)/i;
/** China's total said in so many words: "China's total magnet exports", "Chinese overall shipments". */
const CHINA_SAID_TOTAL = /\b(?:China['’]s|Chinese)\s(?:[\w-]+\s){0,2}?(?:total|overall)\b/i;
/** China exporting, with no destination after the verb: "China shipped 54,140 t" (not "... to Japan", "... there"). */
const CHINA_EXPORTING =
  /\bChina\s(?:(?:has|had|also|then|still)\s)?(?:exported|shipped|sold|sent)\b(?!\s(?:to|there)\b)/i;
/** The partner of a figure for every destination but some ("the rest of the world"): no series holds it. */
export const REST_OF_WORLD = "ROW";
const WORLD_WORDS =
  /\b(?:worldwide|globally|in total|overall|to all destinations|to the world|(?<=\b(?:exports|shipments|earths|magnets|products|sales|volumes?)\s)as a whole|(?:world|global)(?=\s(?:[\w-]+\s){0,2}(?:exports|shipments|sales|volumes?|totals?)\b))\b/i;

/** Words that make a figure the sum of the destinations named before it ("took 2,586 t between them"). */
export const SUM_WORDS = /\b(?:between them|combined|together|jointly|collectively|altogether)\b/i;

/**
 * "the two", "both", "the three markets": destinations counted, not named, in a clause that sums
 * them ("Together the two took about 860 t"), pointing at those the sentence before named.
 */
const COUNTED_GROUP =
  /\b(?:(?:the|these|those)\s(two|three|pair)|(both))\b(?:\s(?:countries|markets|buyers|destinations|nations|economies|importers))?(?!\s(?:months?|years?|products|series|figures)\b)/i;

/**
 * The destinations an earlier sentence named that a clause summing a counted group points at ("In
 * November Germany took 1,100 t and Korea 700 t. Together the two took 1,800 t."), when the count
 * matches the names; null otherwise.
 * @example countedGroup("Together the two took 1,800 t", ["DEU", "KOR"]) // ["DEU", "KOR"]
 */
export function countedGroup(clause: string, names: readonly string[]): string[] | null {
  if (!SUM_WORDS.test(clause)) return null;
  const m = COUNTED_GROUP.exec(clause);
  if (m === null) return null;
  const count = m[1]?.toLowerCase() === "three" ? 3 : 2;
  const distinct = [...new Set(names)];
  return distinct.length === count && !distinct.includes("WLD") ? distinct : null;
}

/**
 * Destinations joined by "and" or commas ("Germany, South Korea and the US"), or one set beside the
 * other ("South Korea, along with Japan, took 15%"): a figure after them may be their sum.
 */
const JOINED = /^(?:,|,?\s(?:and|&|plus|as well as|along with|together with|alongside|nor))\s(?:the\s)?$/i;

/**
 * "Germany, South Korea and the US together took 2,700 t": destinations named together right before
 * one figure, which may be their combined total rather than the last one's. Empty when the figure
 * has one destination, or a list says "respectively".
 */
export function joinedBefore(c: ClauseRead, f: Figure): PartnerMention[] {
  if (/\brespectively\b/i.test(c.seg.text) || f.list) return [];
  const group = joinedGroup(c, f.start);
  const first = group[0];
  if (group.length < 2 || first === undefined) return [];
  // a number between them ("Germany 1,227 t and the US 582 t") gives each its own figure
  const numbered = (x: Figure) => x !== f && x.kind !== "direction" && x.kind !== "rank";
  return c.figures.some((x) => numbered(x) && x.start >= first.start && x.start < f.start) ? [] : group;
}

/** The destinations joined together last before `at` ("Germany, South Korea and Vietnam"). */
function joinedGroup(c: ClauseRead, at: number): PartnerMention[] {
  const clause = c.seg.text;
  const before = c.partners.filter((p) => p.end <= at);
  const group = before.slice(-1);
  for (let i = before.length - 1; i > 0; i--) {
    const [a, b] = [before[i - 1] as PartnerMention, before[i] as PartnerMention];
    if (!JOINED.test(clause.slice(a.end, b.start))) break;
    group.unshift(a);
  }
  return group;
}

/** China's customs named as a figure's source ("according to Chinese customs", "China's customs data"). */
const CUSTOMS_SOURCE =
  /\b(?:China['’]s|Chinese|China)\s(?:(?:General\s)?Administration\sof\sCustoms|customs(?:\s(?:authorit(?:y|ies)|agency|office|administration|bureau))?)\b/gi;

/** Between a rank and the flow it is of: "for China's", "in Chinese shipments of". */
const RANK_FOR_FLOW =
  /^,?\s(?:for|in|among)\s(?:(?:China['’]s|Chinese|the\scountry['’]s|Beijing['’]s|outbound|overseas)\s)?(?:[\w-]+\s){0,2}?$/i;

/**
 * "about half of it to Japan", "most of them": a part of the clause's own figure, not a reference back;
 * nor is ", which made it the third-highest month", ", making it", whose "it" is the figure just told.
 */
const PART_OF_IT =
  /\b(?:all|half|most|much|some|part|(?:a|one|two)\s(?:third|quarter|fifth|tenth)s?|\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent))\sof\s(?:it|them)\b|\d[^,;]{0,30},\s(?:(?:which|that)\s(?:made|makes)|making)\s(?:it|them)\b/gi;

/** "its", "their" before a noun: a possessive, whose owner may be the clause's own subject. */
const POSSESSIVE = /\b(?:its|their)\s(?=[\w-])/gi;

/**
 * "the country", "the nation" as a subject: China itself where China is the only country named before
 * it ("exports to the country", "shipments for the nation" are to a destination spoken of before).
 */
const THE_COUNTRY =
  /(?<!\b(?:to|for|into|in|from|towards?|at|with|by|of|bound for)\s)\bthe (?:country|nation)\b(?!['’]|-bound)/gi;

/** "nothing left the country", "shipments leaving the nation": the country goods leave is China, no destination. */
const LEFT_THE_COUNTRY = /\b(?:left|leaves?|leaving|out of)\sthe\s(?:country|nation)\b/gi;

/** Words for the extremes of a run of months: "the high point", "the low", "peak", "trough". */
const EXTREMES = /\b(?:(?:high|low)\s(?:point|mark)|peak|trough|the\s(?:high|low)\b(?!-))/i;

/** Where a clause calls China "the country" ("China's customs office said the country sent ..."), or -1. */
function chinaAsCountry(c: ClauseRead): number {
  const text = c.seg.text;
  const at = text.search(THE_COUNTRY);
  const china = at >= 0 && /\b(?:China|Chinese|Beijing)\b/.test(text.slice(0, at));
  return china && !c.partners.some((p) => p.start < at) ? at : -1;
}

/**
 * "shipments to the region", "exports for that country", "shipments from China to its Asian
 * neighbour": a destination called by a word for a place spoken of before, so the figure is that
 * place's, not the total's its subject would otherwise make it.
 */
const TOWARD_PLACE =
  /\b(?:to|for|into|towards?|bound for|destined for)\s(?:the|this|that|its|their)\s(?:(?:neighbou?ring|nearby|biggest|largest|main|key|top|(?:(?:East|South|Southeast|North|Northeast|Central|Western|Eastern)\s)?(?:Asian|European|American|African))\s)?(?:country|nation|region|continent|market|destination|neighbou?r|island|bloc|ally|trading partner)\b(?!['’]|-bound)/i;

/**
 * "China's magnet exports there reached 815 t", "shipments headed there": exports to a place spoken
 * of before, said before the figure, which are not the total the subject would otherwise make them.
 */
const EXPORTS_THERE =
  /\b(?:exports|shipments|sales|deliveries|outflows?|volumes?|exported|shipped|sent|sold|delivered|headed|bound)\sthere\b/i;

/**
 * Whether a clause points back to something named before it. "China sold 6,510 t in November, its
 * best month of the year": a possessive after China or a product named earlier in the clause is
 * theirs, not a destination's spoken of before; so is "the country" that is China.
 */
function pointsBack(c: ClauseRead): boolean {
  const blank = (m: string) => " ".repeat(m.length);
  const own = c.seg.text.replace(PART_OF_IT, blank);
  const exporter = own.replace(LEFT_THE_COUNTRY, blank);
  const text = chinaAsCountry(c) >= 0 ? exporter.replace(THE_COUNTRY, blank) : exporter;
  const chinaBefore = (at: number) =>
    /\b(?:China|Chinese|Beijing)\b/.test(text.slice(0, at).replace(CUSTOMS_SOURCE, blank));
  const first = text.search(POSSESSIVE);
  const owner = first >= 0 && (c.series.some((s) => s.end <= first) || chinaBefore(first));
  let read = owner ? text.replace(POSSESSIVE, blank) : text;
  // "China's magnet exports rose to 6,146 t, the most it has ever shipped": China named before in the
  // clause, with no destination between, is what "it" is
  const pronoun = read.search(SUBJECT_PRONOUN);
  if (pronoun >= 0 && chinaBefore(pronoun) && !c.partners.some((p) => p.start < pronoun))
    read = read.replace(SUBJECT_PRONOUN, blank);
  return BACK_REFERENCE.test(read) || TOWARD_PLACE.test(text);
}

/**
 * A sentence whose words up to a figure (`upTo`, the rest of clause `index`) open on a pronoun
 * ("They reached 305 t, the most since January", "Its 305 t was the highest"), with neither China
 * nor a total named in them: the pronoun is the destination spoken of before.
 */
function pronounAtDestination(clauses: readonly ClauseRead[], index: number, upTo: string): boolean {
  // a sentence of a few clauses at most: a long run of them is read no further back
  if (index > 6 || !OPENING_PRONOUN.test((index === 0 ? upTo : clauses[0]?.seg.text) ?? "")) return false;
  const said = [...clauses.slice(0, index).map((x) => x.seg.text), upTo].join(" ");
  if (clauses.slice(0, index + 1).some((x) => x.partners.length > 0 || x.series.length > 0)) return false;
  return !/\b(?:China|Chinese|Beijing)\b/.test(said) && !WORLD_WORDS.test(said);
}

/**
 * A sentence that opens on a plural pronoun or a possessive: "They reached", "Its 305 t" (not "It was
 * 6,150 t", whose "it" may be the month asked about).
 */
const OPENING_PRONOUN = /^\W*(?:(?:and|but)\s)?(?:they|its|their)\b/i;

/** "it" or "they" as a verb's subject: "it has ever shipped", "they were". */
const SUBJECT_PRONOUN =
  /\b(?:it|they)\s(?=(?:has|have|had|was|were|is|are|ever|shipped|exported|sent|sold)\b)/gi;

/** What the clause before a figure says of its subject: named anew, bare ("shipments"), or none. */
type FreshSubject = "named" | "bare" | null;

/** A clause that names its own subject ("magnet exports", "China's shipments") and points nowhere back. */
function freshSubject(c: ClauseRead, f: Figure): FreshSubject {
  const before = c.seg.text.slice(0, f.start);
  // "China shipped 1,433 tonnes there" points back even after its figure
  if (pointsBack(c)) return null;
  // "December was the lowest month for magnet exports since June": a product named in a rank's own
  // words (a share's, "4% of China's magnet exports", names the whole it is of, not its subject)
  const own = f.kind === "share" ? f.start : f.end;
  // "June was the highest of the first half for China's magnet exports": the flow right after a rank
  const after = c.seg.text.slice(f.end);
  if (
    f.kind === "rank" &&
    c.series.some((s) => s.start >= f.end && RANK_FOR_FLOW.test(after.slice(0, s.start - f.end)))
  )
    return "named";
  // "as recorded by Chinese customs", "China's customs data show": the source, not the subject
  const subject = before.replace(CUSTOMS_SOURCE, "");
  const country = chinaAsCountry(c);
  // "a 35% jump in China's magnet shipments": the subject named right after a move's noun
  // (a destination anywhere in the clause leaves it to the clause's reading)
  const moveOf =
    f.kind === "change" && c.partners.length === 0 && /^\s(?:in|of)\s(?:China['’]s|Chinese)\s/.test(after);
  if (
    c.series.some((s) => s.start < own) ||
    /\b(?:China|Chinese|Beijing)\b/.test(subject) ||
    (country >= 0 && country < f.start) ||
    moveOf
  )
    return "named";
  return /\b(?:exports|shipments|outbound|overseas sales)\b/i.test(before) ? "bare" : null;
}

/** Before a list item's leading figure: only its mark ("- ", "2. "); after it, a colon or a dash. */
const ITEM_MARK = /^\s*(?:(?:[-*•·▪◦‣–]|\d{1,2}[.)/])\s*)?$/;
const ITEM_GAP = /^\s?[:–—-]\s/;
/** The words under an infographic's percentage that name it a share: " the US share of", " Japan's slice of". */
const SHARE_LABEL = /^\s(?:the\s)?(?:[\w'’]+\s){0,2}(?:share|portion|proportion|slice)\s(?:of|for|in)\b/i;

/**
 * The clauses that describe a list item's leading figure ("1. 6,357 t: January's magnet exports",
 * "3. 46 t - what the US got in May"): the words after it in its own clause and the rest of the
 * item. Null for any other figure.
 */
export function describedBy(
  c: ClauseRead,
  index: number,
  f: Figure,
  clauses: ClauseRead[],
): ClauseRead[] | null {
  const clause = c.seg.text;
  if (index !== 0 || !ITEM_MARK.test(clause.slice(0, f.start))) return null;
  const rest = clause.slice(f.end);
  // an infographic's figure alone on its line, the words under it saying what it is ("9.5%\nthe
  // US share of the month's total"): described as a list item is
  if (c.seg.block !== "bullet")
    return c.seg.paragraphStart && SHARE_LABEL.test(rest) ? clauses.slice(index) : null;
  const next = clauses[index + 1];
  const dashed = rest.trim() === "" && next !== undefined && /^\s*[-–—]\s/.test(next.seg.text);
  // "7. 3: straight monthly rises in China's exports": a count read with its gap as one streak
  const gapInside = /^\d{1,2}\s?[:–—-]\s/.test(clause.slice(f.start, f.end));
  return ITEM_GAP.test(rest) || dashed || gapInside ? clauses.slice(index) : null;
}

/** "..., the latter 15 t more than a month earlier": a figure said of the one named last. */
const LATTER = /\bthe latter(?:['’]s)?\s(?:[\w'’-]+\s){0,3}$/i;

/**
 * "Japan received 226 t and Thailand 96 t, the latter 15 t more than a month earlier": the
 * destination named last before "the latter", in its clause or the sentence's clauses before it.
 */
function latterPartner(c: ClauseRead, index: number, f: Figure, clauses: ClauseRead[]): string | null {
  const m = LATTER.exec(c.seg.text.slice(0, f.start));
  if (m === null) return null;
  for (let i = index; i >= Math.max(0, index - 6); i--) {
    const x = clauses[i] as ClauseRead;
    const p = x.partners.filter((n) => i < index || n.end <= m.index).pop();
    if (p) return p.value;
  }
  return null;
}

const FORMER = /\bthe former(?:['’]s)?\s(?:[\w'’-]+\s){0,3}$/i;

/**
 * "Exports to Germany and Japan were 1,119 t and 226 t, the latter up 2% while the former was 8%
 * lower": the first of the last two destinations the sentence names before "the former". Read from the
 * sentence when it names just those two; among more, which two are meant is a guess.
 */
function formerPartner(
  c: ClauseRead,
  index: number,
  f: Figure,
  clauses: ClauseRead[],
): [string, Grounding] | null {
  const m = FORMER.exec(c.seg.text.slice(0, f.start));
  if (m === null) return null;
  const named: string[] = [];
  for (let i = Math.max(0, index - 6); i <= index; i++) {
    const x = clauses[i] as ClauseRead;
    for (const p of x.partners) {
      if ((i < index || p.end <= m.index) && !named.includes(p.value)) named.push(p.value);
    }
  }
  if (named.length < 2) return null;
  return [named[named.length - 2] as string, named.length === 2 ? "sentence" : "carried"];
}

/** The first or last of two or more names for "the former" or "the latter" right before a figure. */
function formerOrLatter(upTo: string, names: readonly string[]): string | null {
  if (names.length < 2) return null;
  if (LATTER.test(upTo)) return names[names.length - 1] as string;
  return FORMER.test(upTo) ? (names[0] as string) : null;
}

/** A clause that is only a destination's name, after a list's joining word: "and Germany", "then Korea". */
const NAME_ONLY_BEFORE = /^\W*(?:(?:and|or|while|then|followed by)\s)?$/i;

/**
 * "The two main buyers were Japan, with 2,004 kg, and Germany, with 2,000 kg": a "with" clause right
 * after a clause that is only a destination's name is that destination's figure, though a name alone
 * is a weak mention elsewhere.
 */
function namedJustBefore(c: ClauseRead, index: number, clauses: ClauseRead[]): string | null {
  if (!/^\W*with\s/i.test(c.seg.text)) return null;
  const prev = clauses[index - 1];
  if (prev === undefined || prev.partners.length !== 1 || prev.figures.length > 0) return null;
  const p = prev.partners[0] as (typeof prev.partners)[number];
  const text = prev.seg.text;
  return NAME_ONLY_BEFORE.test(text.slice(0, p.start)) && /^\W*$/.test(text.slice(p.end)) ? p.value : null;
}

/** The destination a list item's words give its leading figure: one they name, or the total when they name none. */
function itemPartner(item: ClauseRead[], f: Figure): [string, Grounding] | null {
  for (const [i, x] of item.entries()) {
    const p = x.partners.find((m) => !m.weak && (i > 0 || m.start >= f.end));
    if (p) return [p.value, "clause"];
  }
  const words = item.map((x, i) => (i === 0 ? x.seg.text.slice(f.end) : x.seg.text)).join(" ");
  return /\b(?:exports|shipments|exported|shipped|total)\b/i.test(words) ? ["WLD", "clause"] : null;
}

/** The destination of figure `f` in clause `c` and how it was read (see `partnerOfFigure`). */
export function choosePartner(...args: Parameters<typeof partnerOfFigure>): [string, Grounding] {
  const [c, , f] = args;
  const [partner, how] = partnerOfFigure(...args);
  // "while our share languishes at around 12%": the writer's own country or firm holds the figure;
  // a destination taken from another clause is only a guess at who "we" are
  return how === "sentence" && firstPersonHolder(c.seg.text.slice(0, f.start))
    ? [partner, "carried"]
    : [partner, how];
}

/**
 * Before a whole a part is taken of: "of that month's", "of China's total", "out of a total of", a
 * tonnage taken of a month's ("2.7 t of October's 3.5 t": the month's total, not the destination's),
 * and a tonnage with its share set in commas before "of" ("582 t, or 9.5%, of the" or "of November's").
 */
const WHOLE_BEFORE = new RegExp(
  `(?:\\b(?:(?:of|from)\\s(?:(?:that|the)\\smonth['’]s|China['’]s(?:\\stotal)?|the\\stotal(?:\\sof)?|a\\stotal\\sof)|out\\sof\\s(?:a\\stotal\\sof\\s|the\\s)?)|(?<=\\d)\\s?(?:t|tonnes?|tons?|kg)\\sof\\s(?:${ENGLISH_MONTH_NAME})['’]s|(?<=\\d)\\s?(?:t|tonnes?|tons?|kg)?${SHARE_IN_COMMAS}(?:the|(?:${ENGLISH_MONTH_NAME})['’]s))\\s?$`,
  "i",
);
/** After "of the" and a figure, the words that make it the whole: "China exported", "shipped in all". */
const WHOLE_AFTER =
  /^\s(?:(?:of\s)?(?:(?:rare[- ]earth\s|permanent\s)?magnets?\s)?(?:(?:China|Beijing|it)\s(?:exported|shipped|sold|sent)|(?:exported|shipped|sent)(?!\s(?:to|for|from)\b))|in\s(?:all|total))\b/i;

/** A tonnage (its unit may be left to the whole's), then "of the": the part, before the whole it is taken of. */
const PART_OF_THE = /\d(?:\s?(?:t|tonnes?|tons?|mt))?\sof\sthe\s$/i;
/**
 * A share or fraction a verb of taking gives, then "of the": "took a fifth of the 5,473 t China
 * exported", "accounted for 20% of the". Without the verb the fraction may compare the destination
 * with its own earlier figure ("46 t, less than a tenth of the 689 t it sent in May 2024").
 */
const SHARE_OF_THE = new RegExp(
  `\\b(?:made\\sup|makes?\\sup|accounted\\sfor|accounts?\\sfor|represented|represents?|took|takes|received|bought|absorbed|got|gets|captured|claimed|secured)\\s(?:(?:about|around|roughly|some|nearly|almost|just|only|over|under|more\\sthan|less\\sthan)\\s){0,2}(?:\\d(?:[\\d.,]*\\d)?\\s?(?:%|per\\s?cent|percent)|${FRACTION_WORDS})\\sof\\sthe\\s$`,
  "i",
);

/** Whether the figure is the whole a destination's part is taken of ("305 t of the 6,150 t China exported"). */
/** Between a tonnage and a rank set right after it as an aside: ", the", ", its". */
const RANK_APPOSED_TO = /^,\s(?:the|its|their)\s$/i;

/**
 * A share or a fraction a destination took of a month's tonnage: "made up 20.4% of October's 5,473
 * t", "took a fifth of October's": the month's total when the clause names no other month ("246 t in
 * April, 42% of March's 584 t" is a ratio to the destination's own March figure), and when a verb of
 * taking or being gives the share (not "246 t, less than half of March's 584 t").
 */
const SHARE_OF_MONTHS = new RegExp(
  `\\b(?:made\\sup|makes?\\sup|accounted\\sfor|accounts?\\sfor|represented|represents?|comprised|took|takes|received|bought|absorbed|got|gets|captured|claimed|secured|was|were)\\s(?:(?:about|around|roughly|some|nearly|almost|just|only|over|under|more\\sthan|less\\sthan)\\s){0,2}(?:\\d(?:[\\d.,]*\\d)?\\s?(?:%|per\\s?cent|percent)|\\b${FRACTION_WORDS})\\sof\\s(${ENGLISH_MONTH_NAME})['’]s\\s?$`,
  "i",
);
const MONTH_WORD = new RegExp(`\\b(?:${ENGLISH_MONTH_NAME})\\b`, "gi");
/** A fraction or percentage "of", then the figure it is taken of: "a fifth of (September's)", "19% of the". */
const FRACTION_BASE = new RegExp(
  `(?:\\d\\s?(?:%|per\\s?cent|percent)|\\b${FRACTION_WORDS})\\sof\\s(?:the\\s)?(?:(?:${ENGLISH_MONTH_NAME})(?:\\s(?:19|20)\\d{2})?['’]s\\s)?$`,
  "i",
);

function wholeOfPart(clause: string, f: Figure): boolean {
  const before = clause.slice(Math.max(0, f.start - 40), f.start);
  if (WHOLE_BEFORE.test(before)) return true;
  const share = /of\s\S+['’]s\s?$/.test(before)
    ? SHARE_OF_MONTHS.exec(clause.slice(Math.max(0, f.start - 80), f.start))
    : null;
  if (share !== null) {
    const month = (share[1] as string).slice(0, 3).toLowerCase();
    if ((clause.match(MONTH_WORD) ?? []).every((w) => w.slice(0, 3).toLowerCase() === month)) return true;
  }
  // "305 tonnes of the 6,150 tonnes China exported", "1,288 of the 5,774 tonnes of magnets exported in
  // September", not "a tenth of the 689 tonnes it sent" nor "of the 2,140 t shipped to the EU"
  if (!WHOLE_AFTER.test(clause.slice(f.end, f.end + 40))) return false;
  return PART_OF_THE.test(before) || SHARE_OF_THE.test(clause.slice(Math.max(0, f.start - 80), f.start));
}

function partnerOfFigure(
  c: ClauseRead,
  index: number,
  f: Figure,
  clauses: ClauseRead[],
  d: Discourse,
  alt: (r: Reading) => void,
  item: ClauseRead[] | null,
): [string, Grounding] {
  // a destination's rank names its destination itself ("the largest buyer was Germany")
  if (f.partner) return [f.partner.value, "clause"];
  // "305 tonnes of the 6,150 tonnes China exported", "20% of that month's 5,473 tonnes": the whole a
  // destination's part is taken from is the total
  if (wholeOfPart(c.seg.text, f)) return ["WLD", "clause"];
  // "a fifth of all exports, which totalled 5,473 t, the lowest since June": a rank set as an aside
  // right after a tonnage is said of that tonnage, and is its destination's where the clause names it
  const apposed =
    f.kind === "rank"
      ? c.figures.find(
          (x) =>
            x.level === true && x.end <= f.start && RANK_APPOSED_TO.test(c.seg.text.slice(x.end, f.start)),
        )
      : undefined;
  if (apposed !== undefined) {
    const [partner, how] = partnerOfFigure(c, index, apposed, clauses, d, () => undefined, item);
    if (how === "clause") return [partner, "clause"];
  }
  // "supply to the rest of the world", "destinations other than the US": neither the total nor the
  // destination named, but the total less some destinations, which the data does not hold: a world
  // figure that happens to equal it neither supports nor contradicts it
  const upTo = c.seg.text.slice(0, f.start);
  if (abroadOnly(c, index, clauses, d)) return ["WLD", "clause"];
  if (excludedDestinations(upTo, c.seg.text.slice(f.end), c.partners, [ALL_BUT, ALL_BUT_NAME, UNNAMED_GROUP]))
    return [REST_OF_WORLD, "default"];
  const latter = latterPartner(c, index, f, clauses);
  if (latter !== null) return [latter, "sentence"];
  const former = formerPartner(c, index, f, clauses);
  if (former !== null) return former;
  // "Vietnam and Germany led. The latter took 209 t": the one the sentence before named last (first)
  const pointed = c.partners.some((m) => !m.weak) ? null : formerOrLatter(upTo, d.names);
  if (pointed !== null) return [pointed, "carried"];
  const from = carried(d, "partner");
  // "China shipped a record 852 t of magnets to the US": a rank said of the level right after it is
  // that level's destination's
  const ranked = f.kind === "rank" ? levelOfRank(c, f, null) : undefined;
  const rankedOwn = ranked ? attachPartner(c.seg.text, c.partners, ranked, "level", c.figures) : null;
  if (rankedOwn !== null && !("total" in rankedOwn)) return [rankedOwn.partner, "clause"];
  // a bare percentage after a tonnage is the share of that tonnage's destination; after the total
  // it is taken of ("out of a total of 1,238 t, or less than 4%"), of the destination the clause names
  const part = f.partOf ? attachPartner(c.seg.text, c.partners, f.partOf, "level", c.figures) : null;
  const own =
    f.partOf && !(part !== null && "total" in part)
      ? part
      : attachPartner(c.seg.text, c.partners, f, f.ofShare ? "share" : f.kind, c.figures);
  const topic = topicOf(d, "partner");
  const offer = (n: Named | null, chosen: string) => {
    if (n !== null && n.value !== chosen) alt({ partner: n.value, why: `"${n.why}" earlier`, carried: true });
  };
  // "exports to Southeast Asia were 900 t": a place the lexicon does not know is no total
  const elsewhere = () => unknownDestination(c.seg.text, c.partners);
  if (own !== null && !("total" in own && (TOWARD_PLACE.test(upTo) || EXPORTS_THERE.test(upTo)))) {
    // "China's total magnet exports were 5,743 t" under a headline on Korea: the total, said so; a
    // heading's destination still reads "China's magnet exports were 150 t" under "India:"
    if (
      "total" in own &&
      !(chinaAsSubject(c, upTo, CHINA_TOTAL, () => freshSubject(c, f)) && CHINA_SAID_TOTAL.test(upTo))
    )
      offer(topic, "WLD");
    // "Germany took 1,118 t in October, a fifth of September's 5,774 t": the base of a destination's
    // fraction may be its own figure or the month's whole
    if (!("total" in own) && f.level === true && FRACTION_BASE.test(upTo.slice(-60)))
      alt({ partner: "WLD", why: "the figure a fraction is taken of may be the month's whole" });
    return [own.partner, "total" in own && elsewhere() ? "default" : "clause"];
  }
  const described = item === null ? null : itemPartner(item, f);
  if (described !== null) return described;
  // "China shipped 5,774 t worldwide, ..., marking a second monthly decline": the clause says it is the total
  if (WORLD_WORDS.test(c.seg.text.slice(0, f.start))) return ["WLD", "clause"];
  const fresh = freshSubject(c, f);
  const named = namedJustBefore(c, index, clauses);
  if (named !== null) return [named, "sentence"];
  // "The US saw a sharp rise, with shipments reaching 619 t": a "with" clause on bare shipments
  // goes on about the clause before it, a reading that can support, never contradict
  if (fresh === "bare" && /^\W*with\s/i.test(c.seg.text)) {
    const p = clauses[index - 1]?.partners.filter((m) => !m.weak).pop();
    if (p !== undefined) {
      offer({ value: "WLD", why: "no destination named with the figure", at: 0 }, p.value);
      return [p.value, "carried"];
    }
  }
  // "...; that was 60.3% more than the EU received in October": a change with no subject of its own,
  // set against a destination's own earlier month, is that destination's
  const base =
    f.kind === "change" && fresh === null ? ownMonthBase(c.seg.text, f.start, f.end, c.partners) : null;
  if (base !== null) return [base.value, "clause"];
  // an earlier clause of the same sentence, when this one names no subject of its own
  for (let i = index - 1; i >= Math.max(0, index - 6) && fresh === null; i--) {
    const x = clauses[i] as ClauseRead;
    const p = ownerOfLast(x) ?? lastSubject(x, c.seg.text.slice(0, f.start));
    if (p && concessive(x) && !concessive(c))
      offer({ value: p.value, why: x.seg.text.slice(p.start, p.end), at: 0 }, "WLD");
    else if (p) return [p.value, "sentence"];
    // "rare-earth exports — the raw materials, not magnets — rose to 4,343.5 t": a subject cut off by
    // an aside, naming the product or China and no destination, is the total's
    else if (x.figures.length === 0 && SUBJECT_CUT_OFF.test(x.seg.text) && worldNamed(x))
      return ["WLD", "sentence"];
    // "China shipped 5,774 t worldwide, down 6.1%, marking a second monthly decline": still the total
    else if (x.figures.length > 0 && (WORLD_WORDS.test(x.seg.text) || TOTAL_SUBJECT.test(x.seg.text)))
      return ["WLD", "sentence"];
    // "China's magnet exports fell to 5,473 t in October, but that was the highest since July", "The
    // first seven months saw China export 27,897 t of magnets, with an annual decline of 15%": a
    // clause with no subject of its own going on from one whose subject named China or the product
    // and no destination, outside any topic, is on the total
    else if (topic === null && worldSubject(x)) return ["WLD", "sentence"];
  }
  // "The November tally had been 60 t lower": a month's figure as the subject points back to what
  // was spoken of (not across bullets, each its own fact)
  const figureSubject = c.seg.block !== "bullet" && FIGURE_SUBJECT.test(c.seg.text);
  // "Germany: 1,346 t, up from 1,116 t in July. Third straight rise.": a sentence that is only a
  // rank's words (and its window: "Highest since September.") goes on about what the sentence before
  // spoke of, as "It was a third straight rise" does; not one that names its product ("- the lowest
  // monthly gallium export on record")
  const fragment =
    f.kind === "rank" &&
    fresh !== "named" &&
    /^\W*(?:(?:a|an|the|its|their)\s)?$/i.test(c.seg.text.slice(0, f.start)) &&
    /^[^\d,;:]{0,30}$/.test(c.seg.text.slice(f.end));
  // "January (877 t) was the high point", "the trough came in May": the extremes of what was just
  // spoken of, a sentence with no subject of its own
  const extremes = fresh === null && c.partners.length === 0 && EXTREMES.test(c.seg.text);
  const back =
    pointsBack(c) ||
    fragment ||
    extremes ||
    (fresh === null && (c.seg.sentenceStart === false || figureSubject));
  // under a heading, a lead line or a question about a destination, only a named total leaves it
  if (topic !== null) {
    offer({ value: "WLD", why: "no destination named with the figure", at: 0 }, topic.value);
    return [topic.value, "carried"];
  }
  // "Korea took 854t!! almost 15% of everything": a share, or its change in points, is some
  // destination's, never the total's, so one that names none is the destination spoken of last
  // "Q: And in September? A: 1,288 tonnes, a dip of about 4%.": an answer's bare figure, after a
  // question that only adds to the one before, is the thread's destination's
  if (d.follows !== null && c.seg.block === "answer" && fresh === null) {
    offer({ value: "WLD", why: "no destination named with the figure", at: 0 }, d.follows.value);
    return [d.follows.value, "carried"];
  }
  const shareOfLast =
    (f.kind === "share" || f.ofShare === true) && from.value !== null && from.value.value !== "WLD";
  if ((back || shareOfLast) && from.value !== null) {
    // "Japan's purchases jumped 35%. They reached 305 t, the most since January": a pronoun that
    // points at a destination keeps it; the total is no reading of it
    if (from.value.value === "WLD" || !pronounAtDestination(clauses, index, upTo))
      offer({ value: "WLD", why: "no destination named with the figure", at: 0 }, from.value.value);
    return [from.value.value, "carried"];
  }
  // "China's August magnet volume was the highest of the year": China's own total, said so, which a
  // destination spoken of before does not hold
  if (!chinaAsSubject(c, upTo, CHINA_TOTAL, () => fresh)) {
    offer(topic, "WLD");
    const before = from.value ?? from.other;
    const ownSubject = productSubject(c, f, fresh) || chinaAsSubject(c, upTo, CHINA_EXPORTING, () => fresh);
    if (!ownSubject) offer(before, "WLD");
    else if (before !== null && before.value !== "WLD")
      alt({ partner: before.value, why: `"${before.why}" earlier`, carried: true, rescueOnly: true });
  }
  return ["WLD", fresh === null || elsewhere() ? "default" : "clause"];
}

/**
 * China as the clause's own subject, in the words of `re`, and no destination in the clause:
 * "China's total magnet exports in October were 5,743 t" (CHINA_TOTAL), "Over January-November,
 * China shipped 54,140 t of magnets" (CHINA_EXPORTING). `fresh` is the figure's `freshSubject`,
 * asked only when the words are there.
 */
function chinaAsSubject(c: ClauseRead, upTo: string, re: RegExp, fresh: () => FreshSubject): boolean {
  return c.partners.length === 0 && re.test(upTo) && fresh() === "named";
}

/**
 * "Rare-earth exports in April were 4,784.8 t" opening its own sentence: a subject that names the
 * product and no destination is the total; the destination the sentence before spoke of may still
 * show the figure right, but is not a reading whose lack of data leaves the total's unsure.
 */
function productSubject(c: ClauseRead, f: Figure, fresh: FreshSubject): boolean {
  return (
    fresh === "named" &&
    c.seg.sentenceStart !== false &&
    c.partners.length === 0 &&
    c.series.some((s) => s.start < f.start)
  );
}

/** A clause that ends with its subject, before an aside: "One caution: rare-earth exports". */
const SUBJECT_CUT_OFF = /\b(?:exports|shipments|outflows|sales(?:\sabroad)?|volumes?)\s*$/i;

/** A clause that names China or a product, and no destination. */
function worldNamed(x: ClauseRead): boolean {
  return x.partners.length === 0 && (x.series.length > 0 || /\b(?:China|Chinese)\b/.test(x.seg.text));
}

/** A clause with figures whose own subject names China or the product and no destination at all. */
function worldSubject(x: ClauseRead): boolean {
  const f = x.figures[0];
  return f !== undefined && x.partners.length === 0 && freshSubject(x, f) === "named";
}

/**
 * The destination that owns the last figure of a clause ("And Germany, Europe's biggest buyer, took
 * 1,116 t"): what a clause after it with no subject of its own goes on about. Null when that figure
 * is the total's or has no destination named.
 */
/**
 * The destination a clause with no subject of its own goes on about: the last the clause before it
 * names, but the subject where that one was outranked ("Vietnam beat Korea in September, with 456 t").
 */
function lastSubject(x: ClauseRead, upTo: string): PartnerMention | undefined {
  const named = x.partners.filter((m) => !m.weak);
  const last = named.at(-1);
  if (last === undefined || named.length < 2) return last;
  return outrankedBy(`${x.seg.text},${upTo}`, named).includes(last.value) ? named.at(-2) : last;
}

function ownerOfLast(x: ClauseRead): PartnerMention | null {
  const f = x.figures[x.figures.length - 1];
  if (f === undefined) return null;
  const own = attachPartner(x.seg.text, x.partners, f, f.kind, x.figures);
  if (own === null || "total" in own) return null;
  return x.partners.find((m) => m.value === own.partner) ?? null;
}
