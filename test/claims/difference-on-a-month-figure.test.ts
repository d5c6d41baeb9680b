// A difference in tonnes said with "on" and another month's figure ("a rebound of 246 t on the
// October figure", "120 t on September's level") is a change from that month, not a level of its
// own. With a move named before it the move gives its sign; without, it is checked on its size.
// Magnets to Korea: September 854 t, October 569 t, December 815 t.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a difference on another month's figure", () => {
  it.each([
    [
      "Korea-bound magnet cargoes hit 815 t in December, 246 t on the October figure.",
      "246 t on the October",
      246,
      true,
      "supported",
    ],
    [
      "Korea-bound magnet cargoes hit 815 t in December, 146 t on the October figure.",
      "146 t on the October",
      146,
      true,
      "contradicted",
    ],
    [
      "Korea-bound magnet cargoes slid to 569 t in October, a drop of 285 t on September's level.",
      "drop of 285 t",
      -285,
      false,
      "supported",
    ],
  ])("%s", async (text, quote, pct, unsigned, verdict) => {
    const c = await claimAt(store, text, quote, "2026-01-21");
    expect(c).toMatchObject({ kind: "change", partner: "KOR", verdict });
    expect(c?.stated).toMatchObject({ unit: "t", pct });
    expect("unsigned" in (c?.stated ?? {})).toBe(unsigned);
  });

  it("takes its sign from a move named before it", async () => {
    const text =
      "Korea-bound magnet cargoes hit 815 t in December. The rebound, 246 t on the October figure, was the largest.";
    const c = await claimAt(store, text, "246 t on the October", "2026-01-21");
    expect(c?.stated).toMatchObject({ pct: 246, direction: "up" });
    expect("unsigned" in (c?.stated ?? {})).toBe(false);
  });
});
