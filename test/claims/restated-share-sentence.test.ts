// A sentence that only restates the figure before it as a percentage or a fraction ("Only 619 tons
// went to the U.S. That's about 11 percent.", "That is less than a tenth.") gives that destination's
// share. Its destination and month are the sentence before's, so it bears a share out but is never
// called wrong.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: July 2025 5,577 t, to the US 619 t (11.1%); November 6,150 t, to the US 582 t (9.5%)
describe("a sentence that restates the figure before as a share", () => {
  it.each([
    [
      "Beijing exported 5,577 tons of magnets in July. A mere 619 tons of them reached America. That's roughly 11 percent.",
      "roughly 11 percent",
      "2025-07",
      "supported",
    ],
    [
      "In November China sold 6,150 tonnes of magnets abroad, and only 582 tonnes went to the United States. That is less than a tenth.",
      "less than a tenth",
      "2025-11",
      "supported",
    ],
    [
      "Beijing exported 5,577 tons of magnets in July. A mere 619 tons of them reached America. That's roughly 20 percent.",
      "roughly 20 percent",
      "2025-07",
      "unverifiable",
    ],
  ])("is the destination's share: %s", async (text, quote, period, verdict) => {
    expect(await readingAt(store, text, quote, "2025-12-25")).toEqual({
      verdict,
      series: "rare-earth-magnets",
      partner: "USA",
      period,
    });
  });
});
