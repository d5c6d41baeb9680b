// A difference in tonnes between two destinations of the same month, as reporters word it: "Germany's
// lead over the US widened to 868 t", "the gap between Germany and the US narrowed to 542 t",
// "exports to Germany exceeded those to the US by 462 t", "Japan's were 277 t below those to the US".
// Read as a level of either destination, or as a change of one over time, a right text is accused.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2026-01-25";

describe("one destination's lead over another", () => {
  it("is the difference of their tonnages, not the second's level (1,288 t less 420.5 t in September)", async () => {
    const text =
      "Germany's lead over the United States in magnet exports widened to 868 tonnes in September.";
    expect(await readingAt(store, text, "868 tonnes", published)).toMatchObject({
      partner: "DEU",
      period: "2025-09",
      verdict: "supported",
    });
  });

  it("still contradicts a wrong lead (1,288 t less 420.5 t is no 688 t)", async () => {
    const text =
      "Germany's lead over the United States in magnet exports widened to 688 tonnes in September.";
    expect((await claimAt(store, text, "688 tonnes", published))?.verdict).toBe("contradicted");
  });
});

describe("a gap between two destinations that became a size", () => {
  it("'narrowed to 542 tonnes' is Germany's 1,106 t less the US's 564 t, not December's total", async () => {
    const text = "The gap between Germany and the US in magnet exports narrowed to 542 tonnes in December.";
    expect(await readingAt(store, text, "542 tonnes", published)).toMatchObject({
      partner: "DEU",
      verdict: "supported",
    });
  });
});

describe("a verb of comparison whose object is another destination", () => {
  it("takes the object's destination as the base, the subject's as the figure's", async () => {
    const text =
      "In October, China's magnet exports to Germany exceeded those to the United States by 462 tonnes.";
    expect(await readingAt(store, text, "462 tonnes", published)).toMatchObject({
      partner: "DEU",
      period: "2025-10",
      verdict: "supported",
    });
  });

  it("reads a trailing destination's shortfall the same way", async () => {
    const text = "In October, magnet exports to the United States trailed those to Germany by 462 tonnes.";
    expect(await readingAt(store, text, "462 tonnes", published)).toMatchObject({
      partner: "USA",
      verdict: "supported",
    });
  });

  it("is no change over time even when the text's other changes name the month before", async () => {
    const text =
      "Magnet exports to the US rose 56% from September in October. In October, China's magnet exports to Germany exceeded those to the United States by 462 tonnes.";
    expect((await claimAt(store, text, "462 tonnes", published))?.verdict).toBe("supported");
  });
});

describe("a difference whose own words end in the comparison", () => {
  it("'277 tonnes below those to the United States' is Japan's, against the US", async () => {
    const text = "In November, magnet exports to Japan were 277 tonnes below those to the United States.";
    expect(await readingAt(store, text, "277 tonnes below", published)).toMatchObject({
      partner: "JPN",
      verdict: "supported",
    });
  });
});

describe("a multiple of the amount that went to another destination", () => {
  it("is a ratio of the two, not a change over time of the second ('nearly twice the volume shipped to South Korea')", async () => {
    const text =
      "China's magnet exports to Germany in October were 1,118 tonnes, nearly twice the volume shipped to South Korea.";
    expect(await readingAt(store, text, "nearly twice the volume", published)).toMatchObject({
      partner: "DEU",
      verdict: "supported",
    });
  });
});
