// A month named only as what a figure is the same as, similar to or unchanged from ("roughly the same
// share as in November") is the comparison's, not the figure's: a December figure said to match
// November's is December's, and is not checked (and called wrong) as November's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a month a figure is the same as", () => {
  it("dates neither the level nor the change of the answer it sits in", async () => {
    const text =
      "Where did China's magnets go in December?\n\nWhich country bought the most?\nGermany: 1,106 tonnes of the 5,952 tonnes exported in December.\n\nAnd the Americans?\nUS buyers received 564 tonnes, roughly the same share as in November (9.5%), though 3% fewer tonnes.";
    const got = await verdictsOf(store, text, "2026-01-25");
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
    expect(got).toContainEqual(["564 tonnes", "supported"]);
    expect(got).toContainEqual(["3% fewer", "supported"]);
  });

  it.each([
    "Magnet exports to the US were 564 t in December 2025, a similar share to November's.",
    "Magnet exports to the US were 564 t in December 2025, little changed from November.",
  ])("keeps the figure's own month: %s", async (text) => {
    expect(await verdictsOf(store, text, "2026-01-25")).toContainEqual(["564 t", "supported"]);
  });
});
