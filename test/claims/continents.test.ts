// The continents the customs breakdown sums up ("Asia 2,267 t", "North America 994 t"): a figure said
// of one is checked against that continent, never against the world total or a country; since
// customs draws a continent its own way (Mexico with Latin America), one can bear a figure out but
// not refute it. Europe is read as the European Union, with the continent as another reading.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a continent's figure", () => {
  it.each([
    [
      "In August 2025 China's magnet exports to Asia were about 2,270 tonnes.",
      "about 2,270 tonnes",
      "ASIA_region",
    ],
    ["Magnet shipments to North America came to 994 t in August 2025.", "994 t", "NAM_region"],
    ["Africa took just 13 t of China's magnets in August 2025.", "13 t", "AFR_region"],
  ])("is supported on that continent's figure: %s", async (text, quote, partner) => {
    expect(await readingAt(store, text, quote, "2025-09-25")).toMatchObject({
      verdict: "supported",
      partner,
    });
  });

  it("is not called wrong on customs' grouping of the continent", async () => {
    const text = "Magnet shipments to North America came to 700 t in August 2025.";
    expect(await readingAt(store, text, "700 t", "2025-09-25")).toMatchObject({
      verdict: "unverifiable",
      partner: "NAM_region",
    });
  });

  it("leaves Southeast Asia and South Africa to the places they are", async () => {
    const text = "Magnet exports to Southeast Asia were 900 t and to South Africa 12 t in August 2025.";
    const got = await Promise.all(["900 t", "12 t"].map((q) => readingAt(store, text, q, "2025-09-25")));
    expect(got.map((r) => r.verdict)).toEqual(["unverifiable", "unverifiable"]);
    expect(got.map((r) => r.partner)).not.toContain("ASIA_region");
    expect(got.map((r) => r.partner)).not.toContain("AFR_region");
  });
});

describe("Europe", () => {
  it("is supported on the continent's figure where the European Union's does not fit", async () => {
    const text = "From January to July 2025, Europe took 11,480 t of Chinese magnets.";
    expect(await readingAt(store, text, "11,480 t", "2025-09-25")).toMatchObject({
      verdict: "supported",
      partner: "EUR_region",
    });
  });
});

describe("a continent a heading names", () => {
  it("is not the destination of the figures under it", async () => {
    const text =
      "Asia's magnet buyers in 2025\n\nJAPAN. Japan-bound magnets were 226 t in October. In November they rose 35% to 305 t.";
    expect(await readingAt(store, text, "305 t", "2026-01-25")).toMatchObject({
      verdict: "supported",
      partner: "JPN",
    });
  });
});
