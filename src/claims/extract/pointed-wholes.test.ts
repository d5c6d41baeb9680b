// A share taken "of it", "of that" or "of that amount" is of the tonnage named just before it: that
// tonnage becomes its whole; a share of anything else, or one too far from a tonnage, is left alone.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const wholeOf = (text: string, quote: string) => {
  const c = extractClaims(text, { published: "2025-11-20" }).find((x) => x.text === quote);
  return c?.stated.type === "share" ? (c.stated.whole ?? null) : undefined;
};

describe("pointedWholes", () => {
  it.each([
    ["Shipments to the EU were 2,060 t in October; Germany took 54% of it.", "took 54%", 2060],
    [
      "China sold 5.5 kt of magnets abroad in October, and Germany bought a fifth of that.",
      "bought a fifth",
      5500,
    ],
    [
      "The US received 656 tonnes in October. Japan took roughly a third of that amount.",
      "took roughly a third",
      656,
    ],
    ["Magnet exports to the EU came to 2,060.3t in Oct, of which Germany took 54pc.", "took 54pc", 2060.3],
    ["The EU took 2,060 t in October. Of that, Germany took 54%.", "took 54%", 2060],
    [
      "Rare-earth shipments abroad reached 4,300 tonnes in October. Japan received under a tenth of those tonnes.",
      "received under a tenth",
      4300,
    ],
  ])("takes the tonnage just named as the whole: %s", (text, quote, whole) => {
    expect(wholeOf(text, quote)?.value).toBe(whole);
  });

  it.each([
    [
      "Exports were 5,473 t in October; Germany took 20% of that month's shipments.",
      "20% of that month's shipments",
    ],
    ["Germany took 20% of it.", "took 20%"],
    ["Exports were 5,473 t in October. Prices rose. Buyers worried. Germany took 20% of it.", "took 20%"],
    // "of that" is the tonnage's own: 138 t of the 243 t, the part, not the whole
    ["Exports were 243 t in all. Japan took 138 t of that, about 57%.", "about 57%"],
  ])("leaves the share alone when nothing near is pointed at: %s", (text, quote) => {
    expect(wholeOf(text, quote)).toBeNull();
  });
});
