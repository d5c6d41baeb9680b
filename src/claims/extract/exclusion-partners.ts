// Words for every destination but some, beyond the plain ones figure-partner.ts reads: "countries
// besides Germany", "all destinations but Japan", "everywhere bar the US", "non-US destinations",
// "excluding those to Germany", "the rest of Asia", "no destination", and after the figure "4,800 t went to markets
// other than Germany". The figure is never the named destination's: it is the total less some
// destinations (or a region less some), which the data does not hold.

import { latin1Stub } from "./all-matches.js";
import { hinted, testHinted } from "./hints.js";

const PLACES =
  "(?:destinations|countries|markets|buyers|customers|places|nations|economies|trading partners)";
const BUT =
  "(?:besides|bar|barring|save|aside from|apart from|minus|excepting|not including|other than|outside|excluding|except(?:\\sfor)?)";

const REGION =
  "(?:Asia|Europe|the EU|the European Union|Africa|the Americas|(?:Latin|North|South) America|Oceania|the region|the continent|the bloc)";

const EXCLUDED_BEFORE = new RegExp(
  [
    // countries besides Germany, markets other than Japan
    `\\b${PLACES}\\s${BUT}\\s`,
    // all destinations but Japan, every market bar the US, everywhere except Korea
    `\\b(?:all|every)\\s(?:other\\s)?(?:destination|country|market|buyer|customer|nation|${PLACES})\\s(?:but|${BUT})\\s`,
    `\\beverywhere\\s(?:but|${BUT})\\s`,
    // non-US destinations, non-Japanese buyers, non-EU markets
    `\\bnon-[A-Z][\\w.]*\\s(?:\\w+\\s)?${PLACES}\\b`,
    // excluding those to Germany, not counting shipments bound for the US
    `\\b(?:excluding|except(?:\\sfor)?|bar|barring|minus|leaving (?:out|aside)|not counting|other than)\\s(?:those|the ones|shipments|exports|sales|deliveries|volumes|the (?:volumes|shipments|exports|tonnage))\\s(?:to|bound for|for|going to|headed to|sent to)\\s`,
    // the rest of Asia, the rest of the EU
    `\\b(?:the\\s)?rest of ${REGION}\\b`,
    // "no destination took less than 200 t", "none of the other buyers", "every market": a bound said
    // of each destination (but those set apart), not of one
    `\\b(?:no|every|each)\\s(?:other\\s|single\\s|one\\s)?(?:destination|country|market|buyer|customer|nation|importer)\\b|\\bnone\\sof\\s(?:the|its|China['’]s)\\s(?:other\\s)?${PLACES}`,
  ].join("|"),
  "i",
);

/**
 * After the figure: "4,800 t went to markets other than Germany", "4,800 t of magnets to countries
 * besides Japan".
 */
const EXCLUDED_AFTER = hinted(
  new RegExp(
    `^\\s(?:of\\s(?:[\\w-]+\\s){1,4}?)?(?:(?:went|were shipped|were sent|was shipped|was sent|headed|were exported|was exported|were bound)\\s)?(?:to|for)\\s(?:(?:all\\s)?(?:other\\s)?${PLACES}\\s(?:but|${BUT})\\s|(?:the\\s)?rest of (?:the world|${REGION})\\b)`,
    "i",
  ),
  new RegExp(`\\b${PLACES}\\s(?:but|${BUT})\\s|\\brest of\\s`, "i"),
);

/** Before a name that belongs to the excluding words: a region they are taken in, or a list's next name. */
const SCOPE_BEFORE =
  /\b(?:in|of|across|within|outside|beyond|than|except|excluding|but|besides|and|or|nor)\s(?:the\s)?$/i;

/** A comma or "and"/"or" between two names of a list. */
const LIST_COMMA = /^,\s?(?:the\s)?$/i;
const LIST_END = /^,?\s(?:and|or|nor)\s(?:the\s)?$/i;

/**
 * The names listed from `end` on when the list closes with "and" or "or" ("the US, Japan and the
 * EU"); names joined by commas alone are not taken as a list ("Outside Japan, South Korea took ...").
 */
function listAfter<P extends { start: number; end: number }>(text: string, end: number, after: P[]): P[] {
  const sorted = [...after].sort((a, b) => a.start - b.start);
  if (sorted.length === 0 || !/^\s?(?:the\s)?$/i.test(text.slice(end, sorted[0]!.start))) return [];
  let n = 1;
  while (n < sorted.length && LIST_COMMA.test(text.slice(sorted[n - 1]!.end, sorted[n]!.start))) n++;
  if (n >= sorted.length || !LIST_END.test(text.slice(sorted[n - 1]!.end, sorted[n]!.start))) return [];
  return sorted.slice(0, n + 1);
}

/**
 * Whether a figure is for every destination but some: the words right after it say so, or words
 * before it in its clause do (these, or `known` ones) and no destination is named for itself between
 * them and the figure ("Outside Japan, South Korea took 854 t" is South Korea's). `partners` are the
 * destinations named in the clause, placed in the same text as `before`. Words, `known` ones too,
 * take two characters at least.
 */
export function excludedDestinations(
  before: string,
  after: string,
  partners: ReadonlyArray<{ start: number; end: number }>,
  known: readonly RegExp[] = [],
): boolean {
  if (testHinted(EXCLUDED_AFTER, after.slice(0, 80))) return true;
  // a figure that opens its clause has no words before it that leave a destination out
  if (latin1Stub(before)) return false;
  for (const re of [...known, EXCLUDED_BEFORE]) {
    const m = re.exec(before);
    if (m === null) continue;
    const end = m.index + m[0].length;
    // the destination named right after the words is the one left out (with the rest of its list:
    // "other than the US, Japan and the EU"); any other is named for itself
    const after = partners.filter((p) => p.start >= end && p.end <= before.length);
    const list = listAfter(before, end, after);
    const named = after.filter(
      (p) =>
        !list.includes(p) &&
        // "other countries in Europe", "markets other than Japan and Korea": the excluded ones' scope
        !SCOPE_BEFORE.test(before.slice(Math.max(0, p.start - 16), p.start)),
    );
    const excluded = named.length > 0 && /^\s?(?:the\s)?$/i.test(before.slice(end, named[0]!.start)) ? 1 : 0;
    if (named.length <= excluded) return true;
  }
  return false;
}
