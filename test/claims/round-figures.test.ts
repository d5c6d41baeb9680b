// A round figure is borne out only near itself: "10,000 t" of a month the data puts at 5,774 t is
// not called right because its zeros could round anything from 5,000 t to 15,000 t; it is not called
// wrong either, since they could. Figures close to the data, exact figures and clear misses keep
// their verdicts (check-figures ROUND_REACH).
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a round figure far from the data", () => {
  it.each([
    // September 2025: 5,774 t; to the US in October 2025: 656 t; to India in June 2025: 172 t
    ["Magnet shipments from China reached 10,000 tonnes in September 2025.", "10,000 tonnes"],
    ["Chinese magnet exports to America came to 1,000 t in October 2025.", "1,000 t"],
    ["Chinese magnet exports to America came to about 1,000 t in October 2025.", "about 1,000 t"],
    ["India bought 200 tonnes of Chinese rare-earth magnets in June 2025.", "200 tonnes"],
    // November 2025 over October 2025: +12.4%
    ["China's magnet exports grew 10% in November 2025 from October.", "grew 10%"],
    // spelled out, the same round numbers reach no further: April 2025 over March: -15.6%
    ["China's rare-earth shipments shrank twenty percent in April 2025 from March.", "twenty percent"],
    ["China's magnet exports grew ten per cent in November 2025 from October.", "ten per cent"],
  ])("is neither supported nor contradicted: %s", async (text, words) => {
    const got = await verdictsOf(store, text);
    expect(got).toContainEqual([expect.stringContaining(words), "unverifiable"]);
    expect(got.some(([, v]) => v !== "unverifiable")).toBe(false);
  });
});

describe("round figures near the data, exact ones and clear misses", () => {
  it.each([
    ["China's magnet exports were 6,000 tonnes in November 2025.", "supported"],
    ["China's magnet exports rose 12% in November 2025 from October.", "supported"],
    ["China's magnet exports to India were 170 tonnes in June 2025.", "supported"],
    ["China's magnet exports were 20,000 tonnes in September 2025.", "contradicted"],
    ["China's magnet exports were six thousand tonnes in November 2025.", "supported"],
    ["China's rare-earth exports fell sixteen percent in April 2025 from March.", "supported"],
    ["China's magnet exports rose thirty percent in November 2025 from October.", "contradicted"],
    ["China's magnet exports rose 30% in November 2025 from October.", "contradicted"],
  ])("keep their verdicts: %s", async (text, verdict) => {
    const got = await verdictsOf(store, text);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([, v]) => v === verdict)).toBe(true);
  });
});

describe("a figure said to be nearly reached", () => {
  // November 2025: 6,150 t
  it("is not borne out by data beyond it, though its zeros round that far", async () => {
    for (const [text, words] of [
      ["China's magnet exports came to nearly 6,000 tonnes in November 2025.", "nearly 6,000 tonnes"],
      ["China's magnet exports came to almost six thousand tonnes in November 2025.", "almost six thousand"],
    ] as const) {
      const got = await verdictsOf(store, text);
      expect(got).toEqual([[expect.stringContaining(words), "unverifiable"]]);
    }
  });

  it.each([
    ["China's magnet exports came to nearly 6,500 tonnes in November 2025.", "nearly 6,500 tonnes"],
    ["China's magnet exports came to almost 6,700 tonnes in November 2025.", "almost 6,700 tonnes"],
    ["Shipments of magnets to the U.S. were nearly 640 tonnes in November 2025.", "nearly 640 tonnes"],
  ])("is not borne out by data more than a twentieth short of it: %s", async (text, words) => {
    expect(await verdictsOf(store, text)).toContainEqual([words, "unverifiable"]);
  });

  it.each([
    ["China's magnet exports came to nearly 6,200 tonnes in November 2025.", "supported"],
    ["China's magnet exports came to nearly 5,000 tonnes in November 2025.", "contradicted"],
  ])("keeps its verdict short of the figure or far from it: %s", async (text, verdict) => {
    expect((await verdictsOf(store, text)).map(([, v]) => v)).toEqual([verdict]);
  });
});

describe("a change between levels printed to one or two figures", () => {
  // terbium: July 2025 7 t (printed 7,000 kg), August 5.5 t: -21.4% as printed, -27% to -15% as rounded
  it.each([
    ["China's terbium exports fell 19% in August 2025 from July.", "unverifiable"],
    ["China's terbium exports fell 21% in August 2025 from July.", "supported"],
    ["China's terbium exports fell about 20% in August 2025 from July.", "supported"],
    ["China's terbium exports fell 35% in August 2025 from July.", "contradicted"],
  ])("is borne out only as printed when stated closely: %s", async (text, verdict) => {
    const got = (await verdictsOf(store, text)).filter(([w]) => /%/.test(w ?? ""));
    expect(got.map(([, v]) => v)).toEqual([verdict]);
  });
});
