// A change against "the month before that", "two months earlier" or made "in three months" has its
// base that many months back.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const bases = (text: string, published: string) =>
  extractClaims(text, { published })
    .filter((c) => c.kind === "change")
    .map((c) => [c.text, c.period, c.stated.type === "change" ? c.stated.basis : null]);

describe("a change against the month before last", () => {
  it("reads 'the month before that' after a monthly change as two months back", () => {
    const text =
      "Shipments of magnets to Mexico came to 212 t in October, down 18% on the month and 31% from the month before that.";
    expect(bases(text, "2025-11-25")).toEqual([
      ["down 18%", "2025-10", "mom"],
      ["31%", "2025-10", "2025-08"],
    ]);
  });

  it("reads 'two months earlier' as the month before last", () => {
    const text = "In July magnet exports to India were 40% below two months earlier.";
    expect(bases(text, "2025-08-22")).toEqual([["40% below", "2025-07", "2025-05"]]);
  });

  it("reads a change made in a number of months as against that many months back", () => {
    expect(
      bases("Magnet exports fell to 1,238 t in May, a decline of roughly 77% in two months.", "2025-06-20"),
    ).toEqual([["decline of roughly 77%", "2025-05", "2025-03"]]);
    expect(
      bases("Magnet exports rose to 6,146 t in August, up 396% over three months.", "2025-09-20"),
    ).toEqual([["up 396%", "2025-08", "2025-05"]]);
  });

  it("reads a multiple of the level some months earlier so too", () => {
    const text =
      "Magnet exports rose to 6,146 t in August, nearly five times the level of three months earlier.";
    expect(bases(text, "2025-09-20")).toEqual([["nearly five times the level", "2025-08", "2025-05"]]);
  });

  it.each([
    [
      "US magnet shipments fell to 582 t in November, 1.4% below the level three months earlier.",
      "1.4% below",
    ],
    [
      "US magnet shipments fell to 582 t in November, 1.4% below the figure of three months before.",
      "1.4% below",
    ],
  ])("reads the level or figure some months earlier as that month: %s", (text, quote) => {
    expect(bases(text, "2025-12-20")).toEqual([[quote, "2025-11", "2025-08"]]);
  });

  it("keeps an ordinary month-on-month base", () => {
    const text = "Exports to Thailand rose 9% from the month before, to 260 t in September.";
    expect(bases(text, "2025-10-21")).toEqual([["rose 9%", "2025-09", "mom"]]);
  });
});
