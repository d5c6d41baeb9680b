// "The former" and "the latter" said of two products: the first (last) product named before them, in
// the sentence (certain when it names just two) or in the sentence before (carried).
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string) =>
  extractClaims(t, { published: "2026-01-20" }).map((c) => `${c.text} ${c.series} ${c.grounds.series}`);

describe("'the former' and 'the latter' for products", () => {
  it.each([
    [
      "Magnet and rare-earth shipments parted ways in November: the former gained 12.4%, the latter 26.5%.",
      ["gained 12.4% rare-earth-magnets sentence"],
    ],
    [
      "Rare earths and magnets both grew in November, the latter rising 12% to 6,150 t.",
      ["rising 12% rare-earth-magnets sentence", "6,150 t rare-earth-magnets sentence"],
    ],
    [
      "Two lines stood out in November, magnets and rare earths. The former climbed to 6,150 t.",
      ["climbed rare-earth-magnets carried", "6,150 t rare-earth-magnets carried"],
    ],
    [
      "Two lines stood out in November, magnets and rare earths. The latter climbed to 5,494 t.",
      ["climbed rare-earths carried", "5,494 t rare-earths carried"],
    ],
  ])("%s", (text, want) => {
    expect(read(text).filter((x) => !/^(?:grew|parted)\b/.test(x))).toEqual(want);
  });

  it("leaves 'the former' before a title to the product the clause names", () => {
    expect(
      read(
        "Magnets and rare earths were discussed. The former commerce official said magnet exports hit 6,150 t.",
      ),
    ).toEqual(["6,150 t rare-earth-magnets clause"]);
  });

  it("leaves destinations to the destination reading", () => {
    const [c] = extractClaims(
      "Japan and Germany bought magnets and rare earths. The former took 305 t in November.",
      {
        published: "2026-01-20",
      },
    );
    expect(c?.partner).toBe("JPN");
    expect(c?.grounds.series).not.toBe("sentence");
  });
});
