// Shares against the words that look like them: a fraction of the year is a span, and a share of
// production is not a share of exports.
import { describe, expect, it } from "vitest";
import { findShares } from "./find-shares.js";

const pcts = (clause: string) => findShares(clause).map((h) => h.pct);

describe("findShares", () => {
  it.each([
    "Magnet exports in the first half of 2025 totalled 22,000 tonnes.",
    "Exports in the first three quarters of 2025 fell 10%.",
    "In the last quarter of the year shipments rose 5%.",
    "Shipments in the first quarter of 2026 were flat.",
  ])("reads no share in %s", (clause) => {
    expect(pcts(clause)).toEqual([]);
  });

  it.each([
    "China accounts for 70% of global rare earth production.",
    "The country holds a third of the world's reserves.",
    "China makes up 90% of the world's magnet output.",
  ])("reads a share of production as such, not of exports: %s", (clause) => {
    expect(findShares(clause).map((h) => h.of)).toEqual(["production"]);
  });

  it.each([
    ["Half of 2025's magnet exports went to Germany.", 50],
    ["A quarter of all shipments went to the US in November.", 25],
    ["Germany accounted for 15% of China's magnet exports in November.", 15],
  ])("still reads the share in %s", (clause, pct) => {
    expect(pcts(clause)).toEqual([pct]);
  });

  it("keeps an export share next to a production share in the same clause", () => {
    const hits = findShares(
      "China makes 90% of the world's magnet output, and Germany took 15% of its exports.",
    );
    expect(hits.map((h) => [h.pct, h.of])).toEqual([
      [90, "production"],
      [15, undefined],
    ]);
  });
});
