// A change whose subject is a destination's share is the share's change, not the tonnage's: "the
// US share rose 65%" is taken of the share before (7.3% in September to 12.0% in October is +64.6%),
// while the US tonnage rose 56%. Read as the tonnage's, a correct sentence was called contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a change of a destination's share", () => {
  it.each([
    [
      "Over October the US portion of magnet exports grew by about 65% against September.",
      "grew by about 65%",
      "supported",
    ],
    ["South Korea's share of magnet shipments fell 30% from September in October.", "fell 30%", "supported"],
    ["The US share of magnet exports rose 20% from September in October.", "rose 20%", "contradicted"],
  ])("is checked on the shares: %s", async (text, words, verdict) => {
    expect(await verdictsOf(store, text)).toContainEqual([words, verdict]);
  });

  it("leaves a change of the tonnage the tonnage's", async () => {
    // the US tonnage rose 56% (420.5 t to 656 t); its share rose 64.6%
    expect(
      await verdictsOf(store, "US-bound magnet shipments rose 56% from September in October."),
    ).toContainEqual(["rose 56%", "supported"]);
  });
});
