// A tonnage "ahead of" or "behind" what follows is a gap, as "more than" and "short of" are: "shipments
// to Germany were 549 t ahead of those to South Korea" (1,118 t against 569 t in October 2025). Read
// as a level, the true sentence was called contradicted against Germany's 1,118 t; so was "549 t ahead
// of South Korea", with the destination named bare.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2025-12-20";

describe("a tonnage ahead of or behind another figure", () => {
  it.each([
    [
      "China's rare-earth magnet shipments to Germany were 549 t ahead of those to South Korea in October.",
      "549 t ahead of",
      "DEU",
      /\+549 t \(DEU 1,118 t against KOR 569 t/,
    ],
    [
      "China's rare-earth magnet shipments to South Korea were 549 t behind those to Germany in October.",
      "549 t behind",
      "KOR",
      /-549 t \(KOR 569 t against DEU 1,118 t/,
    ],
    [
      "China's magnet exports to the US in November were 74 t behind October's 656 t.",
      "74 t behind October",
      "USA",
      /-74 t \(656 t in October 2025 to 582 t/,
    ],
    [
      "Magnet exports in November were 677 tonnes ahead of that in October.",
      "677 tonnes ahead of",
      "WLD",
      /\+677 t \(5,473 t in October 2025 to 6,150 t/,
    ],
    [
      "In October, China's magnet exports to Germany were 549 t ahead of South Korea.",
      "549 t ahead of",
      "DEU",
      /\+549 t \(DEU 1,118 t against KOR 569 t/,
    ],
    [
      "In October, China's magnet exports to South Korea were 549 t behind Germany.",
      "549 t behind",
      "KOR",
      /-549 t \(KOR 569 t against DEU 1,118 t/,
    ],
  ])("is a gap: %s", async (text, quote, partner, evidence) => {
    const got = await claimAt(store, text, quote, published);
    expect(got?.kind).toBe("change");
    expect(got?.partner).toBe(partner);
    expect(got?.verdict).toBe("supported");
    expect(got?.explanation).toMatch(evidence);
  });

  it("is not a gap to a name that is no destination", async () => {
    const text = "In October, exports to Germany were 549 t ahead of Tesla's forecast.";
    expect((await claimAt(store, text, "549 t", published))?.verdict).toBe("unverifiable");
  });

  it("is refuted when the gap is wrong", async () => {
    const text =
      "China's rare-earth magnet shipments to Germany were 449 t ahead of those to South Korea in October.";
    expect((await claimAt(store, text, "449 t ahead of", published))?.verdict).toBe("contradicted");
  });
});
