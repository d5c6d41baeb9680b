// A fraction set below or above "the level of" a month: "two-fifths below the level of March" is a
// change on March, as "two-fifths below March" is.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a fraction below the level of a month", () => {
  it("is a change on that month", async () => {
    const got = await claimAt(
      store,
      "Magnet exports recovered to 3,188 tonnes in June, still two-fifths below the level of March.",
      "two-fifths below ",
    );
    expect(got?.stated).toMatchObject({ type: "change", pct: -40, basis: "2025-03" });
    expect([got?.period, got?.verdict]).toEqual(["2025-06", "supported"]);
  });

  it("does not support a fraction the data does not bear out", async () => {
    const got = await claimAt(
      store,
      "Magnet exports were 3,188 tonnes in June, about a fifth below the level of March.",
      "about a fifth below ",
    );
    expect(got?.stated).toMatchObject({ type: "change", pct: -20, basis: "2025-03" });
    // the world total is the default destination, not a named one: the reading is not called wrong
    expect(got?.verdict).toBe("unverifiable");
    expect(got?.explanation).toMatch(/-40\.1%/);
  });
});
