// Numbers in a translation that keeps its source's conventions: an English text translated from
// Spanish, Portuguese, Italian, Indonesian or Vietnamese often keeps "5.493,9 toneladas", "26,5 %"
// and "62.585 ton" (a dot between thousands, a comma before decimals). european-numbers.ts reads
// them in a clause written in the source language (and a text in that language is left to it); in
// English words they need the whole text's evidence. A figure only that convention writes ("5.493,9", "26,5 %", "16,7 tonnellate") is that
// evidence, and a figure only the English one writes ("6,150", "12.4%") rules the convention out:
// with both, or neither, the text is read as it stands. A note that the text is a translation from
// one of those languages ("[Translated from the German]", "Automatic translation from Italian") is
// that evidence too: "5.774 tonnes" there is the source's 5,774. A decimal comma before a percent ("20,1 %",
// "9,5 per cent") has no English reading at all, so in a sentence written in English it is read as
// a decimal even where the text's other figures are English ("4,392 t, 20,1 % less"): read as it
// stands, its last digits made "1 % less".

import { allMatches } from "./all-matches.js";
import { europeanText } from "./european-numbers.js";
import { sentenceAround } from "./sentence-around.js";

/** Figures written with a dot between thousands and a decimal comma, in any language: "5.493,9". */
const DOTTED_DECIMAL = /(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d{1,4}(?![\d.,])/;
/**
 * A decimal comma before a percent sign or a unit word English does not use: "26,5 %", "12,9 persen",
 * "16,7 tonnellate" ("4,26 t" alone may be a list's comma in English, european-numbers.ts).
 */
const COMMA_DECIMAL =
  /(?<![\d.,])\d{1,3},\d{1,2}\s?(?:%|per\s?cent\b|percent\b|persen\b|pct\b|toneladas\b|tonnellate\b|tấn)/i;
/**
 * A note that the text is translated from a language that writes a dot between thousands: "Translated
 * from the German", "(automatic translation from Italian)", "machine-translated from Spanish".
 */
const TRANSLATED_FROM =
  /\btranslat(?:ed|ion)\s(?:\w+\s)?from\s(?:the\s)?(?:German|French|Spanish|Italian|Portuguese|Dutch|Indonesian|Vietnamese|Norwegian|Danish|Turkish)\b/i;

/** Figures only the English convention writes: "6,150" (a thousands comma) or "12.4" (a decimal point). */
const ENGLISH_ONLY = /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,12}\.\d{1,2}(?![\d.,]))/;
/** A figure to rewrite: dotted thousands with or without decimals ("62.585", "5.493,9"), or "26,5". */
const FIGURE = /(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d{1,4})?|\d{1,12},\d{1,2})(?![\d.,])/g;

/** A decimal comma before a percent or its points, in any text: "20,1 %", "9,5 per cent", "2,5 pp". */
const PCT_DECIMAL =
  /(?<![\d.,])\d{1,3},\d{1,2}(?=\s?(?:%|％|per\s?cent\b|percent(?:age\spoints?)?\b|pct\b|pp\b|ppts?\b))/gi;

/**
 * Whether an English text writes its figures with a dot between thousands and a comma before
 * decimals. A text in German, French, Spanish or Italian is read clause by clause by
 * european-numbers.ts instead.
 */
export function continentalDigits(text: string): boolean {
  return (
    (DOTTED_DECIMAL.test(text) || COMMA_DECIMAL.test(text) || TRANSLATED_FROM.test(text)) &&
    !ENGLISH_ONLY.test(withoutRestatements(withoutMarketStrips(text))) &&
    !europeanText(text)
  );
}

/**
 * One market's quote on a page's price strip: a name, its level and perhaps its move ("DAX 23,410
 * +0.6%", "Euro/Dollar 1.158", "Oil (Brent) 63.10 -0.4%", "CAC 40 8,121.40").
 */
const MARKET_QUOTE = String.raw`\p{Lu}[\p{L}\d&/().' -]{0,30}?[ \t][+\-−]?\d[\d.,]*(?:[ \t][+\-−]\d[\d.,]*%?)?`;
/**
 * A page's strip of market quotes, two or more set apart by spaces or bars, with no tonnage: the
 * site's ticker sets its figures its own way, not the way the article (or its translation) does.
 */
const MARKET_STRIP = new RegExp(
  String.raw`^[ \t]*${MARKET_QUOTE}(?:(?:[ \t]{2,}|[ \t]*[|·][ \t]*)${MARKET_QUOTE})+[ \t]*$`,
  "gmu",
);

/** The text without the lines of a page's market strip (see MARKET_STRIP), blanked. */
function withoutMarketStrips(text: string): string {
  return text.replace(MARKET_STRIP, (line) => (/\bt(?:onne|on)?s?\b/i.test(line) ? line : ""));
}

/**
 * A figure restated in brackets right after it in the other convention, as a translator glosses it:
 * "5.952 toneladas (5,952 tonnes)". The restatement is the translator's, not the text's convention.
 */
const RESTATED = /(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+)(\s?\p{L}{0,12}\s?)\((\d{1,3}(?:[.,]\d{3})+)(?=[\s)])/gu;

function withoutRestatements(text: string): string {
  if (!text.includes("(")) return text;
  return text.replace(RESTATED, (all, a: string, between: string, b: string) =>
    a.replace(/\D/g, "") === b.replace(/\D/g, "") && a !== b ? `${a}${between}(` : all,
  );
}

/** Thousands set apart by a space, as Polish, Czech, Russian or French write them: "5 577 tonnes". */
const SPACED_THOUSANDS = /(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])/;
/** A decimal point, as English writes one: "12.4", "0.76". */
const POINT_DECIMAL = /(?<![\d.,])\d{1,12}\.\d{1,3}(?![\d.,])/;
/** A figure with a decimal comma: "74,9", "9,007", "0,763". */
const COMMA_FIGURE = /(?<![\d.,])\d{1,12},\d{1,4}(?![\d.,])/g;

/**
 * Whether a text sets its thousands apart by a space and its decimals by a comma ("5 577 tonnes,
 * 74,9% more"), and never writes a decimal point: there "9,007 tonnes" is nine tonnes, not nine
 * thousand. Where the text's other figures do not show that, "9,007" is read as it stands.
 */
export function spacedDigits(text: string): boolean {
  return (
    SPACED_THOUSANDS.test(text) &&
    COMMA_DECIMAL.test(text) &&
    !POINT_DECIMAL.test(text) &&
    !europeanText(text)
  );
}

/**
 * The text with its figures in the English convention, character for character (dots and commas
 * swapped inside figures only), so that every position still points at the same words; the text
 * itself when it does not write its figures the continental way.
 * @example englishDigits("exports rose 26,5 % to 5.493,9 toneladas") // "exports rose 26.5 % to 5,493.9 toneladas"
 */
export function englishDigits(text: string): string {
  const whole = continentalDigits(text);
  const spaced = !whole && spacedDigits(text);
  let out = "";
  let at = 0;
  for (const m of allMatches(whole ? FIGURE : spaced ? COMMA_FIGURE : PCT_DECIMAL, text)) {
    // a sentence in German, French, Spanish or Italian is left to the clause reader
    if (!whole && !spaced && europeanText(sentenceAround(text, m.index, m.index))) continue;
    out += text.slice(at, m.index) + m[0].replace(/[.,]/g, (c) => (c === "." ? "," : "."));
    at = m.index + m[0].length;
  }
  return at === 0 ? text : out + text.slice(at);
}
