// Whether a source's web address plausibly concerns a trade figure: a page whose address spells out
// a headline about something else (a casino, a football match) is not evidence for the figure, and
// a footnote must not send a reader there. Addresses that are opaque ids, or written in a script
// the words below do not cover, are given the benefit of the doubt.

/** Stems of the subject's words in the languages of the shipped sources, matched at a word's start. */
const TOPIC = new RegExp(
  `(?<![a-z])(${[
    "rare",
    "earth",
    "magnet",
    "mineral",
    "metal",
    "export",
    "import",
    "china",
    "chinese",
    "sino",
    "beijing",
    "custom",
    "trade",
    "tariff",
    "supply",
    "critical",
    "gallium",
    "germanium",
    "antimon",
    "graphite",
    "tungsten",
    "dysprosium",
    "terbium",
    "neodym",
    "lanthan",
    "yttrium",
    "ree(?![a-z])",
    "ferro",
    "smm",
    "ziem",
    "magnes",
    "selten",
    "rohstoff",
    "terres",
    "tierras",
    "redkozem",
    "magnit",
    "eksport",
    "ausfuhr",
    "bis(?![a-z])",
  ].join("|")})`,
);
/** Words many addresses have that say nothing about their subject. */
const FILLER = new Set([
  "www",
  "http",
  "https",
  "html",
  "htm",
  "php",
  "aspx",
  "amp",
  "news",
  "article",
  "articles",
  "view",
  "story",
  "read",
  "index",
  "content",
  "post",
  "page",
  "detail",
  "business",
  "economy",
  "world",
  "markets",
  "com",
  "net",
  "org",
  "weekly",
  "review",
  "insights",
  "publications",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);

/**
 * False when the address's path (not its query) spells out at least three words and none concerns the subject.
 * @example linkConcernsTrade("https://x.com/news/casino-leads-bitcoin-gaming/1") // false
 */
export function linkConcernsTrade(url: string, title: string | null = null): boolean {
  let path: string;
  try {
    const u = new URL(url);
    path = decodeURIComponent(u.pathname).toLowerCase();
  } catch {
    return true;
  }
  const text = `${path} ${title ?? ""}`.toLowerCase();
  if (TOPIC.test(text)) return true;
  // tokens with digits are ids (hashes, article numbers), not words
  const words = path.split(/[^a-z0-9]+/).filter((w) => /^[a-z]{3,}$/.test(w) && !FILLER.has(w));
  return words.length < 3;
}
