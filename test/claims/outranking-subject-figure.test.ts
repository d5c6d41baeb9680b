// "The US overtook Germany in October, taking 1,118 t": a figure after the destination a verb of
// outranking takes as its object ("overtook", "beat", "passed", "trailed"), set off as the subject's
// own ("taking", "with", "receiving"), is the subject's. It had been read as the object's, so a
// false sentence giving the subject the other's tonnage was supported.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// September 2025 magnets: Korea 854 t, Vietnam 456 t, the US 420.5 t; October: Germany 1,118 t,
// the US 656 t
describe("a figure after an outranked destination", () => {
  it.each([
    ["Korea overtook the US in September, taking 854 t of magnets.", "854 t", "KOR", "2025-10-20"],
    [
      "South Korea passed the United States in September with 854 t of magnets.",
      "854 t",
      "KOR",
      "2025-10-20",
    ],
    ["Germany beat the US in October, receiving 1,118 t of magnets.", "1,118 t", "DEU", "2025-11-20"],
    ["Vietnam trailed Korea in September, with 456 t of magnets.", "456 t", "VNM", "2025-10-20"],
  ])("is the subject's: %s", async (text, quote, partner, published) => {
    expect(await readingAt(store, text, quote, published)).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner,
      period: published === "2025-10-20" ? "2025-09" : "2025-10",
    });
  });

  it.each([
    ["The US overtook Germany in October, taking 1,118 t of magnets.", "2025-11-20"],
    ["The US passed Korea in September with 854 t of magnets.", "2025-10-20"],
    ["Vietnam outpaced Korea in September, receiving 854 t of magnets.", "2025-10-20"],
    ["Vietnam beat Korea in September, with 854 t.", "2025-10-20"],
  ])("is not supported as the outranked one's figure: %s", async (text, published) => {
    const got = await verdictsOf(store, text, published);
    expect(got).toHaveLength(1);
    expect(got[0]?.[1]).not.toBe("supported");
  });

  it("leaves a figure the outranked one owns to it", async () => {
    const text = "Germany overtook the US in October, whose 656 t of magnets was its highest since January.";
    expect((await readingAt(store, text, "656 t", "2025-11-20")).partner).toBe("USA");
  });
});

// "followed by the US with 656 t and Korea with 569 t": a destination right before "with" or "at"
// and its figure owns it; swapped, the figures had been supported as each other's
describe("a figure a destination leads with 'with' or 'at'", () => {
  it.each([
    "Germany led in October with 1,118 t, followed by the US with 569 t and Korea with 656 t.",
    "Germany led in October, followed by the US with 1,118 t.",
    "In October Germany came first, then the US at 569 t and Korea at 656 t.",
  ])("is not a neighbour's: %s", async (text) => {
    // the swapped figures are 569 t and 656 t (1,118 t, where said, is Germany's own and right)
    const got = await verdictsOf(store, text, "2025-11-20");
    const swapped = got.filter(
      ([t]) => t === "569 t" || t === "656 t" || (t === "1,118 t" && /US with 1,118/.test(text)),
    );
    expect(swapped.length).toBeGreaterThan(0);
    expect(swapped.every(([, v]) => v !== "supported")).toBe(true);
  });

  it("supports the figures each its own way", async () => {
    const text = "Germany led in October with 1,118 t, followed by the US with 656 t and Korea with 569 t.";
    expect(await verdictsOf(store, text, "2025-11-20")).toEqual([
      ["1,118 t", "supported"],
      ["656 t", "supported"],
      ["569 t", "supported"],
    ]);
  });
});
