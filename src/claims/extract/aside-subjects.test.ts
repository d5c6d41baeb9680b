// An aside between a trade subject and its figure (in brackets, between dashes, or a relative clause
// set off by commas) may speak of output or production; the figure stays the trade's.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const levels = (t: string) =>
  extractClaims(t, { published: "2026-01-20" })
    .filter((c) => c.kind === "level")
    .map((c) => [c.series, c.period, c.stated.raw]);

describe("asides between a subject and its figure", () => {
  it.each([
    "In December, China’s exports of rare earths — oxides that rival the output of Malaysian plants — fell to 4,392 tonnes.",
    "In December, China’s exports of rare earths, which rival Malaysian production, fell to 4,392 tonnes.",
    "In December, China’s exports of rare earths (the raw material for domestic output) fell to 4,392 tonnes.",
  ])("keeps the figure the exports': %s", (t) => {
    expect(levels(t)).toEqual([["rare-earths", "2025-12", "4,392 tonnes"]]);
  });

  it("still reads a figure whose own subject is output as no trade figure", () => {
    expect(levels("In December, China’s rare-earth output rose to 21,000 tonnes.")).toEqual([]);
  });
});
