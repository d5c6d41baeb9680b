// A base figure put in brackets right after the words that name the base ("down 6% from the
// previous month (6,146 t)", "up 12.6% on the same period of 2024 (42,936 t)"): the figure is the
// base's, and may be supported as such; a wrong one is still never contradicted on that reading.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a base figure in brackets after the base's words", () => {
  it.each([
    [
      "Magnet exports in September were 5,774 t, down 6% from the previous month (6,146 t).",
      "2025-10-22",
      "6,146 t",
    ],
    [
      "Shipments of magnets to South Korea slid to 569 t in October, a third lower than a month earlier (854 t).",
      "2025-11-22",
      "854 t",
    ],
    [
      "Rare-earth exports for January to September came to 48,356 t, up 12.6% on the same period of 2024 (42,936 t).",
      "2025-10-22",
      "42,936 t",
    ],
  ])("is supported as the base's figure: %s", async (text, published, words) => {
    expect(await verdictsOf(store, text, published)).toContainEqual([words, "supported"]);
  });

  it("never contradicts a wrong base figure on that reading", async () => {
    const got = await verdictsOf(
      store,
      "Magnet exports in September were 5,774 t, down 6% from the previous month (6,416 t).",
      "2025-10-22",
    );
    expect(got).not.toContainEqual(["6,416 t", "contradicted"]);
  });
});
