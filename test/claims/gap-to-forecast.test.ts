// A tonnage set against a forecast or a target ("6,000 t behind the level analysts had pencilled in",
// "5,500 t behind what the ministry targeted") is the gap to it, which no figure of the data can
// settle: it was read as November's level and supported against 6,150 t, or contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2025-12-25";

describe("a gap to a forecast or a target", () => {
  it.each([
    [
      "China's magnet exports in November ran 6,000 tonnes behind the level analysts had pencilled in.",
      "6,000 tonnes",
    ],
    ["In November China shipped 6,100 t of magnets under the level traders had forecast.", "6,100 t"],
    ["China's magnet exports came in 5,500 t behind what the ministry targeted for November.", "5,500 t"],
    ["November's magnet shipments ran 1,500 tonnes above the consensus estimate.", "1,500 tonnes"],
  ])("is neither supported nor contradicted as a level: %s", async (text, quote) => {
    const c = await claimAt(store, text, quote, published);
    expect([c?.verdict, c?.cautions]).toEqual(["unverifiable", expect.arrayContaining(["forecast-gap"])]);
    expect(c?.explanation).toMatch(/gap to a forecast or a target/);
  });

  it("leaves the month's own level in the same sentence its support", async () => {
    const text = "China's November magnet exports of 6,150 t were 6,000 t behind the target.";
    expect((await claimAt(store, text, "6,150 t", published))?.verdict).toBe("supported");
  });
});
