// A base figure dated by its own words after it ("against 5,473 t the month before", "against 4,915 t
// a year earlier") is already read in the month those words count back to; the month before that
// one, or the year before it, is no reading of it. Those readings had borne out the month before
// last's figure said of the month before ("5,952 t in December, against 5,473 t the month before").
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const base = async (text: string, published: string) => {
  const r = await verifyClaims(store, text, { published });
  return r.claims.slice(1).map((c) => [c.text, c.period, c.verdict]);
};

describe("a base figure dated by the words after it", () => {
  it.each([
    "Magnet exports were 5,952 t in December, against 5,473 t the month before.",
    "Magnet exports were 5,952 t in December, against 5,473 t a month earlier.",
    "Magnet exports were 5,952 t in December, compared with 5,473 t in the previous month.",
  ])("is not borne out by the month before last: %s", async (text) => {
    expect(await base(text, "2026-01-20")).toEqual([["5,473 t", "2025-11", "contradicted"]]);
  });

  it("is not borne out by the month before the year-earlier month", async () => {
    expect(
      await base("Magnet exports were 5,473 t in October, against 4,915 t a year earlier.", "2025-12-20"),
    ).toEqual([["4,915 t", "2024-10", "contradicted"]]);
  });

  it("supports the figure of the month its words name", async () => {
    expect(
      await base("Magnet exports were 5,952 t in December, against 6,150 t the month before.", "2026-01-20"),
    ).toEqual([["6,150 t", "2025-11", "supported"]]);
    expect(
      await base("Magnet exports were 5,473 t in October, against 4,725 t a year earlier.", "2025-12-20"),
    ).toEqual([["4,725 t", "2024-10", "supported"]]);
  });
});
