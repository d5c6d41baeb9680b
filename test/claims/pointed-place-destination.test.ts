// "Shipments from China to its Asian neighbour", "to the neighbouring country", "to the island": a
// destination called by a word for a place spoken of before. The figure is that place's, read from
// earlier text (so never contradicted through it), not China's total, which "from China" or "the
// world's largest producer" would otherwise make it; a rank said of it is that place's rank too.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets to Japan: November 2025 305 t (its highest month held), December 2025 280 t; world
// November 2025 6,150 t (second to January's 6,357 t)
const LEAD = "Japan took 8% fewer Chinese rare-earth magnets in December than in November. ";

describe("a destination called by a word for a place", () => {
  it("takes the place spoken of before", async () => {
    const text = `${LEAD}Deliveries from the world's biggest magnet maker to its East Asian neighbour came to 280 t in December.`;
    const got = await readingAt(store, text, "280 t", "2026-01-21");
    expect(got).toMatchObject({ partner: "JPN", verdict: "supported" });
  });

  it("never ranks China's total in its place", async () => {
    const text = `${LEAD}Deliveries from China to the neighbouring country came to 280 t in December, below the 2025 high of 305 t set in November.`;
    const got = await readingAt(store, text, "2025 high", "2026-01-21");
    expect(got?.partner).toBe("JPN");
    expect(got?.verdict).not.toBe("contradicted");
  });

  it("leaves a wrong figure unverifiable, the place being only carried", async () => {
    const text = `${LEAD}Deliveries from China to the island nation came to 900 t in December.`;
    const got = await readingAt(store, text, "900 t", "2026-01-21");
    expect(got?.verdict).toBe("unverifiable");
  });
});
