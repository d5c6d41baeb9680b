// "Demand is recovering. Germany took 1,341 tonnes in August.": a figure a destination is said to
// have taken is a trade figure, even after a sentence on demand or prices set the talk on something else.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a figure a destination took", () => {
  it("is read after a sentence on demand", async () => {
    const text = "Demand abroad is recovering. The US took 590 tonnes in August.";
    expect(await readingAt(store, text, "590 tonnes", "2025-09-22")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2025-08",
    });
  });

  it("is read after 'while' in the next clause", async () => {
    const text =
      "In August exports rebounded to 6,146 t, though prices stayed weak. Germany stood out, while the US received about 590 tonnes.";
    expect((await readingAt(store, text, "about 590 tonnes", "2025-09-22")).partner).toBe("USA");
  });

  it("leaves what a destination produced", async () => {
    const text = "Demand is strong. Germany produced 1,341 tonnes in August.";
    expect((await readingAt(store, text, "1,341 tonnes", "2025-09-22")).verdict).toBeNull();
  });
});
