// What kind of statement holds a figure. Only a report of what happened is checked against China's
// customs data; a forecast, a target, a hypothetical, a question, a correction's misstated figure,
// a report or rumour the text denies, a company's own shipments, another country's own statistics
// (and imports whose importer goes unnamed), a market participant's estimate and a province's, port's
// or city's own figure are read but never checked as China's customs figure, so that none of them
// can be called "contradicted".

import type { Mode } from "../types.js";
import { companyPronoun } from "./company-pronoun.js";
import { hearsayBefore } from "./hearsay.js";
import { findPartners, findReporter, mentionsChinaImports } from "./subjects.js";
import { allMatches, latin1Stub } from "./all-matches.js";
import { hinted, testHinted } from "./hints.js";
import { forecastIntl } from "./forecast-intl.js";
import { DOWN_VERBS, ENGLISH_MONTH_NAME, UP_VERBS } from "./lexicon.js";

/** Where the figure sits: its clause and sentence, and the offsets of the figure in the clause. */
export interface ModeContext {
  clause: string;
  /** What the whole sentence says about its figures (see `sentenceMarks`). */
  sentence: SentenceMarks;
  start: number;
  end: number;
  /** The sentence is a question (ends with "?" or is a Q turn). */
  question: boolean;
  /** The year of publication, when known: a later year named with the figure is a forecast. */
  year: number | null;
  /** The text before the clause names China's own imports ("China's imports of rare earths fell ..."). */
  chinaImportsBefore?: boolean;
  /** The sentence before, when the clause opens its sentence in the same paragraph. */
  previous?: string | null;
  /** The text right after the figure, past its clause's end. */
  following?: string;
}

const CORRECTION =
  /\b(?:correction|corrects?|corrected|clarification|earlier version|previous version|misstated|misreported|incorrectly|erroneously|wrongly|mistakenly|(?:accurate|right) (?:figure|number|volume)|should have read|got\s(?:(?:it|that|this|one|something|the\s\w+)\s)?wrong)\b/i;
/** A piece named by its time: "at 1412 GMT", "at 09:05", "at 9.30 a.m.". */
const AT_TIME = String.raw`at\s\d{1,2}[:.]?\d{2}(?:\s?(?:GMT|UTC|ET|BST|CET|[ap]\.?m\.?))?\s`;
// in a correction, what "the story also put at" or "our report listed as" gave is the earlier, wrong figure
const MISSTATED_BEFORE = new RegExp(
  String.raw`\b(?:incorrectly|erroneously|wrongly|mistakenly|misstated|misreported|(?:originally|earlier|previously|first) (?:said|stated|reported|gave|put)|said earlier|(?:we|I)\s(?:had\s)?(?:(?:first|originally|initially)\s)?(?:said|stated|wrote|reported|gave|put|listed|printed)|earlier version|previous version|(?:article|story|report|piece|item)\s(?:${AT_TIME})?(?:(?:also|likewise|similarly|further|had|originally|first)\s)?(?:gave|said|put|stated|reported|listed|cited|quoted|had|showed))\b`,
  "i",
);
/** A corrections column names the piece by its headline, date and page in brackets: "(“Title”, 22 December, page 31) ". */
const PIECE_LABEL = String.raw`(?:\([^()]{1,80}\)\s)`;
/**
 * An earlier piece cited for what it said: "A report on Nov. 20 said", "the graphic of Monday gave",
 * "an earlier alert said", "an item at 1412 GMT said", "the post also says", "this note previously gave"
 * (a news app's, a broadcast's, a feed's or an analyst's own pieces too).
 */
const EARLIER_PIECE_SAID = new RegExp(
  String.raw`\b(?:an?|the|our|this|that)\s(?:(?:earlier|previous|first|original|same|[A-Z][a-z]{2,8}|(?:19|20)\d{2})\s){0,2}(?:article|story|report|piece|item|feature|editorial|explainer|profile|interview|podcast|video|graphic|chart|headline|table|caption|post|newsletter|column|brief|alert|flash|bulletin|update|episode|broadcast|segment|tweet|thread|slide|email|version|row|entry|cell|file|spreadsheet|dataset|note|notice)\s(?:(?:on|of|from|for|published|dated|about)\s[^;:!?]{1,40}?\s|${AT_TIME})?${PIECE_LABEL}?(?:(?:also|likewise|similarly|further|then|later|originally|first|previously|earlier|initially)\s)?(?:said|says|gave|gives|put|stated|reported|listed|showed|shows|had|has|cited|quoted|labell?ed|labels)\b`,
  "i",
);
/**
 * The writer's own earlier statement ("Last week we said ...", "I wrote in May that ..."); not one
 * the writer stands by ("as we reported"). A correction when the next sentence sets it right.
 */
const OWN_EARLIER_SAID =
  /(?<!\bas\s)\b(?:we|I)\s(?:had\s)?(?:said|stated|wrote|reported|gave|put|listed|printed)\b/i;
/** Another destination's figure: "That was South Korea's figure", "it is the US number". */
const DESTINATION_FIGURE =
  "(?:the\\s)?(?:(?:South\\s)?Korea|Japan|Germany|India|Vietnam|Taiwan|Thailand|Malaysia|Mexico|Poland|Italy|France|(?:the\\s)?Netherlands|U\\.S\\.|US|(?:the\\s)?United States|America|(?:the\\s)?EU|Europe)['’]s\\s(?:figure|number|total|volume|tonnage)\\b";
/** The other product's figure: "the rare-earth total", "magnets", "the magnet number". */
const PRODUCT_FIGURE =
  "(?:the\\s)?(?:rare[- ]earths?|magnets?)(?:\\s(?:figure|number|total|volume|tonnage|series))?(?=\\s?[.;,)]|$)";
/**
 * What the writer says of its own earlier figure, right after it or in the next sentence: "; that was
 * wrong", "That was a mistake", "which was in fact October's figure", "that figure was September's",
 * "That was South Korea's figure", "that was the rare-earth total".
 */
const OWN_SLIP =
  "(?:(?:that|this|it|which)\\s(?:figure\\s|number\\s)?(?:was|is)|they\\s(?:were|are))\\s(?:(?:simply\\s|just\\s|plainly\\s)?(?:in fact|actually|wrong|incorrect|mistaken|false|untrue|not true|not correct|not so|inaccurate|an? (?:mistake|error|slip|typo)|in error)\\b|(?:the\\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:['’]s)?(?:\\s(?:figure|number|total|level))?\\b|" +
  DESTINATION_FIGURE +
  "|" +
  PRODUCT_FIGURE +
  ")";
/**
 * The same said of the writer's own earlier statement in the sentence that makes it; or the right
 * figure given after a semicolon or dash ("The same article said ... 19%; it was 9.5%").
 */
const OWN_SLIP_AFTER = new RegExp(
  `[;,:—–-]\\s*${OWN_SLIP}|[;—–]\\s*(?:it|they)\\s(?:was|were|is|are)\\s(?:(?:in fact|actually|only|just|about|around|some)\\s)?[~≈$]?\\d`,
  "i",
);
/**
 * A speaker taking back what they just said, with no figure after it: "... up 60% on May - wait, no,
 * that's the year-on-year number", "..., sorry, no, scratch that". What they took back is not stated.
 */
const TAKEN_BACK = String.raw`[,;:—–-]\s*(?:(?:wait|hang\son|hold\son|oops|sorry)[,.!]?\s+no(?=[,.!;:—–-]|\s*$)|no,?\s+(?:wait|sorry)(?=[,.!;:—–-]|\s*$)|scratch\sthat\b|strike\sthat\b|I\stake\sthat\sback\b)`;
const RETRACTED = new RegExp(`${TAKEN_BACK}[^\\d]*$`, "i");
/** The same right after the figure, before any other: "rose 21% - no, wait, it was 12.4%". */
const RETRACTED_AFTER = new RegExp(`^[^\\d.;!?]{0,30}?${TAKEN_BACK}`, "i");
/**
 * The sentence after one citing an earlier piece sets the figure right: "The figure was 416 tonnes.",
 * "The customs figure is 5,493.9 tonnes.", "Wrong: shipments in July were 619 t."
 */
const SET_RIGHT_NEXT = new RegExp(
  `^\\s*(?:[•*-]\\s*)?(?:(?:Wrong|Incorrect|Not so|Not true|My (?:mistake|error|bad))\\s?[:.;!—–-]|The\\s(?:correct\\s|right\\s|actual\\s|accurate\\s|true\\s|customs\\s|official\\s)?(?:figure|number|volume|total|share|amount|value|tonnage)\\s(?:was|is|should have been)\\b|(?:It|They|That)\\s(?:was|were|is|are)\\s(?:in fact|actually)\\b|(?:It|They|That|This)\\sshould\\shave\\s(?:read|said|shown|given|been)\\b|In fact\\b|Actually\\b|(?:They|It)\\s(?:${UP_VERBS}|${DOWN_VERBS}|were|was)\\b|(?:China['’]s\\s)?[Cc]ustoms\\s(?:data\\s|figures\\s)?(?:published|reported|gave|gives|showed|shows|put|puts)\\b|` +
    `${OWN_SLIP})`,
  "i",
);
/**
 * The text calls the figure a slip right after it: "(it was 45,920 t, a typing error)", "262 t (a
 * typo)", "6,416 t - an error".
 */
const SLIP_AFTER = hinted(
  /^\s?(?:t|tonnes?|tons?|kg|kilograms?)?\)?\s?[,(–—-]\s?(?:(?:that|this|which|it)\s(?:was|is)\s)?(?:an?\s|the\s)?(?:(?:typing|typographical|transcription|data[- ]entry|input|clerical|keying)\s)?(?:typo|error|mistake|misprint|slip)\b/i,
  /\b(?:typo|error|mistake|misprint|slip)\b/i,
);
/**
 * A figure the text says stood somewhere before it was put right: "had been stored as 402.5 t",
 * "was originally entered as"; not "exports were recorded as" (a report).
 */
const RECORDED_AS_BEFORE =
  /\b(?:had\sbeen\s(?:(?:first|originally|previously|initially|wrongly)\s)?|(?:was|were)\s(?:first|originally|previously|initially)\s)(?:stored|entered|recorded|listed|keyed|typed|printed|published|shown|given)\sas\s(?:about\s)?$/i;
const RIGHT_FIGURE =
  /\b(?:(?:correct(?:ed)?|accurate|right) (?:figure|number|volume)|actually|in fact|should have (?:said|read|been)|rather|instead)\b/i;
/**
 * A question told in reported speech: "a councillor asked whether exports in October were 5,743 t",
 * "one caller wanted to know if ...", or left open: "What we're watching: whether ...", "it is unclear
 * whether ...". The figure is what was asked about, not what happened.
 */
const ASKED_WHETHER =
  /\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|quer(?:y|ies|ied|ying)|(?:wants?|wanted|wanting) to know|[ei]nquir(?:es?|ed|ing)|watch(?:es|ed|ing)?|(?:an\s)?eye\son|unclear|uncertain|(?:remains|is) to be seen|(?:question|open question|unknown) (?:is|remains))[:,]?\s(?:[\w'’-]+\s){0,3}?(?:whether|if)\s[^;:]*$/i;
/**
 * "misstated October's exports: 5,473 t, not 5,743 t": after what was misstated and a colon or dash,
 * the figure set against the one it is "not" is the right one; the one after "not" is the slip.
 */
const COLON_BEFORE = /[:—–]\s*(?:(?:about|around|some|roughly|nearly)\s)?$/;
const NOT_A_FIGURE_AFTER =
  /^[^\d;.:]{0,14}?,?\s(?:and\s)?not\s(?:the\s)?(?:(?:about|around|some)\s)?[~≈$]?\d/i;
const rightAfterColon = (misstated: string, after: string) =>
  COLON_BEFORE.test(misstated) && NOT_A_FIGURE_AFTER.test(after);
/**
 * A figure the words before say it was not: "not 5,743 t", "rather than a record", "nowhere near a
 * doubling", "far from a doubling", "anything but a record".
 */
const NEGATED_BEFORE =
  /(?:\bnot|\binstead of|\brather than|\bnor|\bnowhere near|\bfar from|\bnot even close to|\banything but)\s(?:(?:the|a|an|about|around)\s)?$/i;
/** "If you add up the whole EU, it's 1,364 t": a sum the reader is walked through, not a supposition. */
const SUMMING_IF =
  /\b[Ii]f\s(?:you|we|one)\s(?:add|count|include|sum|take|combine|lump|group|tally|total|put)\w*(?:\s(?:up|together|in))?\b/g;
const blankSums = (s: string) => s.replace(SUMMING_IF, (m) => " ".repeat(m.length));
/**
 * What says the figure is China's customs' before it ("after data showed China's magnet exports
 * climbed to ..."): a company named earlier in the sentence is not the one whose figure it is.
 */
const DATA_SHOWED =
  /\b(?:data|figures|statistics|numbers)\s(?:(?:released|published|out)\s(?:[\w-]+\s){0,3}?)?(?:showed|shows?|revealed)\s(?:that\s)?(?=China\b|Chinese\b)/gi;
const HYPOTHETICAL_OPENING =
  /^\W*(?:(?:Were|Should|Had)\s(?:[\w'-]+\s){1,6}?(?:to\s|be\s|have\s|fall|rise|drop|reach)|If\b|Suppose|Imagine|Assuming|Hypothetically|In (?:a|the) (?:worst|best)[- ]case)/;
// "were exports to fall" is a hypothetical; "were shipped to the U.S." is a passive report: the
// subjunctive has a subject after "were" and a verb after "to"
// "even if they slipped 5.2% from September" concedes a fact: no hypothetical
const HYPOTHETICAL_BEFORE =
  /\b(?:(?<!\beven\s)if|unless|hypothetical(?:ly)?|scenario|were\s(?![a-z]{2,}(?:ed|en|ent|old|ought)\s)(?:[\w-]+\s){1,3}to\s(?!the\b|a\b|an\b|[A-Z0-9$])|would (?:have|be|mean)|in theory)\b/i;
/**
 * What is needed, not what was shipped: "2025 needed ~7,000 t in December to match 2024", "exports
 * must reach 700 t", "would need to ship another 6,700 t": an amount required is a supposed one
 * ("had to settle for 353 t" is what was shipped).
 */
/** The verbs of reaching an amount that "need to", "must", "has to" put before a required one. */
const REQUIRED_VERB =
  "(?:ship|export|send|reach|hit|top|exceed|surpass|average|total|match|sell|deliver|buy|import|find)\\w*";
const REQUIRED_BEFORE = new RegExp(
  `\\b(?:(?:needs?|needed|needing|requires?|required|requiring)(?:\\sto\\s${REQUIRED_VERB})?|(?:must|has to|have to|had to|would have to|will have to)\\s${REQUIRED_VERB})(?:\\s(?:another|an extra|a further|at least|some|about|around|roughly|nearly|almost|over|more than|just|only))?\\s(?:[~≈]\\s?)?$`,
  "i",
);
/** "Even 6,000 t a month would not cover demand": a figure a sentence opens on with "even" is a supposed one. */
const EVEN_BEFORE = /(?:^|[.;:!?]\s)\W*Even\s(?:just\s|only\s|as much as\s|as little as\s)?$/;
/** A rate that is the subject of a modal: "6,000 t of magnets a month would leave buyers short". */
const RATE_MODAL_AFTER =
  /^(?:\s?(?:t|tonnes?|tons?|mt))?(?:\s(?:of\s)?[\w-]+){0,3}?\s(?:a|per|each|every)\s(?:month|year|week|day)\s(?:would|could|might|will|won['’]t|wouldn['’]t|couldn['’]t|should)\b/i;
/**
 * What others said, which the sentence denies: "a report that exports fell to 3,000 t was denied",
 * "rumours that ... proved unfounded", "posts online claiming ... were false", "one member's note that
 * ... confuses the two grades".
 */
const DENIAL =
  /\b(?:denied|denies|deny|denial|dismissed|rejected|refuted|debunked|unfounded|baseless|groundless|untrue|false|fake|hoax|not true|wrong|incorrect|inaccurate|mistaken|misleading|(?:over|under)stat(?:e|es|ed|ing)|exaggerat(?:e|es|ed|ing)|confus(?:e|es|ed|ing)\s(?:the\s)?(?:two|both)|mix(?:es|ed)?\sup\s(?:the\s)?(?:two|both))\b/i;
const REPORT_BEFORE =
  /\b(?:reports?|rumou?rs?|speculation|claims?|posts?|suggestions?|allegations?|stories|notes?|memos?|slides?|tweets?|assertions?)\s(?:(?:online|on social media|circulating|in (?:some|local|foreign) media)\s)?(?:that|saying|suggesting|claiming|of)\b|\b(?:claiming|alleging|rumou?red)\b/i;
/**
 * A denial that opens on what it denies: "It is not true that exports fell to 300 t", "Contrary to
 * reports that shipments plunged ...", "Nor is it true that ...".
 */
const DENIED_THAT =
  /\b(?:(?:it|this|that)(?:\s(?:is|was)|['’]s)\s(?:simply\s|just\s)?(?:not\s(?:true|correct|the\scase)|untrue|false|wrong|incorrect|a\smyth)\s(?:to\ssay\s)?that|(?:it|this|that)\s(?:is|was)n['’]t\s(?:true|correct|the\scase)\sthat|(?:nor|neither)\s(?:is|was)\sit\strue\sthat|contrary\sto\s(?:[\w'’-]+\s){0,4}?(?:reports?|claims?|rumou?rs?|posts?|suggestions?|speculation|belief|assertions?)(?:\s(?:that|of))?)\b/i;
/**
 * Someone else's statement, told as theirs: "Several accounts claimed ...", "One distributor claims
 * ...", "The article currently says ...". Checked as before unless the text goes on to deny it.
 */
const CLAIMED_BEFORE =
  /\b(?:claim(?:s|ed)?|alleg(?:es|ed)|assert(?:s|ed)|insist(?:s|ed)|says|said|wrote|writes|posted|stated|states)\s(?:that\s)?|\bput\s(?:[\w'’-]+\s){1,6}?at\s|\b(?:told|DM['’]?e?d|messaged|texted|e-?mailed|pinged)\s(?:me|us)\s(?:that\s)?/i;
/** A label another text gave in quotation marks: "the story called the total \u201ca record\u201d". */
const CALLED_QUOTED_BEFORE = /\bcall(?:s|ed)\s(?:[^.;:!?"\u201c\u201d]|\.(?=\d)){1,80}?\s?["\u201c]?$/i;
/**
 * The next sentence opens by denying what the sentence before told as another's: "This is wrong.",
 * "That is not true;", "That is not what customs reported:", "No, that's the rare-earth total.",
 * "DR. LEE: No, Senator, that is not what the data show." (a speaker's turn, a vocative), or
 * is a bare negated verb ("They did not.", "It wasn't.", "They did not: ..."). A fact-check's verdict label ("Verdict: False") is not such an opening: the
 * claim it reviews is checked.
 */
const DENIED_NEXT =
  /^\s*(?:(?:[A-Z][A-Z.'’ -]{1,30}:\s)?No(?:pe)?[,.!]\s(?:(?:[A-Z][a-z]+|sir|madam)[,.]\s)?(?:(?:that|this|it)(?:['’]s|\s(?:is|was))|(?:they|it)\s(?:were|was)(?:\snot|n['’]t))\b|(?:They|It)\s(?:did|were|was|had|have|has)(?:\snot|n['’]t)\s?[.!;:—–]|(?:This|That|It|Which|The (?:claim|figure|number|post))\s(?:is|was)\s(?:(?:simply|just|also|plainly|flatly)\s)?(?:wrong|false|untrue|incorrect|inaccurate|mistaken|not\s(?:true|correct|right|accurate|so|the case|what\b)|not\s?[.!;])|(?:This|That|It)['’]s\s(?:(?:simply|just|also|plainly|flatly)\s)?(?:wrong|false|untrue|incorrect|inaccurate|not\s(?:true|correct|right|accurate|so|the case|what\b))|(?:This|That|The)\s(?:figure|number)\s(?:is|was|belongs to|refers to|counts)\s[^.;:!?]{0,60}?,\snot\s)/i;
/**
 * The next sentence, in the writer's own voice, says what the figure told as another's really was: "We
 * note that this was the May figure.", "The committee notes that this is the rare-earth total." (a bare
 * "That is November's figure." after a fact-check's "Claim four: ..." is its verdict, and the claim is checked).
 */
const NOTED_SLIP_NEXT = new RegExp(
  `^["\u201d\u2019'\\s]*(?:(?:We|I)\\s(?:would\\s|should\\s|must\\s)?(?:note|add|observe|point out)|(?:The|This)\\s(?:committee|secretariat|panel|tribunal|court|report|paper|author|authors)\\s(?:notes?|observes?|points? out))\\s(?:that\\s)?${OWN_SLIP}`,
  "i",
);
/** The same told after the figure: "..., per a rival house's note", "..., according to one post". */
const CLAIMED_AFTER =
  /^[^.;:!?]{0,80}?,\s(?:per|according to|citing|says|said)\s(?:an?|one|another|some|the|a rival)\s/i;
/**
 * Later in the same sentence, someone sets such a figure right or the writer disputes it: "; the
 * secretariat clarified that this was the October figure", "; that is wrong", "; we disagree".
 */
const DISPUTED_AFTER = hinted(
  new RegExp(
    `[;—–]\\s*(?:(?:(?:the|a|one|another)\\s(?:[\\w-]+\\s){0,3}?(?:clarified|noted|replied|pointed out|countered|explained)\\s(?:that\\s)?)?${OWN_SLIP}|(?:we|I)\\s(?:(?:strongly|respectfully)\\s)?(?:disagree|dispute\\s(?:it|that|this)|doubt\\s(?:it|that|this))\\b|(?:that|this|it|which)\\s(?:figure\\s|number\\s)?(?:(?:over|under)stat(?:es|ed)|exaggerat(?:es|ed))\\b)`,
    "i",
  ),
  /[;—–]\s*(?:(?:that|this|it|which)\s(?:figure\s|number\s)?(?:was|is|over|under|exagg)|they\s(?:were|are)\s|we\s|I\s)|\b(?:clarified|noted|replied|pointed out|countered|explained)\s/i,
);
/**
 * After the denied words, the speaker's own statement: "denied reports of a slump, saying exports rose 12%",
 * "the claim that exports shrank is wrong: they rose 6%".
 */
const OWN_STATEMENT =
  /[,;:]\s*(?:saying|and said|adding|but|while|whereas|instead)\b|\b(?:wrong|false|untrue|incorrect|inaccurate|mistaken|not (?:true|correct|so)|(?:over|under)stated|exaggerated)\s?[:;—–]\s/i;
const TARGET_BEFORE =
  /\b(?:targets?|targeted|targeting|goal|aims? (?:to|for|at)|aiming|plans? to|planned|(?:wants?|hopes?|seeks?|intends?) to|quotas?|ceiling|cap(?:ped)? (?:at|of)|pledged?|committed to)\b/i;
const FORECAST_BEFORE =
  /\b(?:could|might|will|would|shall|should|expected|expects?|expectations?|forecasts?|forecasted|forecasting|projected|projects?|projecting|projections?|predicts?|predicted|predicting|predictions?(?!\s(?:came|comes|come|proved|proves|was|were|turned|held))|spoiler|expecting|anticipating|likely|set to|poised|on track|on course|seen (?:rising|falling|reaching|at)|outlook|anticipated?|going to(?!\s(?:the\s)?(?:[A-Z]|other\s|overseas\b|abroad\b|buyers\b|destinations\b|customers\b|markets\b))|(?<!(?:^\s*|[,;]\s|\b(?:[Ii]n|[Bb]y|[Dd]uring|and|but|then)\s)[Tt]he\s)next (?:year|month|quarter)(?!\s(?:already\s)?(?:told|brought|saw|showed|proved|was|were|had)\b)|[Ee]stimates|[Ee]st(?=\.\s)|[Pp]oll(?:ed|s)?|[Gg]uess(?:es|ed)?|reckons?|[Mm]y (?:call|bet|estimate|view)|[Ss]urvey(?:ed)? of (?:analysts|traders|brokers|economists|buyers)|sees?\s(?:[\w'-]+\s){0,6}?(?:at|reaching|rising|falling|hitting|topping|near|around)|[Cc]onsensus|[Aa]head of (?:the|its|this week's|[A-Z][a-z]+day's) (?:data|release|figures|numbers)|[Pp]encil(?:s|led)?\sin|[Ww]e\s(?:model|modell?ed|assume|pencil|estimate|forecast|project)|assumptions?|[Bb]ase case|sees?\s(?:[\w'-]+\s){0,6}?[a-z]{3,}ing\s(?:to|at|back|toward|towards|near|around)\b)\b|(?<!\b(?:[Ii]n|of|since|from|for|to|until|through|and|by|during|than|early|late|mid)\s)\bmay\s(?:(?:well|just|still|even|also|yet|easily|already|only|actually|indeed|not|never|eventually|soon)\s){0,2}(?:have\s(?:(?:[a-z]+ly\s)?(?:been|topped|reached|hit|passed|exceeded|surpassed|risen|rose|fallen|fell|climbed|dropped|slipped|dipped|eased|ended|finished|come|came|totall?ed|amounted|neared|approached|doubled|halved|grown|shrunk|touched|crossed|breached|slumped|jumped|surged)\b)|be(?!\s(?:thinking|referring|confusing|mixing|remembering|recalling|quoting|citing|misreading)\b)|see|prove|come|rise|fall|top|reach|exceed|climb|drop|hit|surpass|double|halve|pass|end|finish|approach|near|slip|dip|ease|rebound|recover|grow|shrink|remain|stay|hold|show|bring|turn|land|settle|touch)\b|(?<!\b(?:[Ii]n|of|since|from|for|to|until|through|and|by|during|than|early|late|mid)\s)\bmay\s(?:(?:well|just|still|even|also|yet|easily|already|only|actually|indeed)\s)?have\s$/;
/** Hearsay named right after the figure: "the 656 t rumoured on social media", "the 3,000 t alleged in the post". */
const HEARSAY_AFTER =
  /^\s(?:(?:that|which)\s(?:was|were|had been|has been)\s)?(?:rumou?red|alleged|speculated|claimed (?:online|on social media))\b/i;
/** What others had expected, right after the figure: "short of the 808 t that traders had pencilled in". */
const EXPECTED_AFTER =
  /^\s(?:that|which)\s(?:[\w'-]+\s){0,3}(?:had\s)?(?:expected|forecast|predicted|pencil+ed in|estimated|projected|anticipated|hoped for|feared)\b/i;
/** A name's "own" figure right before it: "compared with Solvay's own 2 t" (China's own is China's). */
const NAMED_OWN = /\b(?!China['’]|Beijing['’])[A-Z][\w&-]+['’]s own\s(?:[\w-]+\s){0,3}$/;
/** A capacity: "a 6,000-tonne-a-year plant", "2,000 tonnes per annum", "5,000 t of new capacity". */
const CAPACITY_AFTER =
  /^[-\w\s]{0,40}?\b(?:plant|factory|smelter|refinery|capacity|facility)\b|^[-\s]*(?:tonnes?|tons?|t|mt)?[-\s]+(?:a|per)[-\s]+(?:year|annum)\b(?![-\s](?:earlier|ago|before|prior|on|later|back|previously)\b)/i;
/** A tonnage, by its unit: only a tonnage "a year" is a capacity ("17% a year" is a rate of growth). */
const TONNAGE_END = /(?:tonnes?|tons?|\d\s?t|mt|kt)$/i;
/** Said of a figure before the data came out, or polled: "estimates ranged from 5,000 to 6,000 t before the release". */
const BEFORE_THE_DATA_AFTER =
  /^[^.;?!]{0,80}\b(?:(?:before|ahead of) (?:the|its) (?:official )?(?:data|figures|numbers|release)|(?:a|the) (?:[\w-]+ )?(?:poll|survey) (?:showed|found|shows|finds)|according to (?:a|the) (?:[\w-]+ )?(?:poll|survey))\b/i;
/**
 * A figure set against forecasts is a reported figure: "a faster-than-expected 12%", "in line with
 * analysts' expectations", "which aligned with market forecasts", "matched what analysts had expected";
 * so is the figure a correction gives ("The total we first printed should have read 34,041 t").
 * These phrases are blanked before the forecast words are looked for, so that a real forecast elsewhere
 * in the clause still counts. Bounded gaps keep it linear.
 */
const NOT_FORECAST =
  /\b(?:than|beat|beating|missed|missing|exceeded|exceeding|topped|above|below|ahead of|short of|in line with|in line|in step with|line with|aligned with|aligning with|consistent with|matched|matching|met|meeting|as)\s(?:(?:the|what|many|most|some|market|analysts'?|economists'?|traders'?|consensus|a|Reuters|poll|had|been|have|median)\s){0,4}(?:expected|expectations?|forecasts?|forecasted|estimates?|projections?|predicted|anticipated)\b|-than-(?:expected|forecast)|\b(?:row|column|cell|entry|field|figure|number|total)\s(?:also\s)?(?:should|ought to)\s(?:read|be|say|show)\b|\bshould\shave\sread\b/gi;
/**
 * An aside set off by commas that says where or what the subject is ("The US, where our parent
 * company's other plant is, got 564 t"): a company it names is not whose figure follows.
 */
const ASIDE_ABOUT_PLACE = /,\s(?:where|which|whose|who)\s[^,;.]{1,80},(?=\s)/g;
// "the group of 17 minerals" is the rare earths, not a company
const COMPANY_BEFORE =
  /\b(?:the (?:company|firm|group(?!\sof\b)|maker|manufacturer|producer|supplier|miner|exporter)(?:'s)?|company|firm's|maker's|(?<!\bon\s)its own(?!\s(?:[\w-]+\s){0,2}?(?:dispute|quarrel|row|spat|feud|standoff|stand-off|tensions?|troubles|problems|crisis|fight|war|battle|reasons|doubts|concerns|worries|politics|diplomacy|path|way|course|route|pattern|trajectory|trend|rhythm|pace|logic|story|cycle|momentum|direction)\b)|Co\.|Ltd\.?|Inc\.?|Corp\.?|Holdings|plc|GmbH|JL Mag|Jinli|Zhong Ke San Huan|Ningbo Yunsheng|Yunsheng|Baotou Tianhe|Shenghe|(?:China )?Northern Rare Earth|China Rare Earth Group|Lynas|MP Materials|Iluka|Neo Performance|Proterial|Shin-Etsu|TDK|Vacuumschmelze|Niron|Arafura)\b|\b(?:[Ww]e (?:bought|purchased|sold|shipped|produced|made|sourced|used|consumed|imported|received|exported)|[Oo]ur (?:own )?(?:(?:export|import|sales) )?(?:purchases|sales|shipments|output|production|revenue|imports|exports|deliveries|orders|volumes?))\b|\b(?:plant|factory|smelter|refinery|mine|facility)(?:'s)?\s(?:[\w-]+\s){0,3}$|\b[A-Z][\w&-]+'s\s(?:[\w-]+\s){0,2}(?:plant|factory|smelter|refinery|mine|facility|subsidiary|unit)\b|\b[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3}\s(?:Group|Magnetics?|Materials|Mining|Metals|Technolog(?:y|ies)|Industries|Corporation)\b(?!\s(?:of|Association|Society|Institute)\b)/;
/**
 * A name that says "its" own figures: "Hengdian DMEGC said its exports to Germany ...", "Solvay
 * said it shipped 900 t".
 */
const SAID_ITS =
  /\b((?:[A-Z][\w&.-]*\s){1,4})(?:said|says|reported|reports|announced)\s(?:that\s)?(?:its\s|it\s(?:had\s|has\s)?(?:shipped|exported|sold|sent|delivered|supplied|produced|made)\s)/g;
/** A buyer or supplier named by its kind says "its" figures: "A Stuttgart supplier said its costs ...". */
const SOMEONE_SAID_ITS =
  /\b(?:an?|one|another|the)\s(?:[\w&.-]+\s){0,3}?(?:suppliers?|buyers?|makers?|manufacturers?|carmakers?|automakers?|producers?|users?|importers?|distributors?|customers?|clients?|firms?|compan(?:y|ies)|processors?|refiners?)\s(?:said|says|reported|told\s[\w\s]{1,20}?)\s(?:that\s)?(?:its|their|it|they)\b/i;

/**
 * "The country's purchases of Chinese magnets ..., its customs agency said": a buyer the words do not
 * name (a dateline's) counting what it took in, by its own source.
 */
const COUNTRY_PRONOUN_IMPORTS =
  /\b(?:the|that|this)\s(?:country|nation)['’]s\s(?:[\w-]+\s){0,2}?(?:imports?|purchases|arrivals|intake|buying)\b[^.;]*$/i;
/** Its own source cited after the figure: "its customs agency said", "according to the nation's finance ministry". */
const OWN_SOURCE_AFTER =
  /\b(?:its|the (?:country|nation)['’]s|government|official|local)\s(?:own\s)?(?:customs|finance|trade|commerce|statistics|data|figures|agency|ministry|bureau)\b/i;

/**
 * China's trade in all goods, the total the customs office publishes before any product's: "total
 * exports of all goods", "merchandise exports", "overall goods exports", what "general trade data"
 * show. Its figures are not a product's, whatever product the text is about. Only words that name
 * all goods count: "China's overall exports" may be the product's total in a product story.
 */
const ALL_GOODS =
  /\b(?:(?:exports?|shipments|sales|trade)\s(?:of\s)?all\s(?:goods|products|merchandise)|(?:merchandise|goods)\s(?:exports|trade|shipments)|general\strade\s(?:data|figures|statistics)|exports\sacross\sall\s(?:goods|products|sectors))\b(?![^.;]*\b(?:rare|magnets?|gallium|germanium|antimony|graphite|tungsten)\b)/i;

/** A change measured against what a company sold: "12% more than the group sold a year earlier". */
const COMPANY_BASE_AFTER =
  /^[^.;]{0,30}?\bthan\s(?:the\s(?:company|group|firm|maker|producer)|its\s(?:own\s)?(?:sales|shipments|exports|output))\s(?:(?:had|has)\s)?(?:sold|shipped|exported|made|produced|delivered|managed|in\b|a\b|the\b)/i;

/** Who reports China's trade, not a company's: "Customs said its data showed ...". */
const OFFICIAL =
  /\b(?:China|Chinese|Beijing|Customs|Administration|Ministry|MOFCOM|GACC?|Commerce|Bureau|Office|Department|Statistics|Government|State)\b/;
/** A buyer's imports: "Japan's imports", "U.S. imports of magnets", "the US imported". */
const BUYER_IMPORTS =
  /\b(?:Japan(?:ese|'s)?|U\.S\.|US|American|India(?:n|'s)?|(?:South )?Korea(?:n|'s)?|German(?:y's)?|EU|European|Vietnam(?:ese|'s)?)\s(?:[\w-]+\s){0,3}(?:imports?|imported)\b/i;
/** A country besides China, as the press names it. */
const OTHER_COUNTRY =
  "(?:Japan|Germany|Vietnam|(?:South )?Korea|India|(?:the )?U\\.S\\.|(?:the )?US|(?:the )?United States|America|Malaysia|Thailand|Myanmar|Laos|Australia|Taiwan|Mexico|Poland|France|Italy|Britain|(?:the )?UK|(?:the )?Netherlands|Indonesia|(?:the )?Philippines|Canada|Brazil|Russia|Europe|(?:the )?EU)";
/**
 * Another country as the exporter: "Germany's own magnet exports", "Japan's shipments of magnets to
 * India", "Vietnam re-exported 500 t to the US", "exports from Japan". China's exports to a country
 * are told as "Japan's imports" or "shipments to Japan", never with that country sending them on.
 */
const OTHER_EXPORTER = new RegExp(
  `\\b${OTHER_COUNTRY}['’]s\\s(?:own\\s(?:[\\w-]+\\s){0,3}?(?:exports|shipments|sales)|(?:[\\w-]+\\s){0,3}?(?:exports|shipments|re-exports|deliveries|sales)\\s(?:of\\s(?:[\\w-]+\\s){1,4})?to\\s)` +
    `|(?<!\\b(?:to|from|for|with|of|by|in|and)\\s)\\b${OTHER_COUNTRY}\\s(?:re-?exported|exported|shipped|sold|sent)\\b|\\bre-?export(?:s|ed|ing)?\\b|\\b(?:exports?|shipments?)\\sfrom\\s${OTHER_COUNTRY}\\b`,
);
/**
 * A share of a buyer's own supply: "relies on China for 9.5% of its magnet imports", "China supplies
 * 60% of Japan's magnets". Its base is what the buyer counts, not China's exports.
 */
const BUYER_SHARE =
  /^\S+\s?(?:%|per ?cent|percent|pc|pct)?\s(?:of\s)?(?:(?:all|the)\s)?(?:its|their|the (?:country|nation)['’]s|(?!China|Chinese|Beijing|(?:January|February|March|April|May|June|July|August|September|October|November|December)['’])[A-Z][\w.]*['’]s)\s(?:(?:own|total|overall)\s)?(?:[\w-]+\s){0,4}?(?:imports|supply|supplies|needs|demand|consumption|purchases|requirements|magnets|rare earths)\b/;
/**
 * Imports said to come from China: the importer's own count unless China's customs is cited. Also
 * in German ("Einfuhren von Magneten aus China"), Korean ("중국산 자석 수입량", "중국으로부터 수입")
 * and Chinese ("从中国进口", "自中国进口").
 */
const FROM_CHINA =
  /\bimports?\s(?:of\s(?:[\w-]+\s){1,5})?from\sChina\b|\bimported\sfrom\sChina\b|\b(?:Einfuhren|Importe)\s(?:[\wäöüß-]+\s){0,6}aus\sChina\b|\baus\sChina\s(?:[\wäöüß-]+\s){0,2}(?:eingeführt|importiert)|중국(?:산|으로부터|에서)[^.。]{0,30}수입|[从自]中国[^，。,；;]{0,20}进口/i;
/** What a buyer counts of its own: what arrived, what it bought or ordered. */
const BUYING = "(?:imports|purchases|buying|intake|arrivals|orders)";
const BUYING_WORD = new RegExp(`\\b${BUYING}\\b`);
/**
 * A country that "saw" or "recorded" its own imports or purchases ("Germany saw its imports of Chinese
 * magnets fall 5%", "Japan recorded its magnet imports at 280 t", "Korea saw its purchases drop"): the
 * country counts what arrived, its own statistics.
 */
const COUNTRY_SAW_ITS_IMPORTS = new RegExp(
  `\\b${OTHER_COUNTRY}\\s(?:saw|sees|recorded|records|registered|logged|booked|counted|reported)\\s(?:(?:its|their)\\s(?:own\\s)?)?(?:[\\w-]+\\s){0,3}?${BUYING}\\b`,
);
/**
 * Buyers that moved their own buying ("Japanese buyers cut orders by 20%", "importers trimmed their
 * purchases"): what they ordered or bought, counted by them, not China's shipments.
 */
const BUYERS_MOVED_BUYING = new RegExp(
  `\\b(?:buyers|importers|customers|users|end-users|manufacturers|makers|automakers|carmakers|purchasers)\\s(?:[\\w-]+\\s){0,2}?(?:cut|slashed|reduced|trimmed|pared|scaled back|raised|increased|boosted|lifted|doubled|halved)\\s(?:back\\s)?(?:(?:its|their)\\s)?(?:[\\w-]+\\s){0,2}?${BUYING}\\b`,
  "i",
);
/** The same with the amount between the verb and the origin: "Japan imported 421 tonnes of magnets from China". */
const IMPORTED_BEFORE =
  /\bimport(?:ed|s)\s(?:(?:about|around|roughly|some|nearly|almost|just over|just under|more than|over|only|just)\s)?$/i;
const FROM_CHINA_AFTER = /^\s(?:of\s(?:[\w-]+\s){1,5})?from\sChina\b/i;
/**
 * What only the importer's own statistics hold: its fiscal year, its imports from every origin.
 * Without such a mark, "U.S. imports fell 11% to 582 tons" is the press telling China's exports
 * to the US from the buyer's side.
 */
const IMPORTER_FRAME =
  /\b(?:FY ?\d{2,4}|fiscal|financial year|(?:19|20)\d{2}-\d{2}\b|total imports|overall imports|all (?:sources|origins|suppliers)|non-Chinese|other (?:sources|suppliers|origins)|imports? from (?!China\b)[A-Z])/i;
/** The sentence cites China's own customs: the importer named in it is only the destination. */
const CHINA_CUSTOMS =
  /\b(?:Chinese|China['’]s|China|Beijing['’]s) (?:customs|(?:official|trade|export) (?:data|figures|statistics))|\bGeneral Administration of Customs\b|\bGACC?\b|海关/;

/** Who guesses at a figure in the market: brokers, traders, analysts, newsletters, "market talk". */
const MARKET_SPEAKER =
  "(?:brokers?|traders?|dealers?|analysts?|consultants?|consultanc(?:y|ies)|(?:market|industry|trade)\\s(?:talk|chatter|sources|participants|watchers|insiders|gossip|bod(?:y|ies)|associations?)|(?:trade\\s)?newsletters?|outlets?|publications?|(?:freight|shipping|vessel|cargo)\\s(?:trackers?|data)|trackers?)";
/** Matches wherever a market participant is named: every pattern built on `MARKET_SPEAKER` needs it. */
const MARKET_SPEAKER_HINT = new RegExp(MARKET_SPEAKER, "i");
/**
 * A market participant's estimate before the figure: "a broker puts June at roughly 3,000 t", "market
 * talk has May at ~7,000 t", "UBS had estimated April at 353 t", "my own estimate was 20 t".
 */
const ESTIMATE_BEFORE = new RegExp(
  `\\b${MARKET_SPEAKER}\\s(?:[\\w'’-]+\\s){0,3}?(?:puts?|pegs?|pegged|reckons?|reckoned|guesse[sd]|estimates?|estimated|ha[sd]\\s(?:[\\w'’.-]+\\s){0,12}?at)\\b` +
    `|\\b(?:had|have|has)\\s(?:estimated|pegged|pencil+ed in|guessed)\\b` +
    `|\\b(?:[Mm]y|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er)\\s(?:own\\s)?(?:rough\\s|best\\s)?(?:estimate|guess|reckoning|number|figure)\\b` +
    `|['’]s\\sown\\s(?:rough\\s|best\\s)?(?:estimate|guess|reckoning)\\b` +
    `|\\b${MARKET_SPEAKER}\\s(?:[\\w'’-]+\\s){0,3}?suggests?\\b`,
  "i",
);
/** A market participant says the figure right before it: "a broker says ~100t", "one trader thinks it was about 6,000 t". */
/**
 * A figure set inside someone's estimate: "above our 5,800t estimate", "the consensus 5,900-tonne
 * forecast", "analysts' 6,000 t call": the owner right before the figure, the estimate's noun after it.
 */
const ESTIMATE_OWNER_BEFORE =
  /\b(?:[Oo]ur|[Mm]y|[Tt]heir|[Hh]is|[Hh]er|(?:the\s)?consensus|analysts['’]?|(?:the\s)?[Ss]treet['’]s|(?:the\s)?market['’]s)\s(?:own\s|(?:earlier|previous|prior|original|revised|latest|updated)\s)?(?:c\.\s?|~)?$/;
const ESTIMATE_NOUN_AFTER =
  /^(?:\s?(?:t|tonnes?|tons?|mt|kt))?[-\s](?:estimate|forecast|projection|expectation|call|guess|prediction)s?\b/i;
const ESTIMATE_SAYS = hinted(
  new RegExp(
    `\\b${MARKET_SPEAKER}\\s(?:[\\w'’-]+\\s){0,3}?(?:says?|said|thinks?|thought|believes?|believed|wrote|writes|told\\s\\w+)\\s?[:,]?\\s?(?:(?:it|that|they)(?:['’]s|\\swas|\\swere|\\sis)?\\s|(?:maybe|perhaps|probably|about|around|roughly|nearly|some|~)\\s?)*$`,
    "i",
  ),
  MARKET_SPEAKER_HINT,
);
/**
 * The same said after the figure: "were nearer 6,000 t, a broker reckons". Not "a trader estimated",
 * which the press says of a figure worked out from the published totals (the present "estimates" is
 * a view, the past a sum done).
 */
const ESTIMATE_AFTER = hinted(
  new RegExp(
    `^[^.;:!?]{0,60}?,\\s(?:(?:a|an|one|some|several|the|other|many)\\s)?(?:[\\w'’-]+\\s){0,3}?${MARKET_SPEAKER}\\s(?:[\\w'’-]+\\s){0,3}?(?:reckons?|reckoned|estimates|guesse[sd]|believes?|believed|thinks?|thought)\\b` +
      // "..., by dealers' reckoning", "by one broker's estimate": whose guess the figure is (not "by
      // our estimate" or "by our reckoning", which a writer says of a change worked out from the data)
      `|^(?:[^.;:!?]|\\.(?=,)){0,60}?,?\\sby\\s(?:(?:a|an|one|some|several|the|other|many)\\s)?${MARKET_SPEAKER}['’]s?\\s(?:own\\s|rough\\s|best\\s)?(?:reckoning|estimates?|guess(?:work)?)\\b`,
    "i",
  ),
  MARKET_SPEAKER_HINT,
);
/** Places in China that publish or ship their own part of the trade; not Beijing, which stands for China. */
const CHINA_PLACE =
  "(?:Zhejiang|Jiangxi|Jiangsu|Guangdong|Shandong|Fujian|Anhui|Hunan|Hubei|Sichuan|Yunnan|Guangxi|Inner Mongolia|Shanxi|Shaanxi|Hebei|Henan|Liaoning|Jilin|Heilongjiang|Gansu|Xinjiang|Ningxia|Qinghai|Hainan|Guizhou|Ningbo|Shanghai|Tianjin|Qingdao|Shenzhen|Xiamen|Dalian|Guangzhou|Baotou|Ganzhou|Longnan|Chongqing|Suzhou|Hangzhou|Yantai|Lianyungang)";
/**
 * A province's, port's, city's or zone's own part of China's trade: "Jiangsu's magnet exports",
 * "exports through the port of Ningbo", "Zhejiang province alone shipped", "Ningbo customs cleared".
 * A dateline ("SHANGHAI, Sept. 22 -") names no owner.
 */
const LOCAL_BEFORE = new RegExp(
  `\\b${CHINA_PLACE}(?:['’]s\\b|\\s(?:province|provincial|city|municipal|municipality|port|customs|hi-tech zone|free trade zone|zone|region|prefecture)\\b|\\s(?:alone\\s)?(?:shipped|exported|handled|cleared|sent|accounted for)\\b)` +
    `|\\b(?:port|province|city|region|prefecture|municipality)\\sof\\s${CHINA_PLACE}\\b|\\b(?:through|via|from)\\s(?:the\\s)?(?:port\\sof\\s)?${CHINA_PLACE}(?:\\s(?:port|customs))?\\b|\\b(?:provincial|municipal)\\b|\\b[Tt]he\\s(?:[\\w-]+\\s)?(?:hi-tech\\s|high-tech\\s|industrial\\s|free\\strade\\s)zone\\b`,
);
/** A local source, anywhere in the sentence: "provincial data showed", "city officials said", "its customs office said". */
const LOCAL_SOURCE =
  /\b(?:provincial|municipal|city|local|prefectural)\s(?:data|figures|statistics|customs|officials|government|commerce (?:bureau|department)|bureau|authorities|media)\b|\b(?:its|the port['’]s|the city['’]s|the province['’]s)\scustoms office\b/i;

/**
 * The words a page labels links to other stories with: "Related stories", "Read more", "See also",
 * "More on this topic", "You might also like", "Most read", "Recommended for you".
 */
export const LINK_WORDS =
  "(?:related(?:\\s(?:stories|articles|coverage|news|reading|content|links|topics|posts))?|read\\s(?:more|also|next)|also\\sread|see\\salso|more\\s(?:on|about)\\s(?:this|the)(?:\\s(?:story|topic|subject|issue))?|more\\s(?:stories|articles|posts|coverage|news|reading|headlines)(?:\\s(?:on|about|from|in|by)\\s[\\w\\s'’-]{1,30}?)?|recommended(?:\\s(?:for\\syou|reading|stories|articles|from\\s[\\w\\s]{1,30}?))?|most\\s(?:read|popular|viewed|shared)|(?:hot|popular)\\s(?:articles|stories|news|posts|reads|topics)|trending(?:\\snow)?|top\\sstories|further\\sreading|you\\s(?:may|might)\\s(?:also\\s)?(?:like|enjoy|be\\sinterested\\sin)|more\\sfrom\\s[\\w\\s]{1,30}?|previously|earlier\\scoverage|don['’]t\\smiss|what\\sto\\sread\\snext|editor['’]s\\spicks?)";

/**
 * The label of a link to another story, whose headline is that story's, of a date the page does not
 * give: "Related: ...", "Read more: ...", "See also - ...".
 */
export const LINK_LABEL = new RegExp(`^\\W*${LINK_WORDS}\\s*[:|>»—–]`, "i");

/** A line that is only such a label: the lines under it, to the next paragraph of prose, are links. */
export const LINK_LINE = new RegExp(`^\\W*${LINK_WORDS}\\W*$`, "i");

/** Words that say a piece stated something wrongly. */
const IN_ERROR = String.raw`(?:in\serror|wrongly|mistakenly|incorrectly|erroneously|by\smistake)`;
/** Words that say the piece took one figure for another: "..., a note said, mixing up value and volume". */
const MIXED_UP = String.raw`(?:mixing\sup|mixed\sup|confusing|conflating|muddling)\b`;
/** What a piece did with a figure: "said", "stated", "printed". */
const PIECE_SAID = String.raw`(?:said|says|stated|states|wrote|writes|claimed|claims|reported|gave|printed|published|showed|listed)`;
/**
 * After the figure, the piece that gave it and the words that call it wrong, in the same sentence:
 * "..., a weekly digest said in error", "..., an earlier version of a memo said", "..., a number we
 * printed in our first edition", "..., one dashboard claimed; the drop was in fact 6%", "..., a
 * circular stated on its cover; its own table has 138 t". Not what customs or an official said.
 */
const MISSTATED_AFTER = hinted(
  new RegExp(
    String.raw`^[^.;:!?]{0,100}?,\s(?:(?:[\w'’-]+\s){0,8}?(?:${PIECE_SAID}\s(?:[\w'’-]+\s){0,3}?${IN_ERROR}|${IN_ERROR}\s${PIECE_SAID})\b` +
      String.raw`|(?:[\w'’-]+\s){0,8}?${PIECE_SAID}\b[^.;:!?]{0,40}?,\s${MIXED_UP}` +
      String.raw`|(?:as\s)?(?:an?|the)\s(?:earlier|previous|first|original)\s(?:version|edition|draft)\b` +
      String.raw`|(?:an?\s(?:figure|number)\s)?(?:we|I)\s(?:had\s)?${PIECE_SAID}\s(?:[\w'’-]+\s){0,3}?in\s(?:an?|the|our)\s(?:early|earlier|first|previous)\s(?:edition|version|draft)\b)`,
    "i",
  ),
  new RegExp(String.raw`${IN_ERROR}|${MIXED_UP}|\b(?:version|edition|draft)\b`, "i"),
);
/** After the figure, the piece that gave it, to the end of the clause: "..., one dashboard claimed". */
const PIECE_SAID_AFTER = new RegExp(
  String.raw`^[^.;:!?]{0,100}?,\s(?:[\w'’-]+\s){0,8}?${PIECE_SAID}\b[^.;:!?]{0,40}$`,
  "i",
);
/**
 * A sentence that tells a figure as a piece's, then sets it right after a semicolon: "...,
 * one dashboard claimed; the drop was in fact 6%", "..., a circular stated on its cover; its own
 * table has 138 t".
 */
const SAID_THEN_SET_RIGHT = new RegExp(
  String.raw`,\s(?:[\w'’-]+\s){0,8}?${PIECE_SAID}\b[^.;:!?]{0,40};\s(?:[^.;:!?]{0,60}?\b(?:in\sfact|actually)\b|(?:its|their)\sown\s(?:[\w-]+\s){0,2}?(?:has|have|shows?|gives?|says?|reads?)\b)`,
  "i",
);
/** Who states China's figures, not another piece: "customs", "a customs official", "the ministry". */
const OFFICIAL_SPEAKER =
  /^[^.;:!?]{0,100}?,\s(?:[\w'’-]+\s){0,4}?(?:customs|officials?|ministry|administration|GACC?|data|figures|statistics|spokes(?:man|woman|person))\b/i;

/**
 * A revision: the figure it was revised from is the earlier release's ("revised down to 5,450 t from
 * 5,473 t", "the first estimate of 5,473 t was revised up"), a figure the text corrects.
 */
const REVISION = /\b(?:revis(?:ed|es|ing|ion|ions)|restated|amended)\b/i;
const REVISED_FROM_BEFORE =
  /\bfrom\s(?:(?:an?|the|its)\s)?(?:(?:initial|initially reported|earlier|original|originally reported|first|preliminary|previous|prior|previously reported)\s)?(?:(?:figure|estimate|reading|number|print)\s(?:of\s)?)?(?:about\s|around\s)?$/i;
const REVISED_AFTER =
  /^\s(?:[\w'’-]+\s){0,5}?(?:was|were|has|have|had|is|got)\s(?:(?:since|now|also|later|subsequently|been|being|sharply|slightly)\s){0,2}(?:revised|restated|amended)\b/i;
/** A quantity a licence or permit allows, not what shipped: "licences granted in November covered 6,150 t". */
/** The same said after the figure: "6,000 t of magnets had been approved for export". */
const LICENSED_AFTER =
  /^[^.;:!?]{0,50}?\b(?:approved|cleared|licen[cs]ed|authori[sz]ed|permitted|granted)\sfor\sexport\b/i;
/** "6,150 t cleared for export" where customs figures are cited: what customs cleared, shipped, not a licence. */
const CLEARED_AFTER = /^[^.;:!?]{0,50}?\bcleared\sfor\sexport\b/i;
const LICENSED_BEFORE =
  /\b(?:licen[cs]es?|permits?|approvals?)\s(?:[\w'’-]+\s){0,5}?(?:covered|covering|covers?|for|allow(?:ed|ing|s)?|worth|totall?ing|amounting to)\s(?:(?:about|around|some|roughly|up to|nearly|almost|more than|over)\s)?$/i;

/** Marks of a whole sentence, read once: a correction, a hypothetical opening, another country's statistics. */
export interface SentenceMarks {
  correction: boolean;
  /** The sentence denies something (a report, a rumour, a post). */
  denial: boolean;
  hypothetical: boolean;
  otherReporter: boolean;
  /** The sentence cites China's customs, so an importer's name in it is a destination. */
  chinaCustoms: boolean;
  /** The sentence cites a province's, city's or port's own figures ("provincial data showed"). */
  local: boolean;
  /** The sentence is the headline of another story the page links to ("Related: ...", "Read more: ..."). */
  link: boolean;
  /** The sentence speaks of a revision of a figure. */
  revision: boolean;
  /**
   * The next sentence opens by denying this one ("This is wrong."), or a later part of it sets a
   * figure right ("; the secretariat clarified that this was the October figure", "; we disagree"):
   * what it tells as another's is denied.
   */
  disputed: boolean;
  /** A figure told as a piece's is set right after a semicolon (see `SAID_THEN_SET_RIGHT`). */
  setRightAfterSaid: boolean;
  /** The speaker takes the sentence back at its end (see `RETRACTED`). */
  retracted: boolean;
}

/**
 * Reads the sentence-wide marks; bounded to the sentence's first 2,000 characters. `next`, the start
 * of the sentence after it, shows a correction told in two sentences ("A report on Nov. 20 said
 * exports to India were 461 t. The figure was 416 t.").
 */
export function sentenceMarks(sentence: string, next = ""): SentenceMarks {
  const s = sentence.length > 2000 ? sentence.slice(0, 2000) : sentence;
  return {
    correction:
      CORRECTION.test(s) ||
      (!latin1Stub(s) &&
        (EARLIER_PIECE_SAID.test(s) || OWN_EARLIER_SAID.test(s)) &&
        (SET_RIGHT_NEXT.test(next.slice(0, 200)) || OWN_SLIP_AFTER.test(s))),
    denial: DENIAL.test(s),
    hypothetical: HYPOTHETICAL_OPENING.test(blankSums(s)),
    otherReporter: findReporter(s) !== null,
    chinaCustoms: CHINA_CUSTOMS.test(s),
    local: LOCAL_SOURCE.test(s),
    link: LINK_LABEL.test(s),
    revision: REVISION.test(s),
    disputed:
      (!latin1Stub(next) &&
        (DENIED_NEXT.test(next.slice(0, 200)) || NOTED_SLIP_NEXT.test(next.slice(0, 200)))) ||
      testHinted(DISPUTED_AFTER, s),
    setRightAfterSaid: SAID_THEN_SET_RIGHT.test(s),
    retracted: RETRACTED.test(s),
  };
}

/**
 * The mode of the figure at `[start, end)` of the clause.
 * @example modeOf({ clause: "exports could top 7,000 tonnes", sentence: sentenceMarks("..."), start: 21, end: 33, question: false, year: 2025 }) // "forecast"
 */
export function modeOf(ctx: ModeContext): Mode {
  const before = ctx.clause.slice(Math.max(0, ctx.start - 90), ctx.start);
  // a figure that opens its clause has no words before it (none that deny it, make it a forecast,
  // an estimate, another exporter's or a company's)
  const worded = !latin1Stub(before);
  const near = ctx.clause.slice(Math.max(0, ctx.start - 45), ctx.start);
  if (ctx.question || askedWhether(ctx)) return "question";
  if (ctx.sentence.link) return "link";
  if (ctx.sentence.retracted || RETRACTED_AFTER.test(ctx.following ?? "")) return "correction";
  if (NEGATED_BEFORE.test(before.slice(-32))) return "correction";
  if (
    testHinted(SLIP_AFTER, ctx.clause.slice(ctx.end, ctx.end + 50)) ||
    RECORDED_AS_BEFORE.test(before.slice(-60))
  )
    return "correction";
  const opening = ctx.clause.slice(Math.max(0, ctx.start - 240), ctx.start);
  if (
    ctx.sentence.correction &&
    ((MISSTATED_BEFORE.test(opening) &&
      !RIGHT_FIGURE.test(lastPart(opening, MISSTATED_BEFORE)) &&
      !rightAfterColon(lastPart(opening, MISSTATED_BEFORE), ctx.clause.slice(ctx.end, ctx.end + 40))) ||
      (EARLIER_PIECE_SAID.test(opening) && !RIGHT_FIGURE.test(lastPart(opening, EARLIER_PIECE_SAID))))
  )
    return "correction";
  const rest = ctx.clause.slice(ctx.end, ctx.end + 200);
  if (
    (testHinted(MISSTATED_AFTER, rest) || (ctx.sentence.setRightAfterSaid && PIECE_SAID_AFTER.test(rest))) &&
    !OFFICIAL_SPEAKER.test(rest)
  )
    return "correction";
  if (
    ctx.sentence.revision &&
    (REVISED_FROM_BEFORE.test(before.slice(-60)) ||
      REVISED_AFTER.test(ctx.clause.slice(ctx.end, ctx.end + 50)))
  )
    return "correction";
  if (HEARSAY_AFTER.test(ctx.clause.slice(ctx.end, ctx.end + 40)) || hearsayBefore(opening)) return "denied";
  if (worded && DENIED_THAT.test(opening)) {
    const rest = lastPart(opening, DENIED_THAT);
    if (!RIGHT_FIGURE.test(rest) && !OWN_STATEMENT.test(rest)) return "denied";
  }
  if (ctx.sentence.disputed) {
    if (CLAIMED_AFTER.test(ctx.clause.slice(ctx.end, ctx.end + 100))) return "denied";
    const quoted = /["\u201c]/.test(ctx.clause.slice(Math.max(0, ctx.start - 1), ctx.start + 1));
    if (quoted && CALLED_QUOTED_BEFORE.test(opening)) return "denied";
    if (CLAIMED_BEFORE.test(opening)) {
      const rest = lastPart(opening, CLAIMED_BEFORE);
      if (!RIGHT_FIGURE.test(rest) && !OWN_STATEMENT.test(rest)) return "denied";
    }
  }
  if (ctx.sentence.denial && REPORT_BEFORE.test(opening)) {
    const rest = lastPart(opening, REPORT_BEFORE);
    if (!RIGHT_FIGURE.test(rest) && !OWN_STATEMENT.test(rest)) return "denied";
  }
  if (ctx.sentence.hypothetical || HYPOTHETICAL_BEFORE.test(blankJudgements(blankSums(before))))
    return "hypothetical";
  if ((worded && EVEN_BEFORE.test(before)) || RATE_MODAL_AFTER.test(ctx.clause.slice(ctx.end, ctx.end + 60)))
    return "hypothetical";
  if (
    TARGET_BEFORE.test(near) ||
    capacity(ctx) ||
    LICENSED_BEFORE.test(before) ||
    (LICENSED_AFTER.test(ctx.clause.slice(ctx.end, ctx.end + 60)) &&
      !(ctx.sentence.chinaCustoms && CLEARED_AFTER.test(ctx.clause.slice(ctx.end, ctx.end + 60))))
  )
    return "target";
  if (futureYear(ctx)) return "forecast";
  if (worded && FORECAST_BEFORE.test(inSmallLetters(forecastWords(ctx)))) return "forecast";
  if (forecastIntl(ctx.clause, ctx.start, ctx.end)) return "forecast";
  const after = ctx.clause.slice(ctx.end, ctx.end + 100);
  if (
    (worded && ESTIMATE_BEFORE.test(before)) ||
    testHinted(ESTIMATE_SAYS, near) ||
    testHinted(ESTIMATE_AFTER, after) ||
    (ESTIMATE_OWNER_BEFORE.test(before) && ESTIMATE_NOUN_AFTER.test(after))
  )
    return "estimate";
  if (worded && REQUIRED_BEFORE.test(near)) return "hypothetical";
  if (BEFORE_THE_DATA_AFTER.test(after) || EXPECTED_AFTER.test(after)) return "forecast";
  if (!ctx.sentence.chinaCustoms && worded && OTHER_EXPORTER.test(before)) return "other-exporter";
  if (BUYER_SHARE.test(ctx.clause.slice(ctx.start, ctx.end + 70))) return "other-reporter";
  if (ctx.sentence.otherReporter || importerOwn(ctx, before)) return "other-reporter";
  if (unnamedImporter(ctx) || (COUNTRY_PRONOUN_IMPORTS.test(before) && OWN_SOURCE_AFTER.test(after)))
    return "unnamed-importer";
  if (ALL_GOODS.test(before)) return "all-goods";
  const origin = importedFrom(ctx);
  if (origin !== null) return origin;
  const own = lastPart(before, DATA_SHOWED);
  if (
    (worded && COMPANY_BEFORE.test(own.replace(ASIDE_ABOUT_PLACE, ", "))) ||
    companySaidIts(own) ||
    (worded && (NAMED_OWN.test(own) || SOMEONE_SAID_ITS.test(own)))
  )
    return "company";
  if (companyPronoun(before, ctx.previous ?? null, (s) => COMPANY_BEFORE.test(s))) return "company";
  if (COMPANY_BASE_AFTER.test(after)) return "company";
  if (!ctx.sentence.chinaCustoms && ((worded && LOCAL_BEFORE.test(own)) || ctx.sentence.local))
    return "local";
  return "reported";
}

/**
 * The figure is what a question in reported speech asks about, not a figure it takes as given ("asked
 * whether the 5,865 t rare earths number is for magnets" presupposes its 5,865 t).
 */
function askedWhether(ctx: ModeContext): boolean {
  const opening = ctx.clause.slice(Math.max(0, ctx.start - 240), ctx.start);
  // "asked whether January-October exports (45,290 t) would beat 2024": a figure in brackets says
  // what the question is about, as "the" does; an answer after a colon is no longer the question
  return ASKED_WHETHER.test(opening) && !/(?:\b(?:the|that|this|its|their)\s|\(\s?)$/i.test(opening);
}

/**
 * A headline in capitals or title case ("TRADERS SEE JULY MAGNET EXPORTS NEAR 5,000 TONS", read as
 * "Traders SEE July Magnet Exports Near"), every word opening with a capital, in small letters, so
 * that its forecast words are read as in running text; "May" stays the month.
 */
function inSmallLetters(words: string): string {
  if (/\b[a-z]/.test(words) || !/[A-Z][\w'-]*\s[A-Z][\w'-]*\s[A-Z]/.test(words)) return words;
  return words.replace(/\b[A-Z][\w'-]*/g, (w) => (/^may$/i.test(w) ? w : w.toLowerCase()));
}

/**
 * A modal addressed to the reader about reading the figures, not about what they will be: "As you
 * will have read, exports fell to ...", "Buyers should note that December was ...", "it should be
 * noted that ...", "... should therefore not be compared with the broader tallies (6,745 t ...)"; a
 * speaker's own modal of saying or weighing: "I would note that exports were ...", "we would not
 * over-read the 30.9% slump".
 */
const TO_THE_READER =
  /\b(?:(?:I|we)\s(?:would|['’]d)\s(?:just\s|also\s|like\sto\s)?(?:note|add|point\sout|stress|emphasi[sz]e|underline|remind\s(?:you|everyone))|(?:I|we)\s(?:would\snot|wouldn['’]t|['’]d\snot)\s(?:over-?read|overstate|over-?interpret|read\s(?:too\s)?much\sinto|make\s(?:too\s)?much\sof)|(?:as\s)?you\s(?:will|may|might|would|should)\s(?:already\s)?(?:have\s)?(?:read|seen|heard|noticed|known|know|recall|remember|gathered)|(?:should|must|will|may|might)\s(?:also\s|further\s|please\s)?(?:note|notice|remember|bear\sin\smind|keep\sin\smind|be\saware)|(?:should|must)\s(?:therefore\s|thus\s|also\s)?(?:not\s)?be\s(?:compared|confused|mixed\sup|noted|read|taken|treated)|(?:it|this)\s(?:should|must|will)\sbe\snoted)\b/gi;

/** A word `TO_THE_READER` cannot match without, looked for first. */
const TO_THE_READER_HINT =
  /\b(?:you|note|noted|notice|remember|mind|aware|compared|confused|mixed|read|taken|treated|add|point|stress|emphasi[sz]e|underline|remind|over-?read|overstate|over-?interpret|much)\b/i;

/**
 * The 90 characters before the figure in which forecast words count: the phrases of `NOT_FORECAST`
 * and `TO_THE_READER` blanked (read wider, so none is cut), and so the main clause of an event the
 * figure's clause follows (`sinceEvent`).
 */
function forecastWords(ctx: ModeContext): string {
  const blank = (m: string) => " ".repeat(m.length);
  const words = ctx.clause.slice(Math.max(0, ctx.start - 160), ctx.start).replace(NOT_FORECAST, blank);
  const wide = blankJudgements(TO_THE_READER_HINT.test(words) ? words.replace(TO_THE_READER, blank) : words);
  return sinceEvent(ctx, wide).slice(-90);
}

/**
 * "analysts expect more in July, following a 157.5% rise last month": what the forecast follows
 * happened, so the words before "following" are the forecast's, not the figure's; blanked.
 */
function sinceEvent(ctx: ModeContext, words: string): string {
  if (!EVENT_DATED_AFTER.test(ctx.clause.slice(ctx.end, ctx.end + 60))) return words;
  const event = AFTER_EVENT.exec(words);
  return event === null ? words : " ".repeat(event.index) + words.slice(event.index);
}

/**
 * ", following a", ", after an": the event a main clause follows, told after it; the last one. Only
 * where the event is dated by its own words ("in June", "last month"): else its month is the
 * forecast's, which it is not.
 */
const EVENT_DATED_AFTER = new RegExp(
  `^[^,;]{0,50}?\\b(?:(?:in|during|for)\\s(?:${ENGLISH_MONTH_NAME})\\b|last\\s(?:month|year)\\b|(?:a|one)\\s(?:month|year)\\s(?:earlier|before|ago)\\b)`,
);
const AFTER_EVENT = /,\s(?:following|after)\s(?=(?:a|an|the|its|their)\s|$)(?!.*,\s(?:following|after)\s)/;

/**
 * A judgement the writer closes with a colon and then backs with figures ("It would be wrong to call
 * that normal: exports swung from 6,357 t to 1,238 t", "That would be a mistake: ..."): its modal
 * supposes nothing about the figures after it, so it is blanked before suppositions are looked for.
 */
const JUDGEMENT_COLON =
  /\b(?:it|that|this|one)\s(?:would|could|might|should)\s(?:be|have been|seem|look)\b[^:;.!?]{0,80}:\s/gi;
const blankJudgements = (s: string) => s.replace(JUDGEMENT_COLON, (m) => " ".repeat(m.length));

/** Another country's own import statistics, told by what only they hold (see `IMPORTER_FRAME`). */
function importerOwn(ctx: ModeContext, before: string): boolean {
  if (ctx.sentence.chinaCustoms) return false;
  if (FROM_CHINA.test(before)) return true;
  if (BUYING_WORD.test(before)) {
    if (COUNTRY_SAW_ITS_IMPORTS.test(before) || BUYERS_MOVED_BUYING.test(before)) return true;
  }
  if (IMPORTED_BEFORE.test(before) && FROM_CHINA_AFTER.test(ctx.clause.slice(ctx.end, ctx.end + 60)))
    return true;
  const around = ctx.clause.slice(Math.max(0, ctx.start - 120), Math.min(ctx.clause.length, ctx.end + 60));
  if (!BUYER_IMPORTS.test(before) && !buyerImportsSubject(ctx)) return false;
  // "Japan's imports of Chinese magnets rose to 262 t, Ministry of Finance data showed": the buyer's ministry
  return IMPORTER_FRAME.test(around) || IMPORTER_MINISTRY.test(`${before} ${ctx.following ?? ""}`);
}

/**
 * A buyer's imports are the subject the figure's clause named, further back than `before` reaches:
 * "Japan's imports of sintered magnets, chiefly grades bought by motor makers near Nagoya, climbed
 * to 9,100 t in fiscal 2024 from 8,300 t": no word of China's selling side comes between them and the figure.
 */
function buyerImportsSubject(ctx: ModeContext): boolean {
  const wide = ctx.clause.slice(Math.max(0, ctx.start - 240), ctx.start);
  if (!/import/i.test(wide)) return false;
  const buyer = allMatches(BUYER_IMPORTS_ALL, wide).pop();
  return buyer !== undefined && !SELLING_WORD.test(wide.slice(buyer.index + buyer[0].length));
}
const BUYER_IMPORTS_ALL = new RegExp(BUYER_IMPORTS.source, "gi");
/** A word of the seller's side of trade: what China exported, shipped or sold. */
const SELLING_WORD =
  /\b(?:exports?|exported|exporting|shipments?|shipped|sales|sold|sent|outbound|deliveries|delivered)\b/i;

/** China as the origin of imports, not their importer: "(mostly) sourced from China", "made in China". */
const CHINA_AS_ORIGIN =
  /\b(?:(?:mostly|mainly|largely|primarily|chiefly|overwhelmingly)\s)?(?:sourced|supplied|coming|imported|bought|shipped|made)\s(?:from|in)\sChina\b|\bChinese-made\b/gi;

/** An importer's own ministry or census, unless China's: the source of a buyer's import figures. */
const IMPORTER_MINISTRY =
  /(?<!\b(?:China['’]s|Chinese|Beijing['’]s)\s)\b(?:Ministry of Finance|finance ministry|Census Bureau|census data)\b/i;

/** The last trade noun or verb before a figure: what the figure counts. */
const TRADE_WORD =
  /\b(?:imports?|imported|importing|exports?|exported|exporting|shipments?|shipped|sales|sold|sent|outbound|deliveries|delivered|purchases|bought)\b/gi;

/**
 * Imports said of no one: "Imports of sintered magnets fell 40% to 9,900 t", "Magnet imports
 * dropped to ...". China's exports are never told as bare imports: the importer is another country
 * the text is about (its own statistics) or China itself; either way not China's exports. A clause
 * that names a destination ("imports by Japan") or China as the importer is read as before.
 */
function unnamedImporter(ctx: ModeContext): boolean {
  // the subject may open a long clause: "Imports of finished and unfinished magnets, largely ..., fell 56% to"
  const words = allMatches(TRADE_WORD, ctx.clause.slice(Math.max(0, ctx.start - 300), ctx.start));
  const last = words[words.length - 1];
  if (last === undefined || !/^import/i.test(last[0])) return false;
  // "December imports were 9,645 t" after "China's imports of rare earths fell ...": China's, read as before
  if (ctx.chinaImportsBefore === true || mentionsChinaImports(ctx.clause)) return false;
  // "primarily sourced from China", "made in China": China as where the goods came from names no importer
  if (/\b(?:China|Chinese|Beijing)\b/.test(ctx.clause.replace(CHINA_AS_ORIGIN, ""))) return false;
  return findPartners(ctx.clause).length === 0;
}

/** Imports, or what was bought, right before "from": "magnet imports from Japan", "purchases from Germany". */
const IMPORTED_FROM_BEFORE =
  /\b(?:imports?|imported|importing|purchases?|purchased|bought|buying|inbound\s(?:shipments|volumes|deliveries))\b(?:\s(?:of\s)?[\w-]+){0,4}\sfrom\s(?:the\s)?$/i;

/**
 * "Magnet imports from Japan declined 13.2% to 250 tons": imports from a country other than China
 * are that country's sales to someone, never China's exports to it. Another country's own statistics
 * where the clause names the importer before ("Korea's imports from Japan"), else imports whose
 * importer goes unnamed; null where no such origin comes before the figure.
 */
function importedFrom(ctx: ModeContext): Mode | null {
  if (!/\bfrom\b/i.test(ctx.clause) || !/\b(?:import|purchas|bought|buying|inbound)/i.test(ctx.clause))
    return null;
  const before = ctx.clause.slice(0, ctx.start);
  const partners = findPartners(before);
  const origin = partners.find(
    (p) => p.value !== "CHN" && IMPORTED_FROM_BEFORE.test(before.slice(Math.max(0, p.start - 60), p.start)),
  );
  if (origin === undefined) return null;
  return partners.some((p) => p.end <= origin.start && p.value !== "CHN")
    ? "other-reporter"
    : "unnamed-importer";
}

/** A tonnage that is a plant's or a line's capacity, or a yearly rate ("a 6,000-tonne-a-year plant"). */
function capacity(ctx: ModeContext): boolean {
  const after = ctx.clause.slice(ctx.end, ctx.end + 50);
  if (!CAPACITY_AFTER.test(after)) return false;
  return TONNAGE_END.test(ctx.clause.slice(ctx.start, ctx.end)) || /^-(?:tonnes?|tons?)\b/i.test(after);
}

/** A name that is not an official body says "its" figures before the figure. */
function companySaidIts(before: string): boolean {
  for (const m of allMatches(SAID_ITS, before)) if (!OFFICIAL.test(m[1] ?? "")) return true;
  return false;
}

/** The text after the last match of `re` in `text`. */
function lastPart(text: string, re: RegExp): string {
  let every = EVERY.get(re);
  if (every === undefined) EVERY.set(re, (every = new RegExp(re.source, "gi")));
  let at = 0;
  for (const m of allMatches(every, text)) at = m.index + m[0].length;
  return text.slice(at);
}

/** Each pattern `lastPart` is given, made global once (a pattern made anew is compiled anew). */
const EVERY = new Map<RegExp, RegExp>();

/** A year after publication named right around the figure ("by 2027", "in 2026"). */
function futureYear(ctx: ModeContext): boolean {
  if (ctx.year === null) return false;
  const around = ctx.clause.slice(Math.max(0, ctx.start - 40), ctx.end + 30);
  for (const m of allMatches(/\b(?:by|in|for|through|until)\s((?:19|20)\d{2})\b/g, around))
    if (Number(m[1]) > ctx.year) return true;
  return false;
}
