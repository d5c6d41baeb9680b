// A buyer's intake told "according to Chinese export figures" is China's customs figure, not the
// buyer's own statistics; "according to Japanese trade data" stays the buyer's.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const modes = (t: string) =>
  extractClaims(t, { published: "2026-01-22" })
    .filter((c) => c.kind === "level")
    .map((c) => [c.partner, c.mode]);

describe("China's export figures named as the source", () => {
  it.each([
    "Poland imported 41 tonnes of Chinese magnets in December, according to Chinese export figures.",
    "Vietnam imported 509 tonnes of magnets from China in December, China’s trade statistics show.",
    "Korea imported 815 tonnes of magnets from China in December, China customs data showed.",
  ])("reads the buyer's intake as China's figure: %s", (t) => {
    expect(modes(t)[0]?.[1]).toBe("reported");
  });

  it("keeps the buyer's own statistics apart", () => {
    expect(
      modes(
        "Japan imported 290 tonnes of magnets from China in December, according to Japanese trade data.",
      )[0]?.[1],
    ).toBe("other-reporter");
  });
});
