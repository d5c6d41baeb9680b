// Sentences in a language the reader does not read (Indonesian, Portuguese, Dutch, Turkish ..., and
// romanised Hindi mixed with English nouns).
// The reader finds their digits and units ("656 ton") and may name a product from a borrowed word
// ("magnet"), but not the destination, base or negation written in that language: "ke Amerika
// Serikat" is no partner it knows, so the figure reads as the world total. Such a sentence can
// show a figure right, never wrong (see `cautions.ts`). English, the European languages of
// `european-numbers.ts` and Chinese, Japanese and Korean are not taken for one.

import { europeanMarkers } from "./european-numbers.js";
import { CJK_LETTERS } from "./lexicon.js";

/** Words nearly every English sentence about trade figures uses; a letter of any script bounds a word. */
const ENGLISH =
  /(?<![\p{L}'’])(?:the|a|an|of|and|or|to|in|on|at|by|for|from|with|as|than|was|were|is|are|be|been|has|have|had|its|it|this|that|which|who|while|after|before|over|under|up|down|last|month|months|year|years|rose|fell|rise|fall|exports?|imports?|shipments?|shipped|data|customs|showed|said|percent|per|cent|tons|tonnes?|metric|total|since|record|highest|lowest|compared|previous|same|period)(?![\p{L}])/giu;
const LATIN_WORD = /\p{Script=Latin}{2,}/gu;
/**
 * Short words (and Portuguese trade nouns) of the Latin-script languages the reader does not read (Indonesian and Malay,
 * Portuguese, Dutch, Turkish, Polish, Vietnamese): a sentence is unread only where it shows two.
 */
const FOREIGN =
  /(?<![\p{L}'’])(?:yang|dan|dari|ke|pada|dengan|ini|itu|menjadi|sebesar|untuk|dalam|sejak|bulan|tahun|os|das|dos|da|ao|aos|às|nas|nos|para|com|em|uma|foram|foi|são|pelo|pelas?|pelos|exportações|importações|het|een|naar|van|werd|zijn|met|ook|ve|bir|ile|için|olarak|göre|oraz|się|na|do|od|của|và|các|đã|tấn|với|trong)(?![\p{L}])/giu;
const CJK_OR_HANGUL = new RegExp(`[${CJK_LETTERS}]`, "u");

/**
 * Whether a sentence is written in a Latin-script language the reader does not read: at least
 * eight words, at most one common English word and fewer than one in ten, two short words of such
 * a language, and more of them than words of German, French, Spanish or Italian (Portuguese shares
 * "de" and "toneladas" with Spanish, but not "em", "os", "das" or "foram"); or, short or long, two
 * words holding a letter only such a language writes (Turkish "ı", Polish "ł", Vietnamese "ế").
 * @example unreadLanguage("Pada Oktober ekspor magnet China ke Amerika Serikat naik menjadi 656 ton.") // true
 */
export function unreadLanguage(sentence: string): boolean {
  if (CJK_OR_HANGUL.test(sentence)) return false;
  // two of English's commonest grammar words, in lower case, answer both tests below at little cost
  if (plainEnglish(sentence)) return false;
  if (ownLetterWords(sentence) >= 2) return true;
  const words = sentence.match(LATIN_WORD)?.length ?? 0;
  if (words < 8) return false;
  const english = englishWords(sentence);
  const foreign = new Set(sentence.match(FOREIGN)?.map((w) => w.toLowerCase())).size;
  if (english <= 1 && english * 10 < words && foreign >= 2 && foreign > europeanMarkers(sentence))
    return true;
  return codeMixed(sentence);
}

/**
 * Letters that only Latin-script languages the reader does not read write: Turkish dotless i, soft g
 * and s with cedilla, Polish ogoneks, stroked l and acute consonants, Czech and Hungarian marks,
 * Romanian commas below, and Vietnamese tone marks and horned vowels. German, French, Spanish,
 * Italian and Portuguese letters (é, ü, ñ, ç, ã, ß ...) are not among them.
 */
const OWN_LETTER_WORD = /\p{L}*[ıİğĞşŞąĄęĘłŁńŃśŚźŹżŻřŘůŮěĚőŐűŰșȘțȚđĐơƠưƯ\u1ea0-\u1ef9]\p{L}*/gu;

/**
 * How many words of the sentence hold such a letter: two make it written in such a language, short as
 * it may be ("Kasımda ABD'ye 528 ton mıknatıs gönderildi"), where one may be a name in English prose.
 */
const ownLetterWords = (sentence: string) => sentence.match(OWN_LETTER_WORD)?.length ?? 0;

/**
 * English grammar words in lower case, each in both English lists below: a sentence with two is
 * written in English on either test (two English words; more than one grammar word). A word stands
 * alone: no letter or apostrophe before it (tested on the match, cheaper than a look-behind), no
 * letter after.
 */
const PLAIN_ENGLISH = /(?:the|of|and|to|in|from|was|were|is|for)(?![\p{L}])/gu;
const WORD_BEFORE = /[\p{L}'’]/u;

function plainEnglish(sentence: string): boolean {
  let n = 0;
  for (const m of sentence.matchAll(PLAIN_ENGLISH))
    if (m.index === 0 || !WORD_BEFORE.test(sentence[m.index - 1] as string)) if (++n >= 2) return true;
  return false;
}

/**
 * Words of the English list that are no evidence of English: two letters in capitals ("AS", the
 * Indonesian for the United States, not "as") and the nouns Indonesian and Malay took from it
 * ("total ekspor", "data bea cukai").
 */
const LOANWORDS = /^(?:total|data)$/i;

/** How many words of the sentence are English ones, as evidence that it is written in English. */
function englishWords(sentence: string): number {
  const words = sentence.match(ENGLISH) ?? [];
  return words.filter((w) => !(w.length === 2 && w === w.toUpperCase()) && !LOANWORDS.test(w)).length;
}

/**
 * Romanised Hindi's grammar words (postpositions, auxiliaries, conjunctions): "Japan ne October mein
 * 1,020 tonnes magnets import kiye" borrows its nouns from English, so English content words do not
 * make it readable.
 */
const HINDI =
  /(?<![\p{L}'’])(?:ke|ka|ki|ko|ne|mein|se|hai|hain|tha|thi|aur|lekin|nahi|nahin|kiye|kiya|yaani|woh?|yeh?|tak|bhi|apne|apni|hisaab|mutabiq|jitna|upar|neeche|galat)(?![\p{L}])/giu;
/** English grammar words: what a sentence written in English cannot do without. */
const ENGLISH_GRAMMAR =
  /(?<![\p{L}'’])(?:the|an?|of|and|or|to|in|on|at|by|for|from|with|as|than|was|were|is|are|be|been|has|have|had|its|it|this|that|which|who|while)(?![\p{L}])/giu;

/** A code-mixed sentence: three grammar words of romanised Hindi, at most one of English. */
function codeMixed(sentence: string): boolean {
  const hindi = new Set(sentence.match(HINDI)?.map((w) => w.toLowerCase())).size;
  return hindi >= 3 && (sentence.match(ENGLISH_GRAMMAR)?.length ?? 0) <= 1;
}
