// A month that dates a move the sentence likens or sets against its own ("rather than falling as
// they had in September", "as it did in July") is not the month of the sentence's figure, and a
// month the figure stays under ("remained under the June peak") is its base. Read as the figure's
// own month, each had a true statement contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets to the US: 420.5 t in September 2025, 656 t in October; rare earths: 7,742.2 t in June
// 2025, 4,343.5 t in October
describe("a month named for a move likened to the figure's", () => {
  it("does not date the figure", async () => {
    const text =
      "China's magnet exports fell in October 2025. Shipments to the US rose by more than half, to 656 tonnes, rather than falling as they had in September.";
    const got = await readingAt(store, text, "656 tonnes", "2025-11-21");
    expect(got).toMatchObject({ verdict: "supported", period: "2025-10" });
  });

  it("still dates a figure named with its own month", async () => {
    const text =
      "Shipments of magnets to the US were 420.5 tonnes in September 2025, as they had been in August.";
    const got = await readingAt(store, text, "420.5 tonnes", "2025-11-21");
    expect(got).toMatchObject({ verdict: "supported", period: "2025-09" });
  });
});

describe("a month the figure stays under", () => {
  it("is the base of the comparison, not the figure's month", async () => {
    const text =
      "China's rare-earth exports came to 4,343.5 tonnes in October 2025. Rare earths, at 4,343.5 tonnes, remained under the June peak of 7,742.2 tonnes.";
    const got = await verdictsOf(store, text, "2025-11-21");
    expect(got.length).toBeGreaterThan(2);
    expect(got.every(([, v]) => v !== "contradicted")).toBe(true);
  });
});
