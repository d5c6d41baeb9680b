// Words for every destination but some, beyond the plain ones figure-partner.ts reads: "countries
// besides Germany", "all destinations but Japan", "everywhere bar the US", "non-US destinations",
// "excluding those to Germany", "the rest of Asia", and after the figure "4,800 t went to markets
// other than Germany". The figure is never the named destination's: it is the total less some
// destinations (or a region less some), which the data does not hold.

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
  ].join("|"),
  "i",
);

/**
 * After the figure: "4,800 t went to markets other than Germany", "4,800 t of magnets to countries
 * besides Japan".
 */
const EXCLUDED_AFTER = new RegExp(
  `^\\s(?:of\\s(?:[\\w-]+\\s){1,4}?)?(?:(?:went|were shipped|were sent|was shipped|was sent|headed|were exported|was exported|were bound)\\s)?(?:to|for)\\s(?:(?:all\\s)?(?:other\\s)?${PLACES}\\s(?:but|${BUT})\\s|(?:the\\s)?rest of (?:the world|${REGION})\\b)`,
  "i",
);

/** The destination just excluded, at the start of what follows the words that exclude it. */
const EXCLUDED_NAME = /^(?:the\s)?[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}/;
/** A destination named for itself after the exclusion: "excluding those to the US, exports to Japan were". */
const OWN_DESTINATION =
  /\b(?:to|for)\s(?:the\s)?[A-Z]|\b[A-Z][a-z]+\s(?:took|received|bought|imported|absorbed|got)\b/;

/**
 * Whether the words before a figure, or right after it, name every destination but some. A
 * destination named for itself between the exclusion and the figure owns the figure instead.
 */
export function excludedDestinations(before: string, after: string): boolean {
  if (EXCLUDED_AFTER.test(after.slice(0, 80))) return true;
  const m = EXCLUDED_BEFORE.exec(before);
  if (m === null) return false;
  const rest = before.slice(m.index + m[0].length).replace(EXCLUDED_NAME, "");
  return !OWN_DESTINATION.test(rest);
}
