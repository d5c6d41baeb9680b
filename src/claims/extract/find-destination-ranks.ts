// A destination's rank among the destinations of a period: "Germany remained the No.1 destination",
// "the largest buyer was Germany", "South Korea, the second largest,", "the US, China's second-biggest
// market,", "Vietnam, ranking third,", "the US was in second place". Each is read with the
// destination it is said of, which stands right before it or right after "was".

import { ENGLISH_MONTH_NAME, ORDINAL_WORD, parseCount } from "./lexicon.js";
import type { RankHit } from "./find-ranks.js";
import { findSecondOnlyDestinations } from "./second-only.js";
import { findPartners, type PartnerMention } from "./subjects.js";
import { findCjkDestinationRanks } from "./find-ranks-cjk.js";
import { destinationRank as hit, findEuropeanDestinationRanks } from "./find-destination-ranks-europe.js";
import { allMatches, latin1Stub } from "./all-matches.js";
import { hinted, mayMatch } from "./hints.js";

/** A destination's rank, with the destination it is said of. */
export interface DestinationRankHit extends RankHit {
  partner: PartnerMention;
}

/** The place: "No.1", "number two", "top", "largest", "second-biggest", "third largest". */
const PLACE = `(?:(?:No\\.?\\s?|#)(\\d)|number[\\s-](one|two|three|four|five|\\d)(?![\\d,.])|(top|leading|(?:single\\s)?(?:biggest|largest|most important)(?:\\ssingle)?|main)|(${ORDINAL_WORD})[- ](?:largest|biggest)(?:\\ssingle)?)`;
/** What a destination is called; singular, so "the top five destinations" lists and does not rank. */
const NOUN =
  "(?:(?:export|overseas|foreign|magnet|rare-earth)\\s)?(?:destination|buyer|market|importer|customer|recipient|purchaser|taker|outlet)\\b(?!s)";
/** "the largest", "China's second-biggest", "its No.1" before the noun; the noun may be left out after a comma. */
/**
 * What may stand between a destination and its rank: its figure in brackets ("Germany (1,106 t)"),
 * its figure as an aside (", at 1,118 tonnes,") or a connective (", by contrast,").
 */
const ASIDE = `(?:\\s?\\([^()]{1,40}\\))?(?:,\\s(?:at|with)\\s(?:[^,;()]|,(?=\\d)){1,30},|,\\s(?:by contrast|however|again|too|meanwhile|though|in turn|once more|as usual|as expected),|,\\s(?:which|who)\\s(?:[^,;()]|,(?=\\d)){1,70},)?`;
/** The destinations a place is counted among: "among destinations", "of China's magnet buyers". */
const AMONG =
  "(?:among|of)\\s(?:the\\s|China's\\s|its\\s)?(?:(?:magnet|export|overseas)\\s)?(?:destinations|buyers|markets|importers|customers|recipients)\\b";
const RANK_AFTER = new RegExp(
  `^${ASIDE}(?:,\\s(?:(?:still|again|once again|now)\\s)?|\\s(?:still|again|once again)\\s|\\s(?:(?:thus|still|also|again|therefore|once again|now)\\s)?(?:remained|remains|was|is|became|stayed|stays|continued to be|ranked as|ranks as|held on as|(?:kept|keeps|keeping|retained|retains|held|holds|held on to|holds on to)\\s(?:the|its)\\s(?:title|crown|mantle|status|position|place|spot|role)\\s(?:of|as)|emerged as)\\s(?:(?:still|again|once again)\\s)?)(?:(?:China's|its|the|China's|Beijing's)\\s){0,2}${PLACE}(?:\\s(?:overseas|foreign)\\s${NOUN}|\\s${NOUN}|\\s${AMONG}|(?=,|\\s*(?:[.;!]|$)|\\s(?:at|with|on)\\s[~≈]?\\d))`,
  "i",
);
const RANKING = new RegExp(
  `^${ASIDE}(?:,\\s(?:ranking|ranked)\\s|,\\s(?:(?:now|still|again)\\s)?in\\s(?=(?:${ORDINAL_WORD})\\splace)|\\s(?:ranked|ranking|came|was|is|finished|now)\\s(?:back\\s)?(?:in\\s)?(?:at\\s)?|\\s(?:(?:still|again)\\s)?(?:held|holds|kept|keeps|took|takes|held\\son\\sto|holds\\son\\sto|retained|retains|claimed|claims|secured)\\s(?:the\\s)?(?=(?:${ORDINAL_WORD})\\s(?:place|spot|position)\\b)|(?:\\s|,\\s(?:which|who)\\s)(?:dropped|slipped|fell|slid|dipped|sank|climbed|rose|moved|jumped|advanced|returned)\\s(?:back\\s)?(?:up\\s|down\\s)?(?:to|into)\\s)(${ORDINAL_WORD}|No\\.?\\s?\\d|number\\s(?:one|two|three|four|five))(?:\\s(?:place|spot|position))?\\b(?!\\s(?:month|time|year|straight|consecutive|quarter|half))`,
  "i",
);
/**
 * A bare ordinal between a destination and its figure, as league tables in prose write them: "South
 * Korea third at 569 t", "India fifth with 416 t", "Japan sixth (226 t)".
 */
const BARE_PLACE = new RegExp(
  `^${ASIDE}\\s(?:a\\s(?:distant|close|clear|solid|strong|lowly)\\s)?(${ORDINAL_WORD}|No\\.?\\s?\\d|#\\d)(?=\\s(?:at|with|on)\\s(?:(?:about|around|some|roughly|nearly|just over|just under)\\s)?\\d|\\s?\\(\\d)`,
  "i",
);
/**
 * Between one destination's place and the next list item's name: a comma, "and", a semicolon, after
 * the month the place is of or what it is among ("Germany came first in October, the US second",
 * "Germany took first place among buyers, the US took second").
 */
const LIST_ITEM_JOIN = new RegExp(
  `^(?:\\s(?:in|during)\\s(?:${ENGLISH_MONTH_NAME})(?:\\s\\d{4})?|\\s${AMONG}){0,2}(?:,|;|,?\\sand|,?\\swhile|,?\\sfollowed by)\\s(?:the\\s)?$`,
  "i",
);
/**
 * The place of a list item after a place said in full ("..., South Korea third", "..., the US took
 * second"), ending the item.
 */
const LISTED_PLACE = new RegExp(
  `^\\s(?:(?:took|takes|was|is|came|ranked|placed|finished|held)\\s)?(?:in\\s)?(${ORDINAL_WORD})(?:\\s(?:place|spot))?(?=\\s*(?:[,.;]|$)|\\s(?:and|among|of|with|at|on)\\b)`,
  "i",
);
/** A place won from another destination: "Vietnam (444 t) edged out India (416 t) for fourth place". */
const WON_PLACE = new RegExp(
  `^${ASIDE}\\s(?:narrowly\\s|just\\s)?(?:edged\\sout|edging\\sout|nudged\\sout|overtook|overtaking|pipped|beat|passed|displaced|leapfrogged|outpaced)\\s[^,;.:]{1,60}?\\s(?:for|into|to\\s(?:take|claim|grab|win))\\s(?:the\\s)?(${ORDINAL_WORD})\\s(?:place|spot|position)\\b`,
  "i",
);
/**
 * A place taken over from another destination: "South Korea overtook the US as the No. 2 buyer",
 * "the US replaced Korea as China's second-largest market", "Vietnam passed India to become the
 * fourth-largest destination".
 */
const TOOK_OVER_PLACE = new RegExp(
  `^${ASIDE}\\s(?:narrowly\\s|just\\s)?(?:overtook|overtaking|passed|displaced|replaced|replacing|supplanted|ousted|unseated|leapfrogged|edged\\sout|pipped)\\s[^,;.:]{1,60}?\\s(?:as|to\\s(?:become|be))\\s(?:(?:China's|its|the)\\s){0,2}${PLACE}\\s${NOUN}`,
  "i",
);
const ASIDE_AT = new RegExp(`^${ASIDE}(?:,?\\s)?`, "i");
/**
 * A place said after the destination's figure, as an aside or a bracket: "Germany: 764 tons, top buyer
 * again", "exports to Germany were 1,116 tonnes, still first", "KR 854t (#2)", "DE 1,288t (still #1
 * buyer)", "Korea 854t: 2nd largest destination", "456 tonnes, standing in third place after Germany",
 * "235 tonnes, the most of any destination", "416 tonnes, the fifth-largest destination that month",
 * "420.5 t, fourth behind Germany, Korea and Vietnam", "456 t, in third place behind Germany",
 * "18.6% of the total, more than any other single country", "654 tons, third among destinations".
 */
const PLACE_AFTER_FIGURE = new RegExp(
  `\\d[^,;:()|]{0,40}(?:\\s?\\([^()]{1,30}\\))?(?:,\\s|:\\s|\\s?\\()(` +
    `(?:(?:still|again|once again|now)\\s)?` +
    `(?:(?:the\\s)?${PLACE}\\s${NOUN}|first|#\\d|(?:${ORDINAL_WORD})(?=\\s*(?:[.;!|]|$)|\\s${AMONG})|(?:standing|coming|ranking|ranked|placed)\\s(?:in\\s)?(?:${ORDINAL_WORD})\\splace|(?:ranking|ranked|coming|placed)\\s(?:${ORDINAL_WORD})(?=\\s(?:behind|after|among)\\s)|(?:in\\s)?(?:${ORDINAL_WORD})(?:\\s(?:place|spot))?(?=\\s(?:behind|after)\\s)|the\\s(?:${ORDINAL_WORD})[- ](?:largest|biggest)(?=\\s(?:behind|after)\\s)|the\\s(?:most|largest|biggest)\\sof\\sany\\s(?:destination|buyer|market|importer|country)\\b|more\\sthan\\sany\\sother\\s(?:single\\s)?(?:destination|buyer|market|importer|country)\\b)` +
    `(?:\\s(?:again|still|once more))?)` +
    `(?=\\s*(?:[.;!|)]|$|,\\s(?:and|while|but)\\b)|(?<!first),\\s|\\s(?:after|behind|among|for|of)\\s|\\s(?:that|this)\\smonth\\b)`,
  "gi",
);
/**
 * The last of the leading destinations a text counts, said after a destination's figure: "Japan
 * received 226 t, the smallest amount among the six largest destinations", "India 416 t, the least
 * of the top five buyers". It ranks that many places down (among the destinations the data holds:
 * more held ones above it leave the claim open, never wrong).
 */
const LAST_OF_LEADING = new RegExp(
  `\\d[^,;:()|]{0,40}(?:,\\s|:\\s|\\s?\\()((?:the\\s)?(?:smallest|lowest|least|fewest)(?:\\s(?:amount|volume|figure|quantity|total|tonnage|intake))?\\s(?:among|of)\\s(?:the\\s|China's\\s)?(?:top\\s)?(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s(?:(?:largest|biggest|main|leading|major)\\s)?(?:destinations|buyers|markets|importers|customers|recipients))\\b`,
  "gi",
);
/**
 * "making Korea the second-largest destination", "keeping Germany the top destination": the place of
 * the destination the verb makes or keeps it.
 */
const MAKE_BEFORE = /\b(?:made|makes|making|kept|keeps|keeping)\s$/i;
// (an adverb may stand in commas after the destination: "making Vietnam, surprisingly, the largest")
const MADE_PLACE = new RegExp(`^(?:,\\s[a-z]+ly,)?\\s(?:(?:China's|its|the)\\s){0,2}${PLACE}\\s${NOUN}`, "i");
/** "Korea's 854 tonnes made it the top destination": the place of the destination before "it". */
const MADE_IT = hinted(
  new RegExp(`\\b(?:made|makes|making)\\sit\\s(?:the\\s|China's\\s)?${PLACE}\\s${NOUN}`, "i"),
  /\b(?:made|makes|making)\sit\s/i,
);
/**
 * The top place said as a spot or a title: "Germany stayed on top", "kept the top spot", "Germany
 * keeps the title.", "South Korea was runner-up".
 */
const TOP_SPOT = new RegExp(
  `^${ASIDE}\\s(?:(?:still|again|once again|now)\\s)?(?:(?:stayed|stays|remained|remains|was|is|finished|ended)\\s(?:firmly\\s|again\\s)?on\\stop|(?:kept|keeps|retained|retains|held|holds|took|takes|regained|reclaimed)\\s(?:the|its)\\stop\\s(?:spot|place|position|slot)|(?:kept|keeps|retained|retains|defended|defends|regained|reclaimed)\\s(?:the|its)\\s(?:title|crown)(?=\\s*(?:[.;!]|$))|(?:topped|tops|led|leads|headed|heads)\\s(?:the|China's)\\s(?:list|ranking|rankings|table|league\\stable)(?:\\sof\\s(?:China's\\s)?(?:(?:export|overseas)\\s)?(?:destinations|buyers|markets|importers|customers|recipients)|(?=\\s(?:with|at|on)\\s(?:(?:about|around|some|nearly|roughly)\\s)?\\d|,\\s|\\s*[.;!]|$))|(?:was|is|finished|came)\\s(?:the\\s)?(runner-up))\\b`,
  "i",
);
/** "That put Korea second among destinations", "placing India third among buyers": the verb's object ranks. */
const PUT_PLACE = new RegExp(
  `^\\s(?:in\\s)?(?:${ORDINAL_WORD}|No\\.?\\s?\\d)(?:\\splace)?\\s(?:among|of)\\s(?:the\\s|China's\\s)?(?:(?:destination|export|overseas)\\s)?(?:destinations|buyers|markets|importers|customers|recipients)\\b`,
  "i",
);
const PUT_BEFORE =
  /\b(?:put|puts|putting|placed|places|placing|left|leaves|leaving|ranked|ranks|ranking)\s(?:the\s)?$/i;
/**
 * "Korea's share was 13.7%, ranking it second behind Germany", "took 569 t, dropping the country to
 * third place behind Germany and the US", "Korea's 569 t put it third, behind the US": the clause's
 * destination before "it".
 */
const RANKING_IT = new RegExp(
  `\\b(?:ranking|placing|putting|leaving|dropping|pushing|moving|bumping|knocking|relegating|lifting|sending|put|puts|placed|places|left|leaves|dropped|drops|pushed|pushes|moved|moves|bumped|knocked|relegated|lifted|lifts|sent|sends)\\s(?:it|the\\s(?:country|nation|market))\\s(?:(?:down|up|back)\\s)?(?:(?:to|into|in)\\s(?:the\\s)?)?(${ORDINAL_WORD}|No\\.?\\s?\\d)(?:\\s(?:place|spot|position))?(?:\\s(?:behind|after|among|of)\\b|(?=\\s*(?:[.,;]|$)))`,
  "i",
);
/**
 * "the largest buyer was Germany", "the largest buyer was again Germany", "top market Germany", "the
 * largest destination in October was Germany" (a month, not a region: "the largest buyer in Asia").
 */
const RANK_BEFORE = new RegExp(
  `(?:\\b(?:the|China's|its)\\s|\\b)(${PLACE}\\s${NOUN})(?:\\s(?:for|of)\\s[\\w\\s'’-]{1,50}?|\\s(?:in|during)\\s(?:${ENGLISH_MONTH_NAME})(?:\\s(?:19|20)\\d{2})?)?(?:\\s(?:was|remained|is)\\s(?:(?:again|still|once again|once more|yet again)\\s)?|\\s)(?:the\\s)?$`,
  "i",
);

/** The place said first, the destination after its verb: "In second place came the USA", "at No. 3 was Korea". */
const PLACE_CAME = new RegExp(
  `\\b((?:in|at)\\s(${ORDINAL_WORD}|No\\.?\\s?\\d)\\s(?:place|spot|position))\\s(?:came|comes|was|is|stood|stands|sat|sits|followed|finished)\\s(?:the\\s)?$`,
  "i",
);

/**
 * The rest of an aside that gives the destination's figure, which a clause break at ", with" cuts
 * off from its name: "South Korea, with 854 tonnes in September, was the second-biggest buyer".
 */
const WITH_ASIDE = "(?:with\\s(?:about\\s|around\\s|some\\s|nearly\\s|just\\s)?\\d[^,;()]{0,36},\\s)?";

/** Verbs of a place won or lost: "slipped to fourth", "rising to become the second-largest". */
const UNNAMED_MOVE =
  "(?:rising|rose|climbing|climbed|moving|moved|jumping|jumped|advancing|advanced|falling|fell|slipping|slipped|dropping|dropped|sliding|slid)";
/**
 * A destination's place said with no destination of its own: the subject left out after "and" ("Japan
 * took 305 t in November, and ranked fourth among destinations") or taken up by "it" ("It was the
 * second-largest destination"). The place must name what it is among (a destination noun or "among
 * buyers"), so that "and ranked fourth" on its own, which may rank months, is not read here.
 */
const UNNAMED_RANK = new RegExp(
  `(?:^\\W*(?:[A-Z][\\w.'-]{0,20}:\\s)?(?:(?:and|but|yet|which)\\s)?${WITH_ASIDE}|,?\\s(?:and|but)\\s|,\\swhich\\s(?=(?:made|makes)\\sit\\s)|,\\s(?=${UNNAMED_MOVE}\\sto\\s))(?:it\\s)?(?:(?:thus|so|also|still|again|now|once again|therefore|hence)\\s){0,2}(?:(?:(?:remained|remains|was|is|became|becomes|becoming|stayed|stays|ranked as|ranks as|emerged as|made it|makes it|making it)|${UNNAMED_MOVE}\\sto(?:\\sbecome)?)\\s(?:(?:still|again|once again)\\s)?(?:(?:China's|its|the)\\s){0,2}${PLACE}(?:\\s(?:overseas|foreign))?\\s${NOUN}|(?:ranked|ranks|came|comes|finished|placed|stood|was|is|${UNNAMED_MOVE}\\s(?:back\\s)?(?:up\\s|down\\s)?to)\\s(?:in\\s)?(${ORDINAL_WORD}|No\\.?\\s?\\d|number\\s(?:one|two|three|four|five))(?:\\s(?:place|spot|position))?(?:\\s${AMONG}|(?=,?\\s(?:ahead\\sof|behind)\\s)))`,
  "i",
);
/**
 * A place said as a fragment with no verb and no destination after an adverb that goes on, as answers
 * and notes put it: "Still the top buyer, at 1,118 tonnes." after "What about Germany?", "Again the
 * largest market." Not "Still the top buyer, Germany took ...", whose destination follows.
 */
const UNNAMED_FRAGMENT = new RegExp(
  `^\\W*(?:[A-Z][\\w.'-]{0,20}:\\s)?(?:still|again|once again|once more)\\s(?:the\\s)?${PLACE}(?:\\s(?:overseas|foreign))?\\s${NOUN}(?=,?\\s(?:at|with|on)\\s|,\\s[~≈]?\\d|\\s*(?:[.;!]|$))`,
  "i",
);
/**
 * The top place said bare, ahead of an adverb that it holds on: "Top again, 1,116 tonnes", "Top spot
 * once more, with 1,288 t", "No. 1 again." after a question on a destination.
 */
const TOP_AGAIN =
  /^\W*(?:[A-Z][\w.'-]{0,20}(?::|\])\s)?(?:top|No\.?\s?1|number one)(?:\s(?:spot|place|position))?\s(?:again|once again|once more|still)(?=,?\s(?:at|with|on)\s|,\s[~≈]?\d|\s*(?:[.;!]|$))/i;
/**
 * A line that opens with its figure and gives the place behind others, its destination asked before
 * ("us?" "420.5t, 4th behind DE KR VN"; "656 t, second behind Germany").
 */
const FIGURE_PLACE_BEHIND = new RegExp(
  `^\\W*(?:\\[[^\\]]{1,12}\\]\\s*)?(?:[\\w.'’ -]{1,24}:\\s*)?[~≈]?\\d[\\d,.]*\\s?(?:t|tonnes|tons|mt)?,\\s(?:in\\s)?(${ORDINAL_WORD})(?:\\s(?:place|spot))?(?=\\s(?:behind|after)\\s)`,
  "i",
);
/** Where a fragment's own words start: past its opening marks and a speaker's label. */
const FRAGMENT_LEAD = /^\W*(?:[A-Z][\w.'-]{0,20}(?::|\])\s)?/;

/** A word every `UNNAMED_RANK` holds, looked for first. */
const UNNAMED_NOUN =
  /destination|buyer|market|importer|customer|recipient|purchaser|taker|outlet|ahead of|behind/i;
/**
 * Where the rank's own words start in an `UNNAMED_RANK` match: past a speaker's label, its joining
 * word, the rest of a "with" aside and "it".
 */
const UNNAMED_LEAD = new RegExp(
  `^\\W*(?:[A-Z][\\w.'-]{0,20}:\\s)?(?:(?:and|but|yet|which)\\s)?${WITH_ASIDE}(?:it\\s)?(?:(?:thus|so|therefore|hence)\\s)?`,
  "i",
);

/**
 * The place of a destination a clause leaves unnamed (see `UNNAMED_RANK`): whose it is, the clause
 * before's subject or the one "it" points back to, is left to the reading of the figure. Null when
 * the clause opens otherwise.
 */
export function findUnnamedDestinationRank(clause: string): { start: number; end: number; n: number } | null {
  if (!UNNAMED_NOUN.test(clause)) return topAgain(clause);
  const m = UNNAMED_RANK.exec(clause);
  if (m === null) return unnamedFragment(clause);
  const n = m[5] !== undefined ? placeIn(m[5]) : placeOf(m, 1);
  if (n === null || n < 1 || n > 10) return null;
  const start = m.index + (UNNAMED_LEAD.exec(m[0])?.[0] ?? "").length;
  return { start, end: m.index + m[0].length, n };
}

/** The place a verbless fragment states (see `UNNAMED_FRAGMENT`, `TOP_AGAIN`), or null. */
function unnamedFragment(clause: string): { start: number; end: number; n: number } | null {
  const top = topAgain(clause);
  if (top !== null) return top;
  const behind = FIGURE_PLACE_BEHIND.exec(clause);
  const place = behind === null ? null : placeIn(behind[1] as string);
  if (behind !== null && place !== null && place > 1 && place <= 10) {
    const end = behind.index + behind[0].length;
    return { start: end - behind[0].length + behind[0].lastIndexOf(behind[1] as string), end, n: place };
  }
  const m = UNNAMED_FRAGMENT.exec(clause);
  const n = m === null ? null : placeOf(m, 1);
  if (m === null || n === null || n < 1 || n > 10) return null;
  return { start: m.index + (FRAGMENT_LEAD.exec(m[0])?.[0] ?? "").length, end: m.index + m[0].length, n };
}

/** The top place said bare (see `TOP_AGAIN`), or null. */
function topAgain(clause: string): { start: number; end: number; n: number } | null {
  const m = TOP_AGAIN.exec(clause);
  if (m === null) return null;
  return { start: m.index + (FRAGMENT_LEAD.exec(m[0])?.[0] ?? "").length, end: m.index + m[0].length, n: 1 };
}

function placeOf(m: RegExpExecArray, first: number): number | null {
  const [no, number, top, ord] = [m[first], m[first + 1], m[first + 2], m[first + 3]];
  if (no) return Number(no);
  if (number) return parseCount(number);
  if (top) return 1;
  return ord ? parseCount(ord) : null;
}

/** Every destination's rank in a clause, with its destination (`partners`: the clause's, when already found). */
/** Words before a destination that deny what follows of it: "it's not like the", "not as if", "not that". */
const DENIED_LEAD = /(?:\bnot|n['’]t)\s(?:like|as\s(?:if|though)|that)\s(?:the\s)?$/i;

export function findDestinationRanks(
  clause: string,
  partners?: readonly PartnerMention[],
): DestinationRankHit[] {
  const cjk = findCjkDestinationRanks(clause, partners ?? findPartners(clause));
  if (cjk.length > 0) return cjk;
  const european = findEuropeanDestinationRanks(clause, partners ?? findPartners(clause));
  if (european.length > 0) return european;
  const only = /\bonly\b/i.test(clause);
  if (
    !only &&
    !/\b(?:No\.?\s?\d|number|top|title|crown|leading|headed|heads|led|leads|biggest|largest|main|place|rank|most important|among|runner-up|first|most of any|any other|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d(?:st|nd|rd|th))|#\d/i.test(
      clause,
    )
  )
    return [];
  const all = partners ?? findPartners(clause);
  const out: DestinationRankHit[] = only ? findSecondOnlyDestinations(clause, all) : [];
  const it = RANKING_IT.exec(clause);
  const owner = it ? all.filter((p) => !p.weak && p.end <= it.index).pop() : undefined;
  if (it && owner) {
    const n = placeIn(it[1] as string);
    if (n !== null && n >= 1 && n <= 10) out.push(hit(it.index, it.index + it[0].length, n, owner));
  }
  for (const p of all) {
    const rest = clause.slice(p.end);
    // a destination that ends its clause ("... went to Japan.") has no words after it to place it
    const onward = (re: RegExp) => (latin1Stub(rest) ? null : re.exec(rest));
    const put = PUT_BEFORE.test(clause.slice(Math.max(0, p.start - 16), p.start)) ? onward(PUT_PLACE) : null;
    const made = MAKE_BEFORE.test(clause.slice(Math.max(0, p.start - 8), p.start))
      ? onward(MADE_PLACE)
      : null;
    if (made) {
      const n = placeOf(made, 1);
      // the rank's words start after the adverb in commas, if any
      const from = p.end + made[0].length - made[0].trimStart().replace(/^,\s[a-z]+ly,\s/i, "").length;
      if (n !== null && n >= 1 && n <= 10) out.push(hit(from, p.end + made[0].length, n, p));
      continue;
    }
    if (put) {
      const n = parseCount(
        put[0]
          .trim()
          .replace(/^in\s/i, "")
          .split(/\s/)[0]
          ?.replace(/^No\.?/i, "") ?? "",
      );
      if (n !== null && n >= 1 && n <= 10) out.push(hit(p.end + 1, p.end + put[0].length, n, p));
      continue;
    }
    // "one of China's largest buyers" is no rank
    if (/\bone of\s(?:the\s)?$/i.test(clause.slice(Math.max(0, p.start - 12), p.start))) continue;
    // "it's not like the US is the main customer", "not that Japan was the top buyer": a place denied
    if (DENIED_LEAD.test(clause.slice(Math.max(0, p.start - 24), p.start))) continue;
    // the rank's own words start after any aside between the destination and them
    const aside = (ASIDE_AT.exec(rest)?.[0] ?? "").length;
    // (a match that did not take the aside, as ", which slid to fourth" may not, starts at the name)
    const from = (m: RegExpExecArray) => p.end + (aside < m[0].length ? aside : 0);
    const spot = onward(TOP_SPOT);
    if (spot) {
      out.push(hit(from(spot), p.end + spot[0].length, spot[1] ? 2 : 1, p));
      continue;
    }
    const bare = onward(BARE_PLACE) ?? onward(WON_PLACE);
    const place = bare ? placeIn(bare[1] as string) : null;
    if (bare && place !== null && place >= 1 && place <= 10) {
      out.push(hit(from(bare), p.end + bare[0].length, place, p));
      continue;
    }
    // "Germany ranked first, South Korea third and Vietnam fourth": a list item that leaves out the
    // verb of the place before it
    const prev = out[out.length - 1];
    const listed =
      prev !== undefined && prev.end <= p.start && LIST_ITEM_JOIN.test(clause.slice(prev.end, p.start))
        ? onward(LISTED_PLACE)
        : null;
    const item = listed ? placeIn(listed[1] as string) : null;
    if (listed && item !== null && item >= 1 && item <= 10) {
      out.push(hit(p.end + 1, p.end + listed[0].length, item, p));
      continue;
    }
    const over =
      /\b(?:overt|passed|displac|replac|supplant|ousted|unseated|leapfrog|edged\sout|pipped)/i.test(rest)
        ? onward(TOOK_OVER_PLACE)
        : null;
    const taken = over ? placeOf(over, 1) : null;
    if (over && taken !== null && taken >= 1 && taken <= 10) {
      out.push(hit(from(over), p.end + over[0].length, taken, p));
      continue;
    }
    const after = onward(RANK_AFTER) ?? null;
    const ranking = after ? null : onward(RANKING);
    const m = after ?? ranking;
    if (m) {
      const n = after ? placeOf(after, 1) : placeIn(m[1] as string);
      if (n === null || n < 1 || n > 10) continue;
      out.push(hit(from(m), p.end + m[0].length, n, p));
      continue;
    }
    const window = clause.slice(Math.max(0, p.start - 90), p.start);
    const before = latin1Stub(window) ? null : RANK_BEFORE.exec(window);
    if (before) {
      const n = placeOf(before, 2);
      if (n === null || n < 1 || n > 10) continue;
      // the span is the rank's own words: a month between them and the name stays the clause's
      const start = p.start - window.length + before.index + before[0].indexOf(before[1] as string);
      out.push(hit(start, start + (before[1] as string).length, n, p));
      continue;
    }
    const came = latin1Stub(window) ? null : PLACE_CAME.exec(window);
    const cameAt = came ? placeIn(came[2] as string) : null;
    if (came && cameAt !== null && cameAt >= 1 && cameAt <= 10) {
      const start = p.start - window.length + came.index + came[0].indexOf(came[1] as string);
      out.push(hit(start, start + (came[1] as string).length, cameAt, p));
    }
  }
  const made = mayMatch(MADE_IT, clause) ? MADE_IT.re.exec(clause) : null;
  if (made) afterOwner(made.index, made[0], placeOf(made, 1), made.index);
  for (const m of allMatches(PLACE_AFTER_FIGURE, clause)) {
    const words = m[1] as string;
    // "fourth behind Germany": a bare place counts only behind a destination ("fourth behind schedule")
    const behind = BARE_BEHIND.exec(clause.slice(m.index + m[0].length));
    const at = m.index + m[0].length + (behind?.[0].length ?? 0);
    if (behind && BARE_ORDINAL.test(words) && !all.some((p) => p.start === at)) continue;
    afterOwner(m.index + m[0].length - words.length, words, placeIn(words), m.index);
  }
  for (const m of allMatches(LAST_OF_LEADING, clause)) {
    const words = m[1] as string;
    afterOwner(m.index + m[0].length - words.length, words, parseCount(m[2] ?? ""), m.index);
  }
  return out.map((h) => (h.above ? h : withNamedAbove(clause, h, all)));

  /** A place said after its destination and figure: the destination nearest before the words, before the figure. */
  function afterOwner(start: number, words: string, n: number | null, figure: number): void {
    const owner = all.filter((p) => !p.weak && p.end <= start).pop();
    // "1,106 — tonnes to Germany in December, again the largest destination": a line that opens
    // with its figure names the figure's destination after it
    const opens = /^[^\p{L}]*$/u.test(clause.slice(0, figure));
    if (n === null || n < 1 || n > 10 || !owner || (owner.end > figure && !opens)) return;
    // "Germany took 1,288 t and Korea 854 t, the most of any": whose place it is stays open
    if (all.some((p) => p.start >= owner.end && p.end <= start)) return;
    if (!out.some((h) => h.start < start + words.length && h.end > start))
      out.push(hit(start, start + words.length, n, owner));
  }
}

/** A place with no verb or noun: "fourth", "in third place", "the second largest" (before "after Germany"). */
const BARE_ORDINAL = new RegExp(
  `^(?:in\\s|the\\s)?(?:${ORDINAL_WORD})(?:\\s(?:place|spot)|(?<=the\\s\\w+)[- ](?:largest|biggest))?$`,
  "i",
);
const BARE_BEHIND = /^\s(?:behind|after)\s(?:the\s)?/i;

/** Right after a place, the words that name the destinations above it: "third place behind ". */
const BEHIND = /^,?\s(?:just\s|narrowly\s|well\s)?(?:behind|trailing)\s(?:the\s)?$/i;
const JOIN = /^(?:,\s|,?\sand\s)(?:the\s)?$/i;

/**
 * "slipped to third place behind Germany and South Korea": the destinations named right after the
 * place are the ones above it, each of which the data must hold above it.
 */
function withNamedAbove(
  clause: string,
  h: DestinationRankHit,
  all: readonly PartnerMention[],
): DestinationRankHit {
  const first = all.find((p) => p.start >= h.end && BEHIND.test(clause.slice(h.end, p.start)));
  if (first === undefined || first.value === h.partner.value) return h;
  const named = [first];
  for (const p of all.filter((x) => x.start > first.end)) {
    const last = named[named.length - 1] as PartnerMention;
    // "behind DE KR VN": codes in a run need no comma
    const gap = clause.slice(last.end, p.start);
    const codes = gap === " " && last.end - last.start === 2 && p.end - p.start === 2;
    if ((!codes && !JOIN.test(gap)) || p.value === h.partner.value) break;
    named.push(p);
  }
  return named.length < h.n ? { ...h, above: named.map((p) => p.value) } : h;
}

const PLACE_WORD = new RegExp(`\\b(?:number\\s)?(${ORDINAL_WORD}|one|two|three|four|five)\\b`, "i");

/** The place words name: "#2", "No.1", "number two", "2nd largest", "third place"; the top otherwise. */
function placeIn(words: string): number | null {
  const digit = /(?:#|No\.?\s?)(\d)/i.exec(words);
  if (digit) return Number(digit[1]);
  const word = PLACE_WORD.exec(words);
  return word?.[1] && !/^first$/i.test(word[1]) ? parseCount(word[1]) : 1;
}
