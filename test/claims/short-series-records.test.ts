// A record needs a history long enough to be one, for a destination's series as for the total's:
// Japan's magnet series starts in June 2025 (June 131 t, July 232 t, September 228 t, October 226 t,
// November 305 t), so "a record" for its November was supported over five months. Now it is left
// unverifiable, saying how many months the data holds; a record the text counts over the data is
// still checked, and a long series is still ranked (the US from May 2024: 877 t in January 2025).
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a record on a short series", () => {
  it.each([
    ["Japanese buyers took a record 305 tonnes of Chinese magnets in November.", "a record"],
    ["Magnet sales to Japan reached an all-time high of 305 t in November.", "an all-time high"],
  ])("is unverifiable, with the months held: %s", async (text, quote) => {
    const c = await claimAt(store, text, quote, "2025-12-22");
    expect(c).toMatchObject({ kind: "rank", partner: "JPN", period: "2025-11", verdict: "unverifiable" });
    expect(c?.explanation).toContain("only from June 2025 (5 months held over 6");
  });

  it("is checked when counted over the data the text has", async () => {
    const text = "Magnet sales to Japan reached 305 t in November, the most in the available data.";
    const c = await claimAt(store, text, "most in the available data", "2025-12-22");
    expect(c).toMatchObject({ partner: "JPN", verdict: "supported" });
  });

  it("is still contradicted on a long series when a month beat it", async () => {
    const text = "Magnet sales to the US reached a record 656 t in October 2025.";
    const c = await claimAt(store, text, "a record", "2025-11-22");
    expect(c).toMatchObject({ partner: "USA", period: "2025-10", verdict: "contradicted" });
  });
});
