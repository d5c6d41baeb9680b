// Whether a change is of the value in money or of the tonnage. Said with value words ("the value of
// magnet exports dropped 8%", "down 14% in renminbi terms", "worth $120 million, a rise of 9%") or
// right after a sum of money ("US$41.2 mln, up 22% y/y") it is the value's. Set after a sum of money
// across a period or a clause break, with no subject of its own ("fetched $57 million in March, an
// increase of 11%", "came to $330 million; that was down 6%"), it is most likely the value's, the
// tonnage's kept as another reading. When a tonnage comes first and the money is only set beside it
// ("6,150 t, a value of $270 million, up 12%"), the tonnage's is read first and the value's kept as
// another reading. A change after a tonnage or volume word stays the tonnage's. A change whose
// subject is a share ("the US share rose 65%") is the share's. The sum may be written as the
// European press writes it ("18,7 milioni di dollari, il 48,3% in meno"), and a second change joined
// to the first with no subject of its own ("$18.7 million, down 48.3% on the year and 13.7% on the
// month") is set after the same sum.
import type { ClauseRead, Figure } from "./read-clause.js";
import { DOWN_VERBS, TRADE_WORD, UP_VERBS } from "./lexicon.js";
import { allMatches } from "./all-matches.js";

export type ChangeMeasure = "qty" | "value" | "either" | "value-or-qty" | "share";

/**
 * A share named as the subject right before the change: "the US share of magnet exports rose 65%",
 * "its portion slipped", "Japan's share has nearly doubled". The change is the share's.
 */
const SHARE_SUBJECT =
  /\b(?:share|portion|proportion|slice)(?:\s(?:of|in)\s(?:the\s)?(?:[\w'’-]+\s){0,4}?[\w'’-]+)?\s(?:(?:has|had|have|also|then|further|again|since|[a-z]+ly)\s)*$/i;

/** A destination's possessive with no noun after it, right before the change: "while Germany's rose". */
const ELIDED_OWNER =
  /(?:^|[\s,;])[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s(?:(?:has|had|have|also|then|further|again|[a-z]+ly)\s)*$/;
/** A share that moved, told before: "the US share of magnet exports fell", "Washington's portion slipped to 9.5%". */
const SHARE_MOVED = new RegExp(
  `\\b(?:share|portion|proportion)(?:\\s(?:of|in)\\s(?:the\\s)?(?:[\\w'’-]+\\s){0,4}?[\\w'’-]+)?\\s(?:(?:has|had|have|also|then|[a-z]+ly)\\s)*(?:${UP_VERBS}|${DOWN_VERBS}|shrank|was|were|stood|hit|reached)\\b`,
  "i",
);

/** Words that make what follows a value in money: "the value of", "export value", "worth", "in value terms". */
const VALUE_BEFORE =
  /\b(?:in (?:value|dollar|US dollar|yuan|renminbi|RMB|USD|euro|yen) terms|by value|value of|valued at|export values?|(?:exports?|shipments?) (?:by|in) value|worth)\b/gi;
/**
 * The value of the goods just spoken of, pointed back to: "their value fell 15.9%", "its export value
 * rose". Whatever tonnage came before, the change is the value's (not "its value per tonne", a price).
 */
const OWN_VALUE = /\b(?:its|their)\s(?:(?:total|overall|export|combined)\s)?values?\b(?!\s(?:per|of)\b)/gi;
/** The same said right after a change: "rose 12% in yuan terms", "down 20% by value". */
const VALUE_AFTER =
  /^[^.;:]{0,25}?\b(?:in (?:value|dollar|US dollar|yuan|renminbi|RMB|USD|euro|yen) terms|by value)\b/i;
/** A tonnage or volume word: after the value words, what follows is a quantity again. */
const QUANTITY_WORDS =
  /\d\s?(?:t|tonnes|tons|kt|kg)\b|\b(?:volumes?|tonnages?|in (?:volume|tonnage) terms|by volume)\b/i;
/** A sum of money: "$68.6 mln", "US$41 million", "2.1 billion yuan". */
const MONEY =
  /(?:(?:US)?[$€¥£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:(?:mn|mln|million|bn|billion)\s)?(?:yuan|(?:US\s)?dollars|euros|yen))(?:\s?(?:mn|mln|million|bn|billion|m|b|k)\b)?/gi;
/** A sum as the European press writes it: "18,7 milioni di dollari", "95,2 millions de dollars", "1,2 Mrd. Euro". */
const EUROPEAN_MONEY =
  /\d[\d,.]*\s(?:milioni|millones|millions?|milhões|Millionen|Mio\.?|miliardi|mil millones|mil milhões|milliards?|Milliarden|Mrd\.?)\s(?:de\s|d['’]|di\s)?(?:US-Dollar|Dollar|dollars|dólares|dollari|Euro|euros|euro|yuan)(?![\p{L}])/giu;
/** A tonnage: "6,150 tonnes", "5,473t", "4.8k t". */
const TONNAGE = /\d\s?(?:t|tonnes|tons|metric tons|mt|kt|kg|k t)\b/gi;

/** Where the last match of `re` in `text` ends, or -1. */
function lastEnd(re: RegExp, text: string): number {
  const m = allMatches(re, text).pop();
  return m === undefined ? -1 : m.index + m[0].length;
}

/**
 * Whether the change `f` of clause `index` is the value's, the tonnage's, or either's: `either`
 * reads the tonnage's first, `value-or-qty` the value's first, each keeping the other as a reading.
 */
export function measureOfChange(clauses: readonly ClauseRead[], index: number, f: Figure): ChangeMeasure {
  const clause = clauses[index]?.seg.text ?? "";
  if (VALUE_AFTER.test(clause.slice(f.end))) return "value";
  const before = clause.slice(0, f.start);
  if (SHARE_SUBJECT.test(before)) return "share";
  // "The US share fell in September, while Germany's rose": a possessive standing for the share just told of
  if (ELIDED_OWNER.test(before)) {
    const told = `${index > 0 ? (clauses[index - 1]?.seg.text ?? "") : ""} ${before}`.slice(-300);
    if (SHARE_MOVED.test(told)) return "share";
  }
  const own = allMatches(OWN_VALUE, before).pop();
  if (own !== undefined && !QUANTITY_WORDS.test(before.slice(own.index + own[0].length))) return "value";
  const word = allMatches(VALUE_BEFORE, before).pop();
  if (word !== undefined && !QUANTITY_WORDS.test(before.slice(word.index + word[0].length)))
    return lastEnd(TONNAGE, before.slice(0, word.index)) >= 0 ? "either" : "value";
  // the clause before is as far back as a change's missing subject is looked for
  const earlier = index > 0 ? `${(clauses[index - 1]?.seg.text ?? "").slice(-240)} ` : "";
  const sentence = earlier + before.slice(-240);
  const money = Math.max(lastEnd(MONEY, sentence), lastEnd(EUROPEAN_MONEY, sentence));
  // a clause break between them counts as a comma
  const broken = money >= 0 && money <= earlier.length;
  const tail = sentence.slice(money);
  if (money < 0 || money <= lastEnd(TONNAGE, sentence) || !setAfter(tail, broken)) return "qty";
  if (lastEnd(TONNAGE, sentence.slice(0, money)) >= 0) return "either";
  // right after the money ("US$41.2 mln, up 22%") the change is the value's; with a period or a
  // clause break between them ("$57 million in March, an increase of 11%") the tonnage's may be meant
  return !broken && JUST_AFTER.test(tail) ? "value" : "value-or-qty";
}

/** A change right after a sum of money, joined by a comma or dash: "$68.6 mln, down 15.9% y/y". */
const JUST_AFTER = /^\s*[,(–—-]\s*(?:or\s|and\s)?$/;

/**
 * Whether the words between a sum of money and a change set the change after it with no subject
 * of its own: a comma, dash or clause break, perhaps the period ("$8.5 million in 2023, a decline of
 * 66%", "$330 million in September; that was down 6%"), but no trade noun, tonnage or other number.
 */
function setAfter(tail: string, broken: boolean): boolean {
  if (tail.length > 60 || !(broken || /[,;(–—-]/.test(tail))) return false;
  // a year, or another change set after the same sum ("down 48.3% on the year and"), is no other number
  if (/\d/.test(tail.replace(/\b(?:19|20)\d{2}\b|\d[\d.,]*\s?%/g, ""))) return false;
  return !TRADE_WORD.test(tail) && !QUANTITY_WORDS.test(tail);
}
