// A difference in tonnes taken against another destination in the same period: "Germany took 434 t
// more than South Korea", "shipments to Japan were 120 t higher than those to India", "India
// received 240 tonnes less than the United States". The destination after "than" is the base, not
// the figure's own.
import { ENGLISH_MONTH_NAME } from "./lexicon.js";
import type { Mention, PartnerMention } from "./subjects.js";

/**
 * From the end of a difference to the destination it is compared with ("more than", "a shortfall of
 * 460 t against Germany", "compared with", "more than the 854 t that went to").
 */
const THAN_PARTNER =
  /^(?:\s[\w'’-]{2,20}){0,6}?\s(?:than|over|versus|vs\.?|against|compared\s(?:with|to)|relative\sto)\s(?:(?:those|that|the\sshipments|shipments|exports|deliveries|sales|volumes|cargoes)\s(?:to|for|bound\sfor|headed\sfor)\s|(?:to|for|did|went\sto)\s|the\s[\d,.]+\s?(?:t|tonnes|tons)\s(?:(?:that|which)\s(?:went|was\s(?:shipped|sent|exported)|were\s(?:shipped|sent|exported))|shipped|sent|exported|delivered|bound|headed|destined)\s(?:to|for)\s)?(?:the\s)?$/i;

/**
 * The destination a difference in tonnes is taken against, when the words right after it name one
 * ("... 434 t more than South Korea"); null when they compare with a month or name none.
 * @example versusPartner("Japan took 120 t more than Korea", 16, partners)?.value // "KOR"
 */
export function versusPartner(
  clause: string,
  end: number,
  partners: readonly PartnerMention[],
): PartnerMention | null {
  // "277 t below those to the US": the hit's own words end in the comparison
  const compared = BELOW.test(clause.slice(Math.max(0, end - 12), end));
  const p = partners.find(
    (p) =>
      p.start >= end &&
      p.start - end <= 90 &&
      (THAN_PARTNER.test(clause.slice(end, p.start)) ||
        (compared && MULTIPLE_OF.test(clause.slice(end, p.start))) ||
        tonnageTakenBy(clause, p, compared ? TONNAGE_BEFORE_NAME : THAN_TONNAGE_BEFORE_NAME, end)),
  );
  return p === undefined ? null : withJoined(clause, p, partners);
}

/** "more than the 569 t ", right before a destination's name. */
const THAN_TONNAGE_BEFORE_NAME =
  /^(?:\s[\w'’-]{2,20}){0,6}?\s(?<!\b(?:rather|other)\s)than\s(?:the\s)?[\d,.]+\s?(?:t|tonnes|tons)\s$/i;
/** "the 569 t ", right before a destination's name, after a comparison word ("15% above"). */
const TONNAGE_BEFORE_NAME = /^\s(?:the\s)?[\d,.]+\s?(?:t|tonnes|tons)\s$/i;

/**
 * "96% more than the 569 t South Korea took", "15% above the 569 t Korea received": a tonnage, then
 * the destination that took it, with its verb: the comparison is with what that destination took.
 */
function tonnageTakenBy(clause: string, p: PartnerMention, before: RegExp, end: number): boolean {
  return before.test(clause.slice(end, p.start)) && TOOK_AFTER.test(clause.slice(p.end));
}

/** Between destinations named together: ", ", " and ", ", and the ", " plus ". */
const JOIN = /^(?:,\s(?:and\s)?|\s(?:and|&|plus)\s)(?:the\s)?$/i;
/** What may follow destinations named together as one base: a word of sum, the clause's end, its month. */
const GROUP_END =
  /^(?:\s(?:combined|together|put together|taken together|between them|jointly|collectively)\b|\s?(?:[.,;:)!?]|$)|\s(?:in|during|last|this|that|a year|a month)\b|['’]s?\s(?:combined|joint)\b)/i;

/**
 * "236 t more than Japan and the US combined", "27% above Japan and Korea put together": one number
 * set against destinations named together is set against their sum (no one figure could be the gap
 * to each), the partner "JPN+USA". The destination alone when no other is joined to it, or when the
 * one after the join goes on with words of its own ("than Japan, and the US took 582 t").
 */
function withJoined(
  clause: string,
  first: PartnerMention,
  partners: readonly PartnerMention[],
): PartnerMention {
  const group = [first];
  for (const q of partners) {
    const last = group[group.length - 1] as PartnerMention;
    if (q.start < last.end) continue;
    if (!JOIN.test(clause.slice(last.end, q.start))) break;
    group.push(q);
  }
  const last = group[group.length - 1] as PartnerMention;
  const values = [...new Set(group.map((g) => g.value))];
  if (values.length < 2 || !GROUP_END.test(clause.slice(last.end))) return first;
  return { value: values.join("+"), start: first.start, end: last.end, weak: first.weak };
}

/** Nouns for what a destination took, after its name: "the US volume", "Japan's total", "the Japanese figure". */
const TAKEN =
  "(?:volumes?|figures?|totals?|levels?|tally|amounts?|shipments|purchases|imports|intake|deliveries)";
/**
 * What went to a destination, between a comparison word and its name: "those to", "what went to",
 * "the 305 t sent to", "the 150 t that went to".
 */
const OBJECT =
  "(?:(?:those|that|the\\sshipments|shipments|exports|deliveries|sales|volumes|cargoes|what|the\\s[\\d,.]+\\s?(?:t|tonnes|tons))\\s(?:(?:(?:that|which)\\s(?=went|was|were))?(?:went|was\\s(?:shipped|sent|exported)|were\\s(?:shipped|sent|exported)|shipped|sent|exported)\\s)?(?:to|for|of|bound\\sfor|headed\\sfor)\\s|(?:to|for|did|went\\sto)\\s)";
/** The words between a percentage and the destination it is taken against: "87% more than went to", "48% below the". */
const RATIO_TO = new RegExp(
  `^(?:(?:\\s[\\w'’-]{2,20}){0,6}?\\s(?<!\\b(?:rather|other)\\s)than\\s${OBJECT}?|\\s(?:below|above|under|short\\sof|ahead\\sof|behind)\\s)(?:the\\s)?$`,
  "i",
);
/**
 * After "as much", "as large" and the like: "twice as much as Korea", "as large as those to Japan",
 * "half as many magnets as Germany".
 */
const AS_TO = new RegExp(
  `^(?:\\s(?:magnets?|tonnes?|tons|rare[- ]earths?|material|metal))?\\sas\\s${OBJECT}?(?:the\\s)?$`,
  "i",
);
/** Between a multiple and the destination whose intake it is taken of: "of what", "what the". */
const WHAT_GAP = /^\s(?:of\s)?what\s(?:the\s)?$/i;
/** What a destination named after "what" did: "what Germany took", "what the US bought". */
const TOOK_AFTER = /^\s(?:took|takes|gets|got|received|receives|bought|buys|imported|imports|had)\b/i;
/** Words that end a comparison with what follows: "48% below", "277 tonnes short of". */
const BELOW = /\b(?:below|above|under|behind|short\sof|ahead\sof)$/i;
const AS_COMPARISON = /\b(?:much|many|large|big|high|great|heavy)$/i;
/**
 * The words between a multiple and the destination it is taken of ("1.6 times those to India", "twice
 * Japan's"), or between a comparison and it ("277 t below those to the US").
 */
const MULTIPLE_OF = new RegExp(`^\\s${OBJECT}?(?:the\\s)?$`, "i");
/**
 * A destination named as the owner of a quantity: "the US volume", "Japan's total", "Japan's." (not
 * "the EU's demand").
 */
const OWNER_AFTER =
  /^(?:['’]s?(?=\s?[.,;)]|$)|(?:['’]s?)?\s(?:(?:total|magnet|monthly)\s)?(?:volumes?|figures?|totals?|levels?|tally|amounts?|shipments|purchases|imports|intake|deliveries|tonnage)\b)/i;
const MULTIPLE_WORDS =
  /\b(?:times|twice|double|triple|treble|half|thirds?|quarters?|fifths?|tenths?)\b|\dx\b|fold\b/i;
/** A percentage taken of what follows: "52% of" (those to the US, the US volume). */
const PCT_OF_END = /(?:%|per ?cent|percent)\sof$/i;
/** The hit's own words end in an amount: "twice the volume", "half the tonnage". */
const AMOUNT_END = /\b(?:volumes?|amounts?|quantity|tonnage|totals?|figures?|levels?)$/i;
/** After such an amount, where it went: "shipped to", "that went to", "sent to the". */
const SENT_TO =
  /^\s(?:(?:that|which)\s)?(?:(?:went|was\s(?:shipped|sent|exported)|were\s(?:shipped|sent|exported)|shipped|sent|exported|delivered)\s)?(?:to|for|bound\sfor|headed\sfor)\s(?:the\s)?$/i;
/** The hit's own words end in what went to a destination ("1.6 times those to"). */
const ENDS_IN_OBJECT = /\b(?:those|that|what|went|shipped|sent)\s(?:to|for|of)$/i;

/** After the destination, what it took in a month of its own: "than India received in May". */
const TOOK_IN_MONTH = new RegExp(
  `^\\s(?:had\\s)?(?:received|took|got|imported|bought|did)\\s(?:in|during)\\s(?:${ENGLISH_MONTH_NAME})\\b`,
);

/**
 * The destination whose own earlier month a change right before it is taken against, when the clause
 * names no destination before the change: "that was 60.3% more than the EU received in October",
 * "up 20% on what Japan took in June". The change is that destination's, over time.
 * @example ownMonthBase("that was 60.3% more than the EU received in October", 9, 19, partners)?.value // "EU27"
 */
export function ownMonthBase(
  clause: string,
  start: number,
  end: number,
  partners: readonly PartnerMention[],
): PartnerMention | null {
  if (partners.some((q) => q.start < start)) return null;
  const p = partners.find((q) => q.start >= end && q.start - end <= 30);
  if (p === undefined || !THAN_BEFORE_NAME.test(clause.slice(end, p.start))) return null;
  return TOOK_IN_MONTH.test(clause.slice(p.end, p.end + 40)) ? p : null;
}

/** Between a change and a destination: "more than the", "above what", "on what". */
const THAN_BEFORE_NAME = /^\s(?:[\w-]+\s){0,2}?(?:than|on what|over what)\s(?:the\s)?$/i;

/**
 * "172 tonnes, 15% more than India received in May" with no other destination named before: the
 * figure is set against the same destination's figure of another month, a change over time.
 */
const ownEarlierMonth = (
  clause: string,
  start: number,
  p: PartnerMention,
  partners: readonly PartnerMention[],
) =>
  TOOK_IN_MONTH.test(clause.slice(p.end, p.end + 40)) &&
  partners.every((q) => q.start >= start || q.value === p.value);

/**
 * The destination a percentage or multiple is taken against, when the words after it compare with
 * another destination of the same period ("87% more than went to Vietnam", "twice as much as Korea",
 * "1.6 times those to India", "nearly double Japan's"): a ratio of two destinations, not a change
 * over time. Null when the words compare with a month or name no destination.
 * @example ratioPartner("the US took 656 t, 41% less than Germany", 18, 26, partners)?.value // "DEU"
 */
export function ratioPartner(
  clause: string,
  start: number,
  end: number,
  partners: readonly PartnerMention[],
): PartnerMention | null {
  const words = clause.slice(start, end);
  const multiple = MULTIPLE_WORDS.test(words) || PCT_OF_END.test(words);
  const as = AS_COMPARISON.test(words);
  const found = partners.find((p) => {
    if (p.start < end || p.start - end > 90 || ownEarlierMonth(clause, start, p, partners)) return false;
    const gap = clause.slice(end, p.start);
    if (RATIO_TO.test(gap) || (as && AS_TO.test(gap))) return true;
    // "96% more than the 569 t South Korea took", "15% above the 569 t Korea received"
    if (tonnageTakenBy(clause, p, BELOW.test(words) ? TONNAGE_BEFORE_NAME : THAN_TONNAGE_BEFORE_NAME, end))
      return true;
    // "48% below the US": the comparison word closes the figure's own words
    // ... or "15% above the 569 t shipped to South Korea"
    if (BELOW.test(words) && (/^\s(?:the\s)?$/.test(gap) || TONNAGE_SENT.test(gap))) return true;
    // "nearly twice the volume shipped to South Korea": the hit's words end in what was shipped
    if ((multiple || as) && AMOUNT_END.test(words) && SENT_TO.test(gap)) return true;
    // "nearly three-quarters of what Germany took", "twice what Japan bought": the name, then its verb
    if (multiple && WHAT_GAP.test(gap) && TOOK_AFTER.test(clause.slice(p.end))) return true;
    if (!multiple || !MULTIPLE_OF.test(gap)) return false;
    // "twice Japan's", "half the US volume", "three times those to Vietnam", "more than four times
    // the US" closing its clause: not "double the US rise"
    const bare = /^\s(?:the\s)?$/.test(gap);
    return (
      !bare ||
      ENDS_IN_OBJECT.test(words) ||
      OWNER_AFTER.test(clause.slice(p.end)) ||
      /^\s*(?:[.;:)!?]|$)/.test(clause.slice(p.end))
    );
  });
  return found === undefined ? null : withJoined(clause, found, partners);
}

/** The words between a percentage and the product it is taken against: "26% higher than its exports of". */
const PRODUCT_AFTER =
  /^(?:(?:\s[\w'’-]{2,20}){0,6}?\s(?<!\b(?:rather|other)\s)than|\sas)\s(?:(?:its|their|China's)\s)?(?:(?:exports|shipments|sales|those|that)\s(?:of\s)?)?(?:the\s)?$/i;

/**
 * The product a percentage or multiple is taken against, when the words after it compare with
 * another product's figure of the same month ("magnet exports were 26% higher than its exports of
 * rare earths"): a ratio of two products. Null when the words name no other product there.
 * @example ratioProduct(clause, hit.start, hit.end, findSeries(clause))?.value // "rare-earths"
 */
export function ratioProduct(
  clause: string,
  start: number,
  end: number,
  series: readonly Mention<string>[],
): Mention<string> | null {
  const own = series.filter((m) => m.end <= start).pop();
  const other = series.find((m) => m.start >= end && m.start - end <= 60);
  if (own === undefined || other === undefined || other.value === own.value) return null;
  const gap = clause.slice(end, other.start);
  if (/^\sas\s/i.test(gap) && !AS_COMPARISON.test(clause.slice(start, end))) return null;
  return PRODUCT_AFTER.test(gap) ? other : null;
}

/**
 * The product the object of a verb of comparing names ("magnet exports outstripped rare earth exports
 * by 656 t"), when the words before the verb name another: the difference is taken against it.
 * @example objectProduct({ start: 27, end: 45 }, series) // the rare-earths mention
 */
export function objectProduct(
  object: { start: number; end: number },
  series: readonly Mention<string>[],
): Mention<string> | null {
  const own = series.filter((m) => m.end <= object.start).pop();
  const other = series.find((m) => m.start >= object.start && m.end <= object.end);
  return own === undefined || other === undefined || other.value === own.value ? null : other;
}

/** Before a destination that took an amount: "the volume", "of the tonnage that", "des von", "der an". */
const AMOUNT_BEFORE =
  /^\s(?:of\s)?(?:the\s)?(?:(?:volumes?|amounts?|quantity|tonnage|totals?|figures?|shipments)\s(?:(?:that|which)\s)?|what\s)?(?:the\s)?$|^\s(?:(?:des|der|dessen)\s)?(?:von|an|nach)\s$/i;
/** After it, what makes the amount its own: "Germany received", "(what) Germany gets", "Germany's", "the German total", "bezogenen". */
const TAKER_AFTER = new RegExp(
  `^(?:['’]s?\\b|\\s(?:received|receives|took|takes|got|gets|imported|imports|bought|buys|absorbed|was sent|obtained)\\b|\\s${TAKEN}\\b|\\s(?:bezogenen|erhaltenen|gelieferten|importierten)\\b)`,
  "i",
);

/**
 * "less than half the volume Germany received", "half of Germany's tonnage", "under half the German
 * total", "three-quarters of what Germany took", "weniger als die Hälfte des von Deutschland
 * bezogenen Volumens": the words right after a
 * fraction name what another destination took, so the fraction compares two destinations.
 * @example fractionOfAnother(" the volume Germany received", findPartners(" the volume Germany received")) // true
 */
export function fractionOfAnother(after: string, partners: readonly PartnerMention[]): boolean {
  return partners.some(
    (p) =>
      p.start <= 60 &&
      AMOUNT_BEFORE.test(after.slice(0, p.start)) &&
      TAKER_AFTER.test(after.slice(p.end, p.end + 30)),
  );
}

/** After an amount, the words that make it what a destination got: "shipped to", "that went to", "destined for". */
export const SENT_TO_WORDS = String.raw`\s(?:(?:that|which)\s(?:went|was\s(?:shipped|sent|exported)|were\s(?:shipped|sent|exported))|shipped|sent|exported|delivered|bound|headed|destined)\s(?:to|for)\s`;
/** What went to a destination, named before it: "those to", "what went to". */
const WHAT_WENT = String.raw`(?:those|what\swent)\s(?:to|for)\s`;
/** The same words ending the text, "the" after them or not: "shipped to the". */
const SENT = String.raw`${SENT_TO_WORDS}(?:the\s)?$`;
const SENT_AFTER_AMOUNT = new RegExp(`^${SENT}`, "i");
/** The amount the fraction is of, then where it went: " of the tonnage that went to" (in its words or after them). */
const AMOUNT_SENT = new RegExp(`(?:^|\\sof)\\sthe\\s(?:volumes?|amounts?|quantity|tonnage)${SENT}`, "i");
/** A tonnage, then where it went, before the destination's name: " the 569 t shipped to", " the 150 t that went to". */
const TONNAGE_SENT = new RegExp(`^\\sthe\\s[\\d,.]+\\s?(?:t|tonnes|tons)${SENT}`, "i");

/** What went somewhere, named after "of": "of what went to", "of those to", "of the volume shipped to". */
const SENT_SOMEWHERE = new RegExp(
  `(?:^|\\s)of\\s(?:${WHAT_WENT}|the\\s(?:volumes?|amounts?|quantity|tonnage)${SENT_TO_WORDS})(?!(?:the\\s)?(?:world|all\\b|every|other\\s(?:destinations|countries|markets)|overseas|abroad))`,
  "i",
);

/**
 * "roughly half of what went to Freedonia", "a third of the volume shipped to the Gulf states": the
 * words make the whole what went to some other place, named or not; it is never the total.
 */
export function amountSentSomewhere(words: string, after: string): boolean {
  return SENT_SOMEWHERE.test(words.slice(-40) + after.slice(0, 60));
}

/**
 * "a third of the volume shipped to the US", "got a fifth of the tonnage that went to Japan": an
 * amount, then what makes it another destination's (not "a third of the volume went to the US", a
 * share of the whole).
 * @example amountSentTo("a third of the volume", " shipped to the US", findPartners(" shipped to the US")) // true
 */
export function amountSentTo(words: string, after: string, partners: readonly PartnerMention[]): boolean {
  const ends = AMOUNT_END.test(words);
  return partners.some((p) => {
    if (p.start > 50) return false;
    const gap = after.slice(0, p.start);
    return (ends && SENT_AFTER_AMOUNT.test(gap)) || AMOUNT_SENT.test(words.slice(-40) + gap);
  });
}
