// A destination set aside by "rather than" or "instead of" ("exports to the US, rather than Japan,
// jumped 35%") is not the figure's destination, and "rather than" compares nothing: the figure is
// the other destination's, checked as its change over time.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const verdicts = (text: string) => verdictsOf(store, text, "2025-12-20");

// November 2025: US 582 t (-11.3% on October's 656 t), Japan 305 t (+35% on 226 t)
describe("a destination set aside", () => {
  it.each([
    "Magnet exports jumped 35% to Japan rather than to the US in November.",
    "Shipments to the US fell 11% in November rather than Japan.",
    "Japan's purchases, instead of the US's, jumped 35% in November.",
  ])("leaves the figure to the other destination: %s", async (text) => {
    expect((await verdicts(text)).map(([, v]) => v)).toEqual(["supported"]);
  });

  it("is never the destination a figure is borne out on", async () => {
    // the US fell 11%: Japan's rise does not bear out a rise said of the US
    expect(
      (await verdicts("Rare-earth magnet exports to the US, rather than Japan, jumped 35% in November.")).map(
        ([, v]) => v,
      ),
    ).not.toContain("supported");
  });
});
