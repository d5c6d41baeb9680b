// The corpus set as pages are set, for `npm run eval:claims -- --form NAME`: the same texts and
// claims in the typography and layout real pages use, which the corpus, typed by its writers, lacks.
// Each form keeps every labelled quote findable: what it changes inside a quote it changes in the
// quote too, and it never breaks a line or sets a mark inside one.

import type { CorpusText, ExpectedClaim } from "./evaluate.js";

export type PageForm = (t: CorpusText) => CorpusText;

/** The quotes a text's labels and non-claims name. */
const quotesOf = (t: CorpusText): string[] => [
  ...t.claims.map((c: ExpectedClaim) => c.quote).filter((q): q is string => typeof q === "string"),
  ...(t.non_claims ?? []),
];

/** Whether offset `i` of `text` falls strictly inside one of the quotes. */
function insideQuote(text: string, quotes: readonly string[]): (i: number) => boolean {
  const spans: Array<[number, number]> = [];
  for (const q of quotes)
    for (let at = text.indexOf(q); at >= 0 && q !== ""; at = text.indexOf(q, at + 1))
      spans.push([at, at + q.length]);
  return (i) => spans.some(([s, e]) => i > s && i < e);
}

/** The same change made to the text and to every quote. */
function everywhere(t: CorpusText, change: (s: string) => string): CorpusText {
  return {
    ...t,
    text: change(t.text),
    claims: t.claims.map((c) => (c.quote === undefined ? c : { ...c, quote: change(c.quote) })),
    non_claims: t.non_claims?.map(change),
  };
}

/** Typeset apostrophes, and a no-break space between a figure and its unit. */
const typeset: PageForm = (t) =>
  everywhere(t, (s) =>
    s.replace(/'/g, "’").replace(/(\d) (tonnes|tons|t\b|kg|per cent|percent)/g, "$1\u00a0$2"),
  );

/** Every paragraph wrapped at 72 columns, breaking only between words and never inside a quote. */
const wrapped: PageForm = (t) => {
  const inside = insideQuote(t.text, quotesOf(t));
  const out = t.text.split("");
  let column = 0;
  let space = -1;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === "\n") {
      column = 0;
      space = -1;
      continue;
    }
    column++;
    if (out[i] === " " && !inside(i)) space = i;
    if (column > 72 && space >= 0) {
      out[space] = "\n";
      column = i - space;
      space = -1;
    }
  }
  return { ...t, text: out.join("") };
};

/** Figures with their unit set in bold, as posts in Markdown set them, where no quote is cut. */
const bold: PageForm = (t) => {
  const inside = insideQuote(t.text, quotesOf(t));
  const text = t.text.replace(
    /(?<![\w.,])\d[\d,.]*(?:\s?(?:tonnes|tons|t\b|%|percent|per cent))/g,
    (m, at: number) => (inside(at) || inside(at + m.length) ? m : `**${m}**`),
  );
  return { ...t, text };
};

/** The whole text quoted behind "> " marks, as a reply quotes a story. */
const quoted: PageForm = (t) => ({
  ...t,
  text: t.text
    .split("\n")
    .map((l) => (l.trim() === "" ? ">" : `> ${l}`))
    .join("\n"),
});

/** Two spaces between sentences, as typists set them. */
const spaced: PageForm = (t) => everywhere(t, (s) => s.replace(/([.!?]) (?=["“']?[A-Z])/g, "$1  "));

/** Soft hyphens in the longer words, where no quote is cut, as sites that hyphenate keep them in copied text. */
const hyphenated: PageForm = (t) => {
  const inside = insideQuote(t.text, quotesOf(t));
  const text = t.text.replace(/\b([A-Za-z]{4})([a-z]{4,})/g, (m, a: string, b: string, at: number) =>
    inside(at) || inside(at + m.length) ? m : `${a}\u00ad${b}`,
  );
  return { ...t, text };
};

/** Markup left in a feed's text: paragraphs in <p> tags, apostrophes and no-break spaces as references. */
const markup: PageForm = (t) => {
  const referenced = everywhere(t, (s) =>
    s
      .replace(/&/g, "&amp;")
      .replace(/'/g, "&#8217;")
      .replace(/(\d) (tonnes|tons|t\b)/g, "$1&nbsp;$2"),
  );
  return {
    ...referenced,
    text: referenced.text
      .split(/\n{2,}/)
      .map((p) => `<p>${p}</p>`)
      .join("\n"),
  };
};

export const PAGE_FORMS: Readonly<Record<string, PageForm>> = {
  markup,
  typeset,
  wrapped,
  bold,
  quoted,
  spaced,
  hyphenated,
};
