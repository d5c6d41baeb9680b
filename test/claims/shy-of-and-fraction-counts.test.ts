// Two ways of saying a change that were missed or half read: a gap to another month's figure said
// with "shy of" ("some 3% shy of January's"), read as a change with no base; and a fraction with
// "more", "fewer" or "less" and the goods before "than" ("a quarter more magnets than in October"),
// of which only the bare direction was read, so a wrong fraction was supported. Magnets: January
// 2025 6,357 t, October 5,473 t, November 6,150 t; to the US April 246 t, May 46 t, October 656 t,
// November 582 t.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a gap to another month said with 'shy of'", () => {
  it.each([
    [
      "Outbound magnet cargoes totalled 6,150 t in November, some 3% shy of January's.",
      "some 3% shy of",
      "2025-01",
      "supported",
    ],
    [
      "Outbound magnet cargoes totalled 6,150 t in November, some 8% shy of January's.",
      "some 8% shy of",
      "2025-01",
      "contradicted",
    ],
    [
      "US-bound magnet cargoes came to 582 t in November, 11% shy of the previous month.",
      "11% shy of",
      "mom",
      "supported",
    ],
  ])("is a change from that month: %s", async (text, quote, basis, verdict) => {
    const c = await claimAt(store, text, quote, "2025-12-22");
    expect(c).toMatchObject({ kind: "change", period: "2025-11", verdict });
    expect(c?.stated).toMatchObject({ basis, direction: "down" });
  });
});

describe("a fraction more or fewer of the goods than another month", () => {
  it.each([
    [
      "Chinese firms sold a quarter more magnets abroad in November than in October.",
      "a quarter more",
      25,
      "contradicted",
    ],
    [
      "Chinese firms sold about a tenth more magnets abroad in November than in October.",
      "about a tenth more",
      10,
      "supported",
    ],
    [
      "In May, Chinese firms sent two-thirds fewer magnets to the US than in April.",
      "two-thirds fewer",
      -66.7,
      "contradicted",
    ],
  ])("is a change of that size: %s", async (text, quote, pct, verdict) => {
    const c = await claimAt(store, text, quote, "2025-12-22");
    expect(c).toMatchObject({ kind: "change", verdict });
    expect((c?.stated as { pct: number }).pct).toBeCloseTo(pct, 0);
  });

  it("leaves no bare direction to support a wrong fraction", async () => {
    const text = "Chinese firms sold a quarter more magnets abroad in November than in October.";
    expect(await verdictsOf(store, text, "2025-12-22")).not.toContainEqual(
      expect.arrayContaining(["supported"]),
    );
  });
});
