// Three ways a reporter ties a figure to its holder that had been read loosely:
// - "Neither Japan nor the US took more than 600 t" denies the bound of each destination named, as
//   "did not take more than" does; read as "more than 600 t" the true sentence was contradicted. The
//   explanation says the bound checked ("at most 600 t"), not the words it was turned from;
// - "Germany took a fifth of the 5,473 t of magnets China exported" takes a part of China's total:
//   the 5,473 t is the world figure, not Germany's, which had been contradicted;
// - "305 t of magnets were shipped to the US and 582 t to Japan" gives each tonnage the destination
//   after it: swapped, the figures had been supported as each other's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// November 2025 magnets: 305 t to Japan, 582 t to the US; October 2025: 416 t to India, 444 t to
// Vietnam, 1,118 t to Germany, 656 t to the US, 5,473 t in all
describe("a bound after a subject denied with neither ... nor", () => {
  it.each([
    ["Neither Japan nor the US took more than 600 t of magnets in November.", "2025-12-20"],
    ["Neither the US nor Japan received more than 600 tonnes of magnets in November.", "2025-12-20"],
    ["Neither India nor Vietnam bought more than 450 t of Chinese magnets in October.", "2025-11-20"],
    ["Neither Germany nor the US took less than 600 t of magnets in October.", "2025-11-20"],
    ["Neither Japan nor the US topped 600 t of magnets in November.", "2025-12-20"],
  ])("is supported when each destination keeps to it: %s", async (text, published) => {
    const got = await verdictsOf(store, text, published);
    expect(got).toHaveLength(1);
    expect(got[0]?.[1]).toBe("supported");
  });

  it("explains the bound it checked, not the words it turned round", async () => {
    const text = "Neither Vietnam nor India received more than 450 t of Chinese magnets in October.";
    const c = await claimAt(store, text, "more than 450 t", "2025-11-20");
    expect(c?.verdict).toBe("supported");
    expect(c?.stated).toMatchObject({ type: "level", value: 450, hedge: "less_than" });
    expect(c?.explanation).toMatch(
      /^stated at most 450 t \(the words 'more than 450 t' denied\), data gives/,
    );
  });

  it("keeps the words of a bound denied in its own words", async () => {
    const text = "Vietnam did not take more than 450 t of Chinese magnets in October.";
    const c = await claimAt(store, text, "did not take more than 450 t", "2025-11-20");
    expect(c?.verdict).toBe("supported");
    expect(c?.explanation).toMatch(/^stated did not take more than 450 t, data gives 444 t/);
  });

  it.each([
    // India's 416 t keeps under 420 t, Vietnam's 444 t does not
    ["Neither India nor Vietnam bought more than 420 t of Chinese magnets in October.", "2025-11-20"],
    ["Neither Japan nor the US topped 500 t of magnets in November.", "2025-12-20"],
  ])("is never supported when one destination breaks it: %s", async (text, published) => {
    const got = await verdictsOf(store, text, published);
    expect(got).toHaveLength(1);
    expect(got[0]?.[1]).not.toBe("supported");
  });
});

describe("a share a destination took of a tonnage China exported", () => {
  it("reads the tonnage as the world total and the share as the destination's", async () => {
    const text = "Germany took a fifth of the 5,473 t of magnets China exported last month.";
    expect(await readingAt(store, text, "5,473 t", "2025-11-20")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-10",
    });
    expect(await verdictsOf(store, text, "2025-11-20")).toEqual([
      ["a fifth of the 5,473", "supported"],
      ["5,473 t", "supported"],
    ]);
  });

  it("never supports a wrong share, and never contradicts the total", async () => {
    const text = "Germany accounted for 40% of the 5,473 t of magnets China shipped in October.";
    const got = await verdictsOf(store, text, "2025-11-20");
    expect(got.map(([t]) => t)).toEqual(["40% of the 5,473", "5,473 t"]);
    expect(got[0]?.[1]).not.toBe("supported");
    expect(got[1]?.[1]).toBe("supported");
  });

  it("leaves a fraction without a verb of taking to the destination's own figures", async () => {
    // a comparison with the destination's own earlier figure, not a part of China's total
    const text =
      "In May 2025 China sent 46 t of magnets to the US, less than a tenth of the 689 t it sent in May 2024.";
    const at = await readingAt(store, text, "689 t", "2025-06-20");
    expect(at.partner).toBe("USA");
  });
});

describe("a tonnage with the destination it was sent to after it", () => {
  it.each([
    ["In November, 305 t of magnets were shipped to the United States and 582 t to Japan.", "t"],
    ["In November 305 tonnes of magnets went to the US and 582 tonnes to Japan.", "tonnes"],
  ])("is not supported as a neighbour's figure: %s", async (text, unit) => {
    expect(await verdictsOf(store, text, "2025-12-20")).toEqual([
      [`305 ${unit}`, "contradicted"],
      [`582 ${unit}`, "contradicted"],
    ]);
  });

  it("supports the figures set the right way round", async () => {
    const text = "In November, 582 t of magnets were shipped to the United States and 305 t to Japan.";
    expect(await verdictsOf(store, text, "2025-12-20")).toEqual([
      ["582 t", "supported"],
      ["305 t", "supported"],
    ]);
  });
});
