// "Rose to 656 t in October, above 600 t for the third time this year after January's 877 t": a
// month named after "after" that is neither the month before nor the same month a year before may
// tell an earlier step of the story, not the base the move is measured on. Read as the base, the
// true rise (from September's 420.5 t) was contradicted; a change that month bears out still holds.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets to the US: 877 t in January 2025, 420.5 t in September, 656 t in October
describe("a month named after 'after'", () => {
  it.each([
    "Magnet exports to the US rose to 656 tonnes in October 2025, above 600 tonnes for only the third time this year after January's 877 tonnes.",
    "Magnet exports to the US rose in October 2025 to 656 tonnes, after 877 tonnes in January.",
  ])("does not make a move contradicted: %s", async (text) => {
    const got = await claimAt(store, text, "rose", "2025-12-21");
    expect(got?.verdict).toBeDefined();
    expect(got?.verdict).not.toBe("contradicted");
  });

  it("still bears out a change measured from it", async () => {
    const text =
      "Magnet exports to the US fell 25% in October 2025 to 656 tonnes after January's 877 tonnes.";
    const got = await claimAt(store, text, "fell 25%", "2025-12-21");
    expect(got?.verdict).toBe("supported");
  });

  it("leaves a move from a month named with 'from' contradicted when wrong", async () => {
    const text = "Magnet exports to the US rose in October 2025 to 656 tonnes from 877 tonnes in January.";
    const got = await claimAt(store, text, "rose", "2025-12-21");
    expect(got?.verdict).toBe("contradicted");
  });
});
