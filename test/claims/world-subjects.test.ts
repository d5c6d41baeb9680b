// A subject that says it is the whole ("world magnet shipments", "global exports", "rare earths as a
// whole") is the total, however a destination was spoken of just before: reading it as possibly
// that destination's left a wrong change unverifiable. "Asia as a whole" is a region, not the total.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: August 2025 6,146 t, September 5,774 t (-6.1%); to Korea September 1,288 t (no August held)
// rare earths: November 2024 4,416 t, November 2025 5,493.9 t (+24.4% on the year)
describe("a subject that names the whole", () => {
  it.each([
    [
      "Magnets sent to South Korea came to 1,288 tonnes in September. World magnet shipments in September rose 17.5% from August.",
      "rose 17.5%",
      "2025-10-21",
    ],
    [
      "Magnets sent to South Korea came to 1,288 tonnes in September. Global magnet exports in September rose 17.5% from August.",
      "rose 17.5%",
      "2025-10-21",
    ],
    [
      "Shipments to South Korea rose in November. Meanwhile rare earths as a whole grew 26.5% in November on the year.",
      "grew 26.5%",
      "2025-12-22",
    ],
  ])("is the total, never the destination before it: %s", async (text, words, published) => {
    expect(await verdictsOf(store, text, published)).toContainEqual([words, "contradicted"]);
  });

  it("still supports the total's right change", async () => {
    const got = await verdictsOf(
      store,
      "Magnets sent to South Korea came to 1,288 tonnes in September. World magnet shipments in September fell 6.1% from August.",
      "2025-10-21",
    );
    expect(got).toContainEqual(["fell 6.1%", "supported"]);
  });

  it("leaves a region as a whole to the region", async () => {
    const got = await verdictsOf(
      store,
      "Asia as a whole took 2,267 t of China's magnets in August 2025.",
      "2026-01-26",
    );
    expect(got).toContainEqual(["2,267 t", "supported"]);
  });
});
