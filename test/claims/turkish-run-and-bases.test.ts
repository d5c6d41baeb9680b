// More Turkish wordings (turkish-words.ts): a run told as a noun ("üst üste ikinci aylık yükseliş",
// a second straight monthly rise), a month set against with "göre" after its dative ("ekime göre",
// against October), the first months of the year ("yılın ilk 11 ayında"), the size after its noun
// ("artış yüzde 11,6"), and "nadir toprak elementi" for the rare earths the customs heading names.
import { describe, expect, it } from "vitest";
import { turkishGlosses } from "../../src/claims/extract/turkish-words.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths: October 2025 4,343.5 t (a rise on September), November 5,493.9 t (+26.5%);
// January-November 58,193.1 t, +11.68% on 2024
const text =
  "Çin kasımda 5.493,9 ton nadir toprak elementi ihraç etti. Bu, ekime göre yüzde 26,5 artış anlamına geliyor ve üst üste ikinci aylık yükseliş oldu. Yılın ilk 11 ayında ihracat 58.193,1 tona ulaştı; geçen yılın aynı dönemine göre artış yüzde 11,6.";

describe("Turkish runs, bases and spans", () => {
  it("glosses the new wordings", () => {
    const words = turkishGlosses(text).map((g) => g.word);
    expect(words).toEqual(
      expect.arrayContaining([
        "rare earths",
        "from October",
        "a second straight monthly rise",
        "In the first 11 months of the year",
        "a rise of 11.6%",
      ]),
    );
  });

  it("reads the run of rises as rare earths' and checks it", async () => {
    expect(await readingAt(store, text, "üst üste ikinci aylık yükseliş", "2025-12-08")).toMatchObject({
      verdict: "supported",
      series: "rare-earths",
      period: "2025-11",
    });
  });

  it("reads the size after its noun on the months so far, never contradicting its near miss", async () => {
    expect(await readingAt(store, text, "artış yüzde 11,6", "2025-12-08")).toMatchObject({
      verdict: "unverifiable",
      series: "rare-earths",
      period: "2025-01..2025-11",
    });
  });
});
