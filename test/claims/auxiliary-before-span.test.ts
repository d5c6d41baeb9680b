// "29,379 tonnes were shipped over January-August": the span after "were shipped over" is the
// tonnage's own, as it is after "shipped over"; the full year named before it is not.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a passive verb between a tonnage and its span", () => {
  it("dates the tonnage to the span, not to the year before it", async () => {
    const text =
      "China sold 38,632 tonnes of antimony abroad in 2024, of which 29,379 tonnes were shipped over January-August.";
    expect(await readingAt(store, text, "29,379 tonnes", "2025-02-15")).toEqual({
      verdict: "supported",
      series: "antimony",
      partner: "WLD",
      period: "2024-01..2024-08",
    });
  });
});
