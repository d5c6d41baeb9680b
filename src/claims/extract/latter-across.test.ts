// "The latter" ("the former") opening a sentence: the destination the sentence before named last
// (first), also when that name stands after "and" in a list of names ("Korea and Vietnam"), as
// carried (it can support, never contradict).
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string) =>
  extractClaims(t, { published: "2025-10-20" }).map(
    (c) => `${c.text} ${c.partner} ${c.period} ${c.grounds.partner}`,
  );

describe("'the latter' across sentences", () => {
  it.each([
    [
      "South Korea and Vietnam stood out among magnet buyers in September. The latter took 456 tonnes.",
      ["456 tonnes VNM 2025-09 carried"],
    ],
    [
      "Two Asian markets, Japan and India, drew attention in July. The latter's intake reached 418 t.",
      ["418 t IND 2025-07 carried"],
    ],
    [
      "India and Vietnam both stood out in September. The former took 416 t; the latter 444 t.",
      ["416 t IND 2025-09 carried", "444 t VNM 2025-09 carried"],
    ],
  ])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it("leaves a figure whose own clause names a destination to it", () => {
    expect(read("Japan and Germany led in September. The latter aside, the US took 420 t.")).toEqual([
      "420 t USA 2025-09 clause",
    ]);
  });
});
