// "Deliveries to Japan eased to 280 t from 305 t in November and 226 t in October": months listed
// after "from", each with its figure, are all bases, dated back from the story's month and named with
// their figures; the later one listed is not the clause's own month, which would push the one before
// it back a year.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/index.js";

const levels = (text: string, published: string) =>
  extractClaims(text, { published })
    .filter((c) => c.kind === "level")
    .map((c) => [text.slice(c.start, c.end), c.period, c.grounds.period]);

describe("base months listed after 'from'", () => {
  it.each([
    [
      "Deliveries to Japan eased to 280 t from 305 t in November and 226 t in October.",
      "2026-01-20",
      [
        ["280 t", "2025-12", "default"],
        ["305 t", "2025-11", "clause"],
        ["226 t", "2025-10", "clause"],
      ],
    ],
    [
      "Germany's intake dropped to 1,118 tonnes, from 1,288 tonnes in September and 1,346 tonnes in August.",
      "2025-11-20",
      [
        ["1,118 tonnes", "2025-10", "default"],
        ["1,288 tonnes", "2025-09", "clause"],
        ["1,346 tonnes", "2025-08", "clause"],
      ],
    ],
  ])("are bases of the story's month: %s", (text, published, want) => {
    expect(levels(text, published)).toEqual(want);
  });

  it("keeps a month named as the clause's own", () => {
    expect(
      levels("Japan took 280 t in December, against 305 t in November and 226 t in October.", "2026-01-20"),
    ).toEqual([
      ["280 t", "2025-12", "clause"],
      ["305 t", "2025-11", "clause"],
      ["226 t", "2025-10", "clause"],
    ]);
  });
});
