// Products as French, Italian and Portuguese pages name them: "aimants en terres rares", "magneti
// in terre rare", "ímãs de terras raras" are the magnet line, "terres rares", "terre rare" and
// "terras raras" the rare earths. A sentence naming them was read with the product carried from
// the sentence before (a page on dysprosium then magnets gave the magnets' tonnage to dysprosium).
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { findSeries } from "./subjects.js";

const seriesOf = (t: string) => findSeries(t).map((m) => m.value);

describe("products named in French, Italian and Portuguese", () => {
  it.each([
    ["les exportations d'aimants en terres rares", "rare-earth-magnets"],
    ["les aimants permanents de terres rares", "rare-earth-magnets"],
    ["le esportazioni di magneti in terre rare", "rare-earth-magnets"],
    ["as exportações de ímãs de terras raras", "rare-earth-magnets"],
    ["les exportations de terres rares", "rare-earths"],
    ["le esportazioni di terre rare", "rare-earths"],
    ["as exportações de terras raras", "rare-earths"],
  ])("%s", (words, series) => {
    expect(seriesOf(words)[0]).toBe(series);
  });

  it("does not carry the product of the sentence before onto a French sentence that names its own", () => {
    const claims = extractClaims(
      "En août, la Chine a exporté environ 16,7 tonnes de dysprosium. Ses exportations d'aimants en terres rares ont atteint 6.146 tonnes en août.",
      { published: "2025-09-22" },
    );
    expect(claims.find((c) => c.text.startsWith("6.146"))?.series).toBe("rare-earth-magnets");
  });
});
