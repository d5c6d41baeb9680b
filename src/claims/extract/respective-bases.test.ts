// Changes listed with their bases listed after them ("respectively"): the n-th change takes the n-th
// base, whether the bases come before or after the word, and whatever base stands nearest to it.
import { describe, expect, it } from "vitest";
import { findChanges } from "./find-changes.js";

const read = (clause: string) =>
  findChanges(clause).map((h) => [
    clause.slice(h.start, h.end),
    h.basis,
    typeof h.respective === "object" ? clause.slice(h.respective.start, h.respective.end) : null,
  ]);

describe("respectiveBases", () => {
  it.each([
    [
      "shipments were up 8% and 21% respectively on the month and the year",
      [
        ["up 8%", "mom", null],
        ["21%", "yoy", null],
      ],
    ],
    [
      "volumes rose 21% and 8% on the year and month respectively",
      [
        ["rose 21%", "yoy", null],
        ["8%", "mom", null],
      ],
    ],
    [
      "exports were down 4.4% and up 9.9%, respectively, from June and a year earlier",
      [
        ["down 4.4%", null, "from June"],
        ["up 9.9%", "yoy", null],
      ],
    ],
    [
      "the total rose 3% and 40% respectively y/y and m/m",
      [
        ["rose 3%", "yoy", null],
        ["40%", "mom", null],
      ],
    ],
    [
      "the US took 656 t, up 56% and 12% respectively on September and on October 2024",
      [
        ["up 56%", null, "on September"],
        ["12%", null, "on October 2024"],
      ],
    ],
  ])("%s", (clause, hits) => {
    expect(read(clause)).toEqual(hits);
  });

  it.each([
    // destinations, not bases, are listed "respectively"
    "Japan and India rose 3% and 40% respectively",
    // two changes, one base
    "the total rose 3% and 40% respectively from a year earlier",
  ])("leaves the bases alone where the lists do not pair: %s", (clause) => {
    expect(read(clause).every(([, , at]) => at === null)).toBe(true);
    expect(findChanges(clause).every((h) => h.respective === undefined)).toBe(true);
  });
});
