// A month followed by words that set it a year back ("November a year ago", "December a year
// earlier", "May of the previous year") is that month a year before the one it names alone. It was
// read in the story's own year, so a figure of the story's month said of the year before was
// supported ("5,493.9 t in November a year ago" in December 2025), and the year before's figure was not.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { extractClaims } from "../../src/claims/extract/extract-claims.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const periods = (t: string, published: string) =>
  extractClaims(t, { published }).map((c) => `${c.period} ${c.text}`);

describe("a month set a year back by the words after it", () => {
  it.each([
    ["Rare earth exports were 4,416 t in November a year ago.", "2025-12-20", ["2024-11 4,416 t"]],
    [
      "Rare earth exports came to 3,326 tonnes in December a year earlier.",
      "2026-01-20",
      ["2024-12 3,326 tonnes"],
    ],
    [
      "Rare earth shipments stood at 4,416 t in November of the previous year.",
      "2025-12-20",
      ["2024-11 4,416 t"],
    ],
    [
      "Rare earth shipments stood at 4,181 t in September the year before.",
      "2025-10-20",
      ["2024-09 4,181 t"],
    ],
  ])("dates the month a year back: %s", (text, published, want) => {
    expect(periods(text, published)).toEqual(want);
  });

  it("supports the year before's figure and no longer supports the story month's", async () => {
    const right = await verifyClaims(store, "Rare earth exports were 4,416 t in November a year ago.", {
      published: "2025-12-20",
    });
    expect(right.claims.map((c) => [c.period, c.verdict])).toEqual([["2024-11", "supported"]]);
    const wrong = await verifyClaims(
      store,
      "Rare earth exports came to 4,392 tonnes in December a year earlier.",
      {
        published: "2026-01-20",
      },
    );
    expect(wrong.claims.map((c) => [c.period, c.verdict])).not.toContainEqual(["2025-12", "supported"]);
    expect(wrong.claims.map((c) => c.verdict)).not.toContain("supported");
  });

  it("leaves the month alone without such words, and 'last year' as it was", () => {
    expect(periods("Rare earth exports were 5,493.9 t in November.", "2025-12-20")).toEqual([
      "2025-11 5,493.9 t",
    ]);
    expect(periods("Rare earth exports were 4,416 t in November last year.", "2025-12-20")).toEqual([
      "2024-11 4,416 t",
    ]);
  });
});
