// Whole articles in which a figure's month, destination or product is set elsewhere (a heading, a
// question, "the same month", "a year earlier", "the figure"), paragraphs that turn to a buyer's own
// statistics or a company's sales and back, corrections that restate, officials who round, months
// compared and then a third, asides naming another month, spans and "since" windows, and numbers of
// other units: no true part may be contradicted, most are supported, and no part that states no
// China export figure is contradicted or supported.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import type { VerifiedClaim } from "../../src/claims/types.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { loadFacts } from "./true-statements.js";
import { wholeArticles, type Article, type ArticlePart } from "./whole-articles.js";

let store: Store;
let parts: Array<{ article: Article; part: ArticlePart; claims: VerifiedClaim[] }>;
beforeAll(async () => {
  store = await referenceStore();
  const facts = await loadFacts(store);
  parts = [];
  for (const article of wholeArticles(facts, 5, 1200)) {
    const r = await verifyClaims(store, article.text, { published: article.published });
    for (const part of article.parts)
      parts.push({
        article,
        part,
        claims: r.claims.filter((c) => c.start >= part.start && c.start < part.end),
      });
  }
}, 240_000);
afterAll(() => store.close());

const show = (x: (typeof parts)[number], c: VerifiedClaim) =>
  `[${x.part.form}] ${x.article.published} ${JSON.stringify(x.article.text)}: "${c.text}" -> ${c.verdict}: ${c.explanation}`;

describe("whole articles whose context travels", () => {
  it("cover every kind many times, and the reader finds figures in them", () => {
    const kinds = new Map<string, number>();
    for (const x of parts) kinds.set(x.article.kind, (kinds.get(x.article.kind) ?? 0) + 1);
    expect(kinds.size).toBe(23);
    for (const [kind, n] of kinds) expect(n, kind).toBeGreaterThanOrEqual(15);
    const others = parts.filter((x) => !x.part.form.startsWith("true/"));
    expect(others.filter((x) => x.claims.length > 0).length).toBeGreaterThanOrEqual(300);
  });

  it("never contradict a true part, and support most", () => {
    const truths = parts.filter((x) => x.part.form.startsWith("true/"));
    const wrong = truths.flatMap((x) =>
      x.claims.filter((c) => c.verdict === "contradicted").map((c) => show(x, c)),
    );
    const supported = truths.filter((x) => x.claims.some((c) => c.verdict === "supported")).length;
    console.info(`${truths.length} true parts: ${supported} supported, ${wrong.length} contradicted claims`);
    expect(wrong).toEqual([]);
    // measured 95%: the rest are unverifiable (a restated correction, an answer's carried month)
    expect(supported / truths.length).toBeGreaterThanOrEqual(0.92);
  });

  it("give no verdict to words that state no China export figure", () => {
    const others = parts.filter((x) => !x.part.form.startsWith("true/"));
    const judged = others.flatMap((x) =>
      x.claims.filter((c) => c.verdict !== "unverifiable").map((c) => show(x, c)),
    );
    console.info(`${others.length} other parts: ${judged.length} claims given a verdict`);
    expect(judged).toEqual([]);
  });
});
