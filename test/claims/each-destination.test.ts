// One figure said of several destinations at once ("the US and India each took more than 400 t",
// "both Korea and India received ..."): it holds for every destination named, not for their sum nor
// only the first, and is borne out only when each destination's own figure bears it out.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const verdicts = (text: string, published: string) => verdictsOf(store, text, published);

// October 2025: Germany 1,118 t, US 656 t, Vietnam 444 t, India 416 t; November: US 582 t, Japan 305 t
describe("a figure said of each destination named", () => {
  it.each([
    "In October the US and India each took more than 400 t of Chinese rare-earth magnets.",
    "Magnet exports to India and Vietnam both exceeded 400 t in October.",
    "Germany and the US each took more than 600 t of Chinese magnets in October.",
  ])("is supported when it holds for every one: %s", async (text) => {
    expect((await verdicts(text, "2025-11-25")).map(([, v]) => v)).toEqual(["supported"]);
  });

  it.each([
    // India's 416 t is not more than 600 t; the US's 582 t is not about 300 t; the US fell
    ["In October the US and India each took more than 600 t of Chinese rare-earth magnets.", "2025-11-25"],
    ["Japan and the US each took about 300 t of Chinese rare-earth magnets in November.", "2025-12-20"],
    ["Magnet shipments to Japan and the US both rose in November.", "2025-12-20"],
  ])("is not supported when one destination's figure does not bear it out: %s", async (text, published) => {
    expect((await verdicts(text, published)).map(([, v]) => v)).toEqual(["unverifiable"]);
  });

  it("is wrong when it holds for none, and not for a round figure that may round several together", async () => {
    expect(
      await verdicts(
        "Both Vietnam and India received more than 500 t of Chinese magnets in October.",
        "2025-11-25",
      ),
    ).toEqual([["more than 500 t", "contradicted"]]);
    expect(
      await verdicts(
        "India and Vietnam each took around 430 t of China's rare-earth magnets in October.",
        "2025-11-25",
      ),
    ).toEqual([["around 430 t", "unverifiable"]]);
  });
});
