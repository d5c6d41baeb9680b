// A fact-check lays out the claim it reviews under a label and gives its ruling under another. The
// reviewed claim is checked against the data like any figure the text passes on, and its verdict is
// shown beside the text's own ruling, so that a reader sees whether the data agrees with the piece.
// Figures outside the reviewed claim, the fact-check's own, are checked as usual with no ruling.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { reviewedClaims } from "../../src/claims/extract/reviewed-claims.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

/** Each claim of `text` as [words, verdict, ruling, explanation]. */
async function checked(text: string) {
  const r = await verifyClaims(store, text, { published: "2025-12-20" });
  return r.claims.map((c) => [c.text, c.verdict, c.reviewedAs, c.explanation] as const);
}

// November 2025 magnets: 6,150 t in all, 582 t to the US (656 t in October), 305 t to Japan
describe("a fact-check's reviewed claim", () => {
  it("is checked, with the text's ruling from the next line beside the verdict", async () => {
    const got = await checked(
      "CLAIM: A post on a video site says magnet exports to the US were 820 tonnes in November.\nRATING: False\n\nCustoms figures put the November shipments to the US at 582 tonnes.",
    );
    expect(got.map(([words, verdict, ruling]) => [words, verdict, ruling])).toEqual([
      ["820 tonnes", "contradicted", "False"],
      ["582 tonnes", "supported", undefined],
    ]);
    expect(got[0]?.[3]).toMatch(
      /^the claim the text reviews, which it rates "False": stated 820 tonnes.*data gives 582 t/,
    );
    expect(got[1]?.[3]).not.toMatch(/reviews/);
  });

  it("carries a ruling that agrees with the data as well as one that does not", async () => {
    const got = await checked(
      'Claim 1: "Japan received 305 tonnes of Chinese magnets in November."\nVerdict: Accurate. That is the customs figure.\n\nClaim 2: "Magnet exports in November topped 7,000 tonnes."\nVerdict: Wrong. They came to 6,150 tonnes.',
    );
    expect(got.map(([words, verdict, ruling]) => [words, verdict, ruling])).toEqual([
      ["305 tonnes", "supported", "Accurate"],
      ["topped 7,000 tonnes", "contradicted", "Wrong"],
      ["6,150 tonnes", "supported", undefined],
    ]);
  });
});

describe("where a reviewed claim runs", () => {
  it("runs from its label to a ruling later in its own line", () => {
    const text = "Claim: Exports hit 7,150 t in November. Rating: Mostly false. The real figure was 6,150 t.";
    const [one] = reviewedClaims(text);
    expect(one?.rating).toBe("Mostly false");
    expect(text.slice(one?.start, one?.end)).toBe("Exports hit 7,150 t in November. ");
  });

  it("takes the lines of its paragraph up to the ruling, past a line that names who made it", () => {
    const text =
      "Claim: Magnet shipments to the US halved in November.\nClaimed by: a newsletter\nOur verdict: Incorrect.";
    const [one] = reviewedClaims(text);
    expect(one?.rating).toBe("Incorrect");
    expect(text.slice(one?.start, one?.end)).toBe(
      "Magnet shipments to the US halved in November.\nClaimed by: a newsletter",
    );
  });

  it("is no reviewed claim without a ruling, nor when a blank line or another claim comes first", () => {
    expect(
      reviewedClaims("Claim: exports rose 12% in November.\n\nCustoms data show a rise of 12%."),
    ).toEqual([]);
    const two = "Claim 1: exports rose 12%.\nClaim 2: Japan took 305 t.\nVerdict: True.";
    expect(reviewedClaims(two).map((r) => [two.slice(r.start, r.end), r.rating])).toEqual([
      ["Japan took 305 t.", "True"],
    ]);
    // a word that merely opens with "claim" is no label
    expect(reviewedClaims("Claims: traders say exports rose.\nVerdict: False.")).toEqual([]);
  });
});
