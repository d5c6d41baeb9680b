// A change on the year whose base is named as the same month "of the previous year", "a year
// earlier" or "the year before", without the year's number: the base dates the change, a year after
// it, whether the month was named in the same sentence or carried from the one before. Read as a
// month "set in another year" that the reader could not date, or as a month carried over, a wrong
// change on the year ("compared with September of the previous year, ... 71.5% higher" of a 17.5%
// rise) was left unverifiable.
import { describe, expect, it } from "vitest";
import { readingAt } from "../helpers/verdicts.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const LEAD = "China shipped 5,774 tonnes of rare-earth magnets abroad in September. ";

describe("the same month of the year before, named as a base", () => {
  it.each([
    ["Compared with September of the previous year, magnet exports were 17.5% higher.", "17.5% higher"],
    ["Magnet exports were up 17.5% on September a year earlier.", "up 17.5%"],
    ["Magnet exports grew 17.5% from September the year before.", "grew 17.5%"],
  ])("bears out the right change: %s", async (sentence, quote) => {
    expect(await readingAt(store, LEAD + sentence, quote, "2025-10-25")).toMatchObject({
      verdict: "supported",
      period: "2025-09",
    });
  });

  it.each([
    ["Compared with September of the previous year, magnet exports were 71.5% higher.", "71.5% higher"],
    ["Magnet exports were up 71.5% on September a year earlier.", "up 71.5%"],
    ["Magnet exports grew 71.5% from September the year before.", "grew 71.5%"],
  ])("contradicts a wrong change: %s", async (sentence, quote) => {
    expect(await readingAt(store, LEAD + sentence, quote, "2025-10-25")).toMatchObject({
      verdict: "contradicted",
      period: "2025-09",
    });
  });

  it("dates a change whose month the sentence names too", async () => {
    const text = "Magnet exports in September rose 71.5% from September a year earlier.";
    expect((await readingAt(store, text, "rose 71.5%", "2025-10-25")).verdict).toBe("contradicted");
  });

  it("leaves a carried month open when the base is another month of the year before", async () => {
    const text = LEAD + "Compared with August of the previous year, magnet exports were 71.5% higher.";
    expect((await readingAt(store, text, "71.5% higher", "2025-10-25")).verdict).toBe("unverifiable");
  });
});

// Translated text writes the base with "regarding", "in relation to" or "with respect to": +8.6% is
// October's change on September, and on the year rare-earth exports fell 8.6%.
describe("a base after 'regarding' or 'in relation to'", () => {
  it.each([
    [
      "China's rare-earth exports in October rose 8.6% regarding the same month of the previous year.",
      "rose 8.6%",
      "contradicted",
    ],
    [
      "China's rare-earth exports in October fell 8.6% in relation to the same month of the previous year.",
      "fell 8.6%",
      "supported",
    ],
    [
      "China's rare-earth exports in October rose 8.6% with respect to the previous month.",
      "rose 8.6%",
      "supported",
    ],
  ])("%s", async (text, quote, verdict) => {
    expect(await readingAt(store, text, quote, "2025-11-25")).toMatchObject({ verdict, period: "2025-10" });
  });
});
