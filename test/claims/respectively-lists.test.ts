// "Respectively" pairs a list of destinations or products with a list of figures for certain: a
// figure is checked against its own item only, so two figures swapped between the items are wrong
// (contradicted where the sentence names product, destination and month), not borne out by the
// other item's data; and a month and base said after such a list are every item's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { periodsOf, readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets, December 2025: Germany 1,106 t, South Korea 815 t; November 2025: world 6,150 t
// (+12.4% on October's 5,473 t); rare earths November 2025 5,493.9 t (+26.5% on 4,343.5 t)
describe("figures paired 'respectively'", () => {
  it("are each their own destination's, so swapped ones are wrong", async () => {
    const text =
      "December magnet shipments to Germany and South Korea came to 815 t and 1,106 t, respectively.";
    const got = await periodsOf(store, text, "2026-01-25");
    expect(got).toEqual([
      ["815 t", "2025-12", "contradicted"],
      ["1,106 t", "2025-12", "contradicted"],
    ]);
  });

  it("are borne out where they are in the right order", async () => {
    const text =
      "December magnet shipments to Germany and South Korea came to 1,106 t and 815 t, respectively.";
    const got = await periodsOf(store, text, "2026-01-25");
    expect(got.map((g) => g[2])).toEqual(["supported", "supported"]);
  });

  it("without 'respectively', leave a pair that fits only swapped open, neither borne out nor wrong", async () => {
    const text = "December magnet shipments to Germany and South Korea came to 815 t and 1,106 t.";
    const got = await periodsOf(store, text, "2026-01-25");
    expect(got.map((g) => g[2])).toEqual(["unverifiable", "unverifiable"]);
  });

  it("are each their own product's", async () => {
    const text =
      "In November China's exports of magnets and rare earths reached 5,493.9 t and 6,150 t, respectively.";
    const magnets = await readingAt(store, text, "5,493.9 t", "2025-12-22");
    expect(magnets?.series).toBe("rare-earth-magnets");
    expect(magnets?.verdict).toBe("contradicted");
    const rareEarths = await readingAt(store, text, "6,150 t", "2025-12-22");
    expect(rareEarths?.series).toBe("rare-earths");
    expect(rareEarths?.verdict).toBe("contradicted");
  });

  it("share the month and base said after the list", async () => {
    const text =
      "Exports of magnets and rare earths climbed 26.5% and 12.4%, respectively, in November from October.";
    const got = await periodsOf(store, text, "2025-12-22");
    expect(got).toEqual([
      ["climbed 26.5%", "2025-11", "contradicted"],
      ["12.4%", "2025-11", "contradicted"],
    ]);
    const right = await periodsOf(
      store,
      "Exports of magnets and rare earths climbed 12.4% and 26.5%, respectively, in November from October.",
      "2025-12-22",
    );
    expect(right.map((g) => g[2])).toEqual(["supported", "supported"]);
  });
});
