// "the most since Reuters' records begin in 2014, but the value fell 36% to $488.8 million": the year a
// record's window opens dates no figure of the sentence, so the value keeps the year the text is on.
import { describe, expect, it } from "vitest";
import { datesSinceEvent } from "../../src/claims/extract/since-policy.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const STORY =
  "China's rare earth exports grew 6% in 2024 to 55,431 tonnes. That was the most since Reuters' records begin in 2014, but the value of the shipments fell 36% to $488.8 million.";

describe("a year that opens a record's window", () => {
  it.each([
    ["fell 36%", "supported"],
    ["$488.8 million", "supported"],
  ])("keeps the story's year for %s", async (quote, verdict) => {
    expect(await readingAt(store, STORY, quote, "2025-01-13")).toEqual({
      verdict,
      series: "rare-earths",
      partner: "WLD",
      period: "2024-01..2024-12",
    });
  });

  it("reads the window's opening year after 'since ... records began'", () => {
    expect(datesSinceEvent("the highest since customs records began in ")).toBe(true);
    expect(datesSinceEvent("the most since Reuters' records begin ")).toBe(true);
    expect(datesSinceEvent("the highest since the data go back to ")).toBe(true);
  });

  it("leaves a year the figures are of", () => {
    expect(datesSinceEvent("records were broken ")).toBe(false);
    expect(datesSinceEvent("exports rose since ")).toBe(false);
  });
});
