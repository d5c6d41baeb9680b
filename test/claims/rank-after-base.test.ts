// A rank set right after a base figure ("down from 656 t in October, the highest since January")
// may be said of that figure, not of the clause's own month: a writer who nests one month's figure
// in another's sentence describes it there. That reading can support the rank; it never makes a
// rank wrong on both readings right.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const rank = async (text: string) =>
  (await verdictsOf(store, text, "2026-01-21")).find(
    ([w]) => w.startsWith("the highest") || w.startsWith("highest"),
  )?.[1];

describe("a rank right after a base figure", () => {
  it.each([
    "Shipments of magnets to the US slipped to 564 t in December, from 582 t in November, which was itself down from 656 t in October, the highest since January's 877 t.",
    "US magnet shipments eased to 564 t in December from 582 t in November (itself below the 656 t of October, the highest since January).",
  ])("may be the base's: %s", async (text) => {
    expect(await rank(text)).toBe("supported");
  });

  it("is still wrong when neither month bears it out", async () => {
    const text =
      "Shipments of magnets to the US slipped to 564 t in December, from 582 t in November, itself up from 420.5 t in September, the highest since January.";
    expect(await rank(text)).toBe("contradicted");
  });
});
