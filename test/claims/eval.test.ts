// The claims corpus is well formed, and claim checking holds its levels on it: on the frozen test
// split (never tuned on) no correct statement may be called contradicted.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { runEval } from "../claims-eval/run-eval.js";
import { loadCorpus } from "../claims-eval/load-corpus.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const check = (text: string, published: string) =>
  verifyClaims(store, text, { published }).then((r) => r.claims);

describe("the corpus", () => {
  const corpus = loadCorpus();

  it("has unique ids, quotes that occur in their texts and valid fields", () => {
    expect(new Set(corpus.map((t) => t.id)).size).toBe(corpus.length);
    for (const t of corpus) {
      expect(t.published, t.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const c of t.claims) {
        if (c.quote !== undefined) expect(t.text.includes(c.quote), `${t.id}: ${c.quote}`).toBe(true);
        expect(["supported", "contradicted", "unverifiable"], t.id).toContain(c.verdict);
        for (const f of c.families ?? []) expect(f >= 1 && f <= 16, `${t.id}: family ${f}`).toBe(true);
      }
      for (const q of t.non_claims ?? []) expect(t.text.includes(q), `${t.id}: ${q}`).toBe(true);
    }
  });

  it("holds at least 400 claims in 120 texts of 25 outlet styles, 150 of them in the frozen split", () => {
    const claims = (split: string) =>
      corpus.filter((t) => t.split === split).reduce((n, t) => n + t.claims.length, 0);
    expect(claims("dev") + claims("frozen")).toBeGreaterThanOrEqual(400);
    expect(corpus.length).toBeGreaterThanOrEqual(120);
    expect(new Set(corpus.map((t) => t.style).filter(Boolean)).size).toBeGreaterThanOrEqual(25);
    expect(claims("frozen")).toBeGreaterThanOrEqual(150);
    expect(claims("dev")).toBeGreaterThanOrEqual(100);
  });

  it("covers every family of the claims issue in both splits", () => {
    for (const split of ["dev", "frozen"]) {
      const families = new Set(
        corpus.filter((t) => t.split === split).flatMap((t) => t.claims.flatMap((c) => c.families ?? [])),
      );
      expect(
        [...families].sort((a, b) => a - b),
        split,
      ).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    }
  });
});

describe("claim checking on the corpus", () => {
  // Ratchets: the levels measured at the last change of the checker; they only ever tighten.
  it("holds its false contradictions and right verdicts on the frozen test split", async () => {
    const s = await runEval(check, "frozen");
    expect(s.falseContradictions).toBeLessThanOrEqual(2);
    expect(s.nonClaimVerdicts).toBeLessThanOrEqual(2);
    // 0.82 measured with lists of shares, shares beside earlier ones and ratios with their noun (82.0%);
    // 0.83 with months naming a policy and tables' change columns (83.8%); 0.84 with multiples of a
    // dated figure, differences with their percentage and runs a month broke (84.5%); 0.85 with the
    // product of a text that names no other read as certain (85.8%); 0.87 with ranks over the past N
    // months, shares carried into the next sentence, non-claims kept out and units declared once (87.2%);
    // 0.88 with near misses judged on both sides' rounding, words that deny a product, bases named by
    // a base figure, gaps without a direction and changes read from one month to the next (88.3%);
    // 0.91 with records that need a year of history and calendar-month records read (92.1%)
    expect(s.rightRate).toBeGreaterThanOrEqual(0.91);
  }, 120_000);

  it("holds its false contradictions and right verdicts on the dev split", async () => {
    const s = await runEval(check, "dev");
    // 0 before blind-c (500 claims written blind to the reader) came in with 3, and back to 0 since
    // a multiple's comparison month ('five times the volume of May') is no longer its own; blind-d
    // came in with 3 too, back to 0 once a hedged base figure's month ('up from just 46 t in May'),
    // a rank said in a relative clause and China's customs named as a source were read; blind-e came
    // in with 5, back to 0 with the month after "after a weak" read as a base, an unnamed quarter
    // read as a plausible span, and a fact-check's quoted claim labelled as checked, as the corpus does;
    // blind-f came in with 6 (2 of them unlabelled false statements, fixed in the batch), back to 0
    // with a base month after an "mt" figure, a base pointed back to ("60% below that"), "the same two
    // months of 2025" and a correction told in two sentences read; blind-g came in with 6 (2 of them
    // unlabelled false statements, fixed in the batch), back to 0 with "near-record" read as no
    // record, a base word set before its change ("month-on-month up 10.2%") and "the year's total";
    // blind-k came in with 2, back to 0 with a year labelling its figure with a colon ("(2024:
    // 58.1kt)") and a percentage "under" a month read as a change from that month; blind-l came in
    // with 8, all figures told as someone else's and set right by the text, back to 0 with a
    // correction of an earlier alert, a quiz prompt and another's figure denied or disputed next read;
    // blind-m came in with 9, back to 0 with translations' continental digits ('8,6%'), a year
    // opening the sentence ('In 2024, ... in May'), a compared figure 'of the same period of 2023', a
    // quarter compared with, a bracketed pair after a base month and a nation's 'industry' read;
    // blind-o came in with 2, back to 0 with destinations in lower case ('to the us', 'japan') and a
    // figure the text calls a slip ('(it was 45,920 t, a typing error)') read; blind-p came in with 6,
    // back to 0 with 'incl.' ending no sentence, a release's day and month ('early release 13 Oct'), a
    // half whose noun is left out ('... against 32,569 t in the first') and another text's figure set
    // right next ('the row says 5,743 t. Customs published 5,473 t') read; blind-q came in with 2,
    // back to 0 with 万 translated word for word ('3.26 ten-thousand tonnes') and a base phrase whose
    // article machine translation drops ('compared to same period last year increase 22.6%') read;
    // blind-r came in with 5, back to 0 with a change bracketed after a base month ('up from 131 t in
    // June (about 73% higher)'), a multiple between a dated level and a later list item, 'below those
    // of March', a writer's own figure set right by 'Wrong:' and a month that 'added' to a total read
    // blind-s came in with 8, all on figures the text does not stand by: figures told as another
    // piece's and called wrong after them ('..., a later market summary said in error', '..., an
    // earlier version of a briefing said') and another country's ministry named with capitals ('Japan's
    // Finance Ministry'), back to 0 with those read and two claims an explainer reviews labelled as
    // checked, as the corpus labels them; blind-u (pages built like real published ones) came in with
    // 3: a rank given the month of a scraped 'date 2025-07-16' line instead of its own 'last month'
    // (twice, gone with a full date read as a day's, not a month's) and a fall inside 'how far flows
    // fell in spring' given the sentence's March, back to 0 with a move inside 'how far ...' read as
    // the size of a move told elsewhere; blind-v (comparisons across time) came in with 4: an oxide
    // figure in 'metal exports totalled 2,384t and oxide 23,483t' read as metal, a whole in 'Korea
    // received 2.7 t of October's 3.5 t' read as Korea's, 'the quarter's US total' read as the world's
    // January-February, and a magnet level 'up from 3,808 t of magnets in June' given May; back to 0
    // with a bare grade after its sibling, a part's whole, a total the destination qualifies and a
    // base level dated past its product read; blind-y (wires, transcripts, letters, quizzes) came in
    // with 2: a pair in brackets after a span ('between January and May 2025 (6,357 t to 1,238 t)')
    // read as the later month's twice, and a letter's quote of a paper's misstatement ('stated that
    // exports "collapsed by a third" in September. They did not.') read as the writer's own and dated
    // by the paper's day; back to 0 with such a pair, a bare 'They did not.' and a month after closing
    // quotation marks read; blind-ai came in with 1: 'after rising 6% to 55,400 t in 2024' in a
    // sentence opened by 'In 2025' read as 2025's, back to 0 with a move that goes on to a level dated
    // by its own period read as of that period; blind-aw (broker advisories, risk bulletins, hearing
    // transcripts, member circulars) came in with 6 once its labels were set right (five on claims, one
    // on a non-claim): two sums of months named one by one ('so the two months together came to
    // 12,102 t') read as one month's, a Japan-side import figure, a member's note the sentence says confuses two grades, a change whose
    // only destination is in its base month read as another's, and a rank repeated by 'behind only
    // January and August'; back to 0 with those read
    expect(s.falseContradictions).toBe(0);
    // 0.93 before the dev split took in texts written blind to the reader (blind-a and blind-b: 917
    // claims), 0.86 before blind-c (61% right on its own when it came in); 0.81 measured after
    // periods, bases and attachment read more of how reporters write (81.4%); 0.84 with year
    // columns, summed spans and changes between two months (84.3% with what main had by then); 0.85
    // with streak and first-move wordings, lists of shares, questioners' statements and capitals (85.2%);
    // 0.86 with list items led by their figure, one-line rows and named destinations (86.4%); 0.87
    // with months naming a policy, tables' change columns and periods past a base figure (87.4%); 0.88
    // with multiples of a dated figure, differences with their percentage and runs a month broke (88.2%);
    // 0.89 with a tonnage after a percentage change, differences said with a noun and a copula, and bare
    // figures a change runs to (89.1%); 0.90 with a month's figure as a subject pointing back, shares
    // past a bound and the EU called 'the bloc' (90.5%); 0.82 once blind-d (647 claims written blind to
    // the reader, 61.4% right on its own and 3 false contradictions when it came in) joined the split;
    // 0.84 with changes said of what moved their object, elliptical further changes, list items led
    // by their share and shares said right after a tonnage (84.0%); 0.85 with shares as fractions of
    // a share noun, differences left to what came before or named by a gap, and levels listed with
    // their change in brackets (85.3%); 0.87 with records and a year's extremes said as nouns, months
    // in capitals, fractions with their base and records from a short history (87.2%); 0.88 with the
    // product of a text that names no other read as certain (88.1%); 0.84 once blind-e (589 claims
    // written blind to the reader, 67.7% right on its own and 5 false contradictions when it came in)
    // joined the split, with a month after a describing word read as a base ('after a weak
    // September') and an unnamed quarter read as a plausible span (84.7%); 0.86 with blind-e's full
    // years labelled as spans, tables introduced by the paragraph above, destinations' places as
    // 'the largest single buyer', labels' bracketed spans and answers' shares (86.6%); 0.89 with units
    // declared once, non-claims kept out, shares carried into the next sentence and the rest of the
    // session's helpers' work on main (90.0%); 0.89 kept once blind-f (615 claims written blind to the
    // reader, 84.6% right on its own and 6 false contradictions when it came in) joined the split (89.4%);
    // 0.90 with the fixes blind-f and real published pages showed, and the session's reading fixes (90.4%);
    // 0.90 kept once blind-g (551 claims written blind to the reader, 82.0% right on its own and 6 false
    // contradictions when it came in) joined the split (90.3%); 0.89 once blind-i (571 claims written
    // blind to the reader, 82.0% right on its own and 3 false contradictions when it came in) joined
    // the split, with those three classes fixed (89.8%); 0.88 once blind-j (558 claims written blind
    // to the reader, 76.0% right on its own and 3 false contradictions when it came in) joined the
    // split, with those three classes fixed (88.9%); 0.87 once blind-k (519 claims written blind to
    // the reader, 65.7% right on its own and 2 false contradictions when it came in) joined the split,
    // with those two classes fixed (87.6%); 0.87 kept once blind-m (576 claims written blind to the
    // reader, 71.0% right on its own and 9 false contradictions when it came in) joined the split,
    // with those classes fixed (87.7%); 0.87 kept once blind-o (542 claims written blind to the
    // reader, 72.3% right on its own and 2 false contradictions when it came in) joined the split (87.8%);
    // 0.87 kept once blind-p (481 claims written blind to the reader, 83.2% right on its own and 6 false
    // contradictions when it came in) joined the split (88.7%);
    // 0.87 kept once blind-q (490 claims in the outlets' own languages and machine translations of them,
    // written blind to the reader, 53.3% right on its own and 2 false contradictions when it came in)
    // joined the split, with products, kilograms, months and forecasts in those languages read (87.5%);
    // 0.87 kept once blind-r (504 claims by writers who are not journalists, written blind to the
    // reader, 90.9% right on its own once its labelling slips were fixed and 5 false contradictions
    // when it came in) joined the split (88.9% with the session's work);
    // 0.87 kept once blind-s (456 claims in mainstream news styles, written blind to the reader, 91.0%
    // right on its own and 8 false contradictions when it came in) joined the split (88.8%);
    // 0.87 kept once blind-u (464 claims in pages built like real published ones, written blind to
    // the reader, 94.0% right on its own and 3 false contradictions when it came in) joined (90.0%);
    // 0.93 once blind-ab to blind-ae (1,420 claims written blind to the reader; ad came in with 1 false
    // contradiction, ae with none) joined and carried readings of other products were weighed (93.6%);
    // 0.93 kept once blind-ai (363 claims written blind to the reader: regional papers, aggregator
    // rewrites, newsletters, investor notes; 85.1% right on its own and 1 false contradiction when it
    // came in, 96.4% once 43 of its labels were set right) joined, with its classes fixed (94.1%);
    // 0.93 kept once blind-at (388 claims in the languages they were published in, Turkish, Thai,
    // Polish and Hindi among them, written blind to the reader, 60.1% right on its own and no false
    // contradiction when it came in) joined, with Turkish and differences in tonnes read (93.7%);
    // 0.925 once blind-av (374 claims in 18 languages, Dutch, Polish, Malay, Swedish, Hindi and
    // Ukrainian new to the reader, written blind to it, 43.9% right on its own when it came in, 69.0%
    // once read, and capped near 86% because no sentence outside English is ever contradicted),
    // blind-au and real-31 joined (93.0%; the claims held before rose from 21,282 to 21,317 right);
    // 0.925 kept once blind-aw (434 claims written blind to the reader, 77.0% right on its own when it
    // came in, 80.0% once 12 of its labels were set right, 82.9% with its false contradictions fixed)
    // joined (92.8%)
    expect(s.rightRate).toBeGreaterThanOrEqual(0.925);
    // checking some 780 texts took 26-30 s with the machine's cores shared: past the default budget
    // checking 1,695 texts took about 35 s in CI, past 120 s on a machine shared by five workers, and
    // past 240 s (1,805 texts) on one shared by a clean-clone CI run and five workers
  }, 600_000);
});
