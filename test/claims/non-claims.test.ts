// Words that state no figure of China's exports are never checked as one: forecasts, targets and
// capacities, hypotheticals and questions, a company's own figures, another country's own statistics
// or exports, prices, codes, counts and dates, a correction's misstated figure, a denied rumour, a
// range of estimates, another good's figure, a neighbouring tariff heading's, a province's or port's,
// a market participant's estimate, averages and rates, page furniture, licence counts, another
// country's table, a list of forecasts, each written with numbers a reader could take for a
// customs figure, and set in paragraphs between true statements. None may be called contradicted,
// hardly any should get a verdict at all, and the true statements around them keep theirs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import type { VerifiedClaim } from "../../src/claims/types.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { nonClaimParagraphs, type Paragraph, type Part } from "./non-claims.js";
import { loadFacts, type MonthFact } from "./true-statements.js";

let store: Store;
let facts: MonthFact[];
beforeAll(async () => {
  store = await referenceStore();
  facts = await loadFacts(store);
});
afterAll(() => store.close());

interface Checked {
  paragraph: Paragraph;
  part: Part;
  claims: VerifiedClaim[];
}

/** Every part of every paragraph with the claims found in its words. */
async function checkParts(paragraphs: readonly Paragraph[]): Promise<Checked[]> {
  const out: Checked[] = [];
  for (const paragraph of paragraphs) {
    const r = await verifyClaims(store, paragraph.text, { published: paragraph.published });
    for (const part of paragraph.parts)
      out.push({
        paragraph,
        part,
        claims: r.claims.filter((c) => c.start >= part.start && c.start < part.end),
      });
  }
  return out;
}

const show = (x: Checked, c: VerifiedClaim) =>
  `[${x.part.form}] ${x.paragraph.published} ${JSON.stringify(x.part.text)}: "${c.text}" read as ${c.kind} ${c.series} ${c.partner} ${c.period} -> ${c.explanation}`;

describe("words that state no China export figure, between true statements", () => {
  let parts: Checked[];
  beforeAll(async () => {
    parts = await checkParts(nonClaimParagraphs(facts, 7, 900));
  }, 240_000);

  it("covers every kind of non-claim many times over", () => {
    const kinds = new Map<string, number>();
    for (const x of parts.filter((p) => !p.part.alone))
      kinds.set(x.part.form, (kinds.get(x.part.form) ?? 0) + 1);
    expect([...kinds.keys()].sort()).toEqual([
      "bullets",
      "chart",
      "company",
      "correction",
      "count",
      "count-change",
      "date",
      "denial-opening",
      "estimate",
      "forecast",
      "furniture",
      "hypothetical",
      "licence",
      "link-list",
      "market",
      "measure",
      "neighbour",
      "other-flow",
      "other-pct",
      "other-product",
      "other-reporter",
      "other-share",
      "other-table",
      "own-slip",
      "place",
      "price",
      "range",
      "range-to",
      "rate",
      "rumour",
      "running-sum",
      "tail",
      "target",
      "years",
    ]);
    for (const [kind, n] of kinds) expect(n, kind).toBeGreaterThanOrEqual(kind === "years" ? 15 : 30);
    // and the reader finds figures in them: the guard is not passed by reading nothing
    const read = parts.filter((x) => !x.part.alone && x.claims.length > 0).length;
    expect(read).toBeGreaterThanOrEqual(750);
  });

  it("are never contradicted, and hardly ever given a verdict", () => {
    const others = parts.filter((x) => !x.part.alone);
    const contradicted = others.flatMap((x) =>
      x.claims.filter((c) => c.verdict === "contradicted").map((c) => show(x, c)),
    );
    // a three-month total is true and may be read as one (a rolling or cumulative sum too); only
    // never contradicted as a month's level
    const supported = others
      .filter((x) => x.part.form !== "rate" && x.part.form !== "running-sum")
      .flatMap((x) => x.claims.filter((c) => c.verdict === "supported").map((c) => show(x, c)));
    console.info(
      `${others.length} non-claims: ${contradicted.length} contradicted, ${supported.length} given "supported"`,
    );
    expect(contradicted).toEqual([]);
    // a number that happens to equal a month's figure may still be read as one (measured: 1 of ~1,900)
    expect(supported.length).toBeLessThanOrEqual(others.length * 0.01);
  });

  it("leave the true statements around them their verdicts", async () => {
    const truths = parts.filter((x) => x.part.alone);
    const contradicted = truths.flatMap((x) =>
      x.claims.filter((c) => c.verdict === "contradicted").map((c) => show(x, c)),
    );
    expect(contradicted).toEqual([]);
    let supportedAlone = 0;
    const lost: string[] = [];
    const lostInSentence: string[] = [];
    for (const x of truths) {
      const s = x.part.alone!;
      const alone = await verifyClaims(store, s.text, { published: s.published });
      const before = alone.claims.filter((c) => c.verdict === "supported").length;
      const after = x.claims.filter((c) => c.verdict === "supported").length;
      if (before > 0) supportedAlone++;
      // a clause joined to the statement's own sentence may mark the whole sentence (another
      // country's statistics cited in it): counted apart
      const tailed = x.paragraph.parts.some((p) => p.form === "tail");
      if (after < before)
        (tailed ? lostInSentence : lost).push(`[${x.part.form}] ${JSON.stringify(x.paragraph.text)}`);
    }
    console.info(
      `${truths.length} true statements: ${lost.length} lost a supported claim among non-claims, ${lostInSentence.length} more to a clause in their own sentence`,
    );
    expect(supportedAlone / truths.length).toBeGreaterThanOrEqual(0.95);
    // a non-claim that names a product or a month may still be carried into a statement that names
    // none, making it unverifiable, never contradicted (measured: 1%)
    expect(lost.length).toBeLessThanOrEqual(truths.length * 0.03);
    // measured: 24 (of about 150 statements given a clause in their own sentence), none contradicted
    expect(lostInSentence.length).toBeLessThanOrEqual(truths.length * 0.05);
  }, 120_000);
});
