// Multiples and fractions as reporters put them without a verb of change: a present tense ("more
// than halves to 405 t"), a verb that cuts its object "in half", a fraction of a month named bare
// ("about half of March"), "double those of May", and "more than double" closing the clause. The
// month after "those of" is the base, so a true multiple of an earlier month is never held against
// the year before or the month before.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const verdictOf = async (text: string, words: string) =>
  (await verdictsOf(store, text)).find(([t]) => t.includes(words))?.[1];

// magnets: March 2025 5,324 t, April 2,626 t, May 1,238 t, June 3,188 t, July 5,577 t (July 2024
// 5,278 t); to the US: January 877 t, February 405 t; antimony: November 2024 808 t, December 1,721 t
describe("a multiple or fraction said without a verb of change", () => {
  it.each([
    ["Magnet cargoes bound for the US more than halves to 405 tonnes in February 2025.", "halves"],
    ["The new licences cut Chinese magnet shipments roughly in half in April 2025.", "in half"],
    ["Customs counted 2,626 t of magnets leaving China in April 2025, about half of March.", "half of"],
    ["China sold 5,577 t of magnets abroad in July 2025, more than triple those of May.", "triple"],
    [
      "China sold 5,577 t of magnets abroad in July 2025, more than triple those of May but only 6% above July 2024.",
      "triple",
    ],
    ["Chinese antimony sales abroad recovered to 1,721 t in December 2024, more than double.", "double"],
  ])("is supported when the data bears it out: %s", async (text, words) => {
    expect(await verdictOf(text, words)).toBe("supported");
  });

  it.each([
    ["China's magnet exports came to 5,577 t in July 2025, more than double those of June.", "double"],
    ["Customs counted 1,238 t of magnets leaving China in May 2025, about half of March.", "half of"],
  ])("is contradicted when the named month's figure says otherwise: %s", async (text, words) => {
    expect(await verdictOf(text, words)).toBe("contradicted");
  });

  it.each([
    "Chinese magnet exports were brisk in the first half of May 2025.",
    "China's magnet exports in the two halves of 2025 came to 22,319 t and 35,073 t.",
  ])("reads no multiple in a half of a period: %s", async (text) => {
    const claims = await verdictsOf(store, text);
    expect(claims.filter(([t]) => /half|halves/.test(t))).toEqual([]);
  });
});
