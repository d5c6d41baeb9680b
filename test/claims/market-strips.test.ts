// A page's market strip above the story: its prices and moves are not the story's trade figures.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: 5,473 t in October 2025, down 5.2% on September's 5,774 t
describe("a market strip above a story", () => {
  it("gives no claim of its own, and leaves the story's figures as they are read", async () => {
    const text =
      "Nikkei 50,276 +0.6%   Copper 10,905.50 -0.3%   USD/JPY 154.32\n\nChina's magnet exports fell 5.2% in October to 5,473 tonnes.";
    expect(await verdictsOf(store, text, "2025-11-22")).toEqual([
      ["fell 5.2%", "supported"],
      ["5,473 tonnes", "supported"],
    ]);
  });
});
