// "9.5% of November's magnets went to the US" is a share of that month's whole (the magnets), not a
// multiple of November's level, nor a share of a buyer's own supply.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string) =>
  extractClaims(t, { published: "2026-02-02" })
    .filter((c) => c.kind !== "direction")
    .map((c) => [c.kind, c.partner, c.period, c.mode, c.stated.type === "share" ? c.stated.pct : null]);

describe("a share of a month's magnets", () => {
  it.each([
    ["Barely 4.7% of December’s magnets went to Japan.", "JPN", 4.7],
    ["About 18.6% of December's magnets were shipped to Germany.", "DEU", 18.6],
    ["Korea received some 13.7% of December’s rare earths.", "KOR", 13.7],
  ])("%s", (t, partner, pct) => {
    expect(read(t)).toEqual([["share", partner, "2025-12", "reported", pct]]);
  });

  it("keeps a percentage of another month's level a multiple", () => {
    expect(read("Exports to Japan in December were only 5% of January's level.")[0]?.[0]).toBe("change");
  });
});
