// A figure the text credits to someone else and then disputes: "some traders said US shipments slid
// to a five-month low, though the customs numbers tell a different story", "Shipments were six times
// October's, one trading house wrote. That is wrong: ...". It is the other's statement, which the
// text itself says is off, not the text's own statement of fact: never checked as one (caution
// `disputed`, with whom it is credited to). A figure merely credited ("according to an association",
// "analysts said") is checked as before, and so is the text's own figure that sets it right.

import type { ExtractedClaim } from "../types.js";
import { allMatches } from "./all-matches.js";
import { ENGLISH_MONTH_NAME } from "./lexicon.js";
import { sentenceSpan } from "./sentence-around.js";

/** What someone did with a figure: said it, claimed it, wrote it, suggested it. */
const CREDIT_VERB =
  "(?:said|says|say|claimed|claims|claim|wrote|writes|write|suggested|suggests|suggest|reported|reports|stated|states|asserted|asserts|insisted|insists|argued|argues|put it|told\\s(?:[\\w'’-]+\\s){0,2}?(?:clients|readers|investors|subscribers|us|me|reporters))";

/**
 * What someone called a figure, before it: "a broker described as up 4%", "a rewrite headlined ...".
 * After a figure these credit nothing ("1,288 t, which a broker described as ..." is the text's own 1,288 t).
 */
const NAMING_VERB = "(?:described|describes|describing|headlined)";

/** A credit verb, for finding each in a sentence; in small letters ("the United States" credits nothing). */
const CREDIT_VERBS = new RegExp(
  String.raw`\b(?:${CREDIT_VERB}|${NAMING_VERB})\b(?:[:,]?\s(?:that\s)?)?`,
  "g",
);

/**
 * "Posts calling September's exports a record": what is credited is what they called it, a rank or a
 * change, never the tonnage they called so ("called November's total of 6,150 t a record" credits
 * "a record", not the 6,150 t).
 */
const CALLING = /\b(?:called|calls|calling|labell?ed|dubbed)\s/g;

/** After the figure, in the same clause: "..., some traders said at the time", "..., according to one post". */
const CREDIT_AFTER = new RegExp(
  String.raw`^[^.;:!?]{0,120}?,["”’']?\s(?:((?:[\w'’.-]+\s){1,7}?)${CREDIT_VERB}\b|according\sto\s([^,;:.!?—–]{1,80})|${CREDIT_VERB}\s((?:an?|one|some|several|the|another|a\sthird)\s[^,;:.!?—–]{1,60}))`,
);

/**
 * A possession's statement, credited before the figure: "the jacket copy's boast that ...", "the
 * ministry's claim of ...". Whose it is comes before the "'s".
 */
const CREDIT_NOUNS =
  /['’]s\s(?:[\w-]+\s){0,2}?(?:claims?|boasts?|assertions?|contentions?|suggestions?)\s(?:that|of)\s/gi;

/** The predicate of such a statement, after the figure, disputes it: "..., is simply wrong", "... is the kind of error". */
const DISPUTED_PREDICATE =
  /^[^.;:!?]*?\s(?:is|was|are|were)\s(?:simply\s|plainly\s|just\s|also\s|clearly\s)?(?:wrong|false|untrue|incorrect|inaccurate|mistaken|an?\s(?:error|mistake|overstatement|understatement|exaggeration)|the\skind\sof\s(?:error|mistake|slip))\b/i;

/**
 * Hearsay taken in as a noun: "has seen reports that ...", "amid unconfirmed claims that ...", "there
 * were rumours that ...". The reports are whose the figure is, not whoever saw them.
 */
const HEARSAY =
  /\b(?:seen|heard|read|received|noted|are|were|is|was|amid|of)\s((?:(?:some|several|other|media|press|market|unconfirmed|earlier|social[\s-]media)\s)?(?:reports|claims|rumou?rs|talk|suggestions|posts|headlines|stories|articles|comments))\s(?:that|calling|describing|saying|claiming)\s/gi;

/** "Some reports put October exports to Korea at 656 t": credited before the figure, by "put ... at". */
const PUT_AT = /\bput\s(?:[\w'’-]+\s){1,6}?at\s(?:(?:about|around|some|roughly|nearly|just)\s)?$/i;

/** "according to one post, ...": credited before the figure, by "according to". */
const ACCORDING_BEFORE = /\baccording\sto\s((?:[\w'’.-]+\s){0,5}?[\w'’-]+),\s/gi;

/** A word that opens the name of who is credited: "some traders", "one trading house", "the post". */
const DETERMINER =
  /\b(?:an?|one|some|several|many|few|other|another|the|this|that|these|those|its|their)\s/gi;

/** What the credited was doing, after its name: "circulated this week", "posted on social media". */
const DOING =
  /\s(?:circulated|circulating|published|posted|shared|issued|seen|sent|cited|quoted|released|widely|at\sthe\stime)\b.*$/i;

/** When the credited said it, after its name: "one rewrite this morning", "a broker on Monday", "a report on December 21". */
const WHEN_SAID = new RegExp(
  String.raw`\s(?:(?:this|last|on|earlier|late|early)\s(?:morning|afternoon|evening|night|week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:on|in)\s(?:${ENGLISH_MONTH_NAME})(?:\s\d{1,2})?(?:,?\s\d{4})?)\s*$`,
  "i",
);

/** A preposition that puts a noun inside the name before it: "a report in our ...", "an analyst at the ...". */
const IN_NAME = /\s(?:in|of|at|from|for|with)\s$/i;

/** Words between who and the verb: "also", "had", "first", "currently". */
const TRAILING_ADVERB =
  /(?:\s(?:also|again|even|had|have|has|once|first|earlier|then|still|now|\w+ly))+\s*$/i;
/** A pronoun right before the verb: the credit is to whoever it stands for, the writer too. */
const PRONOUN_LAST = /(?:^|\s)(I|we|you|he|she|they|it)\s*$/i;

/**
 * The name of who is credited, from the words before the credit verb: the last clause's words, from
 * its last determiner on, trimmed of what it was doing ("Note that some market notes circulated
 * this week" -> "some market notes"). Empty when more than seven words would be needed.
 */
function named(words: string): string {
  // "Mr Okonjo, the supply director, said": the apposition right before the verb names who
  const parts = words.split(/[,;:()"“”]/).filter((p) => p.trim() !== "");
  const clause = (parts.pop() ?? "").replace(DOING, "").replace(WHEN_SAID, "");
  // "someone pointed out I first wrote": the writer's own earlier words
  const pronoun = PRONOUN_LAST.exec(clause.replace(TRAILING_ADVERB, ""));
  if (pronoun !== null) return pronoun[1] ?? "";
  // "a report in our business section": a determiner after a preposition is inside the name, not its start
  const determiners = allMatches(DETERMINER, clause);
  let k = determiners.length - 1;
  while (k > 0 && IN_NAME.test(clause.slice(0, (determiners[k] as RegExpExecArray).index))) k--;
  const last = determiners[k];
  const who = (last === undefined ? clause : clause.slice(last.index))
    .trim()
    .replace(/^(?:but|and|yet|though|while|so|then)\s/i, "")
    .replace(TRAILING_ADVERB, "");
  if (who.split(/\s+/).length > 7) return "";
  // "Some market notes" opening the sentence is "some market notes" in the middle of another
  return last === undefined ? who : who.charAt(0).toLowerCase() + who.slice(1);
}

/**
 * Whose words are the text's own or China's customs: credited to them, a figure is the text's
 * statement ("customs data show", "we said", "our numbers").
 */
const OWN_OR_OFFICIAL =
  /^(?:the\s)?(?:(?:China['’]s|Chinese|official|customs|government|GACC?)\b|(?:data|figures|numbers|statistics|table)\b)|\b(?:customs|GACC?|General Administration|statistics|data|figures|numbers)\b|^(?:we|I|our|my|it)\b/i;

/** Words between the credit and the figure that end the credited statement: a contrast or a new clause. */
const CREDIT_ENDS = /[;:—–]|,\s(?:but|though|although|yet|whereas|while|however)\b|\.\s/i;

/** The text's own source or voice, which the contrast that disputes a credited figure brings in. */
const OWN_SOURCE = String.raw`(?:(?:the|our|official|China['’]s|Chinese)\s)?(?:[\w'’-]+\s){0,3}?(?:(?:customs|official)\s(?:[\w-]+\s){0,2}?(?:numbers|figures|data|table|statistics|records|count|totals?)|(?:our|the\sofficial)\s(?:own\s)?(?:numbers|figures|data|count|reading|calculations?|table))`;
/** What the own source does to a credited figure: shows, gives, tells, implies, does not support. */
const SOURCE_VERB = String.raw`(?:(?:[\w'’-]+\s){0,3}?)(?:shows?|showed|gives?|gave|tells?|told|impl(?:y|ies|ied)|puts?|says?|said|suggests?|suggested|points?\sto|indicates?|indicated|contradicts?|contradicted|do(?:es)?\snot|don['’]t|doesn['’]t|did\snot|didn['’]t|disagrees?)\b`;

/**
 * Words that say a figure cannot be taken as fact: "these could not be reconciled with the official
 * statistics", "it could not be verified", "should not be relied upon".
 */
const NOT_BORNE_OUT = String.raw`(?:(?:these|they|this|that|it|which)(?:\s(?:reports?|claims?|figures?|numbers?))?\s(?:could|can|did|do|does)(?:\snot|n['’]t)\sbe\s(?:reconciled|verified|confirmed|substantiated|corroborated)\b|(?:these|they|this|that|it|which)\s(?:should|must)\snot\sbe\srelied\s(?:up)?on\b)`;

/** An aside between the own source and its verb: "the customs totals he cites, 52,576 t and 58,152 t, imply". */
const ASIDE = String.raw`(?:(?:[^;:!?.]|\.(?=\d)){1,100}?,\s)?`;

/** The text's own words setting the figure right: "in fact it was a little lower", "actually, they were higher". */
const IN_FACT_OTHERWISE = String.raw`(?:in\sfact|actually|in\sreality),?\s(?:[\w'’-]+\s){0,3}?(?:was|were|is|are)\s(?:(?:a\slittle|slightly|somewhat|much|far|well|rather)\s)?(?:lower|higher|smaller|larger|less|more|down|up)\b`;

/** Later in the sentence, after a contrast, the text's own words dispute the credited figure. */
const DISPUTED_LATER = new RegExp(
  String.raw`(?:[;—–]|,\s(?:but|though|although|yet|whereas|however)\b|\s(?:but|though|although)\b)\s*(?:(?:but|though|yet|however|in\sfact|actually),?\s)?(?:${OWN_SOURCE}\s${ASIDE}${SOURCE_VERB}|${IN_FACT_OTHERWISE}|${NOT_BORNE_OUT}|(?:that|this|it|which)(?:\sfigure|\snumber|\sclaim)?\s(?:is|was)\s(?:simply\s|plainly\s|just\s)?(?:wrong|false|untrue|incorrect|inaccurate|mistaken|not\s(?:true|correct|right|so|the\scase))\b|(?:we|I)\s(?:(?:strongly|respectfully)\s)?(?:disagree|dispute\s(?:it|that|this)|doubt\s(?:it|that|this))\b|an?\s(?:clear\s|gross\s|big\s)?(?:overstatement|understatement|exaggeration|error|mistake)\b|(?:that|this|it)(?:\s(?:figure|number|total))?\s(?:is|was)\s(?:in\sfact\s|actually\s)?(?:the|a)\s(?!(?:[\w.-]+\s){0,3}?(?:highest|lowest|biggest|largest|smallest|best|worst|strongest|weakest|record|first|second|third|latest|final)\b)(?:[\w.'’-]+\s){0,3}?(?:figure|number|total)(?=\s(?:for|of)\b|\s?[,.;:]|\s*$))|,\s(?:which|and\sthat)\s(?:is|was)\s(?:simply\s|plainly\s|just\s)?(?:wrong|false|untrue|incorrect|inaccurate|mistaken)\b`,
  "i",
);

/**
 * Right after the credited words, the text names the figure as another one: '"... 5,494 tonnes",
 * which is the rare-earths figure', "..., which was the figure for July".
 */
const NAMED_AS_OTHER =
  /^["”’']?,\s(?:which|and\sthat)\s(?:is|was)\s(?:in\sfact\s|actually\s|really\s)?(?:the|a)\s(?!(?:[\w.-]+\s){0,3}?(?:highest|lowest|biggest|largest|smallest|best|worst|strongest|weakest|record|first|second|third|latest|final)\b)(?:[\w.'’-]+\s){0,3}?(?:figure|number|total)\b/i;

/**
 * The next sentence opens by disputing what the sentence before credited to someone: "That is
 * wrong:", "They did not:", "They did no such thing", "This is not what customs reported.", "Our reading of the customs table
 * gives a lower figure.", "Customs data tell a different story."
 */
const DISPUTED_NEXT = new RegExp(
  String.raw`^\s*(?:${NOT_BORNE_OUT}|(?:This|That|It|Which|The\s(?:claim|figure|number|post|note))\s(?:is|was)\s(?:(?:simply|just|also|plainly|flatly)\s)?(?:wrong|false|untrue|incorrect|inaccurate|mistaken|not\s(?:true|correct|right|accurate|so|the\scase|what\b))|(?:This|That|It)['’]s\s(?:(?:simply|just|also|plainly|flatly)\s)?(?:wrong|false|untrue|incorrect|not\s(?:true|correct|right|so|what\b))|(?:Find|Spot|Identify|Correct|Fix)\s(?:the|his|her|their|its)\s(?:error|mistake|slip)s?\b|(?:That|This|The)\s(?:figure|number|total)\s(?:belongs|belonged)\sto\b|(?:They|It)\s(?:did|were|was|had|have|has)(?:\snot|n['’]t)\s?[.!;:—–]|(?:They|It|He|She)\sdid\s(?:no\ssuch\sthing|nothing\sof\sthe\s(?:kind|sort))\b|(?:But\s)?(?:Our|The)\s(?:own\s)?(?:reading|read|count|analysis|calculation|tally)\sof\s(?:the\s)?(?:customs|official)\s(?:[\w-]+\s){0,2}?(?:table|data|figures|numbers|statistics)\s${SOURCE_VERB}\s(?:an?\s)?(?:different|lower|higher|smaller|larger|other|otherwise)|(?:But\s)?${OWN_SOURCE}\s(?:[\w'’-]+\s){0,2}?(?:tells?|told|gives?|gave|shows?|showed|paints?|suggests?|points?\sto)\s(?:an?\s)?(?:different|another|lower|higher|smaller|larger|otherwise)\b)`,
  "i",
);

/** A question put about what the sentence before said: "Is that consistent with what you see?", "Is that right?" */
const ASKED_ABOUT = /^(?:Is|Was|Does|Do|Are|Would|Can|Could)\s(?:that|this|it|they)\b[^?]{0,100}\?\s*$/i;
/** A speaker's label opening a turn of a transcript or an interview: "CFO:", "A:", "Ms Tanaka:". */
const SPEAKER = /^(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}):\s+/;

/** Where the next sentence in the same paragraph starts and ends, or null when a paragraph break or the text's end comes first. */
function nextSpan(text: string, after: number): { start: number; end: number } | null {
  const gap = /^[ \t]*\n?[ \t]*/.exec(text.slice(after, after + 20))?.[0] ?? "";
  const from = after + gap.length;
  if (from >= text.length || text[from] === "\n") return null;
  return sentenceSpan(text, from, from);
}

/** The words of a sentence, as far as the patterns over it read. */
const wordsOf = (text: string, s: { start: number; end: number }): string =>
  text.slice(s.start, s.end).slice(0, 200);

/**
 * The answer to a question put right after the sentence before (the `question` span) about what it
 * said ("One of your peers said ... down 40%. Is that consistent with what you see?\n\nCFO: That's not
 * what the customs release says."): the next turn's first sentence without its speaker's label, or "".
 */
function answerAfter(text: string, question: { start: number; end: number }): string {
  if (!ASKED_ABOUT.test(wordsOf(text, question).trim())) return "";
  const turn = /^\s{0,6}/.exec(text.slice(question.end, question.end + 8))?.[0] ?? "";
  const from = question.end + turn.length;
  if (from >= text.length) return "";
  const answer = sentenceSpan(text, from, from);
  return text.slice(answer.start, answer.end).replace(SPEAKER, "").slice(0, 200);
}

/** Who the sentence credits the figure at [a, b) to, by words before or after it, and where the credit ends; or null. */
function creditOf(
  sentence: string,
  a: number,
  b: number,
  called: boolean,
): { who: string; end: number; disputed: boolean } | null {
  const before = sentence.slice(0, a);
  let who: string | null = null;
  let end = b;
  let disputed = false;
  // a verb of saying after the calling one is the later credit, so it comes last
  const verbs = [...(called ? allMatches(CALLING, before) : []), ...allMatches(CREDIT_VERBS, before)];
  for (const m of [...verbs, ...allMatches(ACCORDING_BEFORE, before)]) {
    // the credited statement runs on to the figure: no contrast or new clause comes between
    if (CREDIT_ENDS.test(before.slice(m.index + m[0].length))) continue;
    who = m[1] !== undefined ? accordingTo(m[1]) : named(before.slice(Math.max(0, m.index - 80), m.index));
  }
  for (const m of allMatches(HEARSAY, before))
    if (!CREDIT_ENDS.test(before.slice(m.index + m[0].length))) who = m[1] ?? "";
  const putAt = PUT_AT.exec(before);
  if (putAt !== null) who = named(before.slice(Math.max(0, putAt.index - 80), putAt.index));
  for (const m of allMatches(CREDIT_NOUNS, before)) {
    if (CREDIT_ENDS.test(before.slice(m.index + m[0].length)) || !DISPUTED_PREDICATE.test(sentence.slice(b)))
      continue;
    who = named(before.slice(Math.max(0, m.index - 80), m.index));
    disputed = true;
  }
  if (who === null) {
    const m = CREDIT_AFTER.exec(sentence.slice(b));
    if (m === null) return null;
    // "..., said one trader": the inverted credit names who after its verb, as "according to" does
    const after = m[2] ?? m[3];
    who = after !== undefined ? accordingTo(after) : named(m[1] ?? "");
    end = b + m[0].length;
  }
  who = who.trim();
  return who === "" || OWN_OR_OFFICIAL.test(who) ? null : { who, end, disputed };
}

/** Who "according to" names, without where or when: "a presentation by one supplier at an event" -> "a presentation by one supplier". */
function accordingTo(words: string): string {
  const who = words.trim().replace(/\s(?:at|in|on|during|last|this|earlier|from)\s.*$/i, "");
  return who.split(/\s+/).length > 8 ? "" : who;
}

/**
 * Whom the text credits the claim's figure to, when the text itself then disputes it; null for a
 * figure it states itself or credits without disputing.
 * @example creditedAndDisputed(text of "Exports slid 82.2%, some notes said; the customs numbers imply a steeper fall.", claim of "slid 82.2%") // "some notes"
 */
export function creditedAndDisputed(text: string, claim: ExtractedClaim): string | null {
  const span = sentenceSpan(text, claim.start, claim.end);
  const at = span.start;
  const sentence = text.slice(at, span.end);
  const a = claim.start - at;
  const credit = creditOf(sentence, a, claim.end - at, claim.kind !== "level" && claim.kind !== "ytd");
  if (credit === null) return null;
  if (credit.disputed) return credit.who;
  const later = sentence.slice(credit.end);
  if (DISPUTED_LATER.test(later) || NAMED_AS_OTHER.test(later)) return credit.who;
  if (deniedInParagraph(text, claim, span.end)) return credit.who;
  const next = nextSpan(text, span.end);
  if (next === null) return null;
  return DISPUTED_NEXT.test(wordsOf(text, next)) || DISPUTED_NEXT.test(answerAfter(text, next))
    ? credit.who
    : null;
}

/** A multiple or a record, by the stem its words share: "doubled", "doubling"; "a record", "record high". */
const STEMMED = /\b(doubl|tripl|trebl|quadrupl|halv|record)\w*/i;
/** The text's own words saying a multiple or record it names was none: "nowhere near a doubling", "far from a record". */
const NOT_SO =
  /\b(?:nowhere\snear|far\sfrom|not\seven\sclose\sto|anything\sbut|not\sremotely)\s(?:an?\s|the\s)?(\w+)/gi;

/**
 * Further on in the claim's paragraph the text says the multiple or record it credited was none ('a
 * report said shipments had "more than doubled" ... an increase of about 35 per cent: nowhere near a
 * doubling').
 */
function deniedInParagraph(text: string, claim: ExtractedClaim, from: number): boolean {
  const stem = STEMMED.exec(text.slice(claim.start, claim.end))?.[1]?.toLowerCase();
  if (stem === undefined) return false;
  const breakAt = text.indexOf("\n\n", from);
  const rest = text.slice(from, breakAt < 0 ? text.length : breakAt);
  return allMatches(NOT_SO, rest).some((m) => (m[1] ?? "").toLowerCase().startsWith(stem));
}
