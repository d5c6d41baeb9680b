// What a reader carries from one sentence to the next: the product, destination and period named
// last; a heading's topic until the next heading; a list's lead line ("Top buyers in November:")
// until the list ends; a question's subject into its answer. Anything taken from here is
// `carried`: plausible, never certain enough to contradict on its own.

import { isMonth } from "../../domain/period.js";
import type { Mode } from "../types.js";
import { OTHER_GOODS } from "./lexicon.js";
import type { AskedMove } from "./move-size.js";
import type { Antecedent } from "./pointing-back.js";
import { LINK_LINE } from "./modes.js";
import type { BlockKind } from "./segment.js";
import { findReporter, seriesMentions, type Mention } from "./subjects.js";

/** A value named in the text, with the words that named it and the sentence it came from. */
export interface Named {
  value: string;
  why: string;
  at: number;
}

export interface Topic {
  series: Named | null;
  partner: Named | null;
  period: Named | null;
}

export interface Discourse {
  /** What earlier sentences named last. */
  last: Topic;
  /**
   * A period a sentence steps aside to: a span named after a month ("YTD shipments reached 39,817 t"
   * in a story on September), or a month looked back on in the past perfect ("August had been the
   * strongest month"). It is that sentence's; what follows stays on the month, with it as another reading.
   */
  lastSpan: Named | null;
  /**
   * The first month the text named: the month the story is on. After a sentence steps to another
   * month ("In October it took 1,118 t"), what follows may be back on it, a reading that only supports.
   */
  story: Named | null;
  /** A heading without figures: until the next heading. */
  section: Topic;
  /** A list's lead line or a bullet without figures: until the list ends. */
  list: Topic | null;
  /**
   * The list's destination as the bullet being read found it, and whether the bullet gave figures: a
   * bullet that opens with a sentence without figures and goes on to give some ("The US is not
   * sharing in it. Shipments slipped to 582 t.") spoke of its own destination, not its siblings'.
   */
  item: { partner: Named | null; figures: boolean; indent: number; first: boolean } | null;
  /**
   * The destination a bullet without figures named ("- Germany:", "- Japan, the second buyer"), its
   * indent, whether it leads (it opens the list, or ends in a colon), the list's destination before
   * it, and whether bullets were indented under it. It heads the bullets indented under it; a bullet
   * that leads and has none under it, the bullets after it; never a sibling otherwise.
   */
  head: { partner: Named; indent: number; lead: boolean; prev: Named | null; nested: boolean } | null;
  /** A question's subject: for its answer. */
  asked: Topic | null;
  /** The move a question asked about ("How much did exports rise?"): an answer may give its size. */
  askedMove: AskedMove | null;
  /**
   * What the questions so far were about: a question that names no period or product ("What about
   * Vietnam?" after "Did South Korea get more in December?") asks about the thread's; its
   * destination is its own.
   */
  thread: Topic | null;
  /**
   * The destination of the thread a question only adds to ("And in September?", "What about the
   * month before?"): its answer's bare figures are that destination's, carried; an answer that names
   * its own subject and no destination is still the total's.
   */
  follows: Named | null;
  /** The kind of the block being read. */
  block: BlockKind | null;
  /** The words of a list's lead line ("Shares of China's November exports:"), while the list lasts. */
  leadWords: string | null;
  /** The unit a heading or lead line gives the bare figures listed under it ("Exports (t)"). */
  unit: "t" | "kt" | null;
  /**
   * What a heading or lead line without figures says the items under it are, when they are not
   * China's customs figures ("Japanese import data:", "Outlook"): until prose or another heading.
   */
  leadMode: LeadMode | null;
  /**
   * A line that only labels links to other stories ("Related stories", "You might also like:") was
   * read: the lines under it, to the next paragraph that is not a heading or a list, are those stories'.
   */
  links: boolean;
  /**
   * The unit a heading gives its section, or a sentence without figures its paragraph ("Figures in
   * thousand tonnes."): what bare numbers named with a month are counted in, until the scope ends.
   */
  declared: { section: "t" | "kt" | null; paragraph: "t" | "kt" | null };
  /** The unit of the last tonnage written with its unit, and the sentence it was in. */
  lastTonnes: { unit: "t" | "kt"; at: number } | null;
  /**
   * The unit a question asked its figure in ("How many tonnes went to Japan?"), and the sentence it
   * was: what a bare number answering it right after ("305.") is counted in.
   */
  askedUnit: { unit: "t" | "kt"; at: number } | null;
  /**
   * The sentence number of the last question that asked about a destination ("us?", "And Germany?"):
   * a turn right after it that opens with a bare number ("590, -5% mom") gives what was asked.
   */
  askedDestinationAt: number | null;
  /**
   * The destinations the last sentence that named any named, in order, weak names in a run of names
   * included ("Germany and India"): what "the former" and "the latter" opening a sentence point to.
   */
  names: string[];
  /**
   * The destinations whose own figures the last sentence with figures gave, in order ("In November
   * the US took 582 t and Japan 305 t"): what "the two" summed after it points to.
   */
  figured: string[];
  /**
   * The products the last sentence that named any named, in order ("magnets and rare-earth oxides"):
   * what "the former" and "the latter" opening a sentence point to when no destinations were named.
   */
  products: string[];
  /**
   * Every product the text has given China's own figures of so far: a figure whose product
   * is only carried may be of any of them ("Magnets: 5,952 t. Rare earths reached 62,585 t. Shipments
   * to South Korea were 815 tonnes"), a reading that can support, never contradict.
   */
  seriesSeen: Set<string>;
  /** Every destination the text has given China's own figures for so far (as `seriesSeen`). */
  partnersSeen: Set<string>;
  /** Whose figures the last sentence gave when none was China's (see `carryVoice`). */
  voice: Mode | null;
  /** The paragraph has given China's own figures before: a pointing-back may be to them. */
  told: boolean;
  /**
   * The one reading the last sentence's figures shared, in the block being read: what "That was a
   * record" or "The figure was 35% above a year earlier" right after it points back at.
   */
  pointed: Antecedent | null;
  /**
   * The month and destination of the change on the month before that the sentence before told (or
   * the one before a question), measured from ("up 75% on the month": June for July).
   */
  moveBase: { period: string; partner: string } | null;
}

export type Part = keyof Topic;

const empty = (): Topic => ({ series: null, partner: null, period: null });

export function newDiscourse(): Discourse {
  return {
    last: empty(),
    lastSpan: null,
    story: null,
    section: empty(),
    list: null,
    item: null,
    head: null,
    asked: null,
    askedMove: null,
    thread: null,
    follows: null,
    block: null,
    leadWords: null,
    unit: null,
    leadMode: null,
    links: false,
    declared: { section: null, paragraph: null },
    lastTonnes: null,
    askedUnit: null,
    askedDestinationAt: null,
    names: [],
    figured: [],
    products: [],
    seriesSeen: new Set(),
    partnersSeen: new Set(),
    voice: null,
    told: false,
    pointed: null,
    moveBase: null,
  };
}

/** A question that only adds to the one before: "And in September?", "What about the previous month?". */
const FOLLOW_UP =
  /^\W*(?:Q\d*[:.)]\s*)?(?:and\s(?:in|for|during|what|how)\b|(?:and\s)?(?:what|how)\sabout\s(?:in\s)?(?:the\s)?(?:\w+\s?){1,3}\?)/i;

/**
 * Entering a block: prose ends a list; anything but an answer ends a question's hold. `indent`: how
 * far a bullet is set in.
 */
export function enterBlock(d: Discourse, kind: BlockKind, paragraphStart = true, indent = 0): void {
  // "that" points back within a paragraph or a turn: not across a heading, list item, table or speaker
  d.pointed = null;
  if (kind === "heading") d.thread = null;
  // a paragraph's declared unit lasts to its end (a line set right under a table keeps the table's)
  if (paragraphStart || kind === "heading") d.declared.paragraph = null;
  if (kind !== "answer") {
    d.asked = null;
    d.follows = null;
    d.askedMove = null;
  }
  // each bullet is its own fact: a destination a sibling named before its own figures ends with it
  // (its product and period may still be the list's: "sep magnet #s out. 5774t total" opening a chat)
  if (d.block === "bullet" && d.item?.figures === true && d.list !== null)
    d.list = { ...d.list, partner: d.item.partner };
  // a bullet without figures heads the bullets indented under it, to the next at its own depth: its
  // destination is then no sibling's, neither as the list's nor as the last one named
  const head = d.head;
  if (head !== null && kind === "bullet" && indent > head.indent) head.nested = true;
  else if (head !== null && (kind !== "bullet" || !head.lead || head.nested)) {
    if (kind === "bullet" && d.last.partner === head.partner) d.last.partner = null;
    if (head.lead && d.list !== null && d.list.partner === head.partner)
      d.list = { ...d.list, partner: head.prev };
    d.head = null;
  }
  const first = d.block !== "bullet";
  d.item = kind === "bullet" ? { partner: d.list?.partner ?? null, figures: false, indent, first } : null;
  // headlines set as lines without a full stop run on as one block of prose under their label
  if (paragraphStart && kind !== "heading" && kind !== "bullet") d.links = false;
  if (kind === "prose" || kind === "heading" || kind === "question" || kind === "answer") {
    d.list = null;
    d.leadWords = null;
    d.leadMode = null;
    if (kind !== "heading") d.unit = null;
  }
  d.block = kind;
}

/** The unit a question asks its figure in: "How many tonnes ...?", "How much, in tonnes, ...?". */
function askedUnit(words: string): "t" | "kt" | null {
  if (!/\bhow\s(?:many|much)\b/i.test(words)) return null;
  if (/\bhow\smany\s(?:thousand\s(?:metric\s)?(?:tonnes|tons)|kilotonnes|kt)\b/i.test(words)) return "kt";
  if (/\bhow\smany\s(?:metric\s)?(?:tonnes|tons)\b/i.test(words)) return "t";
  return unitNamed(words);
}

/**
 * The value carried into a figure that names none itself: the most recent of the topic layers and
 * the last sentence; `other` is a different value a layer holds, or else the month the story is on
 * (`story`), a plausible alternative reading.
 */
export function carried(
  d: Discourse,
  part: Part,
): { value: Named | null; other: Named | null; /** `other` is the month the story is on. */ story?: true } {
  const layers = [d.asked?.[part], d.list?.[part], d.section[part], d.last[part]].filter(
    (n): n is Named => n != null,
  );
  // an answer to a question that names no destination ("Was August a record?") is about the total:
  // a destination named before the question is only another reading
  if (part === "partner" && d.block === "answer" && d.asked !== null && d.asked.partner === null)
    return d.follows !== null
      ? { value: d.follows, other: layers.find((n) => n.value !== d.follows?.value) ?? null }
      : { value: null, other: layers[0] ?? null };
  if (layers.length === 0) return { value: null, other: null };
  if (part === "period" && d.lastSpan !== null) layers.push(d.lastSpan);
  // an answer reads its question's subject first, a bullet its list's lead or heading (not its
  // sibling's); otherwise the most recently named wins
  const lead = d.block === "bullet" ? (headOf(d, part) ?? d.list?.[part] ?? d.section[part]) : null;
  // the span stepped aside to is only another reading, unless it is all that was named (a heading's span)
  const named = layers.filter((n) => n !== d.lastSpan);
  const value =
    d.asked?.[part] ?? lead ?? (named.length > 0 ? named : layers).reduce((a, b) => (b.at > a.at ? b : a));
  const other = layers.find((n) => n.value !== value.value) ?? null;
  if (other === null && part === "period" && d.story !== null && d.story.value !== value.value)
    return { value, other: d.story, story: true };
  return { value, other };
}

/** The topic's value for a part (a heading, a lead line, a question), without the last sentence. */
export function topicOf(d: Discourse, part: Part): Named | null {
  return d.asked?.[part] ?? headOf(d, part) ?? d.list?.[part] ?? d.section[part] ?? null;
}

/** The destination of the bullet without figures that heads the bullet being read, when it leads no list. */
function headOf(d: Discourse, part: Part): Named | null {
  return part === "partner" && d.block === "bullet" && d.head?.lead === false ? d.head.partner : null;
}

/** The unit a heading or lead line names for the figures under it: "(t)", "in tonnes", "(kt)". */
export function unitNamed(words: string): "t" | "kt" | null {
  if (
    /\(\s?(?:kt|'000 ?t|thousand (?:metric )?(?:tonnes|tons))\s?\)|\bin (?:thousands? of|thousand|'000) (?:metric )?(?:tonnes|tons)\b|\bin kt\b/i.test(
      words,
    )
  )
    return "kt";
  // "..., metric tons (source: the customs agency)": a caption's unit may come before its source; a
  // chart's caption may end on the unit's symbol ("Figure 3: Magnet exports by destination, October 2025, t")
  if (
    /\(\s?(?:t|mt|tonnes|tons|metric (?:tonnes|tons))\s?[),]|\(\s?(?:metric\s)?(?:tonnes|tons)\s(?:bought|shipped|exported|sold|sent|received|imported|taken)\b|\bin (?:metric )?(?:tonnes|tons)\b|,\s(?:metric )?(?:tonnes|tons|t|mt)\s*(?:\([^()]{0,120}\)\s*)?[:.]?\s*$/i.test(
      words,
    )
  )
    return "t";
  return null;
}

/**
 * After a sentence: what it named becomes `last`; a heading or lead line without figures becomes
 * the topic of what follows; a question's subject holds for its answer.
 */
export function leaveSentence(
  d: Discourse,
  named: Topic,
  how: {
    figures: number;
    question: boolean;
    lead: boolean;
    /** The sentence leads the marked bullets under it with figures of its own: it still heads them. */
    leadsList?: boolean;
    words: string;
    flashback?: boolean;
    /** The flashback is told in the past perfect ("Shipments had collapsed in April"): background even where it opens the text. */
    background?: boolean;
    /** A heading names its destination apart from its subject: not the section's destination. */
    destinationApart?: boolean;
    /** The unit of the tonnages the sentence wrote with their unit. */
    tonnes?: "t" | "kt" | null;
    /** The sentence's number in the text. */
    at?: number;
  },
): void {
  if (how.tonnes && how.at !== undefined) d.lastTonnes = { unit: how.tonnes, at: how.at };
  if (how.question && how.at !== undefined) {
    const unit = askedUnit(how.words);
    d.askedUnit = unit === null ? null : { unit, at: how.at };
    if (named.partner !== null && named.partner.value !== "WLD") d.askedDestinationAt = how.at;
  }
  if (how.figures > 0 && d.item !== null) d.item.figures = true;
  // "Asia's magnets from China: a country rundown", "ASIA MORNING CALL": a continent a heading or
  // lead line names is what the countries and totals under it are grouped by, not their destination
  if ((how.lead || d.block === "heading") && named.partner?.value.endsWith("_region"))
    named = { ...named, partner: null };
  const merge = (into: Topic, from: Topic) => {
    for (const p of ["series", "partner", "period"] as const) if (from[p] !== null) into[p] = from[p];
  };
  // the period a question names itself holds for its whole answer; one it only takes from the
  // questions before holds until the answer names another ("Who bought them?" after "And for the
  // year?": "Germany took 1,106 t in December. South Korea took 815 t." is December's)
  const askedPeriod = named.period;
  if (how.question) {
    const t = d.thread;
    d.follows = named.partner === null && FOLLOW_UP.test(how.words) ? (t?.partner ?? null) : null;
    named = {
      // a product not named is the one spoken of last ("rare earths 4,700 t ... and the value?"), even
      // where the thread opened on another
      series: named.series ?? d.last.series ?? t?.series ?? null,
      // a destination is asked anew ("How low did China's total exports go?" asks of no destination)
      partner: named.partner,
      period: named.period ?? t?.period ?? null,
    };
    d.thread = named;
  }
  // a span or a flashback is an aside from the month spoken of; background told in the past perfect
  // ("Shipments had collapsed in April and May") names no month for what follows even where it
  // opens the text, before any month was spoken of
  const aside = d.last.period !== null && !d.last.period.value.includes("..");
  const opening = how.background === true && d.last.period === null && !how.question;
  const flashback = how.flashback === true && (aside || opening);
  const span = (named.period?.value.includes("..") === true && aside) || flashback;
  if (span) {
    d.lastSpan = named.period;
    merge(d.last, { ...named, period: null });
  } else {
    // "Exports were 57,392 t last year. December's were 5,952 t. The US received 5,933 t": a month
    // told after a span leaves the span a reading of what follows
    const before = d.last.period;
    merge(d.last, named);
    if (named.period !== null)
      d.lastSpan =
        before !== null && before.value.includes("..") && !named.period.value.includes("..") ? before : null;
  }
  if (d.story === null && !how.question && !flashback && named.period !== null && isMonth(named.period.value))
    d.story = named.period;
  if (how.question) {
    d.asked = { ...(d.asked ?? empty()) };
    merge(d.asked, { ...named, period: askedPeriod });
    return;
  }
  if (how.leadsList === true) {
    d.leadWords = how.words;
    d.list = { ...empty() };
    merge(d.list, named);
  }
  if (how.figures > 0) return;
  if (LINK_LINE.test(how.words)) d.links = true;
  if (d.block === "heading") d.declared.section = unitNamed(how.words);
  else d.declared.paragraph = unitNamed(how.words) ?? d.declared.paragraph;
  if (how.lead || d.block === "heading") {
    d.unit = unitNamed(how.words);
    d.leadMode = leadModeOf(how.words);
  }
  // a caption set as "Rare earths: monthly exports (kt)" reads as a list item without figures
  else if (d.block === "bullet") d.unit = unitNamed(how.words) ?? d.unit;
  if (how.lead || d.block === "bullet") {
    // "- Germany:", "- Japan, the second buyer": a bullet's destination heads the bullets under it;
    // one that ends in a colon, or opens a list no lead line leads, heads the list
    const item = d.block === "bullet" ? d.item : null;
    const lead = how.lead || (item?.first === true && d.leadWords === null);
    if (how.lead) d.leadWords = how.words;
    d.list = { ...(d.list ?? empty()) };
    if (item !== null && named.partner !== null)
      d.head = { partner: named.partner, indent: item.indent, lead, prev: d.list.partner, nested: false };
    merge(d.list, item !== null && !lead ? { ...named, partner: null } : named);
  }
  // a heading line ending in a colon ("India:") leads a list, and heads the paragraphs under it too
  if (d.block === "heading") {
    // a new heading replaces the section's destination even when it names none ("Background")
    d.section = { series: d.section.series, partner: null, period: d.section.period };
    merge(d.section, how.destinationApart === true ? { ...named, partner: null } : named);
    // a heading or caption that names its product and no destination ("Table 1: China's magnet
    // exports by month") heads China's totals: the destination of the line above it ends there
    if (named.series !== null && named.partner === null) d.last.partner = null;
  }
}

export type LeadMode = "other-reporter" | "forecast" | "link";

/** Another country's own import statistics named as a block's title: "Japanese import data, magnets from China". */
const LEAD_OTHER_REPORTER =
  /\b(?:import (?:data|figures|statistics)|imports? (?:of [\w\s-]{1,30})?from China|(?:Census Bureau|Ministry of Finance|Destatis|Eurostat|Korea Customs Service|customs office)\b)/i;
/** Forecasts named as a block's title: "Outlook", "What to watch:", "Our estimates for December:". */
const LEAD_FORECAST =
  /^\W*(?:outlook|forecasts?|projections?|what to watch|estimates?|consensus|expectations?|previews?)\b|\b(?:our|analysts['’]?|market|street|consensus|brokers['’]?)\s(?:estimates|forecasts|expectations|projections)\b/i;

/** The mode a block's title gives the items under it, or null. */
function leadModeOf(words: string): LeadMode | null {
  if (LINK_LINE.test(words)) return "link";
  if (/\b(?:Chinese|China['’]s) customs\b/i.test(words)) return null;
  if (LEAD_FORECAST.test(words)) return "forecast";
  return LEAD_OTHER_REPORTER.test(words) || findReporter(words) !== null ? "other-reporter" : null;
}

/**
 * The one product a whole text names, when it names no other (before or after): a story that only
 * ever speaks of magnets means magnets in a sentence that names no product, as surely as if it said
 * so. Null when the text names two series, none, or a good the data keeps no series for.
 */
export function soleSeries(
  text: string,
  labels: readonly { start: number; end: number }[] = [],
): string | null {
  // a second series ends the search: a long text need not be read to its end
  const found: Mention<string>[] = [];
  for (const m of seriesMentions(text)) {
    if (found.length > 0 && m.value !== found[0]?.value) return null;
    found.push(m);
  }
  const named = new Set(found.map((m) => m.value));
  if (named.size !== 1) return null;
  // a product named only by a section's label ("Rare earths", "MAGNETS:") heads that section, and
  // the label may name the whole field: the text has not said its figures are that product's
  if (found.every((m) => labels.some((l) => m.start >= l.start && m.end <= l.end))) return null;
  // "rare earth metals" is a series' name; "metals" elsewhere is some other material
  const parts: string[] = [];
  let at = 0;
  for (const m of found) {
    parts.push(text.slice(at, m.start), " ");
    at = m.end;
  }
  parts.push(text.slice(at));
  return namesOtherGood(parts.join("")) ? null : ([...named][0] ?? null);
}

const GOODS = new RegExp(OTHER_GOODS.source, "gi");
/** A policy on goods, not their trade: "controls to cover five more elements", "put under licence". */
const POLICY_WORD = /\b(?:controls?|curbs?|restrictions?|licen[cs](?:es?|ing)|bans?)\b/i;
/** Words that make goods the subject of a trade or output figure. */
const TRADE_OF_GOODS =
  /\b(?:exports?|imports?|shipments?|shipped|sold|sales|produced|production|output)\b|\d/i;

/** A trade noun right after a good: "oxide shipments", "metal export volumes". */
const TRADED_AFTER = /^\s(?:[\w-]+\s)?(?:exports?|imports?|shipments?|sales|output|production)\b/i;

/**
 * Whether a text (its series' names blanked) names a good the data keeps no series for as
 * something traded or made. A good named only as part of a proper name ("Critical Minerals
 * Weekly", "Argus Metals") or as the object of a policy ("controls on seven medium and heavy
 * elements", "elements placed under licence") leaves the text's product its only one.
 */
function namesOtherGood(text: string): boolean {
  for (const m of text.matchAll(GOODS)) {
    const at = m.index;
    const end = at + m[0].length;
    const before = sentenceSide(text.slice(Math.max(0, at - 80), at), "before");
    const after = sentenceSide(text.slice(end, end + 40), "after");
    // "oxide shipments fell", "Cobalt Exports Slump": the good is what is traded
    if (TRADED_AFTER.test(after)) return true;
    const inName =
      /^\p{Lu}/u.test(m[0]) && (/\p{Lu}\p{Ll}*\s$/u.test(before) || /^\s(?:&\s)?\p{Lu}/u.test(after));
    if (inName) continue;
    const policy = POLICY_WORD.exec(before);
    if (policy && !TRADE_OF_GOODS.test(before.slice(policy.index))) continue;
    const policyAfter = POLICY_WORD.exec(after);
    if (
      policyAfter &&
      !TRADE_OF_GOODS.test(after.slice(0, policyAfter.index)) &&
      !TRADE_OF_GOODS.test(before.slice(-30))
    )
      continue;
    return true;
  }
  return false;
}

/** The part of `words` inside the same sentence as the point it borders. */
function sentenceSide(words: string, side: "before" | "after"): string {
  const stops = [...words.matchAll(/[.!?;:\n](?:\s|$)/g)];
  if (side === "before") {
    const last = stops[stops.length - 1];
    return last ? words.slice(last.index + last[0].length) : words;
  }
  return stops[0] ? words.slice(0, stops[0].index) : words;
}
