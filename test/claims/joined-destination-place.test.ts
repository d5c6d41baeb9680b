// A place among destinations given in a clause joined to the one with the destination's figure
// (", and ranked third among destinations", ", and thus once again ranked first, ahead of ..."): the
// place is that destination's, in that month; of all exports it is no place among destinations.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// October 2025 magnets: Germany 1,118 t, the US 656 t, South Korea 569 t, Vietnam 444 t, India 416 t;
// August 2025: Germany 1,346 t, the US 590 t
describe("a place among destinations in a joined clause", () => {
  it.each([
    [
      "Shipments to South Korea came to 569 tonnes in October 2025, down from September, and ranked third among destinations.",
      "ranked third among destinations",
      "KOR",
      "supported",
    ],
    [
      "German buyers received 1,346 t of Chinese magnets in August 2025, well over a fifth of the total, and so again ranked first, ahead of the US with 590 t.",
      "again ranked first",
      "DEU",
      "supported",
    ],
    [
      "India took 416 tonnes of Chinese magnets in October 2025, more than in September, and ranked second among buyers.",
      "ranked second among buyers",
      "IND",
      "contradicted",
    ],
  ])("is the place of the destination before it: %s", async (text, quote, partner, verdict) => {
    const got = await readingAt(store, text, quote, "2025-12-20");
    expect(got.partner).toBe(partner);
    expect(got.period).toBe(text.includes("August") ? "2025-08" : "2025-10");
    expect(got.verdict).toBe(verdict);
  });

  it("is no destination's place after a figure for all exports", async () => {
    const text =
      "Chinese magnet exports came to 6,146 tonnes in August 2025, and ranked first among destinations.";
    const got = await readingAt(store, text, "ranked first among destinations", "2025-12-20");
    expect(got.verdict).toBe("unverifiable");
  });
});
