// A month's place said with the month as its subject ("December (5,952 t) ranked fourth") is checked
// among the months of its year; a destination's place in a month stays a destination's.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const ranks = async (text: string) =>
  (await verifyClaims(store, text, { published: "2026-02-18" })).claims
    .filter((c) => c.kind === "rank")
    .map((c) => [c.text, c.partner, c.period, c.verdict]);

describe("a month's place among the months of its year", () => {
  it.each([
    "Quiz answer: no. January, November and August all shipped more magnets; December (5,952 t) ranked fourth.",
    "China's magnet exports in December 2025 came to 5,952 t; December's 5,952 t ranked fourth in 2025.",
    "Of China's magnet export months in 2025, December came fourth with 5,952 t.",
    "Of the months of 2025 for China's magnet exports, December, at 5,952 t, ranked fourth.",
  ])("supports the place the data gives it: %s", async (text) => {
    expect(await ranks(text)).toEqual([[expect.any(String), "WLD", "2025-12", "supported"]]);
  });

  it("contradicts a place the data does not give it", async () => {
    const text = "China's magnet exports in December 2025 were 5,952 t, and December ranked second in 2025.";
    expect(await ranks(text)).toEqual([["ranked second in 2025", "WLD", "2025-12", "contradicted"]]);
  });

  it("keeps a destination's place among the buyers of the month", async () => {
    const got = await ranks("In December 2025, Japan ranked fourth among buyers of China's magnets.");
    expect(got.map(([, partner]) => partner)).toEqual(["JPN"]);
  });
});
