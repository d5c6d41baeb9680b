// "Made up 52% of the EU total": a share (or a ratio to another destination), never a rise of 52%,
// which the words "up 52%" inside it had been read as (left open only for want of a year-earlier figure).
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";
import { findChanges } from "../../src/claims/extract/find-changes.js";

const store = useReferenceStore();

describe("made up, took up", () => {
  it.each([
    ["Magnet exports to Germany made up 52% of the EU total in July.", 52],
    ["U.S.-bound magnet shipments took up 3.7% of the May total.", 3.7],
  ])("is no rise: %s", (text, pct) => {
    expect(findChanges(text).map((h) => h.pct)).not.toContain(pct);
  });

  it("reads the part against the whole it names", async () => {
    expect(
      await verdictsOf(store, "Magnet exports to Germany made up 52% of the EU total in July.", "2025-08-20"),
    ).toEqual([["52% of", "supported"]]);
  });

  it("still reads 'were up 52%' as a rise", () => {
    expect(findChanges("Magnet exports to the U.S. were up 52% in May.").map((h) => h.pct)).toEqual([52]);
  });
});
