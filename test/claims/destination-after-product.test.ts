// "China shipped 305 tonnes of rare earth permanent magnets to Japan": a destination named after
// the figure's product in full is the figure's own, however long the product's name; and "Europe",
// the continent, is wider than the European Union the data holds, so a figure said of Europe may
// be supported by the Union's but is never contradicted by it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

async function claimOf(text: string, published: string, quote: string) {
  const { verdict, partner } = await readingAt(store, text, quote, published);
  return { verdict, partner };
}

describe("a destination named after the product in full", () => {
  it.each([
    [
      "In November China sold 305 tonnes of sintered neodymium rare earth permanent magnets to Japan.",
      "305 tonnes",
      "JPN",
    ],
    [
      "Customs counted 582 metric tons of rare earth permanent magnets bound for the United States in November.",
      "582 metric tons",
      "USA",
    ],
  ])("gives the figure that destination: %s", async (text, quote, partner) => {
    const v = await claimOf(text, "2025-12-22", quote);
    expect(v.partner).toBe(partner);
    expect(v.verdict).not.toBe("contradicted");
  });

  it("does not call a year-to-date figure for one buyer wrong on the world total", async () => {
    const v = await claimOf(
      "Between January and July, China shipped 11,477 metric tons of rare earth permanent magnets to Germany.",
      "2025-09-01",
      "11,477 metric tons",
    );
    expect(v).toEqual({ verdict: "unverifiable", partner: "DEU" });
  });
});

describe("Europe, the continent", () => {
  it("is never contradicted on the European Union's figure", async () => {
    const v = await claimOf(
      "Magnet shipments to Europe reached 2,600 tonnes in July.",
      "2025-08-25",
      "2,600 tonnes",
    );
    expect(v).toEqual({ verdict: "unverifiable", partner: "EU27" });
  });

  it("is supported where the Union's figure bears it out", async () => {
    const v = await claimOf(
      "Magnet shipments to Europe reached 2,140 tonnes in July.",
      "2025-08-25",
      "2,140 tonnes",
    );
    expect(v).toEqual({ verdict: "supported", partner: "EU27" });
  });

  it("still contradicts a figure said of the European Union", async () => {
    const v = await claimOf(
      "Magnet shipments to the European Union reached 2,600 tonnes in July.",
      "2025-08-25",
      "2,600 tonnes",
    );
    expect(v).toEqual({ verdict: "contradicted", partner: "EU27" });
  });
});
