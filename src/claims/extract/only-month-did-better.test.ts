// "Only January did better." names the one month ahead of the text's, to compare: the text goes on
// speaking of its own month, not of January.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { comparesAside } from "./comparison-months.js";

describe("the only month that did better", () => {
  it.each(["Only June did better.", "Only June fared better.", "Just June 2025 topped it."])(
    "steps aside: %s",
    (s) => {
      expect(comparesAside(s)).toBe(true);
    },
  );

  it("keeps the month before it for the next sentence", () => {
    const found = extractClaims(
      "Rare-earth exports reached 5,994.3 tonnes in July. Only June did better. Germany took 410 tonnes of rare earths.",
      { published: "2025-08-25" },
    ).filter((c) => c.kind === "level");
    expect(found.map((c) => c.period)).toEqual(["2025-07", "2025-07"]);
  });

  it("does not step aside for a month that did worse than the text says of it", () => {
    expect(comparesAside("June did better than July.")).toBe(false);
  });
});
