// A semicolon inside a bracketed aside lists the aside's own facts ("in November (October: 656 t;
// September: 420.5 t), Japan 305 t"): it ends no clause of the sentence around it. Cut there, the
// figure after the bracket shared a clause with the aside's last month and was read as that month's.
import { describe, expect, it } from "vitest";
import { segment } from "../../src/claims/extract/segment.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets in 2025: to the US 420.5 t (September), 656 t (October), 582 t (November); to Japan
// 228 t, 226 t, 305 t
describe("a semicolon inside a bracketed aside", () => {
  const text =
    "The US took 582 t of magnets in November 2025 (October: 656 t; September: 420.5 t), Japan 305 t (October: 226 t).";

  it("does not cut the sentence", () => {
    expect(segment(text)).toHaveLength(1);
  });

  it("leaves the figure after the bracket the sentence's month", async () => {
    expect(await readingAt(store, text, "305 t", "2025-12-21")).toMatchObject({
      verdict: "supported",
      partner: "JPN",
      period: "2025-11",
    });
    expect(await readingAt(store, text, "420.5 t", "2025-12-21")).toMatchObject({
      verdict: "supported",
      period: "2025-09",
    });
  });

  it("still cuts at a semicolon outside any bracket", () => {
    const two = "The US took 582 t in November (down 11%); Japan took 305 t.";
    expect(segment(two)).toHaveLength(2);
  });
});
