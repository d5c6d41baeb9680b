// A destination's place said after an aside that gives its figure ("South Korea, with 854 tonnes in
// September, was the second-biggest buyer") or in a "which made it" clause after the figure ("854
// tonnes, which made it the number-two buyer"): the clause break at ", with" cut the place off from
// its destination, and "which" was no opening a place could follow.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets, September 2025 destinations held: Germany 1,288 t, South Korea 854 t, Vietnam 456 t, US 420.5 t
describe("a destination's place after an aside or in a 'which made it' clause", () => {
  it.each([
    [
      "South Korea, with 854 tonnes of magnets in September, was the second-biggest buyer.",
      "was the second-biggest buyer",
      "KOR",
      "supported",
    ],
    [
      "Vietnam, with 456 tonnes of magnets in September, ranked third among destinations.",
      "ranked third among destinations",
      "VNM",
      "supported",
    ],
    [
      "South Korea, with 854 tonnes of magnets in September, was the largest buyer.",
      "was the largest buyer",
      "KOR",
      "contradicted",
    ],
    [
      "Magnet shipments to Vietnam reached 456 tonnes in September, which made it the second-largest market.",
      "made it the second-largest market",
      "VNM",
      "contradicted",
    ],
  ])("is read with its destination: %s", async (text, quote, partner, verdict) => {
    expect(await readingAt(store, text, quote, "2025-10-25")).toEqual({
      verdict,
      series: "rare-earth-magnets",
      partner,
      period: "2025-09",
    });
  });

  it("takes the destination a question asked about", async () => {
    const text =
      "HOST: And South Korea?\nGUEST: 854 tonnes of magnets in September, which made it the number-two buyer.";
    const got = await readingAt(store, text, "made it the number-two buyer", "2025-10-25");
    expect(got).toMatchObject({ verdict: "supported", partner: "KOR", period: "2025-09" });
  });
});
